-- Exact and approximate numeric types: synonyms, defaults, bounds, clamping.

-- integer types
CREATE TABLE n1 (a TINYINT, b SMALLINT, c INT, d INTEGER, e BIGINT) WITH ('connector' = 'datagen');

-- NOT NULL integer types
CREATE TABLE n2 (a TINYINT NOT NULL, b SMALLINT NOT NULL, c INT NOT NULL, e BIGINT NOT NULL) WITH ('connector' = 'datagen');

-- UNSIGNED is a parse error
CREATE TABLE n3 (a INT UNSIGNED) WITH ('connector' = 'datagen');

-- INT(n) is a parse error
CREATE TABLE n4 (a INT(11)) WITH ('connector' = 'datagen');

-- BIGINT(n) is a parse error
CREATE TABLE n4b (a BIGINT(20)) WITH ('connector' = 'datagen');

-- LONG is an unknown type
CREATE TABLE n5 (a LONG) WITH ('connector' = 'datagen');

-- INT64 is an unknown type
CREATE TABLE n6 (a INT64) WITH ('connector' = 'datagen');

-- FLOAT
CREATE TABLE n7 (a FLOAT, b FLOAT NOT NULL) WITH ('connector' = 'datagen');

-- REAL is not supported as a column type
CREATE TABLE n7b (a REAL) WITH ('connector' = 'datagen');

-- REAL in CAST
CREATE TABLE n7c (a INT, b AS CAST(a AS REAL)) WITH ('connector' = 'datagen');

-- FLOAT(p) is a parse error
CREATE TABLE n8 (a FLOAT(10)) WITH ('connector' = 'datagen');

-- DOUBLE and DOUBLE PRECISION
CREATE TABLE n9 (a DOUBLE, b DOUBLE PRECISION) WITH ('connector' = 'datagen');

-- DOUBLE(p) is a parse error
CREATE TABLE n10 (a DOUBLE(10)) WITH ('connector' = 'datagen');

-- DECIMAL defaults to DECIMAL(10, 0)
CREATE TABLE n11 (a DECIMAL, b DEC, c NUMERIC) WITH ('connector' = 'datagen');

-- DECIMAL(p) has scale 0
CREATE TABLE n12 (a DECIMAL(5), b DEC(7), c NUMERIC(12)) WITH ('connector' = 'datagen');

-- DECIMAL(p, s)
CREATE TABLE n13 (a DECIMAL(10, 2), b DEC(5, 5), c NUMERIC(38, 10)) WITH ('connector' = 'datagen');

-- DECIMAL(38, 38) is the maximum scale
CREATE TABLE n14 (a DECIMAL(38, 38)) WITH ('connector' = 'datagen');

-- DECIMAL(1, 0) is the minimum
CREATE TABLE n15 (a DECIMAL(1, 0), b DECIMAL(1)) WITH ('connector' = 'datagen');

-- DECIMAL(0) is rejected
CREATE TABLE n16 (a DECIMAL(0)) WITH ('connector' = 'datagen');

-- DECIMAL(0, 0) is rejected
CREATE TABLE n17 (a DECIMAL(0, 0)) WITH ('connector' = 'datagen');

-- DECIMAL(5, 6): scale larger than precision is rejected
CREATE TABLE n18 (a DECIMAL(5, 6)) WITH ('connector' = 'datagen');

-- DECIMAL(39, 0) is clamped to 38
CREATE TABLE n19 (a DECIMAL(39, 0)) WITH ('connector' = 'datagen');

-- DECIMAL(100) is clamped to 38
CREATE TABLE n20 (a DECIMAL(100)) WITH ('connector' = 'datagen');

-- DECIMAL(40, 39): scale beyond 38
CREATE TABLE n21 (a DECIMAL(40, 39)) WITH ('connector' = 'datagen');

-- DECIMAL(39, 20) is clamped
CREATE TABLE n21b (a DECIMAL(39, 20)) WITH ('connector' = 'datagen');

-- DECIMAL with negative scale is a parse error
CREATE TABLE n22 (a DECIMAL(10, -2)) WITH ('connector' = 'datagen');

-- DECIMAL with three parameters is a parse error
CREATE TABLE n23 (a DECIMAL(10, 2, 1)) WITH ('connector' = 'datagen');

-- DECIMAL with an empty parameter list is a parse error
CREATE TABLE n24 (a DECIMAL()) WITH ('connector' = 'datagen');

-- NUMBER is an unknown type
CREATE TABLE n25 (a NUMBER(10)) WITH ('connector' = 'datagen');

-- DECIMAL NOT NULL
CREATE TABLE n26 (a DECIMAL(10, 2) NOT NULL) WITH ('connector' = 'datagen');

-- INTEGER NOT NULL with comment
CREATE TABLE n27 (a INTEGER NOT NULL COMMENT 'x') WITH ('connector' = 'datagen');

-- TINYINT UNSIGNED is a parse error
CREATE TABLE n28 (a TINYINT UNSIGNED) WITH ('connector' = 'datagen');

-- SERIAL is an unknown type
CREATE TABLE n29 (a SERIAL) WITH ('connector' = 'datagen');

-- SHOW CREATE TABLE of numeric types
SHOW CREATE TABLE n13;

-- DECIMAL(38, 0) exact maximum precision
CREATE TABLE n30 (a DECIMAL(38, 0), b NUMERIC(38)) WITH ('connector' = 'datagen');

-- DECIMAL with huge precision literal
CREATE TABLE n31 (a DECIMAL(2147483648)) WITH ('connector' = 'datagen');
