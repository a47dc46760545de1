-- Date and time types: DATE, TIME, TIMESTAMP, TIMESTAMP_LTZ, precision and clamping.

-- DATE
CREATE TABLE d1 (a DATE, b DATE NOT NULL) WITH ('connector' = 'datagen');

-- DATE(p) is a parse error
CREATE TABLE d2 (a DATE(3)) WITH ('connector' = 'datagen');

-- TIME defaults to TIME(0)
CREATE TABLE t1 (a TIME) WITH ('connector' = 'datagen');

-- TIME(3) resolves to TIME(0)
CREATE TABLE t2 (a TIME(3)) WITH ('connector' = 'datagen');

-- TIME(5) resolves to TIME(0)
CREATE TABLE t3 (a TIME(5)) WITH ('connector' = 'datagen');

-- TIME(9)
CREATE TABLE t4 (a TIME(9)) WITH ('connector' = 'datagen');

-- TIME(10)
CREATE TABLE t5 (a TIME(10)) WITH ('connector' = 'datagen');

-- TIME WITHOUT TIME ZONE
CREATE TABLE t6 (a TIME WITHOUT TIME ZONE, b TIME(2) WITHOUT TIME ZONE) WITH ('connector' = 'datagen');

-- TIME WITH TIME ZONE is rejected
CREATE TABLE t7 (a TIME WITH TIME ZONE) WITH ('connector' = 'datagen');

-- TIME WITH LOCAL TIME ZONE
CREATE TABLE t8 (a TIME WITH LOCAL TIME ZONE) WITH ('connector' = 'datagen');

-- TIMESTAMP defaults to TIMESTAMP(6)
CREATE TABLE ts1 (a TIMESTAMP) WITH ('connector' = 'datagen');

-- TIMESTAMP(p) for p 0, 3, 6, 9
CREATE TABLE ts2 (a TIMESTAMP(0), b TIMESTAMP(3), c TIMESTAMP(6), d TIMESTAMP(9)) WITH ('connector' = 'datagen');

-- TIMESTAMP(10) is clamped to 9
CREATE TABLE ts3 (a TIMESTAMP(10)) WITH ('connector' = 'datagen');

-- TIMESTAMP(100) is clamped to 9
CREATE TABLE ts4 (a TIMESTAMP(100)) WITH ('connector' = 'datagen');

-- TIMESTAMP(-1) is a parse error
CREATE TABLE ts5 (a TIMESTAMP(-1)) WITH ('connector' = 'datagen');

-- TIMESTAMP WITHOUT TIME ZONE
CREATE TABLE ts6 (a TIMESTAMP WITHOUT TIME ZONE, b TIMESTAMP(3) WITHOUT TIME ZONE) WITH ('connector' = 'datagen');

-- TIMESTAMP WITH TIME ZONE is a parse error
CREATE TABLE ts7 (a TIMESTAMP WITH TIME ZONE) WITH ('connector' = 'datagen');

-- TIMESTAMP(3) WITH TIME ZONE is a parse error
CREATE TABLE ts8 (a TIMESTAMP(3) WITH TIME ZONE) WITH ('connector' = 'datagen');

-- TIMESTAMP WITH LOCAL TIME ZONE defaults to precision 6
CREATE TABLE ts9 (a TIMESTAMP WITH LOCAL TIME ZONE) WITH ('connector' = 'datagen');

-- TIMESTAMP(3) WITH LOCAL TIME ZONE
CREATE TABLE ts10 (a TIMESTAMP(3) WITH LOCAL TIME ZONE) WITH ('connector' = 'datagen');

-- TIMESTAMP_LTZ defaults to precision 6
CREATE TABLE ts11 (a TIMESTAMP_LTZ) WITH ('connector' = 'datagen');

-- TIMESTAMP_LTZ(p)
CREATE TABLE ts12 (a TIMESTAMP_LTZ(0), b TIMESTAMP_LTZ(3), c TIMESTAMP_LTZ(9)) WITH ('connector' = 'datagen');

-- TIMESTAMP_LTZ(10) is clamped
CREATE TABLE ts13 (a TIMESTAMP_LTZ(10)) WITH ('connector' = 'datagen');

-- TIMESTAMP(10) WITH LOCAL TIME ZONE
CREATE TABLE ts13b (a TIMESTAMP(10) WITH LOCAL TIME ZONE) WITH ('connector' = 'datagen');

-- TIMESTAMP_LTZ WITH LOCAL TIME ZONE is a parse error
CREATE TABLE ts14 (a TIMESTAMP_LTZ(3) WITH LOCAL TIME ZONE) WITH ('connector' = 'datagen');

-- TIMESTAMP_TZ is an unknown type
CREATE TABLE ts15 (a TIMESTAMP_TZ(3)) WITH ('connector' = 'datagen');

-- TIMESTAMP_NTZ is an unknown type
CREATE TABLE ts15b (a TIMESTAMP_NTZ) WITH ('connector' = 'datagen');

-- DATETIME is an unknown type
CREATE TABLE ts16 (a DATETIME) WITH ('connector' = 'datagen');

-- TIMESTAMPTZ is an unknown type
CREATE TABLE ts17 (a TIMESTAMPTZ) WITH ('connector' = 'datagen');

-- NOT NULL timestamps
CREATE TABLE ts18 (a TIMESTAMP(3) NOT NULL, b TIMESTAMP_LTZ(3) NOT NULL) WITH ('connector' = 'datagen');

-- TIMESTAMP NOT NULL WITHOUT TIME ZONE order is a parse error
CREATE TABLE ts19 (a TIMESTAMP NOT NULL WITHOUT TIME ZONE) WITH ('connector' = 'datagen');

-- INTERVAL as a column type is a parse error
CREATE TABLE iv1 (a INTERVAL DAY) WITH ('connector' = 'datagen');

-- INTERVAL YEAR TO MONTH as a column type is a parse error
CREATE TABLE iv2 (a INTERVAL YEAR TO MONTH) WITH ('connector' = 'datagen');

-- INTERVAL SECOND(3) as a column type is a parse error
CREATE TABLE iv3 (a INTERVAL SECOND(3)) WITH ('connector' = 'datagen');

-- INTERVAL inside ARRAY is a parse error
CREATE TABLE iv4 (a ARRAY<INTERVAL DAY>) WITH ('connector' = 'datagen');

-- SHOW CREATE TABLE prints serializable time types
SHOW CREATE TABLE ts12;

-- DESCRIBE prints TIMESTAMP_LTZ
DESCRIBE ts10;

-- TIME(-1) is a parse error
CREATE TABLE t9 (a TIME(-1)) WITH ('connector' = 'datagen');

-- ZONED TIMESTAMP keyword forms are parse errors
CREATE TABLE ts20 (a TIMESTAMP WITH ZONE) WITH ('connector' = 'datagen');

-- YEAR is not a type
CREATE TABLE ts21 (a YEAR) WITH ('connector' = 'datagen');
