-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, amount decimal(10, 2) NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- DECIMAL into decimal(10, 2): same, wider scale, more integer digits, and the other numeric types.
CREATE TABLE same (id INT NOT NULL, amount DECIMAL(10, 2)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
CREATE TABLE scale_loss (id INT NOT NULL, amount DECIMAL(10, 4)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
CREATE TABLE precision_loss (id INT NOT NULL, amount DECIMAL(20, 2)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
CREATE TABLE from_int (id INT NOT NULL, amount INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
CREATE TABLE from_double (id INT NOT NULL, amount DOUBLE) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
CREATE TABLE from_string (id INT NOT NULL, amount STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
