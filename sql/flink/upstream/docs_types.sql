-- source: apache/flink docs/content/docs/dev/table/types.md
-- The doc lists SQL type declarations (e.g. 'DECIMAL(p, s)'), not statements. Each declaration form is
-- instantiated (p/s/n replaced by concrete values) and used (1) as a column type in a CREATE TABLE and
-- (2) as the target of a CAST; both wrappers are written for this corpus.

-- @new-session
-- types.md: CHAR
CREATE TABLE t (f CHAR) WITH ('connector' = 'blackhole');

-- types.md: CHAR
SELECT CAST(NULL AS CHAR);

-- @new-session
-- types.md: CHAR
CREATE TABLE t (f CHAR(10)) WITH ('connector' = 'blackhole');

-- types.md: CHAR
SELECT CAST(NULL AS CHAR(10));

-- @new-session
-- types.md: VARCHAR / STRING
CREATE TABLE t (f VARCHAR) WITH ('connector' = 'blackhole');

-- types.md: VARCHAR / STRING
SELECT CAST(NULL AS VARCHAR);

-- @new-session
-- types.md: VARCHAR / STRING
CREATE TABLE t (f VARCHAR(10)) WITH ('connector' = 'blackhole');

-- types.md: VARCHAR / STRING
SELECT CAST(NULL AS VARCHAR(10));

-- @new-session
-- types.md: VARCHAR / STRING
CREATE TABLE t (f STRING) WITH ('connector' = 'blackhole');

-- types.md: VARCHAR / STRING
SELECT CAST(NULL AS STRING);

-- @new-session
-- types.md: BINARY
CREATE TABLE t (f BINARY) WITH ('connector' = 'blackhole');

-- types.md: BINARY
SELECT CAST(NULL AS BINARY);

-- @new-session
-- types.md: BINARY
CREATE TABLE t (f BINARY(10)) WITH ('connector' = 'blackhole');

-- types.md: BINARY
SELECT CAST(NULL AS BINARY(10));

-- @new-session
-- types.md: VARBINARY / BYTES
CREATE TABLE t (f VARBINARY) WITH ('connector' = 'blackhole');

-- types.md: VARBINARY / BYTES
SELECT CAST(NULL AS VARBINARY);

-- @new-session
-- types.md: VARBINARY / BYTES
CREATE TABLE t (f VARBINARY(10)) WITH ('connector' = 'blackhole');

-- types.md: VARBINARY / BYTES
SELECT CAST(NULL AS VARBINARY(10));

-- @new-session
-- types.md: VARBINARY / BYTES
CREATE TABLE t (f BYTES) WITH ('connector' = 'blackhole');

-- types.md: VARBINARY / BYTES
SELECT CAST(NULL AS BYTES);

-- @new-session
-- types.md: DECIMAL
CREATE TABLE t (f DECIMAL) WITH ('connector' = 'blackhole');

-- types.md: DECIMAL
SELECT CAST(NULL AS DECIMAL);

-- @new-session
-- types.md: DECIMAL
CREATE TABLE t (f DECIMAL(12)) WITH ('connector' = 'blackhole');

-- types.md: DECIMAL
SELECT CAST(NULL AS DECIMAL(12));

-- @new-session
-- types.md: DECIMAL
CREATE TABLE t (f DECIMAL(12, 4)) WITH ('connector' = 'blackhole');

-- types.md: DECIMAL
SELECT CAST(NULL AS DECIMAL(12, 4));

-- @new-session
-- types.md: DECIMAL
CREATE TABLE t (f DEC) WITH ('connector' = 'blackhole');

-- types.md: DECIMAL
SELECT CAST(NULL AS DEC);

-- @new-session
-- types.md: DECIMAL
CREATE TABLE t (f DEC(12)) WITH ('connector' = 'blackhole');

-- types.md: DECIMAL
SELECT CAST(NULL AS DEC(12));

-- @new-session
-- types.md: DECIMAL
CREATE TABLE t (f DEC(12, 4)) WITH ('connector' = 'blackhole');

-- types.md: DECIMAL
SELECT CAST(NULL AS DEC(12, 4));

-- @new-session
-- types.md: DECIMAL
CREATE TABLE t (f NUMERIC) WITH ('connector' = 'blackhole');

-- types.md: DECIMAL
SELECT CAST(NULL AS NUMERIC);

-- @new-session
-- types.md: DECIMAL
CREATE TABLE t (f NUMERIC(12)) WITH ('connector' = 'blackhole');

-- types.md: DECIMAL
SELECT CAST(NULL AS NUMERIC(12));

-- @new-session
-- types.md: DECIMAL
CREATE TABLE t (f NUMERIC(12, 4)) WITH ('connector' = 'blackhole');

-- types.md: DECIMAL
SELECT CAST(NULL AS NUMERIC(12, 4));

-- @new-session
-- types.md: TINYINT
CREATE TABLE t (f TINYINT) WITH ('connector' = 'blackhole');

-- types.md: TINYINT
SELECT CAST(NULL AS TINYINT);

-- @new-session
-- types.md: SMALLINT
CREATE TABLE t (f SMALLINT) WITH ('connector' = 'blackhole');

-- types.md: SMALLINT
SELECT CAST(NULL AS SMALLINT);

-- @new-session
-- types.md: INT
CREATE TABLE t (f INT) WITH ('connector' = 'blackhole');

-- types.md: INT
SELECT CAST(NULL AS INT);

-- @new-session
-- types.md: INT
CREATE TABLE t (f INTEGER) WITH ('connector' = 'blackhole');

-- types.md: INT
SELECT CAST(NULL AS INTEGER);

-- @new-session
-- types.md: BIGINT
CREATE TABLE t (f BIGINT) WITH ('connector' = 'blackhole');

-- types.md: BIGINT
SELECT CAST(NULL AS BIGINT);

-- @new-session
-- types.md: FLOAT
CREATE TABLE t (f FLOAT) WITH ('connector' = 'blackhole');

-- types.md: FLOAT
SELECT CAST(NULL AS FLOAT);

-- @new-session
-- types.md: DOUBLE
CREATE TABLE t (f DOUBLE) WITH ('connector' = 'blackhole');

-- types.md: DOUBLE
SELECT CAST(NULL AS DOUBLE);

-- @new-session
-- types.md: DOUBLE
CREATE TABLE t (f DOUBLE PRECISION) WITH ('connector' = 'blackhole');

-- types.md: DOUBLE
SELECT CAST(NULL AS DOUBLE PRECISION);

-- @new-session
-- types.md: DATE
CREATE TABLE t (f DATE) WITH ('connector' = 'blackhole');

-- types.md: DATE
SELECT CAST(NULL AS DATE);

-- @new-session
-- types.md: TIME
CREATE TABLE t (f TIME) WITH ('connector' = 'blackhole');

-- types.md: TIME
SELECT CAST(NULL AS TIME);

-- @new-session
-- types.md: TIME
CREATE TABLE t (f TIME(3)) WITH ('connector' = 'blackhole');

-- types.md: TIME
SELECT CAST(NULL AS TIME(3));

-- @new-session
-- types.md: TIMESTAMP
CREATE TABLE t (f TIMESTAMP) WITH ('connector' = 'blackhole');

-- types.md: TIMESTAMP
SELECT CAST(NULL AS TIMESTAMP);

-- @new-session
-- types.md: TIMESTAMP
CREATE TABLE t (f TIMESTAMP(3)) WITH ('connector' = 'blackhole');

-- types.md: TIMESTAMP
SELECT CAST(NULL AS TIMESTAMP(3));

-- @new-session
-- types.md: TIMESTAMP
CREATE TABLE t (f TIMESTAMP WITHOUT TIME ZONE) WITH ('connector' = 'blackhole');

-- types.md: TIMESTAMP
SELECT CAST(NULL AS TIMESTAMP WITHOUT TIME ZONE);

-- @new-session
-- types.md: TIMESTAMP
CREATE TABLE t (f TIMESTAMP(3) WITHOUT TIME ZONE) WITH ('connector' = 'blackhole');

-- types.md: TIMESTAMP
SELECT CAST(NULL AS TIMESTAMP(3) WITHOUT TIME ZONE);

-- @new-session
-- types.md: TIMESTAMP WITH TIME ZONE
CREATE TABLE t (f TIMESTAMP WITH TIME ZONE) WITH ('connector' = 'blackhole');

-- types.md: TIMESTAMP WITH TIME ZONE
SELECT CAST(NULL AS TIMESTAMP WITH TIME ZONE);

-- @new-session
-- types.md: TIMESTAMP WITH TIME ZONE
CREATE TABLE t (f TIMESTAMP(3) WITH TIME ZONE) WITH ('connector' = 'blackhole');

-- types.md: TIMESTAMP WITH TIME ZONE
SELECT CAST(NULL AS TIMESTAMP(3) WITH TIME ZONE);

-- @new-session
-- types.md: TIMESTAMP_LTZ
CREATE TABLE t (f TIMESTAMP_LTZ) WITH ('connector' = 'blackhole');

-- types.md: TIMESTAMP_LTZ
SELECT CAST(NULL AS TIMESTAMP_LTZ);

-- @new-session
-- types.md: TIMESTAMP_LTZ
CREATE TABLE t (f TIMESTAMP_LTZ(3)) WITH ('connector' = 'blackhole');

-- types.md: TIMESTAMP_LTZ
SELECT CAST(NULL AS TIMESTAMP_LTZ(3));

-- @new-session
-- types.md: TIMESTAMP_LTZ
CREATE TABLE t (f TIMESTAMP WITH LOCAL TIME ZONE) WITH ('connector' = 'blackhole');

-- types.md: TIMESTAMP_LTZ
SELECT CAST(NULL AS TIMESTAMP WITH LOCAL TIME ZONE);

-- @new-session
-- types.md: TIMESTAMP_LTZ
CREATE TABLE t (f TIMESTAMP(3) WITH LOCAL TIME ZONE) WITH ('connector' = 'blackhole');

-- types.md: TIMESTAMP_LTZ
SELECT CAST(NULL AS TIMESTAMP(3) WITH LOCAL TIME ZONE);

-- @new-session
-- types.md: INTERVAL YEAR TO MONTH
CREATE TABLE t (f INTERVAL YEAR) WITH ('connector' = 'blackhole');

-- types.md: INTERVAL YEAR TO MONTH
SELECT CAST(NULL AS INTERVAL YEAR);

-- @new-session
-- types.md: INTERVAL YEAR TO MONTH
CREATE TABLE t (f INTERVAL YEAR(2)) WITH ('connector' = 'blackhole');

-- types.md: INTERVAL YEAR TO MONTH
SELECT CAST(NULL AS INTERVAL YEAR(2));

-- @new-session
-- types.md: INTERVAL YEAR TO MONTH
CREATE TABLE t (f INTERVAL YEAR(2) TO MONTH) WITH ('connector' = 'blackhole');

-- types.md: INTERVAL YEAR TO MONTH
SELECT CAST(NULL AS INTERVAL YEAR(2) TO MONTH);

-- @new-session
-- types.md: INTERVAL YEAR TO MONTH
CREATE TABLE t (f INTERVAL MONTH) WITH ('connector' = 'blackhole');

-- types.md: INTERVAL YEAR TO MONTH
SELECT CAST(NULL AS INTERVAL MONTH);

-- @new-session
-- types.md: INTERVAL DAY TO SECOND
CREATE TABLE t (f INTERVAL DAY) WITH ('connector' = 'blackhole');

-- types.md: INTERVAL DAY TO SECOND
SELECT CAST(NULL AS INTERVAL DAY);

-- @new-session
-- types.md: INTERVAL DAY TO SECOND
CREATE TABLE t (f INTERVAL DAY(2)) WITH ('connector' = 'blackhole');

-- types.md: INTERVAL DAY TO SECOND
SELECT CAST(NULL AS INTERVAL DAY(2));

-- @new-session
-- types.md: INTERVAL DAY TO SECOND
CREATE TABLE t (f INTERVAL DAY(2) TO HOUR) WITH ('connector' = 'blackhole');

-- types.md: INTERVAL DAY TO SECOND
SELECT CAST(NULL AS INTERVAL DAY(2) TO HOUR);

-- @new-session
-- types.md: INTERVAL DAY TO SECOND
CREATE TABLE t (f INTERVAL DAY(2) TO MINUTE) WITH ('connector' = 'blackhole');

-- types.md: INTERVAL DAY TO SECOND
SELECT CAST(NULL AS INTERVAL DAY(2) TO MINUTE);

-- @new-session
-- types.md: INTERVAL DAY TO SECOND
CREATE TABLE t (f INTERVAL DAY(2) TO SECOND(3)) WITH ('connector' = 'blackhole');

-- types.md: INTERVAL DAY TO SECOND
SELECT CAST(NULL AS INTERVAL DAY(2) TO SECOND(3));

-- @new-session
-- types.md: INTERVAL DAY TO SECOND
CREATE TABLE t (f INTERVAL HOUR) WITH ('connector' = 'blackhole');

-- types.md: INTERVAL DAY TO SECOND
SELECT CAST(NULL AS INTERVAL HOUR);

-- @new-session
-- types.md: INTERVAL DAY TO SECOND
CREATE TABLE t (f INTERVAL HOUR TO MINUTE) WITH ('connector' = 'blackhole');

-- types.md: INTERVAL DAY TO SECOND
SELECT CAST(NULL AS INTERVAL HOUR TO MINUTE);

-- @new-session
-- types.md: INTERVAL DAY TO SECOND
CREATE TABLE t (f INTERVAL HOUR TO SECOND(3)) WITH ('connector' = 'blackhole');

-- types.md: INTERVAL DAY TO SECOND
SELECT CAST(NULL AS INTERVAL HOUR TO SECOND(3));

-- @new-session
-- types.md: INTERVAL DAY TO SECOND
CREATE TABLE t (f INTERVAL MINUTE) WITH ('connector' = 'blackhole');

-- types.md: INTERVAL DAY TO SECOND
SELECT CAST(NULL AS INTERVAL MINUTE);

-- @new-session
-- types.md: INTERVAL DAY TO SECOND
CREATE TABLE t (f INTERVAL MINUTE TO SECOND(3)) WITH ('connector' = 'blackhole');

-- types.md: INTERVAL DAY TO SECOND
SELECT CAST(NULL AS INTERVAL MINUTE TO SECOND(3));

-- @new-session
-- types.md: INTERVAL DAY TO SECOND
CREATE TABLE t (f INTERVAL SECOND) WITH ('connector' = 'blackhole');

-- types.md: INTERVAL DAY TO SECOND
SELECT CAST(NULL AS INTERVAL SECOND);

-- @new-session
-- types.md: INTERVAL DAY TO SECOND
CREATE TABLE t (f INTERVAL SECOND(3)) WITH ('connector' = 'blackhole');

-- types.md: INTERVAL DAY TO SECOND
SELECT CAST(NULL AS INTERVAL SECOND(3));

-- @new-session
-- types.md: ARRAY
CREATE TABLE t (f ARRAY<INT>) WITH ('connector' = 'blackhole');

-- types.md: ARRAY
SELECT CAST(NULL AS ARRAY<INT>);

-- @new-session
-- types.md: ARRAY
CREATE TABLE t (f INT ARRAY) WITH ('connector' = 'blackhole');

-- types.md: ARRAY
SELECT CAST(NULL AS INT ARRAY);

-- @new-session
-- types.md: MAP
CREATE TABLE t (f MAP<STRING, INT>) WITH ('connector' = 'blackhole');

-- types.md: MAP
SELECT CAST(NULL AS MAP<STRING, INT>);

-- @new-session
-- types.md: MULTISET
CREATE TABLE t (f MULTISET<INT>) WITH ('connector' = 'blackhole');

-- types.md: MULTISET
SELECT CAST(NULL AS MULTISET<INT>);

-- @new-session
-- types.md: MULTISET
CREATE TABLE t (f INT MULTISET) WITH ('connector' = 'blackhole');

-- types.md: MULTISET
SELECT CAST(NULL AS INT MULTISET);

-- @new-session
-- types.md: ROW
CREATE TABLE t (f ROW<myField INT, myOtherField BOOLEAN>) WITH ('connector' = 'blackhole');

-- types.md: ROW
SELECT CAST(NULL AS ROW<myField INT, myOtherField BOOLEAN>);

-- @new-session
-- types.md: ROW
CREATE TABLE t (f ROW<myField INT 'first field', myOtherField BOOLEAN 'second field'>) WITH ('connector' = 'blackhole');

-- types.md: ROW
SELECT CAST(NULL AS ROW<myField INT 'first field', myOtherField BOOLEAN 'second field'>);

-- @new-session
-- types.md: ROW
CREATE TABLE t (f ROW(myField INT, myOtherField BOOLEAN)) WITH ('connector' = 'blackhole');

-- types.md: ROW
SELECT CAST(NULL AS ROW(myField INT, myOtherField BOOLEAN));

-- @new-session
-- types.md: ROW
CREATE TABLE t (f ROW(myField INT 'first field', myOtherField BOOLEAN 'second field')) WITH ('connector' = 'blackhole');

-- types.md: ROW
SELECT CAST(NULL AS ROW(myField INT 'first field', myOtherField BOOLEAN 'second field'));

-- @new-session
-- types.md: BOOLEAN
CREATE TABLE t (f BOOLEAN) WITH ('connector' = 'blackhole');

-- types.md: BOOLEAN
SELECT CAST(NULL AS BOOLEAN);

-- @new-session
-- types.md: RAW
CREATE TABLE t (f RAW('java.lang.Integer', 'AEdvcmcuYXBhY2hlLmZsaW5rLmFwaS5jb21tb24udHlwZXV0aWxzLmJhc2UuSW50U2VyaWFsaXplciRJbnRTZXJpYWxpemVyU25hcHNob3QAAAAD')) WITH ('connector' = 'blackhole');

-- types.md: RAW
SELECT CAST(NULL AS RAW('java.lang.Integer', 'AEdvcmcuYXBhY2hlLmZsaW5rLmFwaS5jb21tb24udHlwZXV0aWxzLmJhc2UuSW50U2VyaWFsaXplciRJbnRTZXJpYWxpemVyU25hcHNob3QAAAAD'));

-- @new-session
-- types.md: NULL
CREATE TABLE t (f NULL) WITH ('connector' = 'blackhole');

-- types.md: NULL
SELECT CAST(NULL AS NULL);
