-- A misspelled sink key: did you mean 'sink.buffer-flush.max-bytes'?
CREATE TABLE typo_max_bytes (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.buffer-flush.max-byte' = '94371840'
);
-- A misspelled sink key: 'sink.semantics'.
CREATE TABLE typo_semantic (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.semantics' = 'exactly-once'
);
-- A required key spelled with '_': 'load_url' instead of 'load-url' (so 'load-url' is also missing).
CREATE TABLE typo_underscore (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'load_url' = '127.0.0.1:8030'
);
-- A misspelled sink key: 'sink.lable-prefix'.
CREATE TABLE typo_label_prefix (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.lable-prefix' = 'job'
);
-- A misspelled prefix: 'sink.propertie.format' is not a stream-load property.
CREATE TABLE typo_properties_prefix (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.propertie.format' = 'json'
);
-- A misspelled stream-load property: 'sink.properties.fromat' is sent as an unknown header, the load stays CSV.
CREATE TABLE typo_property_key (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.fromat' = 'json'
);
-- A key unlike any option: the list of supported options.
CREATE TABLE unknown_key (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'flush' = 'fast'
);
