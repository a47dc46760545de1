-- source: apache/flink flink-table/flink-sql-client/src/test/resources/sql/truncate.q
-- (the test-update-delete connector is only on Flink's test classpath)

SET 'execution.runtime-mode' = 'batch';

SET 'sql-client.execution.result-mode' = 'tableau';

SET 'table.dml-sync' = 'true';

CREATE TABLE t (a int PRIMARY KEY NOT ENFORCED, b string, c double)
WITH (
  'connector' = 'test-update-delete',
  'data-id' = 'truncate-data-id'
);

SELECT * FROM t;

TRUNCATE TABLE t;

SELECT * FROM t;
