-- CREATE/DROP/ALTER DATABASE, USE, USE CATALOG, CREATE CATALOG.

-- create a database
CREATE DATABASE db1;

-- duplicate database fails
CREATE DATABASE db1;

-- IF NOT EXISTS duplicate
CREATE DATABASE IF NOT EXISTS db1;

-- database with comment and properties
CREATE DATABASE db2 COMMENT 'second' WITH ('k1' = 'v1');

-- database with a catalog-qualified name
CREATE DATABASE default_catalog.db3;

-- database in an unknown catalog
CREATE DATABASE nocat.db4;

-- database with a three-part name is a parse error or rejected
CREATE DATABASE a.b.c;

-- database property with a non-string value is a parse error
CREATE DATABASE db5 WITH ('k' = 1);

-- temporary database is a parse error
CREATE TEMPORARY DATABASE db6;

-- SHOW DATABASES
SHOW DATABASES;

-- USE a database
USE db1;

-- SHOW CURRENT DATABASE
SHOW CURRENT DATABASE;

-- tables are created in the current database
CREATE TABLE t_in_db1 (a INT) WITH ('connector' = 'datagen');

-- SHOW TABLES in the current database
SHOW TABLES;

-- table in another database by qualified name
CREATE TABLE db2.t_in_db2 (a INT) WITH ('connector' = 'datagen');

-- query across databases
SELECT * FROM db1.t_in_db1, db2.t_in_db2;

-- unqualified name resolves only in the current database
SELECT * FROM t_in_db2;

-- USE an unknown database
USE nodb;

-- USE a catalog-qualified database
USE default_catalog.db2;

-- SHOW CURRENT DATABASE after USE
SHOW CURRENT DATABASE;

-- USE an unknown catalog-qualified database
USE nocat.db1;

-- USE with a reserved word database name unquoted is a parse error
USE default;

-- USE back to default
USE default_database;

-- ALTER DATABASE SET properties
ALTER DATABASE db2 SET ('k2' = 'v2');

-- ALTER DATABASE on a missing database
ALTER DATABASE nodb SET ('k' = 'v');

-- DESCRIBE DATABASE
DESCRIBE DATABASE db2;

-- DESCRIBE DATABASE EXTENDED
DESCRIBE DATABASE EXTENDED db2;

-- DROP a non-empty database fails (RESTRICT is the default)
DROP DATABASE db1;

-- DROP DATABASE CASCADE
DROP DATABASE db1 CASCADE;

-- DROP DATABASE RESTRICT on an empty database
DROP DATABASE db3 RESTRICT;

-- DROP a missing database fails
DROP DATABASE nodb;

-- DROP DATABASE IF EXISTS
DROP DATABASE IF EXISTS nodb;

-- DROP the current database fails
USE db2;

-- drop the database in use
DROP DATABASE db2 CASCADE;

-- back to default
USE default_database;

-- DROP the default database fails
DROP DATABASE default_database;

-- SHOW CATALOGS
SHOW CATALOGS;

-- SHOW CURRENT CATALOG
SHOW CURRENT CATALOG;

-- USE CATALOG default_catalog
USE CATALOG default_catalog;

-- USE CATALOG unknown
USE CATALOG nocat;

-- USE CATALOG with a quoted name
USE CATALOG `default_catalog`;

-- CREATE CATALOG generic_in_memory
CREATE CATALOG cat2 WITH ('type' = 'generic_in_memory');

-- CREATE CATALOG duplicate
CREATE CATALOG cat2 WITH ('type' = 'generic_in_memory');

-- CREATE CATALOG IF NOT EXISTS duplicate
CREATE CATALOG IF NOT EXISTS cat2 WITH ('type' = 'generic_in_memory');

-- CREATE CATALOG with an unknown type
CREATE CATALOG cat3 WITH ('type' = 'hive');

-- CREATE CATALOG without type
CREATE CATALOG cat4 WITH ('k' = 'v');

-- CREATE CATALOG with a comment
CREATE CATALOG cat5 COMMENT 'a catalog' WITH ('type' = 'generic_in_memory');

-- SHOW CATALOGS lists the new catalogs
SHOW CATALOGS;

-- SHOW CATALOGS with LIKE filter
SHOW CATALOGS LIKE 'cat%';

-- USE CATALOG cat2
USE CATALOG cat2;

-- SHOW DATABASES in cat2
SHOW DATABASES;

-- create a table without connector in a generic_in_memory catalog
CREATE TABLE t_managed (a INT);

-- create a table with connector in cat2
CREATE TABLE t_cat2 (a INT) WITH ('connector' = 'datagen');

-- SHOW CURRENT CATALOG
SHOW CURRENT CATALOG;

-- query a table in another catalog by full name
SELECT * FROM cat2.`default`.t_cat2;

-- back to default catalog
USE CATALOG default_catalog;

-- DESCRIBE CATALOG
DESCRIBE CATALOG cat2;

-- SHOW CREATE CATALOG
SHOW CREATE CATALOG cat2;

-- ALTER CATALOG SET
ALTER CATALOG cat2 SET ('k' = 'v');

-- ALTER CATALOG COMMENT
ALTER CATALOG cat2 COMMENT 'new comment';

-- DROP CATALOG in use fails
USE CATALOG cat5;

-- drop the current catalog
DROP CATALOG cat5;

-- back to default
USE CATALOG default_catalog;

-- DROP CATALOG
DROP CATALOG cat5;

-- DROP CATALOG of a missing catalog
DROP CATALOG nocat;

-- DROP CATALOG IF EXISTS
DROP CATALOG IF EXISTS nocat;

-- USE CATALOG without name is a parse error
USE CATALOG;

-- USE without name is a parse error
USE;

-- USE MODULES core
USE MODULES core;

-- USE MODULES unknown
USE MODULES nomod;

-- LOAD MODULE unknown
LOAD MODULE nomod;

-- LOAD MODULE core twice
LOAD MODULE core;

-- UNLOAD MODULE core
UNLOAD MODULE nomod;

-- SHOW MODULES
SHOW MODULES;

-- SHOW FULL MODULES
SHOW FULL MODULES;
