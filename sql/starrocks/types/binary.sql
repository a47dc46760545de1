-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, i int NULL, b bigint NULL, vb varbinary NULL, vb4 varbinary(4) NULL, s string NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- BINARY into INT, the documented mapping (read as a big-endian integer): BINARY(3) fits (no finding).
CREATE TABLE documented (id INT NOT NULL, i BINARY(3)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BINARY(4) into int: unsigned 4-byte values above 2147483647 do not fit.
CREATE TABLE documented_4 (id INT NOT NULL, i BINARY(4)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BINARY(4) into bigint (no finding).
CREATE TABLE into_bigint (id INT NOT NULL, b BINARY(4)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BINARY(9) into bigint: wider than 8 bytes, overflows the connector's Long.
CREATE TABLE into_bigint_9 (id INT NOT NULL, b BINARY(9)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BINARY(4) into varbinary: the connector accepts it (varbinary is not in its table) and sends the bytes as a decimal integer.
CREATE TABLE into_varbinary (id INT NOT NULL, vb BINARY(4)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BINARY(4) into a string column: rejected by the connector.
CREATE TABLE into_string (id INT NOT NULL, s BINARY(4)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
