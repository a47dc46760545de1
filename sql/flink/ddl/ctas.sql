-- CREATE TABLE AS SELECT, CREATE OR REPLACE TABLE AS, REPLACE TABLE AS.

-- source table
CREATE TABLE src (id BIGINT, name STRING, price DECIMAL(10, 2), ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- basic CTAS into blackhole
CREATE TABLE c1 WITH ('connector' = 'blackhole') AS SELECT id, name FROM src;

-- CTAS with expressions and aliases
CREATE TABLE c2 WITH ('connector' = 'blackhole') AS SELECT id + 1 AS id1, UPPER(name) AS uname, price * 2 AS p2 FROM src;

-- CTAS with an unnamed expression gets EXPR$n
CREATE TABLE c3 WITH ('connector' = 'blackhole') AS SELECT id + 1, name FROM src;

-- CTAS of constants without FROM
CREATE TABLE c4 WITH ('connector' = 'blackhole') AS SELECT 1 AS a, 'x' AS b, 1.5 AS c;

-- CTAS keeps the rowtime attribute type
CREATE TABLE c5 WITH ('connector' = 'blackhole') AS SELECT ts FROM src;

-- CTAS with IF NOT EXISTS on a new name
CREATE TABLE IF NOT EXISTS c6 WITH ('connector' = 'blackhole') AS SELECT id FROM src;

-- CTAS with IF NOT EXISTS on an existing name
CREATE TABLE IF NOT EXISTS c6 WITH ('connector' = 'blackhole') AS SELECT name FROM src;

-- CTAS on an existing name fails
CREATE TABLE c6 WITH ('connector' = 'blackhole') AS SELECT name FROM src;

-- CTAS with a comment
CREATE TABLE c7 COMMENT 'ctas comment' WITH ('connector' = 'blackhole') AS SELECT id FROM src;

-- TEMPORARY CTAS is rejected
CREATE TEMPORARY TABLE c8 WITH ('connector' = 'blackhole') AS SELECT id FROM src;

-- CTAS with an explicit column list is rejected
CREATE TABLE c9 (id BIGINT) WITH ('connector' = 'blackhole') AS SELECT id FROM src;

-- CTAS with a watermark is rejected
CREATE TABLE c10 (WATERMARK FOR ts AS ts) WITH ('connector' = 'blackhole') AS SELECT ts FROM src;

-- CTAS with a primary key is rejected
CREATE TABLE c11 (PRIMARY KEY (id) NOT ENFORCED) WITH ('connector' = 'blackhole') AS SELECT id FROM src;

-- CTAS with PARTITIONED BY is rejected
CREATE TABLE c12 PARTITIONED BY (name) WITH ('connector' = 'blackhole') AS SELECT id, name FROM src;

-- CTAS with DISTRIBUTED BY is rejected
CREATE TABLE c13 DISTRIBUTED BY HASH(id) INTO 2 BUCKETS WITH ('connector' = 'blackhole') AS SELECT id FROM src;

-- CTAS with a computed column is rejected
CREATE TABLE c13b (x AS 1) WITH ('connector' = 'blackhole') AS SELECT id FROM src;

-- CTAS with LIKE and AS is a parse error
CREATE TABLE c14 WITH ('connector' = 'blackhole') LIKE src AS SELECT id FROM src;

-- CTAS without a WITH clause (no connector) fails
CREATE TABLE c15 AS SELECT id FROM src;

-- CTAS from an unknown table
CREATE TABLE c16 WITH ('connector' = 'blackhole') AS SELECT id FROM nope;

-- CTAS with an unknown column
CREATE TABLE c17 WITH ('connector' = 'blackhole') AS SELECT zz FROM src;

-- CTAS with duplicate output column names is rejected
CREATE TABLE c18 WITH ('connector' = 'blackhole') AS SELECT id, id FROM src;

-- CTAS into print
CREATE TABLE c19 WITH ('connector' = 'print') AS SELECT id, name FROM src;

-- CTAS with an aggregate into print (updates)
CREATE TABLE c20 WITH ('connector' = 'print') AS SELECT name, COUNT(*) AS cnt FROM src GROUP BY name;

-- CTAS with an aggregate into filesystem (append only sink) fails at planning
CREATE TABLE c21 WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv') AS SELECT name, COUNT(*) AS cnt FROM src GROUP BY name;

-- CTAS with an unknown connector: the table is created, planning fails
CREATE TABLE c22 WITH ('connector' = 'kafka') AS SELECT id FROM src;

-- CTAS from VALUES
CREATE TABLE c23 WITH ('connector' = 'blackhole') AS VALUES (1, 'a'), (2, 'b');

-- CTAS from VALUES with aliases in a subquery
CREATE TABLE c24 WITH ('connector' = 'blackhole') AS SELECT * FROM (VALUES (1, 'a')) AS t(x, y);

-- CTAS with a typed NULL column
CREATE TABLE c25 WITH ('connector' = 'blackhole') AS SELECT CAST(NULL AS STRING) AS s, id FROM src;

-- CTAS with a bare NULL column is rejected
CREATE TABLE c26 WITH ('connector' = 'blackhole') AS SELECT NULL AS s FROM src;

-- CREATE OR REPLACE TABLE AS on a new table
CREATE OR REPLACE TABLE r1 WITH ('connector' = 'blackhole') AS SELECT id FROM src;

-- CREATE OR REPLACE TABLE AS on an existing table replaces its schema
CREATE OR REPLACE TABLE r1 WITH ('connector' = 'blackhole') AS SELECT name, price FROM src;

-- REPLACE TABLE AS on an existing table
REPLACE TABLE r1 WITH ('connector' = 'blackhole') AS SELECT ts FROM src;

-- REPLACE TABLE AS on a missing table fails
REPLACE TABLE r2 WITH ('connector' = 'blackhole') AS SELECT ts FROM src;

-- CREATE OR REPLACE TEMPORARY TABLE AS is rejected
CREATE OR REPLACE TEMPORARY TABLE r3 WITH ('connector' = 'blackhole') AS SELECT id FROM src;

-- REPLACE TABLE AS with a column list is rejected
REPLACE TABLE r1 (a INT) WITH ('connector' = 'blackhole') AS SELECT id FROM src;

-- CREATE OR REPLACE TABLE IF NOT EXISTS is a parse error
CREATE OR REPLACE TABLE IF NOT EXISTS r4 WITH ('connector' = 'blackhole') AS SELECT id FROM src;

-- CTAS with a three-part target name
CREATE TABLE default_catalog.default_database.c27 WITH ('connector' = 'blackhole') AS SELECT id FROM src;

-- CTAS selecting a window TVF
CREATE TABLE c28 WITH ('connector' = 'print') AS SELECT window_start, window_end, COUNT(*) AS cnt FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;

-- CTAS with a join
CREATE TABLE c29 WITH ('connector' = 'blackhole') AS SELECT a.id, b.name FROM src a JOIN src b ON a.id = b.id;

-- CTAS with a WITH (CTE) query
CREATE TABLE c30 WITH ('connector' = 'blackhole') AS WITH q AS (SELECT id FROM src) SELECT * FROM q;

-- CTAS without WITH options but with a comment only
CREATE TABLE c31 COMMENT 'x' AS SELECT 1 AS a;

-- CTAS with options that datagen cannot sink (datagen is source only)
CREATE TABLE c32 WITH ('connector' = 'datagen') AS SELECT id FROM src;

-- CTAS with an ORDER BY on a non-time attribute in streaming fails at planning
CREATE TABLE c33 WITH ('connector' = 'blackhole') AS SELECT id FROM src ORDER BY id;

-- DESCRIBE a CTAS table
DESCRIBE c2;

-- SHOW CREATE TABLE of a CTAS table
SHOW CREATE TABLE c2;

-- CTAS with PROCTIME in the query
CREATE TABLE c34 WITH ('connector' = 'blackhole') AS SELECT id, PROCTIME() AS pt FROM src;

-- CTAS selecting star
CREATE TABLE c35 WITH ('connector' = 'blackhole') AS SELECT * FROM src;

-- CTAS from a view
CREATE VIEW v1 AS SELECT id, name FROM src WHERE id > 0;

-- CTAS from the view
CREATE TABLE c36 WITH ('connector' = 'blackhole') AS SELECT * FROM v1;

-- AS without query is a parse error
CREATE TABLE c37 WITH ('connector' = 'blackhole') AS;

-- CTAS with a parenthesised query
CREATE TABLE c38 WITH ('connector' = 'blackhole') AS (SELECT id FROM src);

-- CTAS with UNION ALL
CREATE TABLE c39 WITH ('connector' = 'blackhole') AS SELECT id FROM src UNION ALL SELECT id FROM src;
