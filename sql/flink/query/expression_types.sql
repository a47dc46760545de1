-- Result types of operators and expressions, observed through the schema
-- Flink resolves for CREATE TEMPORARY VIEW v AS SELECT <expr> AS x FROM t.
-- Expressions known to be valid are grouped a few per view; rejected ones
-- have a view of their own.

-- source table with one column per type (nullable and NOT NULL variants)
CREATE TABLE t (i INT, i_nn INT NOT NULL, b BIGINT, b_nn BIGINT NOT NULL, si SMALLINT, ti TINYINT, f FLOAT, d DOUBLE, d_nn DOUBLE NOT NULL, p DECIMAL(10, 2), p2 DECIMAL(5, 3), p38 DECIMAL(38, 10), p_nn DECIMAL(10, 2) NOT NULL, s STRING, s_nn STRING NOT NULL, c CHAR(3), c4 CHAR(4), vc VARCHAR(5), bo BOOLEAN, bo_nn BOOLEAN NOT NULL, ts TIMESTAMP(3), ts6 TIMESTAMP(6), ts0 TIMESTAMP(0), ltz TIMESTAMP_LTZ(3), dt DATE, tm TIME, arr ARRAY<INT>, arr_nn ARRAY<INT NOT NULL> NOT NULL, arrs ARRAY<STRING>, m MAP<STRING, INT>, r ROW<x INT, y STRING>, bin BYTES, bin4 BINARY(4), rt TIMESTAMP(3), WATERMARK FOR rt AS rt) WITH ('connector' = 'datagen');

-- integer arithmetic: i + 1 | i + i | i + b
CREATE TEMPORARY VIEW q1 AS SELECT i + 1 AS x0, i + i AS x1, i + b AS x2 FROM t;

-- integer arithmetic: b + b | si + ti | ti + ti
CREATE TEMPORARY VIEW q2 AS SELECT b + b AS x0, si + ti AS x1, ti + ti AS x2 FROM t;

-- integer arithmetic: i * b | i - si | i / 2
CREATE TEMPORARY VIEW q3 AS SELECT i * b AS x0, i - si AS x1, i / 2 AS x2 FROM t;

-- integer arithmetic: b / i | i % 3 | MOD(b, 3)
CREATE TEMPORARY VIEW q4 AS SELECT b / i AS x0, i % 3 AS x1, MOD(b, 3) AS x2 FROM t;

-- integer arithmetic: -i | +i | i_nn + 1
CREATE TEMPORARY VIEW q5 AS SELECT -i AS x0, +i AS x1, i_nn + 1 AS x2 FROM t;

-- integer arithmetic: i_nn + i | i_nn * i_nn | i_nn / 2
CREATE TEMPORARY VIEW q6 AS SELECT i_nn + i AS x0, i_nn * i_nn AS x1, i_nn / 2 AS x2 FROM t;

-- integer arithmetic: b_nn - 1 | ti * 2 | si / si
CREATE TEMPORARY VIEW q7 AS SELECT b_nn - 1 AS x0, ti * 2 AS x1, si / si AS x2 FROM t;

-- decimal arithmetic: p + 1 | p + p | p + p2
CREATE TEMPORARY VIEW q8 AS SELECT p + 1 AS x0, p + p AS x1, p + p2 AS x2 FROM t;

-- decimal arithmetic: p - p2 | p * p | p * p2
CREATE TEMPORARY VIEW q9 AS SELECT p - p2 AS x0, p * p AS x1, p * p2 AS x2 FROM t;

-- decimal arithmetic: p / p2 | p / 3 | p * 2
CREATE TEMPORARY VIEW q10 AS SELECT p / p2 AS x0, p / 3 AS x1, p * 2 AS x2 FROM t;

-- decimal arithmetic: i * p | b * p | p / i
CREATE TEMPORARY VIEW q11 AS SELECT i * p AS x0, b * p AS x1, p / i AS x2 FROM t;

-- decimal arithmetic: MOD(p, 2) | p38 + p38 | p38 * p38
CREATE TEMPORARY VIEW q12 AS SELECT MOD(p, 2) AS x0, p38 + p38 AS x1, p38 * p38 AS x2 FROM t;

-- decimal arithmetic: p38 / p | p + 1.5 | 1.5 * 2.25
CREATE TEMPORARY VIEW q13 AS SELECT p38 / p AS x0, p + 1.5 AS x1, 1.5 * 2.25 AS x2 FROM t;

-- decimal arithmetic: 7.0 / 2 | p_nn + 1 | -p
CREATE TEMPORARY VIEW q14 AS SELECT 7.0 / 2 AS x0, p_nn + 1 AS x1, -p AS x2 FROM t;

-- decimal arithmetic: p + ti
CREATE TEMPORARY VIEW q15 AS SELECT p + ti AS x0 FROM t;

-- decimal arithmetic (rejected): p % 3
CREATE TEMPORARY VIEW q16 AS SELECT p % 3 AS x0 FROM t;

-- approximate arithmetic: d + 1 | d + i | d * p
CREATE TEMPORARY VIEW q17 AS SELECT d + 1 AS x0, d + i AS x1, d * p AS x2 FROM t;

-- approximate arithmetic: f + 1 | f + d | f * i
CREATE TEMPORARY VIEW q18 AS SELECT f + 1 AS x0, f + d AS x1, f * i AS x2 FROM t;

-- approximate arithmetic: f + p | d / 2 | d_nn + 1
CREATE TEMPORARY VIEW q19 AS SELECT f + p AS x0, d / 2 AS x1, d_nn + 1 AS x2 FROM t;

-- approximate arithmetic: CAST(7 AS DOUBLE) / 2 | d + 1e0 | 1e0 + 1
CREATE TEMPORARY VIEW q20 AS SELECT CAST(7 AS DOUBLE) / 2 AS x0, d + 1e0 AS x1, 1e0 + 1 AS x2 FROM t;

-- approximate arithmetic: f / f
CREATE TEMPORARY VIEW q21 AS SELECT f / f AS x0 FROM t;

-- literal arithmetic: 1 + 1 | 7 / 2 | 2147483647 + 1
CREATE TEMPORARY VIEW q22 AS SELECT 1 + 1 AS x0, 7 / 2 AS x1, 2147483647 + 1 AS x2 FROM t;

-- literal arithmetic: 1 + 2147483648 | 1.0 + 1 | 1e3 * 2
CREATE TEMPORARY VIEW q23 AS SELECT 1 + 2147483648 AS x0, 1.0 + 1 AS x1, 1e3 * 2 AS x2 FROM t;

-- comparison: i = 1 | i <> b | i < d
CREATE TEMPORARY VIEW q24 AS SELECT i = 1 AS x0, i <> b AS x1, i < d AS x2 FROM t;

-- comparison: p >= 1 | s = 'a' | c = 'abc'
CREATE TEMPORARY VIEW q25 AS SELECT p >= 1 AS x0, s = 'a' AS x1, c = 'abc' AS x2 FROM t;

-- comparison: ts > ts6 | ts < ltz | dt = DATE '2020-01-01'
CREATE TEMPORARY VIEW q26 AS SELECT ts > ts6 AS x0, ts < ltz AS x1, dt = DATE '2020-01-01' AS x2 FROM t;

-- comparison: i_nn = 1 | i_nn = i | bo = TRUE
CREATE TEMPORARY VIEW q27 AS SELECT i_nn = 1 AS x0, i_nn = i AS x1, bo = TRUE AS x2 FROM t;

-- comparison: s LIKE 'a%' | s NOT LIKE 'a%' | s SIMILAR TO 'a+'
CREATE TEMPORARY VIEW q28 AS SELECT s LIKE 'a%' AS x0, s NOT LIKE 'a%' AS x1, s SIMILAR TO 'a+' AS x2 FROM t;

-- comparison: i BETWEEN 1 AND 10 | i NOT BETWEEN 1 AND b | i IN (1, 2, 3)
CREATE TEMPORARY VIEW q29 AS SELECT i BETWEEN 1 AND 10 AS x0, i NOT BETWEEN 1 AND b AS x1, i IN (1, 2, 3) AS x2 FROM t;

-- comparison: i IN (1, b) | s IN ('a', 'bb') | i IS NULL
CREATE TEMPORARY VIEW q30 AS SELECT i IN (1, b) AS x0, s IN ('a', 'bb') AS x1, i IS NULL AS x2 FROM t;

-- comparison: i IS NOT NULL | i_nn IS NULL | bo IS TRUE
CREATE TEMPORARY VIEW q31 AS SELECT i IS NOT NULL AS x0, i_nn IS NULL AS x1, bo IS TRUE AS x2 FROM t;

-- comparison: bo IS NOT FALSE | i IS DISTINCT FROM b | i IS NOT DISTINCT FROM 1
CREATE TEMPORARY VIEW q32 AS SELECT bo IS NOT FALSE AS x0, i IS DISTINCT FROM b AS x1, i IS NOT DISTINCT FROM 1 AS x2 FROM t;

-- comparison: arr = arr | r = r
CREATE TEMPORARY VIEW q33 AS SELECT arr = arr AS x0, r = r AS x1 FROM t;

-- logical: bo AND bo | bo OR bo_nn | NOT bo
CREATE TEMPORARY VIEW q34 AS SELECT bo AND bo AS x0, bo OR bo_nn AS x1, NOT bo AS x2 FROM t;

-- logical: bo_nn AND bo_nn | bo AND i > 1 | TRUE AND FALSE
CREATE TEMPORARY VIEW q35 AS SELECT bo_nn AND bo_nn AS x0, bo AND i > 1 AS x1, TRUE AND FALSE AS x2 FROM t;

-- conditional: CASE WHEN bo THEN 1 ELSE 0 END | CASE WHEN bo THEN 1 END | CASE WHEN bo THEN i ELSE b END
CREATE TEMPORARY VIEW q36 AS SELECT CASE WHEN bo THEN 1 ELSE 0 END AS x0, CASE WHEN bo THEN 1 END AS x1, CASE WHEN bo THEN i ELSE b END AS x2 FROM t;

-- conditional: CASE WHEN bo THEN i ELSE p END | CASE WHEN bo THEN d ELSE p END | CASE WHEN bo THEN 'a' ELSE 'bcd' END
CREATE TEMPORARY VIEW q37 AS SELECT CASE WHEN bo THEN i ELSE p END AS x0, CASE WHEN bo THEN d ELSE p END AS x1, CASE WHEN bo THEN 'a' ELSE 'bcd' END AS x2 FROM t;

-- conditional: CASE WHEN bo THEN c ELSE vc END | CASE WHEN bo THEN s ELSE 'x' END | CASE WHEN bo THEN 'p' ELSE NULL END
CREATE TEMPORARY VIEW q38 AS SELECT CASE WHEN bo THEN c ELSE vc END AS x0, CASE WHEN bo THEN s ELSE 'x' END AS x1, CASE WHEN bo THEN 'p' ELSE NULL END AS x2 FROM t;

-- conditional: CASE i WHEN 1 THEN 'one' WHEN 2 THEN 'two' END | CASE WHEN bo THEN ts ELSE ts6 END | CASE WHEN bo THEN ts ELSE ltz END
CREATE TEMPORARY VIEW q39 AS SELECT CASE i WHEN 1 THEN 'one' WHEN 2 THEN 'two' END AS x0, CASE WHEN bo THEN ts ELSE ts6 END AS x1, CASE WHEN bo THEN ts ELSE ltz END AS x2 FROM t;

-- conditional: COALESCE(i, 0) | COALESCE(i, b) | COALESCE(i, p)
CREATE TEMPORARY VIEW q40 AS SELECT COALESCE(i, 0) AS x0, COALESCE(i, b) AS x1, COALESCE(i, p) AS x2 FROM t;

-- conditional: COALESCE(s, 'd') | COALESCE(s, c) | COALESCE(c, 'x')
CREATE TEMPORARY VIEW q41 AS SELECT COALESCE(s, 'd') AS x0, COALESCE(s, c) AS x1, COALESCE(c, 'x') AS x2 FROM t;

-- conditional: COALESCE(i, NULL) | COALESCE(i, i) | COALESCE(i_nn, i)
CREATE TEMPORARY VIEW q42 AS SELECT COALESCE(i, NULL) AS x0, COALESCE(i, i) AS x1, COALESCE(i_nn, i) AS x2 FROM t;

-- conditional: NULLIF(i, 0) | NULLIF(s, '') | IFNULL(s, '')
CREATE TEMPORARY VIEW q43 AS SELECT NULLIF(i, 0) AS x0, NULLIF(s, '') AS x1, IFNULL(s, '') AS x2 FROM t;

-- conditional: IFNULL(i, b) | IF(bo, 1, 0) | IF(bo, i, b)
CREATE TEMPORARY VIEW q44 AS SELECT IFNULL(i, b) AS x0, IF(bo, 1, 0) AS x1, IF(bo, i, b) AS x2 FROM t;

-- conditional: IF(bo, 'a', s) | IF(bo, 'ab', 'c') | IS_ALPHA(s)
CREATE TEMPORARY VIEW q45 AS SELECT IF(bo, 'a', s) AS x0, IF(bo, 'ab', 'c') AS x1, IS_ALPHA(s) AS x2 FROM t;

-- conditional: IS_DIGIT(s) | IS_DECIMAL(s)
CREATE TEMPORARY VIEW q46 AS SELECT IS_DIGIT(s) AS x0, IS_DECIMAL(s) AS x1 FROM t;

-- conditional (rejected): CASE WHEN bo THEN dt ELSE ts END
CREATE TEMPORARY VIEW q47 AS SELECT CASE WHEN bo THEN dt ELSE ts END AS x0 FROM t;

-- intervals: INTERVAL '1' DAY | INTERVAL '1' YEAR | INTERVAL '1-2' YEAR TO MONTH
CREATE TEMPORARY VIEW q48 AS SELECT INTERVAL '1' DAY AS x0, INTERVAL '1' YEAR AS x1, INTERVAL '1-2' YEAR TO MONTH AS x2 FROM t;

-- intervals: INTERVAL '1 02:03:04.567' DAY TO SECOND | INTERVAL '1' DAY * 2 | INTERVAL '1' DAY + INTERVAL '1' HOUR
CREATE TEMPORARY VIEW q49 AS SELECT INTERVAL '1 02:03:04.567' DAY TO SECOND AS x0, INTERVAL '1' DAY * 2 AS x1, INTERVAL '1' DAY + INTERVAL '1' HOUR AS x2 FROM t;

-- intervals: INTERVAL '2' MONTH * i | -INTERVAL '1' DAY
CREATE TEMPORARY VIEW q50 AS SELECT INTERVAL '2' MONTH * i AS x0, -INTERVAL '1' DAY AS x1 FROM t;

-- collections: arr[1] | arr_nn[1] | arrs[2]
CREATE TEMPORARY VIEW q51 AS SELECT arr[1] AS x0, arr_nn[1] AS x1, arrs[2] AS x2 FROM t;

-- collections: m['k'] | r.x | r.y
CREATE TEMPORARY VIEW q52 AS SELECT m['k'] AS x0, r.x AS x1, r.y AS x2 FROM t;

-- collections: CARDINALITY(arr) | CARDINALITY(arr_nn) | CARDINALITY(m)
CREATE TEMPORARY VIEW q53 AS SELECT CARDINALITY(arr) AS x0, CARDINALITY(arr_nn) AS x1, CARDINALITY(m) AS x2 FROM t;

-- collections: ELEMENT(arr) | ARRAY[1, 2] | ARRAY[i, 2]
CREATE TEMPORARY VIEW q54 AS SELECT ELEMENT(arr) AS x0, ARRAY[1, 2] AS x1, ARRAY[i, 2] AS x2 FROM t;

-- collections: ARRAY[i, b] | ARRAY[1, 2.5] | ARRAY['a', 'bc']
CREATE TEMPORARY VIEW q55 AS SELECT ARRAY[i, b] AS x0, ARRAY[1, 2.5] AS x1, ARRAY['a', 'bc'] AS x2 FROM t;

-- collections: ARRAY[s, c] | ARRAY[ARRAY[1]] | MAP['a', 1]
CREATE TEMPORARY VIEW q56 AS SELECT ARRAY[s, c] AS x0, ARRAY[ARRAY[1]] AS x1, MAP['a', 1] AS x2 FROM t;

-- collections: MAP[s, i] | MAP['a', 1, 'bb', 2] | ROW(1, 'a')
CREATE TEMPORARY VIEW q57 AS SELECT MAP[s, i] AS x0, MAP['a', 1, 'bb', 2] AS x1, ROW(1, 'a') AS x2 FROM t;

-- collections: ROW(i, s) | (i, s) | ARRAY_CONTAINS(arr, 1)
CREATE TEMPORARY VIEW q58 AS SELECT ROW(i, s) AS x0, (i, s) AS x1, ARRAY_CONTAINS(arr, 1) AS x2 FROM t;

-- collections: ARRAY_DISTINCT(arr) | ARRAY_POSITION(arr, 1) | ARRAY_REMOVE(arr, 1)
CREATE TEMPORARY VIEW q59 AS SELECT ARRAY_DISTINCT(arr) AS x0, ARRAY_POSITION(arr, 1) AS x1, ARRAY_REMOVE(arr, 1) AS x2 FROM t;

-- collections: ARRAY_REVERSE(arr) | ARRAY_SLICE(arr, 1, 2) | ARRAY_UNION(arr, arr)
CREATE TEMPORARY VIEW q60 AS SELECT ARRAY_REVERSE(arr) AS x0, ARRAY_SLICE(arr, 1, 2) AS x1, ARRAY_UNION(arr, arr) AS x2 FROM t;

-- collections: ARRAY_CONCAT(arr, arr) | ARRAY_MAX(arr) | ARRAY_MIN(arr_nn)
CREATE TEMPORARY VIEW q61 AS SELECT ARRAY_CONCAT(arr, arr) AS x0, ARRAY_MAX(arr) AS x1, ARRAY_MIN(arr_nn) AS x2 FROM t;

-- collections: ARRAY_JOIN(arrs, ',') | ARRAY_APPEND(arr, 1) | ARRAY_PREPEND(arr, i)
CREATE TEMPORARY VIEW q62 AS SELECT ARRAY_JOIN(arrs, ',') AS x0, ARRAY_APPEND(arr, 1) AS x1, ARRAY_PREPEND(arr, i) AS x2 FROM t;

-- collections: ARRAY_EXCEPT(arr, arr) | ARRAY_INTERSECT(arr, arr) | ARRAY_SORT(arr)
CREATE TEMPORARY VIEW q63 AS SELECT ARRAY_EXCEPT(arr, arr) AS x0, ARRAY_INTERSECT(arr, arr) AS x1, ARRAY_SORT(arr) AS x2 FROM t;

-- collections: MAP_KEYS(m) | MAP_VALUES(m) | MAP_ENTRIES(m)
CREATE TEMPORARY VIEW q64 AS SELECT MAP_KEYS(m) AS x0, MAP_VALUES(m) AS x1, MAP_ENTRIES(m) AS x2 FROM t;

-- collections: MAP_FROM_ARRAYS(arrs, arr) | MAP_UNION(m, m) | arr || arr
CREATE TEMPORARY VIEW q65 AS SELECT MAP_FROM_ARRAYS(arrs, arr) AS x0, MAP_UNION(m, m) AS x1, arr || arr AS x2 FROM t;

-- collections: arr[i] | m[s]
CREATE TEMPORARY VIEW q66 AS SELECT arr[i] AS x0, m[s] AS x1 FROM t;

-- cast and misc: CAST(i AS BIGINT) | CAST(s AS INT) | TRY_CAST(s AS INT)
CREATE TEMPORARY VIEW q67 AS SELECT CAST(i AS BIGINT) AS x0, CAST(s AS INT) AS x1, TRY_CAST(s AS INT) AS x2 FROM t;

-- cast and misc: CAST(i_nn AS STRING) | TRY_CAST(i_nn AS STRING) | CAST(ts AS DATE)
CREATE TEMPORARY VIEW q68 AS SELECT CAST(i_nn AS STRING) AS x0, TRY_CAST(i_nn AS STRING) AS x1, CAST(ts AS DATE) AS x2 FROM t;

-- cast and misc: CAST(p AS DOUBLE) | CAST(NULL AS INT) | i_nn + CAST(NULL AS INT)
CREATE TEMPORARY VIEW q69 AS SELECT CAST(p AS DOUBLE) AS x0, CAST(NULL AS INT) AS x1, i_nn + CAST(NULL AS INT) AS x2 FROM t;

-- cast and misc: bin || bin | bin4 || bin4 | SOURCE_WATERMARK()
CREATE TEMPORARY VIEW q70 AS SELECT bin || bin AS x0, bin4 || bin4 AS x1, SOURCE_WATERMARK() AS x2 FROM t;

-- cast and misc: CURRENT_WATERMARK(rt) | CURRENT_DATABASE()
CREATE TEMPORARY VIEW q71 AS SELECT CURRENT_WATERMARK(rt) AS x0, CURRENT_DATABASE() AS x1 FROM t;

-- cast and misc (rejected): CHAR_LENGTH(bin)
CREATE TEMPORARY VIEW q72 AS SELECT CHAR_LENGTH(bin) AS x0 FROM t;

-- cast and misc (rejected): GROUP_ID()
CREATE TEMPORARY VIEW q73 AS SELECT GROUP_ID() AS x0 FROM t;

-- cast and misc (rejected): CURRENT_CATALOG
CREATE TEMPORARY VIEW q74 AS SELECT CURRENT_CATALOG AS x0 FROM t;


-- a source with rowtime and proctime attributes for window types
CREATE TABLE tw (i INT, s STRING, rt TIMESTAMP(3), pt AS PROCTIME(), WATERMARK FOR rt AS rt) WITH ('connector' = 'datagen');

-- a source with a TIMESTAMP_LTZ rowtime
CREATE TABLE t_ltz (v INT, lt TIMESTAMP_LTZ(3), WATERMARK FOR lt AS lt) WITH ('connector' = 'datagen');

-- aggregates over INT
CREATE TEMPORARY VIEW a_int AS SELECT SUM(i) AS s, AVG(i) AS a, COUNT(i) AS c, MIN(i) AS mn, MAX(i) AS mx, COUNT(*) AS cs FROM t;

-- aggregates over INT NOT NULL without group by
CREATE TEMPORARY VIEW a_int_nn AS SELECT SUM(i_nn) AS s, AVG(i_nn) AS a, MIN(i_nn) AS mn, MAX(i_nn) AS mx FROM t;

-- aggregates over INT NOT NULL with group by
CREATE TEMPORARY VIEW a_int_nn_g AS SELECT s, SUM(i_nn) AS su, AVG(i_nn) AS a, MIN(i_nn) AS mn, MAX(i_nn) AS mx FROM t GROUP BY s;

-- aggregates over BIGINT
CREATE TEMPORARY VIEW a_big AS SELECT SUM(b) AS s, AVG(b) AS a, MIN(b) AS mn, MAX(b) AS mx FROM t;

-- aggregates over TINYINT and SMALLINT
CREATE TEMPORARY VIEW a_small AS SELECT SUM(ti) AS s1, AVG(ti) AS a1, SUM(si) AS s2, AVG(si) AS a2 FROM t;

-- aggregates over DECIMAL(10, 2)
CREATE TEMPORARY VIEW a_dec AS SELECT SUM(p) AS s, AVG(p) AS a, MIN(p) AS mn, MAX(p) AS mx FROM t;

-- aggregates over DECIMAL(38, 10)
CREATE TEMPORARY VIEW a_dec38 AS SELECT SUM(p38) AS s, AVG(p38) AS a FROM t;

-- aggregates over DOUBLE and FLOAT
CREATE TEMPORARY VIEW a_dbl AS SELECT SUM(d) AS s, AVG(d) AS a, SUM(f) AS sf, AVG(f) AS af FROM t;

-- MIN/MAX over STRING, CHAR, TIMESTAMP, DATE, BOOLEAN
CREATE TEMPORARY VIEW a_minmax AS SELECT MIN(s) AS a, MAX(c) AS b, MIN(ts) AS c2, MAX(dt) AS d2, MIN(bo) AS e, MAX(ltz) AS f2 FROM t;

-- COUNT forms
CREATE TEMPORARY VIEW a_count AS SELECT COUNT(*) AS a, COUNT(1) AS b2, COUNT(DISTINCT s) AS c2, COUNT(s) AS d2, COUNT(i_nn) AS e FROM t;

-- statistical aggregates
CREATE TEMPORARY VIEW a_stat AS SELECT STDDEV_POP(i) AS a, STDDEV_SAMP(d) AS b2, VAR_POP(p) AS c2, VAR_SAMP(i) AS d2, STDDEV(i) AS e, VARIANCE(d) AS f2 FROM t;

-- collection aggregates
CREATE TEMPORARY VIEW a_coll AS SELECT COLLECT(s) AS a, LISTAGG(s) AS b2, LISTAGG(s, ';') AS c2, ARRAY_AGG(i) AS d2, FIRST_VALUE(s) AS e, LAST_VALUE(i) AS f2 FROM t;

-- JSON aggregates
CREATE TEMPORARY VIEW a_json AS SELECT JSON_ARRAYAGG(s) AS a, JSON_OBJECTAGG(KEY s VALUE i) AS b2 FROM t;

-- SUM over STRING is rejected
CREATE TEMPORARY VIEW a_bad1 AS SELECT SUM(s) AS a FROM t;

-- AVG over BOOLEAN is rejected
CREATE TEMPORARY VIEW a_bad2 AS SELECT AVG(bo) AS a FROM t;

-- aggregate with FILTER
CREATE TEMPORARY VIEW a_filter AS SELECT COUNT(*) FILTER (WHERE i > 0) AS a, SUM(i) FILTER (WHERE bo) AS b2 FROM t;

-- aggregate of an expression
CREATE TEMPORARY VIEW a_expr AS SELECT SUM(i * p) AS a, MAX(i + b) AS b2, AVG(CAST(i AS DOUBLE)) AS c2 FROM t;

-- UNION ALL of INT and BIGINT
CREATE TEMPORARY VIEW u1 AS SELECT i AS x FROM t UNION ALL SELECT b FROM t;

-- UNION ALL of INT and DECIMAL
CREATE TEMPORARY VIEW u2 AS SELECT i AS x FROM t UNION ALL SELECT p FROM t;

-- UNION ALL of DECIMAL and DOUBLE
CREATE TEMPORARY VIEW u3 AS SELECT p AS x FROM t UNION ALL SELECT d FROM t;

-- UNION ALL of CHAR(3) and VARCHAR(5)
CREATE TEMPORARY VIEW u4 AS SELECT c AS x FROM t UNION ALL SELECT vc FROM t;

-- UNION ALL of literals of different length
CREATE TEMPORARY VIEW u5 AS SELECT 'a' AS x UNION ALL SELECT 'bcd';

-- UNION ALL of TIMESTAMP(3) and TIMESTAMP(6)
CREATE TEMPORARY VIEW u6 AS SELECT ts AS x FROM t UNION ALL SELECT ts6 FROM t;

-- UNION ALL of INT NOT NULL and INT
CREATE TEMPORARY VIEW u7 AS SELECT i_nn AS x FROM t UNION ALL SELECT i FROM t;

-- UNION ALL of INT NOT NULL and literal
CREATE TEMPORARY VIEW u8 AS SELECT i_nn AS x FROM t UNION ALL SELECT 1;

-- UNION of INT and STRING is rejected
CREATE TEMPORARY VIEW u9 AS SELECT i AS x FROM t UNION ALL SELECT s FROM t;

-- UNION with different column counts is rejected
CREATE TEMPORARY VIEW u10 AS SELECT i, b FROM t UNION ALL SELECT i FROM t;

-- UNION (distinct) of TIMESTAMP and TIMESTAMP_LTZ
CREATE TEMPORARY VIEW u11 AS SELECT ts AS x FROM t UNION SELECT ltz FROM t;

-- UNION ALL of rowtime and plain timestamp
CREATE TEMPORARY VIEW u12 AS SELECT rt AS x FROM t UNION ALL SELECT ts FROM t;

-- INTERSECT and EXCEPT types
CREATE TEMPORARY VIEW u13 AS SELECT i AS x FROM t INTERSECT SELECT b FROM t;

-- VALUES rows of different types widen
CREATE TEMPORARY VIEW vw1 AS SELECT * FROM (VALUES (1, 'a'), (2.5, 'bcd')) AS v(x, y);

-- VALUES with a typed NULL row
CREATE TEMPORARY VIEW vw2 AS SELECT * FROM (VALUES (1), (CAST(NULL AS INT))) AS v(x);

-- VALUES with BIGINT and INT
CREATE TEMPORARY VIEW vw3 AS SELECT * FROM (VALUES (1), (10000000000)) AS v(x);

-- IN list with mixed numeric types
CREATE TEMPORARY VIEW in1 AS SELECT i IN (1, 2.5, b) AS x, s IN ('a', 'bcd') AS y FROM t;

-- TUMBLE TVF window columns on a TIMESTAMP rowtime
CREATE TEMPORARY VIEW w1 AS SELECT window_start, window_end, window_time, COUNT(*) AS cnt FROM TABLE(TUMBLE(TABLE tw, DESCRIPTOR(rt), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end, window_time;

-- TUMBLE TVF window columns on a TIMESTAMP_LTZ rowtime
CREATE TEMPORARY VIEW w2 AS SELECT window_start, window_end, window_time, SUM(v) AS total FROM TABLE(TUMBLE(TABLE t_ltz, DESCRIPTOR(lt), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end, window_time;

-- TUMBLE TVF on processing time
CREATE TEMPORARY VIEW w3 AS SELECT window_start, window_end, window_time, COUNT(*) AS cnt FROM TABLE(TUMBLE(TABLE tw, DESCRIPTOR(pt), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end, window_time;

-- TUMBLE TVF without aggregation keeps all columns
CREATE TEMPORARY VIEW w4 AS SELECT * FROM TABLE(TUMBLE(TABLE t_ltz, DESCRIPTOR(lt), INTERVAL '10' SECOND));

-- HOP TVF window columns
CREATE TEMPORARY VIEW w5 AS SELECT window_start, window_end, COUNT(*) AS cnt FROM TABLE(HOP(TABLE tw, DESCRIPTOR(rt), INTERVAL '1' MINUTE, INTERVAL '5' MINUTE)) GROUP BY window_start, window_end;

-- CUMULATE TVF window columns
CREATE TEMPORARY VIEW w6 AS SELECT window_start, window_end, MAX(i) AS mx FROM TABLE(CUMULATE(TABLE tw, DESCRIPTOR(rt), INTERVAL '1' MINUTE, INTERVAL '1' HOUR)) GROUP BY window_start, window_end;

-- SESSION TVF window columns
CREATE TEMPORARY VIEW w7 AS SELECT window_start, window_end, COUNT(*) AS cnt FROM TABLE(SESSION(TABLE tw PARTITION BY s, DESCRIPTOR(rt), INTERVAL '1' MINUTE)) GROUP BY s, window_start, window_end;

-- legacy group window functions
CREATE TEMPORARY VIEW w8 AS SELECT TUMBLE_START(rt, INTERVAL '1' MINUTE) AS ws, TUMBLE_END(rt, INTERVAL '1' MINUTE) AS we, TUMBLE_ROWTIME(rt, INTERVAL '1' MINUTE) AS wr, COUNT(*) AS cnt FROM tw GROUP BY TUMBLE(rt, INTERVAL '1' MINUTE);

-- legacy HOP group window with proctime
CREATE TEMPORARY VIEW w9 AS SELECT HOP_START(pt, INTERVAL '1' MINUTE, INTERVAL '5' MINUTE) AS ws, HOP_PROCTIME(pt, INTERVAL '1' MINUTE, INTERVAL '5' MINUTE) AS wp FROM tw GROUP BY HOP(pt, INTERVAL '1' MINUTE, INTERVAL '5' MINUTE);

-- OVER window aggregate types
CREATE TEMPORARY VIEW o1 AS SELECT i, SUM(i) OVER (PARTITION BY s ORDER BY rt ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS su, COUNT(*) OVER (PARTITION BY s ORDER BY rt RANGE BETWEEN INTERVAL '1' MINUTE PRECEDING AND CURRENT ROW) AS cnt FROM tw;

-- ranking function types
CREATE TEMPORARY VIEW o2 AS SELECT ROW_NUMBER() OVER (PARTITION BY s ORDER BY rt) AS rn, RANK() OVER (PARTITION BY s ORDER BY rt) AS rk, DENSE_RANK() OVER (PARTITION BY s ORDER BY rt) AS drk FROM tw;

-- LAG/LEAD types
CREATE TEMPORARY VIEW o3 AS SELECT LAG(i) OVER (ORDER BY rt) AS lg, LEAD(s, 1, 'x') OVER (ORDER BY rt) AS ld FROM tw;

-- scalar subquery type
CREATE TEMPORARY VIEW sq1 AS SELECT (SELECT MAX(i) FROM t) AS x, i FROM t;

-- EXISTS and IN subquery types
CREATE TEMPORARY VIEW sq2 AS SELECT EXISTS (SELECT 1 FROM t) AS x, i IN (SELECT i FROM t) AS y FROM t;
