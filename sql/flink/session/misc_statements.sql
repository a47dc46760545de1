-- Other client and catalog statements: modules, jars, CALL, ANALYZE,
-- materialized tables, models, jobs, client commands.

-- a table
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '5');

-- SHOW MODULES initially lists core
SHOW MODULES;

-- LOAD MODULE of an unknown module
LOAD MODULE hive WITH ('hive-version' = '3.1.2');

-- UNLOAD MODULE core
UNLOAD MODULE core;

-- SHOW MODULES after unloading core
SHOW MODULES;

-- built-in functions are gone without the core module
SELECT UPPER(b) FROM t;

-- LOAD MODULE core again
LOAD MODULE core;

-- functions resolve again
SELECT UPPER(b) FROM t;

-- LOAD MODULE with a quoted name
LOAD MODULE `core`;

-- USE MODULES with a duplicate
USE MODULES core, core;

-- ADD JAR of a missing file
ADD JAR '/tmp/sluice-oracle-no-such.jar';

-- ADD JAR without quotes is a parse error
ADD JAR /tmp/x.jar;

-- SHOW JARS
SHOW JARS;

-- CALL an unknown procedure
CALL default_catalog.default_database.no_such_proc(1);

-- CALL without arguments
CALL no_such_proc();

-- ANALYZE TABLE in streaming mode
ANALYZE TABLE t COMPUTE STATISTICS;

-- ANALYZE TABLE FOR ALL COLUMNS in streaming mode
ANALYZE TABLE t COMPUTE STATISTICS FOR ALL COLUMNS;

-- ANALYZE TABLE FOR COLUMNS in streaming mode
ANALYZE TABLE t COMPUTE STATISTICS FOR COLUMNS a;

-- TRUNCATE TABLE in streaming mode
TRUNCATE TABLE t;

-- DELETE in streaming mode
DELETE FROM t WHERE a = 1;

-- UPDATE in streaming mode
UPDATE t SET b = 'x' WHERE a = 1;

-- CREATE MATERIALIZED TABLE without FRESHNESS
CREATE MATERIALIZED TABLE mt2 AS SELECT a, b FROM t;

-- CREATE MODEL
CREATE MODEL m INPUT (x STRING) OUTPUT (y STRING) WITH ('provider' = 'openai');

-- DROP MODEL IF EXISTS
DROP MODEL IF EXISTS m;

-- HELP client command
HELP;

-- QUIT client command
QUIT;

-- EXIT client command
EXIT;

-- CLEAR client command
CLEAR;

-- HELP with trailing text
HELP me;

-- SOURCE is not supported
SOURCE '/tmp/x.sql';

-- CREATE CATALOG with a quoted name
CREATE CATALOG `my cat` WITH ('type' = 'generic_in_memory');

-- SHOW DATABASES FROM a quoted catalog
SHOW DATABASES FROM `my cat`;

-- CREATE DATABASE in the new catalog
CREATE DATABASE `my cat`.db1;

-- CREATE TABLE in the new catalog without connector (managed tables are allowed there?)
CREATE TABLE `my cat`.db1.t1 (a INT);

-- ALTER DATABASE COMMENT is a parse error
ALTER DATABASE `my cat`.db1 COMMENT 'x';

-- DROP DATABASE in another catalog
DROP DATABASE `my cat`.db1 CASCADE;

-- DROP CATALOG
DROP CATALOG `my cat`;

-- EXECUTE PLAN with a missing file (parsed only)
EXECUTE PLAN '/tmp/sluice-oracle-no-such-plan.json';

-- COMPILE AND EXECUTE PLAN (validated only)
COMPILE AND EXECUTE PLAN '/tmp/sluice-oracle-plan2.json' FOR INSERT INTO t SELECT * FROM t;

-- COMPILE PLAN IF NOT EXISTS
COMPILE PLAN '/tmp/sluice-oracle-plan3.json' IF NOT EXISTS FOR STATEMENT SET BEGIN INSERT INTO t SELECT * FROM t; END;

-- ALTER FUNCTION of a missing function
ALTER FUNCTION no_such_fn AS 'x.Y';

-- ALTER TEMPORARY SYSTEM FUNCTION is a parse error
ALTER TEMPORARY SYSTEM FUNCTION f AS 'x.Y';

-- SHOW CREATE MODEL is not supported
SHOW CREATE MODEL m;
