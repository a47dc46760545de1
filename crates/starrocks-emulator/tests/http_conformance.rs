//! HTTP conformance with curl and a raw HTTP/1.1 client: FE authentication, `Expect`,
//! redirects, BE stream-load errors, formats and columns, filtering and the error log,
//! the transaction API's error paths, and label state (wire spec §2–§4, §6).

mod common;

use common::{Framing, HttpResponse, TestEmu, assert_json_like, basic, curl, http};
use serde_json::json;
use starrocks_emulator::Storage;

const NO_DATA: &str = "No partitions have data available for loading. If you are sure there may be no data to be loaded, you can use `ADMIN SET FRONTEND CONFIG ('empty_load_as_error' = 'false')` to ensure such load jobs can succeed";

/// Extra request headers.
type Headers = Vec<(&'static str, &'static str)>;

fn setup() -> TestEmu {
    let emu = TestEmu::start(Storage::Memory, "");
    emu.sql(
        "",
        "CREATE DATABASE d;
         CREATE TABLE d.pk (id INT NOT NULL, name VARCHAR(10), score INT) PRIMARY KEY(id) DISTRIBUTED BY HASH(id);
         CREATE TABLE d.dup (id INT, name VARCHAR(10), score INT NOT NULL DEFAULT '7') DUPLICATE KEY(id) DISTRIBUTED BY HASH(id);
         CREATE TABLE d.strict (id INT NOT NULL, v INT NOT NULL) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id);",
    );
    emu
}

fn load(emu: &TestEmu, table: &str, headers: &[(&str, &str)], body: &[u8]) -> serde_json::Value {
    let mut h: Vec<(&str, String)> = vec![("Authorization", basic("root", ""))];
    h.extend(headers.iter().map(|(k, v)| (*k, v.to_string())));
    let r = http(emu.be, "PUT", &format!("/api/d/{table}/_stream_load"), &h, Framing::Length(body.to_vec()));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.header("content-type"), Some("application/json"));
    r.json()
}

fn fail_msg(v: &serde_json::Value) -> (&str, &str, i64) {
    (v["Status"].as_str().unwrap(), v["Message"].as_str().unwrap(), v["TxnId"].as_i64().unwrap())
}

fn rows(emu: &TestEmu, sql: &str) -> String {
    emu.sql("", sql)
}

#[test]
fn fe_authentication_expect_and_redirect() {
    let emu = setup();
    let r = http(emu.fe, "PUT", "/api/d/pk/_stream_load", &[("Expect", "100-continue".into())], Framing::None);
    assert_eq!(r.status, 401);
    assert_eq!(r.header("www-authenticate"), Some("Basic realm=\"\""));
    assert_eq!(
        r.body,
        r#"{"status":"FAILED","code":"1","msg":"Need auth information.","message":"Need auth information."}"#
    );

    let r = http(
        emu.fe,
        "PUT",
        "/api/d/pk/_stream_load",
        &[("Authorization", basic("root", ""))],
        Framing::Length(b"1\ta\t1\n".to_vec()),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.header("connection"), Some("close"));
    assert_eq!(
        r.body,
        "{\n  \"Status\": \"FAILED\",\n  \"Message\": \"class com.starrocks.common.DdlException: There is no 100-continue header\"\n}"
    );

    let r = http(
        emu.fe,
        "PUT",
        "/api/d/pk/_stream_load?x=1",
        &[("Authorization", basic("root", "")), ("label", "l".into())],
        Framing::Held(b"1\ta\t1\n".to_vec()),
    );
    assert_eq!(r.status, 307);
    assert!(!r.got_continue, "the FE must not read the body");
    assert_eq!(
        r.header("location"),
        Some(format!("http://127.0.0.1:{}/api/d/pk/_stream_load?x=1", emu.be.port()).as_str())
    );
    assert_eq!(r.header("content-length"), Some("0"));
    assert_eq!(r.header("connection"), Some("close"));

    assert_eq!(http(emu.fe, "GET", "/nothing/here", &[], Framing::None).status, 404);
    let r = http(emu.be, "POST", "/api/d/pk/_nothing", &[], Framing::None);
    assert_eq!((r.status, r.body.as_str()), (404, "Not Found"));

    let r = http(
        emu.fe,
        "GET",
        "/api/d/get_load_state?label=never",
        &[("Authorization", basic("root", ""))],
        Framing::None,
    );
    assert_eq!(r.body, r#"{"state":"UNKNOWN","status":"OK","code":"0","msg":"Success","message":"OK"}"#);
    let r = http(emu.fe, "GET", "/api/d/get_load_state", &[("Authorization", basic("root", ""))], Framing::None);
    assert_eq!(r.body, r#"{"status":"FAILED","code":"1","msg":"No label selected.","message":"No label selected."}"#);
    let r =
        http(emu.fe, "GET", "/api/nodb/get_load_state?label=x", &[("Authorization", basic("root", ""))], Framing::None);
    assert_eq!(
        r.body,
        r#"{"status":"FAILED","code":"1","msg":"unknown database, database=nodb","message":"unknown database, database=nodb"}"#
    );

    // curl follows the redirect with --location-trusted and streams the body to the BE.
    let (code, body) = curl(&[
        "--location-trusted",
        "-u",
        "root:",
        "-H",
        "label:curl1",
        "-H",
        "Expect:100-continue",
        "-H",
        "column_separator:,",
        "--data-binary",
        "1,a,1\n2,b,2",
        "-X",
        "PUT",
        &format!("http://{}/api/d/pk/_stream_load", emu.fe),
    ]);
    assert_eq!(code, 200);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!((v["Status"].as_str(), v["NumberLoadedRows"].as_i64()), (Some("Success"), Some(2)));
}

#[test]
fn be_header_phase_errors() {
    let emu = setup();
    let r =
        http(emu.be, "PUT", "/api/d/pk/_stream_load", &[("label", "x".into())], Framing::Length(b"1\ta\t1\n".to_vec()));
    assert_json_like(
        &r.json(),
        &json!({"TxnId": -1, "Label": "x", "Status": "Fail", "Message": "no valid Basic authorization",
            "NumberTotalRows": 0, "NumberLoadedRows": 0, "NumberFilteredRows": 0, "NumberUnselectedRows": 0,
            "LoadBytes": 0, "LoadTimeMs": 0, "BeginTxnTimeMs": 0, "StreamLoadPlanTimeMs": 0,
            "ReadDataTimeMs": 0, "WriteDataTimeMs": 0, "CommitAndPublishTimeMs": 0}),
    );
    let cases: Vec<(&str, Headers, &str)> = vec![
        ("nosuch", vec![], "unknown table \"d.nosuch\""),
        ("pk", vec![("format", "xml")], "unknown data format, format=xml"),
        ("pk", vec![("timeout", "abc")], "Invalid timeout format"),
        (
            "pk",
            vec![("timeout", "300000")],
            "Invalid timeout: '300000'. Expected values should be between 1 and 259200 seconds",
        ),
        (
            "pk",
            vec![("label", "bad label")],
            "Getting analyzing error. Detail message: Label format error. regex: ^[-\\w]{1,128}$, label: bad label.",
        ),
    ];
    for (table, headers, msg) in cases {
        let v = load(&emu, table, &headers, b"1\ta\t1\n");
        assert_eq!(fail_msg(&v), ("Fail", msg, -1), "{v}");
    }
    let r = http(
        emu.be,
        "PUT",
        "/api/nodb/t/_stream_load",
        &[("Authorization", basic("root", ""))],
        Framing::Length(b"1".to_vec()),
    );
    assert_eq!(r.json()["Message"], "unknown database, database=nodb");
    let r = http(
        emu.be,
        "PUT",
        "/api/d/pk/_stream_load",
        &[("Authorization", basic("root", "bad"))],
        Framing::Length(b"1".to_vec()),
    );
    assert_eq!(r.json()["Message"], "Access denied for user 'root' (using password: YES)");
    // Errors found while planning roll back a begun transaction: the TxnId is real.
    for (headers, msg) in [
        (vec![("strict_mode", "maybe")], "Invalid strict mode format. Must be bool type"),
        (vec![("column_separator", "\\x0")], "Invalid delimiter '\\x0: hex length must be a even number"),
        (vec![("columns", "id,nope=1")], "Mapping column is not in table. column: nope"),
        (vec![("columns", "id,id")], "Duplicate column mapping: id"),
    ] {
        let v = load(&emu, "pk", &headers, b"1\ta\t1\n");
        let (status, m, txn) = fail_msg(&v);
        assert_eq!((status, m), ("Fail", msg));
        assert!(txn > 0);
    }
    let v = load(&emu, "strict", &[("columns", "id")], b"1\n");
    assert_eq!(fail_msg(&v).1, "Column has no default value. column: v");
}

#[test]
fn empty_loads_filtering_and_error_log() {
    let emu = setup();
    let v = load(&emu, "pk", &[("label", "empty")], b"");
    let (status, msg, txn) = fail_msg(&v);
    assert_eq!((status, msg), ("Fail", NO_DATA));
    assert!(txn > 0);
    // The aborted label can be used again.
    let v = load(&emu, "pk", &[("label", "empty")], b"1\ta\t10\n\n2\tb\t20");
    assert_eq!(v["Status"], "Success");
    assert_eq!(v["NumberTotalRows"], 2, "blank rows are not counted");

    let v = load(&emu, "pk", &[("label", "bad1")], b"3\tc\t30\nbad\n");
    assert_eq!(fail_msg(&v).0, "Fail");
    assert_eq!(v["Message"], "too many filtered rows");
    assert_eq!((v["NumberTotalRows"].as_i64(), v["NumberFilteredRows"].as_i64()), (Some(2), Some(1)));
    let url = v["ErrorURL"].as_str().expect("ErrorURL");
    assert!(url.starts_with(&format!("http://127.0.0.1:{}/api/_load_error_log?file=error_log_", emu.be.port())));
    let (code, log) = curl(&[url]);
    assert_eq!(code, 200);
    assert_eq!(
        log,
        "Error: Target column count: 3 doesn't match source value column count: 1. Column separator: '\\t', Row delimiter: '\\n'. Row: bad\n"
    );
    let v = load(&emu, "pk", &[("label", "bad2"), ("max_filter_ratio", "0.5")], b"3\tc\t30\nbad\n");
    assert_eq!(v["Status"], "Success");
    assert!(v["ErrorURL"].is_string());
    assert_eq!(rows(&emu, "SELECT count(*) FROM d.pk"), "count(*)\n3\n");

    // Strict mode: a bad value is NULL without it, a filtered row with it.
    let v = load(&emu, "dup", &[("columns", "id,name,score")], b"1\tx\tabc\n");
    assert_eq!(v["NumberFilteredRows"], 1, "NULL into NOT NULL is filtered: {v}");
    let v = load(&emu, "pk", &[], b"9\tx\tabc\n");
    assert_eq!(v["Status"], "Success");
    assert_eq!(rows(&emu, "SELECT score FROM d.pk WHERE id = 9"), "score\nNULL\n");
    let v = load(&emu, "pk", &[("strict_mode", "true"), ("max_filter_ratio", "1")], b"10\tx\tabc\n11\ty\t1\n");
    assert_eq!(v["NumberFilteredRows"], 1);
    let (_, log) = curl(&[v["ErrorURL"].as_str().unwrap()]);
    assert_eq!(
        log,
        "Error: The field (name = score, pos = 2) is out of range. Type: INT, Value length: 3, Value: abc. Row: 10\tx\tabc\n"
    );
    let v = load(&emu, "pk", &[("max_filter_ratio", "1")], b"12\tlonger than ten\t1\n13\t\xff\t1\n");
    assert_eq!((v["NumberLoadedRows"].as_i64(), v["NumberFilteredRows"].as_i64()), (Some(1), Some(1)));
    let (_, log) = curl(&[v["ErrorURL"].as_str().unwrap()]);
    assert!(log.starts_with("Error: Invalid UTF-8 row. Row: 13\t"), "{log}");
    assert_eq!(
        rows(&emu, "SELECT name FROM d.pk WHERE id = 12"),
        "name\nNULL\n",
        "over-long VARCHAR is NULL without strict mode"
    );
}

#[test]
fn csv_options_columns_and_where() {
    let emu = setup();
    let v = load(
        &emu,
        "pk",
        &[
            ("column_separator", ","),
            ("row_delimiter", "\\x0D0A"),
            ("enclose", "\""),
            ("escape", "\\"),
            ("skip_header", "1"),
            ("trim_space", "true"),
            ("columns", "id, tmp, name, score = tmp * 2"),
            ("where", "id > 1"),
        ],
        b"id,tmp,name\r\n1, 5 ,one\r\n2, 6 ,\"t,w\r\no\"\r\n3,7,th\\,ree\r\n",
    );
    assert_json_like(
        &v,
        &json!({"TxnId": null, "Label": null, "Status": "Success", "Message": "OK", "NumberTotalRows": 3,
            "NumberLoadedRows": 2, "NumberFilteredRows": 0, "NumberUnselectedRows": 1, "LoadBytes": null,
            "LoadTimeMs": 0, "BeginTxnTimeMs": 0, "StreamLoadPlanTimeMs": 0, "ReadDataTimeMs": 0,
            "WriteDataTimeMs": 0, "CommitAndPublishTimeMs": 0}),
    );
    assert_eq!(
        rows(&emu, "SELECT id, name, score FROM d.pk ORDER BY id"),
        "id\tname\tscore\n2\tt,w\r\\no\t12\n3\tth,ree\t14\n"
    );
    // DEFAULT for a column the load does not mention; __op as a constant delete.
    let v = load(&emu, "dup", &[("columns", "id,name")], b"1\ta\n");
    assert_eq!(v["Status"], "Success");
    assert_eq!(rows(&emu, "SELECT id, name, score FROM d.dup"), "id\tname\tscore\n1\ta\t7\n");
    let v = load(&emu, "pk", &[("columns", "id,name,score,__op='delete'")], b"2\tx\t0\n");
    assert_eq!(v["Status"], "Success");
    assert_eq!(rows(&emu, "SELECT id FROM d.pk ORDER BY id"), "id\n3\n");
}

#[test]
fn json_bodies_and_lz4() {
    let emu = setup();
    let v = load(&emu, "pk", &[("format", "json")], br#"{"id":1,"name":"a","score":1} {"id":2,"name":"b"}"#);
    assert_eq!((v["Status"].as_str(), v["NumberLoadedRows"].as_i64()), (Some("Success"), Some(2)));
    let v = load(
        &emu,
        "pk",
        &[("format", "json"), ("strip_outer_array", "true")],
        br#"[{"id":1,"__op":1},{"id":3,"name":"c","score":3}]"#,
    );
    assert_eq!(v["Status"], "Success");
    assert_eq!(rows(&emu, "SELECT id, name, score FROM d.pk ORDER BY id"), "id\tname\tscore\n2\tb\tNULL\n3\tc\t3\n");
    let v = load(
        &emu,
        "pk",
        &[
            ("format", "json"),
            ("jsonpaths", r#"["$.k", "$.inner.n"]"#),
            ("columns", "id,name"),
            ("json_root", "$.data"),
            ("strip_outer_array", "true"),
        ],
        br#"{"data":[{"k":4,"inner":{"n":"dd"}}]}"#,
    );
    assert_eq!(v["Status"], "Success");
    assert_eq!(rows(&emu, "SELECT name FROM d.pk WHERE id = 4"), "name\ndd\n");
    let cases: Vec<(Headers, &[u8], &str)> = vec![
        (
            vec![("format", "json")],
            br#"[{"id":1}]"#,
            "parse error. The value is array type in json document stream, you can set strip_outer_array=true to parse each element of the array as individual rows",
        ),
        (vec![("format", "json")], b"x", "parse error. illegal json started with x"),
        (
            vec![("format", "json"), ("strip_outer_array", "true")],
            br#"{"id":1}"#,
            "parse error. the value should be array type with strip_outer_array=true, value: {\"id\":1}",
        ),
    ];
    for (headers, body, msg) in cases {
        let v = load(&emu, "pk", &headers, body);
        assert_eq!((v["Status"].as_str(), v["Message"].as_str()), (Some("Fail"), Some(msg)));
    }
    let v = load(&emu, "pk", &[("format", "json")], br#"{"id":1,"name":"#);
    assert!(v["Message"].as_str().unwrap().starts_with("parse error. "), "{v}");
    let v = load(&emu, "pk", &[("format", "json")], b"");
    assert_eq!(v["Message"], NO_DATA);

    let raw = br#"[{"id":7,"name":"lz","score":70}]"#;
    let mut enc = lz4_flex::frame::FrameEncoder::new(Vec::new());
    std::io::Write::write_all(&mut enc, raw).unwrap();
    let compressed = enc.finish().unwrap();
    let v = load(
        &emu,
        "pk",
        &[("format", "json"), ("strip_outer_array", "true"), ("compression", "lz4_frame")],
        &compressed,
    );
    assert_eq!(v["Status"], "Success");
    assert_eq!(v["LoadBytes"], compressed.len(), "LoadBytes counts the compressed body");
    let mut enc = lz4_flex::frame::FrameEncoder::new(Vec::new());
    std::io::Write::write_all(&mut enc, b"8\tcsv\t80\n").unwrap();
    let v = load(&emu, "pk", &[("format", "lz4")], &enc.finish().unwrap());
    assert_eq!(v["Status"], "Success");
    assert_eq!(rows(&emu, "SELECT name FROM d.pk WHERE id >= 7 ORDER BY id"), "name\nlz\ncsv\n");
}

fn be_txn(emu: &TestEmu, op: &str, headers: &[(&str, &str)], body: Option<&[u8]>) -> HttpResponse {
    let mut h: Vec<(&str, String)> = vec![("Authorization", basic("root", ""))];
    h.extend(headers.iter().map(|(k, v)| (*k, v.to_string())));
    let method = if op == "load" { "PUT" } else { "POST" };
    let framing = body.map_or(Framing::None, |b| Framing::Length(b.to_vec()));
    http(emu.be, method, &format!("/api/transaction/{op}"), &h, framing)
}

fn fe_txn(emu: &TestEmu, op: &str, headers: &[(&str, &str)]) -> HttpResponse {
    let mut h: Vec<(&str, String)> = vec![("Authorization", basic("root", ""))];
    h.extend(headers.iter().map(|(k, v)| (*k, v.to_string())));
    http(emu.fe, "POST", &format!("/api/transaction/{op}"), &h, Framing::None)
}

#[test]
fn transaction_api_error_paths() {
    let emu = setup();
    let t = |l: &'static str| vec![("label", l), ("db", "d"), ("table", "pk")];
    let r = be_txn(&emu, "begin", &[("db", "d"), ("table", "pk")], None);
    assert_eq!(r.body, "{\n    \"Status\": \"INVALID_ARGUMENT\",\n    \"Message\": \"empty label\"\n}");
    let r = be_txn(&emu, "load", &t("ghost"), Some(b"1\ta\t1\n"));
    assert_json_like(
        &r.json(),
        &json!({"Status": "TXN_NOT_EXISTS", "Message": "Transaction with label ghost not exists"}),
    );
    let r = be_txn(&emu, "prepare", &t("ghost"), None);
    assert_json_like(
        &r.json(),
        &json!({"Status": "TXN_NOT_EXISTS", "Message": "transaction with label ghost not exists"}),
    );
    let r = be_txn(&emu, "nope", &t("ghost"), None);
    assert_json_like(
        &r.json(),
        &json!({"Status": "INVALID_ARGUMENT", "Message": "unsupport transaction operation nope"}),
    );
    let r = http(
        emu.be,
        "POST",
        "/api/transaction/load",
        &[("Authorization", basic("root", "")), ("label", "x".into())],
        Framing::None,
    );
    assert_json_like(
        &r.json(),
        &json!({"Status": "INVALID_ARGUMENT", "Message": "unsupport transaction operation load"}),
    );

    assert_eq!(be_txn(&emu, "begin", &t("a"), None).json()["Status"], "OK");
    assert_eq!(
        be_txn(&emu, "begin", &t("a"), None).body,
        "{\n    \"Status\": \"LABEL_ALREADY_EXISTS\",\n    \"ExistingJobStatus\": \"\",\n    \"Message\": \"\"\n}"
    );
    let r = be_txn(&emu, "prepare", &t("a"), None);
    assert_eq!(r.json()["Status"], "INTERNAL_ERROR");
    assert!(r.json()["Message"].as_str().unwrap().ends_with("hasn't send any data yet"));
    let state =
        http(emu.fe, "GET", "/api/d/get_load_state?label=a", &[("Authorization", basic("root", ""))], Framing::None);
    assert!(state.body.starts_with(r#"{"state":"ABORTED","reason":"#), "{}", state.body);

    assert_eq!(be_txn(&emu, "begin", &t("b"), None).json()["Status"], "OK");
    assert_eq!(be_txn(&emu, "load", &t("b"), Some(b"1\ta\t1\n")).json()["Status"], "OK");
    let mut other = t("b");
    other.push(("columns", "id,name,score"));
    let r = be_txn(&emu, "load", &other, Some(b"2\tb\t2\n"));
    assert_json_like(&r.json(), &json!({"Status": "INTERNAL_ERROR", "Message": "load request not equal last."}));
    let r = be_txn(&emu, "load", &[("label", "b"), ("db", "d"), ("table", "dup")], Some(b"2\tb\t2\n"));
    assert_json_like(
        &r.json(),
        &json!({"Status": "INVALID_ARGUMENT", "Message": "Request table dup not equal transaction table pk"}),
    );
    let r = be_txn(&emu, "prepare", &[("label", "b"), ("db", "d"), ("prepared_timeout", "0")], None);
    assert_json_like(&r.json(), &json!({"Status": "INVALID_ARGUMENT", "Message": "Invalid prepared_timeout: 0"}));
    assert_eq!(be_txn(&emu, "prepare", &t("b"), None).json()["Status"], "OK");
    let r = be_txn(&emu, "load", &t("b"), Some(b"3\tc\t3\n"));
    assert_eq!(r.json()["Status"], "TXN_NOT_EXISTS", "the BE forgets a label after prepare");
    let r = fe_txn(&emu, "rollback", &[("label", "b"), ("db", "d")]);
    let id = r.json()["TxnId"].as_i64().unwrap();
    assert_eq!(
        r.body,
        format!("{{\n  \"Label\": \"b\",\n  \"Status\": \"OK\",\n  \"TxnId\": {id},\n  \"Message\": \"\"\n}}")
    );
    let r = fe_txn(&emu, "commit", &[("label", "b"), ("db", "d")]);
    assert_eq!(
        r.body,
        format!(
            "{{\n  \"Status\": \"FAILED\",\n  \"Message\": \"class com.starrocks.common.StarRocksException: Can not commit ABORTED transaction {id}, label is b\"\n}}"
        )
    );
    let r = fe_txn(&emu, "rollback", &[("label", "b"), ("db", "d")]);
    assert_eq!(r.json()["Message"], format!("Transaction {id} has already aborted, label is b"));

    // Commit straight from PREPARE on the BE, then the FE's answers for a visible txn.
    assert_eq!(be_txn(&emu, "begin", &t("c"), None).json()["Status"], "OK");
    assert_eq!(be_txn(&emu, "load", &t("c"), Some(b"5\te\t5\n")).json()["Status"], "OK");
    let r = fe_txn(&emu, "commit", &[("label", "c"), ("db", "d")]);
    assert_eq!(r.status, 307, "PREPARE is committed by the coordinator BE");
    let r = be_txn(&emu, "commit", &t("c"), None);
    assert_eq!(r.json()["NumberLoadedRows"], 1);
    let id = r.json()["TxnId"].as_i64().unwrap();
    let r = fe_txn(&emu, "rollback", &[("label", "c"), ("db", "d")]);
    assert_eq!(
        r.json()["Message"],
        format!("class com.starrocks.common.StarRocksException: Can not abort VISIBLE transaction {id}, label is c")
    );
    let r = be_txn(&emu, "begin", &t("c"), None);
    assert_eq!(
        r.body,
        "{\n    \"Status\": \"LABEL_ALREADY_EXISTS\",\n    \"ExistingJobStatus\": \"FINISHED\",\n    \"Message\": \"Label [c] has already been used.\"\n}"
    );
    let r = fe_txn(&emu, "commit", &[("db", "d")]);
    assert_eq!(r.json()["Message"], "class com.starrocks.common.StarRocksException: Empty label.");
    let r = fe_txn(&emu, "commit", &[("label", "zz"), ("db", "d")]);
    assert_eq!(
        r.json()["Message"],
        "class com.starrocks.common.StarRocksException: No transaction found with db[d] and label[zz]"
    );
    let r = fe_txn(&emu, "frobnicate", &[("label", "zz"), ("db", "d")]);
    assert_eq!(
        r.json()["Message"],
        "class com.starrocks.common.StarRocksException: Unknown transaction operation: frobnicate"
    );
    assert_eq!(rows(&emu, "SELECT id FROM d.pk"), "id\n5\n");
}

#[test]
fn transaction_timeout_aborts() {
    let emu = setup();
    let t = [("label", "slow"), ("db", "d"), ("table", "pk"), ("timeout", "1")];
    assert_eq!(be_txn(&emu, "begin", &t, None).json()["Status"], "OK");
    std::thread::sleep(std::time::Duration::from_millis(2600));
    let r = be_txn(&emu, "load", &t, Some(b"1\ta\t1\n"));
    assert_eq!(r.json()["Status"], "TXN_NOT_EXISTS");
    let state =
        http(emu.fe, "GET", "/api/d/get_load_state?label=slow", &[("Authorization", basic("root", ""))], Framing::None);
    assert_eq!(
        state.body,
        r#"{"state":"ABORTED","reason":"timeout by txn manager","status":"OK","code":"0","msg":"Success","message":"OK"}"#
    );
}

#[test]
fn discard_storage_counts_rows() {
    let emu = TestEmu::start(Storage::Discard, "");
    emu.sql("", "CREATE DATABASE d; CREATE TABLE d.t (id INT, v VARCHAR(5)) DUPLICATE KEY(id) DISTRIBUTED BY RANDOM");
    let v = load(&emu, "t", &[], b"1\ta\n\n2\tb\n3\tc");
    assert_eq!((v["Status"].as_str(), v["NumberLoadedRows"].as_i64()), (Some("Success"), Some(3)));
    let t = [("label", "dt"), ("db", "d"), ("table", "t")];
    assert_eq!(be_txn(&emu, "begin", &t, None).json()["Status"], "OK");
    assert_eq!(be_txn(&emu, "load", &t, Some(b"4\td\n5\te\n")).json()["Status"], "OK");
    assert_eq!(be_txn(&emu, "prepare", &t, None).json()["NumberLoadedRows"], 2);
    assert_eq!(fe_txn(&emu, "commit", &[("label", "dt"), ("db", "d")]).json()["Status"], "OK");
    assert_eq!(
        emu.sql("", "SELECT TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_NAME = 't'"),
        "TABLE_ROWS\n5\n"
    );
    assert_eq!(emu.sql("", "SELECT count(*) FROM d.t"), "count(*)\n0\n", "discard keeps no rows");
}

#[test]
fn every_type_loads_and_reads_back() {
    let emu = TestEmu::start(Storage::Memory, "");
    emu.sql(
        "",
        "CREATE DATABASE d; CREATE TABLE d.all_types (id INT NOT NULL, c_bool BOOLEAN, c_tiny TINYINT,
           c_big BIGINT, c_large LARGEINT, c_float FLOAT, c_double DOUBLE, c_dec DECIMAL(10, 2),
           c_dec38 DECIMAL(38, 9), c_char CHAR(5), c_str STRING, c_date DATE, c_dt DATETIME,
           c_json JSON, c_arr ARRAY<INT>, c_map MAP<VARCHAR(10), INT>, c_bin VARBINARY)
         PRIMARY KEY(id) DISTRIBUTED BY HASH(id)",
    );
    let csv = "1\t1\t127\t-9223372036854775808\t170141183460469231731687303715884105727\t1.5\t1.0E-7\t12345678.90\t12345678901234567890123456789.123456789\tabc  \t日本語✓\t2024-02-29\t2024-02-29T12:34:56.789\t{\"a\":1}\t[1,null]\t{\"k1\":1}\tbin\n\
               2\ttrue\t-1\t0\t-1\t100.0\t1.0E21\t-0.01\t0E-9\t\tx\t20240101\t2024-01-01T00:00\t[]\t[]\t{}\t\\N\n\
               3\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N\n";
    let v = load(&emu, "all_types", &[], csv.as_bytes());
    assert_eq!((v["Status"].as_str(), v["NumberLoadedRows"].as_i64()), (Some("Success"), Some(3)), "{v}");
    let out = emu.sql("", "SELECT * FROM d.all_types ORDER BY id");
    let expected = "id\tc_bool\tc_tiny\tc_big\tc_large\tc_float\tc_double\tc_dec\tc_dec38\tc_char\tc_str\tc_date\tc_dt\tc_json\tc_arr\tc_map\tc_bin
1\t1\t127\t-9223372036854775808\t170141183460469231731687303715884105727\t1.5\t1e-07\t12345678.90\t12345678901234567890123456789.123456789\tabc  \t日本語✓\t2024-02-29\t2024-02-29 12:34:56.789000\t{\"a\": 1}\t[1,null]\t{\"k1\":1}\tbin
2\t1\t-1\t0\t-1\t100\t1e+21\t-0.01\t0.000000000\t\tx\t2024-01-01\t2024-01-01 00:00:00\t[]\t[]\t{}\tNULL
3\tNULL\tNULL\tNULL\tNULL\tNULL\tNULL\tNULL\tNULL\tNULL\tNULL\tNULL\tNULL\tNULL\tNULL\tNULL\tNULL
";
    assert_eq!(out, expected);
    assert_eq!(
        emu.sql("", "SELECT @@session.auto_increment_increment AS a, @@character_set_client, @@time_zone"),
        "a\t@@character_set_client\t@@time_zone\n1\tutf8\tAsia/Shanghai\n"
    );
}

#[test]
fn json_op_key_is_read_without_columns_naming_it() {
    let emu = setup();
    let v = load(&emu, "pk", &[("format", "json")], br#"{"id":1,"name":"a"} {"id":2,"name":"b"}"#);
    assert_eq!(v["Status"], "Success");
    let v = load(
        &emu,
        "pk",
        &[("format", "json"), ("columns", "id,name")],
        br#"{"id":1,"__op":1} {"id":3,"name":"c","__op":0}"#,
    );
    assert_eq!(v["Status"], "Success");
    assert_eq!(rows(&emu, "SELECT id FROM d.pk ORDER BY id"), "id\n2\n3\n");
}
