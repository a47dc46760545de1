-- Window TVFs (TUMBLE/HOP/CUMULATE/SESSION), legacy group windows,
-- OVER windows and MATCH_RECOGNIZE.

-- source with rowtime and proctime
CREATE TABLE bids (item STRING, price DECIMAL(10, 2), bidtime TIMESTAMP(3), pt AS PROCTIME(), WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND) WITH ('connector' = 'datagen');

-- source without a time attribute
CREATE TABLE plain (item STRING, price DECIMAL(10, 2), ts TIMESTAMP(3)) WITH ('connector' = 'datagen');

-- print sink for window results
CREATE TABLE wout (ws TIMESTAMP(3), we TIMESTAMP(3), total DECIMAL(38, 2)) WITH ('connector' = 'print');

-- TUMBLE TVF
SELECT window_start, window_end, SUM(price) FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '10' MINUTE)) GROUP BY window_start, window_end;

-- TUMBLE TVF with named arguments
SELECT * FROM TABLE(TUMBLE(DATA => TABLE bids, TIMECOL => DESCRIPTOR(bidtime), SIZE => INTERVAL '10' MINUTE));

-- TUMBLE TVF with an offset
SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '1' HOUR, INTERVAL '5' MINUTE)) GROUP BY window_start, window_end;

-- TUMBLE TVF on processing time
SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(pt), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;

-- TUMBLE TVF on a non-time-attribute column
SELECT * FROM TABLE(TUMBLE(TABLE plain, DESCRIPTOR(ts), INTERVAL '1' MINUTE));

-- TUMBLE TVF on an unknown column
SELECT * FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(nope), INTERVAL '1' MINUTE));

-- TUMBLE TVF without TABLE keyword on the argument
SELECT * FROM TABLE(TUMBLE(bids, DESCRIPTOR(bidtime), INTERVAL '1' MINUTE));

-- TUMBLE TVF without the outer TABLE()
SELECT * FROM TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '1' MINUTE);

-- TUMBLE TVF with a missing size
SELECT * FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime)));

-- TUMBLE TVF with a non-interval size
SELECT * FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), 10));

-- TUMBLE TVF with a year-month interval size
SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '1' MONTH)) GROUP BY window_start, window_end;

-- HOP TVF
SELECT window_start, window_end, SUM(price) FROM TABLE(HOP(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '5' MINUTE, INTERVAL '10' MINUTE)) GROUP BY window_start, window_end;

-- HOP TVF with size not a multiple of slide
SELECT window_start, COUNT(*) FROM TABLE(HOP(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '3' MINUTE, INTERVAL '10' MINUTE)) GROUP BY window_start, window_end;

-- CUMULATE TVF
SELECT window_start, window_end, SUM(price) FROM TABLE(CUMULATE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '2' MINUTE, INTERVAL '10' MINUTE)) GROUP BY window_start, window_end;

-- CUMULATE TVF with max size not a multiple of step
SELECT window_start, COUNT(*) FROM TABLE(CUMULATE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '3' MINUTE, INTERVAL '10' MINUTE)) GROUP BY window_start, window_end;

-- SESSION TVF with PARTITION BY
SELECT item, window_start, window_end, COUNT(*) FROM TABLE(SESSION(TABLE bids PARTITION BY item, DESCRIPTOR(bidtime), INTERVAL '5' MINUTE)) GROUP BY item, window_start, window_end;

-- SESSION TVF without PARTITION BY
SELECT window_start, COUNT(*) FROM TABLE(SESSION(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '5' MINUTE)) GROUP BY window_start, window_end;

-- window aggregation grouped by window_start only
SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '10' MINUTE)) GROUP BY window_start;

-- window aggregation with extra grouping key
SELECT window_start, window_end, item, MAX(price) FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '10' MINUTE)) GROUP BY window_start, window_end, item;

-- GROUPING SETS in a window aggregation
SELECT window_start, window_end, item, SUM(price) FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '10' MINUTE)) GROUP BY window_start, window_end, GROUPING SETS ((item), ());

-- window Top-N
SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY price DESC) AS rn FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '10' MINUTE))) WHERE rn <= 3;

-- window join
SELECT L.item FROM (SELECT * FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '5' MINUTE))) L JOIN (SELECT * FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '5' MINUTE))) R ON L.item = R.item AND L.window_start = R.window_start AND L.window_end = R.window_end;

-- insert window results into a sink
INSERT INTO wout SELECT window_start, window_end, SUM(price) FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '10' MINUTE)) GROUP BY window_start, window_end;

-- legacy group window TUMBLE
SELECT TUMBLE_START(bidtime, INTERVAL '10' MINUTE), COUNT(*) FROM bids GROUP BY TUMBLE(bidtime, INTERVAL '10' MINUTE);

-- legacy HOP group window
SELECT HOP_END(bidtime, INTERVAL '5' MINUTE, INTERVAL '10' MINUTE), SUM(price) FROM bids GROUP BY HOP(bidtime, INTERVAL '5' MINUTE, INTERVAL '10' MINUTE);

-- legacy SESSION group window
SELECT item, SESSION_START(bidtime, INTERVAL '5' MINUTE), COUNT(*) FROM bids GROUP BY item, SESSION(bidtime, INTERVAL '5' MINUTE);

-- legacy group window on a non-time attribute
SELECT COUNT(*) FROM plain GROUP BY TUMBLE(ts, INTERVAL '10' MINUTE);

-- TUMBLE_START without a matching GROUP BY window
SELECT TUMBLE_START(bidtime, INTERVAL '10' MINUTE) FROM bids;

-- OVER window with ROWS
SELECT item, SUM(price) OVER (PARTITION BY item ORDER BY bidtime ROWS BETWEEN 5 PRECEDING AND CURRENT ROW) FROM bids;

-- OVER window with RANGE interval
SELECT item, AVG(price) OVER (PARTITION BY item ORDER BY bidtime RANGE BETWEEN INTERVAL '1' HOUR PRECEDING AND CURRENT ROW) FROM bids;

-- OVER window with UNBOUNDED PRECEDING
SELECT item, COUNT(*) OVER (PARTITION BY item ORDER BY bidtime ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM bids;

-- named WINDOW clause
SELECT item, SUM(price) OVER w, MAX(price) OVER w FROM bids WINDOW w AS (PARTITION BY item ORDER BY bidtime ROWS BETWEEN 2 PRECEDING AND CURRENT ROW);

-- OVER window ordered by proctime
SELECT item, COUNT(*) OVER (ORDER BY pt ROWS BETWEEN 10 PRECEDING AND CURRENT ROW) FROM bids;

-- OVER window ordered by a non-time column fails at planning
SELECT item, SUM(price) OVER (PARTITION BY item ORDER BY price) FROM bids;

-- OVER window without ORDER BY fails
SELECT item, SUM(price) OVER (PARTITION BY item) FROM bids;

-- OVER window with FOLLOWING is not supported
SELECT item, SUM(price) OVER (PARTITION BY item ORDER BY bidtime ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING) FROM bids;

-- OVER window ordered descending
SELECT item, SUM(price) OVER (PARTITION BY item ORDER BY bidtime DESC ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM bids;

-- two OVER windows with different specs
SELECT item, SUM(price) OVER (PARTITION BY item ORDER BY bidtime ROWS BETWEEN 1 PRECEDING AND CURRENT ROW), COUNT(*) OVER (ORDER BY bidtime ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM bids;

-- MATCH_RECOGNIZE basic pattern
SELECT * FROM bids MATCH_RECOGNIZE (PARTITION BY item ORDER BY bidtime MEASURES A.price AS start_price, LAST(B.price) AS last_price ONE ROW PER MATCH AFTER MATCH SKIP PAST LAST ROW PATTERN (A B+) DEFINE B AS B.price > A.price);

-- MATCH_RECOGNIZE with WITHIN
SELECT * FROM bids MATCH_RECOGNIZE (PARTITION BY item ORDER BY bidtime MEASURES FIRST(A.bidtime) AS t0 PATTERN (A B) WITHIN INTERVAL '1' HOUR DEFINE A AS A.price > 10, B AS B.price < 10);

-- MATCH_RECOGNIZE ordered by a non-time column
SELECT * FROM bids MATCH_RECOGNIZE (PARTITION BY item ORDER BY price MEASURES A.price AS p PATTERN (A) DEFINE A AS A.price > 0);

-- MATCH_RECOGNIZE with an undefined pattern variable in MEASURES
SELECT * FROM bids MATCH_RECOGNIZE (PARTITION BY item ORDER BY bidtime MEASURES C.price AS p PATTERN (A) DEFINE A AS A.price > 0);

-- MATCH_RECOGNIZE missing PATTERN is a parse error
SELECT * FROM bids MATCH_RECOGNIZE (PARTITION BY item ORDER BY bidtime MEASURES A.price AS p DEFINE A AS A.price > 0);

-- MATCH_RECOGNIZE with MATCH_ROWTIME
SELECT * FROM bids MATCH_RECOGNIZE (PARTITION BY item ORDER BY bidtime MEASURES MATCH_ROWTIME() AS rt, A.price AS p PATTERN (A) DEFINE A AS A.price > 0);

-- window TVF over a view
CREATE TEMPORARY VIEW bv AS SELECT item, price, bidtime FROM bids;

-- TUMBLE over the view keeps the time attribute
SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE bv, DESCRIPTOR(bidtime), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;

-- window TVF over a subquery
SELECT window_start, COUNT(*) FROM TABLE(TUMBLE((SELECT item, bidtime FROM bids), DESCRIPTOR(bidtime), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;

-- CUMULATE with a missing max size
SELECT * FROM TABLE(CUMULATE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '2' MINUTE));

-- DESCRIPTOR with two columns
SELECT * FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime, pt), INTERVAL '1' MINUTE));

-- window deduplication
SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, window_end, item ORDER BY bidtime ASC) AS rn FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '10' MINUTE))) WHERE rn = 1;
