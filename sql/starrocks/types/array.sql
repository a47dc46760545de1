-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.t (id int NOT NULL, a array<int> NULL, aa array<array<int>> NULL, ad array<decimal(10, 2)> NULL, s string NULL, v100 varchar(100) NULL, j json NULL, i int NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- ARRAY<INT> into array<int>, the documented mapping (no finding).
CREATE TABLE documented (id INT NOT NULL, a ARRAY<INT>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- ARRAY<ARRAY<INT>> into array<array<int>> (no finding).
CREATE TABLE nested (id INT NOT NULL, aa ARRAY<ARRAY<INT>>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- ARRAY<DECIMAL(10, 2)> into array<decimal(10, 2)> (reported as array<DECIMAL64(10,2)>) (no finding).
CREATE TABLE decimal_elements (id INT NOT NULL, ad ARRAY<DECIMAL(10, 2)>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- ARRAY<DECIMAL(10, 4)> into array<decimal(10, 2)>: element scale loss.
CREATE TABLE decimal_elements_scale (id INT NOT NULL, ad ARRAY<DECIMAL(10, 4)>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- ARRAY<BIGINT> into array<int>: element narrowing (the connector does not check array columns).
CREATE TABLE element_narrowing (id INT NOT NULL, a ARRAY<BIGINT>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- ARRAY<STRING> into array<int>: elements must parse.
CREATE TABLE element_text (id INT NOT NULL, a ARRAY<STRING>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- ARRAY<DATE> into array<int>: elements cannot load.
CREATE TABLE element_mismatch (id INT NOT NULL, a ARRAY<DATE>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- ARRAY<INT> into array<array<int>>: one level of nesting missing.
CREATE TABLE not_nested (id INT NOT NULL, aa ARRAY<INT>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- ARRAY<INT> into a string column: loaded as JSON text (no finding).
CREATE TABLE into_string (id INT NOT NULL, s ARRAY<INT>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- ARRAY<INT> into varchar(100): the JSON text may be longer.
CREATE TABLE into_varchar_100 (id INT NOT NULL, v100 ARRAY<INT>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- ARRAY<INT> into json (no finding).
CREATE TABLE into_json (id INT NOT NULL, j ARRAY<INT>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- ARRAY<INT> into int: cannot load, rejected by the connector.
CREATE TABLE into_int (id INT NOT NULL, i ARRAY<INT>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
