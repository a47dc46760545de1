-- TIME: no StarRocks type; the connector fails on the first row (Unsupported type:TIME).
CREATE TABLE t_time (id INT, t TIME) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- TIME(3) as well (Flink resolves any TIME precision to TIME(0)).
CREATE TABLE t_time_precision (id INT, t TIME(3)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- INTERVAL: no StarRocks type, but Flink does not allow INTERVAL as a DDL column type at all (parse error).
CREATE TABLE t_interval (id INT, i INTERVAL DAY TO SECOND(3)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- INTERVAL YEAR TO MONTH: same parse error.
CREATE TABLE t_interval_year (id INT, i INTERVAL YEAR TO MONTH) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- MULTISET: no StarRocks type.
CREATE TABLE t_multiset (id INT, m MULTISET<STRING>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- RAW: no StarRocks type; in DDL Flink already fails restoring the RAW serializer snapshot.
CREATE TABLE t_raw (id INT, r RAW('java.lang.Object', 'AEZvcmcuYXBhY2hlLmZsaW5r')) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- TIME nested in an ARRAY.
CREATE TABLE t_array_of_time (id INT, a ARRAY<TIME>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- MULTISET nested as a MAP value.
CREATE TABLE t_map_of_multiset (id INT, m MAP<STRING, MULTISET<INT>>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- TIME nested in a ROW field.
CREATE TABLE t_row_with_time (id INT, r ROW<a INT, t TIME>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BINARY(8): the widest BINARY that fits the connector's Long (no finding offline).
CREATE TABLE t_binary_8 (id INT, b BINARY(8)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BINARY(9): does not fit a BIGINT, the connector's big-endian Long overflows.
CREATE TABLE t_binary_9 (id INT, b BINARY(9)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BINARY (= BINARY(1)) (no finding).
CREATE TABLE t_binary_default (id INT, b BINARY) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- VARBINARY(16): the Java connector fails on the first row (Unsupported type:BYTES).
CREATE TABLE t_varbinary (id INT, b VARBINARY(16)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- BYTES: same.
CREATE TABLE t_bytes (id INT, b BYTES) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- A computed TIME column is not written (only physical columns are), so no finding.
CREATE TABLE t_computed_time (id INT, ts TIMESTAMP(3), t AS CAST(ts AS TIME)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- Every type StarRocks can hold, in one table (no finding offline).
CREATE TABLE t_every_loadable (b BOOLEAN, ti TINYINT, si SMALLINT, i INT, bi BIGINT, f FLOAT, d DOUBLE, de DECIMAL(38, 9), bin BINARY(4), c CHAR(5), v VARCHAR(10), s STRING, dt DATE, ts TIMESTAMP(3), ltz TIMESTAMP_LTZ(3), a ARRAY<INT>, m MAP<STRING, INT>, r ROW<x INT, y STRING>) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
