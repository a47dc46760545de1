-- Queries in the shapes of Flink's SQL query documentation: window aggregation, cascading
-- windows, window joins, window Top-N and deduplication, joins, set operations, ORDER BY,
-- LIMIT, WITH, SELECT DISTINCT, and query hints.

CREATE TABLE Bid (bidtime TIMESTAMP(3), price DECIMAL(10, 2), item STRING, supplier_id STRING, WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

CREATE TABLE LeftTable (row_time TIMESTAMP(3), num INT, id STRING, WATERMARK FOR row_time AS row_time - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

CREATE TABLE RightTable (row_time TIMESTAMP(3), num INT, id STRING, WATERMARK FOR row_time AS row_time - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

CREATE TABLE Orders (order_id STRING, price DECIMAL(32, 2), currency STRING, order_time TIMESTAMP(3), customer_id INT, product STRING, amount INT, proc_time AS PROCTIME(), WATERMARK FOR order_time AS order_time - INTERVAL '15' SECOND) WITH ('connector' = 'datagen');

CREATE TABLE Shipments (id STRING, order_id STRING, ship_time TIMESTAMP(3), WATERMARK FOR ship_time AS ship_time) WITH ('connector' = 'datagen');

CREATE TABLE currency_rates (currency STRING, conversion_rate DECIMAL(32, 2), update_time TIMESTAMP(3), WATERMARK FOR update_time AS update_time - INTERVAL '15' SECOND, PRIMARY KEY (currency) NOT ENFORCED) WITH ('connector' = 'datagen');

CREATE TABLE Customers (id INT, name STRING, country STRING, zip STRING, PRIMARY KEY (id) NOT ENFORCED) WITH ('connector' = 'jdbc', 'url' = 'jdbc:mysql://mysqlhost:3306/customerdb', 'table-name' = 'customers');

CREATE TABLE NestedOrders (order_id STRING, tags ARRAY<STRING>, lines ARRAY<ROW<product STRING, qty INT>>) WITH ('connector' = 'datagen');

SELECT window_start, window_end, SUM(price) AS total FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES)) GROUP BY window_start, window_end;

SELECT window_start, window_end, supplier_id, SUM(price) AS price FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES)) GROUP BY window_start, window_end, ROLLUP (supplier_id);

SELECT window_start, window_end, item, supplier_id, SUM(price) AS price FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES)) GROUP BY window_start, window_end, CUBE (supplier_id, item);

SELECT window_start, window_end, item, SUM(price) FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES)) GROUP BY GROUPING SETS ((window_start, window_end, item), (window_start, window_end));

SELECT window_start, SUM(price) FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES)) GROUP BY window_start;

SELECT window_end, SUM(price) FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES)) GROUP BY window_end;

CREATE VIEW window1 AS SELECT window_start, window_end, window_time AS rowtime, SUM(price) AS partial_price FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '5' MINUTES)) GROUP BY supplier_id, window_start, window_end, window_time;

SELECT window_start, window_end, SUM(partial_price) AS total_price FROM TABLE(TUMBLE(TABLE window1, DESCRIPTOR(rowtime), INTERVAL '10' MINUTES)) GROUP BY window_start, window_end;

CREATE VIEW window2 AS SELECT window_start, window_end, SUM(price) AS partial_price FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '5' MINUTES)) GROUP BY supplier_id, window_start, window_end;

SELECT window_start, window_end, SUM(partial_price) FROM TABLE(TUMBLE(TABLE window2, DESCRIPTOR(window_start), INTERVAL '10' MINUTES)) GROUP BY window_start, window_end;

SELECT TUMBLE_START(bidtime, INTERVAL '10' MINUTE) AS wstart, TUMBLE_END(bidtime, INTERVAL '10' MINUTE) AS wend, TUMBLE_ROWTIME(bidtime, INTERVAL '10' MINUTE) AS wtime, SUM(price) FROM Bid GROUP BY TUMBLE(bidtime, INTERVAL '10' MINUTE);

SELECT HOP_START(bidtime, INTERVAL '5' MINUTE, INTERVAL '10' MINUTE), SUM(price) FROM Bid GROUP BY HOP(bidtime, INTERVAL '5' MINUTE, INTERVAL '10' MINUTE);

SELECT supplier_id, SESSION_START(bidtime, INTERVAL '10' MINUTE), SESSION_END(bidtime, INTERVAL '10' MINUTE), SUM(price) FROM Bid GROUP BY supplier_id, SESSION(bidtime, INTERVAL '10' MINUTE);

SELECT L.num AS L_Num, L.id AS L_Id, R.num AS R_Num, R.id AS R_Id, COALESCE(L.window_start, R.window_start) AS window_start, COALESCE(L.window_end, R.window_end) AS window_end FROM (SELECT * FROM TABLE(TUMBLE(TABLE LeftTable, DESCRIPTOR(row_time), INTERVAL '5' MINUTES))) L FULL JOIN (SELECT * FROM TABLE(TUMBLE(TABLE RightTable, DESCRIPTOR(row_time), INTERVAL '5' MINUTES))) R ON L.num = R.num AND L.window_start = R.window_start AND L.window_end = R.window_end;

SELECT * FROM (SELECT * FROM TABLE(TUMBLE(TABLE LeftTable, DESCRIPTOR(row_time), INTERVAL '5' MINUTES))) L WHERE L.num IN (SELECT num FROM (SELECT * FROM TABLE(TUMBLE(TABLE RightTable, DESCRIPTOR(row_time), INTERVAL '5' MINUTES))) R WHERE L.window_start = R.window_start AND L.window_end = R.window_end);

SELECT * FROM (SELECT * FROM TABLE(TUMBLE(TABLE LeftTable, DESCRIPTOR(row_time), INTERVAL '5' MINUTES))) L WHERE NOT EXISTS (SELECT * FROM (SELECT * FROM TABLE(TUMBLE(TABLE RightTable, DESCRIPTOR(row_time), INTERVAL '5' MINUTES))) R WHERE L.num = R.num AND L.window_start = R.window_start AND L.window_end = R.window_end);

SELECT * FROM (SELECT window_start, window_end, supplier_id, SUM(price) AS price, COUNT(*) AS cnt, ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY price DESC) AS rownum FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES)) GROUP BY window_start, window_end, supplier_id) WHERE rownum <= 3;

SELECT * FROM (SELECT bidtime, price, item, supplier_id, window_start, window_end, ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY price DESC) AS rownum FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES))) WHERE rownum <= 3;

SELECT * FROM (SELECT bidtime, price, item, supplier_id, window_start, window_end, ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY bidtime DESC) AS rownum FROM TABLE(TUMBLE(TABLE Bid, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES))) WHERE rownum <= 1;

SELECT * FROM Orders INNER JOIN Shipments ON Orders.order_id = Shipments.order_id;

SELECT * FROM Orders LEFT JOIN Shipments ON Orders.order_id = Shipments.order_id;

SELECT * FROM Orders RIGHT JOIN Shipments ON Orders.order_id = Shipments.order_id;

SELECT * FROM Orders FULL OUTER JOIN Shipments ON Orders.order_id = Shipments.order_id;

SELECT * FROM Orders o, Shipments s WHERE o.order_id = s.order_id AND o.order_time BETWEEN s.ship_time - INTERVAL '4' HOUR AND s.ship_time;

SELECT * FROM Orders o, Shipments s WHERE o.order_id = s.order_id AND o.order_time = s.ship_time;

SELECT * FROM Orders o, Shipments s WHERE o.order_id = s.order_id AND o.order_time > s.ship_time AND o.order_time < s.ship_time + INTERVAL '10' MINUTE;

SELECT order_id, price, Orders.currency, conversion_rate, order_time FROM Orders LEFT JOIN currency_rates FOR SYSTEM_TIME AS OF Orders.order_time ON Orders.currency = currency_rates.currency;

SELECT o.order_id, o.amount, c.country, c.zip FROM Orders AS o JOIN Customers FOR SYSTEM_TIME AS OF o.proc_time AS c ON o.customer_id = c.id;

SELECT /*+ LOOKUP('table'='Customers', 'retry-predicate'='lookup_miss', 'retry-strategy'='fixed_delay', 'fixed-delay'='10s', 'max-attempts'='3') */ o.order_id, c.country FROM Orders AS o JOIN Customers FOR SYSTEM_TIME AS OF o.proc_time AS c ON o.customer_id = c.id;

SELECT order_id, tag FROM NestedOrders CROSS JOIN UNNEST(tags) AS t (tag);

SELECT order_id, product, qty FROM NestedOrders CROSS JOIN UNNEST(lines) AS t (product, qty);

SELECT order_id, res FROM Orders, LATERAL TABLE(table_func(order_id)) t(res);

SELECT order_id, res FROM Orders LEFT OUTER JOIN LATERAL TABLE(table_func(order_id)) t(res) ON TRUE;

CREATE TEMPORARY VIEW t1 (s) AS VALUES ('c'), ('a'), ('b'), ('b'), ('c');

CREATE TEMPORARY VIEW t2 (s) AS VALUES ('d'), ('e'), ('a'), ('b'), ('b');

(SELECT s FROM t1) UNION (SELECT s FROM t2);

(SELECT s FROM t1) UNION ALL (SELECT s FROM t2);

(SELECT s FROM t1) INTERSECT (SELECT s FROM t2);

(SELECT s FROM t1) INTERSECT ALL (SELECT s FROM t2);

(SELECT s FROM t1) EXCEPT (SELECT s FROM t2);

(SELECT s FROM t1) EXCEPT ALL (SELECT s FROM t2);

SELECT s FROM t1 WHERE s IN (SELECT s FROM t2);

SELECT s FROM t1 WHERE EXISTS (SELECT s FROM t2 WHERE t1.s = t2.s);

SELECT * FROM Orders ORDER BY order_time, order_id;

SELECT * FROM Orders ORDER BY orderTime LIMIT 3;

SELECT * FROM Orders ORDER BY order_time LIMIT 3;

WITH orders_with_total AS (SELECT order_id, price + 1 AS total FROM Orders) SELECT order_id, SUM(total) FROM orders_with_total GROUP BY order_id;

SELECT DISTINCT id FROM Orders;

SELECT DISTINCT order_id FROM Orders;

SELECT * FROM Orders /*+ OPTIONS('rows-per-second' = '5') */;

SELECT /*+ BROADCAST(Shipments) */ * FROM Orders INNER JOIN Shipments ON Orders.order_id = Shipments.order_id;

SELECT /*+ STATE_TTL('Orders' = '1d', 'Shipments' = '20d') */ * FROM Orders LEFT OUTER JOIN Shipments ON Orders.order_id = Shipments.order_id;

SELECT /*+ STATE_TTL('o' = '1d') */ o.order_id, COUNT(*) FROM Orders o GROUP BY o.order_id;

SELECT /*+ STATE_TTL('Orders' = '1d') */ order_id, COUNT(*) FROM Orders GROUP BY order_id;

SELECT /*+ STATE_TTL('nope' = '1d') */ * FROM Orders JOIN Shipments ON Orders.order_id = Shipments.order_id;

SELECT /*+ LOOKUP('table'='Customers', 'async'='true', 'output-mode'='allow_unordered', 'capacity'='100', 'timeout'='180s') */ o.order_id FROM Orders AS o JOIN Customers FOR SYSTEM_TIME AS OF o.proc_time AS c ON o.customer_id = c.id;

SELECT /*+ LOOKUP('table'='c') */ o.order_id FROM Orders AS o JOIN Customers FOR SYSTEM_TIME AS OF o.proc_time AS c ON o.customer_id = c.id;

SELECT /*+ BROADCAST(NoSuch) */ * FROM Orders INNER JOIN Shipments ON Orders.order_id = Shipments.order_id;

SELECT order_id, price, order_time, SUM(price) OVER (PARTITION BY product ORDER BY order_time RANGE BETWEEN INTERVAL '1' HOUR PRECEDING AND CURRENT ROW) AS one_hour_prod_amount_sum FROM Orders;

SELECT order_id, order_time, amount, SUM(amount) OVER w AS sum_amount, AVG(amount) OVER w AS avg_amount FROM Orders WINDOW w AS (PARTITION BY product ORDER BY order_time RANGE BETWEEN INTERVAL '1' HOUR PRECEDING AND CURRENT ROW);

SELECT product, order_time, amount, SUM(amount) OVER (PARTITION BY product ORDER BY order_time ROWS BETWEEN 5 PRECEDING AND CURRENT ROW) AS five_rows FROM Orders;

SELECT product, SUM(amount) OVER (PARTITION BY product ORDER BY proc_time RANGE UNBOUNDED PRECEDING) FROM Orders;
