-- timeout in seconds (no finding).
CREATE TABLE timeout_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.timeout' = '600'
);
-- timeout = 259200, the FE's maximum (no finding).
CREATE TABLE timeout_max (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.timeout' = '259200'
);
-- timeout = 0: StarRocks expects 1 to 259200 seconds.
CREATE TABLE timeout_zero (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.timeout' = '0'
);
-- timeout = 259201: above the FE's maximum, 'Expected values should be between 1 and 259200 seconds'.
CREATE TABLE timeout_above (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.timeout' = '259201'
);
-- timeout = '10m': not a whole number of seconds.
CREATE TABLE timeout_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.timeout' = '10m'
);
-- prepared_timeout in seconds (no finding offline; needs StarRocks 3.5.4).
CREATE TABLE prepared_timeout_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.prepared_timeout' = '300'
);
-- prepared_timeout = -1: not a positive number.
CREATE TABLE prepared_timeout_negative (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.prepared_timeout' = '-1'
);
-- prepared_timeout = '5min'.
CREATE TABLE prepared_timeout_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.prepared_timeout' = '5min'
);
-- strict_mode = TRUE (case-insensitive) (no finding).
CREATE TABLE strict_mode_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.strict_mode' = 'TRUE'
);
-- strict_mode = 'on': StarRocks 'Invalid strict mode format. Must be bool type'.
CREATE TABLE strict_mode_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.strict_mode' = 'on'
);
-- max_filter_ratio inside [0, 1] (no finding).
CREATE TABLE max_filter_ratio_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.max_filter_ratio' = '0.1'
);
-- max_filter_ratio = 1 (no finding).
CREATE TABLE max_filter_ratio_one (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.max_filter_ratio' = '1'
);
-- max_filter_ratio = 1.5: outside [0, 1].
CREATE TABLE max_filter_ratio_above (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.max_filter_ratio' = '1.5'
);
-- max_filter_ratio = -0.1: outside [0, 1].
CREATE TABLE max_filter_ratio_negative (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.max_filter_ratio' = '-0.1'
);
-- max_filter_ratio = '10%': StarRocks' strtod reads garbage as 0.
CREATE TABLE max_filter_ratio_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.max_filter_ratio' = '10%'
);
-- partial_update = true with partial_update_mode = column (no finding offline).
CREATE TABLE partial_update_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.partial_update' = 'true',
    'sink.properties.partial_update_mode' = 'column'
);
-- partial_update = 'yes': 'Invalid partial update flag format. Must be bool type'.
CREATE TABLE partial_update_text (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.partial_update' = 'yes'
);
-- partial_update_mode = auto: accepted by StarRocks (no finding).
CREATE TABLE partial_update_mode_auto (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.partial_update' = 'true',
    'sink.properties.partial_update_mode' = 'auto'
);
-- partial_update_mode = 'Column': StarRocks matches exact lower case and silently falls back to row mode.
CREATE TABLE partial_update_mode_upper (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.partial_update' = 'true',
    'sink.properties.partial_update_mode' = 'Column'
);
-- partial_update_mode = 'cell': not a mode.
CREATE TABLE partial_update_mode_unknown (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.partial_update' = 'true',
    'sink.properties.partial_update_mode' = 'cell'
);
-- merge_condition naming a column (no finding offline; the live check looks at the column).
CREATE TABLE merge_condition_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.merge_condition' = 'version'
);
-- merge_condition = '': no column.
CREATE TABLE merge_condition_empty (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.merge_condition' = ''
);
-- A property the connector does not interpret is passed through (no finding).
CREATE TABLE unknown_property (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.timezone' = 'UTC'
);
