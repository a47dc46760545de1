-- CREATE TABLE in the shapes of Flink's parser, converter and SQL-client tests:
-- every clause, type forms, options, LIKE, CTAS, and the errors they check.

CREATE TABLE orders (
  order_id BIGINT NOT NULL,
  `user` BIGINT,
  product VARCHAR(32),
  amount INT,
  price DECIMAL(10, 2),
  ts TIMESTAMP(3),
  ptime AS PROCTIME(),
  PRIMARY KEY (order_id) NOT ENFORCED,
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH (
  'connector' = 'datagen'
);

CREATE TABLE IF NOT EXISTS orders (a INT) WITH ('connector' = 'datagen');

CREATE TABLE orders (a INT) WITH ('connector' = 'datagen');

create table tbl_lower (a int, b varchar(10), c bigint not null) with ('connector' = 'datagen');

CREATE TABLE t_all_types (
  c_char CHAR,
  c_char5 CHAR(5),
  c_varchar VARCHAR,
  c_varchar5 VARCHAR(5),
  c_string STRING,
  c_boolean BOOLEAN,
  c_binary BINARY,
  c_binary3 BINARY(3),
  c_varbinary VARBINARY,
  c_varbinary3 VARBINARY(3),
  c_bytes BYTES,
  c_decimal DECIMAL,
  c_decimal10 DECIMAL(10),
  c_decimal102 DECIMAL(10, 2),
  c_dec DEC(5, 1),
  c_numeric NUMERIC(20, 4),
  c_tinyint TINYINT,
  c_smallint SMALLINT,
  c_int INT,
  c_integer INTEGER,
  c_bigint BIGINT,
  c_float FLOAT,
  c_double DOUBLE,
  c_double_precision DOUBLE PRECISION,
  c_date DATE,
  c_time TIME,
  c_time3 TIME(3),
  c_timestamp TIMESTAMP,
  c_timestamp0 TIMESTAMP(0),
  c_timestamp9 TIMESTAMP(9),
  c_timestamp_wo TIMESTAMP(3) WITHOUT TIME ZONE,
  c_ltz TIMESTAMP_LTZ,
  c_ltz3 TIMESTAMP_LTZ(3),
  c_ltz_long TIMESTAMP(6) WITH LOCAL TIME ZONE
) WITH ('connector' = 'datagen');

CREATE TABLE t_intervals (
  i1 INTERVAL YEAR,
  i2 INTERVAL YEAR(4),
  i3 INTERVAL YEAR TO MONTH,
  i4 INTERVAL MONTH,
  i5 INTERVAL DAY,
  i6 INTERVAL DAY(3) TO HOUR,
  i7 INTERVAL DAY TO MINUTE,
  i8 INTERVAL DAY TO SECOND(3),
  i9 INTERVAL HOUR,
  i10 INTERVAL HOUR TO MINUTE,
  i11 INTERVAL HOUR TO SECOND,
  i12 INTERVAL MINUTE,
  i13 INTERVAL MINUTE TO SECOND(6),
  i14 INTERVAL SECOND,
  i15 INTERVAL SECOND(9)
) WITH ('connector' = 'blackhole');

CREATE TABLE t_nested (
  a ARRAY<INT>,
  b ARRAY<ARRAY<STRING NOT NULL>>,
  c MAP<STRING, ARRAY<INT>>,
  d MULTISET<BIGINT>,
  e ROW<f1 INT, f2 STRING>,
  f ROW<`f 1` INT 'a comment', f2 ROW<g1 BOOLEAN, g2 DOUBLE> 'nested'>,
  g ROW(h1 INT, h2 STRING),
  h INT ARRAY,
  i STRING MULTISET,
  j ARRAY<ROW<k1 INT, k2 MAP<STRING, INT>>> NOT NULL
) WITH ('connector' = 'datagen');

CREATE TABLE t_comments (
  id INT COMMENT 'the id',
  name STRING NOT NULL COMMENT 'the name',
  score AS id * 2 COMMENT 'a computed column',
  meta STRING METADATA COMMENT 'a metadata column'
) COMMENT 'a table with comments' WITH ('connector' = 'datagen');

CREATE TABLE t_computed (
  a INT,
  b BIGINT,
  c STRING,
  d AS a + b,
  e AS UPPER(c),
  f AS CAST(a AS STRING),
  g AS CASE WHEN a > 0 THEN 'pos' ELSE 'neg' END,
  h AS COALESCE(c, 'none'),
  i AS CHAR_LENGTH(c) + 1,
  j AS a > 10,
  k AS CURRENT_TIMESTAMP,
  l AS TO_TIMESTAMP(c),
  m AS DATE_FORMAT(CURRENT_TIMESTAMP, 'yyyy-MM-dd')
) WITH ('connector' = 'datagen');

CREATE TABLE t_metadata (
  id BIGINT,
  payload STRING,
  event_time TIMESTAMP_LTZ(3) METADATA FROM 'timestamp',
  part INT METADATA FROM 'partition' VIRTUAL,
  off BIGINT METADATA VIRTUAL,
  headers MAP<STRING, BYTES> METADATA
) WITH ('connector' = 'kafka', 'topic' = 'events', 'properties.bootstrap.servers' = 'localhost:9092', 'format' = 'json');

CREATE TABLE t_pk_named (a INT, b STRING, CONSTRAINT pk_ab PRIMARY KEY (a, b) NOT ENFORCED) WITH ('connector' = 'datagen');

CREATE TABLE t_pk_column (a INT PRIMARY KEY NOT ENFORCED, b STRING) WITH ('connector' = 'datagen');

CREATE TABLE t_pk_column_named (a INT CONSTRAINT pk_a PRIMARY KEY NOT ENFORCED, b STRING) WITH ('connector' = 'datagen');

CREATE TABLE t_pk_enforced (a INT, PRIMARY KEY (a)) WITH ('connector' = 'datagen');

CREATE TABLE t_pk_enforced2 (a INT, PRIMARY KEY (a) ENFORCED) WITH ('connector' = 'datagen');

CREATE TABLE t_unique (a INT, b INT, UNIQUE (b) NOT ENFORCED) WITH ('connector' = 'datagen');

CREATE TABLE t_two_pks (a INT PRIMARY KEY NOT ENFORCED, b INT, PRIMARY KEY (b) NOT ENFORCED) WITH ('connector' = 'datagen');

CREATE TABLE t_pk_missing (a INT, PRIMARY KEY (z) NOT ENFORCED) WITH ('connector' = 'datagen');

CREATE TABLE t_pk_computed (a INT, b AS a + 1, PRIMARY KEY (b) NOT ENFORCED) WITH ('connector' = 'datagen');

CREATE TABLE t_pk_metadata (a INT, m STRING METADATA, PRIMARY KEY (m) NOT ENFORCED) WITH ('connector' = 'datagen');

CREATE TABLE t_wm_ltz (ts TIMESTAMP_LTZ(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'datagen');

CREATE TABLE t_wm_computed (s STRING, ts AS TO_TIMESTAMP(s), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

CREATE TABLE t_wm_nested_ts (r ROW<t TIMESTAMP(3)>, ts AS r.t, WATERMARK FOR ts AS ts - INTERVAL '1' MINUTE) WITH ('connector' = 'datagen');

CREATE TABLE t_wm_int (a INT, WATERMARK FOR a AS a) WITH ('connector' = 'datagen');

CREATE TABLE t_wm_ts6 (ts TIMESTAMP(6), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

CREATE TABLE t_wm_expr_int (ts TIMESTAMP(3), WATERMARK FOR ts AS 1) WITH ('connector' = 'datagen');

CREATE TABLE t_wm_two (ts TIMESTAMP(3), ts2 TIMESTAMP(3), WATERMARK FOR ts AS ts, WATERMARK FOR ts2 AS ts2) WITH ('connector' = 'datagen');

CREATE TABLE t_wm_missing (a INT, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

CREATE TABLE t_wm_seconds (ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECONDS) WITH ('connector' = 'datagen');

CREATE TABLE t_wm_minute (ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' MINUTE - INTERVAL '30' SECOND) WITH ('connector' = 'datagen');

CREATE TABLE t_partitioned (a INT, b STRING, dt STRING, hr STRING) PARTITIONED BY (dt, hr) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-heldout/parts', 'format' = 'csv');

CREATE TABLE t_partitioned_missing (a INT) PARTITIONED BY (dt) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-heldout/x', 'format' = 'csv');

CREATE TABLE t_partitioned_computed (a INT, b AS a * 2) PARTITIONED BY (b) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-heldout/y', 'format' = 'csv');

CREATE TABLE t_dist_hash (a INT, b STRING) DISTRIBUTED BY HASH(a) INTO 4 BUCKETS WITH ('connector' = 'datagen');

CREATE TABLE t_dist_range (a INT, b STRING) DISTRIBUTED BY RANGE(a, b) INTO 2 BUCKETS WITH ('connector' = 'datagen');

CREATE TABLE t_dist_plain (a INT, b STRING) DISTRIBUTED BY (a) WITH ('connector' = 'datagen');

CREATE TABLE t_dist_into (a INT) DISTRIBUTED INTO 8 BUCKETS WITH ('connector' = 'datagen');

CREATE TABLE t_dist_bad_key (a INT) DISTRIBUTED BY HASH(z) INTO 2 BUCKETS WITH ('connector' = 'datagen');

CREATE TABLE t_dist_zero (a INT) DISTRIBUTED BY (a) INTO 0 BUCKETS WITH ('connector' = 'datagen');

CREATE TABLE t_dist_part (a INT, dt STRING) DISTRIBUTED BY HASH(a) INTO 3 BUCKETS PARTITIONED BY (dt) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-heldout/z', 'format' = 'csv');

CREATE TABLE t_no_options (a INT);

CREATE TABLE t_empty_options (a INT) WITH ();

CREATE TABLE t_no_connector (a INT) WITH ('format' = 'json');

CREATE TABLE t_dup_col (a INT, a STRING) WITH ('connector' = 'datagen');

CREATE TABLE t_dup_computed (a INT, a AS 1) WITH ('connector' = 'datagen');

CREATE TABLE t_bad_fn (a INT, b AS no_such_function(a)) WITH ('connector' = 'datagen');

CREATE TABLE t_bad_ref (a INT, b AS c + 1) WITH ('connector' = 'datagen');

CREATE TABLE t_computed_on_computed (a INT, b AS a + 1, c AS b + 1) WITH ('connector' = 'datagen');

CREATE TABLE t_agg_computed (a INT, b AS SUM(a)) WITH ('connector' = 'datagen');

CREATE TABLE `t quoted` (`a b` INT, `select` STRING, `from` BIGINT) WITH ('connector' = 'datagen');

CREATE TABLE t_reserved (select INT) WITH ('connector' = 'datagen');

CREATE TABLE t_keyword_cols (`user` STRING, `timestamp` TIMESTAMP(3), `value` DOUBLE, `date` DATE, `key` STRING, name STRING, status INT, type STRING, data STRING) WITH ('connector' = 'datagen');

CREATE TABLE default_catalog.default_database.t_qualified (a INT) WITH ('connector' = 'datagen');

CREATE TABLE default_database.t_two_part (a INT) WITH ('connector' = 'datagen');

CREATE TABLE no_db.t_bad_db (a INT) WITH ('connector' = 'datagen');

CREATE TABLE no_cat.no_db.t_bad_cat (a INT) WITH ('connector' = 'datagen');

CREATE TEMPORARY TABLE tmp_src (a INT, b STRING) WITH ('connector' = 'datagen', 'rows-per-second' = '5');

CREATE TEMPORARY TABLE IF NOT EXISTS tmp_src (a INT) WITH ('connector' = 'datagen');

CREATE TABLE t_datagen_opts (id INT, name STRING, score DOUBLE) WITH ('connector' = 'datagen', 'rows-per-second' = '10', 'number-of-rows' = '100', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '100', 'fields.name.length' = '10', 'fields.score.min' = '0', 'fields.score.max' = '1');

CREATE TABLE t_print (a INT, b STRING) WITH ('connector' = 'print', 'print-identifier' = 'out', 'standard-error' = 'false');

CREATE TABLE t_blackhole (a INT, b STRING) WITH ('connector' = 'blackhole');

CREATE TABLE t_fs_json (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-heldout/json', 'format' = 'json', 'json.ignore-parse-errors' = 'true');

CREATE TABLE t_fs_csv (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-heldout/csv', 'format' = 'csv', 'csv.field-delimiter' = ';', 'csv.ignore-parse-errors' = 'true');

CREATE TABLE t_kafka (id BIGINT, msg STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'kafka', 'topic' = 'msgs', 'properties.bootstrap.servers' = 'localhost:9092', 'properties.group.id' = 'g1', 'scan.startup.mode' = 'earliest-offset', 'format' = 'json');

CREATE TABLE t_upsert_kafka (id BIGINT, cnt BIGINT, PRIMARY KEY (id) NOT ENFORCED) WITH ('connector' = 'upsert-kafka', 'topic' = 'counts', 'properties.bootstrap.servers' = 'localhost:9092', 'key.format' = 'json', 'value.format' = 'json');

CREATE TABLE t_jdbc (id BIGINT, name STRING, PRIMARY KEY (id) NOT ENFORCED) WITH ('connector' = 'jdbc', 'url' = 'jdbc:mysql://localhost:3306/db', 'table-name' = 'users', 'username' = 'root', 'password' = 'secret');

CREATE TABLE t_dup_option (a INT) WITH ('connector' = 'datagen', 'connector' = 'datagen');

CREATE TABLE t_like_base (
  id BIGINT,
  name STRING,
  ts TIMESTAMP(3),
  c AS id + 1,
  m STRING METADATA VIRTUAL,
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND,
  PRIMARY KEY (id) NOT ENFORCED
) PARTITIONED BY (name) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-heldout/base', 'format' = 'json');

CREATE TABLE t_like_all (extra INT) WITH ('path' = 'file:///tmp/sluice-heldout/all') LIKE t_like_base;

CREATE TABLE t_like_excl (extra INT) WITH ('connector' = 'datagen') LIKE t_like_base (EXCLUDING ALL);

CREATE TABLE t_like_mix (extra INT) WITH ('connector' = 'blackhole') LIKE t_like_base (EXCLUDING OPTIONS EXCLUDING PARTITIONS INCLUDING GENERATED INCLUDING METADATA INCLUDING WATERMARKS);

CREATE TABLE t_like_overwrite (WATERMARK FOR ts AS ts - INTERVAL '10' SECOND) LIKE t_like_base (OVERWRITING WATERMARKS);

CREATE TABLE t_like_conflict_wm (WATERMARK FOR ts AS ts) LIKE t_like_base;

CREATE TABLE t_like_conflict_pk (PRIMARY KEY (name) NOT ENFORCED) LIKE t_like_base;

CREATE TABLE t_like_options (a INT) WITH ('format' = 'csv') LIKE t_like_base (OVERWRITING OPTIONS);

CREATE TABLE t_like_missing (a INT) WITH ('connector' = 'datagen') LIKE no_such_table;

CREATE TABLE t_like_dup_col (id INT) WITH ('connector' = 'datagen') LIKE t_like_base (EXCLUDING OPTIONS);

CREATE TABLE t_like_generated_overwrite (c AS id * 10) WITH ('connector' = 'blackhole') LIKE t_like_base (OVERWRITING GENERATED EXCLUDING OPTIONS EXCLUDING PARTITIONS);

CREATE TABLE t_like_bad_option (a INT) LIKE t_like_base (INCLUDING OPTIONS INCLUDING OPTIONS);

CREATE TABLE t_ctas WITH ('connector' = 'blackhole') AS SELECT order_id, product, amount FROM orders;

CREATE TABLE t_ctas_expr WITH ('connector' = 'blackhole') AS SELECT order_id, amount * 2 AS doubled, UPPER(product) AS p FROM orders WHERE amount > 0;

CREATE TABLE IF NOT EXISTS t_ctas WITH ('connector' = 'blackhole') AS SELECT order_id FROM orders;

CREATE TABLE t_ctas_cols (a BIGINT) WITH ('connector' = 'blackhole') AS SELECT order_id FROM orders;

CREATE TEMPORARY TABLE t_ctas_tmp WITH ('connector' = 'blackhole') AS SELECT order_id FROM orders;

CREATE TABLE t_ctas_agg WITH ('connector' = 'blackhole') AS SELECT product, COUNT(*) AS cnt FROM orders GROUP BY product;

CREATE TABLE t_ctas_no_connector AS SELECT order_id FROM orders;

CREATE TABLE t_ctas_values WITH ('connector' = 'blackhole') AS SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS v(id, name);

CREATE OR REPLACE TABLE t_ctas WITH ('connector' = 'blackhole') AS SELECT order_id, amount FROM orders;

CREATE TABLE t_raw (r RAW('java.lang.String', 'snapshot')) WITH ('connector' = 'datagen');

CREATE TABLE t_udt (u my_type) WITH ('connector' = 'datagen');

CREATE TABLE t_any (a ANY) WITH ('connector' = 'datagen');

CREATE TABLE t_ts_tz (a TIMESTAMP WITH TIME ZONE) WITH ('connector' = 'datagen');

CREATE TABLE t_time_ltz (a TIME WITH LOCAL TIME ZONE) WITH ('connector' = 'datagen');

CREATE TABLE t_real (a REAL) WITH ('connector' = 'datagen');

CREATE TABLE t_char_zero (a CHAR(0)) WITH ('connector' = 'datagen');

CREATE TABLE t_varchar_zero (a VARCHAR(0)) WITH ('connector' = 'datagen');

CREATE TABLE t_decimal_big (a DECIMAL(38, 18), b DECIMAL(40, 2)) WITH ('connector' = 'datagen');

CREATE TABLE t_decimal_scale (a DECIMAL(5, 6)) WITH ('connector' = 'datagen');

CREATE TABLE t_timestamp_big (a TIMESTAMP(10)) WITH ('connector' = 'datagen');

CREATE TABLE t_time_big (a TIME(10)) WITH ('connector' = 'datagen');

CREATE TABLE t_binary_zero (a BINARY(0)) WITH ('connector' = 'datagen');

CREATE TABLE t_map_no_value (a MAP<STRING>) WITH ('connector' = 'datagen');

CREATE TABLE t_array_empty (a ARRAY<>) WITH ('connector' = 'datagen');

CREATE TABLE t_row_empty (a ROW<>) WITH ('connector' = 'datagen');

CREATE TABLE t_not_null_row (a ROW<x INT NOT NULL, y STRING> NOT NULL, b ROW<x INT NOT NULL>) WITH ('connector' = 'datagen');

CREATE TABLE t_trailing_comma (a INT, b STRING,) WITH ('connector' = 'datagen');

CREATE TABLE t_no_columns () WITH ('connector' = 'datagen');

CREATE TABLE t_option_unquoted (a INT) WITH (connector = 'datagen');

CREATE TABLE t_option_number (a INT) WITH ('connector' = 'datagen', 'rows-per-second' = 5);

CREATE TABLE t_comment_before_with (a INT) COMMENT 'c' WITH ('connector' = 'datagen');

CREATE TABLE t_with_before_comment (a INT) WITH ('connector' = 'datagen') COMMENT 'c';

CREATE TABLE t_partition_before_comment (a INT, p STRING) PARTITIONED BY (p) COMMENT 'c' WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-heldout/p', 'format' = 'csv');

SHOW TABLES;

SHOW CREATE TABLE orders;

DESCRIBE orders;

DESC t_computed;

DESCRIBE EXTENDED t_metadata;

SHOW COLUMNS FROM orders;

SHOW COLUMNS IN orders LIKE '%d%';

SHOW COLUMNS FROM orders NOT LIKE 'p%';

DROP TABLE t_print;

DROP TABLE IF EXISTS t_print;

DROP TABLE t_print;

DROP TEMPORARY TABLE tmp_src;

DROP TEMPORARY TABLE tmp_src;

DROP TEMPORARY TABLE IF EXISTS tmp_src;

DROP TABLE default_catalog.default_database.t_blackhole;
