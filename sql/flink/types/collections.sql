-- ARRAY, MAP, MULTISET and ROW types: angle-bracket and postfix forms,
-- nested NOT NULL, field comments, empty rows.

-- ARRAY<T>
CREATE TABLE a1 (a ARRAY<INT>, b ARRAY<STRING>, c ARRAY<DECIMAL(10, 2)>) WITH ('connector' = 'datagen');

-- ARRAY with NOT NULL elements
CREATE TABLE a2 (a ARRAY<INT NOT NULL>, b ARRAY<INT NOT NULL> NOT NULL) WITH ('connector' = 'datagen');

-- postfix ARRAY
CREATE TABLE a3 (a INT ARRAY, b STRING ARRAY NOT NULL) WITH ('connector' = 'datagen');

-- postfix ARRAY ARRAY nests
CREATE TABLE a4 (a INT ARRAY ARRAY) WITH ('connector' = 'datagen');

-- postfix with NOT NULL element
CREATE TABLE a5 (a INT NOT NULL ARRAY, b INT NOT NULL ARRAY NOT NULL) WITH ('connector' = 'datagen');

-- nested angle-bracket arrays
CREATE TABLE a6 (a ARRAY<ARRAY<INT>>, b ARRAY<ARRAY<ARRAY<STRING NOT NULL>>>) WITH ('connector' = 'datagen');

-- ARRAY without element type is a parse error
CREATE TABLE a7 (a ARRAY) WITH ('connector' = 'datagen');

-- ARRAY with two element types is a parse error
CREATE TABLE a8 (a ARRAY<INT, STRING>) WITH ('connector' = 'datagen');

-- ARRAY with empty brackets is a parse error
CREATE TABLE a9 (a ARRAY<>) WITH ('connector' = 'datagen');

-- ARRAY(INT) parenthesis form is a parse error
CREATE TABLE a10 (a ARRAY(INT)) WITH ('connector' = 'datagen');

-- INT[] form is a parse error
CREATE TABLE a11 (a INT[]) WITH ('connector' = 'datagen');

-- MAP<K, V>
CREATE TABLE m1 (a MAP<STRING, INT>, b MAP<INT, ARRAY<STRING>>) WITH ('connector' = 'datagen');

-- MAP with NOT NULL key and value
CREATE TABLE m2 (a MAP<STRING NOT NULL, INT NOT NULL>, b MAP<STRING, INT> NOT NULL) WITH ('connector' = 'datagen');

-- MAP with one type parameter is a parse error
CREATE TABLE m3 (a MAP<STRING>) WITH ('connector' = 'datagen');

-- MAP with three type parameters is a parse error
CREATE TABLE m4 (a MAP<STRING, INT, INT>) WITH ('connector' = 'datagen');

-- postfix MAP is a parse error
CREATE TABLE m5 (a INT MAP) WITH ('connector' = 'datagen');

-- nested MAP
CREATE TABLE m6 (a MAP<STRING, MAP<STRING, INT>>) WITH ('connector' = 'datagen');

-- MAP with a ROW value
CREATE TABLE m7 (a MAP<STRING, ROW<x INT, y STRING>>) WITH ('connector' = 'datagen');

-- MULTISET<T>
CREATE TABLE ms1 (a MULTISET<STRING>, b MULTISET<INT NOT NULL>) WITH ('connector' = 'datagen');

-- postfix MULTISET
CREATE TABLE ms2 (a STRING MULTISET, b INT MULTISET NOT NULL) WITH ('connector' = 'datagen');

-- ARRAY of MULTISET postfix
CREATE TABLE ms3 (a INT MULTISET ARRAY, b INT ARRAY MULTISET) WITH ('connector' = 'datagen');

-- ROW<...>
CREATE TABLE r1 (a ROW<x INT, y STRING>) WITH ('connector' = 'datagen');

-- ROW(...)
CREATE TABLE r2 (a ROW(x INT, y STRING)) WITH ('connector' = 'datagen');

-- ROW with field comments
CREATE TABLE r3 (a ROW<x INT 'the x', y STRING 'the y'>) WITH ('connector' = 'datagen');

-- ROW(...) with field comments
CREATE TABLE r4 (a ROW(x INT 'the x', y STRING)) WITH ('connector' = 'datagen');

-- ROW with NOT NULL fields
CREATE TABLE r5 (a ROW<x INT NOT NULL, y STRING NOT NULL>) WITH ('connector' = 'datagen');

-- NOT NULL ROW with NOT NULL fields
CREATE TABLE r6 (a ROW<x INT NOT NULL> NOT NULL) WITH ('connector' = 'datagen');

-- empty ROW<>
CREATE TABLE r7 (a ROW<>) WITH ('connector' = 'datagen');

-- empty ROW()
CREATE TABLE r8 (a ROW()) WITH ('connector' = 'datagen');

-- ROW with back-quoted field names
CREATE TABLE r9 (a ROW<`value` INT, `my field` STRING>) WITH ('connector' = 'datagen');

-- ROW with an unquoted reserved field name is a parse error
CREATE TABLE r10 (a ROW<value INT>) WITH ('connector' = 'datagen');

-- ROW with duplicate field names
CREATE TABLE r11 (a ROW<x INT, x STRING>) WITH ('connector' = 'datagen');

-- ROW with a field without a type is a parse error
CREATE TABLE r12 (a ROW<x, y INT>) WITH ('connector' = 'datagen');

-- ROW with types only (no names) is a parse error
CREATE TABLE r13 (a ROW<INT, STRING>) WITH ('connector' = 'datagen');

-- nested ROW
CREATE TABLE r14 (a ROW<b ROW<c ROW<d INT>>>) WITH ('connector' = 'datagen');

-- ROW inside ARRAY
CREATE TABLE r15 (a ARRAY<ROW<x INT, y ARRAY<STRING>>>) WITH ('connector' = 'datagen');

-- ROW field with a COMMENT keyword is a parse error
CREATE TABLE r16 (a ROW<x INT COMMENT 'c'>) WITH ('connector' = 'datagen');

-- postfix ARRAY of ROW
CREATE TABLE r17 (a ROW<x INT> ARRAY) WITH ('connector' = 'datagen');

-- ROW with a trailing comma is a parse error
CREATE TABLE r18 (a ROW<x INT,>) WITH ('connector' = 'datagen');

-- STRUCT is an unknown type
CREATE TABLE r19 (a STRUCT<x INT>) WITH ('connector' = 'datagen');

-- ROW field named like a type
CREATE TABLE r20 (a ROW<`int` INT, `string` STRING>) WITH ('connector' = 'datagen');

-- ARRAY of ARRAY with NOT NULL on outer and inner
CREATE TABLE a12 (a ARRAY<ARRAY<INT NOT NULL> NOT NULL> NOT NULL) WITH ('connector' = 'datagen');

-- NULL keyword on element type
CREATE TABLE a13 (a ARRAY<INT NULL>, b INT NULL ARRAY) WITH ('connector' = 'datagen');

-- unclosed angle bracket is a parse error
CREATE TABLE a14 (a ARRAY<INT) WITH ('connector' = 'datagen');

-- SHOW CREATE TABLE of collection types
SHOW CREATE TABLE r3;

-- DESCRIBE collection types
DESCRIBE m2;

-- datagen can generate every collection type
SELECT * FROM r15;

-- collection types in a view
CREATE VIEW cv AS SELECT a[1] AS first_elem, CARDINALITY(a) AS n FROM a1;

-- MAP with a non-comparable key type is accepted in DDL
CREATE TABLE m8 (a MAP<ARRAY<INT>, INT>) WITH ('connector' = 'datagen');

-- MULTISET of ROW
CREATE TABLE ms4 (a MULTISET<ROW<x INT>>) WITH ('connector' = 'datagen');
