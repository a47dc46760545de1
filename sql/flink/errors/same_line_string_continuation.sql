SELECT 'a' 'b';

CREATE TEMPORARY VIEW v1 AS SELECT 'a' 'b' AS x;

CREATE TABLE t1 (x INT) WITH ('connector' = 'data' 'gen');

CREATE TABLE t2 (x INT COMMENT 'a' 'b') WITH ('connector' = 'datagen');

CREATE TABLE t3 (x INT) COMMENT 'a' 'b' WITH ('connector' = 'datagen');

CREATE TABLE t4 (x INT, y AS 'a' 'b') WITH ('connector' = 'datagen');

SET 'pipeline.' 'name' = 'x';

CREATE TABLE t5 (x INT) WITH ('conn' 'ector' = 'datagen');

SELECT x FROM t1 WHERE 'a' 'b' = 'ab';

CREATE TABLE t6 (x STRING METADATA FROM 'a' 'b') WITH ('connector' = 'datagen');
