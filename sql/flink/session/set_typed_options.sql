SET 'execution.checkpointing.mode' = 'SOMETIMES';

SET 'execution.checkpointing.mode' = 'at_least_once';

SET 'execution.checkpointing.mode' = 'EXACTLY_ONCE';

SET 'table.sql-dialect' = 'hive';

SET 'table.sql-dialect' = 'DEFAULT';

SET 'table.sql-dialect' = 'unknown';

SET 'table.sql-dialect' = 'Default';

SET 'sql-client.execution.result-mode' = 'foo';

SET 'sql-client.execution.result-mode' = 'tableau';

SET 'table.dml-sync' = 'maybe';

SET 'sql-client.verbose' = 'maybe';

SET 'table.local-time-zone' = 'Mars/Base';

SET 'table.exec.state.ttl' = 'abc';

SET 'restart-strategy.type' = 'foo';

SET 'state.backend.type' = 'foo';

SET 'pipeline.operator-chaining' = 'maybe';

SET 'table.exec.sink.not-null-enforcer' = 'foo';

SET 'table.exec.source.idle-timeout' = 'xyz';

SET 'table.exec.mini-batch.enabled' = 'maybe';

SET 'table.exec.mini-batch.size' = 'abc';

SET 'table.optimizer.agg-phase-strategy' = 'FOO';

SET 'execution.checkpointing.timeout' = 'abc';

SET 'execution.checkpointing.max-concurrent-checkpoints' = 'abc';

SET 'execution.checkpointing.externalized-checkpoint-retention' = 'FOO';

SET 'execution.checkpointing.tolerable-failed-checkpoints' = 'x';

SET 'table.exec.resource.default-parallelism' = 'abc';

SET 'sql-client.display.max-column-width' = 'abc';

SET 'pipeline.name' = 'x';

SET 'table.exec.emit.early-fire.enabled' = 'maybe';

SET 'execution.savepoint.path' = '/tmp/x';

SET 'execution.savepoint.ignore-unclaimed-state' = 'maybe';

SET 'pipeline.time-characteristic' = 'foo';

SET 'table.exec.sink.upsert-materialize' = 'foo';

SET 'table.exec.state.ttl' = '1 h';

SET 'execution.checkpointing.interval' = '10s';

SET 'execution.checkpointing.min-pause' = 'abc';

SET 'state.checkpoints.dir' = 'x';

SET 'table.exec.async-lookup.buffer-capacity' = 'x';

SET 'table.generated-code.max-length' = 'x';

SET 'table.optimizer.join-reorder-enabled' = 'maybe';

SET 'table.exec.legacy-cast-behaviour' = 'foo';

SET 'table.exec.spill-compression.enabled' = 'maybe';

SET 'pipeline.auto-generate-uids' = 'maybe';

SET 'execution.batch-shuffle-mode' = 'FOO';

SET 'table.exec.sink.keyed-shuffle' = 'FOO';

SET 'table.display.max-column-width' = 'x';

SET 'table.local-time-zone' = 'UTC';

SET 'table.local-time-zone' = '+08:00';

SET 'table.local-time-zone' = 'GMT+08:00';

SET 'execution.checkpointing.unaligned' = 'maybe';

SET 'execution.checkpointing.unaligned.enabled' = 'maybe';

SET 'execution.checkpointing.aligned-checkpoint-timeout' = 'abc';

SET 'execution.checkpointing.unaligned.forced' = 'maybe';

SET 'execution.checkpointing.interval' = 'abc';

SET 'pipeline.closure-cleaner-level' = 'FOO';

SET 'pipeline.generic-types' = 'maybe';

SET 'pipeline.force-kryo' = 'maybe';

SET 'pipeline.max-parallelism' = 'abc';

SET 'pipeline.object-reuse' = 'maybe';

SET 'pipeline.time-characteristic' = 'EventTime';

SET 'pipeline.time-characteristic' = 'eventtime';

SET 'execution.checkpointing.externalized-checkpoint-retention' = 'RETAIN_ON_CANCELLATION';

SET 'execution.checkpointing.externalized-checkpoint-retention' = 'retain_on_cancellation';

SET 'state.checkpoints.dir' = '/tmp/ckpt';

SET 'state.checkpoints.dir' = 'file:///tmp/ckpt';

SET 'state.savepoints.dir' = 'x';

SET 'execution.runtime-mode' = 'BATCH';

SET 'execution.runtime-mode' = 'automatic';

SET 'execution.checkpointing.mode' = 'exactly-once';

SET 'table.sql-dialect' = 'DEFAULT ';

SET 'execution.checkpointing.max-concurrent-checkpoints' = '-1';

SET 'execution.checkpointing.tolerable-failed-checkpoints' = '-1';

SET 'execution.checkpointing.checkpoints-after-tasks-finish.enabled' = 'maybe';

SET 'pipeline.auto-watermark-interval' = '-1s';

SET 'execution.checkpointing.timeout' = '0';

SET 'execution.checkpointing.interval' = '0';

