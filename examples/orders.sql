-- A Flink SQL job: generated orders, aggregated per user, printed.
-- Check it as Flink 1.20 would, without a JVM:
--   cargo run --release -- validate examples/orders.sql

SET 'execution.runtime-mode' = 'streaming';

CREATE TABLE orders (
    order_id   BIGINT,
    user_id    INT,
    amount     DECIMAL(10, 2),
    order_time TIMESTAMP(3),
    WATERMARK FOR order_time AS order_time - INTERVAL '5' SECOND
) WITH (
    'connector' = 'datagen',
    'rows-per-second' = '100',
    'fields.user_id.min' = '1',
    'fields.user_id.max' = '10'
);

CREATE TABLE user_totals (
    user_id INT,
    window_start TIMESTAMP(3),
    total DECIMAL(38, 2),
    PRIMARY KEY (user_id, window_start) NOT ENFORCED
) WITH (
    'connector' = 'print'
);

INSERT INTO user_totals
SELECT user_id, window_start, SUM(amount)
FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(order_time), INTERVAL '1' MINUTE))
GROUP BY user_id, window_start, window_end;
