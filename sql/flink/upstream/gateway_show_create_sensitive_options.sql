-- source: apache/flink flink-table/flink-sql-gateway/src/test/resources/sql/show_create_sensitive_options.q
-- (test-catalog is only on Flink's test classpath; SHOW CREATE CATALOG is newer than 1.20)

CREATE CATALOG my_catalog WITH (
  'type' = 'test-catalog',
  'username' = 'myuser',
  'password' = 'mypassword'
);

SHOW CREATE CATALOG my_catalog;

-- test create table with sensitive option
CREATE TABLE IF NOT EXISTS users (
 `id` BIGINT NOT NULL,
 name VARCHAR(32)
) with (
   'connector' = 'jdbc',
   'url' = 'jdbc:mysql://localhost:3306/mydatabase',
   'table-name' = 'users',
   'username' = 'my_user',
   'password' = 'my_pass'
);

SHOW CREATE TABLE users;
