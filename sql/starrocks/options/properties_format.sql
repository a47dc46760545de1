-- format = csv (the default) (no finding).
CREATE TABLE format_csv (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.format' = 'csv'
);
-- format = json (no finding; strip_outer_array and ignore_json_size are added by V2).
CREATE TABLE format_json (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.format' = 'json'
);
-- format = JSON: the connector compares case-insensitively, and the key is lower-cased (no finding).
CREATE TABLE format_json_upper (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.FORMAT' = 'JSON'
);
-- format = 'jsn': the connector sends CSV rows, StarRocks is told the format is 'jsn'.
CREATE TABLE format_typo (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.format' = 'jsn'
);
-- format = 'parquet': not a stream-load format the connector can produce.
CREATE TABLE format_parquet (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.format' = 'parquet'
);
-- strip_outer_array = true with JSON (no finding).
CREATE TABLE strip_outer_array_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.format' = 'json',
    'sink.properties.strip_outer_array' = 'true'
);
-- strip_outer_array = 'yes': StarRocks reads anything but 'true' as false, and the JSON array body then fails.
CREATE TABLE strip_outer_array_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.format' = 'json',
    'sink.properties.strip_outer_array' = 'yes'
);
-- ignore_json_size = 'always': not a boolean.
CREATE TABLE ignore_json_size_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.format' = 'json',
    'sink.properties.ignore_json_size' = 'always'
);
-- V1 with JSON and no strip_outer_array: V1 does not add it (warning).
CREATE TABLE v1_json_without_strip (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.version' = 'V1',
    'sink.properties.format' = 'json'
);
-- V1 with JSON and strip_outer_array = true (no finding).
CREATE TABLE v1_json_with_strip (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.version' = 'V1',
    'sink.properties.format' = 'json',
    'sink.properties.strip_outer_array' = 'true'
);
-- column_separator with JSON: no effect (warning).
CREATE TABLE json_with_column_separator (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.format' = 'json',
    'sink.properties.column_separator' = ','
);
-- row_delimiter with JSON: no effect (warning).
CREATE TABLE json_with_row_delimiter (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.format' = 'json',
    'sink.properties.row_delimiter' = '\x02'
);
-- enclose and escape with JSON: no effect (two warnings).
CREATE TABLE json_with_enclose_escape (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.format' = 'json',
    'sink.properties.enclose' = '"',
    'sink.properties.escape' = '\'
);
-- compression = lz4_frame with CSV (no finding).
CREATE TABLE compression_csv (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.compression' = 'lz4_frame'
);
-- compression = LZ4_FRAME with JSON: read case-insensitively (no finding).
CREATE TABLE compression_json_upper (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.format' = 'json',
    'sink.properties.compression' = 'LZ4_FRAME'
);
-- compression = gzip: the connector only compresses lz4_frame.
CREATE TABLE compression_gzip (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.compression' = 'gzip'
);
-- compression with V1: V1 does not compress but sends the header (warning).
CREATE TABLE compression_v1 (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.version' = 'V1',
    'sink.properties.compression' = 'lz4_frame'
);
