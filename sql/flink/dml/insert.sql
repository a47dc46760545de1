-- INSERT INTO: targets, column lists, arity, VALUES, NULLs, views,
-- computed/metadata columns, unknown tables.

-- source table
CREATE TABLE src (id BIGINT, name STRING, price DECIMAL(10, 2), ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- print sink
CREATE TABLE dst (id BIGINT, name STRING) WITH ('connector' = 'print');

-- blackhole sink with computed and metadata columns
CREATE TABLE bh (id BIGINT, name STRING, c AS id + 1, m BIGINT METADATA VIRTUAL) WITH ('connector' = 'blackhole');

-- basic INSERT ... SELECT
INSERT INTO dst SELECT id, name FROM src;

-- INSERT ... VALUES with one row
INSERT INTO dst VALUES (1, 'a');

-- INSERT ... VALUES with several rows
INSERT INTO dst VALUES (1, 'a'), (2, 'b'), (3, 'c');

-- INSERT ... VALUES with a bare NULL is rejected
INSERT INTO dst VALUES (1, NULL);

-- INSERT ... VALUES with a bare NULL in a second row is rejected too
INSERT INTO dst VALUES (1, 'a'), (2, NULL);

-- INSERT ... VALUES with a typed NULL
INSERT INTO dst VALUES (1, CAST(NULL AS STRING));

-- INSERT ... SELECT with a bare NULL is rejected
INSERT INTO dst SELECT id, NULL FROM src;

-- INSERT ... SELECT with a typed NULL
INSERT INTO dst SELECT id, CAST(NULL AS STRING) FROM src;

-- INSERT with too few columns
INSERT INTO dst SELECT id FROM src;

-- INSERT with too many columns
INSERT INTO dst SELECT id, name, price FROM src;

-- INSERT VALUES with too few values
INSERT INTO dst VALUES (1);

-- INSERT VALUES with rows of different arity
INSERT INTO dst VALUES (1, 'a'), (2);

-- INSERT with swapped types
INSERT INTO dst SELECT name, id FROM src;

-- INSERT with a column list
INSERT INTO dst (id, name) SELECT id, name FROM src;

-- INSERT with a reordered column list
INSERT INTO dst (name, id) SELECT name, id FROM src;

-- INSERT with a partial column list (others get NULL)
INSERT INTO dst (id) SELECT id FROM src;

-- INSERT with a partial column list of VALUES
INSERT INTO dst (name) VALUES ('x');

-- INSERT with an unknown column in the list
INSERT INTO dst (id, nope) SELECT id, name FROM src;

-- INSERT with a duplicate column in the list
INSERT INTO dst (id, id) SELECT id, id FROM src;

-- INSERT with a column list longer than the query
INSERT INTO dst (id, name) SELECT id FROM src;

-- INSERT with a column list shorter than the query
INSERT INTO dst (id) SELECT id, name FROM src;

-- INSERT with a column list in wrong case
INSERT INTO dst (ID, name) SELECT id, name FROM src;

-- INSERT with an empty column list is a parse error
INSERT INTO dst () SELECT id, name FROM src;

-- INSERT into an unknown table
INSERT INTO nope SELECT id FROM src;

-- INSERT into a table with wrong case
INSERT INTO DST SELECT id, name FROM src;

-- INSERT reading an unknown table
INSERT INTO dst SELECT id, name FROM nope;

-- INSERT reading an unknown column
INSERT INTO dst SELECT id, nope FROM src;

-- INSERT into a table skipping computed and virtual columns
INSERT INTO bh SELECT id, name FROM src;

-- INSERT supplying a value for the computed column too
INSERT INTO bh SELECT id, name, id FROM src;

-- INSERT naming the computed column in the column list
INSERT INTO bh (id, name, c) SELECT id, name, id FROM src;

-- INSERT naming the virtual metadata column in the column list
INSERT INTO bh (id, name, m) SELECT id, name, id FROM src;

-- INSERT into a view is rejected
CREATE VIEW v AS SELECT id, name FROM src;

-- insert into the view
INSERT INTO v SELECT id, name FROM src;

-- INSERT into a datagen table (source only)
INSERT INTO src SELECT * FROM src;

-- INSERT with a three-part target name
INSERT INTO default_catalog.default_database.dst SELECT id, name FROM src;

-- INSERT with a four-part target name
INSERT INTO a.b.c.d SELECT id, name FROM src;

-- INSERT with a WHERE clause and expressions
INSERT INTO dst SELECT id * 2, UPPER(name) FROM src WHERE price > 10;

-- INSERT with an aggregate into print (changelog)
INSERT INTO dst SELECT COUNT(*), name FROM src GROUP BY name;

-- INSERT with an aggregate into a filesystem sink (append only) fails
CREATE TABLE fs (id BIGINT, name STRING) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv');

-- aggregate into append-only sink
INSERT INTO fs SELECT COUNT(*), name FROM src GROUP BY name;

-- append-only INSERT into filesystem
INSERT INTO fs SELECT id, name FROM src;

-- INSERT with a UNION ALL query
INSERT INTO dst SELECT id, name FROM src UNION ALL SELECT id + 1, name FROM src;

-- INSERT with a CTE
INSERT INTO dst WITH q AS (SELECT id, name FROM src) SELECT * FROM q;

-- INSERT with a parenthesized query
INSERT INTO dst (SELECT id, name FROM src);

-- INSERT without INTO is a parse error
INSERT dst SELECT id, name FROM src;

-- INSERT without a query is a parse error
INSERT INTO dst;

-- EXECUTE INSERT is the same as INSERT
EXECUTE INSERT INTO dst SELECT id, name FROM src;

-- UPSERT INTO is rejected
UPSERT INTO dst SELECT id, name FROM src;

-- INSERT with a table hint on the target
INSERT INTO dst /*+ OPTIONS('print-identifier' = 'x') */ SELECT id, name FROM src;

-- INSERT with an OPTIONS hint on the source
INSERT INTO dst SELECT id, name FROM src /*+ OPTIONS('number-of-rows' = '3') */;

-- INSERT with an unknown hint name
INSERT INTO dst SELECT id, name FROM src /*+ NO_SUCH_HINT('x') */;

-- INSERT with a window TVF aggregate into print
CREATE TABLE wdst (ws TIMESTAMP(3), we TIMESTAMP(3), cnt BIGINT) WITH ('connector' = 'print');

-- tumble window insert
INSERT INTO wdst SELECT window_start, window_end, COUNT(*) FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;

-- INSERT selecting the rowtime into TIMESTAMP(3)
CREATE TABLE tsdst (ts TIMESTAMP(3)) WITH ('connector' = 'blackhole');

-- rowtime into plain timestamp column
INSERT INTO tsdst SELECT ts FROM src;

-- INSERT SELECT * with matching schema
CREATE TABLE dst4 (id BIGINT, name STRING, price DECIMAL(10, 2), ts TIMESTAMP(3)) WITH ('connector' = 'blackhole');

-- select star into matching sink
INSERT INTO dst4 SELECT * FROM src;

-- INSERT with ORDER BY in streaming fails at planning
INSERT INTO dst SELECT id, name FROM src ORDER BY id;

-- INSERT with ORDER BY rowtime in streaming
INSERT INTO dst SELECT id, name FROM src ORDER BY ts;

-- INSERT with LIMIT in streaming
INSERT INTO dst SELECT id, name FROM src LIMIT 10;

-- INSERT from VALUES with aliases
INSERT INTO dst SELECT a, b FROM (VALUES (CAST(1 AS BIGINT), 'x')) AS t(a, b);

-- INSERT with a lower-case statement
insert into dst select id, name from src;

-- INSERT INTO TABLE keyword is a parse error
INSERT INTO TABLE dst SELECT id, name FROM src;

-- INSERT into a table with an unknown connector
CREATE TABLE kdst (id BIGINT, name STRING) WITH ('connector' = 'kafka', 'topic' = 't');

-- planning the insert into the unknown connector fails
INSERT INTO kdst SELECT id, name FROM src;

-- reading from a table with an unknown connector fails
INSERT INTO dst SELECT id, name FROM kdst;

-- INSERT with a join
INSERT INTO dst SELECT a.id, b.name FROM src a JOIN src b ON a.id = b.id;

-- INSERT with an interval join
INSERT INTO dst SELECT a.id, b.name FROM src a, src b WHERE a.id = b.id AND a.ts BETWEEN b.ts - INTERVAL '1' MINUTE AND b.ts;

-- INSERT VALUES with an expression
INSERT INTO dst VALUES (1 + 1, CONCAT('a', 'b'));

-- INSERT VALUES with a subquery value is rejected or planned
INSERT INTO dst VALUES ((SELECT MAX(id) FROM src), 'x');

-- INSERT into a temporary table
CREATE TEMPORARY TABLE tdst (id BIGINT) WITH ('connector' = 'blackhole');

-- insert into temporary table
INSERT INTO tdst SELECT id FROM src;

-- INSERT with a static PARTITION into a non-partitioned table
INSERT INTO dst PARTITION (name = 'x') SELECT id FROM src;
