-- Statement sets: EXECUTE/EXPLAIN STATEMENT SET BEGIN ... END and the client
-- form BEGIN STATEMENT SET; ... END;

-- source
CREATE TABLE src (id BIGINT, name STRING) WITH ('connector' = 'datagen');

-- sink 1
CREATE TABLE s1 (id BIGINT, name STRING) WITH ('connector' = 'blackhole');

-- sink 2
CREATE TABLE s2 (id BIGINT) WITH ('connector' = 'print');

-- EXECUTE STATEMENT SET with one INSERT
EXECUTE STATEMENT SET BEGIN
INSERT INTO s1 SELECT id, name FROM src;
END;

-- EXECUTE STATEMENT SET with two INSERTs
EXECUTE STATEMENT SET BEGIN
INSERT INTO s1 SELECT id, name FROM src;
INSERT INTO s2 SELECT id FROM src;
END;

-- EXECUTE STATEMENT SET on one line
EXECUTE STATEMENT SET BEGIN INSERT INTO s1 SELECT id, name FROM src; INSERT INTO s2 SELECT id FROM src; END;

-- EXECUTE STATEMENT SET with an empty body is a parse error
EXECUTE STATEMENT SET BEGIN
END;

-- EXECUTE STATEMENT SET with a SELECT inside is a parse error
EXECUTE STATEMENT SET BEGIN
SELECT id FROM src;
END;

-- EXECUTE STATEMENT SET with a CREATE TABLE inside is a parse error
EXECUTE STATEMENT SET BEGIN
CREATE TABLE x (a INT) WITH ('connector' = 'blackhole');
END;

-- EXECUTE STATEMENT SET with an INSERT missing its semicolon is a parse error
EXECUTE STATEMENT SET BEGIN
INSERT INTO s1 SELECT id, name FROM src
END;

-- EXECUTE STATEMENT SET with a failing INSERT (arity)
EXECUTE STATEMENT SET BEGIN
INSERT INTO s1 SELECT id FROM src;
INSERT INTO s2 SELECT id FROM src;
END;

-- EXECUTE STATEMENT SET with an unknown target
EXECUTE STATEMENT SET BEGIN
INSERT INTO nope SELECT id FROM src;
END;

-- EXECUTE STATEMENT SET with a CASE ... END inside
EXECUTE STATEMENT SET BEGIN
INSERT INTO s2 SELECT CASE WHEN id > 0 THEN id ELSE 0 END FROM src;
END;

-- EXECUTE STATEMENT SET with INSERT OVERWRITE in streaming
EXECUTE STATEMENT SET BEGIN
INSERT OVERWRITE s1 SELECT id, name FROM src;
END;

-- EXECUTE STATEMENT SET with VALUES inserts
EXECUTE STATEMENT SET BEGIN
INSERT INTO s1 VALUES (CAST(1 AS BIGINT), 'a');
INSERT INTO s2 VALUES (CAST(2 AS BIGINT));
END;

-- STATEMENT SET without EXECUTE
STATEMENT SET BEGIN
INSERT INTO s1 SELECT id, name FROM src;
END;

-- EXECUTE STATEMENT SET without BEGIN is a parse error
EXECUTE STATEMENT SET
INSERT INTO s1 SELECT id, name FROM src;

-- EXPLAIN STATEMENT SET
EXPLAIN STATEMENT SET BEGIN
INSERT INTO s1 SELECT id, name FROM src;
INSERT INTO s2 SELECT id FROM src;
END;

-- EXPLAIN PLAN FOR STATEMENT SET
EXPLAIN PLAN FOR STATEMENT SET BEGIN
INSERT INTO s1 SELECT id, name FROM src;
END;

-- EXPLAIN with details for STATEMENT SET
EXPLAIN CHANGELOG_MODE, ESTIMATED_COST STATEMENT SET BEGIN
INSERT INTO s1 SELECT id, name FROM src;
END;

-- EXPLAIN EXECUTE STATEMENT SET
EXPLAIN EXECUTE STATEMENT SET BEGIN
INSERT INTO s1 SELECT id, name FROM src;
END;

-- EXPLAIN STATEMENT SET with an error inside
EXPLAIN STATEMENT SET BEGIN
INSERT INTO s1 SELECT id FROM src;
END;

-- client form: BEGIN STATEMENT SET
BEGIN STATEMENT SET;

-- buffered INSERT 1
INSERT INTO s1 SELECT id, name FROM src;

-- buffered INSERT 2
INSERT INTO s2 SELECT id FROM src;

-- END submits the set
END;

-- END without BEGIN
END;

-- BEGIN STATEMENT SET again
BEGIN STATEMENT SET;

-- SELECT inside a client statement set is rejected
SELECT id FROM src;

-- CREATE TABLE inside a client statement set is rejected
CREATE TABLE inside (a INT) WITH ('connector' = 'blackhole');

-- SET inside a client statement set is rejected
SET 'parallelism.default' = '2';

-- nested BEGIN STATEMENT SET is rejected
BEGIN STATEMENT SET;

-- a valid INSERT is still buffered
INSERT INTO s2 SELECT id FROM src;

-- END submits
END;

-- empty client statement set
BEGIN STATEMENT SET;

-- END of an empty set is accepted
END;

-- client statement set containing an INSERT that fails validation
BEGIN STATEMENT SET;

-- invalid INSERT inside the set fails immediately
INSERT INTO s1 SELECT id FROM nope;

-- valid insert
INSERT INTO s2 SELECT id FROM src;

-- END after an error
END;

-- client statement set where the planning fails at END
BEGIN STATEMENT SET;

-- arity error is only detected at planning
INSERT INTO s1 SELECT id FROM src;

-- END plans the set and fails
END;

-- BEGIN STATEMENT SET in lower case
begin statement set;

-- insert in lower case
insert into s2 select id from src;

-- end in lower case
end;

-- BEGIN without STATEMENT SET is a parse error
BEGIN;

-- END STATEMENT SET is a parse error
END STATEMENT SET;

-- EXECUTE STATEMENT SET with a comment inside
EXECUTE STATEMENT SET BEGIN
-- first insert
INSERT INTO s1 SELECT id, name FROM src;
/* second insert */
INSERT INTO s2 SELECT id FROM src;
END;

-- EXECUTE STATEMENT SET with a string containing END and a semicolon
EXECUTE STATEMENT SET BEGIN
INSERT INTO s1 SELECT id, 'END;' FROM src;
END;

-- CTAS inside EXECUTE STATEMENT SET is a parse error
EXECUTE STATEMENT SET BEGIN
CREATE TABLE ctas2 WITH ('connector' = 'blackhole') AS SELECT id FROM src;
END;

-- EXECUTE STATEMENT SET with EXECUTE INSERT inside is a parse error
EXECUTE STATEMENT SET BEGIN
EXECUTE INSERT INTO s2 SELECT id FROM src;
END;

-- EXECUTE STATEMENT SET with an aggregate into blackhole
EXECUTE STATEMENT SET BEGIN
INSERT INTO s2 SELECT COUNT(*) FROM src;
END;

-- BEGIN STATEMENT SET followed by a DDL-free session command
BEGIN STATEMENT SET;

-- SHOW TABLES inside a client set is rejected
SHOW TABLES;

-- END the set
END;
