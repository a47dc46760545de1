-- INSERT OVERWRITE (streaming vs batch) and PARTITION clauses.

-- partitioned filesystem sink
CREATE TABLE fs (id BIGINT, name STRING, dt STRING, hr STRING) PARTITIONED BY (dt, hr) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv');

-- bounded source
CREATE TABLE src (id BIGINT, name STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '10');

-- print sink
CREATE TABLE pr (id BIGINT, name STRING) WITH ('connector' = 'print');

-- INSERT OVERWRITE in streaming mode is rejected
INSERT OVERWRITE pr SELECT id, name FROM src;

-- INSERT OVERWRITE into filesystem in streaming mode is rejected
INSERT OVERWRITE fs SELECT id, name, 'd', 'h' FROM src;

-- INSERT OVERWRITE INTO is a parse error
INSERT OVERWRITE INTO pr SELECT id, name FROM src;

-- dynamic partition insert (partition columns last)
INSERT INTO fs SELECT id, name, 'd', 'h' FROM src;

-- fully static partition
INSERT INTO fs PARTITION (dt = '2020-01-01', hr = '10') SELECT id, name FROM src;

-- partially static partition (first key)
INSERT INTO fs PARTITION (dt = '2020-01-01') SELECT id, name, 'h' FROM src;

-- partially static partition (second key only)
INSERT INTO fs PARTITION (hr = '10') SELECT id, name, 'd' FROM src;

-- static partition with the query supplying too many columns
INSERT INTO fs PARTITION (dt = '2020-01-01', hr = '10') SELECT id, name, 'd', 'h' FROM src;

-- static partition on an unknown column
INSERT INTO fs PARTITION (nope = 'x') SELECT id, name, 'd', 'h' FROM src;

-- static partition on a non-partition column
INSERT INTO fs PARTITION (name = 'x') SELECT id, 'd', 'h' FROM src;

-- partition value as an integer literal
INSERT INTO fs PARTITION (dt = 2020, hr = '10') SELECT id, name FROM src;

-- partition value as an expression is a parse error
INSERT INTO fs PARTITION (dt = UPPER('x'), hr = '10') SELECT id, name FROM src;

-- partition value as NULL
INSERT INTO fs PARTITION (dt = NULL, hr = '10') SELECT id, name FROM src;

-- PARTITION after the column list is a parse error
INSERT INTO fs (id, name) PARTITION (dt = 'd', hr = 'h') SELECT id, name FROM src;

-- PARTITION before the column list
INSERT INTO fs PARTITION (dt = 'd', hr = 'h') (id, name) SELECT id, name FROM src;

-- PARTITION with a column list naming a static column
INSERT INTO fs PARTITION (dt = 'd') (id, name, dt, hr) SELECT id, name, 'x', 'h' FROM src;

-- PARTITION with an empty list is a parse error
INSERT INTO fs PARTITION () SELECT id, name, 'd', 'h' FROM src;

-- PARTITION with the same key twice
INSERT INTO fs PARTITION (dt = 'a', dt = 'b') SELECT id, name, 'h' FROM src;

-- PARTITION with VALUES
INSERT INTO fs PARTITION (dt = 'd', hr = 'h') VALUES (CAST(1 AS BIGINT), 'x');

-- switch to batch mode
SET 'execution.runtime-mode' = 'batch';

-- INSERT OVERWRITE in batch mode into filesystem
INSERT OVERWRITE fs SELECT id, name, 'd', 'h' FROM src;

-- INSERT OVERWRITE with static partitions in batch mode
INSERT OVERWRITE fs PARTITION (dt = '2020-01-01', hr = '10') SELECT id, name FROM src;

-- INSERT OVERWRITE into print in batch mode (print does not support overwrite)
INSERT OVERWRITE pr SELECT id, name FROM src;

-- INSERT OVERWRITE into blackhole in batch mode
CREATE TABLE bh (id BIGINT, name STRING) WITH ('connector' = 'blackhole');

-- blackhole overwrite in batch
INSERT OVERWRITE bh SELECT id, name FROM src;

-- plain INSERT INTO in batch mode
INSERT INTO pr SELECT id, name FROM src;

-- ORDER BY is allowed in batch mode
INSERT INTO pr SELECT id, name FROM src ORDER BY id;

-- an unbounded datagen source in batch mode fails
CREATE TABLE unbounded (id BIGINT, name STRING) WITH ('connector' = 'datagen');

-- batch read of an unbounded source
INSERT INTO pr SELECT id, name FROM unbounded;

-- SELECT in batch mode
SELECT id, name FROM src ORDER BY name LIMIT 3;

-- back to streaming
SET 'execution.runtime-mode' = 'streaming';

-- INSERT OVERWRITE rejected again
INSERT OVERWRITE fs SELECT id, name, 'd', 'h' FROM src;

-- batch mode via RESET of the key after setting batch
SET 'execution.runtime-mode' = 'batch';

-- reset all options returns to streaming
RESET;

-- INSERT OVERWRITE after RESET
INSERT OVERWRITE fs SELECT id, name, 'd', 'h' FROM src;

-- batch mode set with upper-case value
SET 'execution.runtime-mode' = 'BATCH';

-- overwrite after upper-case BATCH
INSERT OVERWRITE fs SELECT id, name, 'd', 'h' FROM src;

-- @new-session
-- fresh session starts in streaming mode
CREATE TABLE fs2 (id BIGINT) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv');

-- streaming overwrite in the new session
INSERT OVERWRITE fs2 VALUES (CAST(1 AS BIGINT));

-- legacy unquoted SET to batch
SET execution.runtime-mode = batch;

-- overwrite after legacy SET
INSERT OVERWRITE fs2 VALUES (CAST(1 AS BIGINT));

-- DELETE FROM in batch on filesystem is unsupported
DELETE FROM fs2 WHERE id = 1;

-- UPDATE in batch on filesystem is unsupported
UPDATE fs2 SET id = 2 WHERE id = 1;

-- TRUNCATE TABLE on filesystem is unsupported
TRUNCATE TABLE fs2;
