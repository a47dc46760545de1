-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, v tinyint NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- TINYINT into tinyint: the documented mapping (no finding).
CREATE TABLE same (id INT NOT NULL, v TINYINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BOOLEAN into tinyint: accepted, loads as 1/0 (no finding).
CREATE TABLE from_boolean (id INT NOT NULL, v BOOLEAN) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- SMALLINT into tinyint: not in the connector's tinyint row, and narrowing.
CREATE TABLE from_smallint (id INT NOT NULL, v SMALLINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- INT into tinyint: accepted by the connector, but narrowing.
CREATE TABLE from_int (id INT NOT NULL, v INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BIGINT into tinyint: rejected by the connector, and narrowing.
CREATE TABLE from_bigint (id INT NOT NULL, v BIGINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- DECIMAL(2, 0) into tinyint: rejected by the connector; every value fits.
CREATE TABLE from_decimal_2 (id INT NOT NULL, v DECIMAL(2, 0)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- DECIMAL(3, 0) into tinyint: rejected by the connector; 999 does not fit.
CREATE TABLE from_decimal_3 (id INT NOT NULL, v DECIMAL(3, 0)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BINARY(1) into tinyint: accepted; read as an unsigned byte, 255 does not fit.
CREATE TABLE from_binary_1 (id INT NOT NULL, v BINARY(1)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- STRING into tinyint: rejected by the connector.
CREATE TABLE from_string (id INT NOT NULL, v STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
