-- INSERT in the shapes of the SQL-client scripts, the converter tests and the docs:
-- targets, column lists, partitions, overwrite, hints, VALUES, changelog and sink checks.

CREATE TABLE src (id BIGINT, name STRING, amount DOUBLE, category STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

CREATE TABLE bounded_src (id BIGINT, name STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '10');

CREATE TABLE sink_bh (id BIGINT, name STRING) WITH ('connector' = 'blackhole');

CREATE TABLE sink_print (id BIGINT, name STRING, amount DOUBLE) WITH ('connector' = 'print');

CREATE TABLE sink_agg (category STRING, total DOUBLE) WITH ('connector' = 'print');

CREATE TABLE sink_pk (category STRING, total DOUBLE, PRIMARY KEY (category) NOT ENFORCED) WITH ('connector' = 'blackhole');

CREATE TABLE sink_fs (id BIGINT, name STRING, dt STRING) PARTITIONED BY (dt) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-heldout/sink', 'format' = 'csv');

CREATE TABLE sink_fs_json (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-heldout/sinkjson', 'format' = 'json');

CREATE TABLE sink_computed (id BIGINT, name STRING, c AS id + 1, m STRING METADATA VIRTUAL) WITH ('connector' = 'blackhole');

CREATE TABLE sink_nn (id BIGINT NOT NULL, name STRING NOT NULL) WITH ('connector' = 'blackhole');

CREATE TABLE sink_types (b TINYINT, s SMALLINT, i INT, l BIGINT, f FLOAT, d DOUBLE, dec DECIMAL(10, 2), str STRING, vc VARCHAR(5), ch CHAR(3), bo BOOLEAN, dt DATE, tm TIME, ts TIMESTAMP(3), ltz TIMESTAMP_LTZ(3)) WITH ('connector' = 'blackhole');

CREATE VIEW v_src AS SELECT id, name FROM src;

INSERT INTO sink_bh SELECT id, name FROM src;

INSERT INTO sink_bh (id, name) SELECT id, name FROM src;

INSERT INTO sink_bh (name, id) SELECT name, id FROM src;

INSERT INTO sink_bh (id) SELECT id FROM src;

INSERT INTO sink_bh (name) VALUES ('x');

INSERT INTO sink_bh (id, id) SELECT id, id FROM src;

INSERT INTO sink_bh (id, nope) SELECT id, name FROM src;

INSERT INTO sink_bh SELECT * FROM v_src;

INSERT INTO sink_bh SELECT id FROM src;

INSERT INTO sink_bh SELECT id, name, amount FROM src;

INSERT INTO sink_bh SELECT name, id FROM src;

INSERT INTO sink_bh SELECT CAST(id AS INT), name FROM src;

INSERT INTO sink_bh SELECT id, CAST(amount AS STRING) FROM src;

INSERT INTO sink_bh VALUES (1, 'a');

INSERT INTO sink_bh VALUES (1, 'a'), (2, 'b'), (3, 'c');

INSERT INTO sink_bh VALUES (1);

INSERT INTO sink_bh VALUES ('a', 1);

INSERT INTO sink_bh VALUES (CAST(1 AS BIGINT), CAST(NULL AS STRING));

INSERT INTO sink_print SELECT id, name, amount FROM src WHERE amount > 10;

INSERT INTO sink_print SELECT s.id, s.name, s.amount FROM src s JOIN bounded_src b ON s.id = b.id;

INSERT INTO sink_agg SELECT category, SUM(amount) FROM src GROUP BY category;

INSERT INTO sink_pk SELECT category, SUM(amount) FROM src GROUP BY category;

INSERT INTO sink_fs_json SELECT id, name FROM src;

INSERT INTO sink_fs_json SELECT category, COUNT(*) FROM src GROUP BY category;

INSERT INTO sink_fs SELECT id, name, DATE_FORMAT(ts, 'yyyy-MM-dd') FROM src;

INSERT INTO sink_fs PARTITION (dt = '2024-01-01') SELECT id, name FROM src;

INSERT INTO sink_fs PARTITION (dt = '2024-01-01') (id, name) SELECT id, name FROM src;

INSERT OVERWRITE sink_fs SELECT id, name, 'x' FROM src;

INSERT OVERWRITE sink_bh SELECT id, name FROM src;

INSERT INTO sink_computed SELECT id, name FROM src;

INSERT INTO sink_computed (id, name) SELECT id, name FROM src;

INSERT INTO sink_computed SELECT id, name, id + 1 FROM src;

INSERT INTO sink_nn SELECT id, name FROM src;

INSERT INTO sink_types VALUES (1, 2, 3, 4, 5.0, 6.0, 7.5, 'x', 'abc', 'abc', TRUE, DATE '2024-01-01', TIME '10:00:00', TIMESTAMP '2024-01-01 10:00:00', TIMESTAMP '2024-01-01 10:00:00');

INSERT INTO sink_types (i, str) VALUES (1, 'hello');

INSERT INTO sink_types (ltz) SELECT ts FROM src;

INSERT INTO sink_types (ts) SELECT CURRENT_TIMESTAMP FROM src;

INSERT INTO sink_types (dec) SELECT amount FROM src;

INSERT INTO sink_types (vc) SELECT name FROM src;

INSERT INTO sink_types (b) SELECT id FROM src;

INSERT INTO sink_types (l) SELECT CAST(id AS TINYINT) FROM src;

INSERT INTO sink_types (dt) SELECT ts FROM src;

INSERT INTO sink_types (bo) SELECT id FROM src;

INSERT INTO sink_bh /*+ OPTIONS('sink.parallelism' = '2') */ SELECT id, name FROM src;

INSERT INTO sink_bh SELECT /*+ OPTIONS('rows-per-second' = '1') */ id, name FROM src;

INSERT INTO no_such_sink SELECT id, name FROM src;

INSERT INTO v_src SELECT id, name FROM src;

INSERT INTO src SELECT * FROM src;

INSERT INTO default_catalog.default_database.sink_bh SELECT id, name FROM src;

INSERT INTO sink_bh WITH t AS (SELECT id, name FROM src) SELECT * FROM t;

INSERT INTO sink_bh SELECT id, name FROM src UNION ALL SELECT id, name FROM bounded_src;

INSERT INTO sink_bh SELECT id, name FROM src UNION SELECT id, name FROM bounded_src;

INSERT INTO sink_agg SELECT category, SUM(amount) FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end, category;

INSERT INTO sink_bh SELECT id, name FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY id ORDER BY ts) AS rn FROM src) WHERE rn = 1;

INSERT INTO sink_bh SELECT id, LISTAGG(name) FROM src GROUP BY id;

INSERT INTO sink_print SELECT id, name, SUM(amount) OVER (PARTITION BY id ORDER BY ts ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM src;

UPSERT INTO sink_bh SELECT id, name FROM src;

INSERT sink_bh SELECT id, name FROM src;

INSERT INTO sink_bh;

EXECUTE INSERT INTO sink_bh SELECT id, name FROM src;

SET 'execution.runtime-mode' = 'batch';

INSERT OVERWRITE sink_fs SELECT id, name, 'x' FROM bounded_src;

INSERT OVERWRITE sink_fs PARTITION (dt = 'd1') SELECT id, name FROM bounded_src;

INSERT OVERWRITE sink_bh SELECT id, name FROM bounded_src;

INSERT INTO sink_bh SELECT id, name FROM bounded_src ORDER BY id;

INSERT INTO sink_bh SELECT id, name FROM src;

SET 'execution.runtime-mode' = 'streaming';
