-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, j json NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- starrocks: CREATE TABLE d.t_nn (id int NOT NULL, j json NOT NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- STRING into json: accepted by the connector (json is not in its table); non-JSON text is rejected.
CREATE TABLE from_string (id INT NOT NULL, j STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- INT into json: a JSON number (no finding).
CREATE TABLE from_int (id INT NOT NULL, j INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BOOLEAN into json (the connector writes 1/0, not true/false).
CREATE TABLE from_boolean (id INT NOT NULL, j BOOLEAN) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- TIMESTAMP into json (no finding).
CREATE TABLE from_timestamp (id INT NOT NULL, j TIMESTAMP(3)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- Nested ROW with ARRAY into json (no finding).
CREATE TABLE from_row (id INT NOT NULL, j ROW<a INT, b ARRAY<STRING>>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BYTES into json: cannot load.
CREATE TABLE from_bytes (id INT NOT NULL, j BYTES) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- Nullable STRING into a NOT NULL json.
CREATE TABLE nullable_into_not_null (id INT NOT NULL, j STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't_nn', 'username' = 'root', 'password' = ''
);
