-- sink.max-retries: 1000 is valid in the code (the documentation says 0 to 10) (no finding).
CREATE TABLE max_retries_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.max-retries' = '1000'
);
-- sink.max-retries above 1000: range error [0, 1000].
CREATE TABLE max_retries_above (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.max-retries' = '1001'
);
-- sink.max-retries negative: range error.
CREATE TABLE max_retries_negative (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.max-retries' = '-1'
);
-- sink.max-retries not a number.
CREATE TABLE max_retries_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.max-retries' = 'three'
);
-- sink.retry.interval-ms: no range (no finding).
CREATE TABLE retry_interval_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.retry.interval-ms' = '5000'
);
-- sink.retry.interval-ms not a number.
CREATE TABLE retry_interval_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.retry.interval-ms' = '5s'
);
-- sink.connect.timeout-ms inside [100, 60000] (no finding).
CREATE TABLE connect_timeout_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.connect.timeout-ms' = '1000'
);
-- sink.connect.timeout-ms above 60000: silently clamped by the connector, not an error.
CREATE TABLE connect_timeout_clamped (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.connect.timeout-ms' = '120000'
);
-- sink.connect.timeout-ms not a number.
CREATE TABLE connect_timeout_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.connect.timeout-ms' = '30 s'
);
-- sink.socket.timeout-ms: -1 (the default, no timeout) and any other int are accepted (no finding).
CREATE TABLE socket_timeout_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.socket.timeout-ms' = '-1'
);
-- sink.socket.timeout-ms not an int (too large for Integer).
CREATE TABLE socket_timeout_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.socket.timeout-ms' = '3000000000'
);
-- sink.wait-for-continue.timeout-ms inside [3000, 600000] (no finding).
CREATE TABLE wait_continue_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.wait-for-continue.timeout-ms' = '10000'
);
-- sink.wait-for-continue.timeout-ms below 3000: silently clamped by the connector, not an error.
CREATE TABLE wait_continue_clamped (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.wait-for-continue.timeout-ms' = '100'
);
-- sink.wait-for-continue.timeout-ms not a number.
CREATE TABLE wait_continue_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.wait-for-continue.timeout-ms' = 'ten'
);
-- sink.io.thread-count (no finding).
CREATE TABLE io_threads_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.io.thread-count' = '4'
);
-- sink.io.thread-count not a number.
CREATE TABLE io_threads_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.io.thread-count' = '2.5'
);
-- sink.exactly-once.check-num-lingering-txn: -1 and positive ints (no finding).
CREATE TABLE lingering_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.semantic' = 'exactly-once',
    'sink.label-prefix' = 'job',
    'sink.exactly-once.check-num-lingering-txn' = '10'
);
-- sink.exactly-once.check-num-lingering-txn not a number.
CREATE TABLE lingering_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.semantic' = 'exactly-once',
    'sink.label-prefix' = 'job',
    'sink.exactly-once.check-num-lingering-txn' = 'all'
);
-- sink.metric.histogram-window-size (no finding).
CREATE TABLE histogram_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.metric.histogram-window-size' = '200'
);
-- sink.metric.histogram-window-size not a number.
CREATE TABLE histogram_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.metric.histogram-window-size' = 'big'
);
-- sink.parallelism (no finding).
CREATE TABLE parallelism_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.parallelism' = '4'
);
-- sink.parallelism not a number.
CREATE TABLE parallelism_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.parallelism' = 'auto'
);
-- sink.parallelism = 0: Flink rejects a sink parallelism that is not > 0 when the INSERT is planned.
CREATE TABLE parallelism_zero (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.parallelism' = '0'
);
-- A datagen table to insert from.
CREATE TABLE gen (id INT) WITH ('connector' = 'datagen');
-- Writing the table with sink.parallelism = 0: Flink's "Invalid configured parallelism 0 for table ...".
INSERT INTO parallelism_zero SELECT id FROM gen;
