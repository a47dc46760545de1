-- RAW, NULL type, user-defined/unknown type names, structured types.

-- RAW with class and an (invalid) snapshot string
CREATE TABLE raw1 (a RAW('java.lang.String', 'AAAA')) WITH ('connector' = 'datagen');

-- RAW with only the class name is a parse error
CREATE TABLE raw2 (a RAW('java.lang.String')) WITH ('connector' = 'datagen');

-- RAW without arguments is a parse error
CREATE TABLE raw3 (a RAW) WITH ('connector' = 'datagen');

-- RAW with an unknown class
CREATE TABLE raw4 (a RAW('no.such.Clazz', 'AAAA')) WITH ('connector' = 'datagen');

-- RAW with identifier arguments is a parse error
CREATE TABLE raw5 (a RAW(java.lang.String, AAAA)) WITH ('connector' = 'datagen');

-- NULL as a column type is rejected
CREATE TABLE nt1 (a NULL) WITH ('connector' = 'datagen');

-- unknown simple type name
CREATE TABLE u1 (a FOO) WITH ('connector' = 'datagen');

-- unknown qualified type name
CREATE TABLE u2 (a mycat.mydb.MyType) WITH ('connector' = 'datagen');

-- unknown type with parameters is a parse error
CREATE TABLE u3 (a FOO(10)) WITH ('connector' = 'datagen');

-- unknown type inside ARRAY
CREATE TABLE u4 (a ARRAY<FOO>) WITH ('connector' = 'datagen');

-- unknown type inside ROW
CREATE TABLE u5 (a ROW<x FOO>) WITH ('connector' = 'datagen');

-- back-quoted type name is unknown
CREATE TABLE u6 (a `INT`) WITH ('connector' = 'datagen');

-- JSON is an unknown type
CREATE TABLE u7 (a JSON) WITH ('connector' = 'datagen');

-- UUID is an unknown type
CREATE TABLE u8 (a UUID) WITH ('connector' = 'datagen');

-- VARIANT is an unknown type in 1.20
CREATE TABLE u9 (a VARIANT) WITH ('connector' = 'datagen');

-- SYMBOL is an unknown type
CREATE TABLE u10 (a SYMBOL) WITH ('connector' = 'datagen');

-- DESCRIPTOR is not a column type
CREATE TABLE u11 (a DESCRIPTOR) WITH ('connector' = 'datagen');

-- ANY is not a column type
CREATE TABLE u12 (a ANY) WITH ('connector' = 'datagen');

-- CURSOR is not a column type
CREATE TABLE u13 (a CURSOR) WITH ('connector' = 'datagen');

-- GEOMETRY is not a column type
CREATE TABLE u14 (a GEOMETRY) WITH ('connector' = 'datagen');

-- lower-case unknown type
CREATE TABLE u15 (a datetime) WITH ('connector' = 'datagen');

-- type given twice is a parse error
CREATE TABLE u16 (a INT STRING) WITH ('connector' = 'datagen');

-- NOT NULL before type is a parse error
CREATE TABLE u17 (a NOT NULL INT) WITH ('connector' = 'datagen');

-- DEFAULT clause is a parse error
CREATE TABLE u18 (a INT DEFAULT 1) WITH ('connector' = 'datagen');

-- GENERATED ALWAYS AS is a parse error
CREATE TABLE u19 (a INT, b INT GENERATED ALWAYS AS (a + 1)) WITH ('connector' = 'datagen');

-- AUTO_INCREMENT is a parse error
CREATE TABLE u20 (a INT AUTO_INCREMENT) WITH ('connector' = 'datagen');

-- COLLATE is a parse error
CREATE TABLE u21 (a STRING COLLATE utf8) WITH ('connector' = 'datagen');
