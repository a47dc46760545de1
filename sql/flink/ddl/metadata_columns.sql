-- Metadata columns: METADATA [FROM 'key'] [VIRTUAL], duplicates, constraints,
-- and their use at planning time.

-- metadata column with FROM key
CREATE TABLE md1 (id BIGINT, ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp') WITH ('connector' = 'kafka');

-- metadata column without FROM uses the column name as key
CREATE TABLE md2 (id BIGINT, `offset` BIGINT METADATA) WITH ('connector' = 'kafka');

-- VIRTUAL metadata column
CREATE TABLE md3 (id BIGINT, `offset` BIGINT METADATA VIRTUAL) WITH ('connector' = 'kafka');

-- FROM and VIRTUAL together
CREATE TABLE md4 (id BIGINT, part INT METADATA FROM 'partition' VIRTUAL) WITH ('connector' = 'kafka');

-- VIRTUAL before FROM is a parse error
CREATE TABLE md5 (id BIGINT, part INT METADATA VIRTUAL FROM 'partition') WITH ('connector' = 'kafka');

-- metadata column with a comment
CREATE TABLE md6 (id BIGINT, part INT METADATA FROM 'partition' VIRTUAL COMMENT 'the partition') WITH ('connector' = 'kafka');

-- two metadata columns with the same key are rejected
CREATE TABLE md7 (id BIGINT, a TIMESTAMP_LTZ(3) METADATA FROM 'timestamp', b TIMESTAMP_LTZ(3) METADATA FROM 'timestamp') WITH ('connector' = 'kafka');

-- implicit key equal to an explicit key of another column
CREATE TABLE md8 (id BIGINT, `timestamp` TIMESTAMP_LTZ(3) METADATA, b TIMESTAMP_LTZ(3) METADATA FROM 'timestamp') WITH ('connector' = 'kafka');

-- duplicate key where one is VIRTUAL
CREATE TABLE md9 (id BIGINT, a BIGINT METADATA FROM 'offset' VIRTUAL, b BIGINT METADATA FROM 'offset') WITH ('connector' = 'kafka');

-- metadata key must be a string literal
CREATE TABLE md10 (id BIGINT, a BIGINT METADATA FROM offset) WITH ('connector' = 'kafka');

-- NOT NULL metadata column
CREATE TABLE md11 (id BIGINT, a BIGINT NOT NULL METADATA FROM 'offset') WITH ('connector' = 'kafka');

-- PRIMARY KEY inline on a metadata column is a parse error
CREATE TABLE md12 (id BIGINT, a BIGINT METADATA FROM 'offset' PRIMARY KEY NOT ENFORCED) WITH ('connector' = 'kafka');

-- table-level PRIMARY KEY on a metadata column is rejected
CREATE TABLE md13 (id BIGINT, a BIGINT METADATA FROM 'offset', PRIMARY KEY (a) NOT ENFORCED) WITH ('connector' = 'kafka');

-- metadata column of a complex type
CREATE TABLE md14 (id BIGINT, headers MAP<STRING, BYTES> METADATA) WITH ('connector' = 'kafka');

-- metadata column name that is a quoted reserved word with a different key
CREATE TABLE md15 (id BIGINT, `value` STRING METADATA FROM 'value.source') WITH ('connector' = 'kafka');

-- metadata column duplicated with a physical column name
CREATE TABLE md16 (id BIGINT, id BIGINT METADATA) WITH ('connector' = 'kafka');

-- filesystem metadata columns
CREATE TABLE fs_md (a INT, `file.path` STRING NOT NULL METADATA, `file.name` STRING NOT NULL METADATA VIRTUAL, fsize BIGINT NOT NULL METADATA FROM 'file.size' VIRTUAL, mtime TIMESTAMP_LTZ(3) NOT NULL METADATA FROM 'file.modification-time' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv');

-- DESCRIBE shows METADATA FROM ... VIRTUAL in extras
DESCRIBE md4;

-- datagen source with a metadata column fails when the table is read
CREATE TABLE gen_md (a INT, m BIGINT METADATA FROM 'offset') WITH ('connector' = 'datagen');

-- selecting from a datagen table with a metadata column fails at planning
SELECT * FROM gen_md;

-- a blackhole sink target table
CREATE TABLE bh (a INT) WITH ('connector' = 'blackhole');

-- reading datagen with metadata into a sink fails at planning
INSERT INTO bh SELECT a FROM gen_md;

-- filesystem table metadata can be selected
SELECT a, `file.path`, fsize FROM fs_md;

-- filesystem table with an unknown metadata key fails when read
CREATE TABLE fs_md_bad (a INT, x STRING METADATA FROM 'no.such.key' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv');

-- unknown metadata key fails at planning
SELECT * FROM fs_md_bad;

-- filesystem metadata column with a wrong type fails when read
CREATE TABLE fs_md_type (a INT, `file.size` STRING METADATA VIRTUAL) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv');

-- wrong metadata type fails at planning
SELECT * FROM fs_md_type;

-- inserting into a table with a VIRTUAL metadata column: the sink schema excludes it
CREATE TABLE print_md (a INT, m BIGINT METADATA VIRTUAL) WITH ('connector' = 'print');

-- INSERT supplying only the physical column works
INSERT INTO print_md SELECT 1;

-- INSERT supplying the virtual metadata column too has wrong arity
INSERT INTO print_md SELECT 1, CAST(2 AS BIGINT);

-- non-virtual metadata column is part of the sink schema: print does not support writing metadata
CREATE TABLE print_md2 (a INT, m BIGINT METADATA) WITH ('connector' = 'print');

-- INSERT into a persisted metadata column of a print sink fails at planning
INSERT INTO print_md2 SELECT 1, CAST(2 AS BIGINT);

-- METADATA keyword without a type is a parse error
CREATE TABLE md_notype (id BIGINT, m METADATA) WITH ('connector' = 'kafka');

-- METADATA on a computed column is a parse error
CREATE TABLE md_comp (id BIGINT, m AS id METADATA) WITH ('connector' = 'kafka');

-- metadata column as source of a computed column and watermark
CREATE TABLE md_wm (id BIGINT, mts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL, WATERMARK FOR mts AS mts - INTERVAL '1' SECOND) WITH ('connector' = 'kafka');

-- SHOW CREATE TABLE prints metadata columns
SHOW CREATE TABLE md4;
