-- source: apache/flink flink-table/flink-sql-parser/src/test/java/org/apache/flink/sql/parser/MaterializedTableStatementParserTest.java
-- Each statement in a fresh session; 'setup' statements are written for this corpus.

-- @new-session
-- setup for MaterializedTableStatementParserTest.testCreateMaterializedTable
CREATE TABLE source (a INT, b INT, h STRING, t STRING) WITH ('connector' = 'datagen');

-- MaterializedTableStatementParserTest.testCreateMaterializedTable
CREATE MATERIALIZED TABLE tbl1
(
   PRIMARY KEY (a, b)
)
COMMENT 'table comment'
PARTITIONED BY (a, h)
WITH (
  'group.id' = 'latest', 
  'kafka.topic' = 'log.test'
)
FRESHNESS = INTERVAL '3' MINUTE
AS SELECT a, b, h, t m FROM source;

-- @new-session
-- setup for MaterializedTableStatementParserTest.testCreateMaterializedTable
CREATE TABLE source (a INT, b INT, h STRING, t STRING) WITH ('connector' = 'datagen');

-- MaterializedTableStatementParserTest.testCreateMaterializedTable
CREATE MATERIALIZED TABLE tbl1
(
   PRIMARY KEY (a, b)
)
COMMENT 'table comment'
FRESHNESS = INTERVAL '3' MINUTE
REFRESH_MODE = FULL
AS SELECT a, b, h, t m FROM source;

-- @new-session
-- setup for MaterializedTableStatementParserTest.testCreateMaterializedTable
CREATE TABLE source (a INT, b INT, h STRING, t STRING) WITH ('connector' = 'datagen');

-- MaterializedTableStatementParserTest.testCreateMaterializedTable
CREATE MATERIALIZED TABLE tbl1
COMMENT 'table comment'
FRESHNESS = INTERVAL '3' DAY
REFRESH_MODE = FULL
AS SELECT a, b, h, t m FROM source;

-- @new-session
-- setup for MaterializedTableStatementParserTest.testCreateMaterializedTableWithUnsupportedFreshnessInterval
CREATE TABLE source (a INT, b INT, h STRING, t STRING) WITH ('connector' = 'datagen');

-- MaterializedTableStatementParserTest.testCreateMaterializedTableWithUnsupportedFreshnessInterval
CREATE MATERIALIZED TABLE tbl1
(
   PRIMARY KEY (a, b)
)
COMMENT 'table comment'
PARTITIONED BY (a, h)
WITH (
  'group.id' = 'latest', 
  'kafka.topic' = 'log.test'
)
FRESHNESS = 123
AS SELECT a, b, h, t m FROM source;

-- @new-session
-- setup for MaterializedTableStatementParserTest.testCreateMaterializedTableWithUnsupportedFreshnessInterval
CREATE TABLE source (a INT, b INT, h STRING, t STRING) WITH ('connector' = 'datagen');

-- MaterializedTableStatementParserTest.testCreateMaterializedTableWithUnsupportedFreshnessInterval
CREATE MATERIALIZED TABLE tbl1
(
   PRIMARY KEY (a, b)
)
COMMENT 'table comment'
PARTITIONED BY (a, h)
WITH (
  'group.id' = 'latest', 
  'kafka.topic' = 'log.test'
)
AS SELECT a, b, h, t m FROM source;

-- @new-session
-- setup for MaterializedTableStatementParserTest.testCreateMaterializedTableWithoutAsQuery
CREATE TABLE source (a INT, b INT, h STRING, t STRING) WITH ('connector' = 'datagen');

-- MaterializedTableStatementParserTest.testCreateMaterializedTableWithoutAsQuery
CREATE MATERIALIZED TABLE tbl1
(
   PRIMARY KEY (a, b)
)
COMMENT 'table comment'
PARTITIONED BY (a, h)
WITH (
  'group.id' = 'latest', 
  'kafka.topic' = 'log.test'
)
FRESHNESS = INTERVAL '3' MINUTE
REFRESH_MODE = FULL;

-- @new-session
-- setup for MaterializedTableStatementParserTest.testCreateTemporaryMaterializedTable
CREATE TABLE source (a INT, b INT, h STRING, t STRING) WITH ('connector' = 'datagen');

-- MaterializedTableStatementParserTest.testCreateTemporaryMaterializedTable
CREATE TEMPORARY MATERIALIZED TABLE tbl1
(
   PRIMARY KEY (a, b)
)
COMMENT 'table comment'
PARTITIONED BY (a, h)
WITH (
  'group.id' = 'latest', 
  'kafka.topic' = 'log.test'
)
FRESHNESS = INTERVAL '3' MINUTE
AS SELECT a, b, h, t m FROM source;

-- @new-session
-- setup for MaterializedTableStatementParserTest.testReplaceMaterializedTable
CREATE TABLE source (a INT, b INT, h STRING, t STRING) WITH ('connector' = 'datagen');

-- MaterializedTableStatementParserTest.testReplaceMaterializedTable
CREATE OR REPLACE MATERIALIZED TABLE tbl1
(
   PRIMARY KEY (a, b)
)
COMMENT 'table comment'
PARTITIONED BY (a, h)
WITH (
  'group.id' = 'latest', 
  'kafka.topic' = 'log.test'
)
FRESHNESS = INTERVAL '3' MINUTE
AS SELECT a, b, h, t m FROM source;

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableSuspend
ALTER MATERIALIZED TABLE tb1 SUSPEND;

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableSuspend
ALTER MATERIALIZED TABLE tb1 SUSPEND PARTITION;

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableSuspend
ALTER MATERIALIZED TABLE tb1;

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableResume
ALTER MATERIALIZED TABLE tb1 RESUME
WITH (
  'group.id' = 'testGroup',
  'topic' = 'test'
);

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableResume
ALTER MATERIALIZED TABLE tb1 RESUME;

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableResume
ALTER MATERIALIZED TABLE tb1 RESUME PARTITION;

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableRefresh
ALTER MATERIALIZED TABLE tbl1 REFRESH;

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableRefresh
ALTER MATERIALIZED TABLE tbl1 REFRESH 
 PARTITION (part1 = 2023, part2 = 2024);

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableRefresh
ALTER MATERIALIZED TABLE tbl1 REFRESH PARTITION();

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableRefreshMode
ALTER MATERIALIZED TABLE tbl1 SET REFRESH_MODE = FULL;

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableRefreshMode
ALTER MATERIALIZED TABLE tbl1 SET REFRESH_MODE = CONTINUOUS;

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableRefreshMode
ALTER MATERIALIZED TABLE tbl1 SET REFRESH_MODE;

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableRefreshMode
ALTER MATERIALIZED TABLE tbl1 SET REFRESH_MODE = NONE;

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableFreshness
ALTER MATERIALIZED TABLE tbl1 SET FRESHNESS = INTERVAL '1' DAY;

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableFreshness
ALTER MATERIALIZED TABLE tbl1 SET FRESHNESS = INTERVAL 1 DAY;

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableFreshness
ALTER MATERIALIZED TABLE tbl1 SET FRESHNESS;

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableSet
ALTER MATERIALIZED TABLE tbl1 SET (
  'key1' = 'val1',
  'key2' = 'val2'
);

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableSet
ALTER MATERIALIZED TABLE tbl1 SET ();

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableSet
ALTER MATERIALIZED TABLE tbl1 SET;

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableReset
ALTER MATERIALIZED TABLE tbl1 RESET ('key1', 'key2');

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableReset
ALTER MATERIALIZED TABLE tbl1 RESET ();

-- @new-session
-- MaterializedTableStatementParserTest.testAlterMaterializedTableReset
ALTER MATERIALIZED TABLE tbl1 RESET;

-- @new-session
-- MaterializedTableStatementParserTest.testDropMaterializedTable
DROP MATERIALIZED TABLE tbl1;

-- @new-session
-- MaterializedTableStatementParserTest.testDropMaterializedTable
DROP MATERIALIZED TABLE IF EXISTS tbl1;

-- @new-session
-- MaterializedTableStatementParserTest.testDropMaterializedTable
DROP MATERIALIZED TABLE tb1 IF EXISTS;

-- @new-session
-- MaterializedTableStatementParserTest.testDropTemporaryMaterializedTable
DROP TEMPORARY MATERIALIZED TABLE tbl1;
