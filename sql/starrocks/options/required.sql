-- Required options and the address options: every required key present (no finding).
CREATE TABLE all_required (id INT) WITH (
    'connector' = 'starrocks',
    'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'load-url' = '127.0.0.1:8030',
    'database-name' = 'd',
    'table-name' = 't',
    'username' = 'root',
    'password' = ''
);
-- 'password' missing (an empty password must still be written as '').
CREATE TABLE no_password (id INT) WITH (
    'connector' = 'starrocks',
    'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'load-url' = '127.0.0.1:8030',
    'database-name' = 'd',
    'table-name' = 't',
    'username' = 'root'
);
-- Only the connector: every required sink option is missing (one error listing them all).
CREATE TABLE only_connector (id INT) WITH (
    'connector' = 'starrocks'
);
-- 'load-url' missing on a table with sink options: the sink's required key.
CREATE TABLE no_load_url (id INT) WITH (
    'connector' = 'starrocks',
    'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'database-name' = 'd',
    'table-name' = 't',
    'username' = 'root',
    'password' = '',
    'sink.semantic' = 'at-least-once'
);
-- 'load-url' with two FEs separated by ';' and one with an explicit scheme (no finding).
CREATE TABLE two_load_urls (id INT) WITH (
    'connector' = 'starrocks',
    'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030,127.0.0.2:9030',
    'load-url' = '127.0.0.1:8030;http://127.0.0.2:8030',
    'database-name' = 'd',
    'table-name' = 't',
    'username' = 'root',
    'password' = ''
);
-- 'load-url' entry without a port: the connector's "Could not parse host" error.
CREATE TABLE load_url_without_port (id INT) WITH (
    'connector' = 'starrocks',
    'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'load-url' = '127.0.0.1:8030;fe2',
    'database-name' = 'd',
    'table-name' = 't',
    'username' = 'root',
    'password' = ''
);
-- 'load-url' separated by ',' as jdbc-url is: the connector's split on ':' accepts it, the FE address is wrong.
CREATE TABLE load_url_with_commas (id INT) WITH (
    'connector' = 'starrocks',
    'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'load-url' = '127.0.0.1:8030,127.0.0.2:8030',
    'database-name' = 'd',
    'table-name' = 't',
    'username' = 'root',
    'password' = ''
);
