CREATE TABLE dst (id BIGINT, name STRING) WITH ('connector' = 'blackhole');

CREATE TABLE src (id BIGINT, name STRING, qty INT) WITH ('connector' = 'datagen');

CREATE TABLE fs (id BIGINT, name STRING, dt STRING, hr STRING) PARTITIONED BY (dt, hr) WITH ('connector' = 'filesystem', 'path' = 'file:///tmp/sluice-oracle-none', 'format' = 'csv');

VALUES (1, 'a'), (2, NULL);

SELECT * FROM (VALUES (1, 'a'), (2, NULL)) AS t(a, b);

INSERT INTO dst VALUES (1, NULL), (2, 'b');

INSERT INTO dst VALUES (NULL, 'a'), (2, 'b');

INSERT INTO dst SELECT * FROM (VALUES (1, 'a'), (2, NULL)) AS t(a, b);

INSERT INTO dst (id, name) VALUES (1, 'a'), (2, NULL);

INSERT INTO dst (id) VALUES (1), (NULL);

INSERT INTO dst VALUES (1, 'a'), (2, CAST(NULL AS STRING));

SELECT id FROM src LIMIT qty;

SELECT id FROM src LIMIT 2 OFFSET 1;

SELECT id FROM src OFFSET 1 ROWS FETCH NEXT 2 ROWS ONLY;

SELECT id FROM src FETCH FIRST 2 ROWS ONLY;

SELECT id FROM src LIMIT ALL;

SELECT id FROM src MINUS SELECT id FROM src;

SELECT id FROM src EXCEPT ALL SELECT id FROM src;

SELECT default_database.src.id FROM src;

SELECT default_catalog.default_database.src.id FROM src;

SELECT src.id, s.name FROM src, src AS s;

INSERT INTO fs PARTITION (dt = '2020', hr = '1') SELECT id, name FROM src;

INSERT INTO fs PARTITION (dt = '2020') SELECT id, name, 'h' FROM src;

INSERT INTO fs PARTITION (dt = '2020') (id, name, hr) SELECT id, name, 'h' FROM src;

INSERT INTO fs PARTITION (dt = '2020') (id, name) SELECT id, name FROM src;

INSERT INTO fs PARTITION (hr = '1') (id, dt) SELECT id, 'd' FROM src;

INSERT INTO fs PARTITION (dt = 1) SELECT id, name, 'h' FROM src;

INSERT INTO fs PARTITION (dt = CAST('x' AS STRING)) SELECT id, name, 'h' FROM src;

INSERT INTO fs PARTITION (dt = '2020', dt = '2021') SELECT id, name, 'h' FROM src;

INSERT INTO fs PARTITION (xx = '2020') SELECT id, name, 'h', 'x' FROM src;

INSERT INTO fs PARTITION (id = 1) SELECT name, 'd', 'h' FROM src;

INSERT INTO dst PARTITION (id = 1) SELECT name FROM src;

INSERT INTO fs PARTITION (dt = '2020') (id, name, dt, hr) SELECT id, name, 'x', 'h' FROM src;

INSERT INTO fs PARTITION (dt = NULL) SELECT id, name, 'h' FROM src;

INSERT INTO fs PARTITION (dt = -1) SELECT id, name, 'h' FROM src;

INSERT INTO fs PARTITION (dt = DATE '2020-01-01') SELECT id, name, 'h' FROM src;

INSERT INTO fs (id, name, dt, hr) PARTITION (dt = '2020') SELECT id, name, 'x', 'h' FROM src;

INSERT INTO fs PARTITION () SELECT id, name, 'x', 'h' FROM src;
