-- Merge commit with its interval, parallel and async (no finding).
CREATE TABLE mc_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.properties.merge_commit_parallel' = '3',
    'sink.properties.merge_commit_async' = 'true'
);
-- enable_merge_commit is read case-insensitively by the connector; the key is lower-cased too (no finding).
CREATE TABLE mc_upper_case (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.ENABLE_MERGE_COMMIT' = 'TRUE',
    'sink.properties.merge_commit_interval_ms' = '1000'
);
-- enable_merge_commit without merge_commit_interval_ms: the connector's IllegalArgumentException.
CREATE TABLE mc_without_interval (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true'
);
-- enable_merge_commit = false needs no interval (no finding).
CREATE TABLE mc_disabled_without_interval (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'false'
);
-- enable_merge_commit = '1': StarRocks reads it as true, the connector as false (no merge commit client).
CREATE TABLE mc_enable_one (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = '1',
    'sink.properties.merge_commit_interval_ms' = '1000'
);
-- enable_merge_commit = 'yes': not a boolean.
CREATE TABLE mc_enable_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'yes',
    'sink.properties.merge_commit_interval_ms' = '1000'
);
-- merge_commit_interval_ms = 0: not a positive number.
CREATE TABLE mc_interval_zero (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '0'
);
-- merge_commit_interval_ms = '1s': not a number.
CREATE TABLE mc_interval_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1s'
);
-- merge_commit_parallel = 0: not a positive number.
CREATE TABLE mc_parallel_zero (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.properties.merge_commit_parallel' = '0'
);
-- merge_commit_parallel = 'many'.
CREATE TABLE mc_parallel_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.properties.merge_commit_parallel' = 'many'
);
-- merge_commit_async = 'sometimes': not a boolean.
CREATE TABLE mc_async_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.properties.merge_commit_async' = 'sometimes'
);
-- Merge commit with exactly-once: only at-least-once is delivered (warning).
CREATE TABLE mc_exactly_once (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.semantic' = 'exactly-once',
    'sink.label-prefix' = 'job',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000'
);
-- The merge-commit client options with valid values (no finding).
CREATE TABLE mc_client_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.merge-commit.chunk.size' = '10485760',
    'sink.merge-commit.max-concurrent-requests' = '0',
    'sink.merge-commit.http.thread.num' = '4',
    'sink.merge-commit.http.max-connections' = '10',
    'sink.merge-commit.http.total-max-connections' = '100',
    'sink.merge-commit.http.idle-connection-timeout-ms' = '30000',
    'sink.merge-commit.node-meta.update-interval-ms' = '2000',
    'sink.merge-commit.check-label-state.init-delay-ms' = '100',
    'sink.merge-commit.check-label-state.interval-ms' = '200',
    'sink.merge-commit.check-label-state.timeout-ms' = '60000',
    'sink.merge-commit.backend-direct-connection' = 'true',
    'sink.blackhole' = 'false'
);
-- sink.merge-commit.chunk.size not a number.
CREATE TABLE mc_chunk_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.merge-commit.chunk.size' = '20mb'
);
-- sink.merge-commit.max-concurrent-requests not an int.
CREATE TABLE mc_concurrent_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.merge-commit.max-concurrent-requests' = 'unlimited'
);
-- sink.merge-commit.http.thread.num not an int.
CREATE TABLE mc_http_threads_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.merge-commit.http.thread.num' = 'x'
);
-- sink.merge-commit.http.max-connections not an int.
CREATE TABLE mc_http_conn_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.merge-commit.http.max-connections' = '1e3'
);
-- sink.merge-commit.http.total-max-connections not an int.
CREATE TABLE mc_http_total_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.merge-commit.http.total-max-connections' = 'lots'
);
-- sink.merge-commit.http.idle-connection-timeout-ms not an int.
CREATE TABLE mc_idle_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.merge-commit.http.idle-connection-timeout-ms' = '1 min'
);
-- sink.merge-commit.node-meta.update-interval-ms not an int.
CREATE TABLE mc_node_meta_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.merge-commit.node-meta.update-interval-ms' = '5s'
);
-- sink.merge-commit.check-label-state.init-delay-ms not an int.
CREATE TABLE mc_init_delay_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.merge-commit.check-label-state.init-delay-ms' = 'soon'
);
-- sink.merge-commit.check-label-state.interval-ms not an int.
CREATE TABLE mc_check_interval_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.merge-commit.check-label-state.interval-ms' = '0.5'
);
-- sink.merge-commit.check-label-state.timeout-ms not an int.
CREATE TABLE mc_check_timeout_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.merge-commit.check-label-state.timeout-ms' = 'never'
);
-- sink.merge-commit.backend-direct-connection not a Boolean.
CREATE TABLE mc_backend_direct_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.merge-commit.backend-direct-connection' = 'direct'
);
-- Merge-commit client options without enable_merge_commit: valid, but they have no effect.
CREATE TABLE mc_client_without_merge_commit (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.merge-commit.max-concurrent-requests' = '0'
);
