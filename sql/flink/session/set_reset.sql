-- SET / RESET: quoted and legacy forms, typed-key value checks, unknown keys.

-- SET with no arguments lists the options
SET;

-- quoted SET
SET 'parallelism.default' = '2';

-- legacy unquoted SET
SET parallelism.default = 3;

-- legacy SET with a quoted value
SET parallelism.default = '4';

-- mixed form: quoted key, unquoted value is a parse error
SET 'parallelism.default' = 5;

-- quoted key with a double-quoted value is a parse error
SET 'pipeline.name' = "x";

-- double-quoted key and value (legacy regex form)
SET "pipeline.name" = "my job";

-- SET without a value is a parse error
SET 'pipeline.name';

-- SET without = is a parse error
SET 'pipeline.name' 'x';

-- SET with an empty value
SET 'pipeline.name' = '';

-- SET with spaces in a quoted value
SET 'pipeline.name' = 'my job name';

-- legacy SET with spaces in an unquoted value is a parse error
SET pipeline.name = my job;

-- SET an unknown key is accepted
SET 'no.such.key' = 'whatever';

-- legacy SET an unknown key
SET no.such.key2 = whatever;

-- execution.runtime-mode: valid values
SET 'execution.runtime-mode' = 'streaming';

-- execution.runtime-mode: bad value
SET 'execution.runtime-mode' = 'foo';

-- execution.runtime-mode: automatic
SET 'execution.runtime-mode' = 'automatic';

-- back to streaming
SET 'execution.runtime-mode' = 'streaming';

-- parallelism.default: bad value
SET 'parallelism.default' = 'two';

-- parallelism.default: negative value is accepted at SET time
SET 'parallelism.default' = '-5';

-- parallelism.default: restore
SET 'parallelism.default' = '1';

-- table.local-time-zone: valid region id
SET 'table.local-time-zone' = 'Europe/Berlin';

-- table.local-time-zone: UTC offset form
SET 'table.local-time-zone' = 'GMT+08:00';

-- table.local-time-zone: invalid zone
SET 'table.local-time-zone' = 'Mars/Olympus';

-- table.local-time-zone: abbreviation
SET 'table.local-time-zone' = 'CST';

-- table.local-time-zone: UTC
SET 'table.local-time-zone' = 'UTC';

-- execution.checkpointing.interval: valid duration
SET 'execution.checkpointing.interval' = '10 s';

-- execution.checkpointing.interval: plain milliseconds
SET 'execution.checkpointing.interval' = '10000';

-- execution.checkpointing.interval: bad value
SET 'execution.checkpointing.interval' = 'often';

-- execution.checkpointing.interval: unit without number
SET 'execution.checkpointing.interval' = 'min';

-- table.exec.state.ttl: valid
SET 'table.exec.state.ttl' = '1 h';

-- table.exec.state.ttl: ISO-8601 form
SET 'table.exec.state.ttl' = 'PT1H';

-- table.exec.state.ttl: bad value
SET 'table.exec.state.ttl' = 'one hour';

-- pipeline.name: any string
SET 'pipeline.name' = 'job-1';

-- table.exec.mini-batch.enabled: valid boolean
SET 'table.exec.mini-batch.enabled' = 'true';

-- table.exec.mini-batch.enabled: bad boolean
SET 'table.exec.mini-batch.enabled' = 'yes';

-- table.exec.mini-batch.allow-latency: duration
SET 'table.exec.mini-batch.allow-latency' = '5 s';

-- table.exec.mini-batch.size: number
SET 'table.exec.mini-batch.size' = '5000';

-- table.exec.mini-batch.size: bad number
SET 'table.exec.mini-batch.size' = 'many';

-- sql-client.execution.result-mode: tableau
SET 'sql-client.execution.result-mode' = 'tableau';

-- sql-client.execution.result-mode: bad value (not checked by the planner)
SET 'sql-client.execution.result-mode' = 'fancy';

-- table.dml-sync: boolean
SET 'table.dml-sync' = 'true';

-- table.sql-dialect: hive (dialect not on classpath)
SET 'table.sql-dialect' = 'hive';

-- table.sql-dialect: default
SET 'table.sql-dialect' = 'default';

-- table.exec.source.idle-timeout
SET 'table.exec.source.idle-timeout' = '30 s';

-- restart-strategy.type
SET 'restart-strategy.type' = 'fixed-delay';

-- state.backend.type
SET 'state.backend.type' = 'rocksdb';

-- execution.checkpointing.mode bad value
SET 'execution.checkpointing.mode' = 'SOMETIMES';

-- table.optimizer.agg-phase-strategy bad value
SET 'table.optimizer.agg-phase-strategy' = 'THREE_PHASE';

-- table.exec.sink.not-null-enforcer valid
SET 'table.exec.sink.not-null-enforcer' = 'DROP';

-- SET with a trailing semicolon in legacy form
SET table.dml-sync = false;

-- SET in lower case
set 'pipeline.name' = 'lower';

-- SET key with spaces inside quotes
SET 'my key' = 'v';

-- RESET one quoted key
RESET 'pipeline.name';

-- RESET one unquoted key
RESET parallelism.default;

-- RESET an unknown key
RESET 'never.set.key';

-- RESET with a double-quoted key
RESET "table.dml-sync";

-- RESET with a value is a parse error
RESET 'pipeline.name' = 'x';

-- RESET two keys is a parse error
RESET 'a', 'b';

-- RESET all
RESET;

-- SET lists the options after RESET
SET;

-- RESET in lower case
reset;

-- SET with an integer key is a parse error
SET 1 = 2;

-- SET with = but no key
SET = 'x';
