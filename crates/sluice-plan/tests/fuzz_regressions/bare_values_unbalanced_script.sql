-- CREATE TABLE basics: physical columns, IF NOT EXISTS,addddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddog.database.table)
CREATE TABLE default_catalog.default_database.t4 (a I, ColITH ('connector' = , arity, VALUES, NULLs, views,
-- computed/metadata columns, unknown tables.

-- source table
CREATE TABLE src (id BIGINT, name STRING, price DECIMAL(1E ;

-- INSERT ... VALUEScase_co with a bare NULL in als  se