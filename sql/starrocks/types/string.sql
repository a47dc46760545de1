-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, s string NULL, v65533 varchar(65533) NULL, v255 varchar(255) NULL, c10 char(10) NULL, j json NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- starrocks: CREATE TABLE d.t_nn (id int NOT NULL, s string NOT NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- STRING into STRING, the documented mapping (no finding).
CREATE TABLE documented (id INT NOT NULL, s STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- STRING into varchar(65533): the same type as STRING, NOT warned.
CREATE TABLE into_varchar_65533 (id INT NOT NULL, v65533 STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- STRING into varchar(255): long values are rejected.
CREATE TABLE into_varchar_255 (id INT NOT NULL, v255 STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- STRING into char(10): long values are rejected.
CREATE TABLE into_char (id INT NOT NULL, c10 STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- STRING into json: text that is not JSON is rejected (the connector parses text starting with { or [).
CREATE TABLE into_json (id INT NOT NULL, j STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- Nullable STRING into a NOT NULL string.
CREATE TABLE nullable_into_not_null (id INT NOT NULL, s STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't_nn', 'username' = 'root', 'password' = ''
);
-- STRING NOT NULL into a NOT NULL string (no finding).
CREATE TABLE not_null (id INT NOT NULL, s STRING NOT NULL) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't_nn', 'username' = 'root', 'password' = ''
);
