-- source: apache/flink flink-table/flink-table-planner/src/test/java/org/apache/flink/table/planner/operations/SqlDmlToOperationConverterTest.java
-- Upstream runs in batch mode with t1 and t2 (a BIGINT, b STRING, c INT, d STRING) registered through the
-- Table API; the setup statements below recreate them (filesystem tables, not upstream). One session.

-- setup (not upstream)
SET 'execution.runtime-mode' = 'batch';

-- setup (not upstream)
CREATE TABLE t1 (a BIGINT, b STRING, c INT, d STRING) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-t1', 'format' = 'csv');

-- setup (not upstream)
CREATE TABLE t2 (a BIGINT, b STRING, c INT, d STRING) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-t2', 'format' = 'csv');

-- SqlDmlToOperationConverterTest.testExplainWithSelect
explain select * from t1;

-- SqlDmlToOperationConverterTest.testExplainWithInsert
explain insert into t2 select * from t1;

-- SqlDmlToOperationConverterTest.testExplainWithUnion
explain select * from t1 union select * from t2;

-- SqlDmlToOperationConverterTest.testExplainWithExplainDetails
explain changelog_mode, estimated_cost, json_execution_plan select * from t1;

-- SqlDmlToOperationConverterTest.testSqlInsertWithStaticPartition
insert into t1 partition(a=1) select b, c, d from t2;

-- SqlDmlToOperationConverterTest.testSqlInsertWithDynamicTableOptions
insert into t1 /*+ OPTIONS('k1'='v1', 'k2'='v2') */
select a, b, c, d from t2;

-- SqlDmlToOperationConverterTest.testDynamicTableWithInvalidOptions
select * from t1 /*+ OPTIONS('opt1', 'opt2') */;

-- SqlDmlToOperationConverterTest.testSqlRichExplainWithSelect
explain plan for select a, b, c, d from t2;

-- SqlDmlToOperationConverterTest.testSqlRichExplainWithInsert
explain plan for insert into t1 select a, b, c, d from t2;

-- SqlDmlToOperationConverterTest.testSqlRichExplainWithStatementSet
explain plan for statement set begin insert into t1 select a, b, c, d from t2 where a > 1;insert into t1 select a, b, c, d from t2 where a > 2;end;

-- SqlDmlToOperationConverterTest.testExplainDetailsWithSelect
explain estimated_cost, changelog_mode, plan_advice select a, b, c, d from t2;

-- SqlDmlToOperationConverterTest.testExplainDetailsWithInsert
explain estimated_cost, changelog_mode, plan_advice insert into t1 select a, b, c, d from t2;

-- SqlDmlToOperationConverterTest.testExplainDetailsWithStatementSet
explain estimated_cost, changelog_mode, plan_advice statement set begin insert into t1 select a, b, c, d from t2 where a > 1;insert into t1 select a, b, c, d from t2 where a > 2;end;

-- SqlDmlToOperationConverterTest.testSqlExecuteWithStatementSet
execute statement set begin insert into t1 select a, b, c, d from t2 where a > 1;insert into t1 select a, b, c, d from t2 where a > 2;end;

-- SqlDmlToOperationConverterTest.testSqlExecuteWithInsert
execute insert into t1 select a, b, c, d from t2 where a > 1;

-- SqlDmlToOperationConverterTest.testSqlExecuteWithSelect
execute select a, b, c, d from t2 where a > 1;

-- setup for testDelete (not upstream; the test-update-delete connector is on Flink's test classpath only)
CREATE TABLE test_delete (a INT NOT NULL, c STRING NOT NULL) WITH ('connector' = 'test-update-delete');

-- SqlDmlToOperationConverterTest.testDelete
DELETE FROM test_delete;

-- SqlDmlToOperationConverterTest.testDelete
DELETE FROM test_delete where a = 1 and c = '123';

-- SqlDmlToOperationConverterTest.testDelete
DELETE FROM test_delete where a = 1 + 6 and a = 2;

-- SqlDmlToOperationConverterTest.testDelete
DELETE FROM test_delete where a = (select count(*) from test_delete);

-- setup for testUpdate (not upstream)
CREATE TABLE test_update (a INT NOT NULL, b BIGINT, c STRING NOT NULL) WITH ('connector' = 'test-update-delete');

-- SqlDmlToOperationConverterTest.testUpdate
UPDATE test_update SET a = 1, c = '123';

-- SqlDmlToOperationConverterTest.testUpdate
UPDATE test_update SET a = 1, c = '123' WHERE a = 3;

-- SqlDmlToOperationConverterTest.testUpdate
UPDATE test_update SET a = 1, c = '123' WHERE b = 2 and a = (select count(*) from test_update);

-- SqlDmlToOperationConverterTest.testTruncateTable
TRUNCATE TABLE t1;

-- SqlDmlToOperationConverterTest.testBeginStatementSet
BEGIN STATEMENT SET;

-- SqlDmlToOperationConverterTest.testEnd
END;
