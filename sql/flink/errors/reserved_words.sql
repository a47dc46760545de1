-- Reserved words: each one unquoted as a column name in CREATE TABLE.
-- (The dialect spec section 1.3 list, plus standard SQL keywords.)

-- reserved word 'value' as an unquoted column name
CREATE TEMPORARY TABLE rw_value (c0 INT, value INT) WITH ('connector' = 'datagen');

-- reserved word 'comment' as an unquoted column name
CREATE TEMPORARY TABLE rw_comment (c0 INT, comment INT) WITH ('connector' = 'datagen');

-- reserved word 'count' as an unquoted column name
CREATE TEMPORARY TABLE rw_count (c0 INT, count INT) WITH ('connector' = 'datagen');

-- reserved word 'timestamp' as an unquoted column name
CREATE TEMPORARY TABLE rw_timestamp (c0 INT, timestamp INT) WITH ('connector' = 'datagen');

-- reserved word 'date' as an unquoted column name
CREATE TEMPORARY TABLE rw_date (c0 INT, date INT) WITH ('connector' = 'datagen');

-- reserved word 'time' as an unquoted column name
CREATE TEMPORARY TABLE rw_time (c0 INT, time INT) WITH ('connector' = 'datagen');

-- reserved word 'partition' as an unquoted column name
CREATE TEMPORARY TABLE rw_partition (c0 INT, partition INT) WITH ('connector' = 'datagen');

-- reserved word 'offset' as an unquoted column name
CREATE TEMPORARY TABLE rw_offset (c0 INT, offset INT) WITH ('connector' = 'datagen');

-- reserved word 'watermark' as an unquoted column name
CREATE TEMPORARY TABLE rw_watermark (c0 INT, watermark INT) WITH ('connector' = 'datagen');

-- reserved word 'year' as an unquoted column name
CREATE TEMPORARY TABLE rw_year (c0 INT, year INT) WITH ('connector' = 'datagen');

-- reserved word 'month' as an unquoted column name
CREATE TEMPORARY TABLE rw_month (c0 INT, month INT) WITH ('connector' = 'datagen');

-- reserved word 'day' as an unquoted column name
CREATE TEMPORARY TABLE rw_day (c0 INT, day INT) WITH ('connector' = 'datagen');

-- reserved word 'hour' as an unquoted column name
CREATE TEMPORARY TABLE rw_hour (c0 INT, hour INT) WITH ('connector' = 'datagen');

-- reserved word 'minute' as an unquoted column name
CREATE TEMPORARY TABLE rw_minute (c0 INT, minute INT) WITH ('connector' = 'datagen');

-- reserved word 'second' as an unquoted column name
CREATE TEMPORARY TABLE rw_second (c0 INT, second INT) WITH ('connector' = 'datagen');

-- reserved word 'result' as an unquoted column name
CREATE TEMPORARY TABLE rw_result (c0 INT, result INT) WITH ('connector' = 'datagen');

-- reserved word 'position' as an unquoted column name
CREATE TEMPORARY TABLE rw_position (c0 INT, position INT) WITH ('connector' = 'datagen');

-- reserved word 'language' as an unquoted column name
CREATE TEMPORARY TABLE rw_language (c0 INT, language INT) WITH ('connector' = 'datagen');

-- reserved word 'order' as an unquoted column name
CREATE TEMPORARY TABLE rw_order (c0 INT, order INT) WITH ('connector' = 'datagen');

-- reserved word 'user' as an unquoted column name
CREATE TEMPORARY TABLE rw_user (c0 INT, user INT) WITH ('connector' = 'datagen');

-- reserved word 'table' as an unquoted column name
CREATE TEMPORARY TABLE rw_table (c0 INT, table INT) WITH ('connector' = 'datagen');

-- reserved word 'function' as an unquoted column name
CREATE TEMPORARY TABLE rw_function (c0 INT, function INT) WITH ('connector' = 'datagen');

-- reserved word 'system' as an unquoted column name
CREATE TEMPORARY TABLE rw_system (c0 INT, system INT) WITH ('connector' = 'datagen');

-- reserved word 'system_time' as an unquoted column name
CREATE TEMPORARY TABLE rw_system_time (c0 INT, system_time INT) WITH ('connector' = 'datagen');

-- reserved word 'current_date' as an unquoted column name
CREATE TEMPORARY TABLE rw_current_date (c0 INT, current_date INT) WITH ('connector' = 'datagen');

-- reserved word 'current_timestamp' as an unquoted column name
CREATE TEMPORARY TABLE rw_current_timestamp (c0 INT, current_timestamp INT) WITH ('connector' = 'datagen');

-- reserved word 'start' as an unquoted column name
CREATE TEMPORARY TABLE rw_start (c0 INT, start INT) WITH ('connector' = 'datagen');

-- reserved word 'end' as an unquoted column name
CREATE TEMPORARY TABLE rw_end (c0 INT, end INT) WITH ('connector' = 'datagen');

-- reserved word 'begin' as an unquoted column name
CREATE TEMPORARY TABLE rw_begin (c0 INT, begin INT) WITH ('connector' = 'datagen');

-- reserved word 'interval' as an unquoted column name
CREATE TEMPORARY TABLE rw_interval (c0 INT, interval INT) WITH ('connector' = 'datagen');

-- reserved word 'row' as an unquoted column name
CREATE TEMPORARY TABLE rw_row (c0 INT, row INT) WITH ('connector' = 'datagen');

-- reserved word 'rows' as an unquoted column name
CREATE TEMPORARY TABLE rw_rows (c0 INT, rows INT) WITH ('connector' = 'datagen');

-- reserved word 'range' as an unquoted column name
CREATE TEMPORARY TABLE rw_range (c0 INT, range INT) WITH ('connector' = 'datagen');

-- reserved word 'values' as an unquoted column name
CREATE TEMPORARY TABLE rw_values (c0 INT, values INT) WITH ('connector' = 'datagen');

-- reserved word 'model' as an unquoted column name
CREATE TEMPORARY TABLE rw_model (c0 INT, model INT) WITH ('connector' = 'datagen');

-- reserved word 'models' as an unquoted column name
CREATE TEMPORARY TABLE rw_models (c0 INT, models INT) WITH ('connector' = 'datagen');

-- reserved word 'module' as an unquoted column name
CREATE TEMPORARY TABLE rw_module (c0 INT, module INT) WITH ('connector' = 'datagen');

-- reserved word 'modules' as an unquoted column name
CREATE TEMPORARY TABLE rw_modules (c0 INT, modules INT) WITH ('connector' = 'datagen');

-- reserved word 'functions' as an unquoted column name
CREATE TEMPORARY TABLE rw_functions (c0 INT, functions INT) WITH ('connector' = 'datagen');

-- reserved word 'statement' as an unquoted column name
CREATE TEMPORARY TABLE rw_statement (c0 INT, statement INT) WITH ('connector' = 'datagen');

-- reserved word 'set' as an unquoted column name
CREATE TEMPORARY TABLE rw_set (c0 INT, set INT) WITH ('connector' = 'datagen');

-- reserved word 'reset' as an unquoted column name
CREATE TEMPORARY TABLE rw_reset (c0 INT, reset INT) WITH ('connector' = 'datagen');

-- reserved word 'show' as an unquoted column name
CREATE TEMPORARY TABLE rw_show (c0 INT, show INT) WITH ('connector' = 'datagen');

-- reserved word 'use' as an unquoted column name
CREATE TEMPORARY TABLE rw_use (c0 INT, use INT) WITH ('connector' = 'datagen');

-- reserved word 'explain' as an unquoted column name
CREATE TEMPORARY TABLE rw_explain (c0 INT, explain INT) WITH ('connector' = 'datagen');

-- reserved word 'execute' as an unquoted column name
CREATE TEMPORARY TABLE rw_execute (c0 INT, execute INT) WITH ('connector' = 'datagen');

-- reserved word 'bytes' as an unquoted column name
CREATE TEMPORARY TABLE rw_bytes (c0 INT, bytes INT) WITH ('connector' = 'datagen');

-- reserved word 'string' as an unquoted column name
CREATE TEMPORARY TABLE rw_string (c0 INT, string INT) WITH ('connector' = 'datagen');

-- reserved word 'raw' as an unquoted column name
CREATE TEMPORARY TABLE rw_raw (c0 INT, raw INT) WITH ('connector' = 'datagen');

-- reserved word 'tables' as an unquoted column name
CREATE TEMPORARY TABLE rw_tables (c0 INT, tables INT) WITH ('connector' = 'datagen');

-- reserved word 'catalogs' as an unquoted column name
CREATE TEMPORARY TABLE rw_catalogs (c0 INT, catalogs INT) WITH ('connector' = 'datagen');

-- reserved word 'databases' as an unquoted column name
CREATE TEMPORARY TABLE rw_databases (c0 INT, databases INT) WITH ('connector' = 'datagen');

-- reserved word 'views' as an unquoted column name
CREATE TEMPORARY TABLE rw_views (c0 INT, views INT) WITH ('connector' = 'datagen');

-- reserved word 'hash' as an unquoted column name
CREATE TEMPORARY TABLE rw_hash (c0 INT, hash INT) WITH ('connector' = 'datagen');

-- reserved word 'distribution' as an unquoted column name
CREATE TEMPORARY TABLE rw_distribution (c0 INT, distribution INT) WITH ('connector' = 'datagen');

-- reserved word 'distributed' as an unquoted column name
CREATE TEMPORARY TABLE rw_distributed (c0 INT, distributed INT) WITH ('connector' = 'datagen');

-- reserved word 'buckets' as an unquoted column name
CREATE TEMPORARY TABLE rw_buckets (c0 INT, buckets INT) WITH ('connector' = 'datagen');

-- reserved word 'watermarks' as an unquoted column name
CREATE TEMPORARY TABLE rw_watermarks (c0 INT, watermarks INT) WITH ('connector' = 'datagen');

-- reserved word 'constraint' as an unquoted column name
CREATE TEMPORARY TABLE rw_constraint (c0 INT, constraint INT) WITH ('connector' = 'datagen');

-- reserved word 'primary' as an unquoted column name
CREATE TEMPORARY TABLE rw_primary (c0 INT, primary INT) WITH ('connector' = 'datagen');

-- reserved word 'unique' as an unquoted column name
CREATE TEMPORARY TABLE rw_unique (c0 INT, unique INT) WITH ('connector' = 'datagen');

-- reserved word 'not' as an unquoted column name
CREATE TEMPORARY TABLE rw_not (c0 INT, not INT) WITH ('connector' = 'datagen');

-- reserved word 'null' as an unquoted column name
CREATE TEMPORARY TABLE rw_null (c0 INT, null INT) WITH ('connector' = 'datagen');

-- reserved word 'true' as an unquoted column name
CREATE TEMPORARY TABLE rw_true (c0 INT, true INT) WITH ('connector' = 'datagen');

-- reserved word 'false' as an unquoted column name
CREATE TEMPORARY TABLE rw_false (c0 INT, false INT) WITH ('connector' = 'datagen');

-- reserved word 'default' as an unquoted column name
CREATE TEMPORARY TABLE rw_default (c0 INT, default INT) WITH ('connector' = 'datagen');

-- reserved word 'character' as an unquoted column name
CREATE TEMPORARY TABLE rw_character (c0 INT, character INT) WITH ('connector' = 'datagen');

-- reserved word 'char' as an unquoted column name
CREATE TEMPORARY TABLE rw_char (c0 INT, char INT) WITH ('connector' = 'datagen');

-- reserved word 'varchar' as an unquoted column name
CREATE TEMPORARY TABLE rw_varchar (c0 INT, varchar INT) WITH ('connector' = 'datagen');

-- reserved word 'int' as an unquoted column name
CREATE TEMPORARY TABLE rw_int (c0 INT, int INT) WITH ('connector' = 'datagen');

-- reserved word 'integer' as an unquoted column name
CREATE TEMPORARY TABLE rw_integer (c0 INT, integer INT) WITH ('connector' = 'datagen');

-- reserved word 'bigint' as an unquoted column name
CREATE TEMPORARY TABLE rw_bigint (c0 INT, bigint INT) WITH ('connector' = 'datagen');

-- reserved word 'double' as an unquoted column name
CREATE TEMPORARY TABLE rw_double (c0 INT, double INT) WITH ('connector' = 'datagen');

-- reserved word 'float' as an unquoted column name
CREATE TEMPORARY TABLE rw_float (c0 INT, float INT) WITH ('connector' = 'datagen');

-- reserved word 'decimal' as an unquoted column name
CREATE TEMPORARY TABLE rw_decimal (c0 INT, decimal INT) WITH ('connector' = 'datagen');

-- reserved word 'boolean' as an unquoted column name
CREATE TEMPORARY TABLE rw_boolean (c0 INT, boolean INT) WITH ('connector' = 'datagen');

-- reserved word 'binary' as an unquoted column name
CREATE TEMPORARY TABLE rw_binary (c0 INT, binary INT) WITH ('connector' = 'datagen');

-- reserved word 'varbinary' as an unquoted column name
CREATE TEMPORARY TABLE rw_varbinary (c0 INT, varbinary INT) WITH ('connector' = 'datagen');

-- reserved word 'array' as an unquoted column name
CREATE TEMPORARY TABLE rw_array (c0 INT, array INT) WITH ('connector' = 'datagen');

-- reserved word 'multiset' as an unquoted column name
CREATE TEMPORARY TABLE rw_multiset (c0 INT, multiset INT) WITH ('connector' = 'datagen');

-- reserved word 'sql' as an unquoted column name
CREATE TEMPORARY TABLE rw_sql (c0 INT, sql INT) WITH ('connector' = 'datagen');

-- reserved word 'method' as an unquoted column name
CREATE TEMPORARY TABLE rw_method (c0 INT, method INT) WITH ('connector' = 'datagen');

-- reserved word 'window' as an unquoted column name
CREATE TEMPORARY TABLE rw_window (c0 INT, window INT) WITH ('connector' = 'datagen');

-- reserved word 'exec' as an unquoted column name
CREATE TEMPORARY TABLE rw_exec (c0 INT, exec INT) WITH ('connector' = 'datagen');

-- reserved word 'local' as an unquoted column name
CREATE TEMPORARY TABLE rw_local (c0 INT, local INT) WITH ('connector' = 'datagen');

-- reserved word 'localtime' as an unquoted column name
CREATE TEMPORARY TABLE rw_localtime (c0 INT, localtime INT) WITH ('connector' = 'datagen');

-- reserved word 'scope' as an unquoted column name
CREATE TEMPORARY TABLE rw_scope (c0 INT, scope INT) WITH ('connector' = 'datagen');

-- reserved word 'returns' as an unquoted column name
CREATE TEMPORARY TABLE rw_returns (c0 INT, returns INT) WITH ('connector' = 'datagen');

-- reserved word 'return' as an unquoted column name
CREATE TEMPORARY TABLE rw_return (c0 INT, return INT) WITH ('connector' = 'datagen');

-- reserved word 'match_recognize' as an unquoted column name
CREATE TEMPORARY TABLE rw_match_recognize (c0 INT, match_recognize INT) WITH ('connector' = 'datagen');

-- reserved word 'pattern' as an unquoted column name
CREATE TEMPORARY TABLE rw_pattern (c0 INT, pattern INT) WITH ('connector' = 'datagen');

-- reserved word 'measures' as an unquoted column name
CREATE TEMPORARY TABLE rw_measures (c0 INT, measures INT) WITH ('connector' = 'datagen');

-- reserved word 'define' as an unquoted column name
CREATE TEMPORARY TABLE rw_define (c0 INT, define INT) WITH ('connector' = 'datagen');

-- reserved word 'skip' as an unquoted column name
CREATE TEMPORARY TABLE rw_skip (c0 INT, skip INT) WITH ('connector' = 'datagen');

-- reserved word 'sum' as an unquoted column name
CREATE TEMPORARY TABLE rw_sum (c0 INT, sum INT) WITH ('connector' = 'datagen');

-- reserved word 'avg' as an unquoted column name
CREATE TEMPORARY TABLE rw_avg (c0 INT, avg INT) WITH ('connector' = 'datagen');

-- reserved word 'min' as an unquoted column name
CREATE TEMPORARY TABLE rw_min (c0 INT, min INT) WITH ('connector' = 'datagen');

-- reserved word 'max' as an unquoted column name
CREATE TEMPORARY TABLE rw_max (c0 INT, max INT) WITH ('connector' = 'datagen');

-- reserved word 'nullif' as an unquoted column name
CREATE TEMPORARY TABLE rw_nullif (c0 INT, nullif INT) WITH ('connector' = 'datagen');

-- reserved word 'coalesce' as an unquoted column name
CREATE TEMPORARY TABLE rw_coalesce (c0 INT, coalesce INT) WITH ('connector' = 'datagen');

-- reserved word 'case' as an unquoted column name
CREATE TEMPORARY TABLE rw_case (c0 INT, case INT) WITH ('connector' = 'datagen');

-- reserved word 'cast' as an unquoted column name
CREATE TEMPORARY TABLE rw_cast (c0 INT, cast INT) WITH ('connector' = 'datagen');

-- reserved word 'select' as an unquoted column name
CREATE TEMPORARY TABLE rw_select (c0 INT, select INT) WITH ('connector' = 'datagen');

-- reserved word 'from' as an unquoted column name
CREATE TEMPORARY TABLE rw_from (c0 INT, from INT) WITH ('connector' = 'datagen');

-- reserved word 'where' as an unquoted column name
CREATE TEMPORARY TABLE rw_where (c0 INT, where INT) WITH ('connector' = 'datagen');

-- reserved word 'group' as an unquoted column name
CREATE TEMPORARY TABLE rw_group (c0 INT, group INT) WITH ('connector' = 'datagen');

-- reserved word 'by' as an unquoted column name
CREATE TEMPORARY TABLE rw_by (c0 INT, by INT) WITH ('connector' = 'datagen');

-- reserved word 'having' as an unquoted column name
CREATE TEMPORARY TABLE rw_having (c0 INT, having INT) WITH ('connector' = 'datagen');

-- reserved word 'limit' as an unquoted column name
CREATE TEMPORARY TABLE rw_limit (c0 INT, limit INT) WITH ('connector' = 'datagen');

-- reserved word 'join' as an unquoted column name
CREATE TEMPORARY TABLE rw_join (c0 INT, join INT) WITH ('connector' = 'datagen');

-- reserved word 'on' as an unquoted column name
CREATE TEMPORARY TABLE rw_on (c0 INT, on INT) WITH ('connector' = 'datagen');

-- reserved word 'and' as an unquoted column name
CREATE TEMPORARY TABLE rw_and (c0 INT, and INT) WITH ('connector' = 'datagen');

-- reserved word 'or' as an unquoted column name
CREATE TEMPORARY TABLE rw_or (c0 INT, or INT) WITH ('connector' = 'datagen');

-- reserved word 'in' as an unquoted column name
CREATE TEMPORARY TABLE rw_in (c0 INT, in INT) WITH ('connector' = 'datagen');

-- reserved word 'is' as an unquoted column name
CREATE TEMPORARY TABLE rw_is (c0 INT, is INT) WITH ('connector' = 'datagen');

-- reserved word 'as' as an unquoted column name
CREATE TEMPORARY TABLE rw_as (c0 INT, as INT) WITH ('connector' = 'datagen');

-- reserved word 'with' as an unquoted column name
CREATE TEMPORARY TABLE rw_with (c0 INT, with INT) WITH ('connector' = 'datagen');

-- reserved word 'create' as an unquoted column name
CREATE TEMPORARY TABLE rw_create (c0 INT, create INT) WITH ('connector' = 'datagen');

-- reserved word 'drop' as an unquoted column name
CREATE TEMPORARY TABLE rw_drop (c0 INT, drop INT) WITH ('connector' = 'datagen');

-- reserved word 'alter' as an unquoted column name
CREATE TEMPORARY TABLE rw_alter (c0 INT, alter INT) WITH ('connector' = 'datagen');

-- reserved word 'insert' as an unquoted column name
CREATE TEMPORARY TABLE rw_insert (c0 INT, insert INT) WITH ('connector' = 'datagen');

-- reserved word 'into' as an unquoted column name
CREATE TEMPORARY TABLE rw_into (c0 INT, into INT) WITH ('connector' = 'datagen');

-- reserved word 'update' as an unquoted column name
CREATE TEMPORARY TABLE rw_update (c0 INT, update INT) WITH ('connector' = 'datagen');

-- reserved word 'delete' as an unquoted column name
CREATE TEMPORARY TABLE rw_delete (c0 INT, delete INT) WITH ('connector' = 'datagen');

-- reserved word 'union' as an unquoted column name
CREATE TEMPORARY TABLE rw_union (c0 INT, union INT) WITH ('connector' = 'datagen');

-- reserved word 'all' as an unquoted column name
CREATE TEMPORARY TABLE rw_all (c0 INT, all INT) WITH ('connector' = 'datagen');

-- reserved word 'distinct' as an unquoted column name
CREATE TEMPORARY TABLE rw_distinct (c0 INT, distinct INT) WITH ('connector' = 'datagen');

-- reserved word 'between' as an unquoted column name
CREATE TEMPORARY TABLE rw_between (c0 INT, between INT) WITH ('connector' = 'datagen');

-- reserved word 'like' as an unquoted column name
CREATE TEMPORARY TABLE rw_like (c0 INT, like INT) WITH ('connector' = 'datagen');

-- reserved word 'escape' as an unquoted column name
CREATE TEMPORARY TABLE rw_escape (c0 INT, escape INT) WITH ('connector' = 'datagen');

-- reserved word 'exists' as an unquoted column name
CREATE TEMPORARY TABLE rw_exists (c0 INT, exists INT) WITH ('connector' = 'datagen');

-- reserved word 'when' as an unquoted column name
CREATE TEMPORARY TABLE rw_when (c0 INT, when INT) WITH ('connector' = 'datagen');

-- reserved word 'then' as an unquoted column name
CREATE TEMPORARY TABLE rw_then (c0 INT, then INT) WITH ('connector' = 'datagen');

-- reserved word 'else' as an unquoted column name
CREATE TEMPORARY TABLE rw_else (c0 INT, else INT) WITH ('connector' = 'datagen');

-- reserved word 'current_time' as an unquoted column name
CREATE TEMPORARY TABLE rw_current_time (c0 INT, current_time INT) WITH ('connector' = 'datagen');

-- reserved word 'localtimestamp' as an unquoted column name
CREATE TEMPORARY TABLE rw_localtimestamp (c0 INT, localtimestamp INT) WITH ('connector' = 'datagen');
