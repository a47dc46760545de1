-- Non-reserved keywords and common names used unquoted as column names,
-- and reserved words used back-quoted.

-- non-reserved word 'key' as an unquoted column name
CREATE TEMPORARY TABLE nr_key (c0 INT, key INT) WITH ('connector' = 'datagen');

-- non-reserved word 'name' as an unquoted column name
CREATE TEMPORARY TABLE nr_name (c0 INT, name INT) WITH ('connector' = 'datagen');

-- non-reserved word 'type' as an unquoted column name
CREATE TEMPORARY TABLE nr_type (c0 INT, type INT) WITH ('connector' = 'datagen');

-- non-reserved word 'data' as an unquoted column name
CREATE TEMPORARY TABLE nr_data (c0 INT, data INT) WITH ('connector' = 'datagen');

-- non-reserved word 'status' as an unquoted column name
CREATE TEMPORARY TABLE nr_status (c0 INT, status INT) WITH ('connector' = 'datagen');

-- non-reserved word 'metadata' as an unquoted column name
CREATE TEMPORARY TABLE nr_metadata (c0 INT, metadata INT) WITH ('connector' = 'datagen');

-- non-reserved word 'desc' as an unquoted column name
CREATE TEMPORARY TABLE nr_desc (c0 INT, desc INT) WITH ('connector' = 'datagen');

-- non-reserved word 'source' as an unquoted column name
CREATE TEMPORARY TABLE nr_source (c0 INT, source INT) WITH ('connector' = 'datagen');

-- non-reserved word 'sink' as an unquoted column name
CREATE TEMPORARY TABLE nr_sink (c0 INT, sink INT) WITH ('connector' = 'datagen');

-- non-reserved word 'id' as an unquoted column name
CREATE TEMPORARY TABLE nr_id (c0 INT, id INT) WITH ('connector' = 'datagen');

-- non-reserved word 'message' as an unquoted column name
CREATE TEMPORARY TABLE nr_message (c0 INT, message INT) WITH ('connector' = 'datagen');

-- non-reserved word 'topic' as an unquoted column name
CREATE TEMPORARY TABLE nr_topic (c0 INT, topic INT) WITH ('connector' = 'datagen');

-- non-reserved word 'description' as an unquoted column name
CREATE TEMPORARY TABLE nr_description (c0 INT, description INT) WITH ('connector' = 'datagen');

-- non-reserved word 'version' as an unquoted column name
CREATE TEMPORARY TABLE nr_version (c0 INT, version INT) WITH ('connector' = 'datagen');

-- non-reserved word 'level' as an unquoted column name
CREATE TEMPORARY TABLE nr_level (c0 INT, level INT) WITH ('connector' = 'datagen');

-- non-reserved word 'path' as an unquoted column name
CREATE TEMPORARY TABLE nr_path (c0 INT, path INT) WITH ('connector' = 'datagen');

-- non-reserved word 'format' as an unquoted column name
CREATE TEMPORARY TABLE nr_format (c0 INT, format INT) WITH ('connector' = 'datagen');

-- non-reserved word 'database' as an unquoted column name
CREATE TEMPORARY TABLE nr_database (c0 INT, database INT) WITH ('connector' = 'datagen');

-- non-reserved word 'catalog' as an unquoted column name
CREATE TEMPORARY TABLE nr_catalog (c0 INT, catalog INT) WITH ('connector' = 'datagen');

-- non-reserved word 'first' as an unquoted column name
CREATE TEMPORARY TABLE nr_first (c0 INT, first INT) WITH ('connector' = 'datagen');

-- non-reserved word 'last' as an unquoted column name
CREATE TEMPORARY TABLE nr_last (c0 INT, last INT) WITH ('connector' = 'datagen');

-- non-reserved word 'size' as an unquoted column name
CREATE TEMPORARY TABLE nr_size (c0 INT, size INT) WITH ('connector' = 'datagen');

-- non-reserved word 'length' as an unquoted column name
CREATE TEMPORARY TABLE nr_length (c0 INT, length INT) WITH ('connector' = 'datagen');

-- non-reserved word 'options' as an unquoted column name
CREATE TEMPORARY TABLE nr_options (c0 INT, options INT) WITH ('connector' = 'datagen');

-- non-reserved word 'option' as an unquoted column name
CREATE TEMPORARY TABLE nr_option (c0 INT, option INT) WITH ('connector' = 'datagen');

-- non-reserved word 'enforced' as an unquoted column name
CREATE TEMPORARY TABLE nr_enforced (c0 INT, enforced INT) WITH ('connector' = 'datagen');

-- non-reserved word 'virtual' as an unquoted column name
CREATE TEMPORARY TABLE nr_virtual (c0 INT, virtual INT) WITH ('connector' = 'datagen');

-- non-reserved word 'overwrite' as an unquoted column name
CREATE TEMPORARY TABLE nr_overwrite (c0 INT, overwrite INT) WITH ('connector' = 'datagen');

-- non-reserved word 'temporary' as an unquoted column name
CREATE TEMPORARY TABLE nr_temporary (c0 INT, temporary INT) WITH ('connector' = 'datagen');

-- non-reserved word 'view' as an unquoted column name
CREATE TEMPORARY TABLE nr_view (c0 INT, view INT) WITH ('connector' = 'datagen');

-- non-reserved word 'jar' as an unquoted column name
CREATE TEMPORARY TABLE nr_jar (c0 INT, jar INT) WITH ('connector' = 'datagen');

-- non-reserved word 'plan' as an unquoted column name
CREATE TEMPORARY TABLE nr_plan (c0 INT, plan INT) WITH ('connector' = 'datagen');

-- non-reserved word 'compile' as an unquoted column name
CREATE TEMPORARY TABLE nr_compile (c0 INT, compile INT) WITH ('connector' = 'datagen');

-- non-reserved word 'analyze' as an unquoted column name
CREATE TEMPORARY TABLE nr_analyze (c0 INT, analyze INT) WITH ('connector' = 'datagen');

-- non-reserved word 'statistics' as an unquoted column name
CREATE TEMPORARY TABLE nr_statistics (c0 INT, statistics INT) WITH ('connector' = 'datagen');

-- non-reserved word 'compute' as an unquoted column name
CREATE TEMPORARY TABLE nr_compute (c0 INT, compute INT) WITH ('connector' = 'datagen');

-- non-reserved word 'columns' as an unquoted column name
CREATE TEMPORARY TABLE nr_columns (c0 INT, columns INT) WITH ('connector' = 'datagen');

-- non-reserved word 'partitioned' as an unquoted column name
CREATE TEMPORARY TABLE nr_partitioned (c0 INT, partitioned INT) WITH ('connector' = 'datagen');

-- non-reserved word 'partitions' as an unquoted column name
CREATE TEMPORARY TABLE nr_partitions (c0 INT, partitions INT) WITH ('connector' = 'datagen');

-- non-reserved word 'overwriting' as an unquoted column name
CREATE TEMPORARY TABLE nr_overwriting (c0 INT, overwriting INT) WITH ('connector' = 'datagen');

-- non-reserved word 'including' as an unquoted column name
CREATE TEMPORARY TABLE nr_including (c0 INT, including INT) WITH ('connector' = 'datagen');

-- non-reserved word 'excluding' as an unquoted column name
CREATE TEMPORARY TABLE nr_excluding (c0 INT, excluding INT) WITH ('connector' = 'datagen');

-- non-reserved word 'generated' as an unquoted column name
CREATE TEMPORARY TABLE nr_generated (c0 INT, generated INT) WITH ('connector' = 'datagen');

-- non-reserved word 'constraints' as an unquoted column name
CREATE TEMPORARY TABLE nr_constraints (c0 INT, constraints INT) WITH ('connector' = 'datagen');

-- non-reserved word 'map' as an unquoted column name
CREATE TEMPORARY TABLE nr_map (c0 INT, map INT) WITH ('connector' = 'datagen');

-- non-reserved word 'mode' as an unquoted column name
CREATE TEMPORARY TABLE nr_mode (c0 INT, mode INT) WITH ('connector' = 'datagen');

-- non-reserved word 'state' as an unquoted column name
CREATE TEMPORARY TABLE nr_state (c0 INT, state INT) WITH ('connector' = 'datagen');

-- non-reserved word 'zone' as an unquoted column name
CREATE TEMPORARY TABLE nr_zone (c0 INT, zone INT) WITH ('connector' = 'datagen');

-- non-reserved word 'number' as an unquoted column name
CREATE TEMPORARY TABLE nr_number (c0 INT, number INT) WITH ('connector' = 'datagen');

-- non-reserved word 'section' as an unquoted column name
CREATE TEMPORARY TABLE nr_section (c0 INT, section INT) WITH ('connector' = 'datagen');

-- non-reserved word 'tumble' as an unquoted column name
CREATE TEMPORARY TABLE nr_tumble (c0 INT, tumble INT) WITH ('connector' = 'datagen');

-- non-reserved word 'hop' as an unquoted column name
CREATE TEMPORARY TABLE nr_hop (c0 INT, hop INT) WITH ('connector' = 'datagen');

-- non-reserved word 'session' as an unquoted column name
CREATE TEMPORARY TABLE nr_session (c0 INT, session INT) WITH ('connector' = 'datagen');

-- non-reserved word 'cumulate' as an unquoted column name
CREATE TEMPORARY TABLE nr_cumulate (c0 INT, cumulate INT) WITH ('connector' = 'datagen');

-- non-reserved word 'descriptor' as an unquoted column name
CREATE TEMPORARY TABLE nr_descriptor (c0 INT, descriptor INT) WITH ('connector' = 'datagen');

-- non-reserved word 'proctime' as an unquoted column name
CREATE TEMPORARY TABLE nr_proctime (c0 INT, proctime INT) WITH ('connector' = 'datagen');

-- non-reserved word 'rowtime' as an unquoted column name
CREATE TEMPORARY TABLE nr_rowtime (c0 INT, rowtime INT) WITH ('connector' = 'datagen');

-- non-reserved word 'if' as an unquoted column name
CREATE TEMPORARY TABLE nr_if (c0 INT, if INT) WITH ('connector' = 'datagen');

-- non-reserved word 'try_cast' as an unquoted column name
CREATE TEMPORARY TABLE nr_try_cast (c0 INT, try_cast INT) WITH ('connector' = 'datagen');

-- back-quoted reserved words as column names (value .. user)
CREATE TEMPORARY TABLE quoted_0 (`value` INT, `comment` INT, `count` INT, `timestamp` INT, `date` INT, `time` INT, `partition` INT, `offset` INT, `watermark` INT, `year` INT, `month` INT, `day` INT, `hour` INT, `minute` INT, `second` INT, `result` INT, `position` INT, `language` INT, `order` INT, `user` INT) WITH ('connector' = 'datagen');

-- back-quoted reserved words as column names (table .. statement)
CREATE TEMPORARY TABLE quoted_1 (`table` INT, `function` INT, `system` INT, `system_time` INT, `current_date` INT, `current_timestamp` INT, `start` INT, `end` INT, `begin` INT, `interval` INT, `row` INT, `rows` INT, `range` INT, `values` INT, `model` INT, `models` INT, `module` INT, `modules` INT, `functions` INT, `statement` INT) WITH ('connector' = 'datagen');

-- back-quoted reserved words as column names (set .. primary)
CREATE TEMPORARY TABLE quoted_2 (`set` INT, `reset` INT, `show` INT, `use` INT, `explain` INT, `execute` INT, `bytes` INT, `string` INT, `raw` INT, `tables` INT, `catalogs` INT, `databases` INT, `views` INT, `hash` INT, `distribution` INT, `distributed` INT, `buckets` INT, `watermarks` INT, `constraint` INT, `primary` INT) WITH ('connector' = 'datagen');

-- back-quoted reserved words as column names (unique .. multiset)
CREATE TEMPORARY TABLE quoted_3 (`unique` INT, `not` INT, `null` INT, `true` INT, `false` INT, `default` INT, `character` INT, `char` INT, `varchar` INT, `int` INT, `integer` INT, `bigint` INT, `double` INT, `float` INT, `decimal` INT, `boolean` INT, `binary` INT, `varbinary` INT, `array` INT, `multiset` INT) WITH ('connector' = 'datagen');

-- back-quoted reserved words as column names (sql .. coalesce)
CREATE TEMPORARY TABLE quoted_4 (`sql` INT, `method` INT, `window` INT, `exec` INT, `local` INT, `localtime` INT, `scope` INT, `returns` INT, `return` INT, `match_recognize` INT, `pattern` INT, `measures` INT, `define` INT, `skip` INT, `sum` INT, `avg` INT, `min` INT, `max` INT, `nullif` INT, `coalesce` INT) WITH ('connector' = 'datagen');

-- back-quoted reserved words as column names (case .. cast)
CREATE TEMPORARY TABLE quoted_5 (`case` INT, `cast` INT) WITH ('connector' = 'datagen');

-- reserved word 'user' as an unquoted table name
CREATE TEMPORARY TABLE user (id INT) WITH ('connector' = 'datagen');

-- reserved word 'user' as a back-quoted table name
CREATE TEMPORARY TABLE `user` (id INT) WITH ('connector' = 'datagen');

-- reserved word 'table' as an unquoted table name
CREATE TEMPORARY TABLE table (id INT) WITH ('connector' = 'datagen');

-- reserved word 'table' as a back-quoted table name
CREATE TEMPORARY TABLE `table` (id INT) WITH ('connector' = 'datagen');

-- reserved word 'order' as an unquoted table name
CREATE TEMPORARY TABLE order (id INT) WITH ('connector' = 'datagen');

-- reserved word 'order' as a back-quoted table name
CREATE TEMPORARY TABLE `order` (id INT) WITH ('connector' = 'datagen');

-- reserved word 'value' as an unquoted table name
CREATE TEMPORARY TABLE value (id INT) WITH ('connector' = 'datagen');

-- reserved word 'value' as a back-quoted table name
CREATE TEMPORARY TABLE `value` (id INT) WITH ('connector' = 'datagen');

-- reserved word 'timestamp' as an unquoted table name
CREATE TEMPORARY TABLE timestamp (id INT) WITH ('connector' = 'datagen');

-- reserved word 'timestamp' as a back-quoted table name
CREATE TEMPORARY TABLE `timestamp` (id INT) WITH ('connector' = 'datagen');

-- non-reserved word 'key' as an unquoted table name
CREATE TEMPORARY TABLE key (id INT) WITH ('connector' = 'datagen');

-- non-reserved word 'name' as an unquoted table name
CREATE TEMPORARY TABLE name (id INT) WITH ('connector' = 'datagen');

-- non-reserved word 'source' as an unquoted table name
CREATE TEMPORARY TABLE source (id INT) WITH ('connector' = 'datagen');

-- non-reserved word 'status' as an unquoted table name
CREATE TEMPORARY TABLE status (id INT) WITH ('connector' = 'datagen');

-- reserved word column selected back-quoted
SELECT `value`, `timestamp` FROM quoted_0;

-- reserved word column selected unquoted is a parse error
SELECT value FROM quoted_0;

-- non-reserved word column selected unquoted
SELECT key, name FROM nr_key, nr_name;
