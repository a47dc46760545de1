-- Ten mistakes in one StarRocks sink table; `sluice validate` reports all of them.
CREATE TABLE orders_sink (
    order_id BIGINT,
    placed_at TIME,
    tags MULTISET<STRING>,
    PRIMARY KEY (order_id) NOT ENFORCED
) WITH (
    'connector' = 'starrocks',
    'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'load-url' = '127.0.0.1:8030;fe2',
    'database-name' = 'shop',
    'table-name' = 'orders',
    'username' = 'loader',
    'password' = 'secret',
    'sink.semantic' = 'exactly_once',
    'sink.buffer-flush.max-bytes' = '1048576',
    'sink.max-retries' = 'three',
    'sink.buffer-flush.intervl-ms' = '1000',
    'sink.properties.format' = 'jsn',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.publish-timeout.ms' = '5000'
);
