-- source: apache/flink flink-end-to-end-tests/*/src/test/resources/*.sql (SQL-client scripts of the end-to-end tests)
-- One session per script. $VARS are replaced: $MODE by streaming/batch, paths by /tmp/..., $KAFKA_IDENTIFIER by kafka,
-- $TABLE1/$TABLE2 by names. Statements marked 'setup' are not upstream.

-- @new-session
-- create_table_as_e2e.sql ($MODE = streaming)
CREATE TEMPORARY FUNCTION count_agg AS 'org.apache.flink.table.toolbox.CountAggFunction';

SET execution.runtime-mode = streaming;

SET table.exec.mini-batch.enabled = true;

SET table.exec.mini-batch.size = 5;

SET table.exec.mini-batch.allow-latency = 2s;

CREATE TABLE JsonTable
WITH (
  'connector' = 'filesystem',
  'path' = '/tmp/sluice-flink-result',
  'sink.rolling-policy.rollover-interval' = '2s',
  'sink.rolling-policy.check-interval' = '2s',
  'format' = 'debezium-json'
)
AS SELECT user_name, count_agg(order_id) AS order_cnt
FROM (VALUES (1, 'Bob'), (2, 'Bob'), (1, 'Alice')) T(order_id, user_name)
GROUP BY user_name;

-- same CTAS with the built-in COUNT instead of the test UDF (not upstream)
CREATE TABLE JsonTable2
WITH (
  'connector' = 'filesystem',
  'path' = '/tmp/sluice-flink-result2',
  'sink.rolling-policy.rollover-interval' = '2s',
  'sink.rolling-policy.check-interval' = '2s',
  'format' = 'debezium-json'
)
AS SELECT user_name, COUNT(order_id) AS order_cnt
FROM (VALUES (1, 'Bob'), (2, 'Bob'), (1, 'Alice')) T(order_id, user_name)
GROUP BY user_name;

-- @new-session
-- create_table_as_statementset_e2e.sql ($MODE = batch)
CREATE TEMPORARY FUNCTION count_agg AS 'org.apache.flink.table.toolbox.CountAggFunction';

SET execution.runtime-mode = batch;

SET table.exec.mini-batch.enabled = true;

SET table.exec.mini-batch.size = 5;

SET table.exec.mini-batch.allow-latency = 2s;

BEGIN STATEMENT SET;

CREATE TABLE JsonTable
WITH (
    'connector' = 'filesystem',
    'path' = '/tmp/sluice-flink-result',
    'sink.rolling-policy.rollover-interval' = '2s',
    'sink.rolling-policy.check-interval' = '2s',
    'format' = 'debezium-json'
)
AS SELECT user_name, count_agg(order_id) AS order_cnt
   FROM (VALUES (1, 'Bob'), (2, 'Bob'), (1, 'Alice')) T(order_id, user_name)
   GROUP BY user_name;

END;

-- @new-session
-- compile_and_execute_plan_e2e.sql
SET 'execution.runtime-mode' = 'streaming';

SET 'table.dml-sync' = 'true';

CREATE TABLE table1 (
    msg_id INTEGER,
    msg STRING
) WITH (
    'connector' = 'filesystem',
    'sink.rolling-policy.rollover-interval' = '2s',
    'sink.rolling-policy.check-interval' = '2s',
    'path' = '/tmp/sluice-flink-result/table1',
    'format' = 'csv');

CREATE TABLE table2 (
    emp_id INTEGER,
    emp_name STRING
) WITH (
    'connector' = 'filesystem',
    'sink.rolling-policy.rollover-interval' = '2s',
    'sink.rolling-policy.check-interval' = '2s',
    'path' = '/tmp/sluice-flink-result/table2',
    'format' = 'csv');

COMPILE PLAN '/tmp/sluice-flink-plan/table1.json' FOR INSERT INTO table1 SELECT * FROM (VALUES (1, 'Hello'), (2, 'Flink'), (3, 'Bye')) T(msg_id, msg);

SET 'table.plan.force-recompile' = 'true';

COMPILE PLAN '/tmp/sluice-flink-plan/table1.json' FOR INSERT INTO table1 SELECT * FROM (VALUES (1, 'Meow'), (2, 'Purr')) T(msg_id, msg);

EXECUTE PLAN '/tmp/sluice-flink-plan/table1.json';

COMPILE AND EXECUTE PLAN'/tmp/sluice-flink-plan/table2.json' FOR INSERT INTO table2 SELECT * FROM (VALUES (1, 'Tom'), (2, 'Jerry')) T(emp_id, emp_name);

-- @new-session
-- watermark_push_down_e2e.sql ($MODE = streaming; the source connector is test-only)
CREATE TABLE SourceTable (
    user_name STRING,
    order_cnt BIGINT,
    order_time TIMESTAMP(3),
    ts AS COALESCE(`order_time` ,CURRENT_TIMESTAMP),
    watermark FOR `ts` AS `ts` - INTERVAL '5' SECOND
) WITH (
    'connector' = 'test-scan-table-source-with-watermark-push-down'
);

CREATE TABLE SinkTable (
    user_name STRING,
    order_cnt BIGINT
) WITH (
    'connector' = 'filesystem',
    'path' = '/tmp/sluice-flink-result',
    'sink.rolling-policy.rollover-interval' = '2s',
    'sink.rolling-policy.check-interval' = '2s',
    'format' = 'debezium-json'
);

SET execution.runtime-mode = streaming;

INSERT INTO SinkTable
SELECT user_name, order_cnt
FROM SourceTable;

-- @new-session
-- gateway_e2e.sql
SET table.sql-dialect=default;

CREATE TABLE CsvTable (
  val INT
) WITH (
  'connector' = 'filesystem',
  'path' = '/tmp/sluice-flink-result',
  'sink.rolling-policy.rollover-interval' = '2s',
  'sink.rolling-policy.check-interval' = '2s',
  'format' = 'csv',
  'csv.disable-quote-character' = 'true'
);

INSERT INTO CsvTable SELECT 1;

-- @new-session
-- kafka_e2e.sql (the kafka connector is not on the oracle's classpath)
CREATE TABLE JsonTable (
  rowtime TIMESTAMP(3),
  `user` STRING,
  event ROW<`type` STRING, message STRING>,
  WATERMARK FOR rowtime AS rowtime - INTERVAL '2' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'test-json',
  'scan.startup.mode' = 'earliest-offset',
  'properties.bootstrap.servers' = 'localhost:9092',
  'format' = 'json'
);

CREATE TABLE AvroTable (
  event_timestamp STRING,
  `user` STRING,
  message STRING,
  duplicate_count BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'test-avro',
  'scan.startup.mode' = 'earliest-offset',
  'properties.bootstrap.servers' = 'localhost:9092',
  'format' = 'avro'
);

CREATE TABLE CsvTable (
  event_timestamp STRING,
  `user` STRING,
  message STRING,
  duplicate_count BIGINT,
  constant STRING
) WITH (
  'connector' = 'filesystem',
  'path' = '/tmp/sluice-flink-result',
  'sink.rolling-policy.rollover-interval' = '2s',
  'sink.rolling-policy.check-interval' = '2s',
  'format' = 'csv',
  'csv.disable-quote-character' = 'true'
);

CREATE FUNCTION RegReplace AS 'org.apache.flink.table.toolbox.StringRegexReplaceFunction';

INSERT INTO AvroTable -- read from Kafka Json, window aggregation, and write into Kafka Avro
SELECT
  CAST(TUMBLE_START(rowtime, INTERVAL '1' HOUR) AS VARCHAR) AS event_timestamp,
  `user`,
  RegReplace(event.message, ' is ', ' was ') AS message,
  COUNT(*) AS duplicate_count
FROM JsonTable
WHERE `user` IS NOT NULL
GROUP BY
  `user`,
  event.message,
  TUMBLE(rowtime, INTERVAL '1' HOUR);

INSERT INTO CsvTable -- read from Kafka Avro, and write into Filesystem Csv
SELECT AvroTable.*, RegReplace('Test constant folding.', 'Test', 'Success') AS constant
FROM AvroTable;

-- @new-session
-- hbase_e2e.sql (the hbase connector is not on the oracle's classpath)
CREATE TABLE MyHBaseSource (
  rowkey STRING,
  family1 ROW<f1c1 STRING>,
  family2 ROW<f2c1 STRING, f2c2 STRING>
) WITH (
  'connector' = 'hbase-1.4',
  'table-name' = 'source',
  'zookeeper.quorum' = 'localhost:2181',
  'zookeeper.znode.parent' = '/hbase'
);

CREATE TABLE MyHBaseSink (
  rowkey STRING,
  family1 ROW<f1c1 STRING>,
  family2 ROW<f2c1 STRING, f2c2 STRING>
) WITH (
  'connector' = 'hbase-1.4',
  'table-name' = 'sink',
  'zookeeper.quorum' = 'localhost:2181',
  'zookeeper.znode.parent' = '/hbase',
  'sink.buffer-flush.max-rows' = '1',
  'sink.buffer-flush.interval' = '2s'
);

CREATE FUNCTION RegReplace AS 'org.apache.flink.table.toolbox.StringRegexReplaceFunction';

INSERT INTO MyHBaseSink
SELECT
  rowkey,
  ROW(a),
  ROW(b, c)
FROM (
  SELECT
    rowkey,
    RegReplace(family1.f1c1, 'v', 'value') as a,
    family2.f2c1 as b,
    family2.f2c2 as c
  FROM MyHBaseSource)
source;

-- @new-session
-- flink-batch-sql-test sql-job-query.sql; the test registers table1/table2/sinkTable through the Table API
-- setup (not upstream)
SET 'execution.runtime-mode' = 'batch';

-- setup (not upstream)
CREATE TABLE table1 (key INT, rowtime TIMESTAMP(3), payload STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '100');

-- setup (not upstream)
CREATE TABLE table2 (key INT, rowtime TIMESTAMP(3), payload STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '100');

-- setup (not upstream)
CREATE TABLE sinkTable (correct INT, rowtime TIMESTAMP(3)) WITH ('connector' = 'blackhole');

INSERT INTO sinkTable
SELECT
    SUM(correct) AS correct,
    TUMBLE_START(rowtime, INTERVAL '20' SECOND) AS rowtime
FROM (
    -- join query
    SELECT
        t1.key,
        t2.rowtime AS rowtime,
        t2.correct,
        t2.wStart
    FROM table2 t1, (
        -- tumble query
        SELECT
            key,
            CASE SUM(cnt) / COUNT(*) WHEN 101 THEN 1 WHEN -1 THEN NULL ELSE 99 END AS correct,
            TUMBLE_START(rowtime, INTERVAL '10' SECOND) AS wStart,
            TUMBLE_ROWTIME(rowtime, INTERVAL '10' SECOND) AS rowtime
        FROM (
            -- over query
            SELECT key, rowtime, 42 AS cnt FROM table1
        )
        -- tumble query
        WHERE rowtime > TIMESTAMP '1970-01-01 00:00:01'
        GROUP BY key, TUMBLE(rowtime, INTERVAL '10' SECOND)
    ) t2
    -- join query
    WHERE
        t1.key = t2.key AND
        t1.rowtime BETWEEN t2.rowtime AND t2.rowtime + INTERVAL '10' SECOND
)
GROUP BY TUMBLE(rowtime, INTERVAL '20' SECOND);
