-- source: apache/flink flink-table/flink-sql-gateway/src/test/resources/sql/statement_set.q

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

create table StreamingTable2 (
  id int,
  str string
) with (
  'connector' = 'filesystem',
  'path' = '/tmp/sluice-flink-streaming2',
  'format' = 'csv'
);

EXPLAIN STATEMENT SET BEGIN
INSERT INTO StreamingTable SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));
INSERT INTO StreamingTable SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));
END;

EXECUTE STATEMENT SET BEGIN
INSERT INTO StreamingTable SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));
INSERT INTO StreamingTable2 SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));
END;

SELECT * FROM StreamingTable;

SELECT * FROM StreamingTable2;

EXPLAIN STATEMENT SET BEGIN
END;

EXECUTE STATEMENT SET BEGIN
END;

SET 'execution.runtime-mode' = 'batch';

create table BatchTable (
id int,
str string
) with (
'connector' = 'filesystem',
'path' = '/tmp/sluice-flink-batch',
'format' = 'csv'
);

create table BatchTable2 (
id int,
str string
) with (
'connector' = 'filesystem',
'path' = '/tmp/sluice-flink-batch2',
'format' = 'csv'
);

EXPLAIN STATEMENT SET
BEGIN
INSERT INTO BatchTable SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));
INSERT INTO BatchTable2 SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));
END;

EXECUTE STATEMENT SET
BEGIN
INSERT INTO BatchTable SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));
INSERT INTO BatchTable SELECT * FROM (VALUES (1, 'Hello World'), (2, 'Hi'), (2, 'Hi'), (3, 'Hello'), (3, 'World'), (4, 'ADD'), (5, 'LINE'));
END;

SELECT * FROM BatchTable;

SELECT * FROM BatchTable2;

EXPLAIN STATEMENT SET BEGIN
END;

EXECUTE STATEMENT SET BEGIN
END;
