-- source: apache/flink flink-table/flink-sql-client/src/test/resources/sql/add.q

-- test add jar statement
ADD JAR foo.jar;

ADD JAR /path/jar/foo.jar;
