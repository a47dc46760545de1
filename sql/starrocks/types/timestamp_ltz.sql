-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, dt datetime NULL, d date NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- TIMESTAMP_LTZ(3) into datetime, the documented mapping (the connector writes UTC wall time).
CREATE TABLE documented (id INT NOT NULL, dt TIMESTAMP_LTZ(3)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- TIMESTAMP_LTZ(9) into datetime: nanoseconds are lost.
CREATE TABLE nanos (id INT NOT NULL, dt TIMESTAMP_LTZ(9)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- TIMESTAMP(3) WITH LOCAL TIME ZONE, the long spelling (no finding).
CREATE TABLE long_spelling (id INT NOT NULL, dt TIMESTAMP(3) WITH LOCAL TIME ZONE) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- TIMESTAMP_LTZ into date: rejected by the connector; the time of day is lost.
CREATE TABLE into_date (id INT NOT NULL, d TIMESTAMP_LTZ(3)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
