-- source: apache/flink flink-table/flink-sql-client/src/test/resources/sql/set.q

-- test set a configuration
SET 'sql-client.execution.result-mode' = 'tableau';

SET 'table.dml-sync' = 'true';

-- test "ctas"
CREATE TABLE foo with(
  'connector' = 'filesystem',
  'path' = '/tmp/sluice-flink-streaming',
  'format' = 'csv'
) as select id FROM (VALUES (1)) T(id);

RESET 'table.dml-sync';

SELECT * from foo;

SHOW JARS;

reset 'table.resources.download-dir';

-- list the configured configuration
set;

-- reset the configuration
reset;

set;

-- should fail because default dialect doesn't support hive dialect
CREATE TABLE hive_table2 (
  product_id STRING,
  product_name STRING,
  unit_price DECIMAL(10, 4),
  pv_count BIGINT,
  like_count BIGINT,
  comment_count BIGINT,
  update_time TIMESTAMP(3),
  update_user STRING
) PARTITIONED BY (pt_year STRING, pt_month STRING, pt_day STRING) TBLPROPERTIES (
  'streaming-source.enable' = 'true'
);

set 'sql-client.verbose' = 'true';

set;

set 'execution.attached' = 'false';

reset 'execution.attached';

set;

SHOW JARS;

set;

reset;

SET 'sql-client.execution.result-mode' = 'tableau';

SET 'sql-client.display.print-time-cost' = 'false';

create function func1 as 'LowerUDF' LANGUAGE JAVA;

SELECT id, func1(str) FROM (VALUES (1, 'Hello World')) AS T(id, str) ;

SHOW JARS;
