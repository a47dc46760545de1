-- Deprecated alias sink.merge-commit.max-inflight-requests: accepted as max-concurrent-requests.
CREATE TABLE alias_inflight (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.merge-commit.max-inflight-requests' = '4'
);
-- Deprecated aliases sink.merge-commit.check-state.*: accepted as check-label-state.*.
CREATE TABLE alias_check_state (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.merge-commit.check-state.init-delay-ms' = '100',
    'sink.merge-commit.check-state.interval-ms' = '200',
    'sink.merge-commit.check-state.timeout-ms' = '60000'
);
-- Deprecated alias with a bad value: the error names the option's key, as Flink's does.
CREATE TABLE alias_bad_value (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.merge-commit.check-state.interval-ms' = 'fast'
);
-- Both the key and its deprecated alias: Flink reads the key (4) and never parses the alias.
CREATE TABLE alias_and_key (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000',
    'sink.merge-commit.max-concurrent-requests' = '4',
    'sink.merge-commit.max-inflight-requests' = 'eight'
);
