-- source: apache/flink docs/content/docs/dev/table/sql/drop.md

-- setup (the doc uses WITH (...))
CREATE TABLE Orders (`user` BIGINT, product STRING, amount INT) WITH ('connector' = 'datagen');

SHOW TABLES;

DROP TABLE Orders;

SHOW TABLES;
