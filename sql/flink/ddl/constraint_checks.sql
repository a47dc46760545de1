CREATE TABLE w1 (ts TIMESTAMP(3), WATERMARK FOR ts AS CAST(ts AS TIMESTAMP(0))) WITH ('connector' = 'datagen');

CREATE TABLE w2 (ts TIMESTAMP(0), WATERMARK FOR ts AS CAST(ts AS TIMESTAMP(3))) WITH ('connector' = 'datagen');

CREATE TABLE w3 (ts TIMESTAMP_LTZ(3), WATERMARK FOR ts AS CAST(ts AS TIMESTAMP(3))) WITH ('connector' = 'datagen');

CREATE TABLE w4 (ts TIMESTAMP(3) NOT NULL, WATERMARK FOR ts AS CAST(NULL AS TIMESTAMP(3))) WITH ('connector' = 'datagen');

CREATE TABLE w5 (pt AS PROCTIME(), WATERMARK FOR pt AS CAST(pt AS TIMESTAMP_LTZ(3)) - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

CREATE TABLE w6 (a INT, PRIMARY KEY (a, a, b) NOT ENFORCED) WITH ('connector' = 'datagen');

CREATE TABLE w7 (a INT, b INT, PRIMARY KEY (b, a, b, a) NOT ENFORCED) WITH ('connector' = 'datagen');

CREATE TABLE w8 (a INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts, PRIMARY KEY (a, a) NOT ENFORCED) WITH ('connector' = 'datagen');

CREATE TABLE w9 (a ROW<x INT, y ROW<z INT, z STRING>>) WITH ('connector' = 'datagen');

CREATE TABLE w10 (a ARRAY<ROW<x INT, X INT>>) WITH ('connector' = 'datagen');

CREATE TEMPORARY VIEW w11 AS SELECT CAST(NULL AS ROW<x INT, x INT>) AS r;

CREATE TABLE w12 (a INT) DISTRIBUTED INTO 4294967297 BUCKETS WITH ('connector' = 'datagen');

CREATE TABLE w13 (a INT) DISTRIBUTED INTO 99999999999999999999 BUCKETS WITH ('connector' = 'datagen');

CREATE TABLE w14 (a INT) DISTRIBUTED BY (a) INTO 3000000000 BUCKETS WITH ('connector' = 'datagen');

CREATE TABLE w15 (a DECIMAL(10, 2147483648)) WITH ('connector' = 'datagen');

CREATE TABLE w16 (a VARCHAR(2147483648)) WITH ('connector' = 'datagen');

CREATE TABLE w17 (a TIMESTAMP(2147483648)) WITH ('connector' = 'datagen');

CREATE TABLE w18 (a DECIMAL(39)) WITH ('connector' = 'datagen');

CREATE TABLE w19 (a ROW<`x` INT, `x` INT>) WITH ('connector' = 'datagen');

CREATE TABLE w20 (a INT, pt AS PROCTIME(), WATERMARK FOR a AS pt) WITH ('connector' = 'datagen');
