-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, v double NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- DOUBLE into double: the documented mapping (no finding).
CREATE TABLE same (id INT NOT NULL, v DOUBLE) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- FLOAT into double: exact widening, but the connector's double row has only DOUBLE, BIGINT, INTEGER.
CREATE TABLE from_float (id INT NOT NULL, v FLOAT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- INT into double: accepted (no finding).
CREATE TABLE from_int (id INT NOT NULL, v INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BIGINT into double: accepted; values with more than 15 digits are rounded.
CREATE TABLE from_bigint (id INT NOT NULL, v BIGINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- DECIMAL(10, 2) into double: rejected by the connector.
CREATE TABLE from_decimal (id INT NOT NULL, v DECIMAL(10, 2)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BOOLEAN into double: rejected by the connector.
CREATE TABLE from_boolean (id INT NOT NULL, v BOOLEAN) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
