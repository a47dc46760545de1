-- source: apache/flink flink-table/flink-sql-gateway/src/test/resources/sql/insert.q

SET 'table.dml-sync' = 'true';

SET 'execution.runtime-mode' = 'streaming';

create table StreamingTable (
  id int,
  str string
) with (
  'connector' = 'filesystem',
  'path' = '/tmp/sluice-flink-streaming',
  'format' = 'csv'
);

INSERT INTO StreamingTable SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));

RESET '$internal.pipeline.job-id';

SELECT * FROM StreamingTable;

create table StreamingTableForPlan (
  id int,
  str string
) with (
  'connector' = 'filesystem',
  'path' = '/tmp/sluice-flink-streaming3',
  'format' = 'csv'
);

-- test path with scheme
COMPILE AND EXECUTE PLAN 'file:///tmp/sluice-flink-plan/plan1.json' FOR INSERT INTO StreamingTableForPlan SELECT * FROM (VALUES (1, 'Hello'));

RESET '$internal.pipeline.job-id';

SELECT * FROM StreamingTableForPlan;

-- test absolute path without scheme
COMPILE PLAN '/tmp/sluice-flink-plan/plan2.json' FOR INSERT INTO StreamingTableForPlan SELECT * FROM (VALUES (1, 'Hello'));

-- test relative path without scheme
EXECUTE PLAN 'sluice-flink-plan/plan2.json';

RESET '$internal.pipeline.job-id';

SELECT * FROM StreamingTableForPlan;

SET 'execution.runtime-mode' = 'batch';

create table BatchTable (
  id int,
  str string
) with (
  'connector' = 'filesystem',
  'path' = '/tmp/sluice-flink-batch',
  'format' = 'csv'
);

INSERT INTO BatchTable SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));

SELECT * FROM BatchTable;

CREATE TABLE CtasTable
WITH (
  'connector' = 'filesystem',
  'path' = '/tmp/sluice-flink-batch-ctas',
  'format' = 'csv'
)
AS SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE')) T(id, str);

SELECT * FROM CtasTable;
