-- Which columns the watermark of a CREATE TABLE … LIKE may use: physical columns of both
-- tables and the statement's own computed and metadata columns, not inherited ones.

CREATE TABLE base (id INT, s STRING, ts TIMESTAMP(3), c AS TO_TIMESTAMP(s), m TIMESTAMP(3) METADATA FROM 'timestamp') WITH ('connector' = 'datagen');

CREATE TABLE d1 (WATERMARK FOR ts AS ts) LIKE base;

CREATE TABLE d2 (WATERMARK FOR c AS c) LIKE base;

CREATE TABLE d3 (WATERMARK FOR m AS m) LIKE base;

CREATE TABLE d4 (c2 AS TO_TIMESTAMP(s), WATERMARK FOR c2 AS c2) LIKE base;

CREATE TABLE d5 (ts2 TIMESTAMP(3), WATERMARK FOR ts2 AS ts2 - INTERVAL '1' SECOND) LIKE base;

CREATE TABLE d6 (WATERMARK FOR ts AS c) LIKE base;

CREATE TABLE d7 (m2 TIMESTAMP(3) METADATA FROM 'ts', WATERMARK FOR m2 AS m2) WITH ('connector' = 'datagen') LIKE base (EXCLUDING OPTIONS);

CREATE TABLE d8 (WATERMARK FOR c AS c) WITH ('connector' = 'datagen') LIKE base (EXCLUDING ALL INCLUDING GENERATED);

CREATE TABLE d9 (WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen') LIKE base (EXCLUDING ALL);
