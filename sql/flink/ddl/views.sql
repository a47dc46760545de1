-- CREATE [TEMPORARY] VIEW, column lists, IF NOT EXISTS, OR REPLACE, ALTER VIEW.

-- source table
CREATE TABLE src (id BIGINT, name STRING, price DECIMAL(10, 2), ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- simple view
CREATE VIEW v1 AS SELECT id, name FROM src;

-- temporary view
CREATE TEMPORARY VIEW tv1 AS SELECT id, price FROM src WHERE id > 10;

-- view with a column list renames columns
CREATE VIEW v2 (a, b) AS SELECT id, name FROM src;

-- view column list with wrong count
CREATE VIEW v3 (a) AS SELECT id, name FROM src;

-- view column list with too many names
CREATE VIEW v3b (a, b, c) AS SELECT id, name FROM src;

-- view column list with duplicate names
CREATE VIEW v4 (a, a) AS SELECT id, name FROM src;

-- view column list with types is a parse error
CREATE VIEW v5 (a BIGINT) AS SELECT id FROM src;

-- view with a comment
CREATE VIEW v6 COMMENT 'a view' AS SELECT id FROM src;

-- view with column list and comment
CREATE VIEW v7 (x) COMMENT 'a view' AS SELECT id FROM src;

-- comment before the column list is a parse error
CREATE VIEW v8 COMMENT 'a view' (x) AS SELECT id FROM src;

-- duplicate view name fails
CREATE VIEW v1 AS SELECT id FROM src;

-- IF NOT EXISTS on an existing view is a no-op
CREATE VIEW IF NOT EXISTS v1 AS SELECT name FROM src;

-- IF NOT EXISTS on a new view
CREATE VIEW IF NOT EXISTS v9 AS SELECT name FROM src;

-- view with the same name as an existing table fails
CREATE VIEW src AS SELECT 1 AS a;

-- temporary view with the same name as a permanent table (shadowing)
CREATE TEMPORARY VIEW src AS SELECT 1 AS a;

-- drop the shadowing temporary view
DROP TEMPORARY VIEW src;

-- temporary view duplicate
CREATE TEMPORARY VIEW tv1 AS SELECT 1 AS a;

-- temporary view IF NOT EXISTS
CREATE TEMPORARY VIEW IF NOT EXISTS tv1 AS SELECT 1 AS a;

-- view over an unknown table
CREATE VIEW v10 AS SELECT * FROM nope;

-- view over an unknown column
CREATE VIEW v11 AS SELECT zz FROM src;

-- view with an unknown function
CREATE VIEW v12 AS SELECT NO_SUCH(id) FROM src;

-- view over another view
CREATE VIEW v13 AS SELECT a, b FROM v2 WHERE a > 1;

-- view with expressions needs no aliases (EXPR$n)
CREATE VIEW v14 AS SELECT id + 1, UPPER(name) FROM src;

-- view with duplicate output names
CREATE VIEW v15 AS SELECT id, id FROM src;

-- view over VALUES
CREATE VIEW v16 AS VALUES (1, 'a'), (2, 'b');

-- view with constants only
CREATE VIEW v17 AS SELECT 1 AS a, 'b' AS b, TRUE AS c;

-- view with bare NULL is rejected
CREATE VIEW v18 AS SELECT NULL AS a;

-- view with aggregation
CREATE VIEW v19 AS SELECT name, COUNT(*) AS cnt, SUM(price) AS total FROM src GROUP BY name;

-- view with window TVF
CREATE VIEW v20 AS SELECT * FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE));

-- view keeping the rowtime attribute
CREATE VIEW v21 AS SELECT ts, id FROM src;

-- view with ORDER BY (allowed in a view definition)
CREATE VIEW v22 AS SELECT id FROM src ORDER BY ts;

-- CREATE OR REPLACE VIEW on a new view
CREATE OR REPLACE VIEW v23 AS SELECT id FROM src;

-- CREATE OR REPLACE VIEW on an existing view
CREATE OR REPLACE VIEW v23 AS SELECT name FROM src;

-- CREATE OR REPLACE TEMPORARY VIEW
CREATE OR REPLACE TEMPORARY VIEW tv2 AS SELECT id FROM src;

-- CREATE OR REPLACE TEMPORARY VIEW again
CREATE OR REPLACE TEMPORARY VIEW tv2 AS SELECT name FROM src;

-- CREATE OR REPLACE VIEW IF NOT EXISTS
CREATE OR REPLACE VIEW IF NOT EXISTS v24 AS SELECT id FROM src;

-- view with two-part name
CREATE VIEW default_database.v25 AS SELECT id FROM src;

-- view with three-part name
CREATE VIEW default_catalog.default_database.v26 AS SELECT id FROM src;

-- view with four-part name
CREATE VIEW a.b.c.d AS SELECT id FROM src;

-- view in an unknown database
CREATE VIEW nodb.v27 AS SELECT id FROM src;

-- view without AS is a parse error
CREATE VIEW v28 SELECT id FROM src;

-- view with an INSERT body is a parse error
CREATE VIEW v29 AS INSERT INTO src SELECT * FROM src;

-- view with WITH options is a parse error
CREATE VIEW v30 WITH ('k' = 'v') AS SELECT id FROM src;

-- view with a CTE
CREATE VIEW v31 AS WITH q AS (SELECT id FROM src) SELECT id FROM q;

-- view referencing a temporary view
CREATE TEMPORARY VIEW tv3 AS SELECT * FROM tv1;

-- permanent view referencing a temporary view
CREATE VIEW v32 AS SELECT * FROM tv1;

-- DESCRIBE a view
DESCRIBE v2;

-- SHOW VIEWS lists views
SHOW VIEWS;

-- SHOW CREATE VIEW
SHOW CREATE VIEW v2;

-- SHOW CREATE VIEW of a temporary view
SHOW CREATE VIEW tv1;

-- SHOW CREATE VIEW on a table fails
SHOW CREATE VIEW src;

-- SHOW CREATE TABLE on a view fails
SHOW CREATE TABLE v1;

-- select from a view
SELECT * FROM v19;

-- ALTER VIEW RENAME TO
ALTER VIEW v6 RENAME TO v6_renamed;

-- ALTER VIEW RENAME on a missing view
ALTER VIEW nope RENAME TO nope2;

-- ALTER VIEW AS a new query
ALTER VIEW v7 AS SELECT name FROM src;

-- ALTER VIEW on a table fails
ALTER VIEW src AS SELECT 1 AS a;

-- view with a hint on the source table
CREATE VIEW v33 AS SELECT id FROM src /*+ OPTIONS('number-of-rows' = '5') */;

-- view with UNION of different types widens
CREATE VIEW v34 AS SELECT id FROM src UNION ALL SELECT CAST(1 AS INT) FROM src;

-- view name with wrong case does not resolve
SELECT * FROM V1;

-- lower-case keywords
create temporary view tv4 as select id from src;

-- view with a column list that re-uses a reserved word quoted
CREATE VIEW v35 (`value`, `timestamp`) AS SELECT id, ts FROM src;

-- view over a table with an unknown connector is created (checked at use)
CREATE TABLE k (a INT) WITH ('connector' = 'kafka');

-- view over a table with an unknown connector
CREATE VIEW v36 AS SELECT a FROM k;

-- querying that view fails at planning
SELECT * FROM v36;
