-- ALTER TABLE forms: RENAME, SET/RESET options, ADD/MODIFY/DROP columns,
-- constraints, watermark, distribution.

-- setup
CREATE TABLE t (id BIGINT, name STRING, ts TIMESTAMP(3)) WITH ('connector' = 'datagen', 'number-of-rows' = '10');

-- ALTER TABLE SET options
ALTER TABLE t SET ('rows-per-second' = '5');

-- options after SET
SHOW CREATE TABLE t;

-- ALTER TABLE SET changes an existing option
ALTER TABLE t SET ('number-of-rows' = '20');

-- ALTER TABLE SET with empty list
ALTER TABLE t SET ();

-- ALTER TABLE SET with non-string value is a parse error
ALTER TABLE t SET ('number-of-rows' = 20);

-- ALTER TABLE RESET one key
ALTER TABLE t RESET ('rows-per-second');

-- ALTER TABLE RESET a missing key
ALTER TABLE t RESET ('no.such.key');

-- ALTER TABLE RESET the connector key is rejected
ALTER TABLE t RESET ('connector');

-- ALTER TABLE RESET with empty list
ALTER TABLE t RESET ();

-- ALTER TABLE RESET with key = value is a parse error
ALTER TABLE t RESET ('number-of-rows' = '1');

-- ALTER TABLE on a missing table
ALTER TABLE nope SET ('k' = 'v');

-- ALTER TABLE IF EXISTS on a missing table
ALTER TABLE IF EXISTS nope SET ('k' = 'v');

-- ALTER TABLE RENAME TO
ALTER TABLE t RENAME TO t_renamed;

-- old name is gone
DESCRIBE t;

-- rename to an existing name fails
CREATE TABLE other (a INT) WITH ('connector' = 'datagen');

-- rename to an existing table
ALTER TABLE t_renamed RENAME TO other;

-- rename back
ALTER TABLE t_renamed RENAME TO t;

-- ADD a column
ALTER TABLE t ADD price DECIMAL(10, 2);

-- ADD several columns
ALTER TABLE t ADD (c1 INT, c2 AS id + 1 COMMENT 'computed');

-- ADD a column FIRST
ALTER TABLE t ADD c0 STRING FIRST;

-- ADD a column AFTER another
ALTER TABLE t ADD c_after INT AFTER name;

-- ADD a column AFTER an unknown column
ALTER TABLE t ADD c_bad INT AFTER nope;

-- ADD an existing column name
ALTER TABLE t ADD name STRING;

-- ADD a metadata column
ALTER TABLE t ADD m BIGINT METADATA FROM 'offset' VIRTUAL;

-- resulting schema
DESCRIBE t;

-- ADD a watermark
ALTER TABLE t ADD WATERMARK FOR ts AS ts - INTERVAL '1' SECOND;

-- ADD a second watermark fails
ALTER TABLE t ADD WATERMARK FOR ts AS ts;

-- MODIFY the watermark
ALTER TABLE t MODIFY WATERMARK FOR ts AS ts - INTERVAL '2' SECOND;

-- DROP WATERMARK
ALTER TABLE t DROP WATERMARK;

-- DROP WATERMARK when there is none
ALTER TABLE t DROP WATERMARK;

-- MODIFY WATERMARK when there is none
ALTER TABLE t MODIFY WATERMARK FOR ts AS ts;

-- ADD a primary key on a nullable column (accepted, the column becomes NOT NULL)
ALTER TABLE t ADD PRIMARY KEY (id) NOT ENFORCED;

-- MODIFY the key column to NOT NULL
ALTER TABLE t MODIFY id BIGINT NOT NULL;

-- ADD a named primary key while one exists fails
ALTER TABLE t ADD CONSTRAINT my_pk PRIMARY KEY (id) NOT ENFORCED;

-- ADD a second primary key fails
ALTER TABLE t ADD PRIMARY KEY (name) NOT ENFORCED;

-- DROP CONSTRAINT by a wrong name
ALTER TABLE t DROP CONSTRAINT wrong_name;

-- DROP CONSTRAINT by a name that was never added
ALTER TABLE t DROP CONSTRAINT my_pk;

-- DROP PRIMARY KEY
ALTER TABLE t DROP PRIMARY KEY;

-- ADD a primary key without NOT ENFORCED
ALTER TABLE t ADD PRIMARY KEY (id);

-- ADD primary key again
ALTER TABLE t ADD PRIMARY KEY (id) NOT ENFORCED;

-- DROP PRIMARY KEY
ALTER TABLE t DROP PRIMARY KEY;

-- MODIFY a column type
ALTER TABLE t MODIFY price DECIMAL(12, 2);

-- MODIFY a column with comment and position
ALTER TABLE t MODIFY name STRING COMMENT 'the name' FIRST;

-- MODIFY an unknown column
ALTER TABLE t MODIFY nope INT;

-- RENAME a column
ALTER TABLE t RENAME c1 TO c1_renamed;

-- RENAME an unknown column
ALTER TABLE t RENAME nope TO nope2;

-- RENAME a column to an existing name
ALTER TABLE t RENAME c1_renamed TO name;

-- RENAME a column referenced by a computed column fails
ALTER TABLE t RENAME id TO id2;

-- DROP a column referenced by a computed column fails
ALTER TABLE t DROP id;

-- DROP a computed column
ALTER TABLE t DROP c2;

-- DROP a column
ALTER TABLE t DROP c0;

-- DROP several columns
ALTER TABLE t DROP (c_after, c1_renamed);

-- DROP an unknown column
ALTER TABLE t DROP nope;

-- ADD DISTRIBUTION
ALTER TABLE t ADD DISTRIBUTION BY HASH(id) INTO 4 BUCKETS;

-- ADD DISTRIBUTION again fails
ALTER TABLE t ADD DISTRIBUTION BY HASH(id) INTO 2 BUCKETS;

-- MODIFY DISTRIBUTION
ALTER TABLE t MODIFY DISTRIBUTION INTO 3 BUCKETS;

-- DROP DISTRIBUTION
ALTER TABLE t DROP DISTRIBUTION;

-- final schema
SHOW CREATE TABLE t;

-- ALTER TABLE on a view fails
CREATE VIEW v AS SELECT 1 AS a;

-- alter a view as a table
ALTER TABLE v SET ('k' = 'v');

-- ALTER TABLE with nothing after the name is a parse error
ALTER TABLE t;

-- ALTER TABLE ADD PARTITION on a non-partitioned in-memory table
ALTER TABLE t ADD PARTITION (dt = '2020');

-- ALTER TABLE COMPACT on a non-managed table
ALTER TABLE t COMPACT;

-- ALTER TABLE ADD column with unquoted reserved name is a parse error
ALTER TABLE t ADD value STRING;

-- ALTER TABLE ADD column with a type error in a computed column
ALTER TABLE t ADD bad AS id + 'x';

-- ALTER TABLE on a temporary table
CREATE TEMPORARY TABLE tmp (a INT) WITH ('connector' = 'datagen');

-- alter a temporary table
ALTER TABLE tmp SET ('number-of-rows' = '1');

-- ALTER TABLE RENAME of a temporary table
ALTER TABLE tmp RENAME TO tmp2;

-- ALTER TABLE ADD column to a temporary table
ALTER TABLE tmp ADD b INT;

-- RENAME TO a qualified name in a missing database
ALTER TABLE t RENAME TO nodb.t2;

-- where the renamed table went
SHOW TABLES;
