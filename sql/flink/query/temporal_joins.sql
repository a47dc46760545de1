CREATE TABLE orders (order_id BIGINT, user_id BIGINT, amount DOUBLE, currency STRING, ts TIMESTAMP(3), pt AS PROCTIME(), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

CREATE TABLE rates_pk (currency STRING, rate DOUBLE, ts TIMESTAMP(3), WATERMARK FOR ts AS ts, PRIMARY KEY (currency) NOT ENFORCED) WITH ('connector' = 'datagen');

CREATE TABLE rates_nowm (currency STRING, rate DOUBLE, ts TIMESTAMP(3), PRIMARY KEY (currency) NOT ENFORCED) WITH ('connector' = 'datagen');

CREATE TABLE rates_nopk (currency STRING, rate DOUBLE, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

SELECT o.order_id, r.rate FROM orders o JOIN rates_pk FOR SYSTEM_TIME AS OF o.ts AS r ON o.currency = r.currency;

SELECT o.order_id, r.rate FROM orders o LEFT JOIN rates_pk FOR SYSTEM_TIME AS OF o.ts AS r ON o.currency = r.currency;

SELECT o.order_id, r.rate FROM orders o JOIN rates_nowm FOR SYSTEM_TIME AS OF o.ts AS r ON o.currency = r.currency;

SELECT o.order_id, r.rate FROM orders o JOIN rates_nopk FOR SYSTEM_TIME AS OF o.ts AS r ON o.currency = r.currency;

SELECT o.order_id, r.rate FROM orders o JOIN rates_pk FOR SYSTEM_TIME AS OF o.pt AS r ON o.currency = r.currency;

SELECT o.order_id, r.rate FROM orders o JOIN rates_nopk FOR SYSTEM_TIME AS OF o.pt AS r ON o.currency = r.currency;

SELECT o.order_id, r.rate FROM orders o JOIN rates_pk FOR SYSTEM_TIME AS OF o.ts AS r ON o.amount > r.rate;

CREATE TEMPORARY VIEW v_nopk AS SELECT o.order_id, r.rate FROM orders o JOIN rates_nopk FOR SYSTEM_TIME AS OF o.ts AS r ON o.currency = r.currency;

SELECT o.order_id, r.rate FROM orders o JOIN rates_pk FOR SYSTEM_TIME AS OF o.order_id AS r ON o.currency = r.currency;

SELECT o.order_id, r.rate FROM orders o JOIN rates_pk FOR SYSTEM_TIME AS OF CURRENT_TIMESTAMP AS r ON o.currency = r.currency;

SELECT r.rate FROM rates_pk FOR SYSTEM_TIME AS OF TIMESTAMP '2020-01-01 00:00:00' AS r;

SELECT o.order_id, r.rate FROM orders o FULL JOIN rates_pk FOR SYSTEM_TIME AS OF o.ts AS r ON o.currency = r.currency;

SELECT o.order_id, u.currency FROM orders o JOIN rates_pk u;

SELECT o.order_id FROM orders o INNER JOIN rates_pk u;

SELECT o.order_id FROM orders o LEFT JOIN rates_pk u;

SELECT o.order_id FROM orders o CROSS JOIN rates_pk u;

SELECT o.order_id FROM orders o NATURAL JOIN rates_pk u;

SELECT o.order_id FROM orders o, rates_pk u WHERE o.currency = u.currency;

SELECT o.order_id FROM orders o JOIN rates_pk u USING (currency);

SELECT o.order_id FROM orders o CROSS JOIN rates_pk u ON o.currency = u.currency;

CREATE TABLE jdbc_dim (currency STRING, rate DOUBLE) WITH ('connector' = 'jdbc', 'url' = 'jdbc:mysql://localhost:3306/db', 'table-name' = 'rates');

SELECT o.order_id, r.rate FROM orders o JOIN jdbc_dim FOR SYSTEM_TIME AS OF o.pt AS r ON o.currency = r.currency;
