-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, v largeint NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- DECIMAL(38, 0) into largeint (reported as bigint unsigned, which the connector does not check): fits (no finding).
CREATE TABLE from_decimal_38 (id INT NOT NULL, v DECIMAL(38, 0)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BIGINT into largeint (no finding).
CREATE TABLE from_bigint (id INT NOT NULL, v BIGINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- DECIMAL(38, 2) into largeint: the fraction is lost.
CREATE TABLE from_decimal_scale (id INT NOT NULL, v DECIMAL(38, 2)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- STRING into largeint: accepted by the connector (unknown SR type); text must parse.
CREATE TABLE from_string (id INT NOT NULL, v STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- DOUBLE into largeint: fraction lost.
CREATE TABLE from_double (id INT NOT NULL, v DOUBLE) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BINARY(16) into largeint: 16 bytes overflow the connector's Long.
CREATE TABLE from_binary_16 (id INT NOT NULL, v BINARY(16)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- DATE into largeint: cannot load, although the connector does not check the type.
CREATE TABLE from_date (id INT NOT NULL, v DATE) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
