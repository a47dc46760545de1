-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, dt datetime NULL, s string NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- TIMESTAMP(3) into datetime, the documented mapping (no finding).
CREATE TABLE documented (id INT NOT NULL, dt TIMESTAMP(3)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- TIMESTAMP(6) into datetime: DATETIME keeps microseconds (no finding).
CREATE TABLE micros (id INT NOT NULL, dt TIMESTAMP(6)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- TIMESTAMP(9) into datetime: nanoseconds are lost.
CREATE TABLE nanos (id INT NOT NULL, dt TIMESTAMP(9)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- TIMESTAMP (= TIMESTAMP(6)) into datetime (no finding).
CREATE TABLE default_precision (id INT NOT NULL, dt TIMESTAMP) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- STRING into datetime: accepted by the connector; text must parse.
CREATE TABLE string_into_datetime (id INT NOT NULL, dt STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BIGINT (epoch millis) into datetime: cannot load.
CREATE TABLE bigint_into_datetime (id INT NOT NULL, dt BIGINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- TIMESTAMP into a string column: rejected by the connector's varchar row.
CREATE TABLE timestamp_into_string (id INT NOT NULL, s TIMESTAMP(3)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
