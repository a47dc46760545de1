-- source: apache/flink docs/content/docs/dev/table/sql/describe.md
-- The doc's option list is a placeholder ('...'); 'connector' = 'datagen' is used instead.

CREATE TABLE Orders (
 `user` BIGINT NOT NULl comment 'this is primary key',
 product VARCHAR(32),
 amount INT,
 ts TIMESTAMP(3) comment 'notice: watermark',
 ptime AS PROCTIME() comment 'this is a computed column',
 PRIMARY KEY(`user`) NOT ENFORCED,
 WATERMARK FOR ts AS ts - INTERVAL '1' SECONDS
) with (
 'connector' = 'datagen'
);

DESCRIBE Orders;

DESC Orders;

-- @new-session
-- Java tab: the concatenated string (placeholder options replaced)
CREATE TABLE Orders ( `user` BIGINT NOT NULl comment 'this is primary key', product VARCHAR(32), amount INT, ts TIMESTAMP(3) comment 'notice: watermark', ptime AS PROCTIME() comment 'this is a computed column', PRIMARY KEY(`user`) NOT ENFORCED, WATERMARK FOR ts AS ts - INTERVAL '1' SECONDS) with ('connector' = 'datagen');

DESCRIBE Orders;

DESC Orders;
