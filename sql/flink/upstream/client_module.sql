-- source: apache/flink flink-table/flink-sql-client/src/test/resources/sql/module.q
-- (the hive module is not on the oracle's classpath, so LOAD MODULE hive fails there)

SET sql-client.execution.result-mode = tableau;

SHOW MODULES;

SHOW FULL MODULES;

-- load core module twice
LOAD MODULE core;

-- use hive built-in function without loading hive module
SELECT SUBSTRING_INDEX('www.apache.org', '.', 2) FROM (VALUES (1, 'Hello World')) AS T(id, str);

-- load hive module with module name as string literal
LOAD MODULE 'hive';

-- load hive module with module name capitalized
LOAD MODULE Hive;

-- load hive module with specifying type
LOAD MODULE myhive WITH ('type' = 'hive');

LOAD MODULE hive;

SHOW MODULES;

SHOW FULL MODULES;

SELECT SUBSTRING_INDEX('www.apache.org', '.', 2) FROM (VALUES (1, 'Hello World')) AS T(id, str);

-- use duplicate modules
USE MODULES hive, core, hive;

USE MODULES hive, core;

SHOW MODULES;

SHOW FULL MODULES;

USE MODULES core;

SHOW MODULES;

SHOW FULL MODULES;

SELECT SUBSTRING_INDEX('www.apache.org', '.', 2) FROM (VALUES (1, 'Hello World')) AS T(id, str);

UNLOAD MODULE core;

SHOW MODULES;

SHOW FULL MODULES;

-- unload core module twice
UNLOAD MODULE core;
