-- The StarRocks documentation's score_board job: a Flink table on a StarRocks primary-key
-- table, and rows written into it. Check it as Flink 1.20 and the StarRocks connector would:
--   cargo run --release -- validate examples/score_board.sql
-- and against a StarRocks (or `sluice emulator`) holding test.score_board:
--   cargo run --release -- validate --live --create-missing examples/score_board.sql

CREATE TABLE score_board (
    id INT,
    name STRING,
    score INT,
    PRIMARY KEY (id) NOT ENFORCED
) WITH (
    'connector' = 'starrocks',
    'jdbc-url' = 'jdbc:mysql://127.0.0.1:9030',
    'load-url' = '127.0.0.1:8030',
    'database-name' = 'test',
    'table-name' = 'score_board',
    'username' = 'root',
    'password' = ''
);

INSERT INTO score_board VALUES (1, 'starrocks', 100), (2, 'flink', 100);
