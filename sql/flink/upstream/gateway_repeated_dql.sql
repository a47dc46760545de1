-- source: apache/flink flink-table/flink-sql-gateway/src/test/resources/sql/repeated_dql.q

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

-- Execute each DQL for twice to ensure plan caches work as expected.
SELECT * FROM StreamingTable;

SELECT * FROM StreamingTable;

SELECT id, FIRST_VALUE(str) AS str FROM StreamingTable GROUP BY id;

SELECT id, FIRST_VALUE(str) AS str FROM StreamingTable GROUP BY id;

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

SELECT * FROM BatchTable;

SELECT id, FIRST_VALUE(str) AS str FROM BatchTable GROUP BY id;

SELECT id, FIRST_VALUE(str) AS str FROM BatchTable GROUP BY id;

-- All plan caches will be invalidated after we change the config.
SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';

SELECT * FROM BatchTable;

SELECT id, FIRST_VALUE(str) AS str FROM BatchTable GROUP BY id;
