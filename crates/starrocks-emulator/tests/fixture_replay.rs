//! Replays the Java connector's captured requests (fixture cases 01–13) against the
//! emulator. Each answer is checked against what StarRocks gives according to the wire spec,
//! and each table must end with the rows StarRocks would hold: those the case's SQL wrote,
//! or none where StarRocks fails the load (case 05: more fields than `columns` names; case
//! 07 CSV: raw tabs and newlines inside values; cases 10: the server failures the stand-in
//! injected, reproduced with fault injection). A request the client would not send because
//! the FE answered it (the FE commits or rolls back a finished transaction itself) is not
//! replayed.

mod common;

use common::{Framing, HttpResponse, TestEmu, assert_json_like, basic, http, query_rows};
use serde_json::{Value, json};
use starrocks_emulator::{Action, Fault, RequestKind, Storage};
use std::collections::HashMap;
use std::io::Read;
use std::path::PathBuf;

const PASSWORD: &str = "secret";

fn fixture_dir(case: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(case)
}

fn setup(emu: &TestEmu) {
    emu.sql(
        PASSWORD,
        "CREATE DATABASE test_db;
         CREATE TABLE test_db.score_board (id INT NOT NULL, name STRING, score INT)
           PRIMARY KEY(id) DISTRIBUTED BY HASH(id) BUCKETS 1 PROPERTIES ('replication_num' = '1');
         CREATE TABLE test_db.events (id INT, name STRING, score INT)
           DUPLICATE KEY(id) DISTRIBUTED BY HASH(id) BUCKETS 1 PROPERTIES ('replication_num' = '1');
         CREATE TABLE test_db.all_types (id INT NOT NULL, c_bool BOOLEAN, c_tinyint TINYINT, c_smallint SMALLINT,
           c_int INT, c_bigint BIGINT, c_float FLOAT, c_double DOUBLE, c_dec10 DECIMAL(10, 2), c_dec38 DECIMAL(38, 9),
           c_char CHAR(5), c_string STRING, c_date DATE, c_ts DATETIME, c_ts_ltz DATETIME, c_array ARRAY<INT>,
           c_map MAP<VARCHAR(65533), INT>, c_row STRUCT<a INT, b VARCHAR(65533)>, c_binary BIGINT)
           PRIMARY KEY(id) DISTRIBUTED BY HASH(id) BUCKETS 1 PROPERTIES ('replication_num' = '1');",
    );
}

/// What StarRocks does differently from success in a case.
#[derive(Debug, Default, Clone)]
struct Expect {
    /// Prepare fails: every transaction's rows include filtered ones (`too many filtered rows`).
    prepare_filtered: bool,
    /// The first n stream loads fail (an injected server failure).
    failing_stream_loads: u32,
    /// The first n transaction loads fail (an injected server failure).
    failing_txn_loads: u32,
}

/// The rejected-row log the injected failures serve.
const ERROR_LOG: &str = "Error: Value count does not match column count. Expect 3, but got 2. Row: 'bad\trow'";
const INJECTED: &str = "too many filtered rows";

/// Rows in a (possibly compressed) body: CSV lines or JSON array elements.
fn rows_in(body: &[u8], headers: &[(String, String)]) -> u64 {
    let h = |n: &str| headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(n)).map(|(_, v)| v.as_str());
    let mut data = body.to_vec();
    if h("compression") == Some("lz4_frame") || h("format") == Some("lz4") {
        let mut out = Vec::new();
        lz4_flex::frame::FrameDecoder::new(body).read_to_end(&mut out).unwrap();
        data = out;
    }
    if h("format") == Some("json") {
        let v: Value = serde_json::from_slice(&data).unwrap();
        v.as_array().unwrap().len() as u64
    } else {
        data.iter().filter(|&&b| b == b'\n').count() as u64
    }
}

struct Replayer<'a> {
    emu: &'a TestEmu,
    dir: PathBuf,
    txn_ids: HashMap<String, i64>,
    loaded: HashMap<String, (u64, u64)>,
    prepared: HashMap<String, bool>,
    fe_committed: HashMap<String, bool>,
    /// The merge-commit transaction label a client would poll (case 09).
    merge_label: Option<String>,
    polls: u32,
    expect: Expect,
    /// (state, reason) of each label as StarRocks would report it.
    states: HashMap<String, (&'static str, String)>,
    /// The path of the last `ErrorURL` answered (the client fetches that one).
    error_url: Option<String>,
    /// A BE request the client does not send, because the FE answered it.
    skip_be: Option<String>,
}

impl Replayer<'_> {
    /// The path as the client would send it: label polls use the label we answered, error
    /// logs the `ErrorURL` we answered.
    fn path(&self, ex: &Value) -> String {
        let path = ex["path"].as_str().unwrap();
        if path.starts_with("/api/_load_error_log")
            && let Some(p) = &self.error_url
        {
            return p.clone();
        }
        match (&self.merge_label, path.split_once("?label=")) {
            (Some(l), Some((p, _))) => format!("{p}?label={l}"),
            _ => path.to_string(),
        }
    }

    fn send(&mut self, ex: &Value) -> Option<HttpResponse> {
        let role = ex["role"].as_str().unwrap();
        let addr = if role == "fe" { self.emu.fe } else { self.emu.be };
        let method = ex["method"].as_str().unwrap();
        let path = self.path(ex);
        if role == "be" && self.skip_be.as_deref() == Some(path.as_str()) {
            self.skip_be = None;
            return None;
        }
        if self.merge_label.is_some() && path.contains("get_load_state") {
            self.polls += 1;
            if self.polls == 2 {
                // The client polls again after the 1000 ms merge window has closed.
                std::thread::sleep(std::time::Duration::from_millis(1500));
            }
        }
        let path = path.as_str();
        let mut headers: Vec<(&str, String)> = Vec::new();
        let framing_kind = ex["body_framing"]["type"].as_str().unwrap();
        for h in ex["headers"].as_array().unwrap() {
            let (k, v) = (h[0].as_str().unwrap(), h[1].as_str().unwrap());
            match k.to_ascii_lowercase().as_str() {
                "authorization" => headers.push(("Authorization", basic("root", PASSWORD))),
                "host" => {}
                "content-length" | "transfer-encoding" if framing_kind != "not-read" => {}
                _ => headers.push((k, v.to_string())),
            }
        }
        let body = || std::fs::read(self.dir.join(ex["body_file"].as_str().unwrap())).unwrap();
        let framing = match framing_kind {
            "not-read" => Framing::HeadersOnly,
            "none" => Framing::None,
            "content-length" if ex["body_file"].is_null() => Framing::Length(Vec::new()),
            "content-length" => Framing::Length(body()),
            "chunked" => {
                let sizes = ex["body_framing"]["chunk_sizes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s.as_u64().unwrap() as usize)
                    .collect();
                Framing::Chunked(body(), sizes)
            }
            other => panic!("unknown framing {other}"),
        };
        Some(http(addr, method, path, &headers, framing))
    }

    fn remember_error_url(&mut self, v: &Value) {
        let url = v["ErrorURL"].as_str().expect("ErrorURL");
        self.error_url = Some(url[url.find("/api/").unwrap()..].to_string());
    }

    fn header(ex: &Value, name: &str) -> Option<String> {
        ex["headers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h[0].as_str().unwrap().eq_ignore_ascii_case(name))
            .map(|h| h[1].as_str().unwrap().to_string())
    }

    /// Checks one answer against StarRocks' behaviour and records transaction state.
    fn check(&mut self, ex: &Value, r: &HttpResponse) {
        let seq = ex["seq"].as_u64().unwrap();
        let role = ex["role"].as_str().unwrap();
        let method = ex["method"].as_str().unwrap();
        let path = self.path(ex);
        let path = path.as_str();
        let label = Self::header(ex, "label");
        let ctx = format!("seq {seq} {role} {method} {path}: {} {}", r.status, r.body);
        if role == "fe" {
            if path == "/api/transaction/begin" && label.is_none() {
                assert_eq!(r.status, 200, "{ctx}");
                assert_eq!(
                    r.body,
                    "{\n  \"Status\": \"FAILED\",\n  \"Message\": \"class com.starrocks.common.StarRocksException: No database selected.\"\n}",
                    "{ctx}"
                );
                return;
            }
            if path.contains("get_load_state") && self.merge_label.is_some() {
                assert_eq!(r.status, 200, "{ctx}");
                let state = if self.polls == 1 { "PREPARE" } else { "VISIBLE" };
                assert_eq!(
                    r.body,
                    format!(
                        r#"{{"state":"{state}","reason":"","status":"OK","code":"0","msg":"Success","message":"OK"}}"#
                    ),
                    "{ctx}"
                );
                return;
            }
            if path.contains("get_load_state") {
                assert_eq!(r.status, 200, "{ctx}");
                let label = path.split_once("?label=").unwrap().1;
                let expected = match self.states.get(label) {
                    None => {
                        r#"{"state":"UNKNOWN","status":"OK","code":"0","msg":"Success","message":"OK"}"#.to_string()
                    }
                    Some((state, reason)) => json!({"state": state, "reason": reason, "status": "OK", "code": "0",
                        "msg": "Success", "message": "OK"})
                    .to_string(),
                };
                assert_eq!(r.body, expected, "{ctx}");
                return;
            }
            let label = label.expect("label");
            let aborted = self.states.get(&label).is_some_and(|s| s.0 == "ABORTED");
            if path == "/api/transaction/commit" && aborted {
                // The FE refuses to commit an aborted transaction by itself (wire spec §4.4).
                let id = self.txn_ids[&label];
                assert_eq!(
                    r.body,
                    format!(
                        "{{\n  \"Status\": \"FAILED\",\n  \"Message\": \"class com.starrocks.common.StarRocksException: Can not commit ABORTED transaction {id}, label is {label}\"\n}}"
                    ),
                    "{ctx}"
                );
                self.skip_be = Some(path.to_string());
                return;
            }
            if path == "/api/transaction/rollback" && aborted {
                let id = self.txn_ids[&label];
                assert_eq!(
                    r.body,
                    format!(
                        "{{\n  \"Label\": \"{label}\",\n  \"Status\": \"OK\",\n  \"TxnId\": {id},\n  \"Message\": \"Transaction {id} has already aborted, label is {label}\"\n}}"
                    ),
                    "{ctx}"
                );
                self.skip_be = Some(path.to_string());
                return;
            }
            if path == "/api/transaction/commit" && self.prepared.get(&label).copied().unwrap_or(false) {
                // PREPARED: the FE commits by itself (wire spec §4.2, §4.4).
                assert_eq!(r.status, 200, "{ctx}");
                let id = self.txn_ids[&label];
                assert_eq!(
                    r.body,
                    format!(
                        "{{\n  \"Label\": \"{label}\",\n  \"Status\": \"OK\",\n  \"TxnId\": {id},\n  \"Message\": \"\"\n}}"
                    ),
                    "{ctx}"
                );
                self.states.insert(label.clone(), ("VISIBLE", String::new()));
                self.fe_committed.insert(label, true);
                return;
            }
            assert_eq!(r.status, 307, "{ctx}");
            assert!(!r.got_continue, "{ctx}");
            assert_eq!(
                r.header("location"),
                Some(format!("http://127.0.0.1:{}{path}", self.emu.be.port()).as_str()),
                "{ctx}"
            );
            assert_eq!(r.body, "", "{ctx}");
            return;
        }
        assert_eq!(r.status, 200, "{ctx}");
        if path.starts_with("/api/_load_error_log") {
            assert_eq!(r.body, format!("{ERROR_LOG}\n"), "{ctx}");
            return;
        }
        let v = r.json();
        let label = label.expect("label");
        let body_len = ex["body_len"].as_u64().unwrap();
        let headers: Vec<(String, String)> = ex["headers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| (h[0].as_str().unwrap().to_string(), h[1].as_str().unwrap().to_string()))
            .collect();
        match path {
            "/api/transaction/begin" => {
                assert_json_like(
                    &v,
                    &json!({"Status": "OK", "Message": "", "Label": label, "TxnId": null, "BeginTxnTimeMs": 0}),
                );
                self.txn_ids.insert(label.clone(), v["TxnId"].as_i64().unwrap());
                self.states.insert(label, ("PREPARE", String::new()));
            }
            "/api/transaction/load" if self.expect.failing_txn_loads > 0 => {
                self.expect.failing_txn_loads -= 1;
                assert_json_like(&v, &json!({"Status": "INTERNAL_ERROR", "Message": INJECTED, "ErrorURL": null}));
                self.remember_error_url(&v);
                self.states.insert(label, ("ABORTED", INJECTED.to_string()));
            }
            "/api/transaction/load" => {
                let rows = rows_in(&std::fs::read(self.dir.join(ex["body_file"].as_str().unwrap())).unwrap(), &headers);
                assert_json_like(
                    &v,
                    &json!({"Status": "OK", "Message": "", "Label": label, "TxnId": self.txn_ids[&label],
                        "LoadBytes": body_len, "StreamLoadPlanTimeMs": 0, "ReceivedDataTimeMs": 0}),
                );
                let e = self.loaded.entry(label).or_default();
                e.0 += rows;
                e.1 += body_len;
            }
            "/api/transaction/prepare" if self.expect.prepare_filtered => {
                assert_json_like(&v, &json!({"Status": "INTERNAL_ERROR", "Message": INJECTED, "ErrorURL": null}));
                self.remember_error_url(&v);
                self.states.insert(label, ("ABORTED", INJECTED.to_string()));
            }
            "/api/transaction/prepare" => {
                let (rows, bytes) = self.loaded[&label];
                assert_json_like(
                    &v,
                    &json!({"Status": "OK", "Message": "", "Label": label, "TxnId": self.txn_ids[&label],
                        "NumberTotalRows": rows, "NumberLoadedRows": rows, "NumberFilteredRows": 0,
                        "NumberUnselectedRows": 0, "LoadBytes": bytes, "LoadTimeMs": 0,
                        "StreamLoadPlanTimeMs": 0, "ReceivedDataTimeMs": 0, "WriteDataTimeMs": 0,
                        "CommitAndPublishTimeMs": 0}),
                );
                self.prepared.insert(label.clone(), true);
                self.states.insert(label, ("PREPARED", String::new()));
            }
            "/api/transaction/commit" => {
                // The FE already committed the PREPARED transaction and the BE forgot the
                // label at prepare (wire spec §4.5): the BE answers TXN_NOT_EXISTS.
                assert!(self.fe_committed.get(&label).copied().unwrap_or(false), "{ctx}");
                assert_json_like(
                    &v,
                    &json!({"Status": "TXN_NOT_EXISTS", "Message": format!("transaction with label {label} not exists")}),
                );
            }
            p if p.ends_with("/_stream_load") && Self::header(ex, "enable_merge_commit").is_some() => {
                let merge_label = v["Label"].as_str().unwrap().to_string();
                assert!(merge_label.starts_with("merge_commit_"), "{ctx}");
                assert_json_like(
                    &v,
                    &json!({"TxnId": null, "Label": null, "Status": "Success", "Message": "OK",
                        "RequestId": label, "LoadBytes": body_len, "LoadTimeMs": 0,
                        "ReadDataTimeMs": 0, "PendingTimeMs": 0, "WaitPlanTimeMs": 0,
                        "WriteDataTimeMs": 0, "WaitFinishTimeMs": 0, "LeftMergeTimeMs": 0}),
                );
                assert!(v["LeftMergeTimeMs"].as_i64().unwrap() <= 1000, "{ctx}");
                self.merge_label = Some(merge_label);
            }
            p if p.ends_with("/_stream_load") && self.expect.failing_stream_loads > 0 => {
                self.expect.failing_stream_loads -= 1;
                assert_json_like(
                    &v,
                    &json!({"TxnId": null, "Label": label, "Status": "Fail", "Message": INJECTED,
                        "NumberTotalRows": 0, "NumberLoadedRows": 0, "NumberFilteredRows": 0,
                        "NumberUnselectedRows": 0, "LoadBytes": body_len, "LoadTimeMs": 0,
                        "BeginTxnTimeMs": 0, "StreamLoadPlanTimeMs": 0, "ReadDataTimeMs": 0,
                        "WriteDataTimeMs": 0, "CommitAndPublishTimeMs": 0, "ErrorURL": null}),
                );
                assert!(v["TxnId"].as_i64().unwrap() > 0, "{ctx}");
                self.remember_error_url(&v);
                self.states.insert(label, ("ABORTED", INJECTED.to_string()));
            }
            p if p.ends_with("/_stream_load") => {
                let rows = rows_in(&std::fs::read(self.dir.join(ex["body_file"].as_str().unwrap())).unwrap(), &headers);
                assert_json_like(
                    &v,
                    &json!({"TxnId": null, "Label": label, "Status": "Success", "Message": "OK",
                        "NumberTotalRows": rows, "NumberLoadedRows": rows, "NumberFilteredRows": 0,
                        "NumberUnselectedRows": 0, "LoadBytes": body_len, "LoadTimeMs": 0,
                        "BeginTxnTimeMs": 0, "StreamLoadPlanTimeMs": 0, "ReadDataTimeMs": 0,
                        "WriteDataTimeMs": 0, "CommitAndPublishTimeMs": 0}),
                );
                self.states.insert(label, ("VISIBLE", String::new()));
            }
            other => panic!("unexpected BE path {other}"),
        }
    }
}

/// Replays a case on a fresh emulator (after `prepare` ran) and returns the emulator.
fn run_case(case: &str, expect: Expect, prepare: impl FnOnce(&TestEmu)) -> TestEmu {
    let emu = TestEmu::start(Storage::Memory, PASSWORD);
    setup(&emu);
    prepare(&emu);
    let dir = fixture_dir(case);
    let text = std::fs::read_to_string(dir.join("exchanges.jsonl")).unwrap();
    let mut rp = Replayer {
        emu: &emu,
        dir,
        txn_ids: HashMap::new(),
        loaded: HashMap::new(),
        prepared: HashMap::new(),
        fe_committed: HashMap::new(),
        merge_label: None,
        polls: 0,
        expect,
        states: HashMap::new(),
        error_url: None,
        skip_be: None,
    };
    let mut count = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let ex: Value = serde_json::from_str(line).unwrap();
        if let Some(r) = rp.send(&ex) {
            rp.check(&ex, &r);
            count += 1;
        }
    }
    assert!(count > 1, "{case}: nothing replayed");
    emu
}

fn score_rows(emu: &TestEmu, table: &str) -> String {
    emu.sql(PASSWORD, &format!("SELECT id, name, score FROM test_db.{table} ORDER BY id, name, score"))
}

fn replay(case: &str, table: &str, expected_rows: &str) {
    let emu = run_case(case, Expect::default(), |_| {});
    assert_eq!(score_rows(&emu, table), format!("id\tname\tscore\n{expected_rows}"), "{case}: final rows");
}

/// Injects the server failure the stand-in answered with: `Fail` / `too many filtered rows`
/// with an error log, on the first `times` requests of `kind`.
fn inject_failure(emu: &TestEmu, kind: RequestKind, times: u64) {
    let fail = Action::Fail { message: INJECTED.into(), error_log: vec![ERROR_LOG.into()] };
    emu.faults.inject(Fault::new(kind, fail).times(times)).unwrap();
}

const FOUR: &str = "1\talice\t90\n2\tbob\t85\n3\tcarol\t77\n4\tdave\t60\n";
const PLAYERS: &str =
    "1\tplayer_1\t10\n2\tplayer_2\t20\n3\tplayer_3\t30\n4\tplayer_4\t40\n5\tplayer_5\t50\n6\tplayer_6\t60\n";

#[test]
fn case_01_default_csv() {
    replay("01_default_csv", "score_board", FOUR);
}

#[test]
fn case_02_v1() {
    replay("02_v1", "score_board", FOUR);
}

#[test]
fn case_03_json() {
    replay("03_json", "score_board", FOUR);
}

#[test]
fn case_04_exactly_once() {
    replay("04_exactly_once", "score_board", PLAYERS);
}

#[test]
fn case_06_changelog_deletes() {
    replay("06_changelog_deletes", "score_board", "1\talice\t95\n3\tcarol\t77\n");
}

#[test]
fn case_08_lz4_csv() {
    replay("08_lz4_csv", "score_board", FOUR);
}

#[test]
fn case_08_lz4_json() {
    replay("08_lz4_json", "score_board", FOUR);
}

#[test]
fn case_09_merge_commit() {
    replay("09_merge_commit", "score_board", FOUR);
}

#[test]
fn case_11_duplicate_key_table() {
    replay("11_duplicate_key_table", "events", FOUR);
}

#[test]
fn case_12_plain_stream_load() {
    replay("12_plain_stream_load", "score_board", FOUR);
}

#[test]
fn case_13_multiple_flushes() {
    replay("13_multiple_flushes", "score_board", PLAYERS);
}

/// `partial_update` with `columns: id,name` while the body still carries `__op`: every row
/// has more fields than `columns` names, so StarRocks filters them all and prepare fails.
#[test]
fn case_05_partial_update_with_extra_field_fails() {
    let before = "1\talice\t90\n2\tbob\t85\n3\tcarol\t77\n";
    let emu = run_case("05_partial_update", Expect { prepare_filtered: true, ..Expect::default() }, |emu| {
        emu.sql(PASSWORD, "INSERT INTO test_db.score_board VALUES (1, 'alice', 90), (2, 'bob', 85), (3, 'carol', 77)");
    });
    assert_eq!(score_rows(&emu, "score_board"), format!("id\tname\tscore\n{before}"));
}

fn all_types(emu: &TestEmu) -> Vec<Vec<Option<String>>> {
    query_rows(emu.mysql, PASSWORD, "SELECT * FROM test_db.all_types ORDER BY id")
}

fn cells(v: &[&str]) -> Vec<Option<String>> {
    v.iter().map(|s| if *s == "NULL" { None } else { Some(s.to_string()) }).collect()
}

const ROW1: [&str; 19] = [
    "1",
    "1",
    "127",
    "-32768",
    "2147483647",
    "9223372036854775807",
    "1.5",
    "3.141592653589793",
    "12345678.90",
    "12345678901234567890123456789.123456789",
    "abc  ",
    "plain",
    "2024-02-29",
    "2024-02-29 12:34:56.789000",
    "2024-02-29 12:34:56.789000",
    "[1,2,3]",
    r#"{"k1":1,"k2":2}"#,
    r#"{"a":1,"b":"x"}"#,
    "3735928559",
];
const ROW2: [&str; 19] = [
    "2", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL", "NULL",
    "NULL", "NULL", "NULL", "NULL", "NULL",
];
const ROW3: [&str; 19] = [
    "3",
    "0",
    "-128",
    "0",
    "-1",
    "-9223372036854775808",
    "0.1",
    "1e-07",
    "-0.01",
    "0.000000000",
    "a\"b  ",
    "tab\tnl\ncr\rcomma,quote\"apos'bs\\slash/uni:日本語✓ end",
    "1970-01-01",
    "2024-01-01 00:00:00",
    "1970-01-01 00:00:00",
    "[1,null]",
    "{\"t\tk\":1}",
    r#"{"a":null,"b":"q\"\\"}"#,
    "16714249",
];
const ROW4: [&str; 19] = [
    "4",
    "1",
    "0",
    "32767",
    "0",
    "0",
    "100",
    "1e+21",
    "99999999.99",
    "-1.500000000",
    "     ",
    "",
    "9999-12-31",
    "1999-12-31 23:59:59.001000",
    "1969-12-31 23:59:59.999000",
    "[null]",
    r#"{"":0}"#,
    r#"{"a":-1,"b":""}"#,
    "1",
];

/// Every type as CSV: the unescaped tab and newline of row 3 split it into a 13-field and a
/// 9-field line, both filtered, so prepare fails and nothing is loaded. Loaded again with a
/// filter ratio that allows it, the other rows print as StarRocks prints them (STRUCT has no
/// CSV text form: NULL).
#[test]
fn case_07_all_types_csv_fails_on_raw_tabs_and_newlines() {
    let emu = run_case("07_all_types_csv", Expect { prepare_filtered: true, ..Expect::default() }, |_| {});
    assert!(all_types(&emu).is_empty());
    let body = std::fs::read(fixture_dir("07_all_types_csv").join("body-5.bin")).unwrap();
    let columns = "`id`,`c_bool`,`c_tinyint`,`c_smallint`,`c_int`,`c_bigint`,`c_float`,`c_double`,`c_dec10`,`c_dec38`,`c_char`,`c_string`,`c_date`,`c_ts`,`c_ts_ltz`,`c_array`,`c_map`,`c_row`,`c_binary`,`__op`";
    let r = http(
        emu.be,
        "PUT",
        "/api/test_db/all_types/_stream_load",
        &[("Authorization", basic("root", PASSWORD)), ("columns", columns.into()), ("max_filter_ratio", "0.5".into())],
        Framing::Length(body),
    )
    .json();
    assert_eq!(
        (r["Status"].as_str(), r["NumberTotalRows"].as_i64(), r["NumberFilteredRows"].as_i64()),
        (Some("Success"), Some(5), Some(2)),
        "{r}"
    );
    let url = r["ErrorURL"].as_str().unwrap();
    let log = http(emu.be, "GET", &url[url.find("/api/").unwrap()..], &[], Framing::None).body;
    assert!(
        log.starts_with("Error: Target column count: 20 doesn't match source value column count: 13. Column separator: '\\t', Row delimiter: '\\n'. Row: 3"),
        "{log}"
    );
    let mut row1 = ROW1;
    row1[17] = "NULL";
    let mut row4 = ROW4;
    row4[17] = "NULL";
    assert_eq!(all_types(&emu), vec![cells(&row1), cells(&ROW2), cells(&row4)]);
}

/// Every type as JSON: all four rows load, and read back as StarRocks prints them.
#[test]
fn case_07_all_types_json() {
    let emu = run_case("07_all_types_json", Expect::default(), |_| {});
    assert_eq!(all_types(&emu), vec![cells(&ROW1), cells(&ROW2), cells(&ROW3), cells(&ROW4)]);
}

/// V1: the first stream load fails on the server (injected, as in the capture) and the label
/// is aborted, so the retry with the same label loads (the stand-in answered `Label Already
/// Exists`; StarRocks only does that when the first attempt committed).
#[test]
fn case_10_failure_v1_retry_loads() {
    let emu = run_case("10_failure_v1", Expect { failing_stream_loads: 1, ..Expect::default() }, |emu| {
        inject_failure(emu, RequestKind::StreamLoad, 1);
    });
    assert_eq!(score_rows(&emu, "score_board"), format!("id\tname\tscore\n{FOUR}"));
}

/// V1, every attempt fails: four aborted attempts of one label, nothing loaded.
#[test]
fn case_10c_failure_v1_persistent() {
    let emu = run_case("10c_failure_v1_persistent", Expect { failing_stream_loads: 4, ..Expect::default() }, |emu| {
        inject_failure(emu, RequestKind::StreamLoad, 4);
    });
    assert_eq!(score_rows(&emu, "score_board"), "", "no rows (the mysql CLI prints no header then)");
}

/// V2: the transaction load fails on the server (injected), which rolls the transaction
/// back; the client's rollback is answered by the FE ("already aborted").
#[test]
fn case_10_failure_v2_rolls_back() {
    let emu = run_case("10_failure_v2", Expect { failing_txn_loads: 1, ..Expect::default() }, |emu| {
        inject_failure(emu, RequestKind::TxnLoad, 1);
    });
    assert_eq!(score_rows(&emu, "score_board"), "", "no rows (the mysql CLI prints no header then)");
}
