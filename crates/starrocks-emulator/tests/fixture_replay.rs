//! Replays the Java connector's captured requests (fixture cases 01, 02, 03, 04, 06, 08,
//! 09, 11, 12, 13) against the emulator. Each answer is checked against what StarRocks gives
//! according to the wire spec, and each table must end with the rows the case's SQL wrote.

mod common;

use common::{Framing, HttpResponse, TestEmu, assert_json_like, basic, http};
use serde_json::{Value, json};
use starrocks_emulator::Storage;
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
           DUPLICATE KEY(id) DISTRIBUTED BY HASH(id) BUCKETS 1 PROPERTIES ('replication_num' = '1');",
    );
}

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
}

impl Replayer<'_> {
    /// The path as the client would send it: label polls use the label we answered.
    fn path(&self, ex: &Value) -> String {
        let path = ex["path"].as_str().unwrap();
        match (&self.merge_label, path.split_once("?label=")) {
            (Some(l), Some((p, _))) => format!("{p}?label={l}"),
            _ => path.to_string(),
        }
    }

    fn send(&mut self, ex: &Value) -> HttpResponse {
        let role = ex["role"].as_str().unwrap();
        let addr = if role == "fe" { self.emu.fe } else { self.emu.be };
        let method = ex["method"].as_str().unwrap();
        let path = self.path(ex);
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
        http(addr, method, path, &headers, framing)
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
                assert_eq!(
                    r.body, r#"{"state":"UNKNOWN","status":"OK","code":"0","msg":"Success","message":"OK"}"#,
                    "{ctx}"
                );
                return;
            }
            let label = label.expect("label");
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
                self.txn_ids.insert(label, v["TxnId"].as_i64().unwrap());
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
                self.prepared.insert(label, true);
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
            }
            other => panic!("unexpected BE path {other}"),
        }
    }
}

fn replay(case: &str, table: &str, expected_rows: &str) {
    let emu = TestEmu::start(Storage::Memory, PASSWORD);
    setup(&emu);
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
    };
    let mut count = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let ex: Value = serde_json::from_str(line).unwrap();
        let r = rp.send(&ex);
        rp.check(&ex, &r);
        count += 1;
    }
    assert!(count > 1, "{case}: nothing replayed");
    let out = emu.sql(PASSWORD, &format!("SELECT id, name, score FROM test_db.{table} ORDER BY id, name, score"));
    assert_eq!(out, format!("id\tname\tscore\n{expected_rows}"), "{case}: final rows");
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
