-- source: apache/flink flink-table/flink-sql-parser/src/test/java/org/apache/flink/sql/parser/FlinkSqlParserImplTest.java
-- Each parser test statement runs in a fresh session; where the test names tables, a 'setup' CREATE TABLE
-- (written for this corpus, not from upstream) precedes it. Calcite '^' error markers removed.

-- @new-session
-- FlinkSqlParserImplTest.testShowCatalogs
show catalogs;

-- @new-session
-- FlinkSqlParserImplTest.testShowCatalogs
show catalogs like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowCatalogs
show catalogs not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowCatalogs
show catalogs ilike '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowCatalogs
show catalogs not ilike '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowCatalogs
show catalogs likes;

-- @new-session
-- FlinkSqlParserImplTest.testShowCatalogs
show catalogs not likes;

-- @new-session
-- FlinkSqlParserImplTest.testShowCatalogs
show catalogs ilikes;

-- @new-session
-- FlinkSqlParserImplTest.testShowCatalogs
show catalogs not ilikes;

-- @new-session
-- FlinkSqlParserImplTest.testShowCurrentCatalog
show current catalog;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeCatalog
describe catalog a;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeCatalog
describe catalog extended a;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeCatalog
desc catalog a;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeCatalog
desc catalog extended a;

-- @new-session
-- FlinkSqlParserImplTest.testAlterCatalog
alter catalog a set ('k1'='v1', 'k2'='v2');

-- @new-session
-- FlinkSqlParserImplTest.testAlterCatalog
alter catalog a reset ('k1');

-- @new-session
-- FlinkSqlParserImplTest.testAlterCatalog
alter catalog a comment 'comment1';

-- @new-session
-- FlinkSqlParserImplTest.testArrayAgg
select
  array_agg(ename respect nulls order by deptno, ename) as c1,
  array_agg(ename order by deptno, ename desc) as c2,
  array_agg(distinct ename) as c3,
  array_agg(ename) as c4
from emp group by gender;

-- @new-session
-- FlinkSqlParserImplTest.testUseCatalog
use catalog a;

-- @new-session
-- FlinkSqlParserImplTest.testCreateCatalog
create catalog if not exists c1
comment 'HELLO'
WITH (
  'key1'='value1',
  'key2'='value2'
 );

-- @new-session
-- FlinkSqlParserImplTest.testCreateCatalog
create catalog if not exists c1
WITH (
  'key1'='value1',
  'key2'='value2'
 );

-- @new-session
-- FlinkSqlParserImplTest.testCreateCatalog
create catalog c1
comment 'HELLO'
WITH (
  'key1'='value1',
  'key2'='value2'
 );

-- @new-session
-- FlinkSqlParserImplTest.testCreateCatalog
create catalog c1
WITH (
  'key1'='value1',
  'key2'='value2'
 );

-- @new-session
-- FlinkSqlParserImplTest.testShowCreateCatalog
show create catalog c1;

-- @new-session
-- FlinkSqlParserImplTest.testDropCatalog
drop catalog c1;

-- @new-session
-- FlinkSqlParserImplTest.testShowDataBases
show databases;

-- @new-session
-- FlinkSqlParserImplTest.testShowDataBases
show databases like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowDataBases
show databases not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowDataBases
show databases from c1;

-- @new-session
-- FlinkSqlParserImplTest.testShowDataBases
show databases in c1;

-- @new-session
-- FlinkSqlParserImplTest.testShowDataBases
show databases from c1 like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowDataBases
show databases from c1 ilike '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowDataBases
show databases in c1 like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowDataBases
show databases in c1 ilike '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowDataBases
show databases from c1 not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowDataBases
show databases from c1 not ilike '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowDataBases
show databases in c1 not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowDataBases
show databases in c1 not ilike '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowDataBases
show databases likes;

-- @new-session
-- FlinkSqlParserImplTest.testShowDataBases
show databases not likes;

-- @new-session
-- FlinkSqlParserImplTest.testShowDataBases
show databases ilikes;

-- @new-session
-- FlinkSqlParserImplTest.testShowDataBases
show databases not ilikes;

-- @new-session
-- FlinkSqlParserImplTest.testShowCurrentDatabase
show current database;

-- @new-session
-- FlinkSqlParserImplTest.testUseDataBase
use default_db;

-- @new-session
-- FlinkSqlParserImplTest.testUseDataBase
use defaultCatalog.default_db;

-- @new-session
-- FlinkSqlParserImplTest.testCreateDatabase
create database db1;

-- @new-session
-- FlinkSqlParserImplTest.testCreateDatabase
create database if not exists db1;

-- @new-session
-- FlinkSqlParserImplTest.testCreateDatabase
create database catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testCreateDatabase
create database db1 comment 'test create database';

-- @new-session
-- FlinkSqlParserImplTest.testCreateDatabase
create database db1 comment 'test create database'with ( 'key1' = 'value1', 'key2.a' = 'value2.a');

-- @new-session
-- FlinkSqlParserImplTest.testDropDatabase
drop database db1;

-- @new-session
-- FlinkSqlParserImplTest.testDropDatabase
drop database catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testDropDatabase
drop database db1 RESTRICT;

-- @new-session
-- FlinkSqlParserImplTest.testDropDatabase
drop database db1 CASCADE;

-- @new-session
-- FlinkSqlParserImplTest.testAlterDatabase
alter database db1 set ('key1' = 'value1','key2.a' = 'value2.a');

-- @new-session
-- FlinkSqlParserImplTest.testDescribeDatabase
describe database db1;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeDatabase
describe database catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeDatabase
describe database extended db1;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeDatabase
desc database db1;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeDatabase
desc database catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeDatabase
desc database extended db1;

-- @new-session
-- FlinkSqlParserImplTest.testAlterFunction
alter function function1 as 'org.apache.flink.function.function1';

-- @new-session
-- FlinkSqlParserImplTest.testAlterFunction
alter temporary function function1 as 'org.apache.flink.function.function1';

-- @new-session
-- FlinkSqlParserImplTest.testAlterFunction
alter temporary function function1 as 'org.apache.flink.function.function1' language scala;

-- @new-session
-- FlinkSqlParserImplTest.testAlterFunction
alter temporary system function function1 as 'org.apache.flink.function.function1';

-- @new-session
-- FlinkSqlParserImplTest.testAlterFunction
alter temporary system function function1 as 'org.apache.flink.function.function1' language java;

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions;

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show user functions;

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show user functions like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show user functions not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions from db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show user functions from db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions in db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show user functions in db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions from catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show user functions from catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions in catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show user functions in catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions from db1 like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show user functions from db1 like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions in db1 ilike '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show user functions in db1 ilike '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions from catalog1.db1 ilike '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show user functions from catalog1.db1 ilike '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions in catalog1.db1 like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show user functions in catalog1.db1 like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions from db1 not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show user functions from db1 not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions in db1 not ilike '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show user functions in db1 not ilike '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions from catalog1.db1 not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show user functions from catalog1.db1 not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions in catalog1.db1 not ilike '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show user functions in catalog1.db1 not ilike '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions likes;

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions not likes;

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions ilikes;

-- @new-session
-- FlinkSqlParserImplTest.testShowFunctions
show functions not ilikes;

-- @new-session
-- FlinkSqlParserImplTest.testShowProcedures
show procedures;

-- @new-session
-- FlinkSqlParserImplTest.testShowProcedures
show procedures not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowProcedures
show procedures from db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowProcedures
show procedures in db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowProcedures
show procedures from catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowProcedures
show procedures in catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowProcedures
show procedures from db1 like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowProcedures
show procedures in db1 ilike '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowProcedures
show procedures from catalog1.db1 Ilike '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowProcedures
show procedures in catalog1.db1 like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowProcedures
show procedures from db1 not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowProcedures
show procedures in db1 not ilike '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowProcedures
show procedures from catalog1.db1 not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowProcedures
show procedures in catalog1.db1 not ilike '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowProcedures
show procedures db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowProcedures
show procedures catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowProcedures
show procedures search db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowProcedures
show procedures from db1 likes '%t';

-- @new-session
-- FlinkSqlParserImplTest.testShowTables
show tables;

-- @new-session
-- FlinkSqlParserImplTest.testShowTables
show tables not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowTables
show tables from db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowTables
show tables in db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowTables
show tables from catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowTables
show tables in catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowTables
show tables from db1 like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowTables
show tables in db1 like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowTables
show tables from catalog1.db1 like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowTables
show tables in catalog1.db1 like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowTables
show tables from db1 not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowTables
show tables in db1 not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowTables
show tables from catalog1.db1 not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowTables
show tables in catalog1.db1 not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowTables
show tables db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowTables
show tables catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowTables
show tables search db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowTables
show tables from db1 likes '%t';

-- @new-session
-- FlinkSqlParserImplTest.testShowCreateModel
show create model m1;

-- @new-session
-- FlinkSqlParserImplTest.testShowCreateModel
show create model catalog1.db1.m1;

-- @new-session
-- FlinkSqlParserImplTest.testShowCreateTable
show create table tbl;

-- @new-session
-- FlinkSqlParserImplTest.testShowCreateTable
show create table catalog1.db1.tbl;

-- @new-session
-- FlinkSqlParserImplTest.testShowCreateView
show create view v1;

-- @new-session
-- FlinkSqlParserImplTest.testShowCreateView
show create view db1.v1;

-- @new-session
-- FlinkSqlParserImplTest.testShowCreateView
show create view catalog1.db1.v1;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeTable
describe tbl;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeTable
describe catalog1.db1.tbl;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeTable
describe extended db1;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeTable
desc tbl;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeTable
desc catalog1.db1.tbl;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeTable
desc extended db1;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeModel
describe model mdl;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeModel
describe model catalog1.db1.mdl;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeModel
desc model mdl;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeModel
desc model catalog1.db1.mdl;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeFunction
describe function fn;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeFunction
describe function catalog1.db1.fn;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeFunction
describe function extended fn;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeFunction
desc function fn;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeFunction
desc function catalog1.db1.fn;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeFunction
desc function extended fn;

-- @new-session
-- FlinkSqlParserImplTest.testShowColumns
show columns from tbl;

-- @new-session
-- FlinkSqlParserImplTest.testShowColumns
show columns in tbl;

-- @new-session
-- FlinkSqlParserImplTest.testShowColumns
show columns from db1.tbl;

-- @new-session
-- FlinkSqlParserImplTest.testShowColumns
show columns in db1.tbl;

-- @new-session
-- FlinkSqlParserImplTest.testShowColumns
show columns from catalog1.db1.tbl;

-- @new-session
-- FlinkSqlParserImplTest.testShowColumns
show columns in catalog1.db1.tbl;

-- @new-session
-- FlinkSqlParserImplTest.testShowColumns
show columns from tbl like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowColumns
show columns in tbl like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowColumns
show columns from db1.tbl like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowColumns
show columns in db1.tbl like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowColumns
show columns from catalog1.db1.tbl like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowColumns
show columns in catalog1.db1.tbl like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowColumns
show columns from tbl not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowColumns
show columns in tbl not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowColumns
show columns from db1.tbl not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowColumns
show columns in db1.tbl not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowColumns
show columns from catalog1.db1.tbl not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowColumns
show columns in catalog1.db1.tbl not like '%';

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTable
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTable
alter table t1 rename to t2;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTable
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTable
alter table if exists t1 rename to t2;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTable
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTable
alter table c1.d1.t1 rename to t2;

-- FlinkSqlParserImplTest.testAlterTable
alter table if exists c1.d1.t1 rename to t2;

-- FlinkSqlParserImplTest.testAlterTable
alter table t1 set ('key1'='value1');

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTable
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTable
alter table if exists t1 set ('key1'='value1');

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTable
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTable
alter table t1 add constraint ct1 primary key(a, b);

-- FlinkSqlParserImplTest.testAlterTable
alter table t1 add constraint ct1 primary key(a, b) not enforced;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTable
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTable
alter table if exists t1 add constraint ct1 primary key(a, b) not enforced;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTable
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTable
alter table t1 add unique(a, b);

-- FlinkSqlParserImplTest.testAlterTable
alter table if exists t1 add unique(a, b);

-- FlinkSqlParserImplTest.testAlterTable
alter table t1 drop constraint ct1;

-- FlinkSqlParserImplTest.testAlterTable
alter table if exists t1 drop constraint ct1;

-- FlinkSqlParserImplTest.testAlterTable
alter table t1 rename a to b;

-- FlinkSqlParserImplTest.testAlterTable
alter table if exists t1 rename a to b;

-- FlinkSqlParserImplTest.testAlterTable
alter table if exists t1 rename a.x to a.y;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddNestedColumn
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddNestedColumn
alter table t1 add new_column array<row(f0 int, f1 bigint)> comment 'new_column docs';

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddNestedColumn
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddNestedColumn
alter table t1 add (new_row row(f0 int, f1 bigint) comment 'new_column docs', f2 as new_row.f0 + 1);

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddNestedColumn
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddNestedColumn
alter table t1 add (new_row.f2 array<int>);

-- FlinkSqlParserImplTest.testAlterTableAddNestedColumn
alter table t1 add (new_row.f2 array<int> after new_row.f0);

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddSingleColumn
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddSingleColumn
alter table if exists t1 add new_column int not null;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddSingleColumn
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddSingleColumn
alter table t1 add new_column string comment 'new_column docs';

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddSingleColumn
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddSingleColumn
alter table t1 add new_column string comment 'new_column docs' first;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddSingleColumn
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddSingleColumn
alter table t1 add new_column string comment 'new_column docs' after id;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddSingleColumn
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddSingleColumn
alter table t1 add col_int as col_a - col_b after col_b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddSingleColumn
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddSingleColumn
alter table t1 add col_int int metadata from 'mk1' virtual comment 'comment_metadata' after col_b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddWatermark
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddWatermark
alter table if exists t1 add watermark for ts as ts;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddWatermark
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddWatermark
alter table t1 add watermark for ts as ts - interval '1' second;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddWatermark
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddWatermark
alter table default_database.t1 add watermark for ts as ts - interval '1' second;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddWatermark
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddWatermark
alter table default_catalog.default_database.t1 add watermark for ts as ts - interval '1' second;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddWatermark
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddWatermark
alter table default_catalog.default_database.t1 add (
watermark for ts as ts - interval '1' second,
watermark for f1 as now()
);

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddDistribution
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddDistribution
alter table t1 add DISTRIBUTION BY HASH(a) INTO 6 BUCKETS;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddDistribution
CREATE TABLE t1 (a INT, h INT, b BIGINT) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testAlterTableAddDistribution
CREATE TABLE tbl1 (a INT, h INT, b BIGINT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddDistribution
alter table t1 add DISTRIBUTION BY HASH(a, h) INTO 6 BUCKETS;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddDistribution
CREATE TABLE t1 (a INT, h INT, b BIGINT) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testAlterTableAddDistribution
CREATE TABLE tbl1 (a INT, h INT, b BIGINT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddDistribution
alter table tbl1 add DISTRIBUTION BY RANGE(a, h) INTO 6 BUCKETS;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddDistribution
CREATE TABLE t1 (a INT, h INT, b BIGINT) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testAlterTableAddDistribution
CREATE TABLE tbl1 (a INT, h INT, b BIGINT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddDistribution
alter table tbl1 add DISTRIBUTION BY RANDOM(a, h) INTO 6 BUCKETS;

-- FlinkSqlParserImplTest.testAlterTableAddDistribution
alter table tbl1 add DISTRIBUTION BY (a, h) INTO 6 BUCKETS;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddDistribution
CREATE TABLE t1 (a INT, h INT, b BIGINT) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testAlterTableAddDistribution
CREATE TABLE tbl1 (a INT, h INT, b BIGINT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddDistribution
alter table tbl1 add DISTRIBUTION BY RANGE(a, h);

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddDistribution
CREATE TABLE t1 (a INT, h INT, b BIGINT) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testAlterTableAddDistribution
CREATE TABLE tbl1 (a INT, h INT, b BIGINT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddDistribution
alter table tbl1 add DISTRIBUTION BY (a, h);

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableModifyDistribution
CREATE TABLE t1 (a INT, h INT, b BIGINT) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testAlterTableModifyDistribution
CREATE TABLE tbl1 (a INT, h INT, b BIGINT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableModifyDistribution
alter table t1 modify DISTRIBUTION BY HASH(a) INTO 6 BUCKETS;

-- FlinkSqlParserImplTest.testAlterTableModifyDistribution
alter table tbl1 modify DISTRIBUTION BY HASH(a, h) INTO 6 BUCKETS;

-- FlinkSqlParserImplTest.testAlterTableModifyDistribution
alter table tbl1 modify DISTRIBUTION BY RANGE(a, h) INTO 6 BUCKETS;

-- FlinkSqlParserImplTest.testAlterTableModifyDistribution
alter table tbl1 modify DISTRIBUTION BY RANDOM(a, h) INTO 6 BUCKETS;

-- FlinkSqlParserImplTest.testAlterTableModifyDistribution
alter table tbl1 modify DISTRIBUTION BY (a, h) INTO 6 BUCKETS;

-- FlinkSqlParserImplTest.testAlterTableModifyDistribution
alter table tbl1 modify DISTRIBUTION BY RANGE(a, h);

-- FlinkSqlParserImplTest.testAlterTableModifyDistribution
alter table tbl1 modify DISTRIBUTION BY (a, h);

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableDropDistribution
CREATE TABLE t1 (a INT, h INT, b BIGINT) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testAlterTableDropDistribution
CREATE TABLE tbl1 (a INT, h INT, b BIGINT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableDropDistribution
alter table t1 drop DISTRIBUTION;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableAddMultipleColumn
CREATE TABLE t1 (a INT, b BIGINT, c STRING, id INT, col_a INT, col_b INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableAddMultipleColumn
alter table t1 add (
col_int int,
log_ts string comment 'log timestamp string' first,
ts AS to_timestamp(log_ts) after log_ts,
col_meta int metadata from 'mk1' virtual comment 'comment_str' after col_b,
primary key (id) not enforced,
unique(a, b),
watermark for ts as ts - interval '3' second
);

-- FlinkSqlParserImplTest.testAlterTableAddMultipleColumn
alter table t1 add (
col_int int primary key not enforced,
log_ts string comment 'log timestamp string' first,
ts AS to_timestamp(log_ts) after log_ts,
col_meta int metadata from 'mk1' virtual comment 'comment_str' after col_b,
primary key (id) not enforced,
unique (a, b),
watermark for ts as ts - interval '3' second
);

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableModifySingleColumn
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableModifySingleColumn
alter table if exists t1 modify new_column string comment 'new_column docs';

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableModifySingleColumn
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableModifySingleColumn
alter table t1 modify new_column string comment 'new_column docs';

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableModifySingleColumn
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableModifySingleColumn
alter table t1 modify new_column string comment 'new_column docs' first;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableModifySingleColumn
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableModifySingleColumn
alter table t1 modify new_column string comment 'new_column docs' after id;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableModifySingleColumn
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableModifySingleColumn
alter table t1 modify new_column array<string not null> not null;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableModifySingleColumn
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableModifySingleColumn
alter table t1 modify col_int as col_a - col_b after col_b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableModifySingleColumn
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableModifySingleColumn
alter table t1 modify col_int int metadata from 'mk1' virtual comment 'comment_metadata' after col_b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableModifySingleColumn
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableModifySingleColumn
alter table t1 modify row_column.f0 int not null comment 'change nullability';

-- FlinkSqlParserImplTest.testAlterTableModifySingleColumn
alter table t1 modify row_column.f0 int after row_column.f2;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableModifyWatermark
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableModifyWatermark
alter table if exists t1 modify watermark for ts as ts;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableModifyWatermark
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableModifyWatermark
alter table t1 modify watermark for ts as ts - interval '1' second;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableModifyWatermark
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableModifyWatermark
alter table default_database.t1 modify watermark for ts as ts - interval '1' second;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableModifyWatermark
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableModifyWatermark
alter table default_catalog.default_database.t1 modify watermark for ts as ts - interval '1' second;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableModifyWatermark
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableModifyWatermark
alter table default_catalog.default_database.t1 modify (
watermark for ts as ts - interval '1' second,
watermark for f1 as now()
);

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableModifyConstraint
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableModifyConstraint
alter table t1 modify constraint ct1 primary key(a, b) not enforced;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableModifyConstraint
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableModifyConstraint
alter table t1 modify unique(a, b);

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableModifyMultipleColumn
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableModifyMultipleColumn
alter table t1 modify (
col_int int,
log_ts string comment 'log timestamp string' first,
ts AS to_timestamp(log_ts) after log_ts,
col_meta int metadata from 'mk1' virtual comment 'comment_str' after col_b,
primary key (id) not enforced,
unique(a, b),
watermark for ts as ts - interval '3' second
);

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableDropSingleColumn
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableDropSingleColumn
alter table if exists t1 drop id;

-- FlinkSqlParserImplTest.testAlterTableDropSingleColumn
alter table t1 drop id;

-- FlinkSqlParserImplTest.testAlterTableDropSingleColumn
alter table t1 drop (id);

-- FlinkSqlParserImplTest.testAlterTableDropSingleColumn
alter table t1 drop tuple.id;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableDropMultipleColumn
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableDropMultipleColumn
alter table if exists t1 drop (id, ts, tuple.f0, tuple.f1);

-- FlinkSqlParserImplTest.testAlterTableDropMultipleColumn
alter table t1 drop (id, ts, tuple.f0, tuple.f1);

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableDropPrimaryKey
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableDropPrimaryKey
alter table if exists t1 drop primary key;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableDropPrimaryKey
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableDropPrimaryKey
alter table t1 drop primary key;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableDropConstraint
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableDropConstraint
alter table if exists t1 drop constraint ct;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableDropConstraint
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableDropConstraint
alter table t1 drop constraint ct;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableDropConstraint
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableDropConstraint
alter table t1 drop constraint;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableDropWatermark
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableDropWatermark
alter table if exists t1 drop watermark;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableDropWatermark
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableDropWatermark
alter table t1 drop watermark;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableReset
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableReset
alter table if exists t1 reset ('key1');

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableReset
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableReset
alter table t1 reset ('key1');

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableReset
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableReset
alter table t1 reset ('key1', 'key2');

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterTableReset
CREATE TABLE t1 (a INT, b BIGINT, id INT, col_a INT, col_b INT, col_int INT, new_column STRING, ts TIMESTAMP(3), log_ts STRING, row_column ROW<f0 INT, f1 INT, f2 INT>, `tuple` ROW<id INT, f0 INT, f1 INT>, CONSTRAINT ct PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testAlterTableReset
alter table t1 reset();

-- @new-session
-- setup for FlinkSqlParserImplTest.testAddPartition
CREATE TABLE tbl (a INT, p INT, p1 STRING, p2 INT) PARTITIONED BY (p, p1, p2) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-tbl', 'format' = 'csv');

-- FlinkSqlParserImplTest.testAddPartition
alter table c1.d1.tbl add partition (p1=1,p2='a');

-- FlinkSqlParserImplTest.testAddPartition
alter table tbl add partition (p1=1,p2='a') with ('k1'='v1');

-- FlinkSqlParserImplTest.testAddPartition
alter table tbl add if not exists partition (p=1) partition (p=2) with ('k1' = 'v1');

-- @new-session
-- setup for FlinkSqlParserImplTest.testDropPartition
CREATE TABLE tbl (a INT, p INT, p1 STRING, p2 INT) PARTITIONED BY (p, p1, p2) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-tbl', 'format' = 'csv');

-- FlinkSqlParserImplTest.testDropPartition
alter table c1.d1.tbl drop if exists partition (p=1);

-- FlinkSqlParserImplTest.testDropPartition
alter table tbl drop partition (p1='a',p2=1), partition(p1='b',p2=2);

-- FlinkSqlParserImplTest.testDropPartition
alter table tbl drop partition (p1='a',p2=1), partition(p1='b',p2=2), partition(p1='c',p2=3);
