-- source: apache/flink flink-table/flink-sql-gateway/src/test/resources/sql/catalog_database.q

use non_existing_db;

use catalog non_existing_catalog;

create catalog invalid.cat with ('type'='generic_in_memory');

create database my.db;

create catalog c1 with ('type'='generic_in_memory');

show catalogs;

show current catalog;

use catalog c1;

show current catalog;

drop catalog default_catalog;

create database db1;

show databases;

show current database;

use db1;

show current database;

create database db2 comment 'db2_comment' with ('k1' = 'v1');

alter database db2 set ('k1' = 'a', 'k2' = 'b');

show databases;

drop database if exists db2;

show databases;

create catalog `mod` with ('type'='generic_in_memory');

use catalog `mod`;

use `default`;

drop database `default`;

drop catalog `mod`;

use catalog `c1`;

drop catalog `mod`;

use catalog hivecatalog;

create table MyTable1 (a int, b string) with ('connector' = 'values');

create table MyTable2 (a int, b string) with ('connector' = 'values');

show tables;

show views;

create view MyView1 as select 1 + 1;

create view MyView2 as select 1 + 1;

show views;

-- test create with full qualified name
create table c1.db1.MyTable3 (a int, b string) with ('connector' = 'values');

create table c1.db1.MyTable4 (a int, b string) with ('connector' = 'values');

create view c1.db1.MyView3 as select 1 + 1;

create view c1.db1.MyView4 as select 1 + 1;

use catalog c1;

use db1;

show tables;

show views;

-- test create with database name
create table `default`.MyTable5 (a int, b string) with ('connector' = 'values');

create table `default`.MyTable6 (a int, b string) with ('connector' = 'values');

create view `default`.MyView5 as select 1 + 1;

create view `default`.MyView6 as select 1 + 1;

use `default`;

show tables;

show views;

drop table db1.MyTable3;

drop view db1.MyView3;

use db1;

show tables;

show views;

drop table c1.`default`.MyTable6;

drop view c1.`default`.MyView6;

use `default`;

show tables;

show views;

create table MyTable7 (a int, b string) with ('connector' = 'values');

show tables;

reset;

drop table MyTable5;

show tables;

create catalog catalog1 with ('type'='generic_in_memory');

create database catalog1.db1;

create table catalog1.db1.person (a int, b string) with ('connector' = 'datagen');

create table catalog1.db1.dim (a int, b string) with ('connector' = 'datagen');

create table catalog1.db1.address (a int, b string) with ('connector' = 'datagen');

create view catalog1.db1.v_person as select * from catalog1.db1.person;

show tables from catalog1.db1;

show tables from catalog1.db1 like '%person%';

show tables in catalog1.db1 not like '%person%';

use catalog catalog1;

show tables from db1 like 'p_r%';
