-- SQL-client and gateway session statements: SET/RESET forms, SHOW and DESCRIBE of every
-- object kind, USE, catalogs and databases, EXPLAIN variants, statement sets.

SET;

SET 'execution.runtime-mode' = 'streaming';

SET 'sql-client.execution.result-mode' = 'tableau';

SET 'table.local-time-zone' = 'Asia/Shanghai';

SET 'parallelism.default' = '2';

SET 'pipeline.name' = 'my job';

SET execution.runtime-mode = batch;

SET sql-client.verbose = true;

SET 'execution.runtime-mode' = 'streaming';

SET 'table.exec.state.ttl' = '1 h';

SET 'table.exec.mini-batch.enabled' = 'true';

SET 'table.exec.mini-batch.allow-latency' = '5 s';

SET 'table.exec.mini-batch.size' = '5000';

SET 'table.optimizer.agg-phase-strategy' = 'TWO_PHASE';

SET 'execution.checkpointing.interval' = '30s';

SET 'execution.checkpointing.mode' = 'AT_LEAST_ONCE';

SET 'state.backend.type' = 'rocksdb';

SET 'parallelism.default' = 'two';

SET 'parallelism.default' = '0';

SET 'execution.runtime-mode' = 'bounded';

SET 'pipeline.object-reuse' = 'yes';

SET 'key' = 'value';

SET 'key';

SET key;

SET 'a' = ;

SET = 'b';

RESET 'key';

RESET key;

RESET 'parallelism.default';

RESET 'no.such.key';

RESET;

SHOW CATALOGS;

SHOW CURRENT CATALOG;

SHOW DATABASES;

SHOW CURRENT DATABASE;

SHOW TABLES;

SHOW VIEWS;

SHOW FUNCTIONS;

SHOW USER FUNCTIONS;

SHOW MODULES;

SHOW FULL MODULES;

SHOW JARS;

SHOW PROCEDURES;

SHOW CATALOGS LIKE 'default%';

SHOW DATABASES LIKE 'default%';

SHOW TABLES LIKE 't%';

SHOW TABLES NOT LIKE 't%';

SHOW TABLES FROM default_database;

SHOW TABLES IN default_catalog.default_database;

SHOW TABLES FROM no_such_db;

SHOW VIEWS FROM default_database;

SHOW FUNCTIONS LIKE 'ARRAY%';

SHOW USER FUNCTIONS LIKE 'my%';

SHOW FUNCTIONS FROM default_database;

SHOW DATABASES FROM default_catalog;

SHOW DATABASES IN no_such_catalog;

SHOW CREATE CATALOG default_catalog;

CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory');

CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory');

CREATE CATALOG IF NOT EXISTS cat1 WITH ('type' = 'generic_in_memory');

CREATE CATALOG cat2 COMMENT 'second' WITH ('type' = 'generic_in_memory', 'default-database' = 'db0');

CREATE CATALOG cat_bad WITH ('type' = 'no_such_type');

CREATE CATALOG cat_none;

SHOW CATALOGS;

USE CATALOG cat1;

SHOW CURRENT CATALOG;

SHOW DATABASES;

CREATE DATABASE db1;

CREATE DATABASE IF NOT EXISTS db1;

CREATE DATABASE db1;

CREATE DATABASE db2 COMMENT 'second database' WITH ('k1' = 'v1');

CREATE DATABASE cat2.db3;

USE db1;

SHOW CURRENT DATABASE;

CREATE TABLE t1 (a INT, b STRING) WITH ('connector' = 'datagen');

CREATE TABLE db2.t2 (a INT) WITH ('connector' = 'datagen');

CREATE TABLE cat2.db0.t3 (a INT) WITH ('connector' = 'datagen');

SHOW TABLES;

SHOW TABLES FROM db2;

SHOW TABLES IN cat2.db0;

SHOW CREATE TABLE t1;

SHOW CREATE TABLE db2.t2;

SHOW CREATE TABLE no_such;

DESCRIBE t1;

DESC db2.t2;

DESC cat2.db0.t3;

DESCRIBE no_such;

DESCRIBE DATABASE db1;

DESC DATABASE EXTENDED db2;

DESCRIBE DATABASE no_such_db;

DESCRIBE CATALOG cat2;

DESC CATALOG EXTENDED cat1;

DESCRIBE CATALOG no_such_cat;

USE no_such_db;

USE cat2.db0;

SHOW CURRENT DATABASE;

USE CATALOG no_such_catalog;

USE CATALOG default_catalog;

USE default_database;

USE default_catalog.default_database;

DROP DATABASE cat1.db2;

DROP DATABASE cat1.db1 CASCADE;

DROP DATABASE IF EXISTS cat1.nope;

DROP DATABASE cat1.nope;

DROP CATALOG cat2;

DROP CATALOG IF EXISTS cat2;

DROP CATALOG default_catalog;

CREATE TABLE src (id BIGINT, name STRING, amount DOUBLE, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

CREATE TABLE snk (id BIGINT, name STRING) WITH ('connector' = 'blackhole');

CREATE TABLE snk2 (name STRING, total DOUBLE) WITH ('connector' = 'blackhole');

CREATE VIEW v_src AS SELECT id, name FROM src;

EXPLAIN SELECT id, name FROM src WHERE amount > 10;

EXPLAIN PLAN FOR SELECT id FROM src;

EXPLAIN ESTIMATED_COST SELECT id FROM src;

EXPLAIN CHANGELOG_MODE SELECT name, COUNT(*) FROM src GROUP BY name;

EXPLAIN JSON_EXECUTION_PLAN SELECT id FROM src;

EXPLAIN PLAN_ADVICE SELECT name, SUM(amount) FROM src GROUP BY name;

EXPLAIN ESTIMATED_COST, CHANGELOG_MODE, JSON_EXECUTION_PLAN SELECT id FROM src;

EXPLAIN ESTIMATED_COST, ESTIMATED_COST SELECT id FROM src;

EXPLAIN INSERT INTO snk SELECT id, name FROM src;

EXPLAIN INSERT INTO snk VALUES (1, 'a');

EXPLAIN STATEMENT SET BEGIN INSERT INTO snk SELECT id, name FROM src; INSERT INTO snk2 SELECT name, SUM(amount) FROM src GROUP BY name; END;

EXPLAIN EXECUTE STATEMENT SET BEGIN INSERT INTO snk SELECT id, name FROM src; END;

EXPLAIN SELECT * FROM v_src;

EXPLAIN SELECT * FROM no_such_table;

EXPLAIN DROP TABLE snk;

EXPLAIN SHOW TABLES;

EXPLAIN PLAN FOR INSERT INTO snk SELECT id, name FROM src;

EXPLAIN WITH c AS (SELECT id FROM src) SELECT * FROM c;

EXPLAIN VALUES (1, 2);

EXECUTE STATEMENT SET BEGIN INSERT INTO snk SELECT id, name FROM src; INSERT INTO snk SELECT id, name FROM src WHERE id > 10; END;

EXECUTE STATEMENT SET BEGIN END;

EXECUTE INSERT INTO snk SELECT id, name FROM src;

BEGIN STATEMENT SET;

INSERT INTO snk SELECT id, name FROM src;

INSERT INTO snk2 SELECT name, SUM(amount) FROM src GROUP BY name;

END;

BEGIN STATEMENT SET;

SELECT id FROM src;

INSERT INTO snk VALUES (1, 'x');

END;

END;

BEGIN STATEMENT SET;

END;

BEGIN STATEMENT SET;

INSERT INTO no_such_sink SELECT id, name FROM src;

INSERT INTO snk SELECT id, name FROM src;

END;

SHOW VIEWS;

SHOW CREATE VIEW v_src;

SHOW CREATE VIEW src;

SHOW CREATE TABLE v_src;

DESCRIBE v_src;

SHOW PARTITIONS src;

SHOW JOBS;

HELP;

CLEAR;
