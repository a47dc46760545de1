-- CREATE TABLE basics: physical columns, IF NOT EXISTS, TEMPORARY, names,
-- duplicates, shadowing, comments, WITH clause forms and clause order.

-- plain table with physical columns
CREATE TABLE t1 (id BIGINT, name STRING, price DECIMAL(10, 2), ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- same name again fails at execution (table exists)
CREATE TABLE t1 (id BIGINT) WITH ('connector' = 'datagen');

-- IF NOT EXISTS on an existing table is a no-op
CREATE TABLE IF NOT EXISTS t1 (x INT) WITH ('connector' = 'datagen');

-- IF NOT EXISTS on a new table creates it
CREATE TABLE IF NOT EXISTS t2 (x INT) WITH ('connector' = 'datagen');

-- temporary table
CREATE TEMPORARY TABLE tmp1 (a INT, b STRING) WITH ('connector' = 'datagen');

-- temporary table with same name twice fails
CREATE TEMPORARY TABLE tmp1 (a INT) WITH ('connector' = 'datagen');

-- temporary IF NOT EXISTS on existing temporary table is a no-op
CREATE TEMPORARY TABLE IF NOT EXISTS tmp1 (a INT) WITH ('connector' = 'datagen');

-- temporary table may shadow a permanent one
CREATE TEMPORARY TABLE t1 (shadow INT) WITH ('connector' = 'datagen');

-- permanent table may be created while a temporary one of that name exists
CREATE TABLE tmp1 (perm INT) WITH ('connector' = 'datagen');

-- DESCRIBE shows the temporary (shadowing) definition
DESCRIBE t1;

-- two-part name (database.table)
CREATE TABLE default_database.t3 (a INT) WITH ('connector' = 'datagen');

-- three-part name (catalog.database.table)
CREATE TABLE default_catalog.default_database.t4 (a INT) WITH ('connector' = 'datagen');

-- four-part name is rejected
CREATE TABLE a.b.c.d (a INT) WITH ('connector' = 'datagen');

-- unknown database in two-part name
CREATE TABLE nodb.t5 (a INT) WITH ('connector' = 'datagen');

-- unknown catalog in three-part name
CREATE TABLE nocat.default_database.t5 (a INT) WITH ('connector' = 'datagen');

-- back-quoted three-part name
CREATE TABLE `default_catalog`.`default_database`.`t 6` (a INT) WITH ('connector' = 'datagen');

-- table name with a back-quoted back-tick inside
CREATE TABLE `we``ird` (a INT) WITH ('connector' = 'datagen');

-- table names are case-sensitive: T1 is a new table
CREATE TABLE T1 (a INT) WITH ('connector' = 'datagen');

-- column names are case-sensitive: id and ID are distinct
CREATE TABLE case_cols (id INT, ID INT, Id INT) WITH ('connector' = 'datagen');

-- duplicate column name is rejected
CREATE TABLE dup_cols (a INT, a STRING) WITH ('connector' = 'datagen');

-- duplicate column name differing only in quoting is still a duplicate
CREATE TABLE dup_cols2 (a INT, `a` STRING) WITH ('connector' = 'datagen');

-- unicode identifiers are allowed unquoted
CREATE TABLE unicode_t (é INT, 名前 STRING, `ñ x` BIGINT) WITH ('connector' = 'datagen');

-- unicode table name
CREATE TABLE tablé (a INT) WITH ('connector' = 'datagen');

-- column name may contain $ after the first character
CREATE TABLE dollar_t (a$b INT, _x INT) WITH ('connector' = 'datagen');

-- identifier starting with a digit needs quoting
CREATE TABLE digit_t (1a INT) WITH ('connector' = 'datagen');

-- quoted identifier starting with a digit is fine
CREATE TABLE digit_t2 (`1a` INT, `select` INT, `a b` INT) WITH ('connector' = 'datagen');

-- identifier of 256 characters is accepted
CREATE TABLE long_ident (aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa INT) WITH ('connector' = 'datagen');

-- identifier of 257 characters is rejected
CREATE TABLE long_ident2 (aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa INT) WITH ('connector' = 'datagen');

-- quoted identifier of 257 characters is rejected too
CREATE TABLE long_ident3 (`aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa` INT) WITH ('connector' = 'datagen');

-- table name of 257 characters is rejected
CREATE TABLE ttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt (a INT) WITH ('connector' = 'datagen');

-- column comments
CREATE TABLE col_comments (id BIGINT COMMENT 'the id', name STRING NOT NULL COMMENT 'the name') WITH ('connector' = 'datagen');

-- column comment with a doubled quote
CREATE TABLE col_comments2 (id BIGINT COMMENT 'it''s the id') WITH ('connector' = 'datagen');

-- column comment before the type is a parse error
CREATE TABLE col_comments3 (id COMMENT 'x' BIGINT) WITH ('connector' = 'datagen');

-- table comment
CREATE TABLE tbl_comment (a INT) COMMENT 'a table comment' WITH ('connector' = 'datagen');

-- table comment must be a string literal
CREATE TABLE tbl_comment2 (a INT) COMMENT 42 WITH ('connector' = 'datagen');

-- NOT NULL physical column
CREATE TABLE nn_t (a INT NOT NULL, b STRING NULL, c BIGINT) WITH ('connector' = 'datagen');

-- NULL NOT NULL twice is a parse error
CREATE TABLE nn_t2 (a INT NOT NULL NOT NULL) WITH ('connector' = 'datagen');

-- empty column list is a parse error
CREATE TABLE empty_cols () WITH ('connector' = 'datagen');

-- trailing comma in column list is a parse error
CREATE TABLE trailing_comma (a INT,) WITH ('connector' = 'datagen');

-- column without type is a parse error
CREATE TABLE no_type (a, b INT) WITH ('connector' = 'datagen');

-- no column list and no LIKE/AS: rejected
CREATE TABLE no_cols WITH ('connector' = 'datagen');

-- no WITH clause: managed table is not supported in the default catalog
CREATE TABLE no_with (a INT);

-- empty WITH clause: missing connector
CREATE TABLE empty_with (a INT) WITH ();

-- WITH without connector key
CREATE TABLE no_connector (a INT) WITH ('number-of-rows' = '10');

-- temporary table without connector is also rejected
CREATE TEMPORARY TABLE no_connector_tmp (a INT) WITH ('format' = 'json');

-- option value must be a string literal (number)
CREATE TABLE opt_num (a INT) WITH ('connector' = 'datagen', 'number-of-rows' = 10);

-- option value must be a string literal (boolean)
CREATE TABLE opt_bool (a INT) WITH ('connector' = 'datagen', 'x' = true);

-- option key must be a string literal (identifier)
CREATE TABLE opt_ident (a INT) WITH (connector = 'datagen');

-- option key as a back-quoted identifier is a parse error
CREATE TABLE opt_bq (a INT) WITH (`connector` = 'datagen');

-- option with a double-quoted value is a parse error
CREATE TABLE opt_dq (a INT) WITH ('connector' = "datagen");

-- duplicate option keys are rejected
CREATE TABLE opt_dup (a INT) WITH ('connector' = 'datagen', 'connector' = 'print');

-- options are case-sensitive keys: Connector is not connector
CREATE TABLE opt_case (a INT) WITH ('Connector' = 'datagen');

-- trailing comma in WITH is a parse error
CREATE TABLE opt_trailing (a INT) WITH ('connector' = 'datagen',);

-- option keys and values with dots, dashes and empty value
CREATE TABLE opt_misc (a INT) WITH ('connector' = 'datagen', 'fields.a.kind' = 'sequence', 'fields.a.start' = '1', 'fields.a.end' = '10', 'x' = '');

-- unknown connector: CREATE succeeds (checked lazily)
CREATE TABLE kafka_t (a INT) WITH ('connector' = 'kafka', 'topic' = 't');

-- comma between options missing is a parse error
CREATE TABLE opt_nocomma (a INT) WITH ('connector' = 'datagen' 'x' = 'y');

-- option key without value is a parse error
CREATE TABLE opt_noval (a INT) WITH ('connector');

-- clause order: WITH before COMMENT is a parse error
CREATE TABLE order1 (a INT) WITH ('connector' = 'datagen') COMMENT 'c';

-- clause order: PARTITIONED BY before COMMENT is a parse error
CREATE TABLE order2 (a INT) PARTITIONED BY (a) COMMENT 'c' WITH ('connector' = 'datagen');

-- clause order: PARTITIONED BY before DISTRIBUTED BY is a parse error
CREATE TABLE order3 (a INT) PARTITIONED BY (a) DISTRIBUTED BY (a) WITH ('connector' = 'datagen');

-- clause order: WITH before PARTITIONED BY is a parse error
CREATE TABLE order4 (a INT) WITH ('connector' = 'datagen') PARTITIONED BY (a);

-- clause order: all clauses in the right order
CREATE TABLE order5 (a INT, b STRING) COMMENT 'c' DISTRIBUTED BY HASH(a) INTO 2 BUCKETS PARTITIONED BY (b) WITH ('connector' = 'datagen');

-- two WITH clauses are a parse error
CREATE TABLE order6 (a INT) WITH ('connector' = 'datagen') WITH ('x' = 'y');

-- two COMMENT clauses are a parse error
CREATE TABLE order7 (a INT) COMMENT 'a' COMMENT 'b' WITH ('connector' = 'datagen');

-- keywords are case-insensitive
create temporary table lower_kw (a int not null, b varchar(3)) comment 'x' with ('connector' = 'datagen');

-- TEMPORARY after TABLE is a parse error
CREATE TABLE TEMPORARY tmp_wrong (a INT) WITH ('connector' = 'datagen');

-- IF NOT EXISTS before TABLE is a parse error
CREATE IF NOT EXISTS TABLE ine_wrong (a INT) WITH ('connector' = 'datagen');

-- IF EXISTS (without NOT) in CREATE is a parse error
CREATE TABLE IF EXISTS ie_wrong (a INT) WITH ('connector' = 'datagen');

-- CREATE OR REPLACE TABLE without AS is accepted by the parser
CREATE OR REPLACE TABLE orp (a INT) WITH ('connector' = 'datagen');

-- CREATE OR REPLACE TABLE without AS on an existing table
CREATE OR REPLACE TABLE orp (b STRING) WITH ('connector' = 'datagen');

-- REPLACE TABLE without AS is a parse error
REPLACE TABLE orp (a INT) WITH ('connector' = 'datagen');

-- CREATE TEMPORARY OR REPLACE is a parse error
CREATE TEMPORARY OR REPLACE TABLE orp2 (a INT) WITH ('connector' = 'datagen');

-- column named like non-reserved keywords unquoted
CREATE TABLE nonreserved (key STRING, name STRING, type STRING, data STRING, status INT, metadata STRING, source STRING, id INT) WITH ('connector' = 'datagen');

-- many columns of mixed types
CREATE TABLE wide (c1 TINYINT, c2 SMALLINT, c3 INT, c4 BIGINT, c5 FLOAT, c6 DOUBLE, c7 DECIMAL(20, 5), c8 BOOLEAN, c9 CHAR(5), c10 VARCHAR(20), c11 STRING, c12 BINARY(4), c13 VARBINARY(8), c14 BYTES, c15 DATE, c16 TIME, c17 TIMESTAMP(3), c18 TIMESTAMP_LTZ(3), c19 ARRAY<INT>, c20 MAP<STRING, INT>, c21 ROW<x INT, y STRING>, c22 MULTISET<STRING>) WITH ('connector' = 'datagen');

-- SHOW TABLES lists the tables created so far
SHOW TABLES;

-- SHOW CREATE TABLE re-prints the DDL
SHOW CREATE TABLE col_comments;

-- missing closing parenthesis is a parse error
CREATE TABLE unclosed (a INT WITH ('connector' = 'datagen');

-- CREATE TABLE with a multi-line definition
CREATE TABLE multi_line (
  id BIGINT,
  -- a comment inside the column list
  name STRING, /* block comment */ amount DOUBLE
) WITH (
  'connector' = 'datagen'
);
