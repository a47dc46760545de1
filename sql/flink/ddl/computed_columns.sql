-- Computed columns (c AS expr): resolved types of many expression kinds,
-- and the rejected forms.

-- arithmetic on BIGINT and INT
CREATE TABLE cc_arith (id BIGINT, i INT, s SMALLINT, t TINYINT, c1 AS id + 1, c2 AS i * 2, c3 AS i / 2, c4 AS s + t, c5 AS -i, c6 AS i % 3, c7 AS id - i) WITH ('connector' = 'datagen');

-- arithmetic on DECIMAL and DOUBLE
CREATE TABLE cc_dec (p DECIMAL(10, 2), q DECIMAL(5, 3), f DOUBLE, r FLOAT, c1 AS p + q, c2 AS p * q, c3 AS p / q, c4 AS p + f, c5 AS r * 2, c6 AS p * 2, c7 AS p - 1.5) WITH ('connector' = 'datagen');

-- arithmetic with NOT NULL inputs keeps NOT NULL
CREATE TABLE cc_nn (a INT NOT NULL, b INT NOT NULL, c INT, s1 AS a + b, s2 AS a + c, s3 AS a / b) WITH ('connector' = 'datagen');

-- CAST to every common type
CREATE TABLE cc_cast (x STRING, c1 AS CAST(x AS INT), c2 AS CAST(x AS BIGINT), c3 AS CAST(x AS DECIMAL(10, 2)), c4 AS CAST(x AS DOUBLE), c5 AS CAST(x AS FLOAT), c6 AS CAST(x AS BOOLEAN), c7 AS CAST(x AS DATE), c8 AS CAST(x AS TIME), c9 AS CAST(x AS TIMESTAMP(3)), c10 AS CAST(x AS TIMESTAMP_LTZ(3)), c11 AS CAST(x AS VARCHAR(5)), c12 AS CAST(x AS CHAR(3)), c13 AS CAST(x AS BYTES), c14 AS CAST(x AS TINYINT), c15 AS CAST(x AS SMALLINT)) WITH ('connector' = 'datagen');

-- CAST with NOT NULL target type on nullable input
CREATE TABLE cc_cast_nn (x INT, c1 AS CAST(x AS BIGINT NOT NULL)) WITH ('connector' = 'datagen');

-- TRY_CAST results are nullable
CREATE TABLE cc_trycast (x STRING, y INT NOT NULL, c1 AS TRY_CAST(x AS INT), c2 AS TRY_CAST(y AS BIGINT), c3 AS TRY_CAST(x AS TIMESTAMP(3)), c4 AS TRY_CAST(x AS DECIMAL(5, 1))) WITH ('connector' = 'datagen');

-- CAST numeric to string and boolean
CREATE TABLE cc_cast2 (i INT, d DOUBLE, b BOOLEAN, ts TIMESTAMP(3), c1 AS CAST(i AS STRING), c2 AS CAST(d AS STRING), c3 AS CAST(b AS STRING), c4 AS CAST(ts AS STRING), c5 AS CAST(i AS BOOLEAN), c6 AS CAST(ts AS DATE), c7 AS CAST(ts AS BIGINT)) WITH ('connector' = 'datagen');

-- CAST to an interval type
CREATE TABLE cc_cast_iv (i INT, c1 AS CAST(i AS INTERVAL DAY), c2 AS CAST(i AS INTERVAL YEAR)) WITH ('connector' = 'datagen');

-- CAST to an ARRAY and ROW type
CREATE TABLE cc_cast_coll (a ARRAY<INT>, c1 AS CAST(a AS ARRAY<BIGINT>), c2 AS CAST(a AS ARRAY<STRING>)) WITH ('connector' = 'datagen');

-- string functions
CREATE TABLE cc_str (name STRING, code CHAR(3), c1 AS UPPER(name), c2 AS LOWER(code), c3 AS CONCAT(name, 'x'), c4 AS name || code, c5 AS TRIM(name), c6 AS SUBSTRING(name FROM 1 FOR 2), c7 AS SUBSTR(name, 2), c8 AS CHAR_LENGTH(name), c9 AS REPLACE(name, 'a', 'b'), c10 AS POSITION('a' IN name), c11 AS LPAD(name, 5, '*'), c12 AS INITCAP(name), c13 AS MD5(name), c14 AS REGEXP_REPLACE(name, 'a', 'b'), c15 AS SPLIT_INDEX(name, ',', 0)) WITH ('connector' = 'datagen');

-- more string functions
CREATE TABLE cc_str2 (name STRING, c1 AS CONCAT_WS('-', name, name), c2 AS LEFT(name, 2), c3 AS RIGHT(name, 2), c4 AS REVERSE(name), c5 AS REPEAT(name, 2), c6 AS LTRIM(name), c7 AS RTRIM(name), c8 AS REGEXP_EXTRACT(name, 'a(.)', 1), c9 AS REGEXP(name, 'a+'), c10 AS LOCATE('a', name), c11 AS ASCII(name), c12 AS CHR(65), c13 AS TO_BASE64(name), c14 AS FROM_BASE64(name), c15 AS SHA256(name), c16 AS UUID()) WITH ('connector' = 'datagen');

-- concatenation of CHAR(n) values
CREATE TABLE cc_char (a CHAR(3), b CHAR(4), v VARCHAR(5), c1 AS a || b, c2 AS a || v, c3 AS CONCAT(a, b), c4 AS a || 'xy') WITH ('connector' = 'datagen');

-- time functions
CREATE TABLE cc_time (ts TIMESTAMP(3), ltz TIMESTAMP_LTZ(3), d DATE, epoch BIGINT, s STRING, c1 AS PROCTIME(), c2 AS TO_TIMESTAMP_LTZ(epoch, 3), c3 AS TO_TIMESTAMP(s), c4 AS TO_DATE(s), c5 AS DATE_FORMAT(ts, 'yyyy-MM-dd'), c6 AS FROM_UNIXTIME(epoch), c7 AS UNIX_TIMESTAMP(), c8 AS EXTRACT(YEAR FROM ts), c9 AS HOUR(ts), c10 AS DAYOFMONTH(d), c11 AS TIMESTAMPDIFF(SECOND, ts, ts), c12 AS TIMESTAMPADD(HOUR, 1, ts), c13 AS ts + INTERVAL '1' HOUR, c14 AS FLOOR(ts TO HOUR), c15 AS CEIL(ltz TO DAY)) WITH ('connector' = 'datagen');

-- current time functions
CREATE TABLE cc_now (a INT, c1 AS CURRENT_TIMESTAMP, c2 AS NOW(), c3 AS LOCALTIMESTAMP, c4 AS CURRENT_DATE, c5 AS CURRENT_TIME, c6 AS LOCALTIME, c7 AS CURRENT_ROW_TIMESTAMP()) WITH ('connector' = 'datagen');

-- TO_TIMESTAMP_LTZ variants
CREATE TABLE cc_ltz (ms BIGINT, sec INT, s STRING, c1 AS TO_TIMESTAMP_LTZ(ms, 3), c2 AS TO_TIMESTAMP_LTZ(sec, 0), c3 AS TO_TIMESTAMP_LTZ(ms, 6), c4 AS TO_TIMESTAMP(s, 'yyyy-MM-dd')) WITH ('connector' = 'datagen');

-- math functions
CREATE TABLE cc_math (i INT, f DOUBLE, p DECIMAL(10, 2), c1 AS MOD(i, 3), c2 AS ABS(f), c3 AS ROUND(p, 1), c4 AS CEIL(p), c5 AS FLOOR(f), c6 AS POWER(i, 2), c7 AS SQRT(f), c8 AS SIGN(i), c9 AS RAND(), c10 AS LN(f), c11 AS LOG10(f), c12 AS EXP(f), c13 AS TRUNCATE(p, 1), c14 AS GREATEST(i, 1), c15 AS LEAST(f, 0.5), c16 AS ABS(p), c17 AS HASH_CODE(CAST(i AS STRING))) WITH ('connector' = 'datagen');

-- CASE, COALESCE, NULLIF, IF, IFNULL
CREATE TABLE cc_cond (i INT, s STRING, b BOOLEAN, c1 AS CASE WHEN i > 0 THEN 'pos' ELSE 'neg' END, c2 AS CASE i WHEN 1 THEN 'one' END, c3 AS COALESCE(s, 'd'), c4 AS NULLIF(i, 0), c5 AS IF(b, 1, 0), c6 AS IFNULL(s, ''), c7 AS CASE WHEN b THEN i ELSE 1.5 END, c8 AS COALESCE(i, 1), c9 AS CASE WHEN b THEN 'p' ELSE NULL END) WITH ('connector' = 'datagen');

-- comparisons and boolean expressions
CREATE TABLE cc_bool (i INT, s STRING, c1 AS i = 1, c2 AS i > 1 AND s <> 'x', c3 AS s LIKE 'a%', c4 AS i BETWEEN 1 AND 5, c5 AS i IN (1, 2, 3), c6 AS i IS NULL, c7 AS NOT (i > 0), c8 AS s IS NOT NULL, c9 AS i IS DISTINCT FROM 1, c10 AS s SIMILAR TO 'a.*') WITH ('connector' = 'datagen');

-- JSON functions
CREATE TABLE cc_json (j STRING, c1 AS JSON_VALUE(j, '$.a'), c2 AS JSON_VALUE(j, '$.a' RETURNING INT), c3 AS JSON_EXISTS(j, '$.a'), c4 AS JSON_QUERY(j, '$.a'), c5 AS JSON_OBJECT('k' VALUE j), c6 AS JSON_ARRAY(1, 2), c7 AS j IS JSON) WITH ('connector' = 'datagen');

-- array, map and row constructors
CREATE TABLE cc_ctor (i INT, s STRING, c1 AS ARRAY[1, 2], c2 AS ARRAY[i, 2], c3 AS MAP['a', 1], c4 AS MAP[s, i], c5 AS ROW(1, 'a'), c6 AS ROW(i, s), c7 AS ARRAY['a', 'bc']) WITH ('connector' = 'datagen');

-- array, map and row access
CREATE TABLE cc_access (arr ARRAY<INT>, m MAP<STRING, INT>, r ROW<x INT, y STRING>, nn ARRAY<INT NOT NULL> NOT NULL, c1 AS arr[1], c2 AS m['k'], c3 AS r.x, c4 AS CARDINALITY(arr), c5 AS CARDINALITY(m), c6 AS nn[1], c7 AS r.y, c8 AS ELEMENT(arr)) WITH ('connector' = 'datagen');

-- nested row access
CREATE TABLE cc_nested (r ROW<a ROW<b INT, c ARRAY<STRING>>>, c1 AS r.a.b, c2 AS r.a.c[1], c3 AS r.a) WITH ('connector' = 'datagen');

-- array functions
CREATE TABLE cc_arrfn (arr ARRAY<INT>, c1 AS ARRAY_CONTAINS(arr, 1), c2 AS ARRAY_DISTINCT(arr), c3 AS ARRAY_POSITION(arr, 1), c4 AS ARRAY_REMOVE(arr, 1), c5 AS ARRAY_REVERSE(arr), c6 AS ARRAY_SLICE(arr, 1, 2), c7 AS ARRAY_UNION(arr, arr), c8 AS ARRAY_CONCAT(arr, arr), c9 AS ARRAY_MAX(arr), c10 AS ARRAY_JOIN(CAST(arr AS ARRAY<STRING>), ',')) WITH ('connector' = 'datagen');

-- map functions
CREATE TABLE cc_mapfn (m MAP<STRING, INT>, c1 AS MAP_KEYS(m), c2 AS MAP_VALUES(m), c3 AS MAP_ENTRIES(m), c4 AS MAP_FROM_ARRAYS(ARRAY['a'], ARRAY[1])) WITH ('connector' = 'datagen');

-- computed column over a metadata column
CREATE TABLE cc_meta (a INT, m TIMESTAMP_LTZ(3) METADATA FROM 'timestamp', c1 AS CAST(m AS TIMESTAMP(3))) WITH ('connector' = 'datagen');

-- computed column referencing another computed column is rejected
CREATE TABLE cc_ref (a INT, b AS a + 1, c AS b + 1) WITH ('connector' = 'datagen');

-- computed column referencing a later physical column is fine
CREATE TABLE cc_later (b AS a + 1, a INT) WITH ('connector' = 'datagen');

-- computed column referencing an unknown column
CREATE TABLE cc_unknown (a INT, b AS zz + 1) WITH ('connector' = 'datagen');

-- computed column referencing a column with wrong case
CREATE TABLE cc_case (a INT, b AS A + 1) WITH ('connector' = 'datagen');

-- computed column with a subquery is a parse error
CREATE TABLE cc_subq (a INT, b AS (SELECT 1)) WITH ('connector' = 'datagen');

-- computed column with an aggregate function is rejected
CREATE TABLE cc_agg (a INT, b AS SUM(a)) WITH ('connector' = 'datagen');

-- computed column with an unknown function is rejected
CREATE TABLE cc_unkfn (a INT, b AS NO_SUCH_FUNC(a)) WITH ('connector' = 'datagen');

-- computed column with a type error (INT + STRING)
CREATE TABLE cc_typeerr (a INT, s STRING, b AS a + s) WITH ('connector' = 'datagen');

-- computed column with a type declared is a parse error
CREATE TABLE cc_typed (a INT, b INT AS a + 1) WITH ('connector' = 'datagen');

-- computed column with a comment
CREATE TABLE cc_comment (a INT, b AS a + 1 COMMENT 'plus one') WITH ('connector' = 'datagen');

-- computed column as a bare literal
CREATE TABLE cc_lit (a INT, b AS 1, c AS 'x', d AS TRUE, e AS 1.5, f AS NULL) WITH ('connector' = 'datagen');

-- computed column from a typed NULL
CREATE TABLE cc_null (a INT, b AS CAST(NULL AS STRING)) WITH ('connector' = 'datagen');

-- computed column NOT NULL suffix is a parse error
CREATE TABLE cc_nnsuffix (a INT, b AS a + 1 NOT NULL) WITH ('connector' = 'datagen');

-- only computed columns (no physical column)
CREATE TABLE cc_only (b AS 1) WITH ('connector' = 'datagen');

-- computed column named like an existing physical column
CREATE TABLE cc_dup (a INT, a AS 1) WITH ('connector' = 'datagen');

-- computed column with a window/OVER expression is rejected
CREATE TABLE cc_over (a INT, b AS ROW_NUMBER() OVER ()) WITH ('connector' = 'datagen');

-- computed column with interval arithmetic on DATE
CREATE TABLE cc_date (d DATE, c1 AS d + INTERVAL '1' DAY, c2 AS TIMESTAMPDIFF(DAY, d, d), c3 AS YEAR(d), c4 AS CAST(d AS TIMESTAMP(3))) WITH ('connector' = 'datagen');

-- DATE minus DATE is rejected
CREATE TABLE cc_datediff (d DATE, c1 AS d - d) WITH ('connector' = 'datagen');

-- computed column with TYPEOF and a string literal with quote
CREATE TABLE cc_typeof (a INT, c1 AS TYPEOF(a), c2 AS 'it''s') WITH ('connector' = 'datagen');

-- computed column using a user-defined (unknown) catalog function name with 3 parts
CREATE TABLE cc_qualfn (a INT, c1 AS default_catalog.default_database.f(a)) WITH ('connector' = 'datagen');

-- computed column referencing a nested field of a row
CREATE TABLE cc_rowfield (r ROW<ts TIMESTAMP(3), v INT>, t AS r.ts, v AS r.v * 2) WITH ('connector' = 'datagen');

-- computed column with CASE mixing INT and BIGINT and DECIMAL
CREATE TABLE cc_case_widen (i INT, l BIGINT, p DECIMAL(5, 2), c1 AS CASE WHEN i > 0 THEN i ELSE l END, c2 AS CASE WHEN i > 0 THEN i ELSE p END, c3 AS COALESCE(i, l, p)) WITH ('connector' = 'datagen');

-- computed column with CASE mixing STRING and INT is rejected
CREATE TABLE cc_case_bad (i INT, s STRING, c1 AS CASE WHEN i > 0 THEN i ELSE s END) WITH ('connector' = 'datagen');

-- DESCRIBE a table with computed columns shows AS expr in extras
DESCRIBE cc_arith;
