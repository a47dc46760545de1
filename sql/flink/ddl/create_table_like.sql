-- CREATE TABLE ... LIKE with every option combination and merge conflict.

-- base table with every feature
CREATE TABLE base (id BIGINT, name STRING, ts TIMESTAMP(3), c AS id + 1, m BIGINT METADATA FROM 'offset' VIRTUAL, PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) COMMENT 'base comment' DISTRIBUTED BY HASH(id) INTO 4 BUCKETS PARTITIONED BY (name) WITH ('connector' = 'datagen', 'number-of-rows' = '10');

-- plain copy without options list (defaults: INCLUDING everything, OVERWRITING options)
CREATE TABLE l1 LIKE base;

-- copy with an empty WITH clause
CREATE TABLE l2 WITH ('number-of-rows' = '5') LIKE base;

-- INCLUDING ALL
CREATE TABLE l3 LIKE base (INCLUDING ALL);

-- EXCLUDING ALL keeps only physical columns (and needs a connector)
CREATE TABLE l4 WITH ('connector' = 'datagen') LIKE base (EXCLUDING ALL);

-- EXCLUDING ALL without own options: no connector
CREATE TABLE l5 LIKE base (EXCLUDING ALL);

-- EXCLUDING ALL INCLUDING GENERATED
CREATE TABLE l6 WITH ('connector' = 'datagen') LIKE base (EXCLUDING ALL INCLUDING GENERATED);

-- EXCLUDING ALL INCLUDING METADATA
CREATE TABLE l7 WITH ('connector' = 'datagen') LIKE base (EXCLUDING ALL INCLUDING METADATA);

-- EXCLUDING ALL INCLUDING WATERMARKS
CREATE TABLE l8 WITH ('connector' = 'datagen') LIKE base (EXCLUDING ALL INCLUDING WATERMARKS);

-- EXCLUDING ALL INCLUDING CONSTRAINTS
CREATE TABLE l9 WITH ('connector' = 'datagen') LIKE base (EXCLUDING ALL INCLUDING CONSTRAINTS);

-- EXCLUDING ALL INCLUDING PARTITIONS
CREATE TABLE l10 WITH ('connector' = 'datagen') LIKE base (EXCLUDING ALL INCLUDING PARTITIONS);

-- EXCLUDING ALL INCLUDING DISTRIBUTION
CREATE TABLE l11 WITH ('connector' = 'datagen') LIKE base (EXCLUDING ALL INCLUDING DISTRIBUTION);

-- EXCLUDING ALL INCLUDING OPTIONS
CREATE TABLE l12 LIKE base (EXCLUDING ALL INCLUDING OPTIONS);

-- INCLUDING ALL EXCLUDING OPTIONS: no connector
CREATE TABLE l13 LIKE base (INCLUDING ALL EXCLUDING OPTIONS);

-- INCLUDING ALL EXCLUDING OPTIONS with own connector
CREATE TABLE l14 WITH ('connector' = 'datagen') LIKE base (INCLUDING ALL EXCLUDING OPTIONS);

-- OVERWRITING ALL is rejected
CREATE TABLE l15 LIKE base (OVERWRITING ALL);

-- OVERWRITING CONSTRAINTS is rejected
CREATE TABLE l16 LIKE base (OVERWRITING CONSTRAINTS);

-- OVERWRITING PARTITIONS is rejected
CREATE TABLE l17 LIKE base (OVERWRITING PARTITIONS);

-- OVERWRITING DISTRIBUTION is rejected
CREATE TABLE l18 LIKE base (OVERWRITING DISTRIBUTION);

-- OVERWRITING GENERATED
CREATE TABLE l19 (c AS id + 2) LIKE base (OVERWRITING GENERATED);

-- OVERWRITING METADATA
CREATE TABLE l20 (m BIGINT METADATA FROM 'partition' VIRTUAL) LIKE base (OVERWRITING METADATA);

-- OVERWRITING OPTIONS (explicit)
CREATE TABLE l21 WITH ('number-of-rows' = '7') LIKE base (OVERWRITING OPTIONS);

-- OVERWRITING WATERMARKS
CREATE TABLE l22 (WATERMARK FOR ts AS ts) LIKE base (OVERWRITING WATERMARKS);

-- INCLUDING WATERMARKS with a new watermark on the same column conflicts
CREATE TABLE l23 (WATERMARK FOR ts AS ts) LIKE base (INCLUDING WATERMARKS);

-- default (INCLUDING WATERMARKS) with a new watermark conflicts
CREATE TABLE l24 (WATERMARK FOR ts AS ts) LIKE base;

-- EXCLUDING WATERMARKS with a new watermark
CREATE TABLE l25 (WATERMARK FOR ts AS ts) LIKE base (EXCLUDING WATERMARKS);

-- INCLUDING OPTIONS with a duplicate option key conflicts
CREATE TABLE l26 WITH ('number-of-rows' = '5') LIKE base (INCLUDING OPTIONS);

-- INCLUDING OPTIONS with a new option key
CREATE TABLE l27 WITH ('rows-per-second' = '5') LIKE base (INCLUDING OPTIONS);

-- EXCLUDING OPTIONS with own options
CREATE TABLE l28 WITH ('connector' = 'print') LIKE base (EXCLUDING OPTIONS);

-- a second primary key with INCLUDING CONSTRAINTS conflicts
CREATE TABLE l29 (PRIMARY KEY (name) NOT ENFORCED) LIKE base;

-- a primary key with EXCLUDING CONSTRAINTS
CREATE TABLE l30 (PRIMARY KEY (name) NOT ENFORCED) LIKE base (EXCLUDING CONSTRAINTS);

-- new partition keys with INCLUDING PARTITIONS conflict
CREATE TABLE l31 PARTITIONED BY (id) LIKE base;

-- new partition keys with EXCLUDING PARTITIONS
CREATE TABLE l32 PARTITIONED BY (id) LIKE base (EXCLUDING PARTITIONS);

-- new distribution with INCLUDING DISTRIBUTION conflicts
CREATE TABLE l33 DISTRIBUTED BY HASH(name) INTO 2 BUCKETS LIKE base;

-- new distribution with EXCLUDING DISTRIBUTION
CREATE TABLE l34 DISTRIBUTED BY HASH(name) INTO 2 BUCKETS LIKE base (EXCLUDING DISTRIBUTION);

-- redeclaring a physical column of the base fails
CREATE TABLE l35 (id BIGINT) LIKE base;

-- redeclaring a computed column without OVERWRITING GENERATED fails
CREATE TABLE l36 (c AS id + 2) LIKE base;

-- redeclaring a metadata column without OVERWRITING METADATA fails
CREATE TABLE l37 (m BIGINT METADATA FROM 'partition' VIRTUAL) LIKE base;

-- OVERWRITING GENERATED cannot replace a physical column with a computed one
CREATE TABLE l38 (name AS 'x') LIKE base (OVERWRITING GENERATED);

-- new columns are appended after the base columns
CREATE TABLE l39 (extra STRING, e2 AS UPPER(name)) LIKE base;

-- the same feature twice is rejected
CREATE TABLE l40 LIKE base (INCLUDING OPTIONS EXCLUDING OPTIONS);

-- the same feature twice with the same strategy is rejected
CREATE TABLE l41 LIKE base (INCLUDING GENERATED INCLUDING GENERATED);

-- ALL twice is rejected
CREATE TABLE l42 LIKE base (INCLUDING ALL EXCLUDING ALL);

-- an empty option list is a parse error
CREATE TABLE l43 LIKE base ();

-- options separated by commas are a parse error
CREATE TABLE l44 LIKE base (INCLUDING ALL, EXCLUDING OPTIONS);

-- unknown feature name is a parse error
CREATE TABLE l45 LIKE base (INCLUDING COLUMNS);

-- unknown strategy keyword is a parse error
CREATE TABLE l46 LIKE base (KEEPING ALL);

-- LIKE a missing source table
CREATE TABLE l47 LIKE no_such_table;

-- LIKE a missing source with options list
CREATE TABLE l48 WITH ('connector' = 'datagen') LIKE no_such_table (EXCLUDING ALL);

-- LIKE a source by two-part and three-part names
CREATE TABLE l49 LIKE default_database.base;

-- LIKE a source by three-part name
CREATE TABLE l50 LIKE default_catalog.default_database.base (EXCLUDING PARTITIONS);

-- LIKE a temporary source
CREATE TEMPORARY TABLE tbase (x INT, y AS x * 2) WITH ('connector' = 'datagen');

-- temporary LIKE temporary
CREATE TEMPORARY TABLE l51 LIKE tbase;

-- permanent LIKE temporary
CREATE TABLE l52 LIKE tbase (EXCLUDING GENERATED);

-- a view to use as LIKE source
CREATE VIEW v_base AS SELECT 1 AS id, 'x' AS name;

-- LIKE of a view is rejected (not found as a table)
CREATE TABLE l53 WITH ('connector' = 'datagen') LIKE v_base;

-- LIKE with source column name in wrong case
CREATE TABLE l54 LIKE BASE;

-- LIKE before WITH is a parse error
CREATE TABLE l55 LIKE base WITH ('connector' = 'datagen');

-- LIKE with a COMMENT of its own
CREATE TABLE l56 COMMENT 'own comment' LIKE base;

-- LIKE with own partitions when base has none
CREATE TABLE nopart (a INT, dt STRING) WITH ('connector' = 'datagen');

-- partitions added to a LIKE of a table without partitions
CREATE TABLE l57 PARTITIONED BY (dt) LIKE nopart;

-- primary key added to a LIKE of a table without one
CREATE TABLE l58 (PRIMARY KEY (a) NOT ENFORCED) LIKE nopart;

-- watermark on a new column in a LIKE table
CREATE TABLE l59 (ts TIMESTAMP(3), WATERMARK FOR ts AS ts) LIKE nopart;

-- new watermark on a base column in a LIKE table without watermark
CREATE TABLE l60 (ts2 AS CAST(dt AS TIMESTAMP(3)), WATERMARK FOR ts2 AS ts2) LIKE nopart;

-- computed column of the new table referencing a base column
CREATE TABLE l61 (a2 AS a * 2) LIKE nopart;

-- EXCLUDING GENERATED but the watermark depends on nothing generated
CREATE TABLE l62 LIKE base (EXCLUDING GENERATED);

-- EXCLUDING METADATA and INCLUDING everything else
CREATE TABLE l63 LIKE base (EXCLUDING METADATA);

-- mixed multi-option list
CREATE TABLE l64 WITH ('connector' = 'print') LIKE base (INCLUDING ALL OVERWRITING OPTIONS EXCLUDING PARTITIONS EXCLUDING DISTRIBUTION OVERWRITING GENERATED);

-- LIKE with primary key column that is not in the merged schema
CREATE TABLE l65 (PRIMARY KEY (nope) NOT ENFORCED) LIKE nopart;

-- the LIKE table can be queried
SELECT * FROM l4;

-- SHOW CREATE TABLE of a LIKE-derived table
SHOW CREATE TABLE l1;

-- lower-case like options
create table l66 like base (excluding all including options);

-- LIKE itself (same name) fails since the table does not exist yet
CREATE TABLE l67 LIKE l67;

-- LIKE on an existing target name fails
CREATE TABLE l1 LIKE base;

-- IF NOT EXISTS LIKE on an existing target is a no-op
CREATE TABLE IF NOT EXISTS l1 LIKE nopart;
