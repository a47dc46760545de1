-- Function resolution errors: unknown functions, wrong argument counts,
-- wrong argument types, misuse of aggregates and table functions.

-- a table to use
CREATE TABLE t (i INT, s STRING, d DOUBLE, ts TIMESTAMP(3), arr ARRAY<INT>, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- unknown function without FROM
SELECT NO_SUCH_FN(1);

-- unknown function with no arguments
SELECT NO_SUCH_FN();

-- unknown function with several argument kinds
SELECT NO_SUCH_FN(i, s, d, ts, arr) FROM t;

-- unknown function name differing only in case from a built-in resolves
SELECT upper(s), Upper(s), UPPER(s) FROM t;

-- qualified unknown function
SELECT default_catalog.default_database.no_such_fn(i) FROM t;

-- back-quoted built-in function name
SELECT `UPPER`(s) FROM t;

-- back-quoted built-in function name in lower case
SELECT `upper`(s) FROM t;

-- UPPER with two arguments
SELECT UPPER(s, s) FROM t;

-- UPPER with no arguments
SELECT UPPER() FROM t;

-- SUBSTRING with one argument
SELECT SUBSTRING(s) FROM t;

-- SUBSTR with four arguments
SELECT SUBSTR(s, 1, 2, 3) FROM t;

-- CONCAT with no arguments
SELECT CONCAT() FROM t;

-- CONCAT with one argument
SELECT CONCAT(s) FROM t;

-- COALESCE with one argument
SELECT COALESCE(i) FROM t;

-- COALESCE with no arguments
SELECT COALESCE() FROM t;

-- IF with two arguments
SELECT IF(i > 0, 1) FROM t;

-- ROUND with three arguments
SELECT ROUND(d, 1, 2) FROM t;

-- MOD with one argument
SELECT MOD(i) FROM t;

-- TO_TIMESTAMP_LTZ with one argument
SELECT TO_TIMESTAMP_LTZ(i) FROM t;

-- TO_TIMESTAMP_LTZ with three arguments
SELECT TO_TIMESTAMP_LTZ(i, 3, 'UTC') FROM t;

-- DATE_FORMAT with one argument
SELECT DATE_FORMAT(ts) FROM t;

-- NOW with an argument
SELECT NOW(1) FROM t;

-- CURRENT_TIMESTAMP with parentheses
SELECT CURRENT_TIMESTAMP() FROM t;

-- PROCTIME with an argument
SELECT PROCTIME(ts) FROM t;

-- UUID with an argument
SELECT UUID(1) FROM t;

-- RAND with two arguments
SELECT RAND(1, 2) FROM t;

-- UPPER of an INT
SELECT UPPER(i) FROM t;

-- ABS of a STRING
SELECT ABS(s) FROM t;

-- CHAR_LENGTH of an INT
SELECT CHAR_LENGTH(i) FROM t;

-- SUBSTRING with a string position
SELECT SUBSTRING(s FROM 'a') FROM t;

-- DATE_FORMAT of an INT
SELECT DATE_FORMAT(i, 'yyyy') FROM t;

-- TO_TIMESTAMP of an INT
SELECT TO_TIMESTAMP(i) FROM t;

-- TO_DATE of an INT
SELECT TO_DATE(i) FROM t;

-- SPLIT_INDEX with a string index
SELECT SPLIT_INDEX(s, ',', 'x') FROM t;

-- REGEXP_REPLACE with an INT pattern
SELECT REGEXP_REPLACE(s, 1, 'x') FROM t;

-- CARDINALITY of an INT
SELECT CARDINALITY(i) FROM t;

-- ARRAY_CONTAINS with a wrong element type
SELECT ARRAY_CONTAINS(arr, 'x') FROM t;

-- JSON_VALUE with a non-literal path
SELECT JSON_VALUE(s, s) FROM t;

-- HASH_CODE of an INT
SELECT HASH_CODE(i) FROM t;

-- MD5 of an INT
SELECT MD5(i) FROM t;

-- aggregate function in WHERE
SELECT i FROM t WHERE SUM(i) > 0;

-- aggregate function with two arguments
SELECT SUM(i, i) FROM t;

-- COUNT with two arguments
SELECT COUNT(i, s) FROM t;

-- COUNT(DISTINCT *) is a parse error
SELECT COUNT(DISTINCT *) FROM t;

-- window function without OVER
SELECT RANK() FROM t;

-- scalar function with OVER
SELECT UPPER(s) OVER (ORDER BY ts) FROM t;

-- aggregate used with DISTINCT on a scalar function
SELECT UPPER(DISTINCT s) FROM t;

-- table function in the select list
SELECT TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '1' MINUTE) FROM t;

-- scalar function in FROM TABLE()
SELECT * FROM TABLE(UPPER('x'));

-- unknown table function in FROM TABLE()
SELECT * FROM TABLE(no_such_tvf(1));

-- unknown function in a WHERE clause
SELECT i FROM t WHERE no_such_pred(i);

-- unknown function in GROUP BY
SELECT no_such_key(i) FROM t GROUP BY no_such_key(i);

-- unknown function in ORDER BY
SELECT i FROM t ORDER BY no_such_sort(i);

-- unknown function nested inside a known one
SELECT UPPER(no_such_inner(s)) FROM t;

-- known function with a wrong arity nested inside an unknown one
SELECT no_such_outer(UPPER(s, s)) FROM t;

-- a column used as a function
SELECT i(1) FROM t;

-- function call on a qualified column
SELECT t.i(1) FROM t;

-- legacy function names that Flink does not have
SELECT NVL(s, 'x') FROM t;

-- ISNULL is not a function
SELECT ISNULL(s) FROM t;

-- LEN is not a function
SELECT LEN(s) FROM t;

-- DATEADD is not a function
SELECT DATEADD(DAY, 1, ts) FROM t;

-- GETDATE is not a function
SELECT GETDATE() FROM t;

-- SYSDATE is not a function
SELECT SYSDATE FROM t;

-- STRING_AGG is not a function
SELECT STRING_AGG(s, ',') FROM t;

-- GROUP_CONCAT is not a function
SELECT GROUP_CONCAT(s) FROM t;

-- CREATE TEMPORARY FUNCTION with a missing class
CREATE TEMPORARY FUNCTION myfn AS 'com.example.NoSuchFunction';

-- use of a function whose class is missing
SELECT myfn(i) FROM t;

-- CREATE TEMPORARY SYSTEM FUNCTION with a missing class
CREATE TEMPORARY SYSTEM FUNCTION mysysfn AS 'com.example.NoSuchFunction' LANGUAGE JAVA;

-- CREATE FUNCTION (catalog) with a missing class
CREATE FUNCTION mycatfn AS 'com.example.NoSuchFunction';

-- SHOW USER FUNCTIONS after the CREATEs
SHOW USER FUNCTIONS;

-- CREATE FUNCTION with an unknown language
CREATE FUNCTION f2 AS 'x.Y' LANGUAGE COBOL;

-- CREATE FUNCTION with USING JAR
CREATE TEMPORARY FUNCTION f3 AS 'x.Y' USING JAR '/tmp/sluice-oracle-no.jar';

-- CREATE TEMPORARY SYSTEM FUNCTION with a built-in name
CREATE TEMPORARY SYSTEM FUNCTION upper AS 'com.example.NoSuchFunction';

-- DROP the temporary function
DROP TEMPORARY FUNCTION myfn;

-- CREATE FUNCTION IF NOT EXISTS twice
CREATE FUNCTION IF NOT EXISTS mycatfn AS 'com.example.Other';

-- built-in function used in a computed column with the wrong arity
CREATE TABLE fc (a STRING, b AS UPPER(a, a)) WITH ('connector' = 'datagen');

-- unknown function in a watermark
CREATE TABLE fw (ts TIMESTAMP(3), WATERMARK FOR ts AS no_such_wm(ts)) WITH ('connector' = 'datagen');
