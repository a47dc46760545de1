-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, v smallint NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- SMALLINT into smallint: the documented mapping (no finding).
CREATE TABLE same (id INT NOT NULL, v SMALLINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- TINYINT into smallint: widening, but not in the connector's smallint row (rejected at plan time).
CREATE TABLE from_tinyint (id INT NOT NULL, v TINYINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- INT into smallint: accepted by the connector, narrowing.
CREATE TABLE from_int (id INT NOT NULL, v INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BIGINT into smallint: rejected and narrowing.
CREATE TABLE from_bigint (id INT NOT NULL, v BIGINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BINARY(1) into smallint: accepted; every unsigned byte fits (no finding).
CREATE TABLE from_binary_1 (id INT NOT NULL, v BINARY(1)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BINARY(2) into smallint: accepted; 65535 does not fit.
CREATE TABLE from_binary_2 (id INT NOT NULL, v BINARY(2)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- FLOAT into smallint: rejected, the fraction is lost.
CREATE TABLE from_float (id INT NOT NULL, v FLOAT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
