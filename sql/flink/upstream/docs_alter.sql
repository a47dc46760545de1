-- source: apache/flink docs/content/docs/dev/table/sql/alter.md
-- The SQL CLI example runs as one session (its CREATE TABLE used WITH (...); here a datagen table);
-- the single-statement examples each get a fresh session with a setup table written for this corpus.

-- setup (the doc uses WITH (...))
CREATE TABLE Orders (`user` BIGINT, product STRING, amount INT) WITH ('connector' = 'datagen');

ALTER TABLE Orders ADD `order` INT COMMENT 'order identifier' FIRST;

DESCRIBE Orders;

ALTER TABLE Orders ADD (ts TIMESTAMP(3), category STRING AFTER product, PRIMARY KEY(`order`) NOT ENFORCED, WATERMARK FOR ts AS ts - INTERVAL '1' HOUR);

DESCRIBE Orders;

ALTER TABLE Orders MODIFY (amount DOUBLE NOT NULL, category STRING COMMENT 'category identifier' AFTER `order`, WATERMARK FOR ts AS ts);

DESCRIBE Orders;

ALTER TABLE Orders DROP WATERMARK;

DESCRIBE Orders;

ALTER TABLE Orders DROP (amount, ts, category);

DESCRIBE Orders;

ALTER TABLE Orders RENAME `order` to `order_id`;

DESCRIBE Orders;

SHOW TABLES;

ALTER TABLE Orders RENAME TO NewOrders;

SHOW TABLES;

-- @new-session
-- setup (not from the doc); the Java tab spells the rename as RENAME `order` TO order_id
CREATE TABLE Orders (`user` BIGINT, product STRING, amount INT, `order` INT) WITH ('connector' = 'datagen');

ALTER TABLE Orders RENAME `order` TO order_id;

-- @new-session
-- setup (not from the doc)
CREATE TABLE MyTable (id INT, measurement BIGINT, request_body STRING, col1 INT, col2 INT, col3 INT) WITH ('connector' = 'datagen');

-- add a new column
ALTER TABLE MyTable ADD category_id STRING COMMENT 'identifier of the category';

-- @new-session
-- setup (not from the doc)
CREATE TABLE MyTable (id INT, measurement BIGINT, request_body STRING, col1 INT, col2 INT, col3 INT) WITH ('connector' = 'datagen');

-- add columns, constraint, and watermark
ALTER TABLE MyTable ADD (
    log_ts STRING COMMENT 'log timestamp string' FIRST,
    ts AS TO_TIMESTAMP(log_ts) AFTER log_ts,
    PRIMARY KEY (id) NOT ENFORCED,
    WATERMARK FOR ts AS ts - INTERVAL '3' SECOND
);

-- @new-session
-- setup (not from the doc)
CREATE TABLE MyTable (a INT, id INT, p1 INT, p2 STRING) PARTITIONED BY (id, p1, p2) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-mytable', 'format' = 'csv');

-- add a new partition
ALTER TABLE MyTable ADD PARTITION (p1=1,p2='a') with ('k1'='v1');

-- @new-session
-- setup (not from the doc)
CREATE TABLE MyTable (a INT, id INT, p1 INT, p2 STRING) PARTITIONED BY (id, p1, p2) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-mytable', 'format' = 'csv');

-- add two new partitions
ALTER TABLE MyTable ADD PARTITION (p1=1,p2='a') with ('k1'='v1') PARTITION (p1=1,p2='b') with ('k2'='v2');

-- @new-session
-- setup (not from the doc)
CREATE TABLE MyTable (id INT, measurement BIGINT, request_body STRING, col1 INT, col2 INT, col3 INT, log_ts STRING, ts TIMESTAMP(3), PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- modify a column type, comment and position
ALTER TABLE MyTable MODIFY measurement double COMMENT 'unit is bytes per second' AFTER `id`;

-- @new-session
-- setup (not from the doc)
CREATE TABLE MyTable (id INT, measurement BIGINT, request_body STRING, col1 INT, col2 INT, col3 INT, log_ts STRING, ts TIMESTAMP(3), PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- modify definition of column log_ts and ts, primary key, watermark. They must exist in table schema
ALTER TABLE MyTable MODIFY (
    log_ts STRING COMMENT 'log timestamp string' AFTER `id`,  -- reorder columns
    ts AS TO_TIMESTAMP(log_ts) AFTER log_ts,
    PRIMARY KEY (id) NOT ENFORCED,
    WATERMARK FOR ts AS ts -- modify watermark strategy
);

-- @new-session
-- setup (not from the doc)
CREATE TABLE MyTable (id INT, measurement BIGINT, request_body STRING, col1 INT, col2 INT, col3 INT, log_ts STRING, ts TIMESTAMP(3), PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- drop a column
ALTER TABLE MyTable DROP measurement;

-- @new-session
-- setup (not from the doc)
CREATE TABLE MyTable (id INT, measurement BIGINT, request_body STRING, col1 INT, col2 INT, col3 INT, log_ts STRING, ts TIMESTAMP(3), PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- drop columns
ALTER TABLE MyTable DROP (col1, col2, col3);

-- @new-session
-- setup (not from the doc)
CREATE TABLE MyTable (id INT, measurement BIGINT, request_body STRING, col1 INT, col2 INT, col3 INT, log_ts STRING, ts TIMESTAMP(3), PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- drop primary key
ALTER TABLE MyTable DROP PRIMARY KEY;

-- @new-session
-- setup (not from the doc)
CREATE TABLE MyTable (a INT, id INT, p1 INT, p2 STRING) PARTITIONED BY (id, p1, p2) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-mytable', 'format' = 'csv');

-- drop a partition
ALTER TABLE MyTable DROP PARTITION (`id` = 1);

-- @new-session
-- setup (not from the doc)
CREATE TABLE MyTable (a INT, id INT, p1 INT, p2 STRING) PARTITIONED BY (id, p1, p2) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-mytable', 'format' = 'csv');

-- drop two partitions
ALTER TABLE MyTable DROP PARTITION (`id` = 1), PARTITION (`id` = 2);

-- @new-session
-- setup (not from the doc)
CREATE TABLE MyTable (id INT, measurement BIGINT, request_body STRING, col1 INT, col2 INT, col3 INT, log_ts STRING, ts TIMESTAMP(3), PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- drop a watermark
ALTER TABLE MyTable DROP WATERMARK;

-- @new-session
-- setup (not from the doc)
CREATE TABLE MyTable (id INT, measurement BIGINT, request_body STRING, col1 INT, col2 INT, col3 INT, log_ts STRING, ts TIMESTAMP(3), PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- rename column
ALTER TABLE MyTable RENAME request_body TO payload;

-- @new-session
-- setup (not from the doc)
CREATE TABLE MyTable (id INT, measurement BIGINT, request_body STRING, col1 INT, col2 INT, col3 INT, log_ts STRING, ts TIMESTAMP(3), PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- rename table
ALTER TABLE MyTable RENAME TO MyTable2;

-- @new-session
-- setup (not from the doc)
CREATE TABLE DataGenSource (f0 INT, f1 STRING) WITH ('connector' = 'datagen');

-- set 'rows-per-second'
ALTER TABLE DataGenSource SET ('rows-per-second' = '10');

-- reset 'rows-per-second' to the default value
ALTER TABLE DataGenSource RESET ('rows-per-second');
