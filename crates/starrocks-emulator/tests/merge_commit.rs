//! Merge commit (wire spec §5): requests with equal parameters share one transaction per
//! window; async answers at once, sync answers when the transaction is final; one bad
//! request fails the whole window.

mod common;

use common::{Framing, TestEmu, basic, http};
use starrocks_emulator::Storage;
use std::thread;

fn setup() -> TestEmu {
    let emu = TestEmu::start(Storage::Memory, "");
    emu.sql("", "CREATE DATABASE d; CREATE TABLE d.t (id INT NOT NULL, v VARCHAR(10)) PRIMARY KEY(id)");
    emu
}

fn merge_load(emu: &TestEmu, extra: &[(&str, &str)], body: &[u8]) -> serde_json::Value {
    let mut h: Vec<(&str, String)> = vec![
        ("Authorization", basic("root", "")),
        ("enable_merge_commit", "true".into()),
        ("merge_commit_interval_ms", "800".into()),
        ("merge_commit_parallel", "2".into()),
    ];
    h.retain(|(k, _)| !extra.iter().any(|(e, _)| e == k));
    h.extend(extra.iter().map(|(k, v)| (*k, v.to_string())));
    http(emu.be, "PUT", "/api/d/t/_stream_load", &h, Framing::Length(body.to_vec())).json()
}

#[test]
fn sync_requests_share_one_transaction() {
    let emu = setup();
    let (a, b) = thread::scope(|s| {
        let a = s.spawn(|| merge_load(&emu, &[("label", "req-a")], b"1\ta\n"));
        let b = s.spawn(|| merge_load(&emu, &[("label", "req-b")], b"2\tb\n"));
        (a.join().unwrap(), b.join().unwrap())
    });
    assert_eq!(a["Status"], "Success", "{a}");
    assert_eq!(b["Status"], "Success", "{b}");
    assert_eq!(a["TxnId"], b["TxnId"], "one window, one transaction");
    assert_eq!(a["Label"], b["Label"]);
    assert_eq!((a["RequestId"].as_str(), b["RequestId"].as_str()), (Some("req-a"), Some("req-b")));
    let keys: Vec<&String> = a.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "TxnId",
            "Label",
            "Status",
            "Message",
            "RequestId",
            "LoadBytes",
            "LoadTimeMs",
            "ReadDataTimeMs",
            "PendingTimeMs",
            "WaitPlanTimeMs",
            "WriteDataTimeMs",
            "WaitFinishTimeMs",
            "LeftMergeTimeMs"
        ]
    );
    assert_eq!(emu.sql("", "SELECT id, v FROM d.t ORDER BY id"), "id\tv\n1\ta\n2\tb\n");
    let label = a["Label"].as_str().unwrap();
    let state = http(
        emu.fe,
        "GET",
        &format!("/api/d/get_load_state?label={label}"),
        &[("Authorization", basic("root", ""))],
        Framing::None,
    );
    assert_eq!(
        state.body,
        r#"{"state":"VISIBLE","reason":"","status":"OK","code":"0","msg":"Success","message":"OK"}"#
    );
    // Labels are request ids only: the same one again is merged, not refused.
    let again = merge_load(&emu, &[("label", "req-a")], b"3\tc\n");
    assert_eq!(again["Status"], "Success");
    assert_ne!(again["TxnId"], a["TxnId"]);
}

#[test]
fn a_bad_request_fails_the_window_and_async_answers_at_once() {
    let emu = setup();
    let first = merge_load(&emu, &[("merge_commit_async", "true")], b"1\ta\n");
    assert_eq!(first["Status"], "Success");
    assert!(first["LeftMergeTimeMs"].as_i64().unwrap() > 0);
    let bad = merge_load(&emu, &[("merge_commit_async", "true")], b"not\ta\tnumber\n");
    assert_eq!(bad["TxnId"], first["TxnId"]);
    thread::sleep(std::time::Duration::from_millis(1200));
    let label = first["Label"].as_str().unwrap();
    let state = http(
        emu.fe,
        "GET",
        &format!("/api/d/get_load_state?label={label}"),
        &[("Authorization", basic("root", ""))],
        Framing::None,
    );
    assert!(state.body.starts_with(r#"{"state":"ABORTED","reason":"There is data quality issue, please check the tracking url for details. Max filter ratio: 0.0. The tracking url: http://127.0.0.1:"#), "{}", state.body);
    assert_eq!(emu.sql("", "SELECT count(*) FROM d.t"), "count(*)\n0\n");
    let sync = merge_load(&emu, &[("format", "json")], b"{bad json");
    assert_eq!(sync["Status"], "Fail");
    assert!(sync["Message"].as_str().unwrap().starts_with("parse error."), "{sync}");
}

#[test]
fn parameter_errors() {
    let emu = setup();
    let r = http(
        emu.fe,
        "PUT",
        "/api/d/t/_stream_load",
        &[
            ("Authorization", basic("root", "")),
            ("Expect", "100-continue".into()),
            ("enable_merge_commit", "true".into()),
        ],
        Framing::HeadersOnly,
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        r.body,
        r#"{"status":"FAILED","code":"INVALID_ARGUMENT","msg":"Batch write interval must be set positive, but is null","message":"Batch write interval must be set positive, but is null"}"#
    );
    let v = merge_load(&emu, &[("merge_commit_parallel", "0")], b"1\ta\n");
    assert_eq!(v["Message"], "Batch write parallel must be set positive, but is 0");
    let r = http(
        emu.be,
        "PUT",
        "/api/d/t/_stream_load",
        &[("Authorization", basic("root", "")), ("enable_merge_commit", "maybe".into())],
        Framing::Length(b"1\ta\n".to_vec()),
    );
    assert_eq!(r.json()["Message"], "Invalid parameter enable_merge_commit. The value must be bool type, but is maybe");
}
