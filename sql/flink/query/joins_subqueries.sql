-- Joins, UNNEST, LATERAL TABLE, temporal joins and correlated subqueries.

-- orders source
CREATE TABLE orders (order_id BIGINT, user_id BIGINT, amount DOUBLE, tags ARRAY<STRING>, attrs MAP<STRING, STRING>, ts TIMESTAMP(3), pt AS PROCTIME(), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- users source
CREATE TABLE users (user_id BIGINT, name STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- versioned table with primary key and watermark
CREATE TABLE rates (currency STRING, rate DECIMAL(10, 4), ts TIMESTAMP(3), PRIMARY KEY (currency) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- inner join
SELECT o.order_id, u.name FROM orders o JOIN users u ON o.user_id = u.user_id;

-- INNER JOIN keyword
SELECT o.order_id, u.name FROM orders o INNER JOIN users u ON o.user_id = u.user_id;

-- LEFT JOIN
SELECT o.order_id, u.name FROM orders o LEFT JOIN users u ON o.user_id = u.user_id;

-- RIGHT OUTER JOIN
SELECT o.order_id, u.name FROM orders o RIGHT OUTER JOIN users u ON o.user_id = u.user_id;

-- FULL OUTER JOIN
SELECT o.order_id, u.name FROM orders o FULL OUTER JOIN users u ON o.user_id = u.user_id;

-- CROSS JOIN
SELECT o.order_id, u.name FROM orders o CROSS JOIN users u;

-- comma join with WHERE
SELECT o.order_id, u.name FROM orders o, users u WHERE o.user_id = u.user_id;

-- JOIN USING
SELECT order_id, name FROM orders JOIN users USING (user_id);

-- NATURAL JOIN
SELECT order_id, name FROM orders NATURAL JOIN users;

-- JOIN without ON is a parse error
SELECT * FROM orders o JOIN users u;

-- JOIN with a non-boolean condition
SELECT * FROM orders o JOIN users u ON o.user_id;

-- JOIN on columns of incompatible types
SELECT * FROM orders o JOIN users u ON o.user_id = u.name;

-- ambiguous column reference in a join
SELECT user_id FROM orders o JOIN users u ON o.user_id = u.user_id;

-- ambiguous ts column
SELECT ts FROM orders o JOIN users u ON o.user_id = u.user_id;

-- interval join
SELECT o.order_id FROM orders o, users u WHERE o.user_id = u.user_id AND o.ts BETWEEN u.ts - INTERVAL '1' HOUR AND u.ts;

-- interval join with JOIN ... ON
SELECT o.order_id FROM orders o JOIN users u ON o.user_id = u.user_id AND o.ts >= u.ts AND o.ts < u.ts + INTERVAL '10' MINUTE;

-- event-time temporal join
SELECT o.order_id, r.rate FROM orders o JOIN rates FOR SYSTEM_TIME AS OF o.ts AS r ON o.user_id = CAST(r.rate AS BIGINT);

-- event-time temporal join on the primary key
SELECT o.order_id, r.rate FROM orders o LEFT JOIN rates FOR SYSTEM_TIME AS OF o.ts AS r ON CAST(o.user_id AS STRING) = r.currency;

-- processing-time temporal join against a datagen table is rejected
SELECT o.order_id, u.name FROM orders o JOIN users FOR SYSTEM_TIME AS OF o.pt AS u ON o.user_id = u.user_id;

-- FOR SYSTEM_TIME AS OF a non-time column
SELECT o.order_id FROM orders o JOIN rates FOR SYSTEM_TIME AS OF o.amount AS r ON CAST(o.user_id AS STRING) = r.currency;

-- FOR SYSTEM_TIME AS OF without an alias-qualified time
SELECT o.order_id FROM orders o JOIN rates FOR SYSTEM_TIME AS OF TIMESTAMP '2020-01-01 00:00:00' AS r ON CAST(o.user_id AS STRING) = r.currency;

-- UNNEST an array
SELECT o.order_id, t.tag FROM orders o CROSS JOIN UNNEST(o.tags) AS t (tag);

-- UNNEST a map
SELECT o.order_id, t.k, t.v FROM orders o CROSS JOIN UNNEST(o.attrs) AS t (k, v);

-- UNNEST with a comma join
SELECT o.order_id, tag FROM orders o, UNNEST(o.tags) AS t (tag);

-- UNNEST WITH ORDINALITY
SELECT o.order_id, tag, pos FROM orders o CROSS JOIN UNNEST(o.tags) WITH ORDINALITY AS t (tag, pos);

-- UNNEST of a literal array
SELECT * FROM UNNEST(ARRAY[1, 2, 3]) AS t (x);

-- UNNEST of a non-collection
SELECT o.order_id, t.x FROM orders o CROSS JOIN UNNEST(o.amount) AS t (x);

-- UNNEST with too many column aliases
SELECT * FROM orders o CROSS JOIN UNNEST(o.tags) AS t (a, b);

-- LEFT JOIN UNNEST ON TRUE
SELECT o.order_id, t.tag FROM orders o LEFT JOIN UNNEST(o.tags) AS t (tag) ON TRUE;

-- CROSS JOIN LATERAL TABLE with an unknown function
SELECT o.order_id, t.w FROM orders o CROSS JOIN LATERAL TABLE(split_words(o.order_id)) AS t (w);

-- LATERAL TABLE with a built-in scalar function is rejected
SELECT o.order_id FROM orders o, LATERAL TABLE(UPPER('x')) AS t (w);

-- LATERAL subquery
SELECT o.order_id, x.cnt FROM orders o, LATERAL (SELECT COUNT(*) AS cnt FROM users u WHERE u.user_id = o.user_id) x;

-- correlated scalar subquery
SELECT o.order_id, (SELECT u.name FROM users u WHERE u.user_id = o.user_id) AS n FROM orders o;

-- IN subquery with a different type
SELECT order_id FROM orders WHERE user_id IN (SELECT name FROM users);

-- NOT IN subquery
SELECT order_id FROM orders WHERE user_id NOT IN (SELECT user_id FROM users);

-- NOT EXISTS correlated
SELECT order_id FROM orders o WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.user_id = o.user_id);

-- join of a table with itself
SELECT a.order_id, b.order_id FROM orders a JOIN orders b ON a.user_id = b.user_id;

-- three-way join
SELECT o.order_id, u.name, r.rate FROM orders o JOIN users u ON o.user_id = u.user_id JOIN rates r ON r.currency = u.name;

-- join with a subquery
SELECT o.order_id, c.cnt FROM orders o JOIN (SELECT user_id, COUNT(*) AS cnt FROM orders GROUP BY user_id) c ON o.user_id = c.user_id;

-- join in a view and query the view
CREATE TEMPORARY VIEW ou AS SELECT o.order_id, u.name, o.ts FROM orders o JOIN users u ON o.user_id = u.user_id;

-- select from the join view
SELECT * FROM ou;

-- join with hints
SELECT /*+ BROADCAST(u) */ o.order_id FROM orders o JOIN users u ON o.user_id = u.user_id;

-- lookup-join hint on a non-lookup table
SELECT /*+ LOOKUP('table'='u') */ o.order_id FROM orders o JOIN users FOR SYSTEM_TIME AS OF o.pt AS u ON o.user_id = u.user_id;

-- SEMI/ANTI join keywords are not SQL syntax
SELECT * FROM orders o LEFT SEMI JOIN users u ON o.user_id = u.user_id;

-- APPLY syntax is not supported
SELECT * FROM orders o CROSS APPLY UNNEST(o.tags) AS t (tag);
