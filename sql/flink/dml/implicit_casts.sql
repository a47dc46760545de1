-- INSERT implicit conversions: which query column types a sink column accepts.
-- Each sink is a one-column blackhole table; the source is a datagen table with
-- one column of each type.

-- source table with one column per type
CREATE TABLE src (ti TINYINT, si SMALLINT, i INT, b BIGINT, f FLOAT, d DOUBLE, dc DECIMAL(10, 2), dc5 DECIMAL(5, 0), dc38 DECIMAL(38, 10), bo BOOLEAN, c CHAR(5), vc VARCHAR(10), s STRING, bin BINARY(4), vb BYTES, dt DATE, tm TIME, ts0 TIMESTAMP(0), ts TIMESTAMP(3), ts6 TIMESTAMP(6), ts9 TIMESTAMP(9), ltz TIMESTAMP_LTZ(3), ltz6 TIMESTAMP_LTZ(6), arr ARRAY<INT>, arrb ARRAY<BIGINT>, arrs ARRAY<STRING>, m MAP<STRING, INT>, mb MAP<STRING, BIGINT>, r ROW<x INT, y STRING>, rb ROW<p BIGINT, q STRING>, nn INT NOT NULL, ms MULTISET<INT>) WITH ('connector' = 'datagen');

-- sink with a single TINYINT column
CREATE TABLE k_ti (x TINYINT) WITH ('connector' = 'blackhole');

-- sink with a single SMALLINT column
CREATE TABLE k_si (x SMALLINT) WITH ('connector' = 'blackhole');

-- sink with a single INT column
CREATE TABLE k_i (x INT) WITH ('connector' = 'blackhole');

-- sink with a single BIGINT column
CREATE TABLE k_b (x BIGINT) WITH ('connector' = 'blackhole');

-- sink with a single FLOAT column
CREATE TABLE k_f (x FLOAT) WITH ('connector' = 'blackhole');

-- sink with a single DOUBLE column
CREATE TABLE k_d (x DOUBLE) WITH ('connector' = 'blackhole');

-- sink with a single DECIMAL(10, 2) column
CREATE TABLE k_dc (x DECIMAL(10, 2)) WITH ('connector' = 'blackhole');

-- sink with a single DECIMAL(5, 0) column
CREATE TABLE k_dc5 (x DECIMAL(5, 0)) WITH ('connector' = 'blackhole');

-- sink with a single DECIMAL(38, 10) column
CREATE TABLE k_dc38 (x DECIMAL(38, 10)) WITH ('connector' = 'blackhole');

-- sink with a single BOOLEAN column
CREATE TABLE k_bo (x BOOLEAN) WITH ('connector' = 'blackhole');

-- sink with a single CHAR(5) column
CREATE TABLE k_c (x CHAR(5)) WITH ('connector' = 'blackhole');

-- sink with a single VARCHAR(10) column
CREATE TABLE k_vc (x VARCHAR(10)) WITH ('connector' = 'blackhole');

-- sink with a single STRING column
CREATE TABLE k_s (x STRING) WITH ('connector' = 'blackhole');

-- sink with a single BINARY(4) column
CREATE TABLE k_bin (x BINARY(4)) WITH ('connector' = 'blackhole');

-- sink with a single BYTES column
CREATE TABLE k_vb (x BYTES) WITH ('connector' = 'blackhole');

-- sink with a single DATE column
CREATE TABLE k_dt (x DATE) WITH ('connector' = 'blackhole');

-- sink with a single TIME column
CREATE TABLE k_tm (x TIME) WITH ('connector' = 'blackhole');

-- sink with a single TIMESTAMP(0) column
CREATE TABLE k_ts0 (x TIMESTAMP(0)) WITH ('connector' = 'blackhole');

-- sink with a single TIMESTAMP(3) column
CREATE TABLE k_ts (x TIMESTAMP(3)) WITH ('connector' = 'blackhole');

-- sink with a single TIMESTAMP(6) column
CREATE TABLE k_ts6 (x TIMESTAMP(6)) WITH ('connector' = 'blackhole');

-- sink with a single TIMESTAMP(9) column
CREATE TABLE k_ts9 (x TIMESTAMP(9)) WITH ('connector' = 'blackhole');

-- sink with a single TIMESTAMP_LTZ(3) column
CREATE TABLE k_ltz (x TIMESTAMP_LTZ(3)) WITH ('connector' = 'blackhole');

-- sink with a single TIMESTAMP_LTZ(6) column
CREATE TABLE k_ltz6 (x TIMESTAMP_LTZ(6)) WITH ('connector' = 'blackhole');

-- sink with a single ARRAY<INT> column
CREATE TABLE k_arr (x ARRAY<INT>) WITH ('connector' = 'blackhole');

-- sink with a single ARRAY<BIGINT> column
CREATE TABLE k_arrb (x ARRAY<BIGINT>) WITH ('connector' = 'blackhole');

-- sink with a single ARRAY<STRING> column
CREATE TABLE k_arrs (x ARRAY<STRING>) WITH ('connector' = 'blackhole');

-- sink with a single MAP<STRING, INT> column
CREATE TABLE k_m (x MAP<STRING, INT>) WITH ('connector' = 'blackhole');

-- sink with a single MAP<STRING, BIGINT> column
CREATE TABLE k_mb (x MAP<STRING, BIGINT>) WITH ('connector' = 'blackhole');

-- sink with a single ROW<x INT, y STRING> column
CREATE TABLE k_r (x ROW<x INT, y STRING>) WITH ('connector' = 'blackhole');

-- sink with a single ROW<p BIGINT, q STRING> column
CREATE TABLE k_rb (x ROW<p BIGINT, q STRING>) WITH ('connector' = 'blackhole');

-- sink with a single INT NOT NULL column
CREATE TABLE k_nn (x INT NOT NULL) WITH ('connector' = 'blackhole');

-- sink with a single MULTISET<INT> column
CREATE TABLE k_ms (x MULTISET<INT>) WITH ('connector' = 'blackhole');

-- TINYINT into a SMALLINT sink column
INSERT INTO k_si SELECT ti FROM src;

-- TINYINT into a INT sink column
INSERT INTO k_i SELECT ti FROM src;

-- SMALLINT into a INT sink column
INSERT INTO k_i SELECT si FROM src;

-- INT into a BIGINT sink column
INSERT INTO k_b SELECT i FROM src;

-- TINYINT into a BIGINT sink column
INSERT INTO k_b SELECT ti FROM src;

-- INT into a FLOAT sink column
INSERT INTO k_f SELECT i FROM src;

-- INT into a DOUBLE sink column
INSERT INTO k_d SELECT i FROM src;

-- BIGINT into a DOUBLE sink column
INSERT INTO k_d SELECT b FROM src;

-- BIGINT into a FLOAT sink column
INSERT INTO k_f SELECT b FROM src;

-- FLOAT into a DOUBLE sink column
INSERT INTO k_d SELECT f FROM src;

-- INT into a DECIMAL(10, 2) sink column
INSERT INTO k_dc SELECT i FROM src;

-- BIGINT into a DECIMAL(10, 2) sink column
INSERT INTO k_dc SELECT b FROM src;

-- DECIMAL(10, 2) into a DOUBLE sink column
INSERT INTO k_d SELECT dc FROM src;

-- DECIMAL(10, 2) into a FLOAT sink column
INSERT INTO k_f SELECT dc FROM src;

-- DECIMAL(5, 0) into a DECIMAL(10, 2) sink column
INSERT INTO k_dc SELECT dc5 FROM src;

-- DECIMAL(10, 2) into a DECIMAL(38, 10) sink column
INSERT INTO k_dc38 SELECT dc FROM src;

-- TINYINT into a DECIMAL(5, 0) sink column
INSERT INTO k_dc5 SELECT ti FROM src;

-- INT into a DECIMAL(5, 0) sink column
INSERT INTO k_dc5 SELECT i FROM src;

-- SMALLINT into a TINYINT sink column
INSERT INTO k_ti SELECT si FROM src;

-- INT into a SMALLINT sink column
INSERT INTO k_si SELECT i FROM src;

-- BIGINT into a INT sink column
INSERT INTO k_i SELECT b FROM src;

-- DOUBLE into a FLOAT sink column
INSERT INTO k_f SELECT d FROM src;

-- DOUBLE into a INT sink column
INSERT INTO k_i SELECT d FROM src;

-- DECIMAL(10, 2) into a INT sink column
INSERT INTO k_i SELECT dc FROM src;

-- DOUBLE into a DECIMAL(10, 2) sink column
INSERT INTO k_dc SELECT d FROM src;

-- FLOAT into a INT sink column
INSERT INTO k_i SELECT f FROM src;

-- DECIMAL(10, 2) into a DECIMAL(5, 0) sink column
INSERT INTO k_dc5 SELECT dc FROM src;

-- DECIMAL(38, 10) into a DECIMAL(10, 2) sink column
INSERT INTO k_dc SELECT dc38 FROM src;

-- BIGINT into a DECIMAL(5, 0) sink column
INSERT INTO k_dc5 SELECT b FROM src;

-- INT into a STRING sink column
INSERT INTO k_s SELECT i FROM src;

-- DOUBLE into a STRING sink column
INSERT INTO k_s SELECT d FROM src;

-- BOOLEAN into a STRING sink column
INSERT INTO k_s SELECT bo FROM src;

-- DATE into a STRING sink column
INSERT INTO k_s SELECT dt FROM src;

-- TIMESTAMP(3) into a STRING sink column
INSERT INTO k_s SELECT ts FROM src;

-- CHAR(5) into a STRING sink column
INSERT INTO k_s SELECT c FROM src;

-- VARCHAR(10) into a STRING sink column
INSERT INTO k_s SELECT vc FROM src;

-- STRING into a VARCHAR(10) sink column
INSERT INTO k_vc SELECT s FROM src;

-- STRING into a CHAR(5) sink column
INSERT INTO k_c SELECT s FROM src;

-- CHAR(5) into a VARCHAR(10) sink column
INSERT INTO k_vc SELECT c FROM src;

-- VARCHAR(10) into a CHAR(5) sink column
INSERT INTO k_c SELECT vc FROM src;

-- BYTES into a STRING sink column
INSERT INTO k_s SELECT vb FROM src;

-- STRING into a BYTES sink column
INSERT INTO k_vb SELECT s FROM src;

-- BINARY(4) into a BYTES sink column
INSERT INTO k_vb SELECT bin FROM src;

-- BYTES into a BINARY(4) sink column
INSERT INTO k_bin SELECT vb FROM src;

-- TIMESTAMP(3) into a TIMESTAMP(6) sink column
INSERT INTO k_ts6 SELECT ts FROM src;

-- TIMESTAMP(6) into a TIMESTAMP(3) sink column
INSERT INTO k_ts SELECT ts6 FROM src;

-- TIMESTAMP(3) into a TIMESTAMP(0) sink column
INSERT INTO k_ts0 SELECT ts FROM src;

-- TIMESTAMP(0) into a TIMESTAMP(3) sink column
INSERT INTO k_ts SELECT ts0 FROM src;

-- TIMESTAMP(3) into a TIMESTAMP(9) sink column
INSERT INTO k_ts9 SELECT ts FROM src;

-- TIMESTAMP(3) into a TIMESTAMP_LTZ(3) sink column
INSERT INTO k_ltz SELECT ts FROM src;

-- TIMESTAMP_LTZ(3) into a TIMESTAMP(3) sink column
INSERT INTO k_ts SELECT ltz FROM src;

-- TIMESTAMP_LTZ(3) into a TIMESTAMP_LTZ(6) sink column
INSERT INTO k_ltz6 SELECT ltz FROM src;

-- TIMESTAMP_LTZ(6) into a TIMESTAMP_LTZ(3) sink column
INSERT INTO k_ltz SELECT ltz6 FROM src;

-- DATE into a TIMESTAMP(3) sink column
INSERT INTO k_ts SELECT dt FROM src;

-- TIMESTAMP(3) into a DATE sink column
INSERT INTO k_dt SELECT ts FROM src;

-- STRING into a DATE sink column
INSERT INTO k_dt SELECT s FROM src;

-- STRING into a TIMESTAMP(3) sink column
INSERT INTO k_ts SELECT s FROM src;

-- TIME into a TIMESTAMP(3) sink column
INSERT INTO k_ts SELECT tm FROM src;

-- INT into a TIMESTAMP(3) sink column
INSERT INTO k_ts SELECT i FROM src;

-- BIGINT into a TIMESTAMP(3) sink column
INSERT INTO k_ts SELECT b FROM src;

-- TIMESTAMP(3) into a BIGINT sink column
INSERT INTO k_b SELECT ts FROM src;

-- DATE into a STRING sink column
INSERT INTO k_s SELECT dt FROM src;

-- TIME into a STRING sink column
INSERT INTO k_s SELECT tm FROM src;

-- INT into a BOOLEAN sink column
INSERT INTO k_bo SELECT i FROM src;

-- BOOLEAN into a INT sink column
INSERT INTO k_i SELECT bo FROM src;

-- STRING into a BOOLEAN sink column
INSERT INTO k_bo SELECT s FROM src;

-- ARRAY<INT> into a ARRAY<BIGINT> sink column
INSERT INTO k_arrb SELECT arr FROM src;

-- ARRAY<BIGINT> into a ARRAY<INT> sink column
INSERT INTO k_arr SELECT arrb FROM src;

-- ARRAY<INT> into a ARRAY<STRING> sink column
INSERT INTO k_arrs SELECT arr FROM src;

-- ARRAY<STRING> into a ARRAY<INT> sink column
INSERT INTO k_arr SELECT arrs FROM src;

-- MAP<STRING, INT> into a MAP<STRING, BIGINT> sink column
INSERT INTO k_mb SELECT m FROM src;

-- MAP<STRING, BIGINT> into a MAP<STRING, INT> sink column
INSERT INTO k_m SELECT mb FROM src;

-- ROW<x INT, y STRING> into a ROW<p BIGINT, q STRING> sink column
INSERT INTO k_rb SELECT r FROM src;

-- ROW<p BIGINT, q STRING> into a ROW<x INT, y STRING> sink column
INSERT INTO k_r SELECT rb FROM src;

-- ARRAY<INT> into a MULTISET<INT> sink column
INSERT INTO k_ms SELECT arr FROM src;

-- MULTISET<INT> into a ARRAY<INT> sink column
INSERT INTO k_arr SELECT ms FROM src;

-- INT into a INT NOT NULL sink column
INSERT INTO k_nn SELECT i FROM src;

-- INT NOT NULL into a INT sink column
INSERT INTO k_i SELECT nn FROM src;

-- INT NOT NULL into a BIGINT sink column
INSERT INTO k_b SELECT nn FROM src;

-- STRING into a INT NOT NULL sink column
INSERT INTO k_nn SELECT s FROM src;

-- VALUES: INT literal into BIGINT
INSERT INTO k_b VALUES (1);

-- VALUES: INT literal 1 into TINYINT
INSERT INTO k_ti VALUES (1);

-- VALUES: INT literal 1000 into TINYINT
INSERT INTO k_ti VALUES (1000);

-- VALUES: TINYINT into SMALLINT
INSERT INTO k_si VALUES (CAST(1 AS TINYINT));

-- VALUES: DECIMAL literal into DOUBLE
INSERT INTO k_d VALUES (1.5);

-- VALUES: DECIMAL literal into INT
INSERT INTO k_i VALUES (1.5);

-- VALUES: INT literal into DECIMAL(10, 2)
INSERT INTO k_dc VALUES (1);

-- VALUES: DECIMAL(4, 3) literal into DECIMAL(10, 2)
INSERT INTO k_dc VALUES (1.555);

-- VALUES: DECIMAL literal into FLOAT
INSERT INTO k_f VALUES (1.5);

-- VALUES: DOUBLE literal into FLOAT
INSERT INTO k_f VALUES (1e0);

-- VALUES: CHAR literal into DATE
INSERT INTO k_dt VALUES ('2020-01-01');

-- VALUES: DATE literal into DATE
INSERT INTO k_dt VALUES (DATE '2020-01-01');

-- VALUES: CHAR literal into TIMESTAMP(3)
INSERT INTO k_ts VALUES ('2020-01-01 00:00:00');

-- VALUES: TIMESTAMP(0) literal into TIMESTAMP(3)
INSERT INTO k_ts VALUES (TIMESTAMP '2020-01-01 00:00:00');

-- VALUES: TIMESTAMP(6) literal into TIMESTAMP(3)
INSERT INTO k_ts VALUES (TIMESTAMP '2020-01-01 00:00:00.123456');

-- VALUES: CHAR(3) literal into VARCHAR(10)
INSERT INTO k_vc VALUES ('abc');

-- VALUES: CHAR(16) literal into VARCHAR(10)
INSERT INTO k_vc VALUES ('abcdefghijklmnop');

-- VALUES: CHAR(2) literal into CHAR(5)
INSERT INTO k_c VALUES ('ab');

-- VALUES: CHAR(7) literal into CHAR(5)
INSERT INTO k_c VALUES ('abcdefg');

-- VALUES: INT literal into STRING
INSERT INTO k_s VALUES (1);

-- VALUES: BOOLEAN literal into STRING
INSERT INTO k_s VALUES (TRUE);

-- VALUES: BOOLEAN literal
INSERT INTO k_bo VALUES (TRUE);

-- VALUES: CHAR literal into BOOLEAN
INSERT INTO k_bo VALUES ('true');

-- VALUES: INT literal into BOOLEAN
INSERT INTO k_bo VALUES (1);

-- VALUES: BINARY literal into BYTES
INSERT INTO k_vb VALUES (X'01');

-- VALUES: BINARY(2) literal into BINARY(4)
INSERT INTO k_bin VALUES (X'0102');

-- VALUES: CHAR literal into BYTES
INSERT INTO k_vb VALUES ('ab');

-- VALUES: INT NOT NULL literal into INT NOT NULL
INSERT INTO k_nn VALUES (1);

-- VALUES: typed NULL into INT NOT NULL
INSERT INTO k_nn VALUES (CAST(NULL AS INT));

-- VALUES: typed NULL into INT
INSERT INTO k_i VALUES (CAST(NULL AS INT));

-- VALUES: typed NULL STRING into INT
INSERT INTO k_i VALUES (CAST(NULL AS STRING));

-- VALUES: ARRAY literal into ARRAY<INT>
INSERT INTO k_arr VALUES (ARRAY[1, 2]);

-- VALUES: ARRAY<INT> literal into ARRAY<BIGINT>
INSERT INTO k_arrb VALUES (ARRAY[1, 2]);

-- VALUES: MAP literal into MAP<STRING, INT>
INSERT INTO k_m VALUES (MAP['a', 1]);

-- VALUES: ROW literal into ROW<x INT, y STRING>
INSERT INTO k_r VALUES (ROW(1, 'a'));

-- VALUES: implicit row constructor into ROW
INSERT INTO k_r VALUES ((1, 'a'));

-- VALUES: TIMESTAMP literal into TIMESTAMP_LTZ(3)
INSERT INTO k_ltz VALUES (TIMESTAMP '2020-01-01 00:00:00');

-- VALUES: TIME literal
INSERT INTO k_tm VALUES (TIME '10:00:00');

-- VALUES: CURRENT_TIMESTAMP into TIMESTAMP(3)
INSERT INTO k_ts VALUES (CURRENT_TIMESTAMP);

-- VALUES: CURRENT_TIMESTAMP into TIMESTAMP_LTZ(3)
INSERT INTO k_ltz VALUES (CURRENT_TIMESTAMP);

-- VALUES: LOCALTIMESTAMP into TIMESTAMP(3)
INSERT INTO k_ts VALUES (LOCALTIMESTAMP);
