-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, v float NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- FLOAT into float: the documented mapping (no finding).
CREATE TABLE same (id INT NOT NULL, v FLOAT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- DOUBLE into float: rejected by the connector, and precision is lost.
CREATE TABLE from_double (id INT NOT NULL, v DOUBLE) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- INT into float: accepted; values with more than 7 digits are rounded.
CREATE TABLE from_int (id INT NOT NULL, v INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- SMALLINT into float: fits, but not in the connector's float row.
CREATE TABLE from_smallint (id INT NOT NULL, v SMALLINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- DECIMAL into float: rejected by the connector, rounded.
CREATE TABLE from_decimal (id INT NOT NULL, v DECIMAL(10, 2)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- STRING into float: rejected by the connector.
CREATE TABLE from_string (id INT NOT NULL, v STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
