-- DISTRIBUTED BY / DISTRIBUTED INTO and PARTITIONED BY.

-- distributed by hash into buckets
CREATE TABLE d1 (a INT, b STRING) DISTRIBUTED BY HASH(a) INTO 4 BUCKETS WITH ('connector' = 'datagen');

-- distributed by range
CREATE TABLE d2 (a INT, b STRING) DISTRIBUTED BY RANGE(a) WITH ('connector' = 'datagen');

-- distributed by range into buckets
CREATE TABLE d3 (a INT, b STRING) DISTRIBUTED BY RANGE(a, b) INTO 2 BUCKETS WITH ('connector' = 'datagen');

-- distributed by bare column list
CREATE TABLE d4 (a INT, b STRING) DISTRIBUTED BY (a) WITH ('connector' = 'datagen');

-- distributed by bare column list into buckets
CREATE TABLE d5 (a INT, b STRING) DISTRIBUTED BY (a, b) INTO 8 BUCKETS WITH ('connector' = 'datagen');

-- distributed into buckets without columns
CREATE TABLE d6 (a INT, b STRING) DISTRIBUTED INTO 3 BUCKETS WITH ('connector' = 'datagen');

-- distributed by hash without buckets
CREATE TABLE d7 (a INT, b STRING) DISTRIBUTED BY HASH(a) WITH ('connector' = 'datagen');

-- zero buckets is rejected
CREATE TABLE d8 (a INT) DISTRIBUTED BY HASH(a) INTO 0 BUCKETS WITH ('connector' = 'datagen');

-- negative bucket count is a parse error
CREATE TABLE d9 (a INT) DISTRIBUTED BY HASH(a) INTO -1 BUCKETS WITH ('connector' = 'datagen');

-- bucket count as a string is a parse error
CREATE TABLE d10 (a INT) DISTRIBUTED BY HASH(a) INTO '4' BUCKETS WITH ('connector' = 'datagen');

-- bucket count as a decimal is a parse error
CREATE TABLE d11 (a INT) DISTRIBUTED BY HASH(a) INTO 1.5 BUCKETS WITH ('connector' = 'datagen');

-- distribution on an unknown column
CREATE TABLE d12 (a INT) DISTRIBUTED BY HASH(zz) INTO 2 BUCKETS WITH ('connector' = 'datagen');

-- distribution on a computed column
CREATE TABLE d13 (a INT, c AS a + 1) DISTRIBUTED BY HASH(c) INTO 2 BUCKETS WITH ('connector' = 'datagen');

-- distribution on a metadata column
CREATE TABLE d14 (a INT, m BIGINT METADATA FROM 'offset') DISTRIBUTED BY HASH(m) INTO 2 BUCKETS WITH ('connector' = 'kafka');

-- distribution with the same column twice
CREATE TABLE d15 (a INT) DISTRIBUTED BY HASH(a, a) INTO 2 BUCKETS WITH ('connector' = 'datagen');

-- BUCKETS without INTO is a parse error
CREATE TABLE d16 (a INT) DISTRIBUTED BY HASH(a) 4 BUCKETS WITH ('connector' = 'datagen');

-- DISTRIBUTED without BY or INTO is a parse error
CREATE TABLE d17 (a INT) DISTRIBUTED WITH ('connector' = 'datagen');

-- unknown distribution algorithm is a parse error
CREATE TABLE d18 (a INT) DISTRIBUTED BY ROUND_ROBIN(a) WITH ('connector' = 'datagen');

-- distribution with an empty column list is a parse error
CREATE TABLE d19 (a INT) DISTRIBUTED BY HASH() INTO 2 BUCKETS WITH ('connector' = 'datagen');

-- distribution and partitioning together
CREATE TABLE d20 (a INT, b STRING, dt STRING) DISTRIBUTED BY HASH(a) INTO 2 BUCKETS PARTITIONED BY (dt) WITH ('connector' = 'datagen');

-- very large bucket count
CREATE TABLE d21 (a INT) DISTRIBUTED INTO 2147483647 BUCKETS WITH ('connector' = 'datagen');

-- bucket count beyond INT range
CREATE TABLE d22 (a INT) DISTRIBUTED INTO 2147483648 BUCKETS WITH ('connector' = 'datagen');

-- lower-case distribution keywords
create table d23 (a int) distributed by hash(a) into 2 buckets with ('connector' = 'datagen');

-- SHOW CREATE TABLE prints the distribution
SHOW CREATE TABLE d1;

-- DESCRIBE a distributed table
DESCRIBE d5;

-- a distributed datagen table can be read (distribution not checked by datagen)
SELECT * FROM d1;

-- partitioned by one column
CREATE TABLE p1 (a INT, dt STRING) PARTITIONED BY (dt) WITH ('connector' = 'datagen');

-- partitioned by two columns
CREATE TABLE p2 (a INT, dt STRING, hr STRING) PARTITIONED BY (dt, hr) WITH ('connector' = 'datagen');

-- partitioned by an unknown column
CREATE TABLE p3 (a INT) PARTITIONED BY (dt) WITH ('connector' = 'datagen');

-- partitioned by a column with wrong case
CREATE TABLE p4 (a INT, dt STRING) PARTITIONED BY (DT) WITH ('connector' = 'datagen');

-- partitioned by a computed column
CREATE TABLE p5 (a INT, dt AS CAST(a AS STRING)) PARTITIONED BY (dt) WITH ('connector' = 'datagen');

-- partitioned by a metadata column
CREATE TABLE p6 (a INT, m STRING METADATA FROM 'topic') PARTITIONED BY (m) WITH ('connector' = 'kafka');

-- partitioned by the same column twice
CREATE TABLE p7 (a INT, dt STRING) PARTITIONED BY (dt, dt) WITH ('connector' = 'datagen');

-- partitioned by with empty list is a parse error
CREATE TABLE p8 (a INT) PARTITIONED BY () WITH ('connector' = 'datagen');

-- partitioned by without parentheses is a parse error
CREATE TABLE p9 (a INT, dt STRING) PARTITIONED BY dt WITH ('connector' = 'datagen');

-- partitioned by an expression is a parse error
CREATE TABLE p10 (a INT, dt STRING) PARTITIONED BY (SUBSTR(dt, 1, 4)) WITH ('connector' = 'datagen');

-- partitioned by every column
CREATE TABLE p11 (a INT, b INT) PARTITIONED BY (a, b) WITH ('connector' = 'datagen');

-- partitioned filesystem table
CREATE TABLE fs_part (a INT, b STRING, dt STRING, hr STRING) PARTITIONED BY (dt, hr) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv');

-- partitioned by a primary key column
CREATE TABLE p12 (a INT, dt STRING, PRIMARY KEY (a, dt) NOT ENFORCED) PARTITIONED BY (dt) WITH ('connector' = 'datagen');

-- partitioned by with a quoted reserved word column
CREATE TABLE p13 (a INT, `date` STRING) PARTITIONED BY (`date`) WITH ('connector' = 'datagen');

-- SHOW CREATE TABLE prints partition keys
SHOW CREATE TABLE p2;

-- PARTITION BY (without ED) is a parse error
CREATE TABLE p14 (a INT, dt STRING) PARTITION BY (dt) WITH ('connector' = 'datagen');

-- PARTITIONED BY of a nested field is a parse error
CREATE TABLE p15 (r ROW<x INT>) PARTITIONED BY (r.x) WITH ('connector' = 'datagen');
