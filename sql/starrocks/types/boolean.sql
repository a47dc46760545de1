-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, b boolean NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- starrocks: CREATE TABLE d.t_nn (id int NOT NULL, b boolean NOT NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- BOOLEAN into boolean (reported as tinyint(1)): the documented mapping (no finding).
CREATE TABLE same (id INT NOT NULL, b BOOLEAN) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- TINYINT into boolean: the connector accepts it (SR says tinyint); non-zero values load as true.
CREATE TABLE from_tinyint (id INT NOT NULL, b TINYINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- INT into boolean: accepted by the connector's tinyint row; non-zero values load as true.
CREATE TABLE from_int (id INT NOT NULL, b INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BIGINT into boolean: not in the connector's tinyint row, rejected at plan time.
CREATE TABLE from_bigint (id INT NOT NULL, b BIGINT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- STRING into boolean: rejected by the connector; text must parse.
CREATE TABLE from_string (id INT NOT NULL, b STRING) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- DOUBLE into boolean: cannot load.
CREATE TABLE from_double (id INT NOT NULL, b DOUBLE) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- Nullable BOOLEAN into a NOT NULL boolean: a NULL fails the load.
CREATE TABLE nullable_into_not_null (id INT NOT NULL, b BOOLEAN) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't_nn', 'username' = 'root', 'password' = ''
);
-- BOOLEAN NOT NULL into a NOT NULL boolean (no finding).
CREATE TABLE not_null_into_not_null (id INT NOT NULL, b BOOLEAN NOT NULL) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't_nn', 'username' = 'root', 'password' = ''
);
