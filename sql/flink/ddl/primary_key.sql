-- PRIMARY KEY and UNIQUE constraints.

-- inline primary key
CREATE TABLE pk1 (id BIGINT PRIMARY KEY NOT ENFORCED, name STRING) WITH ('connector' = 'datagen');

-- inline primary key with a constraint name
CREATE TABLE pk2 (id BIGINT CONSTRAINT pk_id PRIMARY KEY NOT ENFORCED, name STRING) WITH ('connector' = 'datagen');

-- table-level primary key
CREATE TABLE pk3 (id BIGINT, name STRING, PRIMARY KEY (id) NOT ENFORCED) WITH ('connector' = 'datagen');

-- table-level composite primary key
CREATE TABLE pk4 (a INT, b STRING, c DOUBLE, PRIMARY KEY (a, b) NOT ENFORCED) WITH ('connector' = 'datagen');

-- named table-level primary key
CREATE TABLE pk5 (a INT, b STRING, CONSTRAINT my_pk PRIMARY KEY (a, b) NOT ENFORCED) WITH ('connector' = 'datagen');

-- table-level primary key declared before the columns
CREATE TABLE pk6 (PRIMARY KEY (a) NOT ENFORCED, a INT, b STRING) WITH ('connector' = 'datagen');

-- primary key without NOT ENFORCED is rejected
CREATE TABLE pk7 (id BIGINT, PRIMARY KEY (id)) WITH ('connector' = 'datagen');

-- inline primary key without NOT ENFORCED is rejected
CREATE TABLE pk8 (id BIGINT PRIMARY KEY) WITH ('connector' = 'datagen');

-- ENFORCED primary key is rejected
CREATE TABLE pk9 (id BIGINT, PRIMARY KEY (id) ENFORCED) WITH ('connector' = 'datagen');

-- inline ENFORCED primary key is rejected
CREATE TABLE pk10 (id BIGINT PRIMARY KEY ENFORCED) WITH ('connector' = 'datagen');

-- two inline primary keys
CREATE TABLE pk11 (a INT PRIMARY KEY NOT ENFORCED, b INT PRIMARY KEY NOT ENFORCED) WITH ('connector' = 'datagen');

-- inline and table-level primary key
CREATE TABLE pk12 (a INT PRIMARY KEY NOT ENFORCED, b INT, PRIMARY KEY (b) NOT ENFORCED) WITH ('connector' = 'datagen');

-- two table-level primary keys
CREATE TABLE pk13 (a INT, b INT, PRIMARY KEY (a) NOT ENFORCED, PRIMARY KEY (b) NOT ENFORCED) WITH ('connector' = 'datagen');

-- primary key on a computed column is rejected
CREATE TABLE pk14 (a INT, c AS a + 1, PRIMARY KEY (c) NOT ENFORCED) WITH ('connector' = 'datagen');

-- primary key on a metadata column is rejected
CREATE TABLE pk15 (a INT, m BIGINT METADATA FROM 'offset', PRIMARY KEY (m) NOT ENFORCED) WITH ('connector' = 'kafka');

-- primary key on an unknown column
CREATE TABLE pk16 (a INT, PRIMARY KEY (zz) NOT ENFORCED) WITH ('connector' = 'datagen');

-- primary key with a duplicated column
CREATE TABLE pk17 (a INT, PRIMARY KEY (a, a) NOT ENFORCED) WITH ('connector' = 'datagen');

-- primary key on a column with wrong case
CREATE TABLE pk18 (a INT, PRIMARY KEY (A) NOT ENFORCED) WITH ('connector' = 'datagen');

-- UNIQUE table constraint is rejected
CREATE TABLE pk19 (a INT, UNIQUE (a) NOT ENFORCED) WITH ('connector' = 'datagen');

-- inline UNIQUE constraint is rejected
CREATE TABLE pk20 (a INT UNIQUE NOT ENFORCED) WITH ('connector' = 'datagen');

-- named UNIQUE constraint is rejected
CREATE TABLE pk21 (a INT, CONSTRAINT u1 UNIQUE (a) NOT ENFORCED) WITH ('connector' = 'datagen');

-- UNIQUE without NOT ENFORCED is rejected
CREATE TABLE pk22 (a INT, UNIQUE (a)) WITH ('connector' = 'datagen');

-- primary key on a nullable column makes it NOT NULL
CREATE TABLE pk23 (a STRING, b INT, PRIMARY KEY (a) NOT ENFORCED) WITH ('connector' = 'datagen');

-- primary key on an already NOT NULL column
CREATE TABLE pk24 (a STRING NOT NULL, PRIMARY KEY (a) NOT ENFORCED) WITH ('connector' = 'datagen');

-- primary key on a column declared NULL explicitly
CREATE TABLE pk25 (a STRING NULL PRIMARY KEY NOT ENFORCED) WITH ('connector' = 'datagen');

-- primary key on a complex type column
CREATE TABLE pk26 (a ARRAY<INT>, PRIMARY KEY (a) NOT ENFORCED) WITH ('connector' = 'datagen');

-- primary key on a ROW column
CREATE TABLE pk27 (r ROW<x INT>, PRIMARY KEY (r) NOT ENFORCED) WITH ('connector' = 'datagen');

-- primary key on a nested field is a parse error or rejected
CREATE TABLE pk28 (r ROW<x INT>, PRIMARY KEY (r.x) NOT ENFORCED) WITH ('connector' = 'datagen');

-- empty primary key column list is a parse error
CREATE TABLE pk29 (a INT, PRIMARY KEY () NOT ENFORCED) WITH ('connector' = 'datagen');

-- constraint name without a constraint is a parse error
CREATE TABLE pk30 (a INT, CONSTRAINT c1) WITH ('connector' = 'datagen');

-- primary key with comment after it
CREATE TABLE pk31 (a INT PRIMARY KEY NOT ENFORCED COMMENT 'key column') WITH ('connector' = 'datagen');

-- comment before primary key is a parse error
CREATE TABLE pk32 (a INT COMMENT 'key column' PRIMARY KEY NOT ENFORCED) WITH ('connector' = 'datagen');

-- primary key on a column with a quoted reserved name
CREATE TABLE pk33 (`key` STRING, `value` STRING, PRIMARY KEY (`key`) NOT ENFORCED) WITH ('connector' = 'datagen');

-- constraint names of two tables may repeat
CREATE TABLE pk34 (a INT, CONSTRAINT my_pk PRIMARY KEY (a) NOT ENFORCED) WITH ('connector' = 'datagen');

-- primary key on all three columns, declared out of order
CREATE TABLE pk35 (a INT, b INT, c INT, PRIMARY KEY (c, a, b) NOT ENFORCED) WITH ('connector' = 'datagen');

-- DESCRIBE shows PRI(...) in the key column
DESCRIBE pk4;

-- SHOW CREATE TABLE shows the constraint
SHOW CREATE TABLE pk5;

-- primary key with NOT ENFORCED lower case
create table pk36 (a int, primary key (a) not enforced) with ('connector' = 'datagen');

-- upsert print sink with primary key can be written
CREATE TABLE pk_print (a INT, b BIGINT, PRIMARY KEY (a) NOT ENFORCED) WITH ('connector' = 'print');

-- insert into table with primary key
INSERT INTO pk_print SELECT a, COUNT(*) FROM pk36 GROUP BY a;

-- primary key on a TIMESTAMP column with watermark
CREATE TABLE pk37 (ts TIMESTAMP(3), v INT, PRIMARY KEY (ts) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- primary key NOT ENFORCED with a different constraint keyword order is a parse error
CREATE TABLE pk38 (a INT, PRIMARY KEY (a) ENFORCED NOT) WITH ('connector' = 'datagen');

-- KEY without PRIMARY is a parse error
CREATE TABLE pk39 (a INT, KEY (a)) WITH ('connector' = 'datagen');
