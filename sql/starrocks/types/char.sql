-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, s string NULL, c30 char(30) NULL, c10 char(10) NULL, v30 varchar(30) NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- CHAR into STRING, the documented mapping: SR reports STRING as varchar, whose row in the connector's table has no CHAR (rejected at plan time).
CREATE TABLE documented (id INT NOT NULL, s CHAR(10)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- CHAR(10) into char(30): 10 characters x 3 bytes fit (no finding).
CREATE TABLE into_char_fits (id INT NOT NULL, c30 CHAR(10)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- CHAR(10) into char(10): StarRocks counts bytes, 10 non-ASCII characters need up to 30.
CREATE TABLE into_char_same_n (id INT NOT NULL, c10 CHAR(10)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- CHAR(10) into varchar(30): fits, but rejected by the connector (varchar row has no CHAR).
CREATE TABLE into_varchar (id INT NOT NULL, v30 CHAR(10)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- VARCHAR(10) into char(30): accepted, fits (no finding).
CREATE TABLE varchar_into_char (id INT NOT NULL, c30 VARCHAR(10)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- STRING into char(10): accepted by the connector, long values are rejected.
CREATE TABLE string_into_char (id INT NOT NULL, c10 STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- INT into char(10): rejected by the connector; 11 characters of '-2147483648' do not fit.
CREATE TABLE int_into_char (id INT NOT NULL, c10 INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
