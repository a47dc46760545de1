-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, d date NULL, dt datetime NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- DATE into date, the documented mapping (no finding).
CREATE TABLE documented (id INT NOT NULL, d DATE) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- STRING into date: accepted by the connector (VARCHAR); text must parse.
CREATE TABLE string_into_date (id INT NOT NULL, d STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- TIMESTAMP into date: rejected by the connector; the time of day is lost.
CREATE TABLE timestamp_into_date (id INT NOT NULL, d TIMESTAMP(3)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- DATE into datetime: loads as midnight, but the connector's datetime row has no DATE.
CREATE TABLE date_into_datetime (id INT NOT NULL, dt DATE) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- INT into date: cannot load.
CREATE TABLE int_into_date (id INT NOT NULL, d INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
