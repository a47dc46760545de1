-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, vb varbinary NULL, vb4 varbinary(4) NULL, s string NULL, j json NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- BYTES into varbinary: the connector passes the plan-time check, then fails on the first row (Unsupported type:BYTES).
CREATE TABLE bytes_into_varbinary (id INT NOT NULL, vb BYTES) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- VARBINARY(4) into varbinary(4): same runtime failure in the connector; lengths fit.
CREATE TABLE varbinary_into_varbinary_n (id INT NOT NULL, vb4 VARBINARY(4)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- VARBINARY(10) into varbinary(4): values longer than 4 bytes are rejected too.
CREATE TABLE varbinary_too_long (id INT NOT NULL, vb4 VARBINARY(10)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- STRING into varbinary: text loads as bytes.
CREATE TABLE string_into_varbinary (id INT NOT NULL, vb STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BYTES into a string column: rejected by the connector (varchar row), no text form.
CREATE TABLE bytes_into_string (id INT NOT NULL, s BYTES) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BYTES into json: cannot load.
CREATE TABLE bytes_into_json (id INT NOT NULL, j BYTES) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
