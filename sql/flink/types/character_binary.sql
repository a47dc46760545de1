-- Character and binary string types: synonyms, defaults, limits.

-- CHAR without length defaults to CHAR(1)
CREATE TABLE c1 (a CHAR) WITH ('connector' = 'datagen');

-- CHAR(n)
CREATE TABLE c2 (a CHAR(10)) WITH ('connector' = 'datagen');

-- CHARACTER and CHARACTER(n)
CREATE TABLE c3 (a CHARACTER, b CHARACTER(5)) WITH ('connector' = 'datagen');

-- CHAR(0) is accepted by DDL
CREATE TABLE c4 (a CHAR(0)) WITH ('connector' = 'datagen');

-- CHAR of the maximum length
CREATE TABLE c5 (a CHAR(2147483647)) WITH ('connector' = 'datagen');

-- CHAR beyond the maximum length
CREATE TABLE c6 (a CHAR(2147483648)) WITH ('connector' = 'datagen');

-- CHAR with a negative length is a parse error
CREATE TABLE c7 (a CHAR(-1)) WITH ('connector' = 'datagen');

-- VARCHAR without length is STRING
CREATE TABLE c8 (a VARCHAR) WITH ('connector' = 'datagen');

-- VARCHAR(n)
CREATE TABLE c9 (a VARCHAR(100)) WITH ('connector' = 'datagen');

-- VARCHAR(0)
CREATE TABLE c10 (a VARCHAR(0)) WITH ('connector' = 'datagen');

-- VARCHAR(2147483647) prints as STRING
CREATE TABLE c11 (a VARCHAR(2147483647)) WITH ('connector' = 'datagen');

-- VARCHAR beyond maximum
CREATE TABLE c12 (a VARCHAR(2147483648)) WITH ('connector' = 'datagen');

-- CHAR VARYING and CHARACTER VARYING
CREATE TABLE c13 (a CHAR VARYING(5), b CHARACTER VARYING(6), c CHARACTER VARYING) WITH ('connector' = 'datagen');

-- STRING
CREATE TABLE c14 (a STRING, b STRING NOT NULL) WITH ('connector' = 'datagen');

-- STRING(n) is a parse error
CREATE TABLE c15 (a STRING(10)) WITH ('connector' = 'datagen');

-- VARCHAR with two parameters is a parse error
CREATE TABLE c16 (a VARCHAR(10, 2)) WITH ('connector' = 'datagen');

-- CHAR with CHARACTER SET clause
CREATE TABLE c17 (a VARCHAR(10) CHARACTER SET UTF16) WITH ('connector' = 'datagen');

-- TEXT is an unknown type
CREATE TABLE c18 (a TEXT) WITH ('connector' = 'datagen');

-- NVARCHAR is an unknown type
CREATE TABLE c19 (a NVARCHAR(10)) WITH ('connector' = 'datagen');

-- lower-case type names
CREATE TABLE c20 (a varchar(3), b string, c char) WITH ('connector' = 'datagen');

-- BINARY without length defaults to BINARY(1)
CREATE TABLE b1 (a BINARY) WITH ('connector' = 'datagen');

-- BINARY(n)
CREATE TABLE b2 (a BINARY(16)) WITH ('connector' = 'datagen');

-- BINARY(0)
CREATE TABLE b3 (a BINARY(0)) WITH ('connector' = 'datagen');

-- VARBINARY without length is BYTES
CREATE TABLE b4 (a VARBINARY) WITH ('connector' = 'datagen');

-- VARBINARY(n)
CREATE TABLE b5 (a VARBINARY(32)) WITH ('connector' = 'datagen');

-- VARBINARY(2147483647) prints as BYTES
CREATE TABLE b6 (a VARBINARY(2147483647)) WITH ('connector' = 'datagen');

-- BYTES
CREATE TABLE b7 (a BYTES, b BYTES NOT NULL) WITH ('connector' = 'datagen');

-- BYTES(n) is a parse error
CREATE TABLE b8 (a BYTES(10)) WITH ('connector' = 'datagen');

-- BINARY VARYING
CREATE TABLE b9 (a BINARY VARYING(10)) WITH ('connector' = 'datagen');

-- BLOB is an unknown type
CREATE TABLE b10 (a BLOB) WITH ('connector' = 'datagen');

-- BINARY beyond maximum
CREATE TABLE b11 (a BINARY(2147483648)) WITH ('connector' = 'datagen');

-- BOOLEAN
CREATE TABLE bo1 (a BOOLEAN, b BOOLEAN NOT NULL) WITH ('connector' = 'datagen');

-- BOOL is an unknown type
CREATE TABLE bo2 (a BOOL) WITH ('connector' = 'datagen');

-- CHAR NOT NULL
CREATE TABLE c21 (a CHAR(3) NOT NULL, b VARCHAR(3) NULL) WITH ('connector' = 'datagen');

-- SHOW CREATE TABLE prints serializable names
SHOW CREATE TABLE c14;

-- DESCRIBE prints summary names
DESCRIBE b7;
