-- sink.version: V1, V2 and AUTO; the value is trimmed and upper-cased by the connector (no finding).
CREATE TABLE version_v1 (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.version' = 'V1'
);
-- sink.version in lower case with spaces: accepted.
CREATE TABLE version_lower (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.version' = ' v2 '
);
-- sink.version with an unknown value: "Unsupported sink type V3".
CREATE TABLE version_unknown (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.version' = 'V3'
);
-- exactly-once with a label prefix (no finding).
CREATE TABLE exactly_once_with_prefix (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.semantic' = 'exactly-once',
    'sink.label-prefix' = 'job_1'
);
-- exactly-once without 'sink.label-prefix': warning (lingering transactions are not aborted on restore).
CREATE TABLE exactly_once_without_prefix (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.semantic' = 'exactly-once'
);
-- sink.label-prefix with characters outside StarRocks' label charset [-_A-Za-z0-9]: not checked by the connector.
CREATE TABLE label_prefix_bad_chars (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.label-prefix' = 'job 1/eu'
);
-- sink.use.new-sink-api with sink.version V1: "New sink api don't support sink type V1".
CREATE TABLE new_sink_api_v1 (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.version' = 'V1',
    'sink.use.new-sink-api' = 'true'
);
-- sink.use.new-sink-api with V2 (no finding).
CREATE TABLE new_sink_api_v2 (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.version' = 'V2',
    'sink.use.new-sink-api' = 'true'
);
