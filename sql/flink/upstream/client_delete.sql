-- source: apache/flink flink-table/flink-sql-client/src/test/resources/sql/delete.q
-- (the test-update-delete connector is only on Flink's test classpath)

SET 'execution.runtime-mode' = 'batch';

SET 'sql-client.execution.result-mode' = 'tableau';

SET 'table.dml-sync' = 'true';

CREATE TABLE t (a int PRIMARY KEY NOT ENFORCED, b string, c double)
WITH (
  'connector' = 'test-update-delete',
  'data-id' = 'delete-data-id',
  'mix-delete' = 'true'
);

SELECT * FROM t;

-- delete the table with condition containing subquery which can't be push down, so that it'll submit a job
DELETE FROM t WHERE a >= (SELECT COUNT(1) FROM t WHERE c > 2);

SELECT * FROM t;

-- delete the table with filter push down
DELETE FROM t;
