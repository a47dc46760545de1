-- source: apache/flink flink-table/flink-sql-client/src/test/resources/sql/view.q

-- register a base table first
CREATE TABLE orders (
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

create temporary view v1 as select * from orders;

create temporary view v1 as select * from orders;

create temporary view if not exists v1 as select * from orders;

-- test query a view with hint
select * from v1 /*+ OPTIONS('number-of-rows' = '1') */;

-- test create a view reference another view
create temporary view if not exists v2 as select * from v1;

show create view v1;

show create view v2;

show tables;

show views;

-- test SHOW CREATE TABLE for views
show create table v1;

-- register a permanent view with the duplicate name with temporary view
create view v1 as select * from orders;

-- test create duplicate view
create view v1 as select * from orders;

create view permanent_v1 as select * from orders;

show create view permanent_v1;

drop view permanent_v1;

show views;

describe v1;

show columns from v1;

show columns in v1;

show columns from v1 like '%u';

show columns in v1 like '%u';

show columns from v1 not like '%u';

show columns in v1 not like '%u';

show columns from v1 like '%r';

show columns in v1 like '%r';

show columns from v1 not like  '%r';

show columns in v1 not like  '%r';

show columns from v1 like '%u%';

show columns in v1 like '%u%';

show columns from v1 not like '%u%';

show columns in v1 not like '%u%';

show columns from v1 like 'use_';

show columns in v1 like 'use_';

show columns from v1 not like 'use_';

show columns in v1 not like 'use_';

-- we can't drop permanent view if there is temporary view with the same name
drop view v1;

drop temporary view v1;

drop view v1;

-- test drop invalid table
drop view non_exist;

create view `mod` as select * from orders;

describe `mod`;

desc `mod`;

drop view `mod`;

show tables;
