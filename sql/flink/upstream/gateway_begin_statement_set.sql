-- source: apache/flink flink-table/flink-sql-gateway/src/test/resources/sql/begin_statement_set.q

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

create table StreamingTable2 (
  id int,
  str string
) with (
  'connector' = 'filesystem',
  'path' = '/tmp/sluice-flink-streaming2',
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

INSERT INTO StreamingTable2 SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));

END;

SELECT * FROM StreamingTable;

SELECT * FROM StreamingTable2;

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

INSERT INTO BatchTable SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));

INSERT INTO BatchTable SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));

END;

SELECT * FROM BatchTable;

BEGIN STATEMENT SET;

END;

END;

-- upstream sends these three as one request (rejected there: only single statement supported); here they are three statements
BEGIN STATEMENT SET;

INSERT INTO BatchTable SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));

END;
