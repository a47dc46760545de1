-- starrocks: CREATE DATABASE d
-- starrocks: CREATE TABLE d.pk (id int NOT NULL, name varchar(30) NULL, version bigint NULL, note string NULL) PRIMARY KEY(id) DISTRIBUTED BY HASH(id)
-- starrocks: CREATE TABLE d.dup (id int NOT NULL, name varchar(30) NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
-- A primary key table written with its key (no finding).
CREATE TABLE pk_ok (id INT NOT NULL, name VARCHAR(10), version BIGINT, PRIMARY KEY (id) NOT ENFORCED) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'pk', 'username' = 'root', 'password' = ''
);
-- Primary key table, no PRIMARY KEY in Flink: the connector's 'Primary keys not defined'.
CREATE TABLE pk_missing (id INT NOT NULL, name VARCHAR(10)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'pk', 'username' = 'root', 'password' = ''
);
-- Flink primary key on another column: 'Primary keys ... do not match'.
CREATE TABLE pk_mismatch (id INT NOT NULL, name VARCHAR(10) NOT NULL, PRIMARY KEY (name) NOT ENFORCED) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'pk', 'username' = 'root', 'password' = ''
);
-- Duplicate key table with a Flink primary key: ignored, deletes dropped (warning).
CREATE TABLE dup_with_pk (id INT NOT NULL, name VARCHAR(10), PRIMARY KEY (id) NOT ENFORCED) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'dup', 'username' = 'root', 'password' = ''
);
-- A Flink column StarRocks lacks: 'StarRocks does not have column nme'.
CREATE TABLE unknown_column (id INT NOT NULL, nme VARCHAR(10)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'dup', 'username' = 'root', 'password' = ''
);
-- Partial update of a primary key table (no finding).
CREATE TABLE partial_update_pk (id INT NOT NULL, name VARCHAR(10), PRIMARY KEY (id) NOT ENFORCED) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'pk', 'username' = 'root', 'password' = '',
    'sink.properties.partial_update' = 'true'
);
-- Partial update of a duplicate key table: StarRocks rejects the loads.
CREATE TABLE partial_update_dup (id INT NOT NULL, name VARCHAR(10)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'dup', 'username' = 'root', 'password' = '',
    'sink.properties.partial_update' = 'true'
);
-- merge_condition on a written non-key BIGINT column (no finding).
CREATE TABLE merge_condition_ok (id INT NOT NULL, name VARCHAR(10), version BIGINT, PRIMARY KEY (id) NOT ENFORCED) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'pk', 'username' = 'root', 'password' = '',
    'sink.properties.merge_condition' = 'version'
);
-- merge_condition on a duplicate key table.
CREATE TABLE merge_condition_dup (id INT NOT NULL, name VARCHAR(10)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'dup', 'username' = 'root', 'password' = '',
    'sink.properties.merge_condition' = 'name'
);
-- merge_condition naming the key column.
CREATE TABLE merge_condition_key (id INT NOT NULL, name VARCHAR(10), version BIGINT, PRIMARY KEY (id) NOT ENFORCED) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'pk', 'username' = 'root', 'password' = '',
    'sink.properties.merge_condition' = 'id'
);
-- merge_condition naming a VARCHAR column.
CREATE TABLE merge_condition_varchar (id INT NOT NULL, name VARCHAR(10), version BIGINT, PRIMARY KEY (id) NOT ENFORCED) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'pk', 'username' = 'root', 'password' = '',
    'sink.properties.merge_condition' = 'name'
);
-- merge_condition naming a column the load does not write.
CREATE TABLE merge_condition_not_written (id INT NOT NULL, name VARCHAR(10), PRIMARY KEY (id) NOT ENFORCED) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'pk', 'username' = 'root', 'password' = '',
    'sink.properties.merge_condition' = 'version'
);
-- prepared_timeout against StarRocks 3.5.2: ignored before 3.5.4 (warning).
CREATE TABLE prepared_timeout_old_server (id INT NOT NULL, name VARCHAR(10), version BIGINT, PRIMARY KEY (id) NOT ENFORCED) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'pk', 'username' = 'root', 'password' = '',
    'sink.properties.prepared_timeout' = '600'
);
-- Merge commit against StarRocks 3.5.2 (>= 3.4.0) (no finding).
CREATE TABLE merge_commit_supported (id INT NOT NULL, name VARCHAR(10), version BIGINT, PRIMARY KEY (id) NOT ENFORCED) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'pk', 'username' = 'root', 'password' = '',
    'sink.properties.enable_merge_commit' = 'true',
    'sink.properties.merge_commit_interval_ms' = '1000'
);
-- Compressed JSON against StarRocks 3.5.2 (>= 3.2.7) (no finding).
CREATE TABLE json_compression_supported (id INT NOT NULL, name VARCHAR(10), version BIGINT, PRIMARY KEY (id) NOT ENFORCED) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'pk', 'username' = 'root', 'password' = '',
    'sink.properties.format' = 'json',
    'sink.properties.compression' = 'lz4_frame'
);
-- sink.ignore.update-before = false on a duplicate key table: no effect (warning).
CREATE TABLE ignore_update_before_dup (id INT NOT NULL, name VARCHAR(10)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'dup', 'username' = 'root', 'password' = '',
    'sink.ignore.update-before' = 'false'
);
-- V1 with fewer Flink columns than StarRocks has: 'Fields count of dup mismatch'.
CREATE TABLE v1_subset (id INT NOT NULL) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'dup', 'username' = 'root', 'password' = '',
    'sink.version' = 'V1'
);
-- 'columns' with an expression: type checks are skipped (no finding).
CREATE TABLE columns_property (id INT NOT NULL, tmp VARCHAR(10)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'dup', 'username' = 'root', 'password' = '',
    'sink.properties.columns' = 'id, tmp, name = upper(tmp)'
);
-- 'columns' naming a field that is neither a column nor used: its values are dropped.
CREATE TABLE columns_unknown_field (id INT NOT NULL, tmp VARCHAR(10)) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'dup', 'username' = 'root', 'password' = '',
    'sink.properties.columns' = 'id, tmp'
);
-- A table that does not exist: the connector's 'Couldn't get the sink table's column info.'
CREATE TABLE missing_table (id INT NOT NULL) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'd', 'table-name' = 'nope', 'username' = 'root', 'password' = ''
);
-- A database that does not exist.
CREATE TABLE missing_database (id INT NOT NULL) WITH (
    'connector' = 'starrocks', 'jdbc-url' = '${jdbc-url}', 'load-url' = '${load-url}',
    'database-name' = 'nodb', 'table-name' = 't', 'username' = 'root', 'password' = ''
);
