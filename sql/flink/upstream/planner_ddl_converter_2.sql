-- source: apache/flink flink-table/flink-table-planner/src/test/java/org/apache/flink/table/planner/operations/SqlDdlToOperationConverterTest.java
-- Upstream only converts each statement against tables its helpers create (catalog cat1, database db1,
-- table tb1 etc., built with the Table API); the 'setup' statements recreate them in SQL (not upstream).
-- Each upstream statement runs in a fresh session.

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk3
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk3
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk3
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', CONSTRAINT ct1 PRIMARY KEY (a) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk3
CREATE TABLE tb2 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', CONSTRAINT ct1 PRIMARY KEY (a, b) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk3
CREATE TABLE tb3 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk3
alter table  nonexistent add primary key(x) not enforced;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk3
alter table if exists nonexistent add primary key(x) not enforced;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPrimaryKey
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPrimaryKey
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPrimaryKey
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableAddPrimaryKey
alter table tb1 add constraint my_pk primary key (a, b) not enforced;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPrimaryKey
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPrimaryKey
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPrimaryKey
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableAddPrimaryKey
alter table tb1 add x bigint not null primary key not enforced;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPrimaryKey
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPrimaryKey
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPrimaryKey
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableAddPrimaryKey
alter table tb1 add x bigint primary key not enforced;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPrimaryKey
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPrimaryKey
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPrimaryKey
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableAddPrimaryKey
alter table tb1 add constraint ct primary key(ts) not enforced;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddWatermark
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddWatermark
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddWatermark
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddWatermark
alter table tb1 add watermark for x as x;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddWatermark
alter table tb1 add watermark for b as b;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddWatermark
alter table tb1 add (x row<f0 string, f1 timestamp(3)>, watermark for x.f1 as x.f1);

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddWatermark2
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddWatermark2
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddWatermark2
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddWatermark2
CREATE TABLE tb2 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddWatermark2
alter table tb2 add watermark for ts as ts;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddWatermark2
alter table  nonexistent add watermark for ts as ts;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddWatermark2
alter table if exists nonexistent add watermark for ts as ts;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableAddWatermark
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddWatermark
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddWatermark
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableAddWatermark
alter table tb1 add watermark for ts as ts;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableAddWatermark
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddWatermark
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddWatermark
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableAddWatermark
alter table tb1 add (tss timestamp(3) not null, watermark for tss as tss);

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableAddWatermark
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddWatermark
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddWatermark
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableAddWatermark
alter table tb1 add (log_ts string not null,
tss as to_timestamp(log_ts),
watermark for tss as tss - interval '3' second);

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableAddWatermark
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddWatermark
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddWatermark
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableAddWatermark
alter table tb1 add (x row<f0 string, f1 timestamp(3) not null> not null, y as x.f1, watermark for y as y - interval '1' day);

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn
alter table tb1 modify (b int, b array<int not null>);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn
alter table tb1 modify x bigint;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn
alter table tb1 modify a bigint after x;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn
alter table tb1 modify e array<int>;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn
alter table tb1 modify a string;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn
alter table tb1 modify b as a + 2;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn
alter table tb1 modify (a timestamp(3), b multiset<int>);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn
alter table tb1 modify ts int;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn2
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn2
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn2
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn2
CREATE TABLE tb2 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', CONSTRAINT ct1 PRIMARY KEY (a) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn2
alter table tb2 modify (d int, a as b + 2);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn2
alter table tb2 modify (d string, a int metadata virtual);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn2
alter table tb2 modify (e.f0 string);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn2
alter table tb2 modify (g string after e.f2);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn2
alter table tb2 modify (e.f0 string after e.f1);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn2
alter table  nonexistent modify a int first;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyColumn2
alter table if exists nonexistent modify a int first;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyColumn
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyColumn
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyColumn
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', CONSTRAINT ct1 PRIMARY KEY (a, b) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableModifyColumn
alter table tb1 modify b bigint not null comment 'move b to first and add comment' first;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyColumn
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyColumn
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyColumn
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', CONSTRAINT ct1 PRIMARY KEY (a, b) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableModifyColumn
alter table tb1 modify ts timestamp(3) not null after e;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyColumn
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyColumn
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyColumn
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', CONSTRAINT ct1 PRIMARY KEY (a, b) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableModifyColumn
alter table tb1 modify (
d as a + 2 comment 'change d' after b,
c bigint first,
e string comment 'change e',
f as upper(e) comment 'change f' after ts,
g int not null comment 'change g',
constraint ct2 primary key(e) not enforced);

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyColumn2
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyColumn2
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyColumn2
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyColumn2
CREATE TABLE tb2 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableModifyColumn2
alter table tb2 modify (ts int comment 'change ts',
f timestamp(3) not null,
e int metadata virtual,
watermark for f as f,
g multiset<int> not null comment 'change g' first);

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyPk
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyPk
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyPk
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyPk
alter table tb1 modify constraint ct primary key (b) not enforced;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyPk2
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyPk2
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyPk2
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyPk2
CREATE TABLE tb2 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', CONSTRAINT ct1 PRIMARY KEY (a) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyPk2
alter table tb2 modify constraint ct primary key (x) not enforced;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyPk2
alter table tb2 modify constraint ct primary key (d) not enforced;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyPk2
alter table tb2 modify constraint ct primary key (g) not enforced;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyPk2
alter table  nonexistent modify constraint ct primary key(a) not enforced;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyPk2
alter table if exists nonexistent modify constraint ct primary key(a) not enforced;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyPk
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyPk
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyPk
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', CONSTRAINT ct1 PRIMARY KEY (a) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableModifyPk
alter table tb1 modify constraint ct2 primary key (a, b) not enforced;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyPk
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyPk
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyPk
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', CONSTRAINT ct1 PRIMARY KEY (a) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableModifyPk
alter table tb1 modify primary key (c, a) not enforced;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyWatermark
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyWatermark
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyWatermark
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyWatermark
alter table tb1 modify watermark for a as to_timestamp(a) - interval '1' minute;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyWatermark2
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyWatermark2
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyWatermark2
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableModifyWatermark2
CREATE TABLE tb2 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyWatermark2
alter table tb2 modify watermark for a as a;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyWatermark2
alter table tb2 modify watermark for c as to_timestamp(c) - interval '1' day;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyWatermark2
alter table  nonexistent modify watermark for ts as ts;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableModifyWatermark2
alter table if exists nonexistent modify watermark for ts as ts;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyWatermark
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyWatermark
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyWatermark
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableModifyWatermark
alter table tb1 modify watermark for ts as ts;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyWatermark
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyWatermark
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableModifyWatermark
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableModifyWatermark
alter table tb1 modify (g timestamp(3) not null, watermark for g as g);

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testCreateViewWithMatchRecognize
CREATE TABLE events (id INT NOT NULL, measurement BIGINT NOT NULL, ts ROW<tmstmp TIMESTAMP(3)>) WITH ('connector' = 'values', 'bounded' = 'true');

-- SqlDdlToOperationConverterTest.testCreateViewWithMatchRecognize
CREATE TEMPORARY VIEW foo AS SELECT * FROM events MATCH_RECOGNIZE (    PARTITION BY id     ORDER BY ts ASC     MEASURES       next_step.measurement - this_step.measurement AS diff     AFTER MATCH SKIP TO NEXT ROW     PATTERN (this_step next_step)    DEFINE          this_step AS TRUE,         next_step AS TRUE);

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testCreateViewWithDynamicTableOptions
CREATE TABLE sourceA (f0 INT, f1 VARCHAR(20)) WITH ('connector' = 'values', 'bounded' = 'true');

-- SqlDdlToOperationConverterTest.testCreateViewWithDynamicTableOptions
create view test_view as
select *
from sourceA /*+ OPTIONS('changelog-mode'='I') */;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPartitions
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPartitions
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPartitions
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds) COMMENT 'a table' PARTITIONED BY (b, c) WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableAddPartitions
alter table tb1 add partition (b = '1', c = '2');

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPartitions
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPartitions
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPartitions
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds) COMMENT 'a table' PARTITIONED BY (b, c) WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableAddPartitions
alter table tb1 add partition (b = '1', c = '2') with ('k' = 'v');

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPartitions
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPartitions
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddPartitions
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds) COMMENT 'a table' PARTITIONED BY (b, c) WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableAddPartitions
alter table tb1 add if not exists partition (b = '1', c = '2') with ('k' = 'v') partition (b = '2');

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableDropPartitions
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableDropPartitions
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableDropPartitions
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds) COMMENT 'a table' PARTITIONED BY (b, c) WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableDropPartitions
alter table tb1 drop partition (b = '1', c = '2');

-- SqlDdlToOperationConverterTest.testAlterTableDropPartitions
alter table tb1 drop if exists partition (b = '1', c = '2'), partition (b = '2');
