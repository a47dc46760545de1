-- Type errors in expressions (and the comparisons Flink coerces implicitly).

-- source table with one column per type (nullable and NOT NULL variants)
CREATE TABLE t (i INT, i_nn INT NOT NULL, b BIGINT, b_nn BIGINT NOT NULL, si SMALLINT, ti TINYINT, f FLOAT, d DOUBLE, d_nn DOUBLE NOT NULL, p DECIMAL(10, 2), p2 DECIMAL(5, 3), p38 DECIMAL(38, 10), p_nn DECIMAL(10, 2) NOT NULL, s STRING, s_nn STRING NOT NULL, c CHAR(3), c4 CHAR(4), vc VARCHAR(5), bo BOOLEAN, bo_nn BOOLEAN NOT NULL, ts TIMESTAMP(3), ts6 TIMESTAMP(6), ts0 TIMESTAMP(0), ltz TIMESTAMP_LTZ(3), dt DATE, tm TIME, arr ARRAY<INT>, arr_nn ARRAY<INT NOT NULL> NOT NULL, arrs ARRAY<STRING>, m MAP<STRING, INT>, r ROW<x INT, y STRING>, bin BYTES, bin4 BINARY(4), rt TIMESTAMP(3), WATERMARK FOR rt AS rt) WITH ('connector' = 'datagen');

-- type errors: s = 1
CREATE TEMPORARY VIEW te1 AS SELECT s = 1 AS x0 FROM t;

-- type errors: i = 'a'
CREATE TEMPORARY VIEW te2 AS SELECT i = 'a' AS x0 FROM t;

-- type errors: dt = '2020-01-01'
CREATE TEMPORARY VIEW te3 AS SELECT dt = '2020-01-01' AS x0 FROM t;

-- type errors: i IN ('a', 'b')
CREATE TEMPORARY VIEW te4 AS SELECT i IN ('a', 'b') AS x0 FROM t;

-- type errors: s BETWEEN 1 AND 2
CREATE TEMPORARY VIEW te5 AS SELECT s BETWEEN 1 AND 2 AS x0 FROM t;

-- type errors: JSON_VALUE(i, '$.a')
CREATE TEMPORARY VIEW te6 AS SELECT JSON_VALUE(i, '$.a') AS x0 FROM t;

-- type errors (rejected): 1 + '1'
CREATE TEMPORARY VIEW te7 AS SELECT 1 + '1' AS x0 FROM t;

-- type errors (rejected): i + s
CREATE TEMPORARY VIEW te8 AS SELECT i + s AS x0 FROM t;

-- type errors (rejected): s + 1
CREATE TEMPORARY VIEW te9 AS SELECT s + 1 AS x0 FROM t;

-- type errors (rejected): 'a' || 1
CREATE TEMPORARY VIEW te10 AS SELECT 'a' || 1 AS x0 FROM t;

-- type errors (rejected): CONCAT('a', 1)
CREATE TEMPORARY VIEW te11 AS SELECT CONCAT('a', 1) AS x0 FROM t;

-- type errors (rejected): CONCAT(s, i)
CREATE TEMPORARY VIEW te12 AS SELECT CONCAT(s, i) AS x0 FROM t;

-- type errors (rejected): UPPER(i)
CREATE TEMPORARY VIEW te13 AS SELECT UPPER(i) AS x0 FROM t;

-- type errors (rejected): i AND bo
CREATE TEMPORARY VIEW te14 AS SELECT i AND bo AS x0 FROM t;

-- type errors (rejected): NOT i
CREATE TEMPORARY VIEW te15 AS SELECT NOT i AS x0 FROM t;

-- type errors (rejected): bo + 1
CREATE TEMPORARY VIEW te16 AS SELECT bo + 1 AS x0 FROM t;

-- type errors (rejected): dt + 1
CREATE TEMPORARY VIEW te17 AS SELECT dt + 1 AS x0 FROM t;

-- type errors (rejected): ts + 1
CREATE TEMPORARY VIEW te18 AS SELECT ts + 1 AS x0 FROM t;

-- type errors (rejected): ts = dt
CREATE TEMPORARY VIEW te19 AS SELECT ts = dt AS x0 FROM t;

-- type errors (rejected): CASE WHEN bo THEN 1 ELSE 'a' END
CREATE TEMPORARY VIEW te20 AS SELECT CASE WHEN bo THEN 1 ELSE 'a' END AS x0 FROM t;

-- type errors (rejected): COALESCE(i, 'a')
CREATE TEMPORARY VIEW te21 AS SELECT COALESCE(i, 'a') AS x0 FROM t;

-- type errors (rejected): IF(bo, 1, 'a')
CREATE TEMPORARY VIEW te22 AS SELECT IF(bo, 1, 'a') AS x0 FROM t;

-- type errors (rejected): ABS(s)
CREATE TEMPORARY VIEW te23 AS SELECT ABS(s) AS x0 FROM t;

-- type errors (rejected): SUBSTRING(i FROM 1)
CREATE TEMPORARY VIEW te24 AS SELECT SUBSTRING(i FROM 1) AS x0 FROM t;

-- type errors (rejected): arr[s]
CREATE TEMPORARY VIEW te25 AS SELECT arr[s] AS x0 FROM t;

-- type errors (rejected): m[1]
CREATE TEMPORARY VIEW te26 AS SELECT m[1] AS x0 FROM t;

-- type errors (rejected): r.z
CREATE TEMPORARY VIEW te27 AS SELECT r.z AS x0 FROM t;

-- type errors (rejected): CARDINALITY(s)
CREATE TEMPORARY VIEW te28 AS SELECT CARDINALITY(s) AS x0 FROM t;

-- type errors (rejected): ARRAY[1, 'a']
CREATE TEMPORARY VIEW te29 AS SELECT ARRAY[1, 'a'] AS x0 FROM t;

-- type errors (rejected): MAP[1]
CREATE TEMPORARY VIEW te30 AS SELECT MAP[1] AS x0 FROM t;

-- type errors (rejected): TIMESTAMPDIFF(SECOND, i, i)
CREATE TEMPORARY VIEW te31 AS SELECT TIMESTAMPDIFF(SECOND, i, i) AS x0 FROM t;

-- type errors (rejected): EXTRACT(YEAR FROM s)
CREATE TEMPORARY VIEW te32 AS SELECT EXTRACT(YEAR FROM s) AS x0 FROM t;

-- type errors (rejected): LIKE_FN(s)
CREATE TEMPORARY VIEW te33 AS SELECT LIKE_FN(s) AS x0 FROM t;

-- type errors (rejected): NULL
CREATE TEMPORARY VIEW te34 AS SELECT NULL AS x0 FROM t;

-- type errors (rejected): NULL + 1
CREATE TEMPORARY VIEW te35 AS SELECT NULL + 1 AS x0 FROM t;

-- type errors (rejected): -s
CREATE TEMPORARY VIEW te36 AS SELECT -s AS x0 FROM t;

-- type errors (rejected): ROUND(s, 1)
CREATE TEMPORARY VIEW te37 AS SELECT ROUND(s, 1) AS x0 FROM t;

-- type errors (rejected): POWER(s, 2)
CREATE TEMPORARY VIEW te38 AS SELECT POWER(s, 2) AS x0 FROM t;

-- type errors (rejected): FLOOR(s TO DAY)
CREATE TEMPORARY VIEW te39 AS SELECT FLOOR(s TO DAY) AS x0 FROM t;

-- type errors (rejected): TO_TIMESTAMP_LTZ(s, 3)
CREATE TEMPORARY VIEW te40 AS SELECT TO_TIMESTAMP_LTZ(s, 3) AS x0 FROM t;

-- the implicit comparisons accepted in a view fail when planned: INT = STRING
SELECT i = 'a' FROM t;

-- STRING = INT when planned
SELECT s = 1 FROM t;

-- DATE = CHAR literal when planned
SELECT dt = '2020-01-01' FROM t;

-- INT IN (CHAR literals) when planned
SELECT i IN ('a', 'b') FROM t;

-- STRING BETWEEN INT literals when planned
SELECT s BETWEEN 1 AND 2 FROM t;

-- JSON_VALUE over an INT argument when planned
SELECT JSON_VALUE(i, '$.a') FROM t;

-- WHERE with a string compared to a numeric column
SELECT i FROM t WHERE i = '1';

-- numeric literal compared to a string literal
SELECT 1 = '1';
