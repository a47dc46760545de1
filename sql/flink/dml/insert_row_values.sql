CREATE TABLE k_r (x ROW<x INT, y STRING>) WITH ('connector' = 'blackhole');

CREATE TABLE k_ri (x ROW<x INT, y INT>) WITH ('connector' = 'blackhole');

CREATE TABLE src (r ROW<x INT, y STRING>, ri ROW<a INT, b INT>, rc ROW<a INT, b CHAR(3)>) WITH ('connector' = 'datagen');

INSERT INTO k_r VALUES (ROW(1, 'a'));

INSERT INTO k_r VALUES (ROW(1, CAST('a' AS STRING)));

INSERT INTO k_ri VALUES (ROW(1, 2));

INSERT INTO k_ri SELECT ROW(1, 2) FROM src;

INSERT INTO k_r SELECT ROW(1, 'a') FROM src;

INSERT INTO k_r SELECT rc FROM src;

INSERT INTO k_ri SELECT ri FROM src;

INSERT INTO k_r VALUES ((1, 'a'));

INSERT INTO k_ri VALUES ((1, 2));

INSERT INTO k_r SELECT (1, 'abc') FROM src;
