-- source: apache/flink flink-table/flink-sql-client/src/test/resources/sql/statement_set.q

SET 'sql-client.execution.result-mode' = 'tableau';

SET 'table.dml-sync' = 'true';

create table src (
  id int,
  str string
) with (
  'connector' = 'values'
);

SET 'execution.runtime-mode' = 'streaming';

create table StreamingTable (
  id int,
  str string
) with (
  'connector' = 'filesystem',
  'path' = '/tmp/sluice-flink-streaming',
  'format' = 'csv'
);

BEGIN STATEMENT SET;

BEGIN STATEMENT SET;

create table src (
  id int,
  str string
) with (
  'connector' = 'values'
);

SELECT id, str FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi')) as T(id, str);

INSERT INTO StreamingTable SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));

END;

END;

SELECT * FROM StreamingTable;

SET 'execution.runtime-mode' = 'batch';

create table BatchTable (
id int,
str string
) with (
'connector' = 'filesystem',
'path' = '/tmp/sluice-flink-batch',
'format' = 'csv'
);

BEGIN STATEMENT SET;

BEGIN STATEMENT SET;

INSERT INTO BatchTable SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));

END;

SELECT * FROM BatchTable;

BEGIN STATEMENT SET;

END;
