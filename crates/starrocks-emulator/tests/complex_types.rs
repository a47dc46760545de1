//! JSON, ARRAY, MAP and STRUCT columns loaded from CSV and JSON bodies and read back with
//! `SELECT` as StarRocks prints them (wire spec §6.1, §6.2; `MysqlRowBuffer` nesting rules).

mod common;

use common::{Framing, TestEmu, basic, http, query_rows};
use starrocks_emulator::Storage;

fn setup() -> TestEmu {
    let emu = TestEmu::start(Storage::Memory, "");
    emu.sql(
        "",
        "CREATE DATABASE d; CREATE TABLE d.c (id INT NOT NULL, j JSON, a ARRAY<INT>, s ARRAY<VARCHAR(10)>,
           n ARRAY<ARRAY<DATE>>, m MAP<VARCHAR(10), DECIMAL(10, 2)>, st STRUCT<a INT, b VARCHAR(20)>)
         PRIMARY KEY(id) DISTRIBUTED BY HASH(id)",
    );
    emu
}

fn load(emu: &TestEmu, headers: &[(&str, &str)], body: &str) -> serde_json::Value {
    let mut h: Vec<(&str, String)> = vec![("Authorization", basic("root", ""))];
    h.extend(headers.iter().map(|(k, v)| (*k, v.to_string())));
    http(emu.be, "PUT", "/api/d/c/_stream_load", &h, Framing::Length(body.as_bytes().to_vec())).json()
}

fn row(emu: &TestEmu, id: i64) -> Vec<Option<String>> {
    query_rows(emu.mysql, "", &format!("SELECT j, a, s, n, m, st FROM d.c WHERE id = {id}")).remove(0)
}

fn some(v: &[&str]) -> Vec<Option<String>> {
    v.iter().map(|s| if *s == "NULL" { None } else { Some(s.to_string()) }).collect()
}

#[test]
fn csv_values_print_as_starrocks_prints_them() {
    let emu = setup();
    let body = concat!(
        "1\t{\"z\":[1,2.50,\"x\"],\"a\":{\"k\":null}}\t[1, null,3]\t[\"a,b\",\"q\"\"t\",\"b\\\\s\"]\t",
        "[[\"2024-01-02\"],[]]\t{\"k1\":1.5,\"k2\":2,\"k1\":3}\t{\"a\":1,\"b\":\"x\"}\n",
        "2\t7\t[]\t[unquoted]\t[[2024-01-02T10:00]]\t{}\t\\N\n",
    );
    let v = load(&emu, &[], body);
    assert_eq!((v["Status"].as_str(), v["NumberLoadedRows"].as_i64()), (Some("Success"), Some(2)), "{v}");
    assert_eq!(
        row(&emu, 1),
        some(&[
            r#"{"a": {"k": null}, "z": [1, 2.5, "x"]}"#,
            "[1,null,3]",
            r#"["a,b","q\"t","b\\\\s"]"#,
            r#"[["2024-01-02"],[]]"#,
            r#"{"k2":2.00,"k1":3.00}"#,
            // STRUCT has no CSV text converter: NULL outside strict mode.
            "NULL",
        ])
    );
    assert_eq!(row(&emu, 2), some(&["7", "[]", "[null]", r#"[["2024-01-02"]]"#, "{}", "NULL"]));
    // Strict mode: a value that does not convert filters the row.
    let v = load(
        &emu,
        &[("strict_mode", "true"), ("max_filter_ratio", "1")],
        "3\t{}\t[x]\t[]\t[]\t{}\t\\N\n4\t{}\t[]\t[]\t[]\t{}\t{\"a\":1}\n",
    );
    assert_eq!((v["NumberLoadedRows"].as_i64(), v["NumberFilteredRows"].as_i64()), (Some(0), Some(2)), "{v}");
    let url = v["ErrorURL"].as_str().unwrap();
    let log = http(emu.be, "GET", &url[url.find("/api/").unwrap()..], &[], Framing::None).body;
    assert!(log.contains("Error: The field (name = a, pos = 2) is out of range. Type: ARRAY<INT(11)>"), "{log}");
    assert!(log.contains("(name = st, pos = 6) is out of range. Type: STRUCT<A INT(11), B VARCHAR(20)>"), "{log}");
}

#[test]
fn json_values_print_as_starrocks_prints_them() {
    let emu = setup();
    let body = r#"[{"id":1,"j":{"b":[true,null],"a":"t\tx"},"a":[1,"2",null],"s":["x","y\"z"],"n":[["2024-02-29"]],
                  "m":{"k":1.005,"j":-0.5},"st":{"b":"q\"\\","extra":1}},
                  {"id":2,"j":"just a string","a":[],"st":{"a":-1,"b":""}},
                  {"id":3,"j":12345678901234567890123,"a":null,"m":{}}]"#;
    let v = load(&emu, &[("format", "json"), ("strip_outer_array", "true")], body);
    assert_eq!((v["Status"].as_str(), v["NumberLoadedRows"].as_i64()), (Some("Success"), Some(3)), "{v}");
    assert_eq!(
        row(&emu, 1),
        some(&[
            r#"{"a": "t\tx", "b": [true, null]}"#,
            "[1,2,null]",
            r#"["x","y\"z"]"#,
            r#"[["2024-02-29"]]"#,
            r#"{"k":1.01,"j":-0.50}"#,
            r#"{"a":null,"b":"q\"\\"}"#,
        ])
    );
    assert_eq!(row(&emu, 2), some(&[r#""just a string""#, "[]", "NULL", "NULL", "NULL", r#"{"a":-1,"b":""}"#]));
    assert_eq!(row(&emu, 3), some(&["1.2345678901234568e+22", "NULL", "NULL", "NULL", "{}", "NULL"]));
    // A value of the wrong shape is NULL outside strict mode, filtered in it.
    let v = load(&emu, &[("format", "json")], r#"{"id":4,"a":{"x":1}}"#);
    assert_eq!(v["Status"], "Success");
    assert_eq!(row(&emu, 4)[1], None);
    let v = load(&emu, &[("format", "json"), ("strict_mode", "true")], r#"{"id":5,"a":{"x":1}}"#);
    assert_eq!((v["Status"].as_str(), v["Message"].as_str()), (Some("Fail"), Some("too many filtered rows")));
}

#[test]
fn insert_and_json_in_varchar() {
    let emu = setup();
    emu.sql("", "INSERT INTO d.c (id, j, a, m) VALUES (1, '{\"b\": 1, \"a\": 2}', '[3,2,1]', '{\"x\":1}')");
    assert_eq!(row(&emu, 1), some(&[r#"{"a": 2, "b": 1}"#, "[3,2,1]", "NULL", "NULL", r#"{"x":1.00}"#, "NULL"]));
    assert_eq!(
        query_rows(
            emu.mysql,
            "",
            "SELECT DATA_TYPE, COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_NAME = 'c' AND COLUMN_NAME = 'st'"
        ),
        vec![some(&["struct", "struct<a int(11), b varchar(20)>"])]
    );
}
