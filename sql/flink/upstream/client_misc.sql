-- source: apache/flink flink-table/flink-sql-client/src/test/resources/sql/misc.q

help;
