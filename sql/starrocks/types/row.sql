-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, j json NULL, s string NULL, v20 varchar(20) NULL, st struct<a int, b varchar(65533)> NULL, m map<varchar(65533), int> NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- ROW into JSON, the documented mapping (no finding).
CREATE TABLE documented_json (id INT NOT NULL, j ROW<a INT, b STRING>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- ROW into a string column as JSON text (no finding).
CREATE TABLE documented_string (id INT NOT NULL, s ROW<a INT, b STRING>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- ROW into varchar(20): the JSON text may be longer.
CREATE TABLE into_varchar_20 (id INT NOT NULL, v20 ROW<a INT, b STRING>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- ROW into struct<a int, b string> (no finding).
CREATE TABLE into_struct (id INT NOT NULL, st ROW<a INT, b STRING>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- ROW without field b into the struct: b loads as NULL.
CREATE TABLE struct_field_missing (id INT NOT NULL, st ROW<a INT>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- ROW with a field c the struct lacks: c is dropped.
CREATE TABLE struct_extra_field (id INT NOT NULL, st ROW<a INT, b STRING, c INT>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- ROW field a BIGINT into struct field a int: narrowing.
CREATE TABLE struct_field_narrowing (id INT NOT NULL, st ROW<a BIGINT, b STRING>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- ROW into map: cannot load.
CREATE TABLE into_map (id INT NOT NULL, m ROW<a INT>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
