-- source: apache/flink docs/content/docs/dev/table/sql/set.md
-- (old doc version: unquoted key, and an option that no longer exists)

SET table.planner = blink;

SET;

-- @new-session
-- source: apache/flink docs/content/docs/dev/table/sql/use.md
-- (the doc's CREATE CATALOG/DATABASE use WITH (...); an in-memory catalog and no options are used instead)
CREATE CATALOG cat1 WITH ('type' = 'generic_in_memory');

SHOW CATALOGS;

USE CATALOG cat1;

SHOW DATABASES;

CREATE DATABASE db1;

SHOW DATABASES;

USE db1;

USE CATALOG catalog_name;

USE catalog_name.database_name;
