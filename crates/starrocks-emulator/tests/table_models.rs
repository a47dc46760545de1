//! Aggregate and unique key tables, partial and conditional updates on primary-key tables
//! (wire spec §6.5, §6.6, §7), through stream loads and SELECT.

mod common;

use common::{Framing, TestEmu, basic, http};
use starrocks_emulator::Storage;

fn load(emu: &TestEmu, table: &str, headers: &[(&str, &str)], body: &[u8]) -> serde_json::Value {
    let mut h: Vec<(&str, String)> = vec![("Authorization", basic("root", ""))];
    h.extend(headers.iter().map(|(k, v)| (*k, v.to_string())));
    http(emu.be, "PUT", &format!("/api/d/{table}/_stream_load"), &h, Framing::Length(body.to_vec())).json()
}

fn setup() -> TestEmu {
    let emu = TestEmu::start(Storage::Memory, "");
    emu.sql(
        "",
        "CREATE DATABASE d;
         CREATE TABLE d.agg (k INT, s BIGINT SUM, mx INT MAX, mn INT MIN, r VARCHAR(5) REPLACE, rn VARCHAR(5) REPLACE_IF_NOT_NULL)
           AGGREGATE KEY(k) DISTRIBUTED BY HASH(k);
         CREATE TABLE d.uni (k INT, v VARCHAR(5)) UNIQUE KEY(k) DISTRIBUTED BY HASH(k);
         CREATE TABLE d.score_board (id INT NOT NULL, name VARCHAR(20) NOT NULL, score INT NOT NULL DEFAULT '0', ver INT)
           PRIMARY KEY(id) DISTRIBUTED BY HASH(id);
         CREATE TABLE d.dup (id INT, v INT) DUPLICATE KEY(id);",
    );
    emu
}

#[test]
fn aggregate_and_unique_models() {
    let emu = setup();
    let v = load(&emu, "agg", &[], b"1\t10\t5\t5\ta\ta\n1\t\\N\t7\t2\t\\N\t\\N\n2\t1\t1\t1\tx\tx\n");
    assert_eq!(v["Status"], "Success");
    let v = load(&emu, "agg", &[], b"1\t5\t6\t9\tc\t\\N\n");
    assert_eq!(v["Status"], "Success");
    assert_eq!(
        emu.sql("", "SELECT * FROM d.agg ORDER BY k"),
        "k\ts\tmx\tmn\tr\trn\n1\t15\t7\t2\tc\ta\n2\t1\t1\t1\tx\tx\n"
    );
    let create = emu.sql("", "SHOW CREATE TABLE d.agg");
    assert!(create.contains("`s` bigint(20) SUM NULL COMMENT \"\""), "{create}");
    assert!(create.contains("AGGREGATE KEY(`k`)"), "{create}");
    let v = load(&emu, "uni", &[("columns", "k,v,__op")], b"1\ta\t0\n1\tb\t1\n2\tc\t0\n");
    assert_eq!(v["Status"], "Success");
    assert_eq!(emu.sql("", "SELECT * FROM d.uni ORDER BY k"), "k\tv\n1\tb\n2\tc\n");
    assert_eq!(
        emu.sql("", "SELECT COLUMN_NAME, COLUMN_KEY FROM information_schema.COLUMNS WHERE TABLE_NAME IN ('agg', 'uni') AND ORDINAL_POSITION = 1 ORDER BY TABLE_NAME"),
        "COLUMN_NAME\tCOLUMN_KEY\nk\tAGG\nk\tUNI\n"
    );
    let (ok, _, err) = emu.mysql_cli("root", "", "CREATE TABLE d.bad (k INT, v INT) AGGREGATE KEY(k)");
    assert!(!ok);
    assert!(err.contains("needs an aggregate type"), "{err}");
    let (ok, _, err) =
        emu.mysql_cli("root", "", "CREATE TABLE d.bad (k INT, v PERCENTILE PERCENTILE_UNION) AGGREGATE KEY(k)");
    assert!(!ok);
    assert!(err.contains("Aggregate type PERCENTILE_UNION is not supported by this emulator"), "{err}");
}

#[test]
fn partial_update() {
    let emu = setup();
    load(&emu, "score_board", &[], b"1\talice\t90\t1\n2\tbob\t85\t1\n");
    let v = load(&emu, "score_board", &[("partial_update", "true"), ("columns", "id,score")], b"1\t99\n3\t70\n");
    assert_eq!(v["Status"], "Success", "{v}");
    // Existing rows change only the listed columns; new rows get defaults (NULL here, as the
    // unlisted NOT NULL column `name` has no default).
    assert_eq!(
        emu.sql("", "SELECT id, name, score, ver FROM d.score_board ORDER BY id"),
        "id\tname\tscore\tver\n1\talice\t99\t1\n2\tbob\t85\t1\n3\tNULL\t70\tNULL\n"
    );
    let v = load(&emu, "score_board", &[("partial_update", "true"), ("columns", "name,score")], b"x\t1\n");
    assert_eq!(v["Message"], "key column id not in partial update columns");
    let v = load(&emu, "dup", &[("partial_update", "true"), ("columns", "id,v")], b"1\t1\n");
    assert_eq!(v["Message"], "Only primary key table support partial update");
    let v = load(&emu, "score_board", &[("partial_update", "maybe")], b"1\t1\n");
    assert_eq!(v["Message"], "Invalid partial update flag format. Must be bool type");
}

#[test]
fn partial_update_modes() {
    let emu = setup();
    emu.sql(
        "",
        "CREATE TABLE d.sorted (id INT NOT NULL, a INT, b INT) PRIMARY KEY(id) DISTRIBUTED BY HASH(id) ORDER BY(a);
         CREATE TABLE d.rowstore (id INT NOT NULL, a INT) PRIMARY KEY(id) DISTRIBUTED BY HASH(id)
           PROPERTIES ('storage_type' = 'column_with_row');",
    );
    load(&emu, "sorted", &[], b"1\t1\t1\n");
    let partial = |table: &str, mode: &str, columns: &str, body: &[u8]| {
        load(&emu, table, &[("partial_update", "true"), ("partial_update_mode", mode), ("columns", columns)], body)
    };
    let v = partial("sorted", "row", "id,b", b"1\t2\n");
    assert_eq!(v["Message"], "partial update on table with sort key must provide all sort key columns");
    let v = partial("sorted", "column", "id,a", b"1\t2\n");
    assert_eq!(v["Message"], "column mode partial update on table with sort key cannot update sort key column");
    assert_eq!(partial("sorted", "column", "id,b", b"1\t5\n")["Status"], "Success");
    assert_eq!(partial("sorted", "auto", "id,a,b", b"1\t6\t7\n")["Status"], "Success");
    // Values StarRocks does not know mean row mode.
    assert_eq!(partial("sorted", "COLUMN", "id,a", b"1\t8\n")["Status"], "Success");
    assert_eq!(emu.sql("", "SELECT * FROM d.sorted"), "id\ta\tb\n1\t8\t7\n");
    let v = partial("rowstore", "column", "id,a", b"1\t2\n");
    assert_eq!(v["Message"], "column with row table only support row mode partial update");
    assert_eq!(partial("rowstore", "row", "id,a", b"1\t2\n")["Status"], "Success");
}

#[test]
fn conditional_update() {
    let emu = setup();
    load(&emu, "score_board", &[], b"1\talice\t90\t5\n2\tbob\t85\t5\n");
    let v = load(&emu, "score_board", &[("merge_condition", "ver")], b"1\told\t1\t4\n2\tsame\t2\t5\n3\tnew\t3\t1\n");
    assert_eq!(v["Status"], "Success", "{v}");
    assert_eq!(
        emu.sql("", "SELECT id, name, score, ver FROM d.score_board ORDER BY id"),
        "id\tname\tscore\tver\n1\talice\t90\t5\n2\tsame\t2\t5\n3\tnew\t3\t1\n"
    );
    let cases = [
        ("id", "Merge condition column id should not be primary key!"),
        ("name", "Merge condition column has invalid type maybe bitmap/hll/percentile/json/varchar!"),
        (
            "nope",
            "Merge condition column nope does not exist. If you are doing partial update with condition update, please check condition column is in the given update columns. Otherwise please check condition column is in table score_board",
        ),
    ];
    for (col, msg) in cases {
        let v = load(&emu, "score_board", &[("merge_condition", col)], b"1\ta\t1\t1\n");
        assert_eq!(v["Message"], msg);
    }
    let v = load(&emu, "dup", &[("merge_condition", "v")], b"1\t1\n");
    assert_eq!(v["Message"], "Conditional update only support primary key table dup");
    let v = load(
        &emu,
        "score_board",
        &[("merge_condition", "ver"), ("columns", "id,name,score,ver,__op")],
        b"1\ta\t1\t9\t1\n",
    );
    assert_eq!(v["Status"], "Fail");
    assert!(v["Message"].as_str().unwrap().starts_with("memtable of tablet "), "{v}");
    assert!(v["Message"].as_str().unwrap().ends_with(" delete with condition column ver"), "{v}");
}
