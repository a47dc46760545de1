-- source: apache/flink flink-table/flink-table-planner/src/test/java/org/apache/flink/table/planner/operations/SqlDdlToOperationConverterTest.java
-- Upstream only converts each statement against tables its helpers create (catalog cat1, database db1,
-- table tb1 etc., built with the Table API); the 'setup' statements recreate them in SQL (not upstream).
-- Each upstream statement runs in a fresh session.

-- source: apache/flink flink-table/flink-table-planner/src/test/java/org/apache/flink/table/planner/operations/SqlDdlToOperationConverterTest.java
-- Upstream runs these in batch mode against catalog 'builtin' (database 'default') holding t1 and t2
-- (a BIGINT, b STRING, c INT, d STRING). The 'setup' statements recreate that where a test needs it.

-- @new-session
-- SqlDdlToOperationConverterTest.testCreateDatabase
create database db1;

-- @new-session
-- SqlDdlToOperationConverterTest.testCreateDatabase
create database if not exists cat1.db1;

-- @new-session
-- SqlDdlToOperationConverterTest.testCreateDatabase
create database cat1.db1 comment 'db1_comment';

-- @new-session
-- SqlDdlToOperationConverterTest.testCreateDatabase
create database cat1.db1 comment 'db1_comment' with ('k1' = 'v1', 'K2' = 'V2');

-- @new-session
-- SqlDdlToOperationConverterTest.testDropDatabase
drop database db1;

-- @new-session
-- SqlDdlToOperationConverterTest.testDropDatabase
drop database if exists db1;

-- @new-session
-- SqlDdlToOperationConverterTest.testDropDatabase
drop database if exists cat1.db1 CASCADE;

-- @new-session
-- SqlDdlToOperationConverterTest.testDropDatabase
drop database if exists cat1.db1 RESTRICT;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterDatabase
create catalog cat1 with ('type' = 'generic_in_memory');

-- setup for SqlDdlToOperationConverterTest.testAlterDatabase
create database cat1.db1 comment 'db1_comment';

-- SqlDdlToOperationConverterTest.testAlterDatabase
alter database cat1.db1 set ('k1'='v1', 'K2'='V2');

-- @new-session
-- SqlDdlToOperationConverterTest.testCreateTable
CREATE TABLE tbl1 (
  a bigint comment 'column a',
  b varchar, 
  c int, 
  d varchar)
  PARTITIONED BY (a, d)
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- SqlDdlToOperationConverterTest.testCreateTableWithPrimaryKey
CREATE TABLE tbl1 (
  a bigint,
  b varchar, 
  c int, 
  d varchar, 
  constraint ct1 primary key(a, b) not enforced
) with (
  'connector' = 'kafka', 
  'kafka.topic' = 'log.test'
);

-- @new-session
-- SqlDdlToOperationConverterTest.testPrimaryKeyOnGeneratedColumn
CREATE TABLE tbl1 (
  a bigint not null,
  b varchar not null,
  c as 2 * (a + 1),
  constraint ct1 primary key (b, c) not enforced) with (
    'connector' = 'kafka',
    'kafka.topic' = 'log.test'
);

-- @new-session
-- SqlDdlToOperationConverterTest.testPrimaryKeyNonExistentColumn
CREATE TABLE tbl1 (
  a bigint not null,
  b varchar not null,
  c as 2 * (a + 1),
  constraint ct1 primary key (b, d) not enforced) with (
    'connector' = 'kafka',
    'kafka.topic' = 'log.test'
);

-- @new-session
-- SqlDdlToOperationConverterTest.testCreateTableWithMinusInOptionKey
create table source_table(
  a int,
  b bigint,
  c varchar
) with (
  'a-B-c-d124' = 'Ab',
  'a.b-c-d.e-f.g' = 'ada',
  'a.b-c-d.e-f1231.g' = 'ada',
  'a.b-c-d.*' = 'adad');

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testCreateTableWithWatermark
CREATE FUNCTION myfunc AS 'org.apache.flink.table.planner.runtime.utils.JavaUserDefinedScalarFunctions$JavaFunc5';

-- SqlDdlToOperationConverterTest.testCreateTableWithWatermark
create table source_table(
  a int,
  b bigint,
  c timestamp(3),
  watermark for `c` as myfunc(c, 1) - interval '5' second
) with (
  'connector.type' = 'kafka');

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testBasicCreateTableLike
CREATE TABLE sourceTable (f0 INT NOT NULL, f1 TIMESTAMP(3)) WITH ('connector' = 'datagen', 'format.type' = 'json');

-- SqlDdlToOperationConverterTest.testBasicCreateTableLike
create table derivedTable(
  a int,
  watermark for f1 as `f1` - interval '5' second
)
PARTITIONED BY (a, f0)
with (
  'connector.type' = 'kafka')
like sourceTable;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testCreateTableLikeWithFullPath
CREATE TABLE sourceTable (f0 INT NOT NULL, f1 TIMESTAMP(3)) WITH ('connector.type' = 'kafka', 'format.type' = 'json', 'connector' = 'datagen');

-- SqlDdlToOperationConverterTest.testCreateTableLikeWithFullPath
create table mytable like `builtin`.`default`.sourceTable;

-- SqlDdlToOperationConverterTest.testCreateTableLikeWithFullPath
create table mytable like `default_catalog`.`default_database`.sourceTable;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testMergingCreateTableLike
CREATE TABLE sourceTable (f0 INT NOT NULL, f1 TIMESTAMP(3), f2 AS `f0` + 12345, WATERMARK FOR f1 AS `f1` - interval '1' second) PARTITIONED BY (f0, f1) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-src', 'format' = 'json');

-- SqlDdlToOperationConverterTest.testMergingCreateTableLike
create table derivedTable(
  a int,
  watermark for f1 as `f1` - interval '5' second
)
PARTITIONED BY (a, f0)
with (
  'connector.type' = 'kafka')
like sourceTable (
   EXCLUDING GENERATED
   EXCLUDING PARTITIONS
   OVERWRITING OPTIONS
   OVERWRITING WATERMARKS);

-- @new-session
-- SqlDdlToOperationConverterTest.testCreateTableInvalidPartition
create table derivedTable(
  a int
)
PARTITIONED BY (f3);

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testCreateTableLikeInvalidPartition
CREATE TABLE sourceTable (f0 INT NOT NULL) WITH ('connector' = 'datagen');

-- SqlDdlToOperationConverterTest.testCreateTableLikeInvalidPartition
create table derivedTable(
  a int
)
PARTITIONED BY (f3)
like sourceTable;

-- @new-session
-- SqlDdlToOperationConverterTest.testCreateTableInvalidWatermark
create table derivedTable(
  a int,
  watermark for f1 as `f1` - interval '5' second
);

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testCreateTableLikeInvalidWatermark
CREATE TABLE sourceTable (f0 INT NOT NULL) WITH ('connector' = 'datagen');

-- SqlDdlToOperationConverterTest.testCreateTableLikeInvalidWatermark
create table derivedTable(
  a int,
  watermark for f1 as `f1` - interval '5' second
)
like sourceTable;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testCreateTableLikeNestedWatermark
CREATE TABLE sourceTable (f0 INT NOT NULL, f1 ROW<tmstmp TIMESTAMP(3)>) WITH ('connector' = 'datagen');

-- SqlDdlToOperationConverterTest.testCreateTableLikeNestedWatermark
create table derivedTable(
  a int,
  watermark for f1.t as f1.t - interval '5' second
)
like sourceTable;

-- @new-session
-- SqlDdlToOperationConverterTest.testCreateTableWithFullDataTypes
create table t1(
f0 CHAR,
f1 CHAR NOT NULL,
f2 CHAR NULL,
f3 CHAR(33),
f4 VARCHAR,
f5 VARCHAR(33),
f6 STRING,
f7 BOOLEAN,
f8 BINARY,
f9 BINARY(33),
f10 VARBINARY,
f11 VARBINARY(33),
f12 BYTES,
f13 DECIMAL,
f14 DEC,
f15 NUMERIC,
f16 DECIMAL(10),
f17 DEC(10),
f18 NUMERIC(10),
f19 DECIMAL(10, 3),
f20 DEC(10, 3),
f21 NUMERIC(10, 3),
f22 TINYINT,
f23 SMALLINT,
f24 INTEGER,
f25 INT,
f26 BIGINT,
f27 FLOAT,
f28 DOUBLE,
f29 DOUBLE PRECISION,
f30 DATE,
f31 TIME,
f32 TIME WITHOUT TIME ZONE,
f33 TIME(3),
f34 TIME(3) WITHOUT TIME ZONE,
f35 TIMESTAMP,
f36 TIMESTAMP WITHOUT TIME ZONE,
f37 TIMESTAMP(3),
f38 TIMESTAMP(3) WITHOUT TIME ZONE,
f39 TIMESTAMP WITH LOCAL TIME ZONE,
f40 TIMESTAMP(3) WITH LOCAL TIME ZONE,
f41 ARRAY<TIMESTAMP(3) WITH LOCAL TIME ZONE>,
f42 ARRAY<INT NOT NULL>,
f43 INT ARRAY,
f44 INT NOT NULL ARRAY,
f45 INT ARRAY NOT NULL,
f46 MULTISET<INT NOT NULL>,
f47 INT MULTISET,
f48 INT NOT NULL MULTISET,
f49 INT MULTISET NOT NULL,
f50 MAP<BIGINT, BOOLEAN>,
f51 ROW<f0 INT NOT NULL, f1 BOOLEAN>,
f52 ROW(f0 INT NOT NULL, f1 BOOLEAN),
f53 ROW<`f0` INT>,
f54 ROW(`f0` INT),
f55 ROW<>,
f56 ROW(),
f57 ROW<f0 INT NOT NULL 'This is a comment.', f1 BOOLEAN 'This as well.'>,
f58 ARRAY<ROW<f0 INT, f1 BOOLEAN>>,
f59 ROW<f0 INT, f1 BOOLEAN> MULTISET,
f60 MULTISET<ROW<f0 INT, f1 BOOLEAN>>,
f61 ROW<f0 Row<f00 INT, f01 BOOLEAN>, f1 INT ARRAY, f2 BOOLEAN MULTISET>);

-- @new-session
-- SqlDdlToOperationConverterTest.testCreateTableWithFullDataTypes
-- same statement with a connector option added (not upstream) so that Flink resolves the types
create table t1(
f0 CHAR,
f1 CHAR NOT NULL,
f2 CHAR NULL,
f3 CHAR(33),
f4 VARCHAR,
f5 VARCHAR(33),
f6 STRING,
f7 BOOLEAN,
f8 BINARY,
f9 BINARY(33),
f10 VARBINARY,
f11 VARBINARY(33),
f12 BYTES,
f13 DECIMAL,
f14 DEC,
f15 NUMERIC,
f16 DECIMAL(10),
f17 DEC(10),
f18 NUMERIC(10),
f19 DECIMAL(10, 3),
f20 DEC(10, 3),
f21 NUMERIC(10, 3),
f22 TINYINT,
f23 SMALLINT,
f24 INTEGER,
f25 INT,
f26 BIGINT,
f27 FLOAT,
f28 DOUBLE,
f29 DOUBLE PRECISION,
f30 DATE,
f31 TIME,
f32 TIME WITHOUT TIME ZONE,
f33 TIME(3),
f34 TIME(3) WITHOUT TIME ZONE,
f35 TIMESTAMP,
f36 TIMESTAMP WITHOUT TIME ZONE,
f37 TIMESTAMP(3),
f38 TIMESTAMP(3) WITHOUT TIME ZONE,
f39 TIMESTAMP WITH LOCAL TIME ZONE,
f40 TIMESTAMP(3) WITH LOCAL TIME ZONE,
f41 ARRAY<TIMESTAMP(3) WITH LOCAL TIME ZONE>,
f42 ARRAY<INT NOT NULL>,
f43 INT ARRAY,
f44 INT NOT NULL ARRAY,
f45 INT ARRAY NOT NULL,
f46 MULTISET<INT NOT NULL>,
f47 INT MULTISET,
f48 INT NOT NULL MULTISET,
f49 INT MULTISET NOT NULL,
f50 MAP<BIGINT, BOOLEAN>,
f51 ROW<f0 INT NOT NULL, f1 BOOLEAN>,
f52 ROW(f0 INT NOT NULL, f1 BOOLEAN),
f53 ROW<`f0` INT>,
f54 ROW(`f0` INT),
f55 ROW<>,
f56 ROW(),
f57 ROW<f0 INT NOT NULL 'This is a comment.', f1 BOOLEAN 'This as well.'>,
f58 ARRAY<ROW<f0 INT, f1 BOOLEAN>>,
f59 ROW<f0 INT, f1 BOOLEAN> MULTISET,
f60 MULTISET<ROW<f0 INT, f1 BOOLEAN>>,
f61 ROW<f0 Row<f00 INT, f01 BOOLEAN>, f1 INT ARRAY, f2 BOOLEAN MULTISET>) with ('connector' = 'blackhole');

-- @new-session
-- SqlDdlToOperationConverterTest.testCreateTableWithComputedColumn
CREATE TABLE tbl1 (
  a int,
  b varchar, 
  c as a - 1, 
  d as b || '$$', 
  e as my_udf1(a),  f as `default`.my_udf2(a) + 1,  g as builtin.`default`.my_udf3(a) || '##'
)
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- SqlDdlToOperationConverterTest.testCreateTableWithMetadataColumn
CREATE TABLE tbl1 (
  a INT,
  b STRING,
  c INT METADATA,
  d INT METADATA FROM 'other.key',
  e INT METADATA VIRTUAL
)
  WITH (
    'connector' = 'kafka',
    'kafka.topic' = 'log.test'
);

-- @new-session
-- SqlDdlToOperationConverterTest.testCreateFunction
CREATE FUNCTION test_udf AS 'org.apache.fink.function.function1' LANGUAGE JAVA USING JAR 'file:///path/to/test.jar';

-- @new-session
-- SqlDdlToOperationConverterTest.testCreateFunction
CREATE TEMPORARY SYSTEM FUNCTION test_udf2 AS 'org.apache.fink.function.function2' LANGUAGE SCALA USING JAR 'file:///path/to/test.jar';

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTable
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTable
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTable
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTable
alter table cat1.db1.tb1 rename to tb2;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTable
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTable
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTable
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTable
alter table db1.tb1 rename to tb2;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTable
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTable
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTable
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTable
alter table tb1 rename to cat1.db1.tb2;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTable
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTable
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTable
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTable
alter table  nonexistent rename to tb2;

-- SqlDdlToOperationConverterTest.testAlterTable
alter table if exists nonexistent rename to tb2;

-- SqlDdlToOperationConverterTest.testAlterTable
alter table  nonexistent set ('k1' = 'v1', 'K2' = 'V2');

-- SqlDdlToOperationConverterTest.testAlterTable
alter table if exists nonexistent set ('k1' = 'v1', 'K2' = 'V2');

-- SqlDdlToOperationConverterTest.testAlterTable
alter table if exists cat1.db1.tb1 set ('k1' = 'v1', 'K2' = 'V2');

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTable
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTable
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTable
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTable
alter table  nonexistent reset ('k');

-- SqlDdlToOperationConverterTest.testAlterTable
alter table if exists nonexistent reset ('k');

-- SqlDdlToOperationConverterTest.testAlterTable
alter table if exists cat1.db1.tb1 reset ('k');

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTable
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTable
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTable
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTable
alter table cat1.db1.tb1 reset ('connector');

-- SqlDdlToOperationConverterTest.testAlterTable
alter table cat1.db1.tb1 reset ();

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableRenameColumn
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableRenameColumn
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableRenameColumn
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds, CONSTRAINT ct1 PRIMARY KEY (a, b, c) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableRenameColumn
alter table tb1 rename c to c1;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableRenameColumn
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableRenameColumn
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableRenameColumn
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds, CONSTRAINT ct1 PRIMARY KEY (a, b, c) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableRenameColumn
alter table tb1 rename f to f1;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableRenameColumn
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableRenameColumn
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableRenameColumn
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds, CONSTRAINT ct1 PRIMARY KEY (a, b, c) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableRenameColumn
alter table tb1 rename a to a1;

-- SqlDdlToOperationConverterTest.testAlterTableRenameColumn
alter table tb1 rename ts to ts1;

-- SqlDdlToOperationConverterTest.testAlterTableRenameColumn
alter table tb1 rename e.f1 to e.f11;

-- SqlDdlToOperationConverterTest.testAlterTableRenameColumn
alter table tb1 rename c to a;

-- SqlDdlToOperationConverterTest.testAlterTableRenameColumn
alter table  nonexistent rename a to a1;

-- SqlDdlToOperationConverterTest.testAlterTableRenameColumn
alter table if exists nonexistent rename a to a1;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableRenameColumn2
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableRenameColumn2
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableRenameColumn2
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds, CONSTRAINT ct1 PRIMARY KEY (a, b, c) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- setup for SqlDdlToOperationConverterTest.testAlterTableRenameColumn2
CREATE TABLE tb2 (a STRING NOT NULL, b INT NOT NULL, e STRING, j AS UPPER(e), g AS TO_TIMESTAMP(e), PRIMARY KEY (a, b) NOT ENFORCED) COMMENT 'tb2' PARTITIONED BY (a) WITH ('connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableRenameColumn2
alter table `cat1`.`db1`.`tb2` rename e to e1;

-- SqlDdlToOperationConverterTest.testAlterTableRenameColumn2
alter table tb2 rename a to a1;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableDropColumn
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableDropColumn
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableDropColumn
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds, CONSTRAINT ct1 PRIMARY KEY (a, b, c) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropColumn
alter table tb1 drop x;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropColumn
alter table tb1 drop (g, x);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropColumn
alter table tb1 drop (g, c, g);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropColumn
alter table tb1 drop e.f2;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropColumn
alter table tb1 drop a;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropColumn
alter table tb1 drop c;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropColumn
alter table tb1 drop ts;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropColumn
alter table  nonexistent drop a;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropColumn
alter table if exists nonexistent drop a;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableDropColumn
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableDropColumn
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableDropColumn
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableDropColumn
alter table tb1 drop c;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableDropColumn
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableDropColumn
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableDropColumn
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableDropColumn
alter table tb1 drop (f, e, b, d);

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableDropConstraint
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableDropConstraint
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableDropConstraint
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropConstraint
alter table tb1 drop primary key;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropConstraint
alter table tb1 drop constraint ct;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableDropConstraint2
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableDropConstraint2
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableDropConstraint2
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableDropConstraint2
CREATE TABLE tb2 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', CONSTRAINT ct1 PRIMARY KEY (a) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropConstraint2
alter table tb2 drop constraint ct2;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropConstraint2
alter table  nonexistent drop primary key;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropConstraint2
alter table if exists nonexistent drop primary key;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropConstraint2
alter table  nonexistent drop constraint ct;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropConstraint2
alter table if exists nonexistent drop constraint ct;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableDropConstraint
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableDropConstraint
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableDropConstraint
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', CONSTRAINT ct1 PRIMARY KEY (a) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableDropConstraint
alter table tb1 drop constraint ct1;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableDropConstraint
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableDropConstraint
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableDropConstraint
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', CONSTRAINT ct1 PRIMARY KEY (a) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableDropConstraint
alter table tb1 drop primary key;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableDropWatermark
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableDropWatermark
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableDropWatermark
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropWatermark
alter table tb1 drop watermark;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropWatermark
alter table  nonexistent drop watermark;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableDropWatermark
alter table if exists nonexistent drop watermark;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableDropWatermark
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableDropWatermark
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableDropWatermark
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', WATERMARK FOR ts AS ts - interval '5' seconds) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableDropWatermark
alter table tb1 drop watermark;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableCompactOnNonManagedTable
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableCompactOnNonManagedTable
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableCompactOnNonManagedTable
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableCompactOnNonManagedTable
alter table tb1 compact;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableCompactOnManagedNonPartitionedTable
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableCompactOnManagedNonPartitionedTable
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableCompactOnManagedNonPartitionedTable
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableCompactOnManagedNonPartitionedTable
alter table tb1 partition(dt = 'a') compact;

-- SqlDdlToOperationConverterTest.testAlterTableCompactOnManagedNonPartitionedTable
alter table  nonexistent compact;

-- SqlDdlToOperationConverterTest.testAlterTableCompactOnManagedNonPartitionedTable
alter table if exists nonexistent compact;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableCompactOnManagedPartitionedTable
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableCompactOnManagedPartitionedTable
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableCompactOnManagedPartitionedTable
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' PARTITIONED BY (b, c) WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableCompactOnManagedPartitionedTable
alter table tb1 partition (dt = 'a') compact;

-- SqlDdlToOperationConverterTest.testAlterTableCompactOnManagedPartitionedTable
alter table tb1 partition (b = 0, c = 'flink') compact;

-- SqlDdlToOperationConverterTest.testAlterTableCompactOnManagedPartitionedTable
alter table tb1 partition (b = 0) compact;

-- SqlDdlToOperationConverterTest.testAlterTableCompactOnManagedPartitionedTable
alter table tb1 partition (c = 'flink') compact;

-- SqlDdlToOperationConverterTest.testAlterTableCompactOnManagedPartitionedTable
alter table tb1 compact;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddColumn
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddColumn
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddColumn
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddColumn
alter table tb1 add a bigint;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddColumn
alter table tb1 add (x array<string>, x string);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddColumn
alter table tb1 add x bigint after y;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddColumn
alter table tb1 add (x bigint after y, y string first);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddColumn
alter table tb1 add m as n + 2;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddColumn
alter table tb1 add (m as b * 2, n as m + 2);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddColumn
alter table tb1 add (m as 'hello' || b);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddColumn
alter table tb1 add (e.f3 string);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddColumn
alter table tb1 add (x string after e.f2);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddColumn
alter table tb1 add (e.f3 string after e.f1);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddColumn
alter table  nonexistent add a bigint not null;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddColumn
alter table if exists nonexistent add a bigint not null;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableAddColumn
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddColumn
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddColumn
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableAddColumn
alter table if exists tb1 add h double not null comment 'h is double not null';

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableAddColumn
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddColumn
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddColumn
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableAddColumn
alter table tb1 add (
 h as e.f2.f1 first,
 i as b*2 after b,
 j int metadata from 'mk1' virtual comment 'comment_metadata' first,
 k string primary key not enforced after h);

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testAlterTableAddColumn
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddColumn
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testAlterTableAddColumn
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment') COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testAlterTableAddColumn
alter table tb1 add (
 r row<r1 bigint, r2 string, r3 array<double> not null> not null comment 'add composite type',
 m map<string not null, int not null>,
 n as r.r1 * 2 after r,
 tss as to_timestamp(r.r2) comment 'rowtime' after ts,
 na as r.r3 after ts);

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', CONSTRAINT ct1 PRIMARY KEY (a) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk
alter table tb1 add primary key(c) not enforced;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk
alter table tb1 add x string not null primary key not enforced;

-- @new-session
-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk2
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory', 'default-database' = 'db1');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk2
USE CATALOG cat1;

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk2
CREATE TABLE tb1 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', CONSTRAINT ct1 PRIMARY KEY (a) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- setup for SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk2
CREATE TABLE tb2 (a INT NOT NULL, b BIGINT NOT NULL, c STRING NOT NULL COMMENT 'column comment', d AS a*(b+2 + a*b), e ROW<f0 STRING, f1 INT, f2 ROW<f0 DOUBLE, f1 ARRAY<FLOAT>>>, f AS e.f1 + e.f2.f0, g STRING METADATA VIRTUAL, ts TIMESTAMP(3) COMMENT 'just a comment', CONSTRAINT ct1 PRIMARY KEY (a, b) NOT ENFORCED) COMMENT 'a table' WITH ('k' = 'v', 'connector' = 'dummy');

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk2
alter table tb2 add primary key(c) not enforced;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk2
alter table tb2 add x string not null primary key not enforced;

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
alter table tb3 add primary key (x) not enforced;

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk3
alter table tb3 add unique(b);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk3
alter table tb3 add primary key(b);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk3
alter table tb3 add (
  x as upper(c),
  primary key (d, x) not enforced);

-- SqlDdlToOperationConverterTest.testFailedToAlterTableAddPk3
alter table tb3 add (primary key (g) not enforced);
