-- sink.publish-timeout.ms: documented (1.2.14) but missing from the SQL factory, so Flink rejects it.
CREATE TABLE publish_timeout (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.publish-timeout.ms' = '10000'
);
-- sink.transaction.multi-table.enabled: DataStream only, rejected by the SQL factory.
CREATE TABLE multi_table_enabled (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.transaction.multi-table.enabled' = 'true'
);
-- sink.transaction.multi-table.buffer-size: DataStream only, rejected by the SQL factory.
CREATE TABLE multi_table_buffer (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.transaction.multi-table.buffer-size' = '134217728'
);
-- Catalog-only keys are not table options: 'http-url' and 'table.num-buckets'.
CREATE TABLE catalog_only (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'http-url' = '127.0.0.1:8030',
    'table.num-buckets' = '4'
);
