//! `sluice validate --live` against a real emulator on free loopback ports: every live
//! finding, checked by its exact line, column and message.

mod common;

use std::io::Read;
use std::net::TcpListener;

use common::{TestEmulator, findings, script, sluice, sluice_with_env};

/// The WITH options of a sink table on `emu` (`{db}` and `{table}` filled in).
fn with(emu: &TestEmulator, db: &str, table: &str) -> String {
    format!(
        "'connector' = 'starrocks',\n    'jdbc-url' = 'jdbc:mysql://{}',\n    'load-url' = '{}',\n    \
         'database-name' = '{db}',\n    'table-name' = '{table}',\n    'username' = 'root',\n    'password' = ''",
        emu.mysql, emu.fe
    )
}

fn run_live(text: &str) -> (i32, Vec<String>) {
    let f = script(text);
    let out = sluice(&["validate", "--live", "--format", "json", f.path().to_str().unwrap()], None);
    (out.status.code().unwrap_or(-1), findings(&out.stdout))
}

#[test]
fn a_matching_table_has_no_findings() {
    let emu = TestEmulator::start("", "3.5.2");
    emu.execute(
        "",
        &[
            "CREATE DATABASE test",
            "CREATE TABLE test.score_board (id int NOT NULL, name varchar(65533) NULL DEFAULT '', score int NULL) \
             PRIMARY KEY(id) DISTRIBUTED BY HASH(id)",
        ],
    );
    let text = format!(
        "CREATE TABLE score_board (\n    id INT,\n    name STRING,\n    score INT,\n    PRIMARY KEY (id) NOT ENFORCED\n) WITH (\n    {}\n);\n",
        with(&emu, "test", "score_board")
    );
    assert_eq!(run_live(&text), (0, vec![]));
}

#[test]
fn missing_database_table_and_columns() {
    let emu = TestEmulator::start("", "3.5.2");
    emu.execute(
        "",
        &[
            "CREATE DATABASE d",
            "CREATE TABLE d.t (id int NOT NULL, name varchar(100) NULL, must int NOT NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)",
        ],
    );
    let text = format!(
        "CREATE TABLE no_db (id INT NOT NULL) WITH (\n    {}\n);\n\
         CREATE TABLE no_table (id INT NOT NULL) WITH (\n    {}\n);\n\
         CREATE TABLE v2 (id INT NOT NULL, nickname STRING) WITH (\n    {}\n);\n\
         CREATE TABLE v1_count (id INT NOT NULL, name VARCHAR(30)) WITH (\n    {},\n    'sink.version' = 'V1'\n);\n\
         CREATE TABLE v1_names (id INT NOT NULL, name VARCHAR(30), other INT) WITH (\n    {},\n    'sink.version' = 'V1'\n);\n",
        with(&emu, "nodb", "t"),
        with(&emu, "d", "nope"),
        with(&emu, "d", "t"),
        with(&emu, "d", "t"),
        with(&emu, "d", "t"),
    );
    let (code, found) = run_live(&text);
    assert_eq!(code, 1);
    assert_eq!(
        found,
        [
            "5:23 error: StarRocks database nodb does not exist.",
            "15:20 error: StarRocks table d.nope does not exist.",
            "19:35 error: StarRocks does not have column nickname",
            "19:14 error: StarRocks column must is NOT NULL without a default, and the Flink table does not write it.",
            "28:14 error: Fields count of t mismatch. flinkSchema[2]:id,name realTab[3]:id,name,must",
            "38:14 error: Fields name or type mismatch for:must",
        ]
    );
}
