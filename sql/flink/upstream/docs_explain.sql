-- source: apache/flink docs/content/docs/dev/table/sql/explain.md

CREATE TABLE MyTable1 (`count` bigint, word VARCHAR(256)) WITH ('connector' = 'datagen');

CREATE TABLE MyTable2 (`count` bigint, word VARCHAR(256)) WITH ('connector' = 'datagen');

EXPLAIN PLAN FOR SELECT `count`, COUNT(word) FROM
( SELECT `count`, word FROM MyTable1 WHERE word LIKE 'F%' 
  UNION ALL 
  SELECT `count`, word FROM MyTable2 ) tmp GROUP BY `count`;

EXPLAIN ESTIMATED_COST, CHANGELOG_MODE, PLAN_ADVICE, JSON_EXECUTION_PLAN SELECT `count`, COUNT(word) FROM
( SELECT `count`, word FROM MyTable1 WHERE word LIKE 'F%' 
  UNION ALL 
  SELECT `count`, word FROM MyTable2 ) tmp GROUP BY `count`;

-- Java tab: the explainSql() string as concatenated in the doc (missing SELECT and a space before GROUP BY)
SELECT `count`, COUNT(word) FROM (MyTable1 WHERE word LIKE 'F%' UNION ALL SELECT `count`, word FROM MyTable2) tmpGROUP BY `count`;

-- Java tab: executeSql("EXPLAIN PLAN FOR ...") as concatenated in the doc
EXPLAIN PLAN FOR SELECT `count`, COUNT(word) FROM (MyTable1 WHERE word LIKE 'F%' UNION ALL SELECT `count`, word FROM MyTable2) tmp GROUP BY `count`;

-- Scala tab
SELECT `count`, COUNT(word)
FROM (
  SELECT `count`, word FROM MyTable1
  WHERE word LIKE 'F%'
  UNION ALL 
  SELECT `count`, word FROM MyTable2 ) tmp
GROUP BY `count`;

EXPLAIN ESTIMATED_COST, CHANGELOG_MODE, PLAN_ADVICE, JSON_EXECUTION_PLAN
SELECT `count`, COUNT(word)
FROM (
  SELECT `count`, word FROM MyTable1
  WHERE word LIKE 'F%'
  UNION ALL
  SELECT `count`, word FROM MyTable2 ) tmp
GROUP BY `count`;

-- @new-session
SET 'table.exec.mini-batch.enabled' = 'true';

SET 'table.exec.mini-batch.allow-latency' = '5s';

SET 'table.exec.mini-batch.size' = '200';

SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';

CREATE TABLE MyTable (
  a BIGINT,
  b INT NOT NULL,
  c VARCHAR,
  d BIGINT
) WITH (
  'connector' = 'values',
  'bounded' = 'false');

EXPLAIN PLAN_ADVICE
SELECT
  AVG(a) AS avg_a,
  COUNT(*) AS cnt,
  COUNT(b) AS cnt_b,
  MIN(b) AS min_b,
  MAX(c) FILTER (WHERE a > 1) AS max_c
FROM MyTable;

-- same query over a datagen table (not from the doc; 'values' is not on the oracle's classpath)
CREATE TABLE MyTableGen (
  a BIGINT,
  b INT NOT NULL,
  c VARCHAR,
  d BIGINT
) WITH (
  'connector' = 'datagen');

EXPLAIN PLAN_ADVICE
SELECT
  AVG(a) AS avg_a,
  COUNT(*) AS cnt,
  COUNT(b) AS cnt_b,
  MIN(b) AS min_b,
  MAX(c) FILTER (WHERE a > 1) AS max_c
FROM MyTableGen;

-- @new-session
CREATE TABLE MyTable (
  a INT,
  b BIGINT,
  c STRING,
  d INT,
  `day` AS DATE_FORMAT(CURRENT_TIMESTAMP, 'yyMMdd'),
  PRIMARY KEY (a, c) NOT ENFORCED
) WITH (
  'connector' = 'values',
  'changelog-mode' = 'I,UA,UB,D'  
);

CREATE TABLE MySink (
 a INT,
 b BIGINT,
 c STRING,
 PRIMARY KEY (a) NOT ENFORCED
) WITH (
 'connector' = 'values',
 'sink-insert-only' = 'false'
);

EXPLAIN PLAN_ADVICE
INSERT INTO MySink
SELECT a, b, `day`
FROM MyTable
WHERE b > 100;

-- @new-session
CREATE TABLE MyTable (
  a INT,
  b BIGINT,
  c STRING,
  d INT
) WITH (
  'connector' = 'values',
  'changelog-mode' = 'I'  
);

EXPLAIN PLAN_ADVICE
SELECT * FROM MyTable WHERE b > 100;

-- setup (not from the doc)
CREATE TABLE MyTableGen (a INT, b BIGINT, c STRING, d INT) WITH ('connector' = 'datagen');

EXPLAIN PLAN_ADVICE
SELECT * FROM MyTableGen WHERE b > 100;
