-- sink.semantic: exact, case-sensitive values.
CREATE TABLE ok_default (id INT) WITH (
    'connector' = 'starrocks',
    'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'load-url' = '127.0.0.1:8030',
    'database-name' = 'd',
    'table-name' = 't',
    'username' = 'root',
    'password' = '',
    'sink.semantic' = 'at-least-once'
);
CREATE TABLE wrong_case (id INT) WITH (
    'connector' = 'starrocks',
    'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'load-url' = '127.0.0.1:8030',
    'database-name' = 'd',
    'table-name' = 't',
    'username' = 'root',
    'password' = '',
    'sink.semantic' = 'Exactly-Once'
);
CREATE TABLE unknown_value (id INT) WITH (
    'connector' = 'starrocks',
    'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'load-url' = '127.0.0.1:8030',
    'database-name' = 'd',
    'table-name' = 't',
    'username' = 'root',
    'password' = '',
    'sink.semantic' = 'at-most-once'
);
