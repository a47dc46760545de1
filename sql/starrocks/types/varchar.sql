-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, s string NULL, v300 varchar(300) NULL, v100 varchar(100) NULL, v20 varchar(20) NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- VARCHAR into STRING, the documented mapping (no finding).
CREATE TABLE documented (id INT NOT NULL, s VARCHAR(100)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- VARCHAR(100) into varchar(300): 100 characters x 3 bytes fit (no finding).
CREATE TABLE fits_bytes (id INT NOT NULL, v300 VARCHAR(100)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- VARCHAR(100) into varchar(100): n x 3 bytes exceed the 100-byte StarRocks length.
CREATE TABLE same_n (id INT NOT NULL, v100 VARCHAR(100)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- VARCHAR(21844) into STRING: 65532 bytes fit (no finding).
CREATE TABLE boundary_fits (id INT NOT NULL, s VARCHAR(21844)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- VARCHAR(21845) into STRING: 65535 bytes exceed 65533.
CREATE TABLE boundary_exceeds (id INT NOT NULL, s VARCHAR(21845)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- INT into varchar(20): rejected by the connector (varchar row); the text fits.
CREATE TABLE int_into_varchar (id INT NOT NULL, v20 INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- TIMESTAMP into a string column: rejected by the connector's varchar row.
CREATE TABLE timestamp_into_string (id INT NOT NULL, s TIMESTAMP(3)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
