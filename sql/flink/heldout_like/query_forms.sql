-- SELECT and VALUES of the shapes Flink's tests, the SQL client scripts and the docs use:
-- projections, filters, grouping, joins, subqueries, set operations, windows, functions.

CREATE TABLE orders (order_id BIGINT, user_id BIGINT, product STRING, amount INT, price DECIMAL(10, 2), currency STRING, order_time TIMESTAMP(3), pt AS PROCTIME(), WATERMARK FOR order_time AS order_time - INTERVAL '5' SECOND) WITH ('connector' = 'datagen');

CREATE TABLE users (user_id BIGINT, name STRING, age INT, city STRING, tags ARRAY<STRING>, attrs MAP<STRING, STRING>, address ROW<street STRING, zip INT>, PRIMARY KEY (user_id) NOT ENFORCED) WITH ('connector' = 'datagen');

CREATE TABLE rates (currency STRING, rate DECIMAL(10, 4), update_time TIMESTAMP(3), WATERMARK FOR update_time AS update_time, PRIMARY KEY (currency) NOT ENFORCED) WITH ('connector' = 'datagen');

SELECT * FROM orders;

SELECT order_id, product, amount * price AS total FROM orders;

SELECT o.order_id, o.product FROM orders AS o WHERE o.amount > 2 AND o.product LIKE 'A%';

SELECT DISTINCT product FROM orders;

SELECT product, COUNT(*) AS cnt, SUM(amount) AS total, AVG(price) AS avg_price, MIN(order_time) AS first_time, MAX(amount) FROM orders GROUP BY product;

SELECT product, COUNT(DISTINCT user_id) FROM orders GROUP BY product HAVING COUNT(DISTINCT user_id) > 1;

SELECT user_id, product, SUM(amount) FROM orders GROUP BY user_id, product;

SELECT user_id, SUM(amount) FROM orders GROUP BY GROUPING SETS ((user_id), ());

SELECT user_id, product, SUM(amount) FROM orders GROUP BY ROLLUP (user_id, product);

SELECT user_id, product, SUM(amount) FROM orders GROUP BY CUBE (user_id, product);

SELECT product, amount FROM orders GROUP BY product;

SELECT COUNT(*) FROM orders;

SELECT COUNT(1), COUNT(order_id), COUNT(DISTINCT product) FROM orders;

SELECT order_id FROM orders ORDER BY order_time;

SELECT order_id FROM orders ORDER BY amount;

SELECT order_id FROM orders ORDER BY amount DESC LIMIT 10;

SELECT order_id FROM orders LIMIT 5;

SELECT * FROM orders o JOIN users u ON o.user_id = u.user_id;

SELECT o.order_id, u.name FROM orders o LEFT JOIN users u ON o.user_id = u.user_id;

SELECT o.order_id, u.name FROM orders o RIGHT JOIN users u ON o.user_id = u.user_id;

SELECT o.order_id, u.name FROM orders o FULL OUTER JOIN users u ON o.user_id = u.user_id;

SELECT o.order_id, u.name FROM orders o, users u WHERE o.user_id = u.user_id;

SELECT o.order_id, u.name FROM orders o JOIN users u USING (user_id);

SELECT o.order_id, u.name FROM orders o INNER JOIN users u ON o.user_id = u.user_id AND u.age > 18;

SELECT o.order_id, r.rate FROM orders o JOIN rates FOR SYSTEM_TIME AS OF o.order_time AS r ON o.currency = r.currency;

SELECT o.order_id, u.name FROM orders o JOIN users FOR SYSTEM_TIME AS OF o.pt AS u ON o.user_id = u.user_id;

SELECT * FROM orders o JOIN users u ON o.user_id = u.user_id AND o.order_time BETWEEN u.user_id AND u.user_id;

SELECT o.order_id, p.order_id FROM orders o, orders p WHERE o.order_id = p.order_id AND o.order_time BETWEEN p.order_time - INTERVAL '1' HOUR AND p.order_time;

SELECT user_id, tag FROM users CROSS JOIN UNNEST(tags) AS t (tag);

SELECT user_id, k, v FROM users CROSS JOIN UNNEST(attrs) AS t (k, v);

SELECT user_id, tag FROM users, UNNEST(tags) AS t(tag);

SELECT * FROM orders WHERE user_id IN (SELECT user_id FROM users WHERE age > 30);

SELECT * FROM orders WHERE user_id NOT IN (1, 2, 3);

SELECT * FROM orders o WHERE EXISTS (SELECT 1 FROM users u WHERE u.user_id = o.user_id);

SELECT order_id, (SELECT MAX(age) FROM users) AS max_age FROM orders;

SELECT * FROM (SELECT order_id, amount FROM orders WHERE amount > 1) AS t WHERE t.amount < 100;

WITH big AS (SELECT * FROM orders WHERE amount > 100) SELECT product, COUNT(*) FROM big GROUP BY product;

WITH a AS (SELECT user_id FROM orders), b AS (SELECT user_id FROM users) SELECT * FROM a UNION ALL SELECT * FROM b;

SELECT user_id FROM orders UNION SELECT user_id FROM users;

SELECT user_id FROM orders UNION ALL SELECT user_id FROM users;

SELECT user_id FROM orders INTERSECT SELECT user_id FROM users;

SELECT user_id FROM orders EXCEPT SELECT user_id FROM users;

SELECT user_id FROM orders UNION ALL SELECT name FROM users;

SELECT user_id, product FROM orders UNION ALL SELECT user_id FROM users;

VALUES (1, 'a'), (2, 'b');

VALUES 1, 2, 3;

VALUES (1), (2.5);

VALUES ('a', 1), (1, 'a');

SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS t (id, name);

SELECT id FROM (VALUES (1), (2)) AS t (id) WHERE id > 1;

SELECT 1;

SELECT 1 + 1, 'a' || 'b', TRUE AND FALSE, 10 / 3, 10 % 3, -5, 2.5 * 2;

SELECT CAST('1' AS INT), CAST(1 AS STRING), CAST(CURRENT_TIMESTAMP AS DATE), TRY_CAST('x' AS INT);

SELECT CASE WHEN amount > 10 THEN 'big' WHEN amount > 5 THEN 'medium' ELSE 'small' END FROM orders;

SELECT CASE product WHEN 'A' THEN 1 WHEN 'B' THEN 2 END FROM orders;

SELECT NULLIF(amount, 0), COALESCE(product, 'n/a'), IF(amount > 0, 'p', 'n'), IFNULL(currency, 'USD') FROM orders;

SELECT UPPER(product), LOWER(product), TRIM(product), LTRIM(product), RTRIM(product), CHAR_LENGTH(product), SUBSTRING(product FROM 1 FOR 2), SUBSTR(product, 2), REPLACE(product, 'a', 'b'), CONCAT(product, '-', currency), CONCAT_WS(',', product, currency) FROM orders;

SELECT REGEXP_REPLACE(product, '[0-9]', ''), REGEXP_EXTRACT(product, '([a-z]+)', 1), SPLIT_INDEX(product, ',', 0), LPAD(product, 10, '*'), RPAD(product, 10, '*'), INITCAP(product), REVERSE(product), REPEAT(product, 2), POSITION('a' IN product), LOCATE('a', product) FROM orders;

SELECT MD5(product), SHA256(product), TO_BASE64(product), FROM_BASE64(TO_BASE64(product)), ASCII(product), CHR(65), UUID() FROM orders;

SELECT ABS(amount), MOD(amount, 3), POWER(amount, 2), SQRT(price), LN(price), LOG10(price), EXP(1), ROUND(price, 1), TRUNCATE(price, 1), FLOOR(price), CEIL(price), SIGN(amount), RAND(), PI() FROM orders;

SELECT YEAR(order_time), MONTH(order_time), DAYOFMONTH(order_time), HOUR(order_time), MINUTE(order_time), SECOND(order_time), QUARTER(order_time), WEEK(order_time), DAYOFWEEK(order_time), DAYOFYEAR(order_time) FROM orders;

SELECT EXTRACT(YEAR FROM order_time), EXTRACT(DAY FROM order_time), FLOOR(order_time TO HOUR), CEIL(order_time TO DAY), DATE_FORMAT(order_time, 'yyyy-MM-dd'), TIMESTAMPDIFF(DAY, order_time, CURRENT_TIMESTAMP), TIMESTAMPADD(HOUR, 1, order_time) FROM orders;

SELECT CURRENT_DATE, CURRENT_TIME, CURRENT_TIMESTAMP, LOCALTIME, LOCALTIMESTAMP, NOW(), PROCTIME(), UNIX_TIMESTAMP(), FROM_UNIXTIME(0), TO_TIMESTAMP('2024-01-01 00:00:00'), TO_DATE('2024-01-01'), TO_TIMESTAMP_LTZ(0, 3) FROM orders;

SELECT order_time + INTERVAL '1' DAY, order_time - INTERVAL '2' HOUR, DATE '2024-01-01', TIME '10:00:00', TIMESTAMP '2024-01-01 10:00:00', INTERVAL '1-2' YEAR TO MONTH FROM orders;

SELECT tags[1], attrs['k'], address.street, address.zip, CARDINALITY(tags), ELEMENT(tags), ARRAY[1, 2, 3], MAP['a', 1], ROW(1, 'x') FROM users;

SELECT ARRAY_CONTAINS(tags, 'x'), MAP_KEYS(attrs), MAP_VALUES(attrs), ARRAY_DISTINCT(tags), ARRAY_JOIN(tags, ',') FROM users;

SELECT user_id FROM users WHERE age BETWEEN 18 AND 30 AND city IS NOT NULL AND name NOT LIKE '%x%' AND age IN (1, 2) AND city SIMILAR TO 'B%';

SELECT user_id FROM users WHERE age IS DISTINCT FROM 10 AND (name = 'a' OR name <> 'b') AND NOT (age < 5);

SELECT user_id, name FROM users WHERE name IS TRUE;

SELECT product, SUM(amount) OVER (PARTITION BY product ORDER BY order_time ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS s FROM orders;

SELECT product, COUNT(*) OVER (PARTITION BY product ORDER BY order_time RANGE BETWEEN INTERVAL '1' HOUR PRECEDING AND CURRENT ROW) FROM orders;

SELECT product, AVG(amount) OVER w FROM orders WINDOW w AS (PARTITION BY product ORDER BY order_time ROWS BETWEEN 5 PRECEDING AND CURRENT ROW);

SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY product ORDER BY amount DESC) AS rn FROM orders) WHERE rn <= 3;

SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY order_id ORDER BY order_time ASC) AS rn FROM orders) WHERE rn = 1;

SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY order_id ORDER BY pt DESC) AS rn FROM orders) WHERE rn = 1;

SELECT window_start, window_end, SUM(amount) FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(order_time), INTERVAL '10' MINUTES)) GROUP BY window_start, window_end;

SELECT window_start, window_end, product, SUM(amount) FROM TABLE(HOP(TABLE orders, DESCRIPTOR(order_time), INTERVAL '5' MINUTES, INTERVAL '10' MINUTES)) GROUP BY window_start, window_end, product;

SELECT window_start, window_end, SUM(amount) FROM TABLE(CUMULATE(TABLE orders, DESCRIPTOR(order_time), INTERVAL '2' MINUTES, INTERVAL '10' MINUTES)) GROUP BY window_start, window_end;

SELECT window_start, window_end, product, SUM(amount) FROM TABLE(SESSION(TABLE orders PARTITION BY product, DESCRIPTOR(order_time), INTERVAL '5' MINUTES)) GROUP BY window_start, window_end, product;

SELECT * FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(order_time), INTERVAL '10' MINUTES));

SELECT * FROM TABLE(TUMBLE(DATA => TABLE orders, TIMECOL => DESCRIPTOR(order_time), SIZE => INTERVAL '10' MINUTES));

SELECT window_start, window_end, product, SUM(amount) FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(order_time), INTERVAL '10' MINUTES)) GROUP BY window_start, window_end, GROUPING SETS ((product), ());

SELECT * FROM (SELECT window_start, window_end, product, SUM(amount) AS total, ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY SUM(amount) DESC) AS rownum FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(order_time), INTERVAL '10' MINUTES)) GROUP BY window_start, window_end, product) WHERE rownum <= 3;

SELECT L.order_id, R.order_id FROM (SELECT * FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(order_time), INTERVAL '5' MINUTES))) L JOIN (SELECT * FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(order_time), INTERVAL '5' MINUTES))) R ON L.order_id = R.order_id AND L.window_start = R.window_start AND L.window_end = R.window_end;

SELECT TUMBLE_START(order_time, INTERVAL '1' HOUR), TUMBLE_END(order_time, INTERVAL '1' HOUR), SUM(amount) FROM orders GROUP BY TUMBLE(order_time, INTERVAL '1' HOUR);

SELECT HOP_START(order_time, INTERVAL '5' MINUTE, INTERVAL '1' HOUR), COUNT(*) FROM orders GROUP BY HOP(order_time, INTERVAL '5' MINUTE, INTERVAL '1' HOUR);

SELECT user_id, SESSION_START(order_time, INTERVAL '10' MINUTE), COUNT(*) FROM orders GROUP BY user_id, SESSION(order_time, INTERVAL '10' MINUTE);

SELECT /*+ OPTIONS('rows-per-second' = '1') */ * FROM orders;

SELECT /*+ BROADCAST(u) */ o.order_id FROM orders o JOIN users u ON o.user_id = u.user_id;

SELECT /*+ STATE_TTL('o' = '1d', 'u' = '12h') */ o.order_id FROM orders o JOIN users u ON o.user_id = u.user_id;

SELECT product, LISTAGG(currency), LISTAGG(currency, ';'), COLLECT(amount), FIRST_VALUE(amount), LAST_VALUE(amount), STDDEV_POP(amount), VAR_SAMP(amount) FROM orders GROUP BY product;

SELECT product, SUM(amount) FILTER (WHERE amount > 1) FROM orders GROUP BY product;

SELECT product, ARRAY_AGG(amount) FROM orders GROUP BY product;

SELECT JSON_VALUE(product, '$.a'), JSON_QUERY(product, '$.b'), JSON_EXISTS(product, '$.c'), JSON_OBJECT('id' VALUE order_id), JSON_ARRAY(order_id, product), product IS JSON FROM orders;

SELECT no_such_column FROM orders;

SELECT * FROM no_such_table;

SELECT order_id FROM orders WHERE amount;

SELECT SUM(product) FROM orders;

SELECT order_id + product FROM orders;

SELECT * FROM orders o JOIN users u ON o.user_id = u.name;

SELECT user_id FROM orders o, users u;

SELECT o.*, u.name FROM orders o JOIN users u ON o.user_id = u.user_id;

SELECT orders.* FROM orders;

SELECT x.* FROM orders;

SELECT order_id AS id, id + 1 FROM orders;

SELECT * FROM orders WHERE order_time > NOW() - INTERVAL '1' DAY;

SELECT order_id, amount FROM orders WHERE amount > (SELECT AVG(amount) FROM orders);

SELECT product, MAX(amount) FROM orders GROUP BY 1;

SELECT product AS p, COUNT(*) FROM orders GROUP BY p;

SELECT SUM(amount) AS s FROM orders HAVING SUM(amount) > 10;

SELECT order_id FROM orders WHERE product = 'a' ORDER BY order_time DESC;

SELECT order_id FROM orders FETCH FIRST 3 ROWS ONLY;

SELECT order_id FROM orders ORDER BY order_time LIMIT 10 OFFSET 5;

SELECT * FROM orders MATCH_RECOGNIZE (PARTITION BY product ORDER BY order_time MEASURES A.amount AS a_amount ONE ROW PER MATCH AFTER MATCH SKIP PAST LAST ROW PATTERN (A B+) DEFINE B AS B.amount > A.amount);
