-- sink.buffer-flush.max-bytes: the bounds 64 MiB and 10 GiB are valid (no finding).
CREATE TABLE max_bytes_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.buffer-flush.max-bytes' = '67108864'
);
-- sink.buffer-flush.max-bytes at its upper bound, 10 GiB (no finding).
CREATE TABLE max_bytes_max (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.buffer-flush.max-bytes' = '10737418240'
);
-- sink.buffer-flush.max-bytes one byte below 64 MiB: the connector's range error.
CREATE TABLE max_bytes_below (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.buffer-flush.max-bytes' = '67108863'
);
-- sink.buffer-flush.max-bytes one byte above 10 GiB: range error.
CREATE TABLE max_bytes_above (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.buffer-flush.max-bytes' = '10737418241'
);
-- sink.buffer-flush.max-bytes with a unit: a Long option, Flink cannot parse '90mb'.
CREATE TABLE max_bytes_unit (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.buffer-flush.max-bytes' = '90mb'
);
-- sink.buffer-flush.max-rows inside [64000, 5000000] with V1 (no finding).
CREATE TABLE max_rows_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.version' = 'V1',
    'sink.buffer-flush.max-rows' = '64000'
);
-- sink.buffer-flush.max-rows below 64000: range error.
CREATE TABLE max_rows_below (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.buffer-flush.max-rows' = '63999'
);
-- sink.buffer-flush.max-rows above 5000000: range error.
CREATE TABLE max_rows_above (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.buffer-flush.max-rows' = '5000001'
);
-- sink.buffer-flush.max-rows not a number.
CREATE TABLE max_rows_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.buffer-flush.max-rows' = 'many'
);
-- sink.buffer-flush.max-rows with V2: valid, but V2 ignores it (docs: V1 at-least-once only).
CREATE TABLE max_rows_v2 (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.version' = 'V2',
    'sink.buffer-flush.max-rows' = '100000'
);
-- sink.buffer-flush.interval-ms: 1 is the smallest valid value, (0, 3600000] (no finding).
CREATE TABLE interval_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.buffer-flush.interval-ms' = '1000'
);
-- sink.buffer-flush.interval-ms at 3600000 (no finding).
CREATE TABLE interval_max (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.buffer-flush.interval-ms' = '3600000'
);
-- sink.buffer-flush.interval-ms = 0: outside (0, 3600000].
CREATE TABLE interval_zero (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.buffer-flush.interval-ms' = '0'
);
-- sink.buffer-flush.interval-ms above one hour: range error.
CREATE TABLE interval_above (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.buffer-flush.interval-ms' = '3600001'
);
-- sink.buffer-flush.interval-ms written as a duration: a Long option, '5 s' does not parse.
CREATE TABLE interval_duration (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.buffer-flush.interval-ms' = '5 s'
);
-- V2 (AUTO) with an interval below sink.scan-frequency.ms: expectDelayTime must greater to scanningFrequency.
CREATE TABLE interval_below_scan_frequency (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.buffer-flush.interval-ms' = '40'
);
-- V2 with sink.scan-frequency.ms raised above the interval: same conflict.
CREATE TABLE interval_below_custom_scan (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.version' = 'V2',
    'sink.buffer-flush.interval-ms' = '1000',
    'sink.scan-frequency.ms' = '2000'
);
-- V1 has no scan frequency: a short interval is fine (no finding).
CREATE TABLE interval_below_scan_v1 (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.version' = 'V1',
    'sink.buffer-flush.interval-ms' = '40'
);
-- sink.scan-frequency.ms not a number.
CREATE TABLE scan_frequency_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.scan-frequency.ms' = 'often'
);
-- sink.buffer-flush.enqueue-timeout-ms at its lower bound 300000 (no finding).
CREATE TABLE enqueue_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.version' = 'V1',
    'sink.buffer-flush.enqueue-timeout-ms' = '300000'
);
-- sink.buffer-flush.enqueue-timeout-ms below 300000: range error [300000, Long.MAX_VALUE].
CREATE TABLE enqueue_below (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.buffer-flush.enqueue-timeout-ms' = '299999'
);
-- sink.buffer-flush.enqueue-timeout-ms not a number.
CREATE TABLE enqueue_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.buffer-flush.enqueue-timeout-ms' = '10min'
);
-- sink.chunk-limit: any Long is accepted (capped at 3 GB for JSON, 10 GB for CSV) (no finding).
CREATE TABLE chunk_limit_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.chunk-limit' = '1073741824'
);
-- sink.chunk-limit not a number.
CREATE TABLE chunk_limit_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.chunk-limit' = '1g'
);
