-- source: apache/flink docs/content/docs/dev/table/sql/insert.md
-- The doc's CREATE TABLE statements use WITH (...); setup tables written for this corpus replace them.

-- setup (not from the doc)
CREATE TABLE Orders (`user` BIGINT, product STRING, amount INT) WITH ('connector' = 'datagen');

-- setup (not from the doc)
CREATE TABLE RubberOrders (product STRING, amount INT) WITH ('connector' = 'blackhole');

SHOW TABLES;

INSERT INTO RubberOrders SELECT product, amount FROM Orders WHERE product LIKE '%Rubber%';

-- setup (not from the doc)
CREATE TABLE GlassOrders (product VARCHAR, amount INT) WITH ('connector' = 'blackhole');

-- the Java StatementSet example, written as a SQL statement set
EXECUTE STATEMENT SET
BEGIN
INSERT INTO RubberOrders SELECT product, amount FROM Orders WHERE product LIKE '%Rubber%';
INSERT INTO GlassOrders SELECT product, amount FROM Orders WHERE product LIKE '%Glass%';
END;

BEGIN STATEMENT SET;

INSERT INTO RubberOrders SELECT product, amount FROM Orders WHERE product LIKE '%Rubber%';

INSERT INTO GlassOrders SELECT product, amount FROM Orders WHERE product LIKE '%Glass%';

END;

-- @new-session
-- doc example as printed (no semicolon in the doc; WITH (...) replaced; unquoted reserved words user/date)
CREATE TABLE country_page_view (user STRING, cnt INT, date STRING, country STRING)
PARTITIONED BY (date, country)
WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-cpv', 'format' = 'csv');

-- setup (not from the doc): the same table with quoted identifiers, in batch mode
SET 'execution.runtime-mode' = 'batch';

-- setup (not from the doc)
CREATE TABLE country_page_view (`user` STRING, cnt INT, `date` STRING, country STRING) PARTITIONED BY (`date`, country) WITH ('connector' = 'filesystem', 'path' = '/tmp/sluice-flink-cpv', 'format' = 'csv');

-- setup (not from the doc)
CREATE TABLE page_view_source (`user` STRING, cnt INT, country STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '10');

-- Appends rows into the static partition (date='2019-8-30', country='China')
INSERT INTO country_page_view PARTITION (date='2019-8-30', country='China')
  SELECT user, cnt FROM page_view_source;

INSERT INTO country_page_view PARTITION (date='2019-8-30')
  SELECT user, cnt, country FROM page_view_source;

-- Overwrites rows into static partition (date='2019-8-30', country='China')
INSERT OVERWRITE country_page_view PARTITION (date='2019-8-30', country='China')
  SELECT user, cnt FROM page_view_source;

INSERT OVERWRITE country_page_view PARTITION (date='2019-8-30')
  SELECT user, cnt, country FROM page_view_source;

INSERT INTO country_page_view PARTITION (date='2019-8-30', country='China') (user)
  SELECT user FROM page_view_source;

-- same statements with the reserved words quoted (not from the doc)
INSERT INTO country_page_view PARTITION (`date`='2019-8-30', country='China')
  SELECT `user`, cnt FROM page_view_source;

INSERT INTO country_page_view PARTITION (`date`='2019-8-30')
  SELECT `user`, cnt, country FROM page_view_source;

INSERT OVERWRITE country_page_view PARTITION (`date`='2019-8-30', country='China')
  SELECT `user`, cnt FROM page_view_source;

INSERT OVERWRITE country_page_view PARTITION (`date`='2019-8-30')
  SELECT `user`, cnt, country FROM page_view_source;

INSERT INTO country_page_view PARTITION (`date`='2019-8-30', country='China') (`user`)
  SELECT `user` FROM page_view_source;

-- @new-session
-- setup (not from the doc: WITH (...))
CREATE TABLE students (name STRING, age INT, gpa DECIMAL(3, 2)) WITH ('connector' = 'blackhole');

INSERT INTO students
  VALUES ('fred flintstone', 35, 1.28), ('barney rubble', 32, 2.32);
