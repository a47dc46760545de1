-- source: apache/flink flink-table/flink-sql-client/src/test/resources/sql/function.q
-- (ADD JAR / REMOVE JAR / USING JAR statements with the test's UDF jar are left out)

SHOW JARS;

-- this also tests user classloader because the LowerUDF is in user jar
create function func1 as 'LowerUDF' LANGUAGE JAVA;

show user functions;

show user functions like 'func%';

show user functions ilike 'func%';

SET 'sql-client.execution.result-mode' = 'tableau';

-- run a query to verify the registered UDF works
SELECT id, func1(str) FROM (VALUES (1, 'Hello World'), (2, 'Hi')) as T(id, str);

create temporary function if not exists func2 as 'LowerUDF' LANGUAGE JAVA;

show user functions;

show user functions like 'func1%';

show user functions ilike 'func2%';

create catalog c1 with ('type'='generic_in_memory');

use catalog c1;

create database db;

use catalog default_catalog;

create function c1.db.func3 as 'LowerUDF' LANGUAGE JAVA;

create temporary function if not exists c1.db.func4 as 'LowerUDF' LANGUAGE JAVA;

show user functions;

show user functions from c1.db;

show user functions from c1.db like 'func3%';

show user functions in c1.db ilike 'FUNC3%';

use catalog c1;

use db;

show user functions;

-- test create function with database name
create function `default`.func5 as 'LowerUDF';

create function `default`.func6 as 'LowerUDF';

use `default`;

show user functions;

create function c1.db.func10 as 'LowerUDF';

create function c1.db.func11 as 'LowerUDF';

drop function if exists c1.db.func10;

use catalog c1;

use db;

drop function if exists non_func;

show user functions;

alter function func11 as 'org.apache.flink.table.client.gateway.local.ExecutorImplITCase$TestScalaFunction';

create temporary function tmp_func as 'LowerUDF';

-- should throw unsupported error
alter temporary function tmp_func as 'org.apache.flink.table.client.gateway.local.ExecutorImplITCase$TestScalaFunction';

SHOW JARS;

show user functions;
