-- Built-in connector option validation (datagen, print, blackhole, filesystem)
-- and unknown connectors/formats. Options are only checked when the table is
-- used, so every CREATE is followed by a SELECT or INSERT.

-- a source for sink tests
CREATE TABLE src (id BIGINT, name STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '5');

-- datagen: valid options
CREATE TABLE g1 (id BIGINT, name STRING, ts TIMESTAMP(3)) WITH ('connector' = 'datagen', 'rows-per-second' = '100', 'number-of-rows' = '10', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '10', 'fields.name.length' = '5', 'fields.ts.max-past' = '1 h');

-- use g1
SELECT * FROM g1;

-- datagen: unknown option
CREATE TABLE g2 (id BIGINT) WITH ('connector' = 'datagen', 'no-such-option' = 'x');

-- use g2
SELECT * FROM g2;

-- datagen: bad rows-per-second value
CREATE TABLE g3 (id BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = 'fast');

-- use g3
SELECT * FROM g3;

-- datagen: bad number-of-rows value
CREATE TABLE g4 (id BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '-x');

-- use g4
SELECT * FROM g4;

-- datagen: unsupported generator kind
CREATE TABLE g5 (id BIGINT) WITH ('connector' = 'datagen', 'fields.id.kind' = 'Sequence');

-- use g5
SELECT * FROM g5;

-- datagen: sequence without start/end
CREATE TABLE g6 (id BIGINT) WITH ('connector' = 'datagen', 'fields.id.kind' = 'sequence');

-- use g6
SELECT * FROM g6;

-- datagen: per-field option for an unknown column
CREATE TABLE g7 (id BIGINT) WITH ('connector' = 'datagen', 'fields.nope.min' = '1');

-- use g7
SELECT * FROM g7;

-- datagen: min/max on a numeric column
CREATE TABLE g8 (id BIGINT, d DOUBLE) WITH ('connector' = 'datagen', 'fields.id.min' = '1', 'fields.id.max' = '100', 'fields.d.min' = '0.5');

-- use g8
SELECT * FROM g8;

-- datagen: length on a CHAR column is not allowed
CREATE TABLE g9 (c CHAR(5)) WITH ('connector' = 'datagen', 'fields.c.length' = '3');

-- use g9
SELECT * FROM g9;

-- datagen: length larger than VARCHAR(n)
CREATE TABLE g10 (v VARCHAR(5)) WITH ('connector' = 'datagen', 'fields.v.length' = '10');

-- use g10
SELECT * FROM g10;

-- datagen: start/end on a BOOLEAN column is unsupported
CREATE TABLE g11 (b BOOLEAN) WITH ('connector' = 'datagen', 'fields.b.kind' = 'sequence', 'fields.b.start' = '1', 'fields.b.end' = '2');

-- use g11
SELECT * FROM g11;

-- datagen: null-rate
CREATE TABLE g12 (id BIGINT) WITH ('connector' = 'datagen', 'fields.id.null-rate' = '0.5');

-- use g12
SELECT * FROM g12;

-- datagen: var-len on a STRING column
CREATE TABLE g13 (s STRING) WITH ('connector' = 'datagen', 'fields.s.var-len' = 'true');

-- use g13
SELECT * FROM g13;

-- datagen: bad max-past duration
CREATE TABLE g14 (ts TIMESTAMP(3)) WITH ('connector' = 'datagen', 'fields.ts.max-past' = 'forever');

-- use g14
SELECT * FROM g14;

-- datagen: sequence on a timestamp column
CREATE TABLE g15 (ts TIMESTAMP(3)) WITH ('connector' = 'datagen', 'fields.ts.kind' = 'sequence', 'fields.ts.start' = '1', 'fields.ts.end' = '2');

-- use g15
SELECT * FROM g15;

-- datagen: per-field option on a computed column
CREATE TABLE g16 (id BIGINT, c AS id + 1) WITH ('connector' = 'datagen', 'fields.c.min' = '1');

-- use g16
SELECT * FROM g16;

-- datagen: scan.parallelism
CREATE TABLE g17 (id BIGINT) WITH ('connector' = 'datagen', 'scan.parallelism' = '2');

-- use g17
SELECT * FROM g17;

-- datagen used as a sink fails
INSERT INTO g1 SELECT 1, 'a', CAST(NULL AS TIMESTAMP(3));

-- datagen: a format option is unknown
CREATE TABLE g18 (id BIGINT) WITH ('connector' = 'datagen', 'format' = 'json');

-- use g18
SELECT * FROM g18;

-- print: valid options
CREATE TABLE p1 (id BIGINT, name STRING) WITH ('connector' = 'print', 'print-identifier' = 'x', 'standard-error' = 'true', 'sink.parallelism' = '1');

-- use p1
INSERT INTO p1 SELECT * FROM src;

-- print: unknown option
CREATE TABLE p2 (id BIGINT, name STRING) WITH ('connector' = 'print', 'no-such-option' = 'x');

-- use p2
INSERT INTO p2 SELECT * FROM src;

-- print: bad boolean value
CREATE TABLE p3 (id BIGINT, name STRING) WITH ('connector' = 'print', 'standard-error' = 'yes');

-- use p3
INSERT INTO p3 SELECT * FROM src;

-- print: bad sink.parallelism
CREATE TABLE p4 (id BIGINT, name STRING) WITH ('connector' = 'print', 'sink.parallelism' = 'two');

-- use p4
INSERT INTO p4 SELECT * FROM src;

-- print used as a source fails
SELECT * FROM p1;

-- blackhole: valid
CREATE TABLE b1 (id BIGINT, name STRING) WITH ('connector' = 'blackhole');

-- use b1
INSERT INTO b1 SELECT * FROM src;

-- blackhole: unknown option
CREATE TABLE b2 (id BIGINT, name STRING) WITH ('connector' = 'blackhole', 'x' = 'y');

-- use b2
INSERT INTO b2 SELECT * FROM src;

-- blackhole used as a source fails
SELECT * FROM b1;

-- filesystem: valid csv
CREATE TABLE f1 (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv');

-- use f1 as sink
INSERT INTO f1 SELECT * FROM src;

-- use f1 as source
SELECT * FROM f1;

-- filesystem: missing path
CREATE TABLE f2 (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'format' = 'csv');

-- use f2
INSERT INTO f2 SELECT * FROM src;

-- filesystem: missing format
CREATE TABLE f3 (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none');

-- use f3
INSERT INTO f3 SELECT * FROM src;

-- filesystem: unknown format
CREATE TABLE f4 (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'avro');

-- use f4
INSERT INTO f4 SELECT * FROM src;

-- filesystem: json format
CREATE TABLE f5 (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'json', 'json.ignore-parse-errors' = 'true');

-- use f5
INSERT INTO f5 SELECT * FROM src;

-- filesystem: raw format with one column
CREATE TABLE f6 (line STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'raw');

-- use f6
INSERT INTO f6 SELECT name FROM src;

-- filesystem: raw format with two columns fails
CREATE TABLE f7 (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'raw');

-- use f7
INSERT INTO f7 SELECT * FROM src;

-- filesystem: unknown connector option
CREATE TABLE f8 (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv', 'no-such-option' = 'x');

-- use f8
INSERT INTO f8 SELECT * FROM src;

-- filesystem: unknown csv format option
CREATE TABLE f9 (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv', 'csv.no-such' = 'x');

-- use f9
INSERT INTO f9 SELECT * FROM src;

-- filesystem: csv options
CREATE TABLE f10 (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv', 'csv.field-delimiter' = ';', 'csv.ignore-parse-errors' = 'true', 'csv.allow-comments' = 'true');

-- use f10
INSERT INTO f10 SELECT * FROM src;

-- filesystem: csv field delimiter of two characters
CREATE TABLE f11 (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv', 'csv.field-delimiter' = ';;');

-- use f11
INSERT INTO f11 SELECT * FROM src;

-- filesystem: csv quote character with quoting disabled
CREATE TABLE f12 (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv', 'csv.disable-quote-character' = 'true', 'csv.quote-character' = '''');

-- use f12
INSERT INTO f12 SELECT * FROM src;

-- filesystem: json map-null-key mode invalid
CREATE TABLE f13 (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'json', 'json.map-null-key.mode' = 'IGNORE');

-- use f13
INSERT INTO f13 SELECT * FROM src;

-- filesystem: bad rolling file size
CREATE TABLE f14 (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv', 'sink.rolling-policy.file-size' = 'huge');

-- use f14
INSERT INTO f14 SELECT * FROM src;

-- filesystem: rolling options valid
CREATE TABLE f15 (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv', 'sink.rolling-policy.file-size' = '1MB', 'sink.rolling-policy.rollover-interval' = '1 min', 'auto-compaction' = 'true');

-- use f15
INSERT INTO f15 SELECT * FROM src;

-- filesystem: partition commit policy
CREATE TABLE f16 (id BIGINT, name STRING, dt STRING) PARTITIONED BY (dt) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv', 'sink.partition-commit.policy.kind' = 'success-file', 'sink.partition-commit.delay' = '1 h');

-- use f16
INSERT INTO f16 SELECT id, name, 'd' FROM src;

-- filesystem: partition-time trigger without watermark
CREATE TABLE f17 (id BIGINT, name STRING, dt STRING) PARTITIONED BY (dt) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv', 'sink.partition-commit.trigger' = 'partition-time');

-- use f17
INSERT INTO f17 SELECT id, name, 'd' FROM src;

-- filesystem: metastore policy on a non-hive catalog
CREATE TABLE f18 (id BIGINT, name STRING, dt STRING) PARTITIONED BY (dt) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv', 'sink.partition-commit.policy.kind' = 'metastore');

-- use f18
INSERT INTO f18 SELECT id, name, 'd' FROM src;

-- filesystem: source.monitor-interval makes it unbounded
CREATE TABLE f19 (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv', 'source.monitor-interval' = '10 s');

-- use f19
SELECT * FROM f19;

-- unknown connector: source
CREATE TABLE u1 (id BIGINT) WITH ('connector' = 'kafka', 'topic' = 't', 'properties.bootstrap.servers' = 'x:9092', 'format' = 'json');

-- use u1 as source
SELECT * FROM u1;

-- use u1 as sink
INSERT INTO u1 SELECT id FROM src;

-- unknown connector with wrong case of a known one
CREATE TABLE u2 (id BIGINT) WITH ('connector' = 'DataGen');

-- use u2
SELECT * FROM u2;

-- unknown connector starrocks
CREATE TABLE u3 (id BIGINT) WITH ('connector' = 'starrocks');

-- use u3 as sink
INSERT INTO u3 SELECT id FROM src;

-- empty connector value
CREATE TABLE u4 (id BIGINT) WITH ('connector' = '');

-- use u4
SELECT * FROM u4;

-- connector name with whitespace
CREATE TABLE u5 (id BIGINT) WITH ('connector' = ' datagen');

-- use u5
SELECT * FROM u5;

-- SELECT with an OPTIONS hint adding an unknown option
SELECT * FROM g1 /*+ OPTIONS('no-such' = 'x') */;

-- SELECT with an OPTIONS hint changing number-of-rows
SELECT * FROM g1 /*+ OPTIONS('number-of-rows' = '3') */;

-- hints disabled by configuration
SET 'table.dynamic-table-options.enabled' = 'false';

-- OPTIONS hint when hints are disabled
SELECT * FROM g1 /*+ OPTIONS('number-of-rows' = '3') */;
