-- DROP TABLE / DROP VIEW [IF EXISTS], temporary objects, wrong kinds.

-- setup: a table
CREATE TABLE t1 (a INT) WITH ('connector' = 'datagen');

-- setup: a view
CREATE VIEW v1 AS SELECT 1 AS a;

-- setup: a temporary table
CREATE TEMPORARY TABLE tt1 (a INT) WITH ('connector' = 'datagen');

-- setup: a temporary view
CREATE TEMPORARY VIEW tv1 AS SELECT 1 AS a;

-- DROP TABLE on a view fails
DROP TABLE v1;

-- DROP VIEW on a table fails
DROP VIEW t1;

-- DROP TABLE IF EXISTS on a view
DROP TABLE IF EXISTS v1;

-- DROP VIEW IF EXISTS on a table
DROP VIEW IF EXISTS t1;

-- DROP TABLE of a missing table fails
DROP TABLE nope;

-- DROP TABLE IF EXISTS of a missing table
DROP TABLE IF EXISTS nope;

-- DROP VIEW of a missing view fails
DROP VIEW nope;

-- DROP VIEW IF EXISTS of a missing view
DROP VIEW IF EXISTS nope;

-- DROP TABLE with wrong case fails
DROP TABLE T1;

-- DROP TABLE of a temporary table without TEMPORARY
DROP TABLE tt1;

-- DROP TEMPORARY TABLE of a missing temporary table
DROP TEMPORARY TABLE tt1;

-- DROP TEMPORARY TABLE IF EXISTS of a missing temporary table
DROP TEMPORARY TABLE IF EXISTS tt1;

-- recreate the temporary table
CREATE TEMPORARY TABLE tt1 (a INT) WITH ('connector' = 'datagen');

-- DROP TEMPORARY TABLE
DROP TEMPORARY TABLE tt1;

-- DROP TEMPORARY TABLE on a permanent table fails
DROP TEMPORARY TABLE t1;

-- DROP VIEW of a temporary view without TEMPORARY
DROP VIEW tv1;

-- recreate the temporary view
CREATE TEMPORARY VIEW tv1 AS SELECT 1 AS a;

-- DROP TEMPORARY VIEW
DROP TEMPORARY VIEW tv1;

-- DROP TEMPORARY VIEW on a permanent view fails
DROP TEMPORARY VIEW v1;

-- DROP TEMPORARY VIEW IF EXISTS of a missing view
DROP TEMPORARY VIEW IF EXISTS tv1;

-- temporary table shadowing a permanent one
CREATE TEMPORARY TABLE t1 (shadow STRING) WITH ('connector' = 'datagen');

-- DROP TABLE drops the temporary one first
DROP TABLE t1;

-- the permanent table is visible again
DESCRIBE t1;

-- DROP TABLE the permanent one
DROP TABLE t1;

-- DROP VIEW the permanent view
DROP VIEW v1;

-- table is gone
SELECT * FROM t1;

-- DROP TABLE with two-part name
CREATE TABLE t2 (a INT) WITH ('connector' = 'datagen');

-- drop by database.table
DROP TABLE default_database.t2;

-- DROP TABLE with three-part name
CREATE TABLE t3 (a INT) WITH ('connector' = 'datagen');

-- drop by catalog.database.table
DROP TABLE default_catalog.default_database.t3;

-- DROP TABLE with four-part name
DROP TABLE a.b.c.d;

-- DROP TABLE in unknown catalog
DROP TABLE nocat.db.t;

-- DROP TABLE IF EXISTS in unknown catalog
DROP TABLE IF EXISTS nocat.db.t;

-- DROP TABLE in unknown database
DROP TABLE nodb.t;

-- DROP TABLE IF EXISTS in unknown database
DROP TABLE IF EXISTS nodb.t;

-- DROP TABLE list of tables is a parse error
DROP TABLE a, b;

-- DROP TABLES is a parse error
DROP TABLES t;

-- DROP without object kind is a parse error
DROP t1;

-- DROP TABLE with CASCADE is a parse error
DROP TABLE t4 CASCADE;

-- DROP TABLE without name is a parse error
DROP TABLE;

-- dropping a table used by a view is allowed
CREATE TABLE base (a INT) WITH ('connector' = 'datagen');

-- view over base
CREATE VIEW vb AS SELECT a FROM base;

-- drop the underlying table
DROP TABLE base;

-- the view now fails when used
SELECT * FROM vb;

-- DROP VIEW IF EXISTS lower case
drop view if exists vb;

-- DROP TEMPORARY SYSTEM FUNCTION of a missing function
DROP TEMPORARY SYSTEM FUNCTION nofn;

-- DROP TEMPORARY SYSTEM FUNCTION IF EXISTS
DROP TEMPORARY SYSTEM FUNCTION IF EXISTS nofn;

-- DROP FUNCTION of a missing function
DROP FUNCTION nofn;

-- DROP FUNCTION IF EXISTS
DROP FUNCTION IF EXISTS nofn;

-- DROP TEMPORARY FUNCTION IF EXISTS
DROP TEMPORARY FUNCTION IF EXISTS nofn;

-- SHOW TABLES is empty now
SHOW TABLES;
