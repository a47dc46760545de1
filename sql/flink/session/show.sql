-- SHOW statements with FROM/IN and [NOT] LIKE/ILIKE filters.

-- setup: tables and views
CREATE TABLE orders (id BIGINT, amount DOUBLE) WITH ('connector' = 'datagen');

-- second table
CREATE TABLE Order_Items (id BIGINT, item STRING) WITH ('connector' = 'datagen');

-- third table
CREATE TABLE users (id BIGINT, name STRING) WITH ('connector' = 'datagen');

-- a view
CREATE VIEW order_view AS SELECT id FROM orders;

-- a temporary view
CREATE TEMPORARY VIEW tmp_view AS SELECT id FROM users;

-- a database with a table
CREATE DATABASE db2;

-- table in db2
CREATE TABLE db2.other_tbl (a INT) WITH ('connector' = 'datagen');

-- SHOW CATALOGS
SHOW CATALOGS;

-- SHOW CURRENT CATALOG
SHOW CURRENT CATALOG;

-- SHOW DATABASES
SHOW DATABASES;

-- SHOW DATABASES FROM a catalog
SHOW DATABASES FROM default_catalog;

-- SHOW DATABASES IN a catalog
SHOW DATABASES IN default_catalog;

-- SHOW DATABASES LIKE
SHOW DATABASES LIKE 'db%';

-- SHOW DATABASES NOT LIKE
SHOW DATABASES NOT LIKE 'db%';

-- SHOW DATABASES ILIKE
SHOW DATABASES ILIKE 'DB%';

-- SHOW DATABASES FROM unknown catalog
SHOW DATABASES FROM nocat;

-- SHOW CURRENT DATABASE
SHOW CURRENT DATABASE;

-- SHOW TABLES
SHOW TABLES;

-- SHOW TABLES FROM a database
SHOW TABLES FROM db2;

-- SHOW TABLES IN catalog.database
SHOW TABLES IN default_catalog.db2;

-- SHOW TABLES FROM unknown database
SHOW TABLES FROM nodb;

-- SHOW TABLES LIKE
SHOW TABLES LIKE 'order%';

-- SHOW TABLES LIKE is case-sensitive
SHOW TABLES LIKE 'Order%';

-- SHOW TABLES NOT LIKE
SHOW TABLES NOT LIKE 'order%';

-- SHOW TABLES ILIKE
SHOW TABLES ILIKE 'order%';

-- SHOW TABLES NOT ILIKE
SHOW TABLES NOT ILIKE 'order%';

-- SHOW TABLES LIKE with single character wildcard
SHOW TABLES LIKE 'user_';

-- SHOW TABLES FROM with LIKE
SHOW TABLES FROM default_database LIKE '%s';

-- SHOW TABLES LIKE without a pattern is a parse error
SHOW TABLES LIKE;

-- SHOW TABLES LIKE with an identifier pattern is a parse error
SHOW TABLES LIKE orders;

-- SHOW VIEWS
SHOW VIEWS;

-- SHOW VIEWS FROM a database
SHOW VIEWS FROM db2;

-- SHOW VIEWS LIKE
SHOW VIEWS LIKE 'tmp%';

-- SHOW COLUMNS FROM a table
SHOW COLUMNS FROM orders;

-- SHOW COLUMNS IN a table
SHOW COLUMNS IN orders;

-- SHOW COLUMNS LIKE
SHOW COLUMNS FROM orders LIKE 'a%';

-- SHOW COLUMNS NOT LIKE
SHOW COLUMNS FROM orders NOT LIKE 'a%';

-- SHOW COLUMNS ILIKE
SHOW COLUMNS FROM orders ILIKE 'A%';

-- SHOW COLUMNS from a qualified table
SHOW COLUMNS FROM default_catalog.db2.other_tbl;

-- SHOW COLUMNS from a view
SHOW COLUMNS FROM order_view;

-- SHOW COLUMNS from a missing table
SHOW COLUMNS FROM nope;

-- SHOW COLUMNS without FROM is a parse error
SHOW COLUMNS orders;

-- SHOW FUNCTIONS (built-in and user)
SHOW FUNCTIONS LIKE 'TO_TIMESTAMP%';

-- SHOW USER FUNCTIONS
SHOW USER FUNCTIONS;

-- SHOW FUNCTIONS ILIKE
SHOW FUNCTIONS ILIKE 'concat%';

-- SHOW FUNCTIONS NOT LIKE
SHOW USER FUNCTIONS NOT LIKE 'x%';

-- SHOW FUNCTIONS FROM a database
SHOW FUNCTIONS FROM db2;

-- SHOW FUNCTIONS FROM unknown database
SHOW FUNCTIONS FROM nodb;

-- SHOW MODULES
SHOW MODULES;

-- SHOW FULL MODULES
SHOW FULL MODULES;

-- SHOW CREATE TABLE
SHOW CREATE TABLE orders;

-- SHOW CREATE TABLE qualified
SHOW CREATE TABLE db2.other_tbl;

-- SHOW CREATE TABLE missing
SHOW CREATE TABLE nope;

-- SHOW CREATE VIEW
SHOW CREATE VIEW order_view;

-- SHOW CREATE VIEW missing
SHOW CREATE VIEW nope;

-- SHOW CREATE CATALOG
SHOW CREATE CATALOG default_catalog;

-- SHOW JARS
SHOW JARS;

-- SHOW PROCEDURES
SHOW PROCEDURES;

-- SHOW PARTITIONS of a non-partitioned table
SHOW PARTITIONS orders;

-- SHOW MODELS
SHOW MODELS;

-- SHOW TABLE (singular) is a parse error
SHOW TABLE;

-- SHOW with unknown object is a parse error
SHOW STUFF;

-- SHOW in lower case
show tables;

-- SHOW CURRENT without object is a parse error
SHOW CURRENT;

-- SHOW TABLES with a trailing semicolon handled by the splitter
SHOW TABLES FROM default_catalog.default_database NOT LIKE '%view%';

-- SHOW CATALOGS LIKE is not supported in 1.20
SHOW CATALOGS LIKE 'default%';

-- SHOW DATABASES FROM catalog LIKE
SHOW DATABASES FROM default_catalog LIKE 'default%';

-- SHOW TABLES FROM a four-part name is a parse error or rejected
SHOW TABLES FROM a.b.c;

-- SHOW COLUMNS FROM unknown catalog
SHOW COLUMNS FROM nocat.db.t;
