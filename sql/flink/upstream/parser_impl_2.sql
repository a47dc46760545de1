-- source: apache/flink flink-table/flink-sql-parser/src/test/java/org/apache/flink/sql/parser/FlinkSqlParserImplTest.java
-- Each parser test statement runs in a fresh session; where the test names tables, a 'setup' CREATE TABLE
-- (written for this corpus, not from upstream) precedes it. Calcite '^' error markers removed.

-- @new-session
-- FlinkSqlParserImplTest.testCreateTable
CREATE TABLE tbl1 (
  a bigint,
  h varchar, 
  g as 2 * (a + 1), 
  ts as toTimestamp(b, 'yyyy-MM-dd HH:mm:ss'), 
  b varchar,
  proc as PROCTIME(), 
  meta STRING METADATA, 
  my_meta STRING METADATA FROM 'meta', 
  my_meta STRING METADATA FROM 'meta' VIRTUAL, 
  meta STRING METADATA VIRTUAL, 
  PRIMARY KEY (a, b)
)
PARTITIONED BY (a, h)
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableUsingConnection
CREATE TABLE orders (
  order_id INT,
  customer_id INT,
  amount DECIMAL(10, 2)
) USING CONNECTION mycat.mydb.mysql_prod
WITH (
  'connector' = 'jdbc',
  'tables' = 'orders'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableUsingConnectionWithPartitionAndDistribution
CREATE TABLE tbl1 (
  a bigint,
  h varchar,
  b varchar
)
DISTRIBUTED BY HASH(a) INTO 3 BUCKETS
PARTITIONED BY (a, h)
USING CONNECTION cat1.db1.conn1
WITH (
  'connector' = 'jdbc'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableAsWithUsingConnectionFails
CREATE TABLE t1
USING CONNECTION cat1.db1.conn1
WITH ('connector' = 'jdbc')
AS SELECT 1 AS a;

-- @new-session
-- FlinkSqlParserImplTest.testReplaceTableAsWithUsingConnectionFails
REPLACE TABLE t1
USING CONNECTION cat1.db1.conn1
WITH ('connector' = 'jdbc')
AS SELECT 1 AS a;

-- @new-session
-- FlinkSqlParserImplTest.testCreateOrReplaceTableAsWithUsingConnectionFails
CREATE OR REPLACE TABLE t1
USING CONNECTION cat1.db1.conn1
WITH ('connector' = 'jdbc')
AS SELECT 1 AS a;

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableLikeUsingConnection
CREATE TABLE t1 (
  a INT
)
USING CONNECTION cat1.db1.conn1
WITH ('connector' = 'jdbc')
LIKE base_table;

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithDistribution
CREATE TABLE tbl1 (
  a bigint,
  h varchar, 
  b varchar,
  PRIMARY KEY (a, b)
)
DISTRIBUTED BY HASH(a, h) INTO 6 BUCKETS  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithRangeDistribution
CREATE TABLE tbl1 (
  a bigint,
  h varchar, 
  b varchar,
  PRIMARY KEY (a, b)
)
DISTRIBUTED BY RANGE(a, h) INTO 6 BUCKETS
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithRandomDistribution
CREATE TABLE tbl1 (
  a bigint,
  h varchar, 
  b varchar,
  PRIMARY KEY (a, b)
)
DISTRIBUTED BY RANDOM(a, h) INTO 6 BUCKETS
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithDistributionNoAlgorithm
CREATE TABLE tbl1 (
  a bigint,
  h varchar, 
  b varchar,
  PRIMARY KEY (a, b)
)
DISTRIBUTED BY (a, h) INTO 6 BUCKETS
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithDistributionAlgorithmWithoutBuckets
CREATE TABLE tbl1 (
  a bigint,
  h varchar, 
  b varchar,
  PRIMARY KEY (a, b)
)
DISTRIBUTED BY RANGE(a, h)
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithDistributionNoAlgorithmWithoutBuckets
CREATE TABLE tbl1 (
  a bigint,
  h varchar, 
  b varchar,
  PRIMARY KEY (a, b)
)
DISTRIBUTED BY (a, h)
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithDistributionIntoBuckets
CREATE TABLE tbl1 (
  a bigint,
  h varchar, 
  b varchar,
  PRIMARY KEY (a, b)
)
DISTRIBUTED INTO 3 BUCKETS
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithDistributionIntoNegativeBuckets
CREATE TABLE tbl1 (
  a bigint,
  h varchar, 
  b varchar,
  PRIMARY KEY (a, b)
)
DISTRIBUTED INTO -3 BUCKETS
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithDistributionIntoDecimalBuckets
CREATE TABLE tbl1 (
  a bigint,
  h varchar, 
  b varchar,
  PRIMARY KEY (a, b)
)
DISTRIBUTED INTO 3.2 BUCKETS
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithBadDistribution
CREATE TABLE tbl1 (
  a bigint,
  h varchar, 
  g as 2 * (a + 1), 
  ts as toTimestamp(b, 'yyyy-MM-dd HH:mm:ss'), 
  b varchar,
  proc as PROCTIME(), 
  meta STRING METADATA, 
  my_meta STRING METADATA FROM 'meta', 
  my_meta STRING METADATA FROM 'meta' VIRTUAL, 
  meta STRING METADATA VIRTUAL, 
  PRIMARY KEY (a, b)
)
DISTRIBUTED 
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithDistributionIfNotExists
CREATE TABLE if not exists tbl1 (
  a bigint,
  h varchar, 
  PRIMARY KEY (a, b)
)
DISTRIBUTED BY HASH(a, h) INTO 6 BUCKETS  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableIfNotExists
CREATE TABLE IF NOT EXISTS tbl1 (
  a bigint,
  h varchar, 
  PRIMARY KEY (a, b)
)
PARTITIONED BY (a, h)
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithComment
CREATE TABLE tbl1 (
  a bigint comment 'test column comment AAA.',
  h varchar, 
  g as 2 * (a + 1), 
  ts as toTimestamp(b, 'yyyy-MM-dd HH:mm:ss'), 
  b varchar,
  proc as PROCTIME(), 
  meta STRING METADATA COMMENT 'c1', 
  my_meta STRING METADATA FROM 'meta' COMMENT 'c2', 
  my_meta STRING METADATA FROM 'meta' VIRTUAL COMMENT 'c3', 
  meta STRING METADATA VIRTUAL COMMENT 'c4', 
  PRIMARY KEY (a, b)
)
comment 'test table comment ABC.'
PARTITIONED BY (a, h)
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithCommentOnComputedColumn
CREATE TABLE tbl1 (
  a bigint comment 'test column comment AAA.',
  h varchar, 
  g as 2 * (a + 1) comment 'test computed column.', 
  ts as toTimestamp(b, 'yyyy-MM-dd HH:mm:ss'), 
  b varchar,
  proc as PROCTIME(), 
  PRIMARY KEY (a, b)
)
comment 'test table comment ABC.'
PARTITIONED BY (a, h)
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testTableConstraints
CREATE TABLE tbl1 (
  a bigint,
  h varchar, 
  g as 2 * (a + 1),
  ts as toTimestamp(b, 'yyyy-MM-dd HH:mm:ss'),
  b varchar,
  proc as PROCTIME(),
  PRIMARY KEY (a, b),
  UNIQUE (h, g)
) with (
  'connector' = 'kafka',
  'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testTableConstraints
CREATE TABLE tbl1 (
  a bigint,
  h varchar, 
  g as 2 * (a + 1),
  ts as toTimestamp(b, 'yyyy-MM-dd HH:mm:ss'),
  b varchar,
  proc as PROCTIME(),
  PRIMARY KEY (a, b) NOT ENFORCED,
  UNIQUE (h, g)
) with (
  'connector' = 'kafka',
  'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testTableConstraints
CREATE TABLE tbl1 (
  a bigint,
  h varchar, 
  g as 2 * (a + 1),
  ts as toTimestamp(b, 'yyyy-MM-dd HH:mm:ss'),
  b varchar,
  proc as PROCTIME(),
  PRIMARY KEY (a, b) NOT ENFORCED
) with (
  'connector' = 'kafka',
  'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testColumnConstraints
CREATE TABLE tbl1 (
  a bigint primary key,
  h varchar unique,
  g as 2 * (a + 1),
  ts as toTimestamp(b, 'yyyy-MM-dd HH:mm:ss'),
  b varchar,
  proc as PROCTIME()
) with (
  'connector' = 'kafka',
  'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testColumnConstraints
CREATE TABLE tbl1 (
  a bigint primary key not enforced,
  h varchar unique,
  g as 2 * (a + 1),
  ts as toTimestamp(b, 'yyyy-MM-dd HH:mm:ss'),
  b varchar,
  proc as PROCTIME()
) with (
  'connector' = 'kafka',
  'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testColumnConstraints
CREATE TABLE tbl1 (
  a bigint primary key not enforced,
  h varchar,
  g as 2 * (a + 1),
  ts as toTimestamp(b, 'yyyy-MM-dd HH:mm:ss'),
  b varchar,
  proc as PROCTIME()
) with (
  'connector' = 'kafka',
  'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testUniqueTableConstraint
CREATE TABLE tbl1 (
  a bigint,
  h varchar, 
  g as 2 * (a + 1),
  ts as toTimestamp(b, 'yyyy-MM-dd HH:mm:ss'),
  b varchar,
  proc as PROCTIME(),
  PRIMARY KEY (a, b) NOT ENFORCED,
  UNIQUE (h, g)
) with (
  'connector' = 'kafka',
  'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testTableConstraintsWithEnforcement
CREATE TABLE tbl1 (
  a bigint primary key enforced comment 'test column comment AAA.',
  h varchar constraint ct1 unique not enforced,
  g as 2 * (a + 1), 
  ts as toTimestamp(b, 'yyyy-MM-dd HH:mm:ss'),
  b varchar constraint ct2 unique,
  proc as PROCTIME(),
  unique (g, ts) not enforced) with (
    'connector' = 'kafka',
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testDuplicatePk
CREATE TABLE tbl1 (
  a bigint comment 'test column comment AAA.',
  h varchar constraint ct1 primary key,
  g as 2 * (a + 1), 
  ts as toTimestamp(b, 'yyyy-MM-dd HH:mm:ss'),
  b varchar,
  proc as PROCTIME(),
  constraint ct2 primary key (b, h)) with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithWatermark
CREATE TABLE tbl1 (
  ts timestamp(3),
  id varchar, 
  watermark FOR ts AS ts - interval '3' second
)
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithWatermarkOnComputedColumn
CREATE TABLE tbl1 (
  log_ts varchar,
  ts as to_timestamp(log_ts), 
  WATERMARK FOR ts AS ts + interval '1' second
)
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithWatermarkOnNestedField
CREATE TABLE tbl1 (
  f1 row<q1 bigint, q2 row<t1 timestamp, t2 varchar>, q3 boolean>,
  WATERMARK FOR f1.q2.t1 AS NOW()
)
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithMultipleWatermark
CREATE TABLE tbl1 (
  f0 bigint,
  f1 varchar,
  f2 boolean,
  WATERMARK FOR f0 AS NOW(),
  WATERMARK FOR f1 AS NOW()
)
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithQueryWatermarkExpression
CREATE TABLE tbl1 (
  f0 bigint,
  f1 varchar,
  f2 boolean,
  WATERMARK FOR f0 AS (SELECT f1 FROM tbl1)
)
  with (
    'connector' = 'kafka', 
    'kafka.topic' = 'log.test'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithComplexType
CREATE TABLE tbl1 (
  a ARRAY<bigint>, 
  b MAP<int, varchar>,
  c ROW<cc0 int, cc1 float, cc2 varchar>,
  d MULTISET<varchar>,
  PRIMARY KEY (a, b) 
) with (
  'x' = 'y', 
  'asd' = 'data'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithNestedComplexType
CREATE TABLE tbl1 (
  a ARRAY<ARRAY<bigint>>, 
  b MAP<MAP<int, varchar>, ARRAY<varchar>>,
  c ROW<cc0 ARRAY<int>, cc1 float, cc2 varchar>,
  d MULTISET<ARRAY<int>>,
  PRIMARY KEY (a, b) 
) with (
  'x' = 'y', 
  'asd' = 'data'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithUserDefinedType
create table t(
  a catalog1.db1.MyType1,
  b db2.MyType2
) with (
  'k1' = 'v1',
  'k2' = 'v2'
);

-- @new-session
-- FlinkSqlParserImplTest.testInvalidComputedColumn
CREATE TABLE t1 (
  a bigint, 
  b varchar,
  toTimestamp(b, 'yyyy-MM-dd HH:mm:ss'), 
  PRIMARY KEY (a, b) 
) with (
  'x' = 'y', 
  'asd' = 'data'
);

-- @new-session
-- FlinkSqlParserImplTest.testInvalidComputedColumn
CREATE TABLE t1 (
  a bigint, 
  b varchar,
  c as (select max(d) from t2), 
  PRIMARY KEY (a, b) 
) with (
  'x' = 'y', 
  'asd' = 'data'
);

-- @new-session
-- FlinkSqlParserImplTest.testColumnSqlString
CREATE TABLE sls_stream (
  a bigint, 
  f as a + 1, 
  b varchar,
  ts as toTimestamp(b, 'yyyy-MM-dd HH:mm:ss'), 
  proc as PROCTIME(),
  c int,
  PRIMARY KEY (a, b) 
) with (
  'x' = 'y', 
  'asd' = 'data'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithMinusInOptionKey
create table source_table(
  a int,
  b bigint,
  c string
) with (
  'a-b-c-d124' = 'ab',
  'a.b.1.c' = 'aabb',
  'a.b-c-connector.e-f.g' = 'ada',
  'a.b-c-d.e-1231.g' = 'ada',
  'a.b-c-d.*' = 'adad');

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithOptionKeyAsIdentifier
create table source_table(
  a int,
  b bigint,
  c string
) with (
  a.b.c = 'ab',
  a.b.c1 = 'aabb');

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateTableLikeWithoutOption
CREATE TABLE parent_table (x INT, y STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateTableLikeWithoutOption
create table source_table(
  a int,
  b bigint,
  c string
)
LIKE parent_table;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateTableLikeWithConstraints
CREATE TABLE parent_table (x INT, y STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateTableLikeWithConstraints
create table source_table(
  a int primary key,
  b bigint,
  c string
)
LIKE parent_table;

-- FlinkSqlParserImplTest.testCreateTableLikeWithConstraints
create table source_table(
  a int primary key,
  b bigint,
  c string,
  primary key(a) not enforced
)
LIKE parent_table;

-- FlinkSqlParserImplTest.testCreateTableLikeWithConstraints
create table source_table(
  a int,
  b bigint,
  c string,
  unique (a)
)
LIKE parent_table;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateTableWithLikeClause
CREATE TABLE parent_table (x INT, y STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateTableWithLikeClause
create table source_table(
  a int,
  b bigint,
  c string
)
LIKE parent_table (
   INCLUDING ALL
   OVERWRITING OPTIONS
   EXCLUDING PARTITIONS
   INCLUDING GENERATED
   INCLUDING METADATA
);

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateTableWithLikeClauseIncludingDistribution
CREATE TABLE parent_table (x INT, y STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateTableWithLikeClauseIncludingDistribution
create table source_table(
  a int,
  b bigint,
  c string
)
LIKE parent_table (
   INCLUDING ALL
   OVERWRITING OPTIONS
   INCLUDING DISTRIBUTION
   EXCLUDING PARTITIONS
   INCLUDING GENERATED
   INCLUDING METADATA
);

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateTableWithLikeClauseExcludingDistribution
CREATE TABLE parent_table (x INT, y STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateTableWithLikeClauseExcludingDistribution
create table source_table(
  a int,
  b bigint,
  c string
)
LIKE parent_table (
   INCLUDING ALL
   OVERWRITING OPTIONS
   EXCLUDING DISTRIBUTION
   INCLUDING PARTITIONS
   INCLUDING GENERATED
   INCLUDING METADATA
);

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateTableWithLikeClauseWithoutColumns
CREATE TABLE t_order_course (id INT, ts TIMESTAMP(3), PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateTableWithLikeClauseWithoutColumns
create TEMPORARY table source_table (
   WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) with (
  'scan.startup.mode' = 'specific-offsets',
  'scan.startup.specific-offsets' = 'partition:0,offset:1169129'
) like t_order_course (
   OVERWRITING  WATERMARKS
   OVERWRITING OPTIONS
   EXCLUDING CONSTRAINTS
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTemporaryTable
create temporary table source_table(
  a int,
  b bigint,
  c string
) with (
  'x' = 'y',
  'abc' = 'def'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithNoColumns
create table source_table with (
  'x' = 'y',
  'abc' = 'def'
);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithOnlyWaterMark
create table source_table (
  watermark FOR ts AS ts - interval '3' second
) with (
  'x' = 'y',
  'abc' = 'def'
);

-- @new-session
-- FlinkSqlParserImplTest.testDropTable
DROP table catalog1.db1.tbl1;

-- @new-session
-- FlinkSqlParserImplTest.testDropIfExists
DROP table IF EXISTS catalog1.db1.tbl1;

-- @new-session
-- FlinkSqlParserImplTest.testTemporaryDropTable
DROP temporary table catalog1.db1.tbl1;

-- @new-session
-- FlinkSqlParserImplTest.testDropTemporaryIfExists
DROP temporary table IF EXISTS catalog1.db1.tbl1;

-- @new-session
-- setup for FlinkSqlParserImplTest.testInsertPartitionSpecs
CREATE TABLE emps (x STRING, y STRING, z BOOLEAN) PARTITIONED BY (x, y) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-emps', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testInsertPartitionSpecs
CREATE TABLE emp (empno STRING, ename STRING, job STRING, mgr INT, hiredate TIMESTAMP(3), sal INT, comm INT, deptno INT, slacker BOOLEAN) PARTITIONED BY (empno, job) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-emp', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testInsertPartitionSpecs
CREATE TABLE empnullables (empno INT, ename STRING) PARTITIONED BY (ename) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-empnullables', 'format' = 'csv');

-- FlinkSqlParserImplTest.testInsertPartitionSpecs
insert into emps partition (x='ab', y='bc') (x,y) select * from emps;

-- @new-session
-- setup for FlinkSqlParserImplTest.testInsertPartitionSpecs
CREATE TABLE emps (x STRING, y STRING, z BOOLEAN) PARTITIONED BY (x, y) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-emps', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testInsertPartitionSpecs
CREATE TABLE emp (empno STRING, ename STRING, job STRING, mgr INT, hiredate TIMESTAMP(3), sal INT, comm INT, deptno INT, slacker BOOLEAN) PARTITIONED BY (empno, job) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-emp', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testInsertPartitionSpecs
CREATE TABLE empnullables (empno INT, ename STRING) PARTITIONED BY (ename) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-empnullables', 'format' = 'csv');

-- FlinkSqlParserImplTest.testInsertPartitionSpecs
insert into emp
partition(empno='1', job='job')
(empno, ename, job, mgr, hiredate,
  sal, comm, deptno, slacker)
select 'nom', 0, timestamp '1970-01-01 00:00:00',
  1, 1, 1, false
from (values 'a');

-- FlinkSqlParserImplTest.testInsertPartitionSpecs
insert into empnullables
partition(ename='b')
(empno, ename)
select 1 from (values 'a');

-- @new-session
-- setup for FlinkSqlParserImplTest.testInsertCaseSensitivePartitionSpecs
CREATE TABLE emps (x STRING, y STRING, z BOOLEAN) PARTITIONED BY (x, y) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-emps', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testInsertCaseSensitivePartitionSpecs
CREATE TABLE emp (empno STRING, ename STRING, job STRING, mgr INT, hiredate TIMESTAMP(3), sal INT, comm INT, deptno INT, slacker BOOLEAN) PARTITIONED BY (empno, job) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-emp', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testInsertCaseSensitivePartitionSpecs
CREATE TABLE empnullables (empno INT, ename STRING) PARTITIONED BY (ename) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-empnullables', 'format' = 'csv');

-- FlinkSqlParserImplTest.testInsertCaseSensitivePartitionSpecs
insert into "emps" partition ("x"='ab', "y"='bc')("x","y") select * from emps;

-- @new-session
-- setup for FlinkSqlParserImplTest.testInsertExtendedColumnAsStaticPartition1
CREATE TABLE emps (x STRING, y STRING, z BOOLEAN) PARTITIONED BY (x, y) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-emps', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testInsertExtendedColumnAsStaticPartition1
CREATE TABLE emp (empno STRING, ename STRING, job STRING, mgr INT, hiredate TIMESTAMP(3), sal INT, comm INT, deptno INT, slacker BOOLEAN) PARTITIONED BY (empno, job) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-emp', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testInsertExtendedColumnAsStaticPartition1
CREATE TABLE empnullables (empno INT, ename STRING) PARTITIONED BY (ename) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-empnullables', 'format' = 'csv');

-- FlinkSqlParserImplTest.testInsertExtendedColumnAsStaticPartition1
insert into emps(z boolean) partition (z='ab') (x,y) select * from emps;

-- @new-session
-- setup for FlinkSqlParserImplTest.testInsertExtendedColumnAsStaticPartition2
CREATE TABLE emps (x STRING, y STRING, z BOOLEAN) PARTITIONED BY (x, y) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-emps', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testInsertExtendedColumnAsStaticPartition2
CREATE TABLE emp (empno STRING, ename STRING, job STRING, mgr INT, hiredate TIMESTAMP(3), sal INT, comm INT, deptno INT, slacker BOOLEAN) PARTITIONED BY (empno, job) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-emp', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testInsertExtendedColumnAsStaticPartition2
CREATE TABLE empnullables (empno INT, ename STRING) PARTITIONED BY (ename) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-empnullables', 'format' = 'csv');

-- FlinkSqlParserImplTest.testInsertExtendedColumnAsStaticPartition2
insert into emps(x, y, z boolean) partition (z='ab') select * from emps;

-- @new-session
-- setup for FlinkSqlParserImplTest.testInsertOverwrite
CREATE TABLE src (a INT, p1 STRING, p2 STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testInsertOverwrite
CREATE TABLE myTbl (a INT, p1 STRING, p2 STRING) PARTITIONED BY (p1, p2) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-mytbl', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testInsertOverwrite
CREATE TABLE t1 (a INT, p STRING) PARTITIONED BY (p) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-t1', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testInsertOverwrite
CREATE TABLE t2 (a INT, p STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testInsertOverwrite
INSERT OVERWRITE myDB.myTbl SELECT * FROM src;

-- FlinkSqlParserImplTest.testInsertOverwrite
INSERT OVERWRITE myTbl PARTITION (p1='v1',p2='v2') SELECT * FROM src;

-- @new-session
-- setup for FlinkSqlParserImplTest.testInvalidUpsertOverwrite
CREATE TABLE src (a INT, p1 STRING, p2 STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testInvalidUpsertOverwrite
CREATE TABLE myTbl (a INT, p1 STRING, p2 STRING) PARTITIONED BY (p1, p2) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-mytbl', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testInvalidUpsertOverwrite
CREATE TABLE t1 (a INT, p STRING) PARTITIONED BY (p) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-t1', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testInvalidUpsertOverwrite
CREATE TABLE t2 (a INT, p STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testInvalidUpsertOverwrite
UPSERT OVERWRITE myDB.myTbl SELECT * FROM src;

-- @new-session
-- setup for FlinkSqlParserImplTest.testInsertOnConflict
CREATE TABLE src (a INT, p1 STRING, p2 STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testInsertOnConflict
CREATE TABLE myTbl (a INT, p1 STRING, p2 STRING) PARTITIONED BY (p1, p2) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-mytbl', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testInsertOnConflict
CREATE TABLE t1 (a INT, p STRING) PARTITIONED BY (p) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-t1', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testInsertOnConflict
CREATE TABLE t2 (a INT, p STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testInsertOnConflict
INSERT INTO t1 SELECT * FROM t2 ON CONFLICT DO ERROR;

-- FlinkSqlParserImplTest.testInsertOnConflict
INSERT INTO t1 SELECT * FROM t2 ON CONFLICT DO NOTHING;

-- FlinkSqlParserImplTest.testInsertOnConflict
INSERT INTO t1 SELECT * FROM t2 ON CONFLICT DO DEDUPLICATE;

-- FlinkSqlParserImplTest.testInsertOnConflict
INSERT INTO t1 PARTITION (p='v') SELECT * FROM t2 ON CONFLICT DO ERROR;

-- FlinkSqlParserImplTest.testInsertOnConflict
INSERT OVERWRITE t1 SELECT * FROM t2 ON CONFLICT DO NOTHING;

-- FlinkSqlParserImplTest.testInsertOnConflict
INSERT INTO t1 SELECT * FROM t2 ON CONFLICT DO UPDATE;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateView
CREATE TABLE tbl (col1 INT, col2 STRING, col3 BIGINT, col4 DOUBLE) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateView
create view v as select col1 from tbl;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateViewWithInvalidFieldList
CREATE TABLE tbl (col1 INT, col2 STRING, col3 BIGINT, col4 DOUBLE) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateViewWithInvalidFieldList
CREATE VIEW V() AS SELECT * FROM TBL;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateViewWithComment
CREATE TABLE tbl (col1 INT, col2 STRING, col3 BIGINT, col4 DOUBLE) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateViewWithComment
create view v COMMENT 'this is a view' as select col1 from tbl;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateViewWithFieldNames
CREATE TABLE tbl (col1 INT, col2 STRING, col3 BIGINT, col4 DOUBLE) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateViewWithFieldNames
create view v(col1, col2) as select col3, col4 from tbl;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateViewWithInvalidName
CREATE TABLE tbl (col1 INT, col2 STRING, col3 BIGINT, col4 DOUBLE) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateViewWithInvalidName
create view v(*) COMMENT 'this is a view' as select col1 from tbl;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateTemporaryView
CREATE TABLE tbl (col1 INT, col2 STRING, col3 BIGINT, col4 DOUBLE) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateTemporaryView
create temporary view v as select col1 from tbl;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateTemporaryViewIfNotExists
CREATE TABLE tbl (col1 INT, col2 STRING, col3 BIGINT, col4 DOUBLE) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateTemporaryViewIfNotExists
create temporary view if not exists v as select col1 from tbl;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateViewIfNotExists
CREATE TABLE tbl (col1 INT, col2 STRING, col3 BIGINT, col4 DOUBLE) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateViewIfNotExists
create view if not exists v as select col1 from tbl;

-- @new-session
-- FlinkSqlParserImplTest.testDropView
DROP VIEW IF EXISTS view_name;

-- @new-session
-- FlinkSqlParserImplTest.testDropTemporaryView
DROP TEMPORARY VIEW IF EXISTS view_name;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterView
CREATE TABLE tbl (c1 INT, c2 STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testAlterView
CREATE VIEW v1 AS SELECT c1 FROM tbl;

-- FlinkSqlParserImplTest.testAlterView
ALTER VIEW v1 RENAME TO v2;

-- @new-session
-- setup for FlinkSqlParserImplTest.testAlterView
CREATE TABLE tbl (c1 INT, c2 STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testAlterView
CREATE VIEW v1 AS SELECT c1 FROM tbl;

-- FlinkSqlParserImplTest.testAlterView
ALTER VIEW v1 AS SELECT c1, c2 FROM tbl;

-- @new-session
-- FlinkSqlParserImplTest.testShowViews
show views;

-- @new-session
-- FlinkSqlParserImplTest.testShowViews
show views not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowViews
show views from db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowViews
show views in db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowViews
show views from catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowViews
show views in catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowViews
show views from db1 like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowViews
show views in db1 like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowViews
show views from catalog1.db1 like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowViews
show views in catalog1.db1 like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowViews
show views from db1 not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowViews
show views in db1 not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowViews
show views from catalog1.db1 not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowViews
show views in catalog1.db1 not like '%';

-- @new-session
-- FlinkSqlParserImplTest.testShowViews
show views db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowViews
show views catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowViews
show views search db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowViews
show views from db1 likes '%t';

-- @new-session
-- setup for FlinkSqlParserImplTest.testShowPartitions
CREATE TABLE tbl (a INT, p INT) PARTITIONED BY (p) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-tbl', 'format' = 'csv');

-- FlinkSqlParserImplTest.testShowPartitions
show partitions c1.d1.tbl;

-- FlinkSqlParserImplTest.testShowPartitions
show partitions tbl partition (p=1);

-- @new-session
-- FlinkSqlParserImplTest.testCreateTableWithNakedTableName
CREATE TABLE tbl1;

-- @new-session
-- FlinkSqlParserImplTest.testCreateViewWithEmptyFields
CREATE VIEW v1 AS SELECT 1;

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create function catalog1.db1.function1 as 'org.apache.flink.function.function1';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary function catalog1.db1.function1 as 'org.apache.flink.function.function1';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary function db1.function1 as 'org.apache.flink.function.function1';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary function function1 as 'org.apache.flink.function.function1';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary function if not exists catalog1.db1.function1 as 'org.apache.flink.function.function1';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary function function1 as 'org.apache.flink.function.function1' language java;

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary system function  function1 as 'org.apache.flink.function.function1' language scala;

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary system function catalog1.db1.function1 as 'org.apache.flink.function.function1';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create system function function1 as 'org.apache.flink.function.function1';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary function function1 as 'org.apache.flink.function.function1' language java using JAR 'file:///path/to/test.jar';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary function function1 as 'org.apache.flink.function.function1' language scala using JAR '/path/to/test.jar';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary system function function1 as 'org.apache.flink.function.function1' language scala using JAR '/path/to/test.jar';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create function function1 as 'org.apache.flink.function.function1' language java using JAR 'file:///path/to/test.jar', jar 'hdfs:///path/to/test2.jar';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary function function1 as 'org.apache.flink.function.function1' language sql using JAR 'file:///path/to/test.jar';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary function function1 as 'org.apache.flink.function.function1' language python using JAR 'file:///path/to/test.jar';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create function function1 as 'org.apache.flink.function.function1' language java using JAR 'file:///path/to/test.jar' WITH ('k1' = 'v1', 'k2' = 'v2');

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary function function1 as 'org.apache.flink.function.function1' language java using JAR 'file:///path/to/test.jar' WITH ('k1' = 'v1', 'k2' = 'v2');

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary function function1 as 'org.apache.flink.function.function1' language java using ARTIFACT 'file:///path/to/test.jar';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary function function1 as 'org.apache.flink.function.function1' language scala using ARTIFACT '/path/to/test.jar';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary system function function1 as 'org.apache.flink.function.function1' language scala using ARTIFACT '/path/to/test.jar';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create function function1 as 'org.apache.flink.function.function1' language java using ARTIFACT 'file:///path/to/test.jar', jar 'hdfs:///path/to/test2.jar';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary function function1 as 'org.apache.flink.function.function1' language sql using ARTIFACT 'file:///path/to/test.jar';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary function function1 as 'org.apache.flink.function.function1' language python using ARTIFACT 'file:///path/to/test.jar';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create function function1 as 'org.apache.flink.function.function1' language java using ARTIFACT 'file:///path/to/test.jar' WITH ('k1' = 'v1', 'k2' = 'v2');

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary function function1 as 'org.apache.flink.function.function1' language java using ARTIFACT 'file:///path/to/test.jar' WITH ('k1' = 'v1', 'k2' = 'v2');

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create function function1 as 'org.apache.flink.function.function1' language java using jar 'file:///path/to/test.jar', artifact 'hdfs:///path/to/test2.jar';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create function function1 as 'org.apache.flink.function.function1' language java using artifact 'file:///path/to/test.jar', jar 'hdfs:///path/to/test2.jar';

-- @new-session
-- FlinkSqlParserImplTest.testCreateFunction
create temporary function function1 as 'org.apache.flink.function.function1' language java using file 'file:///path/to/test';

-- @new-session
-- FlinkSqlParserImplTest.testDropTemporaryFunction
drop temporary function catalog1.db1.function1;

-- @new-session
-- FlinkSqlParserImplTest.testDropTemporaryFunction
drop temporary system function catalog1.db1.function1;

-- @new-session
-- FlinkSqlParserImplTest.testDropTemporaryFunction
drop temporary function if exists catalog1.db1.function1;

-- @new-session
-- FlinkSqlParserImplTest.testDropTemporaryFunction
drop temporary system function if exists catalog1.db1.function1;

-- @new-session
-- FlinkSqlParserImplTest.testLoadModule
load module core;

-- @new-session
-- FlinkSqlParserImplTest.testLoadModule
load module dummy with ('k1' = 'v1', 'k2' = 'v2');

-- @new-session
-- FlinkSqlParserImplTest.testLoadModule
load module 'core';

-- @new-session
-- FlinkSqlParserImplTest.testUnloadModule
unload module core;

-- @new-session
-- FlinkSqlParserImplTest.testUnloadModule
unload module 'core';

-- @new-session
-- FlinkSqlParserImplTest.testUseModules
use modules core;

-- @new-session
-- FlinkSqlParserImplTest.testUseModules
use modules x, y, z;

-- @new-session
-- FlinkSqlParserImplTest.testUseModules
use modules x,;

-- @new-session
-- FlinkSqlParserImplTest.testUseModules
use modules 'core';

-- @new-session
-- FlinkSqlParserImplTest.testShowModules
show modules;

-- @new-session
-- FlinkSqlParserImplTest.testShowModules
show full modules;

-- @new-session
-- FlinkSqlParserImplTest.testBeginStatementSet
begin statement set;

-- @new-session
-- FlinkSqlParserImplTest.testEnd
end;

-- @new-session
-- setup for FlinkSqlParserImplTest.testExecuteStatementSet
CREATE TABLE t1 (a INT) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExecuteStatementSet
CREATE TABLE t2 (a INT) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-t2', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testExecuteStatementSet
CREATE TABLE t3 (a INT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExecuteStatementSet
execute statement set begin insert into t1 select * from t2; insert into t2 select * from t3; end;

-- @new-session
-- setup for FlinkSqlParserImplTest.testExplainStatementSet
CREATE TABLE t1 (a INT) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExplainStatementSet
CREATE TABLE t2 (a INT) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-t2', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testExplainStatementSet
CREATE TABLE t3 (a INT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExplainStatementSet
explain statement set begin insert into t1 select * from t2; insert into t2 select * from t3; end;

-- @new-session
-- setup for FlinkSqlParserImplTest.testExplainExecuteStatementSet
CREATE TABLE t1 (a INT) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExplainExecuteStatementSet
CREATE TABLE t2 (a INT) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-t2', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testExplainExecuteStatementSet
CREATE TABLE t3 (a INT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExplainExecuteStatementSet
explain execute statement set begin insert into t1 select * from t2; insert into t2 select * from t3; end;
