CREATE TABLE s1 (a INT, b STRING) WITH ('connector' = 'datagen', 'rows-per-second' = '1', 'number-of-rows' = '10', 'fields.a.kind' = 'random', 'fields.a.min' = '1', 'fields.a.max' = '10', 'fields.b.length' = '5');

SELECT * FROM s1;

CREATE TABLE s2 (a INT, b STRING) WITH ('connector' = 'datagen', 'fields.a.kind' = 'sequence', 'fields.a.start' = '1', 'fields.a.end' = '100');

SELECT * FROM s2;

CREATE TABLE s3 (a INT) WITH ('connector' = 'datagen', 'fields.a.kind' = 'sequence');

SELECT * FROM s3;

CREATE TABLE s4 (a INT) WITH ('connector' = 'datagen', 'fields.z.min' = '1');

SELECT * FROM s4;

CREATE TABLE s5 (a INT) WITH ('connector' = 'datagen', 'rows-per-second' = 'fast');

SELECT * FROM s5;

CREATE TABLE s6 (a TIMESTAMP(3), b DATE, c DECIMAL(10, 2), d BOOLEAN, e ARRAY<INT>, f MAP<STRING, INT>, g ROW<x INT>, h BYTES) WITH ('connector' = 'datagen');

SELECT * FROM s6;

CREATE TABLE s7 (a INT) WITH ('connector' = 'datagen', 'fields.a.null-rate' = '0.5');

SELECT * FROM s7;

CREATE TABLE s8 (a TIMESTAMP(3)) WITH ('connector' = 'datagen', 'fields.a.max-past' = '5 s');

SELECT * FROM s8;

CREATE TABLE s9 (a STRING) WITH ('connector' = 'datagen', 'fields.a.kind' = 'sequence', 'fields.a.start' = '1', 'fields.a.end' = '5');

SELECT * FROM s9;

CREATE TABLE s10 (a INT) WITH ('connector' = 'datagen', 'fields.a.var-len' = 'true');

SELECT * FROM s10;

CREATE TABLE s11 (a VARCHAR(5)) WITH ('connector' = 'datagen', 'fields.a.var-len' = 'true');

SELECT * FROM s11;

CREATE TABLE s12 (a INT) WITH ('connector' = 'datagen', 'scan.parallelism' = '2');

SELECT * FROM s12;

CREATE TABLE s13 (a INT) WITH ('connector' = 'datagen', 'source.parallelism' = '2');

SELECT * FROM s13;

CREATE TABLE p1 (a INT) WITH ('connector' = 'print', 'print-identifier' = 'x', 'standard-error' = 'true', 'sink.parallelism' = '1');

INSERT INTO p1 SELECT a FROM s1;

CREATE TABLE p2 (a INT) WITH ('connector' = 'print', 'no-such' = 'x');

INSERT INTO p2 SELECT a FROM s1;

SELECT * FROM p1;

CREATE TABLE b1 (a INT) WITH ('connector' = 'blackhole', 'x' = 'y');

INSERT INTO b1 SELECT a FROM s1;

SELECT * FROM b1;

CREATE TABLE f1 (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-scratch/f1', 'format' = 'csv');

INSERT INTO f1 SELECT a, b FROM s1;

SELECT * FROM f1;

CREATE TABLE f2 (a INT) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-scratch/f2');

INSERT INTO f2 SELECT a FROM s1;

CREATE TABLE f3 (a INT) WITH ('connector' = 'filesystem', 'format' = 'csv');

INSERT INTO f3 SELECT a FROM s1;

CREATE TABLE f4 (a INT) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-scratch/f4', 'format' = 'avro');

INSERT INTO f4 SELECT a FROM s1;

CREATE TABLE f5 (a INT) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-scratch/f5', 'format' = 'json', 'json.fail-on-missing-field' = 'true', 'json.timestamp-format.standard' = 'ISO-8601');

INSERT INTO f5 SELECT a FROM s1;

CREATE TABLE f6 (a INT) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-scratch/f6', 'format' = 'json', 'json.timestamp-format.standard' = 'NOPE');

INSERT INTO f6 SELECT a FROM s1;

CREATE TABLE f7 (a INT) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-scratch/f7', 'format' = 'csv', 'csv.field-delimiter' = 'ab');

INSERT INTO f7 SELECT a FROM s1;

CREATE TABLE f8 (a INT) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-scratch/f8', 'format' = 'raw');

INSERT INTO f8 SELECT a FROM s1;

CREATE TABLE f9 (a STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-scratch/f9', 'format' = 'raw');

INSERT INTO f9 SELECT b FROM s1;

CREATE TABLE f10 (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-scratch/f10', 'format' = 'raw');

INSERT INTO f10 SELECT a, b FROM s1;

CREATE TABLE f11 (a INT, dt STRING) PARTITIONED BY (dt) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-scratch/f11', 'format' = 'csv', 'sink.rolling-policy.file-size' = '1MB', 'sink.rolling-policy.rollover-interval' = '1 min', 'sink.partition-commit.trigger' = 'process-time', 'sink.partition-commit.delay' = '0 s', 'sink.partition-commit.policy.kind' = 'success-file');

INSERT INTO f11 SELECT a, b FROM s1;

CREATE TABLE f12 (a INT) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-scratch/f12', 'format' = 'csv', 'sink.rolling-policy.file-size' = 'big');

INSERT INTO f12 SELECT a FROM s1;

CREATE TABLE f13 (a INT) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-scratch/f13', 'format' = 'csv', 'source.monitor-interval' = '1 s');

SELECT * FROM f13;

CREATE TABLE f14 (a INT, dt STRING) PARTITIONED BY (dt) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-scratch/f14', 'format' = 'csv', 'partition.default-name' = 'x');

SELECT * FROM f14;

CREATE TABLE f15 (a INT) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-scratch/f15', 'format' = 'json', 'json.map-null-key.mode' = 'LITERAL', 'json.map-null-key.literal' = 'n', 'json.encode.decimal-as-plain-number' = 'true');

INSERT INTO f15 SELECT a FROM s1;

CREATE TABLE f16 (a INT) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-scratch/f16', 'format' = 'csv', 'csv.quote-character' = '''', 'csv.allow-comments' = 'true', 'csv.array-element-delimiter' = '|', 'csv.escape-character' = '\', 'csv.null-literal' = 'N', 'csv.disable-quote-character' = 'false');

INSERT INTO f16 SELECT a FROM s1;

CREATE TABLE f17 (a INT, m STRING METADATA FROM 'file.path' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-scratch/f17', 'format' = 'csv');

SELECT * FROM f17;

CREATE TABLE f18 (a INT, m STRING METADATA FROM 'no.such' VIRTUAL) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-scratch/f18', 'format' = 'csv');

SELECT * FROM f18;

CREATE TABLE f19 (a INT, m STRING METADATA) WITH ('connector' = 'datagen');

SELECT * FROM f19;

CREATE TABLE f20 (a INT, PRIMARY KEY (a) NOT ENFORCED) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-scratch/f20', 'format' = 'csv');

INSERT INTO f20 SELECT a FROM s1;

CREATE TABLE k1 (a INT) WITH ('connector' = 'kafka', 'topic' = 't');

SELECT * FROM k1;

INSERT INTO k1 SELECT a FROM s1;
