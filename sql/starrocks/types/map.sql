-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, j json NULL, s string NULL, v100 varchar(100) NULL, m map<varchar(65533), int> NULL, m10 map<int, varchar(10)> NULL, st struct<a int, b varchar(65533)> NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- MAP into JSON, the documented mapping (no finding).
CREATE TABLE documented_json (id INT NOT NULL, j MAP<STRING, INT>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- MAP into a string column as JSON text (no finding).
CREATE TABLE documented_string (id INT NOT NULL, s MAP<STRING, INT>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- MAP into varchar(100): the JSON text may be longer.
CREATE TABLE into_varchar_100 (id INT NOT NULL, v100 MAP<STRING, INT>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- MAP<STRING, INT> into map<string, int> (no finding).
CREATE TABLE into_map (id INT NOT NULL, m MAP<STRING, INT>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- MAP<STRING, BIGINT> into map<string, int>: values narrowed.
CREATE TABLE value_narrowing (id INT NOT NULL, m MAP<STRING, BIGINT>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- MAP<INT, STRING> into map<int, varchar(10)>: long values rejected.
CREATE TABLE value_length (id INT NOT NULL, m10 MAP<INT, STRING>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- MAP<DATE, STRING> into map<int, varchar(10)>: keys cannot load.
CREATE TABLE key_mismatch (id INT NOT NULL, m10 MAP<DATE, STRING>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- MAP into struct: cannot load.
CREATE TABLE into_struct (id INT NOT NULL, st MAP<STRING, INT>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
