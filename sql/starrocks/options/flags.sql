-- Boolean sink options with valid values, in any letter case (no finding).
CREATE TABLE flags_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.at-least-once.use-transaction-stream-load' = 'false',
    'sink.ignore.update-before' = 'FALSE',
    'sink.exactly-once.enable-label-gen' = 'true',
    'sink.exactly-once.enable-abort-lingering-txn' = 'True',
    'sink.sanitize-error-log' = 'true',
    'sink.use.new-sink-api' = 'false'
);
-- sink.at-least-once.use-transaction-stream-load = 'yes': Flink's Boolean parser only takes true/false.
CREATE TABLE use_txn_yes (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.at-least-once.use-transaction-stream-load' = 'yes'
);
-- sink.ignore.update-before = '1': not a Boolean.
CREATE TABLE ignore_ub_one (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.ignore.update-before' = '1'
);
-- sink.exactly-once.enable-label-gen = 'on': not a Boolean.
CREATE TABLE label_gen_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.exactly-once.enable-label-gen' = 'on'
);
-- sink.exactly-once.enable-abort-lingering-txn = 'no': not a Boolean.
CREATE TABLE abort_lingering_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.exactly-once.enable-abort-lingering-txn' = 'no'
);
-- sink.sanitize-error-log = 'y': not a Boolean.
CREATE TABLE sanitize_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.sanitize-error-log' = 'y'
);
-- sink.use.new-sink-api = 'enabled': not a Boolean.
CREATE TABLE new_sink_api_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.use.new-sink-api' = 'enabled'
);
-- sink.wrap-json-as-array with JSON (no finding).
CREATE TABLE wrap_json_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.format' = 'json',
    'sink.wrap-json-as-array' = 'true'
);
-- sink.wrap-json-as-array with CSV (the default format): no effect, warning.
CREATE TABLE wrap_json_csv (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.wrap-json-as-array' = 'true'
);
-- sink.wrap-json-as-array = 'sure': not a Boolean.
CREATE TABLE wrap_json_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.format' = 'json',
    'sink.wrap-json-as-array' = 'sure'
);
-- sink.blackhole = 'x': not a Boolean.
CREATE TABLE blackhole_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.blackhole' = 'x'
);
-- sink.blackhole without merge commit: valid, but it has no effect outside merge commit.
CREATE TABLE blackhole_without_merge_commit (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.blackhole' = 'true'
);
