-- DESCRIBE / DESC [EXTENDED] and EXPLAIN [PLAN FOR | details] over SELECT,
-- INSERT and statement sets.

-- setup: source
CREATE TABLE src (id BIGINT NOT NULL, name STRING COMMENT 'the name', ts TIMESTAMP(3), c AS id + 1, m BIGINT METADATA FROM 'offset' VIRTUAL, PRIMARY KEY (id) NOT ENFORCED, WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'kafka');

-- setup: a datagen source
CREATE TABLE gen (id BIGINT, name STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- setup: sink
CREATE TABLE snk (id BIGINT, name STRING) WITH ('connector' = 'blackhole');

-- DESCRIBE a table
DESCRIBE src;

-- DESC a table
DESC src;

-- DESCRIBE EXTENDED a table
DESCRIBE EXTENDED src;

-- DESC EXTENDED
DESC EXTENDED gen;

-- DESCRIBE a qualified table
DESCRIBE default_catalog.default_database.gen;

-- DESCRIBE a missing table
DESCRIBE nope;

-- DESCRIBE a view
CREATE VIEW v AS SELECT id, UPPER(name) AS uname FROM gen;

-- describe view
DESCRIBE v;

-- DESCRIBE with wrong case
DESCRIBE GEN;

-- DESCRIBE TABLE keyword is a parse error
DESCRIBE TABLE gen;

-- DESCRIBE without a name is a parse error
DESCRIBE;

-- DESCRIBE a column is a parse error
DESCRIBE gen id;

-- DESCRIBE a four-part name
DESCRIBE a.b.c.d;

-- DESCRIBE CATALOG
DESCRIBE CATALOG default_catalog;

-- DESC CATALOG EXTENDED
DESC CATALOG EXTENDED default_catalog;

-- DESCRIBE CATALOG missing
DESCRIBE CATALOG nocat;

-- describe in lower case
desc gen;

-- EXPLAIN a SELECT
EXPLAIN SELECT id, name FROM gen WHERE id > 10;

-- EXPLAIN PLAN FOR a SELECT
EXPLAIN PLAN FOR SELECT id FROM gen;

-- EXPLAIN an INSERT
EXPLAIN INSERT INTO snk SELECT id, name FROM gen;

-- EXPLAIN PLAN FOR an INSERT
EXPLAIN PLAN FOR INSERT INTO snk SELECT id, name FROM gen;

-- EXPLAIN with ESTIMATED_COST
EXPLAIN ESTIMATED_COST SELECT id FROM gen;

-- EXPLAIN with CHANGELOG_MODE
EXPLAIN CHANGELOG_MODE SELECT name, COUNT(*) FROM gen GROUP BY name;

-- EXPLAIN with JSON_EXECUTION_PLAN
EXPLAIN JSON_EXECUTION_PLAN SELECT id FROM gen;

-- EXPLAIN with PLAN_ADVICE
EXPLAIN PLAN_ADVICE SELECT name, COUNT(*) FROM gen GROUP BY name;

-- EXPLAIN with several details
EXPLAIN ESTIMATED_COST, CHANGELOG_MODE, JSON_EXECUTION_PLAN SELECT id FROM gen;

-- EXPLAIN with a duplicated detail
EXPLAIN ESTIMATED_COST, ESTIMATED_COST SELECT id FROM gen;

-- EXPLAIN with an unknown detail is a parse error
EXPLAIN FANCY SELECT id FROM gen;

-- EXPLAIN PLAN FOR with a detail is a parse error
EXPLAIN PLAN FOR CHANGELOG_MODE SELECT id FROM gen;

-- EXPLAIN with details separated by spaces is a parse error
EXPLAIN ESTIMATED_COST CHANGELOG_MODE SELECT id FROM gen;

-- EXPLAIN of an invalid SELECT
EXPLAIN SELECT nope FROM gen;

-- EXPLAIN of an INSERT with wrong arity
EXPLAIN INSERT INTO snk SELECT id FROM gen;

-- EXPLAIN of a SELECT on an unknown connector
EXPLAIN SELECT * FROM src;

-- EXPLAIN of VALUES
EXPLAIN VALUES (1, 'a');

-- EXPLAIN of a CREATE TABLE is a parse error
EXPLAIN CREATE TABLE x (a INT) WITH ('connector' = 'datagen');

-- EXPLAIN of a CTAS
EXPLAIN CREATE TABLE x WITH ('connector' = 'blackhole') AS SELECT id FROM gen;

-- EXPLAIN of a DROP is a parse error
EXPLAIN DROP TABLE gen;

-- EXPLAIN of an EXECUTE INSERT
EXPLAIN EXECUTE INSERT INTO snk SELECT id, name FROM gen;

-- EXPLAIN of a statement set
EXPLAIN STATEMENT SET BEGIN
INSERT INTO snk SELECT id, name FROM gen;
END;

-- EXPLAIN with a JSON plan detail on a statement set
EXPLAIN JSON_EXECUTION_PLAN STATEMENT SET BEGIN
INSERT INTO snk SELECT id, name FROM gen;
END;

-- EXPLAIN PLAN WITH TYPE is a parse error
EXPLAIN PLAN WITH TYPE FOR SELECT id FROM gen;

-- EXPLAIN a SELECT with ORDER BY non-time attribute fails at planning
EXPLAIN SELECT id FROM gen ORDER BY id;

-- EXPLAIN of a window aggregation
EXPLAIN SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE gen, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;

-- EXPLAIN lower case
explain select id from gen;

-- EXPLAIN of an INSERT OVERWRITE in streaming
EXPLAIN INSERT OVERWRITE snk SELECT id, name FROM gen;

-- EXPLAIN without a statement is a parse error
EXPLAIN;

-- EXPLAIN of a SHOW is a parse error
EXPLAIN SHOW TABLES;

-- EXPLAIN of a SET is a parse error
EXPLAIN SET 'a' = 'b';

-- EXPLAIN of a query with a hint
EXPLAIN SELECT id FROM gen /*+ OPTIONS('number-of-rows' = '1') */;

-- EXPLAIN of a query with CTE
EXPLAIN WITH q AS (SELECT id FROM gen) SELECT * FROM q;

-- EXPLAIN of UNION
EXPLAIN SELECT id FROM gen UNION ALL SELECT id FROM gen;

-- EXPLAIN of a COMPILE PLAN is a parse error
EXPLAIN COMPILE PLAN '/tmp/x.json' FOR INSERT INTO snk SELECT id, name FROM gen;

-- COMPILE PLAN is validated only
COMPILE PLAN '/tmp/sluice-oracle-plan.json' FOR INSERT INTO snk SELECT id, name FROM gen;

-- COMPILE PLAN with an invalid insert
COMPILE PLAN '/tmp/sluice-oracle-plan.json' FOR INSERT INTO snk SELECT nope FROM gen;

-- EXECUTE PLAN is parsed only
EXECUTE PLAN '/tmp/sluice-oracle-plan.json';

-- HELP is a client command
HELP;

-- CLEAR is a client command
CLEAR;
