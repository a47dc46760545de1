-- Assorted syntax errors across statement kinds (misspelled keywords,
-- missing parts, wrong order), each expected to fail at the parser.

-- a table to reference
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'datagen');

-- misspelled SELECT
SELEC a FROM t;

-- misspelled CREATE TABLE
CREATE TABEL x (a INT) WITH ('connector' = 'datagen');

-- unknown statement keyword
FOO BAR;

-- a lone identifier
t;

-- a lone number
42;

-- missing FROM table
SELECT a FROM;

-- missing WHERE condition
SELECT a FROM t WHERE;

-- GROUP without BY
SELECT a FROM t GROUP a;

-- ORDER without BY
SELECT a FROM t ORDER a;

-- double comma in select list
SELECT a,, b FROM t;

-- missing comma between columns
SELECT a b c FROM t;

-- operator without right operand
SELECT a + FROM t;

-- unclosed function call
SELECT UPPER(b FROM t;

-- CASE without END
SELECT CASE WHEN a > 1 THEN 1 FROM t;

-- CASE without WHEN
SELECT CASE ELSE 1 END FROM t;

-- CAST without a type
SELECT CAST(a AS) FROM t;

-- IN with an empty list
SELECT a FROM t WHERE a IN ();

-- BETWEEN without AND
SELECT a FROM t WHERE a BETWEEN 1;

-- INSERT INTO without a target
INSERT INTO SELECT a, b FROM t;

-- INSERT VALUES without rows
INSERT INTO t VALUES;

-- INSERT VALUES row without parentheses
INSERT INTO t VALUES 1, 'a';

-- INSERT with SET syntax
INSERT INTO t SET a = 1;

-- CREATE TABLE without a name
CREATE TABLE (a INT) WITH ('connector' = 'datagen');

-- CREATE TABLE with a name that is a string
CREATE TABLE 'x' (a INT) WITH ('connector' = 'datagen');

-- CREATE TABLE with WITH but no parentheses
CREATE TABLE x (a INT) WITH 'connector' = 'datagen';

-- CREATE TABLE with option separator colon
CREATE TABLE x (a INT) WITH ('connector': 'datagen');

-- CREATE TABLE with option using ==
CREATE TABLE x (a INT) WITH ('connector' == 'datagen');

-- CREATE VIEW without a query
CREATE VIEW v AS;

-- CREATE without object kind
CREATE x (a INT);

-- CREATE INDEX is not supported
CREATE INDEX i ON t (a);

-- CREATE SCHEMA is not supported
CREATE SCHEMA s;

-- CREATE TEMPORARY VIEW with column types
CREATE TEMPORARY VIEW v (a INT) AS SELECT a FROM t;

-- DROP with unknown object kind
DROP INDEX i;

-- DROP TABLE IF without EXISTS
DROP TABLE IF t;

-- ALTER with unknown object kind
ALTER INDEX i RENAME TO j;

-- ALTER TABLE with an unknown action
ALTER TABLE t FROBNICATE;

-- ALTER TABLE ADD COLUMN keyword is a parse error
ALTER TABLE t ADD COLUMN c INT;

-- ALTER TABLE ALTER COLUMN is a parse error
ALTER TABLE t ALTER COLUMN a SET NOT NULL;

-- SET with a key but no value
SET 'k' =;

-- SHOW without object
SHOW;

-- DESCRIBE with extra tokens
DESCRIBE t t;

-- USE with two names
USE a b;

-- EXPLAIN FOR without PLAN
EXPLAIN FOR SELECT a FROM t;

-- SELECT with trailing garbage
SELECT a FROM t garbage garbage;

-- WITH clause without a main query
WITH q AS (SELECT a FROM t);

-- WITH clause missing AS
WITH q (SELECT a FROM t) SELECT * FROM q;

-- JOIN missing right table
SELECT * FROM t JOIN ON t.a = 1;

-- window TVF with a misspelled DESCRIPTOR
SELECT * FROM TABLE(TUMBLE(TABLE t, DESCRIPTR(a), INTERVAL '1' MINUTE));

-- INTERVAL without unit
SELECT INTERVAL '1' FROM t;

-- EXTRACT with an unknown unit
SELECT EXTRACT(FORTNIGHT FROM CURRENT_TIMESTAMP) FROM t;

-- FLOOR TO with an unknown unit
SELECT FLOOR(CURRENT_TIMESTAMP TO FORTNIGHT) FROM t;

-- TIMESTAMPADD with an unknown unit
SELECT TIMESTAMPADD(FORTNIGHT, 1, CURRENT_TIMESTAMP) FROM t;

-- SELECT INTO is not supported
SELECT a INTO x FROM t;

-- MERGE is not supported
MERGE INTO t USING t s ON t.a = s.a WHEN MATCHED THEN UPDATE SET b = 'x';

-- GRANT is not supported
GRANT SELECT ON t TO someone;

-- COMMIT is not supported
COMMIT;

-- BEGIN TRANSACTION is not supported
BEGIN TRANSACTION;

-- VALUES without parentheses around multiple values
VALUES 1, 2;

-- VALUES with an empty row
VALUES ();

-- CREATE TABLE AS without a query body
CREATE TABLE x WITH ('connector' = 'blackhole') AS SELECT;

-- DISTRIBUTED BY with a trailing comma
CREATE TABLE x (a INT) DISTRIBUTED BY HASH(a,) WITH ('connector' = 'datagen');

-- PRIMARY KEY with a trailing comma
CREATE TABLE x (a INT, PRIMARY KEY (a,) NOT ENFORCED) WITH ('connector' = 'datagen');

-- LIKE without a source table
CREATE TABLE x LIKE;

-- EXECUTE alone
EXECUTE;

-- EXECUTE with an unknown statement
EXECUTE SELECT 1;

-- LOAD without MODULE
LOAD core;

-- RESET with a number
RESET 1;
