-- source: apache/flink flink-table/flink-sql-gateway/src/test/resources/sql/set.q

reset table.resources.download-dir;

set;

-- set illegal value
set 'table.sql-dialect' = 'unknown';

set;
