-- WATERMARK FOR col AS expr: valid forms and every invalid form.

-- watermark on TIMESTAMP(3)
CREATE TABLE wm1 (id BIGINT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- watermark with a bounded delay
CREATE TABLE wm2 (id BIGINT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'datagen');

-- watermark with a millisecond delay
CREATE TABLE wm3 (ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '0.001' SECOND) WITH ('connector' = 'datagen');

-- plural SECONDS is normalised
CREATE TABLE wm4 (ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECONDS) WITH ('connector' = 'datagen');

-- watermark on TIMESTAMP_LTZ(3)
CREATE TABLE wm5 (ts TIMESTAMP_LTZ(3), WATERMARK FOR ts AS ts - INTERVAL '1' MINUTE) WITH ('connector' = 'datagen');

-- watermark on TIMESTAMP(0)
CREATE TABLE wm6 (ts TIMESTAMP(0), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- watermark on TIMESTAMP(1) with interval
CREATE TABLE wm6b (ts TIMESTAMP(1), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- watermark on TIMESTAMP_LTZ(0)
CREATE TABLE wm6c (ts TIMESTAMP_LTZ(0), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- watermark on TIMESTAMP(6) is rejected
CREATE TABLE wm7 (ts TIMESTAMP(6), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- watermark on bare TIMESTAMP (precision 6) is rejected
CREATE TABLE wm8 (ts TIMESTAMP, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- watermark on TIMESTAMP_LTZ(6) is rejected
CREATE TABLE wm8b (ts TIMESTAMP_LTZ(6), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- watermark on TIMESTAMP(9) is rejected
CREATE TABLE wm8c (ts TIMESTAMP(9), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- watermark on a NOT NULL TIMESTAMP(3) column
CREATE TABLE wm9 (ts TIMESTAMP(3) NOT NULL, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- watermark on a computed TIMESTAMP_LTZ column
CREATE TABLE wm10 (epoch BIGINT, rt AS TO_TIMESTAMP_LTZ(epoch, 3), WATERMARK FOR rt AS rt - INTERVAL '5' SECOND) WITH ('connector' = 'datagen');

-- watermark on a computed TIMESTAMP column
CREATE TABLE wm11 (s STRING, rt AS TO_TIMESTAMP(s), WATERMARK FOR rt AS rt) WITH ('connector' = 'datagen');

-- watermark on a computed column of TIMESTAMP(6) is rejected
CREATE TABLE wm11b (s STRING, rt AS CAST(s AS TIMESTAMP(6)), WATERMARK FOR rt AS rt) WITH ('connector' = 'datagen');

-- watermark on a PROCTIME computed column is rejected
CREATE TABLE wm12 (a INT, pt AS PROCTIME(), WATERMARK FOR pt AS pt) WITH ('connector' = 'datagen');

-- watermark on an INT column is rejected
CREATE TABLE wm13 (a INT, WATERMARK FOR a AS a) WITH ('connector' = 'datagen');

-- watermark on a BIGINT column is rejected
CREATE TABLE wm13b (a BIGINT, WATERMARK FOR a AS a - 5) WITH ('connector' = 'datagen');

-- watermark on a DATE column is rejected
CREATE TABLE wm14 (d DATE, WATERMARK FOR d AS d) WITH ('connector' = 'datagen');

-- watermark on a STRING column is rejected
CREATE TABLE wm15 (s STRING, WATERMARK FOR s AS s) WITH ('connector' = 'datagen');

-- watermark expression of a different type (BIGINT) is rejected
CREATE TABLE wm16 (ts TIMESTAMP(3), b BIGINT, WATERMARK FOR ts AS b) WITH ('connector' = 'datagen');

-- watermark expression returning TIMESTAMP_LTZ for a TIMESTAMP column
CREATE TABLE wm17 (ts TIMESTAMP(3), l TIMESTAMP_LTZ(3), WATERMARK FOR ts AS l) WITH ('connector' = 'datagen');

-- watermark expression of another TIMESTAMP(3) column
CREATE TABLE wm18 (ts TIMESTAMP(3), ts2 TIMESTAMP(3), WATERMARK FOR ts AS ts2) WITH ('connector' = 'datagen');

-- watermark expression returning TIMESTAMP(6) for a TIMESTAMP(3) column
CREATE TABLE wm18b (ts TIMESTAMP(3), ts6 TIMESTAMP(6), WATERMARK FOR ts AS ts6) WITH ('connector' = 'datagen');

-- watermark on a non-existent column
CREATE TABLE wm19 (ts TIMESTAMP(3), WATERMARK FOR nope AS ts) WITH ('connector' = 'datagen');

-- watermark expression references a non-existent column
CREATE TABLE wm20 (ts TIMESTAMP(3), WATERMARK FOR ts AS nope) WITH ('connector' = 'datagen');

-- watermark column name with wrong case
CREATE TABLE wm21 (ts TIMESTAMP(3), WATERMARK FOR TS AS ts) WITH ('connector' = 'datagen');

-- watermark on a nested row field is rejected
CREATE TABLE wm22 (r ROW<ts TIMESTAMP(3)>, WATERMARK FOR r.ts AS r.ts) WITH ('connector' = 'datagen');

-- two watermarks are a parse error
CREATE TABLE wm23 (ts TIMESTAMP(3), ts2 TIMESTAMP(3), WATERMARK FOR ts AS ts, WATERMARK FOR ts2 AS ts2) WITH ('connector' = 'datagen');

-- two watermarks on the same column are a parse error
CREATE TABLE wm24 (ts TIMESTAMP(3), WATERMARK FOR ts AS ts, WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- watermark declared before its column
CREATE TABLE wm25 (WATERMARK FOR ts AS ts, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- watermark between columns
CREATE TABLE wm26 (a INT, WATERMARK FOR ts AS ts, ts TIMESTAMP(3), b STRING) WITH ('connector' = 'datagen');

-- watermark without AS is a parse error
CREATE TABLE wm27 (ts TIMESTAMP(3), WATERMARK FOR ts) WITH ('connector' = 'datagen');

-- watermark without FOR is a parse error
CREATE TABLE wm28 (ts TIMESTAMP(3), WATERMARK ts AS ts) WITH ('connector' = 'datagen');

-- watermark with a function call expression
CREATE TABLE wm29 (ts TIMESTAMP(3), WATERMARK FOR ts AS TIMESTAMPADD(SECOND, -5, ts)) WITH ('connector' = 'datagen');

-- watermark with CASE expression
CREATE TABLE wm30 (ts TIMESTAMP(3), WATERMARK FOR ts AS CASE WHEN ts IS NULL THEN ts ELSE ts - INTERVAL '1' SECOND END) WITH ('connector' = 'datagen');

-- watermark expression with an unknown function
CREATE TABLE wm31 (ts TIMESTAMP(3), WATERMARK FOR ts AS NO_SUCH_WM(ts)) WITH ('connector' = 'datagen');

-- watermark with a subquery is a parse error
CREATE TABLE wm32 (ts TIMESTAMP(3), WATERMARK FOR ts AS (SELECT ts)) WITH ('connector' = 'datagen');

-- watermark on a metadata column
CREATE TABLE wm33 (ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp', WATERMARK FOR ts AS ts) WITH ('connector' = 'kafka');

-- watermark with interval in minutes and hours combined
CREATE TABLE wm34 (ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1:30' HOUR TO MINUTE) WITH ('connector' = 'datagen');

-- watermark with year-month interval
CREATE TABLE wm35 (ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' MONTH) WITH ('connector' = 'datagen');

-- watermark expression is a constant timestamp literal
CREATE TABLE wm36 (ts TIMESTAMP(3), WATERMARK FOR ts AS TIMESTAMP '2020-01-01 00:00:00.000') WITH ('connector' = 'datagen');

-- watermark expression returning TIMESTAMP(0) literal for TIMESTAMP(3)
CREATE TABLE wm37 (ts TIMESTAMP(3), WATERMARK FOR ts AS TIMESTAMP '2020-01-01 00:00:00') WITH ('connector' = 'datagen');

-- watermark with a quoted column name
CREATE TABLE wm38 (`time` TIMESTAMP(3), WATERMARK FOR `time` AS `time` - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- watermark on an unquoted reserved column name is a parse error
CREATE TABLE wm39 (`time` TIMESTAMP(3), WATERMARK FOR time AS `time`) WITH ('connector' = 'datagen');

-- watermark with a computed rowtime from string
CREATE TABLE wm40 (s STRING, rt AS TO_TIMESTAMP(s, 'yyyy-MM-dd HH:mm:ss'), WATERMARK FOR rt AS rt - INTERVAL '10' SECOND) WITH ('connector' = 'datagen');

-- watermark expression on computed rowtime referencing a computed column
CREATE TABLE wm41 (s STRING, rt AS TO_TIMESTAMP(s), rt2 AS TO_TIMESTAMP(s), WATERMARK FOR rt AS rt2) WITH ('connector' = 'datagen');

-- watermark column used as PRIMARY KEY
CREATE TABLE wm42 (ts TIMESTAMP(3), PRIMARY KEY (ts) NOT ENFORCED, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- DESCRIBE shows *ROWTIME* and the watermark expression
DESCRIBE wm2;

-- a table with watermark can be queried
SELECT id, ts FROM wm2;

-- SHOW CREATE TABLE shows the watermark
SHOW CREATE TABLE wm2;

-- watermark with TIMESTAMP WITH LOCAL TIME ZONE long form
CREATE TABLE wm43 (ts TIMESTAMP(3) WITH LOCAL TIME ZONE, WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');

-- watermark with an aggregate is rejected
CREATE TABLE wm44 (ts TIMESTAMP(3), WATERMARK FOR ts AS MAX(ts)) WITH ('connector' = 'datagen');
