-- source: apache/flink flink-table/flink-sql-client/src/test/resources/sql/table.q

create table tbl(a int, b as invalid_function());

drop table non_exist;

describe non_exist;

desc non_exist;

alter table non_exist rename to non_exist2;

alter table if exists non_exist rename to non_exist2;

-- test create a table with computed column, primary key, watermark
CREATE TABLE IF NOT EXISTS orders (
 `user` BIGINT NOT NULl,
 product VARCHAR(32),
 amount INT,
 ts TIMESTAMP(3),
 ptime AS PROCTIME(),
 PRIMARY KEY(`user`) NOT ENFORCED,
 WATERMARK FOR ts AS ts - INTERVAL '1' SECONDS
) with (
 'connector' = 'datagen'
);

show tables;

show create table orders;

show columns from orders;

SET 'table.display.max-column-width' = '10';

show columns from orders;

SET 'table.display.max-column-width' = '100';

show columns from orders;

SET 'sql-client.display.max-column-width' = '10';

show columns from orders;

SET 'sql-client.display.max-column-width' = '100';

show columns from orders;

show columns in orders;

show columns from orders like '%u';

show columns in orders like '%u';

show columns from orders not like '%u';

show columns in orders not like '%u';

show columns from orders like '%r';

show columns in orders like '%r';

show columns from orders not like  '%r';

show columns in orders not like  '%r';

show columns from orders like '%u%';

show columns in orders like '%u%';

show columns from orders not like '%u%';

show columns in orders not like '%u%';

show columns from orders like 'use_';

show columns in orders like 'use_';

show columns from orders not like 'use_';

show columns in orders not like 'use_';

alter table orders rename to orders2;

-- test alter table properties
alter table orders2 set ('connector' = 'kafka', 'scan.startup.mode' = 'earliest-offset');

show create table orders2;

-- change connector to 'datagen' without removing 'scan.startup.mode' for the fix later
alter table orders2 set ('connector' = 'datagen');

show create table orders2;

-- test SHOW CREATE VIEW for tables
show create view orders2;

-- test explain plan to verify the table source cannot be created
explain plan for select * from orders2;

-- test alter table reset to remove invalid key
alter table orders2 reset ('scan.startup.mode');

show create table orders2;

-- test alter table reset emtpy key
alter table orders2 reset ();

alter table orders2 rename amount to amount1;

show create table orders2;

-- test alter table schema add an existed column
alter table orders2 add product string first;

-- test alter table schema add a column after a nonexistent column
alter table orders2 add user_id string after shipment_info;

-- test alter table add one column
alter table orders2 add product_id bigint not null after `user`;

show create table orders2;

-- test alter table add multiple columns
alter table orders2 add (user_email string not null after `user`, cleaned_product as coalesce(product, 'missing_sku') after product, trade_order_id bigint not null first);

show create table orders2;

-- test alter table schema modify primary key
alter table orders2 modify constraint order_constraint primary key (trade_order_id) not enforced;

show create table orders2;

-- test alter table schema modify watermark offset, change column position
alter table orders2 modify (watermark for ts as ts - interval '1' minute, ts timestamp(3) not null after trade_order_id, `user` string);

show create table orders2;

alter table orders2 drop (amount1, product, cleaned_product);

show create table orders2;

alter table orders2 drop primary key;

show create table orders2;

alter table orders2 drop watermark;

show create table orders2;

describe orders2;

desc orders2;

drop table orders2;

show tables;

create temporary table tbl1 (
 `user` BIGINT NOT NULl,
 product VARCHAR(32),
 amount INT
) with (
 'connector' = 'datagen'
);

create temporary table if not exists tbl1 (
   `user` BIGINT NOT NULl,
   product VARCHAR(32),
   amount INT
) with (
 'connector' = 'datagen'
);

show tables;

show create table tbl1;

drop temporary table tbl1;

-- test playing with keyword identifiers
create table `mod` (`table` string, `database` string) with ('connector' = 'values');

describe `mod`;

desc `mod`;

drop table `mod`;

show tables;

CREATE TABLE `default_catalog`.`default_database`.`orders3` (
  `user` BIGINT NOT NULL comment 'this is the primary key, named ''user''.',
  `product` VARCHAR(32),
  `amount` INT,
  `ts` TIMESTAMP(3) comment 'notice: watermark, named ''ts''.',
  `ptime` AS PROCTIME() comment 'notice: computed column, named ''ptime''.',
  WATERMARK FOR `ts` AS `ts` - INTERVAL '1' SECOND,
  CONSTRAINT `PK_user` PRIMARY KEY (`user`) NOT ENFORCED
) WITH (
  'connector' = 'kafka',
  'scan.startup.mode' = 'earliest-offset'
);

describe orders3;

desc orders3;

show columns from orders3;

show columns in orders3 like 'p%';

show create table orders3;

CREATE TABLE IF NOT EXISTS orders (
 `user` BIGINT NOT NULl,
 product VARCHAR(32),
 amount INT,
 ts TIMESTAMP(3),
 ptime AS PROCTIME(),
 PRIMARY KEY(`user`) NOT ENFORCED,
 WATERMARK FOR ts AS ts - INTERVAL '1' SECONDS
) with (
 'connector' = 'datagen'
);

CREATE TABLE IF NOT EXISTS orders2 (
 `user` BIGINT NOT NULl,
 product VARCHAR(32),
 amount INT,
 ts TIMESTAMP(3),
 PRIMARY KEY(`user`) NOT ENFORCED
) with (
 'connector' = 'blackhole'
);

CREATE TABLE IF NOT EXISTS daily_orders (
 `user` BIGINT NOT NULl,
 product STRING,
 amount INT,
 dt STRING NOT NULL,
 PRIMARY KEY(dt, `user`) NOT ENFORCED
) PARTITIONED BY (dt) WITH (
 'connector' = 'filesystem',
 'path' = '/tmp/sluice-flink-batch',
 'format' = 'csv'
);

-- test explain plan for select
explain plan for select `user`, product from orders;

-- test explain plan for insert
explain plan for insert into orders2 select `user`, product, amount, ts from orders;

-- test explain plan for insert into with static partition
explain plan for insert into daily_orders partition (dt = '2022-06-12') values (123, 'toothpick', 1);

-- test explain plan for insert overwrite with static partition
explain plan for insert into daily_orders partition (dt = '2022-06-12') select `user`, product, amount from daily_orders where dt = '2022-06-12';

-- test explain select
explain select `user`, product from orders;

-- test explain insert
explain insert into orders2 select `user`, product, amount, ts from orders;

-- test explain insert with json format
explain json_execution_plan insert into orders2 select `user`, product, amount, ts from orders;

-- test explain select with json format
explain json_execution_plan select `user`, product from orders;

-- test explain select with ESTIMATED_COST
explain estimated_cost select `user`, product from orders;

-- test explain select with CHANGELOG_MODE
explain changelog_mode select `user`, product from orders;

-- test explain select with PLAN_ADVICE
explain plan_advice select sum(`amount`) as revenue, count(distinct `user`) as buyer_cnt from orders;

-- test explain select with all details
explain changelog_mode, estimated_cost, plan_advice, json_execution_plan select `user`, product from orders;
