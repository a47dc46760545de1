-- column_separator and row_delimiter, plain and hex (no finding).
CREATE TABLE csv_separators_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.column_separator' = '|',
    'sink.properties.row_delimiter' = '\x0D0A'
);
-- The hex prefix '\X' in upper case is decoded too (no finding).
CREATE TABLE csv_hex_upper (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.column_separator' = '\X01'
);
-- column_separator '\x1': odd number of hex digits, the connector's 'Failed to parse delimiter'.
CREATE TABLE csv_bad_hex (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.column_separator' = '\x1'
);
-- row_delimiter '\xZZ': not hex digits.
CREATE TABLE csv_bad_hex_digits (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.row_delimiter' = '\xZZ'
);
-- column_separator '': StarRocks rejects an empty delimiter.
CREATE TABLE csv_empty_separator (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.column_separator' = ''
);
-- column_separator of 51 bytes: StarRocks accepts at most 50.
CREATE TABLE csv_long_separator (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.column_separator' = '---------------------------------------------------'
);
-- A multi-byte separator of 50 bytes is still accepted (no finding).
CREATE TABLE csv_multibyte_separator (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.column_separator' = '--------------------------------------------------'
);
-- enclose and escape, one byte each (no finding).
CREATE TABLE csv_enclose_escape_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enclose' = '"',
    'sink.properties.escape' = '\'
);
-- enclose of two characters: StarRocks uses one byte.
CREATE TABLE csv_enclose_two_chars (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.enclose' = '""'
);
-- escape = '': not a one-byte character.
CREATE TABLE csv_escape_empty (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.escape' = ''
);
-- escape = 'é': two bytes in UTF-8.
CREATE TABLE csv_escape_multibyte (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.escape' = 'é'
);
-- columns listing the target columns (no finding offline).
CREATE TABLE columns_ok (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.columns' = 'id'
);
-- columns = '': an empty column list.
CREATE TABLE columns_empty (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.columns' = ' '
);
-- column_separator '\t' written in SQL is a backslash and a 't': the connector writes those two characters, StarRocks decodes them as a tab.
CREATE TABLE csv_backslash_t (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.column_separator' = '\t'
);
-- column_separator '0x01': StarRocks decodes the 0x form as hex, the connector only decodes '\x' and writes the four characters.
CREATE TABLE csv_hex_0x (id INT) WITH (
    'connector' = 'starrocks', 'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030', 'load-url' = '127.0.0.1:8030',
    'database-name' = 'd', 'table-name' = 't', 'username' = 'root', 'password' = '',
    'sink.properties.column_separator' = '0x01'
);
