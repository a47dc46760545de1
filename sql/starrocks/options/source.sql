-- A StarRocks source with every source and lookup option set to a valid value (no finding).
CREATE TABLE src_ok (id INT, name STRING) WITH (
    'connector' = 'starrocks',
    'scan-url' = '127.0.0.1:8030',
    'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'database-name' = 'd',
    'table-name' = 't',
    'username' = 'root',
    'password' = '',
    'scan.connect.timeout-ms' = '2000',
    'scan.params.batch-rows' = '4096',
    'scan.params.properties' = '{"a": "b"}',
    'scan.params.keep-alive-min' = '5',
    'scan.params.query-timeout-s' = '300',
    'scan.params.mem-limit-byte' = '2147483648',
    'scan.params.exec-mode' = 'pipeline',
    'scan.max-retries' = '3',
    'scan.be-host-mapping-list' = '10.0.0.1:9060,be1:9060',
    'lookup.cache.ttl-ms' = '10000',
    'lookup.cache.max-rows' = '1000',
    'lookup.max-retries' = '2',
    'lookup.cache' = 'PARTIAL',
    'lookup.partial-cache.expire-after-access' = '10 min',
    'lookup.partial-cache.expire-after-write' = '1 h',
    'lookup.partial-cache.max-rows' = '10000',
    'lookup.partial-cache.cache-missing-key' = 'false'
);
-- A source without 'scan-url': the source's required option is missing.
CREATE TABLE src_no_scan_url (id INT) WITH (
    'connector' = 'starrocks',
    'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'database-name' = 'd',
    'table-name' = 't',
    'username' = 'root',
    'password' = '',
    'scan.max-retries' = '3'
);
-- scan.connect.timeout-ms not an int.
CREATE TABLE src_bad_timeout (id INT) WITH (
    'connector' = 'starrocks', 'scan-url' = '127.0.0.1:8030', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'scan.connect.timeout-ms' = '1s'
);
-- scan.params.batch-rows, scan.params.keep-alive-min, scan.params.query-timeout-s not ints.
CREATE TABLE src_bad_params (id INT) WITH (
    'connector' = 'starrocks', 'scan-url' = '127.0.0.1:8030', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'scan.params.batch-rows' = 'many',
    'scan.params.keep-alive-min' = '10m',
    'scan.params.query-timeout-s' = '1.5'
);
-- scan.params.mem-limit-byte written with a unit: a Long option.
CREATE TABLE src_bad_mem_limit (id INT) WITH (
    'connector' = 'starrocks', 'scan-url' = '127.0.0.1:8030', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'scan.params.mem-limit-byte' = '1gb'
);
-- scan.max-retries and lookup.max-retries not ints.
CREATE TABLE src_bad_retries (id INT) WITH (
    'connector' = 'starrocks', 'scan-url' = '127.0.0.1:8030', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'scan.max-retries' = 'x',
    'lookup.max-retries' = 'y'
);
-- lookup.cache.ttl-ms and lookup.cache.max-rows not Longs.
CREATE TABLE src_bad_legacy_cache (id INT) WITH (
    'connector' = 'starrocks', 'scan-url' = '127.0.0.1:8030', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'lookup.cache.ttl-ms' = '5 s',
    'lookup.cache.max-rows' = 'all'
);
-- lookup.cache = 'LRU': not one of NONE, PARTIAL, FULL.
CREATE TABLE src_bad_cache_kind (id INT) WITH (
    'connector' = 'starrocks', 'scan-url' = '127.0.0.1:8030', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'lookup.cache' = 'LRU'
);
-- lookup.cache in lower case: Flink parses enum options case-insensitively (no finding).
CREATE TABLE src_cache_lower_case (id INT) WITH (
    'connector' = 'starrocks', 'scan-url' = '127.0.0.1:8030', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'lookup.cache' = 'partial'
);
-- scan.params.properties is a String option: any text is accepted by Flink.
CREATE TABLE src_params_properties_text (id INT) WITH (
    'connector' = 'starrocks', 'scan-url' = '127.0.0.1:8030', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'scan.params.properties' = 'not json'
);
-- lookup.partial-cache durations and sizes with wrong types.
CREATE TABLE src_bad_partial_cache (id INT) WITH (
    'connector' = 'starrocks', 'scan-url' = '127.0.0.1:8030', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'lookup.cache' = 'PARTIAL',
    'lookup.partial-cache.expire-after-access' = 'ten minutes',
    'lookup.partial-cache.expire-after-write' = '10 fortnights',
    'lookup.partial-cache.max-rows' = '1e4',
    'lookup.partial-cache.cache-missing-key' = 'maybe'
);
-- A misspelled source key: did you mean 'scan.max-retries'?
CREATE TABLE src_typo (id INT) WITH (
    'connector' = 'starrocks', 'scan-url' = '127.0.0.1:8030', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'scan.max-retry' = '3'
);
-- One table with both source and sink options: warning at CREATE TABLE.
CREATE TABLE mixed (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'database-name' = 'd',
    'table-name' = 't', 'username' = 'root', 'password' = '',
    'scan-url' = '127.0.0.1:8030',
    'load-url' = '127.0.0.1:8030',
    'scan.max-retries' = '3',
    'sink.semantic' = 'at-least-once'
);
-- A sink table for the INSERTs below (no finding).
CREATE TABLE sink_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
-- A datagen table to insert from, and a blackhole to read into.
CREATE TABLE gen (id INT) WITH ('connector' = 'datagen');
CREATE TABLE hole (id INT) WITH ('connector' = 'blackhole');
-- Reading the source into a blackhole (no finding).
INSERT INTO hole SELECT id FROM src_ok;
-- Writing the sink from datagen (no finding).
INSERT INTO sink_ok SELECT id FROM gen;
-- Writing into the source table: its scan-url and scan.* keys are rejected by the sink factory (and load-url is missing).
INSERT INTO src_ok SELECT id, 'x' FROM gen;
-- Reading the sink table: its load-url is rejected by the source factory (and scan-url is missing).
INSERT INTO hole SELECT id FROM sink_ok;
-- Writing into the mixed table: the source keys are rejected when it is written.
INSERT INTO mixed SELECT id FROM gen;
-- Reading the mixed table: the sink keys are rejected when it is read.
INSERT INTO hole SELECT id FROM mixed;
