-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, amount decimal(10, 2) NULL, big decimal(38, 9) NULL, wide decimal(50, 0) NULL, plain decimal NULL, nn decimal(10, 2) NOT NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- DECIMAL(38, 9) into decimal(38, 9) (no finding; seen in the connector's fixtures).
CREATE TABLE big_same (id INT NOT NULL, big DECIMAL(38, 9), nn DECIMAL(10, 2) NOT NULL) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- DECIMAL(38, 0) into a DECIMAL256 column decimal(50, 0) (no finding).
CREATE TABLE wide (id INT NOT NULL, wide DECIMAL(38, 0), nn DECIMAL(10, 2) NOT NULL) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- Flink DECIMAL (= DECIMAL(10, 0)) into StarRocks DECIMAL (= decimal(10, 0)) (no finding).
CREATE TABLE plain_decimal (id INT NOT NULL, plain DECIMAL, nn DECIMAL(10, 2) NOT NULL) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BIGINT into decimal(10, 2): accepted by the connector, but only 8 integer digits.
CREATE TABLE from_bigint (id INT NOT NULL, amount BIGINT, nn DECIMAL(10, 2) NOT NULL) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- FLOAT into decimal(10, 2): accepted by the connector, rounded.
CREATE TABLE from_float (id INT NOT NULL, amount FLOAT, nn DECIMAL(10, 2) NOT NULL) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- SMALLINT into decimal(10, 2): fits, but not in the connector's decimal row.
CREATE TABLE from_smallint (id INT NOT NULL, amount SMALLINT, nn DECIMAL(10, 2) NOT NULL) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BOOLEAN into decimal(10, 2): not in the connector's decimal row.
CREATE TABLE from_boolean (id INT NOT NULL, amount BOOLEAN, nn DECIMAL(10, 2) NOT NULL) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- Nullable DECIMAL into the NOT NULL decimal column.
CREATE TABLE nullable_into_not_null (id INT NOT NULL, nn DECIMAL(10, 2)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
