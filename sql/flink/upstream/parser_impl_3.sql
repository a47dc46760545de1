-- source: apache/flink flink-table/flink-sql-parser/src/test/java/org/apache/flink/sql/parser/FlinkSqlParserImplTest.java
-- Each parser test statement runs in a fresh session; where the test names tables, a 'setup' CREATE TABLE
-- (written for this corpus, not from upstream) precedes it. Calcite '^' error markers removed.

-- @new-session
-- setup for FlinkSqlParserImplTest.testExecuteStatementSetWithOnConflict
CREATE TABLE t1 (a INT) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExecuteStatementSetWithOnConflict
CREATE TABLE t2 (a INT) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testExecuteStatementSetWithOnConflict
CREATE TABLE t3 (a INT) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExecuteStatementSetWithOnConflict
CREATE TABLE t4 (a INT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExecuteStatementSetWithOnConflict
execute statement set begin insert into t1 select * from t2 on conflict do deduplicate; insert into t3 select * from t4 on conflict do nothing; end;

-- @new-session
-- setup for FlinkSqlParserImplTest.testExplainExecuteSelect
CREATE TABLE emps (a INT, b STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testExplainExecuteSelect
CREATE TABLE emps1 (a INT, b STRING) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExplainExecuteSelect
CREATE TABLE emps2 (a INT, b STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExplainExecuteSelect
explain execute select * from emps;

-- @new-session
-- setup for FlinkSqlParserImplTest.testExplainExecuteInsert
CREATE TABLE emps (a INT, b STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testExplainExecuteInsert
CREATE TABLE emps1 (a INT, b STRING) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExplainExecuteInsert
CREATE TABLE emps2 (a INT, b STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExplainExecuteInsert
explain execute insert into emps1 select * from emps2;

-- @new-session
-- setup for FlinkSqlParserImplTest.testExplain
CREATE TABLE emps (a INT, b STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testExplain
CREATE TABLE emps1 (a INT, b STRING) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExplain
CREATE TABLE emps2 (a INT, b STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExplain
explain select * from emps;

-- @new-session
-- setup for FlinkSqlParserImplTest.testExecuteSelect
CREATE TABLE emps (a INT, b STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testExecuteSelect
CREATE TABLE emps1 (a INT, b STRING) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExecuteSelect
CREATE TABLE emps2 (a INT, b STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExecuteSelect
execute select * from emps;

-- @new-session
-- setup for FlinkSqlParserImplTest.testExplainPlanFor
CREATE TABLE emps (a INT, b STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testExplainPlanFor
CREATE TABLE emps1 (a INT, b STRING) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExplainPlanFor
CREATE TABLE emps2 (a INT, b STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExplainPlanFor
explain plan for select * from emps;

-- @new-session
-- setup for FlinkSqlParserImplTest.testExplainChangelogMode
CREATE TABLE emps (a INT, b STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testExplainChangelogMode
CREATE TABLE emps1 (a INT, b STRING) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExplainChangelogMode
CREATE TABLE emps2 (a INT, b STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExplainChangelogMode
explain changelog_mode select * from emps;

-- @new-session
-- setup for FlinkSqlParserImplTest.testExplainEstimatedCost
CREATE TABLE emps (a INT, b STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testExplainEstimatedCost
CREATE TABLE emps1 (a INT, b STRING) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExplainEstimatedCost
CREATE TABLE emps2 (a INT, b STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExplainEstimatedCost
explain estimated_cost select * from emps;

-- @new-session
-- setup for FlinkSqlParserImplTest.testExplainUnion
CREATE TABLE emps (a INT, b STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testExplainUnion
CREATE TABLE emps1 (a INT, b STRING) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExplainUnion
CREATE TABLE emps2 (a INT, b STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExplainUnion
explain estimated_cost select * from emps union all select * from emps;

-- @new-session
-- setup for FlinkSqlParserImplTest.testExplainAsJson
CREATE TABLE emps (a INT, b STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testExplainAsJson
CREATE TABLE emps1 (a INT, b STRING) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExplainAsJson
CREATE TABLE emps2 (a INT, b STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExplainAsJson
explain json_execution_plan select * from emps;

-- @new-session
-- setup for FlinkSqlParserImplTest.testExplainPlanAdvice
CREATE TABLE emps (a INT, b STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testExplainPlanAdvice
CREATE TABLE emps1 (a INT, b STRING) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExplainPlanAdvice
CREATE TABLE emps2 (a INT, b STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExplainPlanAdvice
explain plan_advice select * from emps;

-- @new-session
-- setup for FlinkSqlParserImplTest.testExplainAllDetails
CREATE TABLE emps (a INT, b STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testExplainAllDetails
CREATE TABLE emps1 (a INT, b STRING) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExplainAllDetails
CREATE TABLE emps2 (a INT, b STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExplainAllDetails
explain changelog_mode,json_execution_plan,estimated_cost,plan_advice select * from emps;

-- @new-session
-- setup for FlinkSqlParserImplTest.testExplainInsert
CREATE TABLE emps (a INT, b STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testExplainInsert
CREATE TABLE emps1 (a INT, b STRING) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExplainInsert
CREATE TABLE emps2 (a INT, b STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExplainInsert
explain plan for insert into emps1 select * from emps2;

-- @new-session
-- setup for FlinkSqlParserImplTest.testExecuteInsert
CREATE TABLE emps (a INT, b STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testExecuteInsert
CREATE TABLE emps1 (a INT, b STRING) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExecuteInsert
CREATE TABLE emps2 (a INT, b STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExecuteInsert
execute insert into emps1 select * from emps2;

-- @new-session
-- FlinkSqlParserImplTest.testExecutePlan
execute plan './test.json';

-- @new-session
-- FlinkSqlParserImplTest.testExecutePlan
execute plan '/some/absolute/dir/plan.json';

-- @new-session
-- FlinkSqlParserImplTest.testExecutePlan
execute plan 'file:///foo/bar/test.json';

-- @new-session
-- setup for FlinkSqlParserImplTest.testCompilePlan
CREATE TABLE t1 (a INT) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testCompilePlan
CREATE TABLE t2 (a INT) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-t2', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testCompilePlan
CREATE TABLE t3 (a INT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCompilePlan
compile plan './test.json' for insert into t1 select * from t2;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCompilePlan
CREATE TABLE t1 (a INT) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testCompilePlan
CREATE TABLE t2 (a INT) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-t2', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testCompilePlan
CREATE TABLE t3 (a INT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCompilePlan
compile plan './test.json' if not exists for insert into t1 select * from t2;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCompilePlan
CREATE TABLE t1 (a INT) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testCompilePlan
CREATE TABLE t2 (a INT) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-t2', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testCompilePlan
CREATE TABLE t3 (a INT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCompilePlan
compile plan 'file:///foo/bar/test.json' if not exists for insert into t1 select * from t2;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCompilePlan
CREATE TABLE t1 (a INT) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testCompilePlan
CREATE TABLE t2 (a INT) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-t2', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testCompilePlan
CREATE TABLE t3 (a INT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCompilePlan
compile plan './test.json' for statement set begin insert into t1 select * from t2; insert into t2 select * from t3; end;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCompilePlan
CREATE TABLE t1 (a INT) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testCompilePlan
CREATE TABLE t2 (a INT) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-t2', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testCompilePlan
CREATE TABLE t3 (a INT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCompilePlan
compile plan './test.json' if not exists for statement set begin insert into t1 select * from t2; insert into t2 select * from t3; end;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCompilePlan
CREATE TABLE t1 (a INT) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testCompilePlan
CREATE TABLE t2 (a INT) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-t2', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testCompilePlan
CREATE TABLE t3 (a INT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCompilePlan
compile plan 'file:///foo/bar/test.json' if not exists for statement set begin insert into t1 select * from t2; insert into t2 select * from t3; end;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCompileAndExecutePlan
CREATE TABLE t1 (a INT) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testCompileAndExecutePlan
CREATE TABLE t2 (a INT) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-t2', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testCompileAndExecutePlan
CREATE TABLE t3 (a INT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCompileAndExecutePlan
compile and execute plan './test.json' for insert into t1 select * from t2;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCompileAndExecutePlan
CREATE TABLE t1 (a INT) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testCompileAndExecutePlan
CREATE TABLE t2 (a INT) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-t2', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testCompileAndExecutePlan
CREATE TABLE t3 (a INT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCompileAndExecutePlan
compile and execute plan './test.json' for statement set begin insert into t1 select * from t2; insert into t2 select * from t3; end;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCompileAndExecutePlan
CREATE TABLE t1 (a INT) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testCompileAndExecutePlan
CREATE TABLE t2 (a INT) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-t2', 'format' = 'csv');

-- setup for FlinkSqlParserImplTest.testCompileAndExecutePlan
CREATE TABLE t3 (a INT) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCompileAndExecutePlan
compile and execute plan 'file:///foo/bar/test.json' for insert into t1 select * from t2;

-- @new-session
-- setup for FlinkSqlParserImplTest.testExplainUpsert
CREATE TABLE emps (a INT, b STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testExplainUpsert
CREATE TABLE emps1 (a INT, b STRING) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExplainUpsert
CREATE TABLE emps2 (a INT, b STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExplainUpsert
explain plan for upsert into emps1 values (1, 2);

-- @new-session
-- setup for FlinkSqlParserImplTest.testExplainPlanForWithExplainDetails
CREATE TABLE emps (a INT, b STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testExplainPlanForWithExplainDetails
CREATE TABLE emps1 (a INT, b STRING) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExplainPlanForWithExplainDetails
CREATE TABLE emps2 (a INT, b STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExplainPlanForWithExplainDetails
explain plan for json_execution_plan upsert into emps1 values (1, 2);

-- @new-session
-- setup for FlinkSqlParserImplTest.testExplainDuplicateExplainDetails
CREATE TABLE emps (a INT, b STRING) WITH ('connector' = 'datagen');

-- setup for FlinkSqlParserImplTest.testExplainDuplicateExplainDetails
CREATE TABLE emps1 (a INT, b STRING) WITH ('connector' = 'blackhole');

-- setup for FlinkSqlParserImplTest.testExplainDuplicateExplainDetails
CREATE TABLE emps2 (a INT, b STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExplainDuplicateExplainDetails
explain changelog_mode,changelog_mode select * from emps;

-- @new-session
-- FlinkSqlParserImplTest.testAddJar
add Jar './test.sql';

-- @new-session
-- FlinkSqlParserImplTest.testAddJar
add JAR 'file:///path/to/
whatever';

-- @new-session
-- FlinkSqlParserImplTest.testAddJar
add JAR 'oss://path/helloworld.go';

-- @new-session
-- FlinkSqlParserImplTest.testRemoveJar
remove Jar './test.sql';

-- @new-session
-- FlinkSqlParserImplTest.testRemoveJar
remove JAR 'file:///path/to/
whatever';

-- @new-session
-- FlinkSqlParserImplTest.testRemoveJar
remove JAR 'oss://path/helloworld.go';

-- @new-session
-- FlinkSqlParserImplTest.testShowJars
show jars;

-- @new-session
-- FlinkSqlParserImplTest.testSetReset
SET;

-- @new-session
-- FlinkSqlParserImplTest.testSetReset
SET 'test-key' = 'test-value';

-- @new-session
-- FlinkSqlParserImplTest.testSetReset
RESET;

-- @new-session
-- FlinkSqlParserImplTest.testSetReset
RESET 'test-key';

-- @new-session
-- setup for FlinkSqlParserImplTest.testAnalyzeTable
CREATE TABLE emps (a INT, b STRING, x STRING, y STRING) PARTITIONED BY (x, y) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-emps', 'format' = 'csv');

-- FlinkSqlParserImplTest.testAnalyzeTable
analyze table emps;

-- FlinkSqlParserImplTest.testAnalyzeTable
analyze table emps compute statistics;

-- FlinkSqlParserImplTest.testAnalyzeTable
analyze table emps partition compute statistics;

-- FlinkSqlParserImplTest.testAnalyzeTable
analyze table emps partition() compute statistics;

-- FlinkSqlParserImplTest.testAnalyzeTable
analyze table emps partition(x='ab') compute statistics;

-- FlinkSqlParserImplTest.testAnalyzeTable
analyze table emps partition(x='ab', y='bc') compute statistics;

-- FlinkSqlParserImplTest.testAnalyzeTable
analyze table emps compute statistics for columns;

-- FlinkSqlParserImplTest.testAnalyzeTable
analyze table emps compute statistics for columns a;

-- FlinkSqlParserImplTest.testAnalyzeTable
analyze table emps compute statistics for columns a, b;

-- FlinkSqlParserImplTest.testAnalyzeTable
analyze table emps compute statistics for all columns;

-- FlinkSqlParserImplTest.testAnalyzeTable
analyze table emps partition(x, y) compute statistics for all columns;

-- FlinkSqlParserImplTest.testAnalyzeTable
analyze table emps partition(x='ab', y) compute statistics for all columns;

-- FlinkSqlParserImplTest.testAnalyzeTable
analyze table emps partition(x, y='cd') compute statistics for all columns;

-- FlinkSqlParserImplTest.testAnalyzeTable
analyze table emps partition(x=, y) compute statistics for all columns;

-- @new-session
-- FlinkSqlParserImplTest.testExplainCreateTableNotSupported
EXPLAIN CREATE TABLE t (id int);

-- @new-session
-- FlinkSqlParserImplTest.testExplainCreateTableNotSupported
EXPLAIN CREATE OR REPLACE TABLE t (id int);

-- @new-session
-- FlinkSqlParserImplTest.testExplainAlterMaterializedTableWithoutAsQueryNotSupported
EXPLAIN ALTER MATERIALIZED TABLE t SUSPEND;

-- @new-session
-- FlinkSqlParserImplTest.testExplainAlterMaterializedTableWithoutAsQueryNotSupported
EXPLAIN ALTER MATERIALIZED TABLE t RESUME;

-- @new-session
-- FlinkSqlParserImplTest.testExplainAlterMaterializedTableWithoutAsQueryNotSupported
EXPLAIN ALTER MATERIALIZED TABLE t ADD category_id STRING METADATA VIRTUAL;

-- @new-session
-- FlinkSqlParserImplTest.testExplainAlterMaterializedTableWithoutAsQueryNotSupported
EXPLAIN ALTER MATERIALIZED TABLE t MODIFY measurement double METADATA;

-- @new-session
-- setup for FlinkSqlParserImplTest.testExplain
CREATE TABLE b (a INT, s STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testExplain
EXPLAIN CREATE TABLE t AS SELECT * FROM b;

-- FlinkSqlParserImplTest.testExplain
EXPLAIN CREATE OR REPLACE TABLE t AS SELECT * FROM b;

-- FlinkSqlParserImplTest.testExplain
EXPLAIN REPLACE TABLE t AS SELECT * FROM b;

-- FlinkSqlParserImplTest.testExplain
EXPLAIN CREATE MATERIALIZED TABLE t AS SELECT * FROM b;

-- FlinkSqlParserImplTest.testExplain
EXPLAIN ALTER MATERIALIZED TABLE t AS SELECT * FROM b;

-- FlinkSqlParserImplTest.testExplain
EXPLAIN CREATE OR ALTER MATERIALIZED TABLE t AS SELECT * FROM b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateTableAsSelectWithoutOptions
CREATE TABLE b (col1 STRING, col2 INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateTableAsSelectWithoutOptions
CREATE TABLE t AS SELECT * FROM b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateTableAsSelectWithOptions
CREATE TABLE b (col1 STRING, col2 INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateTableAsSelectWithOptions
CREATE TABLE t WITH ('test' = 'zm') AS SELECT * FROM b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateTableAsSelectWithCreateTableLike
CREATE TABLE b (col1 STRING, col2 INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateTableAsSelectWithCreateTableLike
CREATE TABLE t (col1 string) WITH ('test' = 'zm') like b AS SELECT col1 FROM b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateTableAsSelectWithTmpTable
CREATE TABLE b (col1 STRING, col2 INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateTableAsSelectWithTmpTable
CREATE TEMPORARY TABLE t (col1 string) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateTableAsSelectWithExplicitColumns
CREATE TABLE b (col1 STRING, col2 INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateTableAsSelectWithExplicitColumns
CREATE TABLE t (col1 string) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateTableAsSelectWithWatermark
CREATE TABLE b (col1 STRING, col2 INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateTableAsSelectWithWatermark
CREATE TABLE t (watermark FOR col1 AS col1 - interval '3' second) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateTableAsSelectWithConstraints
CREATE TABLE b (col1 STRING, col2 INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateTableAsSelectWithConstraints
CREATE TABLE t (PRIMARY KEY (col1) NOT ENFORCED) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testCreateTableAsSelectWithConstraints
CREATE TABLE t (PRIMARY KEY (col1)) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testCreateTableAsSelectWithConstraints
CREATE TABLE t (PRIMARY KEY (col1), PRIMARY KEY (col2) NOT ENFORCED) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testCreateTableAsSelectWithConstraints
CREATE TABLE t (UNIQUE (col1)) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateTableAsSelectWithDistribution
CREATE TABLE b (col1 STRING, col2 INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateTableAsSelectWithDistribution
CREATE TABLE t DISTRIBUTED BY(col1) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateTableAsSelectWithPartitionKey
CREATE TABLE b (col1 STRING, col2 INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateTableAsSelectWithPartitionKey
CREATE TABLE t PARTITIONED BY(col1) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateTableAsSelectWithColumnIdentifiers
CREATE TABLE b (col1 STRING, col2 INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateTableAsSelectWithColumnIdentifiers
CREATE TABLE t (col1) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testCreateTableAsSelectWithColumnIdentifiers
CREATE TABLE t (col1, col2 int) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testUnsupportedCreateTableStatementsWithColumnIdentifiers
CREATE TABLE parent_table (x INT, y STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testUnsupportedCreateTableStatementsWithColumnIdentifiers
CREATE TABLE t (a, h) WITH ('connector' = 'kafka', 'kafka.topic' = 'log.test');

-- FlinkSqlParserImplTest.testUnsupportedCreateTableStatementsWithColumnIdentifiers
CREATE TABLE t (a, h) WITH ('connector' = 'kafka', 'kafka.topic' = 'log.test') LIKE parent_table;

-- @new-session
-- setup for FlinkSqlParserImplTest.testReplaceTableAsSelectWithColumnIdentifiers
CREATE TABLE b (col1 STRING, col2 INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testReplaceTableAsSelectWithColumnIdentifiers
REPLACE TABLE t (col1) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testReplaceTableAsSelectWithColumnIdentifiers
REPLACE TABLE t (col1, col2 int) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testReplaceTableAsSelect
CREATE TABLE b (col1 STRING, col2 INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testReplaceTableAsSelect
REPLACE TABLE t AS SELECT * FROM b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testReplaceTableAsSelect
CREATE TABLE b (col1 STRING, col2 INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testReplaceTableAsSelect
REPLACE TABLE t WITH ('test' = 'zm') AS SELECT * FROM b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testReplaceTableAsSelect
CREATE TABLE b (col1 STRING, col2 INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testReplaceTableAsSelect
REPLACE TEMPORARY TABLE t (col1 string) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testReplaceTableAsSelect
REPLACE TABLE t (col1 string) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testReplaceTableAsSelect
REPLACE TABLE t (watermark FOR ts AS ts - interval '3' second) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testReplaceTableAsSelect
REPLACE TABLE t (PRIMARY KEY (col1)) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testReplaceTableAsSelect
REPLACE TABLE t (PRIMARY KEY (col1), PRIMARY KEY (col2) NOT ENFORCED) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testReplaceTableAsSelect
REPLACE TABLE t (UNIQUE (col1)) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testReplaceTableAsSelect
REPLACE TABLE t PARTITIONED BY(col1) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testReplaceTableAsSelect
REPLACE TABLE t DISTRIBUTED BY(col1) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateOrReplaceTableAsSelect
CREATE TABLE b (col1 STRING, col2 INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateOrReplaceTableAsSelect
CREATE OR REPLACE TABLE t AS SELECT * FROM b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateOrReplaceTableAsSelect
CREATE TABLE b (col1 STRING, col2 INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateOrReplaceTableAsSelect
CREATE OR REPLACE TABLE t WITH ('test' = 'zm') AS SELECT * FROM b;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateOrReplaceTableAsSelect
CREATE TABLE b (col1 STRING, col2 INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateOrReplaceTableAsSelect
CREATE OR REPLACE TABLE t (col1 string) WITH ('test' = 'zm') like b AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testCreateOrReplaceTableAsSelect
CREATE OR REPLACE TEMPORARY TABLE t (col1 string) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testCreateOrReplaceTableAsSelect
CREATE OR REPLACE TABLE t (col1 string) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testCreateOrReplaceTableAsSelect
CREATE OR REPLACE TABLE t (watermark FOR ts AS ts - interval '3' second) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testCreateOrReplaceTableAsSelect
CREATE OR REPLACE TABLE t (PRIMARY KEY (col1)) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testCreateOrReplaceTableAsSelect
CREATE OR REPLACE TABLE t (PRIMARY KEY (col1), PRIMARY KEY (col2) NOT ENFORCED) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testCreateOrReplaceTableAsSelect
CREATE OR REPLACE TABLE t (UNIQUE (col1)) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testCreateOrReplaceTableAsSelect
CREATE OR REPLACE TABLE t PARTITIONED BY(col1) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- FlinkSqlParserImplTest.testCreateOrReplaceTableAsSelect
CREATE OR REPLACE TABLE t DISTRIBUTED BY(col1) WITH ('test' = 'zm') AS SELECT col1 FROM b;

-- @new-session
-- FlinkSqlParserImplTest.testShowJobs
show jobs;

-- @new-session
-- FlinkSqlParserImplTest.testStopJob
STOP JOB 'myjob';

-- @new-session
-- FlinkSqlParserImplTest.testStopJob
STOP JOB 'myjob' WITH SAVEPOINT;

-- @new-session
-- FlinkSqlParserImplTest.testStopJob
STOP JOB 'myjob' WITH SAVEPOINT WITH DRAIN;

-- @new-session
-- FlinkSqlParserImplTest.testStopJob
STOP JOB 'myjob' WITH DRAIN;

-- @new-session
-- FlinkSqlParserImplTest.testStopJob
STOP JOB 'myjob' WITH DRAIN WITH SAVEPOINT;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeJob
DESCRIBE JOB 'myjob';

-- @new-session
-- FlinkSqlParserImplTest.testDescribeJob
DESC JOB 'myjob';

-- @new-session
-- setup for FlinkSqlParserImplTest.testTruncateTable
CREATE TABLE t1 (a INT, b STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testTruncateTable
truncate table t1;

-- @new-session
-- FlinkSqlParserImplTest.testShowModels
show models;

-- @new-session
-- FlinkSqlParserImplTest.testShowModels
show models from db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowModels
show models from catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowModels
show models in db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowModels
show models in catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testDropModel
drop model m1;

-- @new-session
-- FlinkSqlParserImplTest.testDropModel
drop model db1.m1;

-- @new-session
-- FlinkSqlParserImplTest.testDropModel
drop model catalog1.db1.m1;

-- @new-session
-- FlinkSqlParserImplTest.testDropTemporaryModel
drop temporary model m1;

-- @new-session
-- FlinkSqlParserImplTest.testDropTemporaryModel
drop temporary model if exists m1;

-- @new-session
-- FlinkSqlParserImplTest.testDropModelIfExists
drop model if exists catalog1.db1.m1;

-- @new-session
-- FlinkSqlParserImplTest.testAlterModelSet
alter model m1 set ('key1' = 'value1','key2' = 'value2');

-- @new-session
-- FlinkSqlParserImplTest.testAlterModelIfExists
alter model if exists m1 set ('key1' = 'value1','key2' = 'value2');

-- @new-session
-- FlinkSqlParserImplTest.testAlterModelRename
alter model m1 rename to m2;

-- @new-session
-- FlinkSqlParserImplTest.testAlterModelRenameIfExists
alter model if exists m1 rename to m2;

-- @new-session
-- FlinkSqlParserImplTest.testAlterModelReset
alter model m1 reset ('key1', 'key2');

-- @new-session
-- FlinkSqlParserImplTest.testAlterModelResetIfExists
alter model if exists m1 reset ('key1', 'key2');

-- @new-session
-- FlinkSqlParserImplTest.testCreateModel
create model m1
 INPUT(col1 INT, col2 STRING)
 OUTPUT(label DOUBLE)
 COMMENT 'model_comment'
 WITH (
  'key1'='value1',
  'key2'='value2'
 );

-- @new-session
-- FlinkSqlParserImplTest.testCreateModelIfNotExists
create model if not exists m1
 INPUT(col1 INT, col2 STRING)
 OUTPUT(label DOUBLE)
 COMMENT 'model_comment'
 WITH (
  'key1'='value1',
  'key2'='value2'
 );

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateModelAs
CREATE TABLE t1 (f1 DOUBLE, f2 STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateModelAs
create model m1
 WITH (
  'key1'='value1',
  'key2'='value2'
 ) as select f1, f2 from t1;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateModelAsIfNotExists
CREATE TABLE t1 (f1 DOUBLE, f2 STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateModelAsIfNotExists
create model if not exists m1
 WITH (
  'key1'='value1',
  'key2'='value2'
 ) as select f1, f2 from t1;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateModelAsWithInput
CREATE TABLE t1 (f1 DOUBLE, f2 STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateModelAsWithInput
create model if not exists m1
 INPUT(col1 INT, col2 STRING)
 OUTPUT(label DOUBLE)
 WITH (
  'key1'='value1',
  'key2'='value2'
 ) as select f1, f2 from t1;

-- @new-session
-- setup for FlinkSqlParserImplTest.testCreateModelAsWithOutput
CREATE TABLE t1 (f1 DOUBLE, f2 STRING) WITH ('connector' = 'datagen');

-- FlinkSqlParserImplTest.testCreateModelAsWithOutput
create model if not exists m1
 OUTPUT(label DOUBLE)
 WITH (
  'key1'='value1',
  'key2'='value2'
 ) as select f1, f2 from t1;

-- @new-session
-- FlinkSqlParserImplTest.testModelInFunction
select * from table(ml_predict(TABLE my_table, MODEL my_model));

-- @new-session
-- FlinkSqlParserImplTest.testModelInFunctionWithoutTable
select * from func(TABLE my_table, MODEL cat.db.my_model);

-- @new-session
-- FlinkSqlParserImplTest.testModelInFunctionNamedArgs
select * from table(ml_predict(INPUT => TABLE my_table, model => MODEL my_model));

-- @new-session
-- FlinkSqlParserImplTest.testCreateConnection
create connection conn1
 COMMENT 'connection_comment'
 WITH (
  'type'='basic',
  'url'='http://example.com',
  'username'='user1',
  'password'='pass1'
 );

-- @new-session
-- FlinkSqlParserImplTest.testCreateConnectionIfNotExists
create connection if not exists conn1
 WITH (
  'type'='bearer',
  'token'='my_token'
 );

-- @new-session
-- FlinkSqlParserImplTest.testCreateTemporaryConnection
create temporary connection conn1
 WITH (
  'type'='oauth',
  'client_id'='client1'
 );

-- @new-session
-- FlinkSqlParserImplTest.testCreateSystemConnection
create system connection conn1
 WITH (
  'type'='basic',
  'url'='http://example.com'
 );

-- @new-session
-- FlinkSqlParserImplTest.testCreateTemporarySystemConnection
create temporary system connection conn1
 WITH (
  'type'='custom_type',
  'api_key'='key123'
 );

-- @new-session
-- FlinkSqlParserImplTest.testCreateConnectionWithQualifiedName
create connection catalog1.db1.conn1
 WITH ('type'='basic', 'url'='http://example.com');

-- @new-session
-- FlinkSqlParserImplTest.testDropConnection
drop connection conn1;

-- @new-session
-- FlinkSqlParserImplTest.testDropConnection
drop connection db1.conn1;

-- @new-session
-- FlinkSqlParserImplTest.testDropConnection
drop connection catalog1.db1.conn1;

-- @new-session
-- FlinkSqlParserImplTest.testDropConnectionIfExists
drop connection if exists catalog1.db1.conn1;

-- @new-session
-- FlinkSqlParserImplTest.testDropTemporaryConnection
drop temporary connection conn1;

-- @new-session
-- FlinkSqlParserImplTest.testDropTemporaryConnection
drop temporary connection if exists conn1;

-- @new-session
-- FlinkSqlParserImplTest.testDropTemporarySystemConnection
drop temporary system connection conn1;

-- @new-session
-- FlinkSqlParserImplTest.testDropTemporarySystemConnection
drop temporary system connection if exists conn1;

-- @new-session
-- FlinkSqlParserImplTest.testDropSystemConnection
drop system connection conn1;

-- @new-session
-- FlinkSqlParserImplTest.testAlterConnectionSet
alter connection conn1 set ('password' = 'new_password','url' = 'http://new.com');

-- @new-session
-- FlinkSqlParserImplTest.testAlterConnectionSetWithQualifiedName
alter connection catalog1.db1.conn1 set ('token' = 'new_token');

-- @new-session
-- FlinkSqlParserImplTest.testAlterConnectionRename
alter connection conn1 rename to conn2;

-- @new-session
-- FlinkSqlParserImplTest.testAlterConnectionRenameWithQualifiedName
alter connection catalog1.db1.conn1 rename to conn2;

-- @new-session
-- FlinkSqlParserImplTest.testAlterConnectionReset
alter connection conn1 reset ('password', 'url');

-- @new-session
-- FlinkSqlParserImplTest.testAlterConnectionResetWithQualifiedName
alter connection catalog1.db1.conn1 reset ('token');

-- @new-session
-- FlinkSqlParserImplTest.testAlterConnectionIfExists
alter connection if exists conn1 set ('password' = 'new_password','url' = 'http://new.com');

-- @new-session
-- FlinkSqlParserImplTest.testAlterConnectionRenameIfExists
alter connection if exists conn1 rename to conn2;

-- @new-session
-- FlinkSqlParserImplTest.testAlterConnectionResetIfExists
alter connection if exists conn1 reset ('password', 'url');

-- @new-session
-- FlinkSqlParserImplTest.testShowConnections
show connections;

-- @new-session
-- FlinkSqlParserImplTest.testShowConnections
show connections from db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowConnections
show connections from catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowConnections
show connections in db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowConnections
show connections in catalog1.db1;

-- @new-session
-- FlinkSqlParserImplTest.testShowConnectionsLike
show connections like '%conn%';

-- @new-session
-- FlinkSqlParserImplTest.testShowConnectionsLike
show connections from db1 like 'my_%';

-- @new-session
-- FlinkSqlParserImplTest.testShowConnectionsLike
show connections not like 'temp_%';

-- @new-session
-- FlinkSqlParserImplTest.testShowCreateConnection
show create connection conn1;

-- @new-session
-- FlinkSqlParserImplTest.testShowCreateConnection
show create connection catalog1.db1.conn1;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeConnection
describe connection conn1;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeConnection
describe connection catalog1.db1.conn1;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeConnection
describe connection extended conn1;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeConnection
desc connection conn1;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeConnection
desc connection catalog1.db1.conn1;

-- @new-session
-- FlinkSqlParserImplTest.testDescribeConnection
desc connection extended catalog1.db1.conn1;

-- @new-session
-- FlinkSqlParserImplTest.testFromValuesWithoutParens
select 1 from values('x');

-- @new-session
-- FlinkSqlParserImplTest.testUnnest
select*from unnest(x);

-- @new-session
-- FlinkSqlParserImplTest.testUnnest
select*from unnest(x) AS T;

-- @new-session
-- FlinkSqlParserImplTest.testUnnest
unnest(x);

-- @new-session
-- FlinkSqlParserImplTest.testUnnest
select * from dept,
unnest(dept.employees, dept.managers);

-- @new-session
-- FlinkSqlParserImplTest.testUnnest
select * from dept, lateral unnest(dept.employees);

-- @new-session
-- FlinkSqlParserImplTest.testUnnest
select * from dept, unnest(dept.employees);

-- @new-session
-- FlinkSqlParserImplTest.testUnnest
SELECT
  item.name,
  relations.*
FROM dfs.tmp item
JOIN (
  SELECT * FROM UNNEST(item.related) i(rels)
) relations
ON TRUE;

-- @new-session
-- FlinkSqlParserImplTest.testOuterApplyFunctionFails
select * from dept outer apply ramp(deptno));

-- @new-session
-- FlinkSqlParserImplTest.testVariantType
CREATE TABLE t (
v variant
);

-- @new-session
-- FlinkSqlParserImplTest.testVariantType
CREATE TABLE t (
v VARIANT NOT NULL
);

-- @new-session
-- FlinkSqlParserImplTest.testBitmapType
CREATE TABLE t (
bm bitmap
);

-- @new-session
-- FlinkSqlParserImplTest.testBitmapType
CREATE TABLE t (
bm bitmap NOT NULL
);

-- @new-session
-- FlinkSqlParserImplTest.testBitmapType
CREATE TABLE t (
bm bitmap(1)
);

-- @new-session
-- FlinkSqlParserImplTest.testBitmapType
CREATE TABLE t (
bitmap INT
);

-- @new-session
-- FlinkSqlParserImplTest.testGeographyType
CREATE TABLE t (
g geography
);

-- @new-session
-- FlinkSqlParserImplTest.testGeographyType
CREATE TABLE t (
g geography NOT NULL
);

-- @new-session
-- FlinkSqlParserImplTest.testGeographyType
CREATE TABLE t (
g geography(1)
);

-- @new-session
-- FlinkSqlParserImplTest.testGeographyType
CREATE TABLE t (
g geography(4326)
);

-- @new-session
-- FlinkSqlParserImplTest.testGeographyType
CREATE TABLE t (
geography INT
);
