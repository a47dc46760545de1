-- Statements in the shapes of Flink's concept pages: time attributes, time zones,
-- versioned tables and temporal joins, deduplication, dynamic tables.

CREATE TABLE user_actions (user_name STRING, data STRING, user_action_time TIMESTAMP(3), WATERMARK FOR user_action_time AS user_action_time - INTERVAL '5' SECOND) WITH ('connector' = 'datagen');

SELECT TUMBLE_START(user_action_time, INTERVAL '10' MINUTE), COUNT(DISTINCT user_name) FROM user_actions GROUP BY TUMBLE(user_action_time, INTERVAL '10' MINUTE);

CREATE TABLE user_actions_ltz (user_name STRING, data STRING, ts BIGINT, time_ltz AS TO_TIMESTAMP_LTZ(ts, 3), WATERMARK FOR time_ltz AS time_ltz - INTERVAL '5' SECOND) WITH ('connector' = 'datagen');

SELECT TUMBLE_START(time_ltz, INTERVAL '10' MINUTE), COUNT(DISTINCT user_name) FROM user_actions_ltz GROUP BY TUMBLE(time_ltz, INTERVAL '10' MINUTE);

CREATE TABLE user_actions_proc (user_name STRING, data STRING, user_action_time AS PROCTIME()) WITH ('connector' = 'datagen');

SELECT TUMBLE_START(user_action_time, INTERVAL '10' MINUTE), COUNT(DISTINCT user_name) FROM user_actions_proc GROUP BY TUMBLE(user_action_time, INTERVAL '10' MINUTE);

SELECT window_start, window_end, COUNT(DISTINCT user_name) FROM TABLE(TUMBLE(TABLE user_actions_proc, DESCRIPTOR(user_action_time), INTERVAL '10' MINUTES)) GROUP BY window_start, window_end;

SET 'table.local-time-zone' = 'UTC';

CREATE VIEW MyView1 AS SELECT LOCALTIME, LOCALTIMESTAMP, CURRENT_DATE, CURRENT_TIME, CURRENT_TIMESTAMP, CURRENT_ROW_TIMESTAMP(), NOW(), PROCTIME();

DESC MyView1;

CREATE TABLE MyTable1 (item STRING, price DOUBLE, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '10' SECOND) WITH ('connector' = 'datagen');

CREATE VIEW MyView3 AS SELECT TUMBLE_START(ts, INTERVAL '10' MINUTES) AS window_start, TUMBLE_END(ts, INTERVAL '10' MINUTES) AS window_end, TUMBLE_ROWTIME(ts, INTERVAL '10' MINUTES) AS window_rowtime, item, MAX(price) AS max_price FROM MyTable1 GROUP BY TUMBLE(ts, INTERVAL '10' MINUTES), item;

DESC MyView3;

CREATE TABLE MyTable2 (item STRING, price DOUBLE, ts BIGINT, ts_ltz AS TO_TIMESTAMP_LTZ(ts, 3), WATERMARK FOR ts_ltz AS ts_ltz - INTERVAL '10' SECOND) WITH ('connector' = 'datagen');

CREATE VIEW MyView4 AS SELECT TUMBLE_START(ts_ltz, INTERVAL '10' MINUTES) AS window_start, TUMBLE_END(ts_ltz, INTERVAL '10' MINUTES) AS window_end, TUMBLE_ROWTIME(ts_ltz, INTERVAL '10' MINUTES) AS window_rowtime, item, MAX(price) AS max_price FROM MyTable2 GROUP BY TUMBLE(ts_ltz, INTERVAL '10' MINUTES), item;

DESC MyView4;

CREATE TABLE MyTable3 (item STRING, price DOUBLE, proctime AS PROCTIME()) WITH ('connector' = 'datagen');

CREATE VIEW MyView5 AS SELECT TUMBLE_START(proctime, INTERVAL '10' MINUTES) AS window_start, TUMBLE_END(proctime, INTERVAL '10' MINUTES) AS window_end, TUMBLE_PROCTIME(proctime, INTERVAL '10' MINUTES) AS window_proctime, item, MAX(price) AS max_price FROM MyTable3 GROUP BY TUMBLE(proctime, INTERVAL '10' MINUTES), item;

DESC MyView5;

CREATE VIEW MyView6 AS SELECT window_start, window_end, window_time, item, MAX(price) AS max_price FROM TABLE(TUMBLE(TABLE MyTable2, DESCRIPTOR(ts_ltz), INTERVAL '10' MINUTES)) GROUP BY window_start, window_end, window_time, item;

DESC MyView6;

SET 'table.local-time-zone' = 'Asia/Shanghai';

CREATE VIEW MyView2 AS SELECT TO_TIMESTAMP_LTZ(4001, 3) AS ltz, TIMESTAMP '1970-01-01 00:00:01.001' AS ntz, CAST(TO_TIMESTAMP_LTZ(4001, 3) AS TIMESTAMP(3)) AS c1;

DESC MyView2;

CREATE TABLE RatesHistory (currency_time TIMESTAMP(3), currency STRING, rate DECIMAL(38, 10), WATERMARK FOR currency_time AS currency_time) WITH ('connector' = 'datagen');

CREATE TABLE orders (order_id STRING, currency STRING, price DECIMAL(32, 2), order_time TIMESTAMP(3), WATERMARK FOR order_time AS order_time) WITH ('connector' = 'datagen');

CREATE VIEW versioned_rates AS SELECT currency, rate, currency_time FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY currency ORDER BY currency_time DESC) AS rownum FROM RatesHistory) WHERE rownum = 1;

DESC versioned_rates;

SELECT o.order_id, o.order_time, o.currency, r.rate FROM orders AS o JOIN versioned_rates FOR SYSTEM_TIME AS OF o.order_time AS r ON o.currency = r.currency;

CREATE TABLE product_changelog (product_id STRING, product_name STRING, product_price DECIMAL(10, 4), update_time TIMESTAMP(3) METADATA FROM 'value.source.timestamp' VIRTUAL, PRIMARY KEY (product_id) NOT ENFORCED, WATERMARK FOR update_time AS update_time) WITH ('connector' = 'kafka', 'topic' = 'products', 'scan.startup.mode' = 'earliest-offset', 'properties.bootstrap.servers' = 'localhost:9092', 'value.format' = 'debezium-json');

CREATE TABLE LatestRates (currency STRING, rate DECIMAL(38, 10), currency_time TIMESTAMP(3), WATERMARK FOR currency_time AS currency_time) WITH ('connector' = 'datagen');

SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY currency ORDER BY currency_time ASC) AS row_num FROM LatestRates) WHERE row_num = 1;

SELECT currency, MAX(rate) FROM LatestRates GROUP BY currency;

CREATE TABLE clicks (`user` STRING, url STRING, cTime TIMESTAMP(3), WATERMARK FOR cTime AS cTime - INTERVAL '2' SECOND) WITH ('connector' = 'datagen');

SELECT `user`, COUNT(url) AS cnt FROM clicks GROUP BY `user`;

SELECT `user`, TUMBLE_END(cTime, INTERVAL '1' HOURS) AS endT, COUNT(url) AS cnt FROM clicks GROUP BY `user`, TUMBLE(cTime, INTERVAL '1' HOURS);

SELECT user, COUNT(url) AS cnt FROM clicks GROUP BY user;

SELECT CURRENT_WATERMARK(cTime) FROM clicks;

SELECT * FROM clicks WHERE CURRENT_WATERMARK(cTime) IS NULL OR cTime > CURRENT_WATERMARK(cTime);

CREATE TABLE sink_clicks (`user` STRING, cnt BIGINT) WITH ('connector' = 'print');

INSERT INTO sink_clicks SELECT `user`, COUNT(url) FROM clicks GROUP BY `user`;
