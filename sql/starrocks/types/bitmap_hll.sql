-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, uv bitmap BITMAP_UNION, h hll HLL_UNION) AGGREGATE KEY(id) DISTRIBUTED BY HASH(id)
-- BIGINT straight into a BITMAP column: StarRocks needs to_bitmap(); the connector does not check.
CREATE TABLE bigint_into_bitmap (id INT NOT NULL, uv BIGINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- STRING straight into an HLL column: StarRocks needs hll_hash().
CREATE TABLE string_into_hll (id INT NOT NULL, h STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- Loading through 'sink.properties.columns' with to_bitmap and hll_hash: the type check is skipped (no finding).
CREATE TABLE with_columns (id INT NOT NULL, uv_src BIGINT, h_src STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.columns' = 'id, uv_src, h_src, uv = to_bitmap(uv_src), h = hll_hash(h_src)'
);
-- A 'columns' expression computing a column the table lacks.
CREATE TABLE columns_unknown_target (id INT NOT NULL, uv_src BIGINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.columns' = 'id, uv_src, uvx = to_bitmap(uv_src)'
);
