-- source: apache/flink docs/content/docs/dev/table/sql/show.md
-- Examples from the SQL CLI tab and the SHOW ... EXAMPLES sections (including the variants the doc lists
-- in '--' comments). Setup statements create the tables the doc assumes (not from the doc).

SHOW CATALOGS;

SHOW CURRENT CATALOG;

SHOW DATABASES;

SHOW CURRENT DATABASE;

-- setup (not from the doc: CREATE TABLE my_table (...) WITH (...))
CREATE TABLE my_table (field1 INT, field2 BYTES) WITH ('connector' = 'datagen');

SHOW TABLES;

SHOW CREATE TABLE my_table;

-- setup (not from the doc)
CREATE TABLE MyUserTable (field1 INT, field2 BYTES, other STRING) WITH ('connector' = 'datagen');

SHOW COLUMNS from MyUserTable LIKE '%f%';

CREATE VIEW my_view AS SELECT * from my_table;

SHOW VIEWS;

SHOW CREATE VIEW my_view;

SHOW FUNCTIONS;

SHOW USER FUNCTIONS;

SHOW MODULES;

SHOW FULL MODULES;

SHOW JARS;

-- @new-session
-- setup (not from the doc)
CREATE CATALOG catalog1 WITH ('type' = 'generic_in_memory');

-- setup (not from the doc)
CREATE DATABASE catalog1.db1;

-- setup (not from the doc)
CREATE TABLE catalog1.db1.person (id INT) WITH ('connector' = 'datagen');

-- setup (not from the doc)
CREATE TABLE catalog1.db1.dim (id INT) WITH ('connector' = 'datagen');

-- setup (not from the doc)
CREATE DATABASE db1;

-- setup (not from the doc)
CREATE TABLE db1.person (id INT) WITH ('connector' = 'datagen');

-- setup (not from the doc)
CREATE TABLE db1.dim (id INT) WITH ('connector' = 'datagen');

-- setup (not from the doc)
CREATE TABLE items (id INT) WITH ('connector' = 'datagen');

show tables from db1;

show tables from catalog1.db1;

show tables in db1;

show tables in catalog1.db1;

show tables from db1 like '%n';

show tables from catalog1.db1 like '%n';

show tables in db1 like '%n';

show tables in catalog1.db1 like '%n';

show tables from db1 not like '%n';

show tables from catalog1.db1 not like '%n';

show tables in db1 not like '%n';

show tables in catalog1.db1 not like '%n';

CREATE TABLE orders (
  order_id BIGINT NOT NULL comment 'this is the primary key, named ''order_id''.',
  product VARCHAR(32),
  amount INT,
  ts TIMESTAMP(3) comment 'notice: watermark, named ''ts''.',
  ptime AS PROCTIME() comment 'notice: computed column, named ''ptime''.',
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND,
  CONSTRAINT `PK_order_id` PRIMARY KEY (order_id) NOT ENFORCED
) WITH (
  'connector' = 'datagen'
);

show tables;

show create table orders;

-- @new-session
-- setup (not from the doc)
CREATE CATALOG catalog1 WITH ('type' = 'generic_in_memory');

-- setup (not from the doc)
CREATE DATABASE catalog1.database1;

-- setup (not from the doc)
USE CATALOG catalog1;

-- setup (not from the doc)
USE database1;

-- setup (not from the doc)
CREATE TABLE orders (`user` BIGINT NOT NULL, product VARCHAR(32), amount INT, ts TIMESTAMP(3), ptime AS PROCTIME(), PRIMARY KEY (`user`) NOT ENFORCED, WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- setup (not from the doc)
CREATE TABLE table1 (a INT, id INT, `date` STRING) PARTITIONED BY (id, `date`) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-table1', 'format' = 'csv');

show columns from orders;

show columns from database1.orders;

show columns from catalog1.database1.orders;

show columns in orders;

show columns in database1.orders;

show columns in catalog1.database1.orders;

show columns from orders like '%r';

show columns from database1.orders like '%r';

show columns from catalog1.database1.orders like '%r';

show columns in orders like '%r';

show columns in database1.orders like '%r';

show columns in catalog1.database1.orders like '%r';

show columns from orders not like '%_r';

show columns from database1.orders not like '%_r';

show columns from catalog1.database1.orders not like '%_r';

show columns in orders not like '%_r';

show columns in database1.orders not like '%_r';

show columns in catalog1.database1.orders not like '%_r';

show partitions table1;

show partitions database1.table1;

show partitions catalog1.database1.table1;

show partitions table1 partition (id=1002);

show partitions database1.table1 partition (id=1002);

show partitions catalog1.database1.table1 partition (id=1002);
