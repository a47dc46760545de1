-- Plain SELECT / VALUES queries: projection, filters, grouping, ordering
-- (streaming restrictions), aliases, CTEs, hints, names.

-- source table
CREATE TABLE src (id BIGINT, name STRING, price DECIMAL(10, 2), qty INT, ts TIMESTAMP(3), pt AS PROCTIME(), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- SELECT a constant
SELECT 1;

-- SELECT several constants with aliases
SELECT 1 AS a, 'x' AS b, TRUE AS c;

-- SELECT a bare NULL is rejected
SELECT NULL;

-- SELECT a typed NULL
SELECT CAST(NULL AS INT);

-- VALUES with two rows
VALUES (1, 'a'), (2, 'b');

-- VALUES with a bare NULL
VALUES (1, NULL);

-- VALUES with rows of different arity
VALUES (1, 'a'), (2);

-- VALUES single value
VALUES 1;

-- SELECT * from a table
SELECT * FROM src;

-- projection with expressions
SELECT id, UPPER(name) AS uname, price * qty AS total FROM src;

-- alias without AS
SELECT id ident, name nm FROM src;

-- table alias
SELECT s.id, s.name FROM src AS s;

-- table alias without AS
SELECT s.id FROM src s;

-- qualified star
SELECT s.* FROM src s;

-- WHERE clause
SELECT id FROM src WHERE price > 10 AND name LIKE 'a%';

-- WHERE with a non-boolean condition
SELECT id FROM src WHERE qty;

-- WHERE referencing a select alias is rejected
SELECT id AS k FROM src WHERE k > 1;

-- GROUP BY with aggregates
SELECT name, COUNT(*), SUM(price), AVG(qty) FROM src GROUP BY name;

-- GROUP BY with HAVING
SELECT name, COUNT(*) AS cnt FROM src GROUP BY name HAVING COUNT(*) > 1;

-- HAVING without GROUP BY
SELECT COUNT(*) FROM src HAVING COUNT(*) > 1;

-- non-aggregated column not in GROUP BY
SELECT name, id, COUNT(*) FROM src GROUP BY name;

-- aggregate in WHERE is rejected
SELECT name FROM src WHERE COUNT(*) > 1;

-- GROUP BY an ordinal (not supported by default)
SELECT name, COUNT(*) FROM src GROUP BY 1;

-- GROUP BY an alias
SELECT UPPER(name) AS u, COUNT(*) FROM src GROUP BY u;

-- GROUPING SETS
SELECT name, qty, COUNT(*) FROM src GROUP BY GROUPING SETS ((name), (qty), ());

-- ROLLUP
SELECT name, qty, COUNT(*) FROM src GROUP BY ROLLUP (name, qty);

-- CUBE
SELECT name, qty, COUNT(*) FROM src GROUP BY CUBE (name, qty);

-- DISTINCT
SELECT DISTINCT name FROM src;

-- COUNT DISTINCT
SELECT COUNT(DISTINCT name) FROM src;

-- ORDER BY a non-time attribute in streaming fails at planning
SELECT id FROM src ORDER BY id;

-- ORDER BY the rowtime ascending
SELECT id FROM src ORDER BY ts;

-- ORDER BY rowtime descending fails at planning
SELECT id FROM src ORDER BY ts DESC;

-- ORDER BY rowtime then another column
SELECT id FROM src ORDER BY ts, id;

-- ORDER BY proctime
SELECT id FROM src ORDER BY pt;

-- ORDER BY with LIMIT (Top-N)
SELECT id FROM src ORDER BY id LIMIT 5;

-- LIMIT without ORDER BY
SELECT id FROM src LIMIT 5;

-- OFFSET / FETCH
SELECT id FROM src ORDER BY id OFFSET 2 ROWS FETCH NEXT 3 ROWS ONLY;

-- LIMIT with a non-literal is a parse error
SELECT id FROM src LIMIT qty;

-- LIMIT 0
SELECT id FROM src LIMIT 0;

-- ORDER BY a non-selected column
SELECT name FROM src ORDER BY ts;

-- ORDER BY an ordinal
SELECT id, ts FROM src ORDER BY 2;

-- ORDER BY an unknown column
SELECT id FROM src ORDER BY nope;

-- unknown column
SELECT nope FROM src;

-- column with wrong case
SELECT ID FROM src;

-- quoted column with wrong case
SELECT `Name` FROM src;

-- unknown table
SELECT * FROM nope;

-- table with wrong case
SELECT * FROM SRC;

-- qualified table name
SELECT id FROM default_catalog.default_database.src;

-- qualified column name with table prefix
SELECT src.id FROM src;

-- fully qualified column name
SELECT default_database.src.id FROM src;

-- unknown function
SELECT NO_SUCH_FN(id) FROM src;

-- unknown table alias
SELECT x.id FROM src s;

-- ambiguous column in a self join
SELECT id FROM src a, src b;

-- CTE
WITH q AS (SELECT id, name FROM src WHERE qty > 0) SELECT name FROM q;

-- CTE with a column list
WITH q (k, v) AS (SELECT id, name FROM src) SELECT k, v FROM q;

-- two CTEs, the second using the first
WITH a AS (SELECT id FROM src), b AS (SELECT id + 1 AS id2 FROM a) SELECT * FROM b;

-- recursive CTE is not supported
WITH RECURSIVE q AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM q WHERE n < 3) SELECT * FROM q;

-- CTE column count mismatch
WITH q (k) AS (SELECT id, name FROM src) SELECT * FROM q;

-- subquery in FROM
SELECT t.k FROM (SELECT id AS k FROM src) AS t;

-- subquery in FROM without alias
SELECT k FROM (SELECT id AS k FROM src);

-- VALUES in FROM with aliases
SELECT a, b FROM (VALUES (1, 'x'), (2, 'y')) AS t(a, b);

-- query hint: STATE_TTL
SELECT /*+ STATE_TTL('src' = '1d') */ name, COUNT(*) FROM src GROUP BY name;

-- unknown query hint
SELECT /*+ NO_SUCH_HINT */ id FROM src;

-- OPTIONS hint with unknown key on datagen
SELECT id FROM src /*+ OPTIONS('nope' = 'x') */;

-- a comment that looks like a hint but has a space is a comment
SELECT /* + not a hint */ id FROM src;

-- SELECT with a trailing comma is a parse error
SELECT id, FROM src;

-- SELECT without a select list is a parse error
SELECT FROM src;

-- SELECT without FROM referencing a column
SELECT id;

-- SELECT * without FROM is rejected
SELECT *;

-- scalar functions without FROM
SELECT UPPER('abc'), CURRENT_TIMESTAMP, 1 + 2;

-- aggregate without FROM
SELECT COUNT(*);

-- CASE in a query
SELECT CASE WHEN qty > 10 THEN 'big' ELSE 'small' END AS size FROM src;

-- IN with a subquery
SELECT id FROM src WHERE id IN (SELECT id FROM src WHERE qty > 1);

-- EXISTS subquery
SELECT id FROM src s WHERE EXISTS (SELECT 1 FROM src t WHERE t.id = s.id);

-- scalar subquery in the select list
SELECT id, (SELECT MAX(qty) FROM src) AS mx FROM src;

-- scalar subquery returning two columns is rejected
SELECT id, (SELECT id, qty FROM src) FROM src;

-- UNION ALL
SELECT id FROM src UNION ALL SELECT id FROM src;

-- UNION (distinct)
SELECT name FROM src UNION SELECT name FROM src;

-- UNION with different column counts
SELECT id, name FROM src UNION ALL SELECT id FROM src;

-- INTERSECT
SELECT id FROM src INTERSECT SELECT id FROM src;

-- EXCEPT
SELECT id FROM src EXCEPT SELECT id FROM src;

-- MINUS is not supported in the default conformance
SELECT id FROM src MINUS SELECT id FROM src;

-- SELECT DISTINCT with ORDER BY on a non-time column
SELECT DISTINCT name FROM src ORDER BY name;

-- nested aggregates are rejected
SELECT SUM(COUNT(*)) FROM src;

-- window function without OVER is rejected
SELECT ROW_NUMBER() FROM src;

-- TABLE keyword as a query
TABLE src;

-- lower-case query
select id, name from src where id > 0;

-- string literal compared with a numeric column
SELECT id FROM src WHERE qty = '5';

-- BETWEEN SYMMETRIC
SELECT id FROM src WHERE qty BETWEEN SYMMETRIC 10 AND 1;

-- LIKE with ESCAPE
SELECT id FROM src WHERE name LIKE 'a!%' ESCAPE '!';

-- ILIKE is not supported in 1.20
SELECT id FROM src WHERE name ILIKE 'a%';

-- SELECT with the same alias twice
SELECT id AS a, name AS a FROM src;

-- SELECT ALL
SELECT ALL id FROM src;

-- FETCH FIRST without OFFSET
SELECT id FROM src FETCH FIRST 3 ROWS ONLY;

-- Top-N with ROW_NUMBER
SELECT * FROM (SELECT id, name, ROW_NUMBER() OVER (PARTITION BY name ORDER BY price DESC) AS rn FROM src) WHERE rn <= 3;

-- deduplication with ROW_NUMBER over proctime
SELECT * FROM (SELECT id, name, ROW_NUMBER() OVER (PARTITION BY id ORDER BY pt ASC) AS rn FROM src) WHERE rn = 1;
