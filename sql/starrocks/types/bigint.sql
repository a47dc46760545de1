-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, v bigint NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- BIGINT into bigint: the documented mapping (no finding).
CREATE TABLE same (id INT NOT NULL, v BIGINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- INT into bigint: accepted widening (no finding).
CREATE TABLE from_int (id INT NOT NULL, v INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- SMALLINT into bigint: widening, but not in the connector's bigint row.
CREATE TABLE from_smallint (id INT NOT NULL, v SMALLINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BINARY(4) into bigint: accepted, fits (no finding; seen in the connector's fixtures).
CREATE TABLE from_binary_4 (id INT NOT NULL, v BINARY(4)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BINARY(8) into bigint: accepted; unsigned values above 2^63-1 do not fit.
CREATE TABLE from_binary_8 (id INT NOT NULL, v BINARY(8)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- DECIMAL(18, 0) into bigint: every value fits, but rejected by the connector.
CREATE TABLE from_decimal_18 (id INT NOT NULL, v DECIMAL(18, 0)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- DECIMAL(19, 0) into bigint: rejected and narrowing.
CREATE TABLE from_decimal_19 (id INT NOT NULL, v DECIMAL(19, 0)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- DOUBLE into bigint: rejected, fraction lost.
CREATE TABLE from_double (id INT NOT NULL, v DOUBLE) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- TIMESTAMP into bigint: cannot load.
CREATE TABLE from_timestamp (id INT NOT NULL, v TIMESTAMP(3)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
