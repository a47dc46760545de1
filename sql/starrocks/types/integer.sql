-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, v int NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- starrocks: CREATE TABLE d.t_nn (id int NOT NULL, v int NOT NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- INTEGER into int: the documented mapping (no finding).
CREATE TABLE same (id INT NOT NULL, v INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- INTEGER spelled out (no finding).
CREATE TABLE same_integer_spelling (id INT NOT NULL, v INTEGER) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- TINYINT into int: widening, but the connector's int row has only INTEGER and BINARY.
CREATE TABLE from_tinyint (id INT NOT NULL, v TINYINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- SMALLINT into int: widening, rejected by the connector.
CREATE TABLE from_smallint (id INT NOT NULL, v SMALLINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BIGINT into int: rejected and narrowing.
CREATE TABLE from_bigint (id INT NOT NULL, v BIGINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BINARY(3) into int: accepted; fits (no finding).
CREATE TABLE from_binary_3 (id INT NOT NULL, v BINARY(3)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BINARY(4) into int: accepted; unsigned values above 2147483647 do not fit.
CREATE TABLE from_binary_4 (id INT NOT NULL, v BINARY(4)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- DECIMAL(10, 0) into int: rejected and narrowing.
CREATE TABLE from_decimal (id INT NOT NULL, v DECIMAL(10, 0)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- DATE into int: cannot load.
CREATE TABLE from_date (id INT NOT NULL, v DATE) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- Nullable INT into a NOT NULL int.
CREATE TABLE nullable_into_not_null (id INT NOT NULL, v INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't_nn', 'username' = 'root', 'password' = ''
);
-- The NOT NULL column v without default is not written: every row is rejected.
CREATE TABLE not_written (id INT NOT NULL) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't_nn', 'username' = 'root', 'password' = ''
);
-- BIGINT NOT NULL into a NOT NULL int: the connector's message prints the Flink type with NOT NULL.
CREATE TABLE not_null_bigint (id INT NOT NULL, v BIGINT NOT NULL) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't_nn', 'username' = 'root', 'password' = ''
);
