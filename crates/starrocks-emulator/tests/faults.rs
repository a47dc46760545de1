//! Request faults (fault injection, library API): each fault kind gives a client exactly
//! what StarRocks shows in that situation (wire spec §3.4–§3.6, §4.3–§4.5, §9), with
//! StarRocks' side effects on labels and rows.

mod common;

use common::{Framing, HttpResponse, TestEmu, basic, http, try_http};
use starrocks_emulator::{Action, Fault, RequestKind, Storage, Target};
use std::time::{Duration, Instant};

fn setup() -> TestEmu {
    let emu = TestEmu::start(Storage::Memory, "");
    emu.sql("", "CREATE DATABASE d; CREATE TABLE d.t (id INT NOT NULL, v VARCHAR(10)) PRIMARY KEY(id)");
    emu
}

fn auth() -> (&'static str, String) {
    ("Authorization", basic("root", ""))
}

fn stream_load(emu: &TestEmu, label: &str, body: &[u8]) -> HttpResponse {
    http(emu.be, "PUT", "/api/d/t/_stream_load", &[auth(), ("label", label.into())], Framing::Length(body.to_vec()))
}

fn txn(emu: &TestEmu, fe: bool, op: &str, label: &str, extra: &[(&str, &str)], body: Option<&[u8]>) -> HttpResponse {
    let mut h = vec![auth(), ("label", label.to_string()), ("db", "d".into()), ("table", "t".into())];
    h.extend(extra.iter().map(|(k, v)| (*k, v.to_string())));
    let method = if op == "load" { "PUT" } else { "POST" };
    let framing = body.map_or(Framing::None, |b| Framing::Length(b.to_vec()));
    http(if fe { emu.fe } else { emu.be }, method, &format!("/api/transaction/{op}"), &h, framing)
}

fn load_state(emu: &TestEmu, label: &str) -> String {
    http(emu.fe, "GET", &format!("/api/d/get_load_state?label={label}"), &[auth()], Framing::None).body
}

fn state_name(emu: &TestEmu, label: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(&load_state(emu, label)).unwrap();
    v["state"].as_str().unwrap().to_string()
}

/// Polls the label state until it is `want` (publish happens on the emulator's 1 s tick).
fn wait_for_state(emu: &TestEmu, label: &str, want: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while state_name(emu, label) != want {
        assert!(Instant::now() < deadline, "label {label} never reached {want}: {}", load_state(emu, label));
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn count(emu: &TestEmu) -> String {
    emu.sql("", "SELECT count(*) FROM d.t")
}

#[test]
fn http_status_answers_without_doing_the_work() {
    let emu = setup();
    let body = r#"{"status":"FAILED","code":"1","msg":"NullPointerException","message":"NullPointerException"}"#;
    emu.faults
        .inject(Fault::new(
            RequestKind::StreamLoad,
            Action::HttpStatus {
                status: 500,
                content_type: "application/json; charset=UTF-8".into(),
                body: body.into(),
            },
        ))
        .unwrap();
    let r = stream_load(&emu, "l1", b"1\ta\n");
    assert_eq!((r.status, r.body.as_str()), (500, body));
    assert_eq!(r.header("content-type"), Some("application/json; charset=UTF-8"));
    assert_eq!(
        load_state(&emu, "l1"),
        r#"{"state":"UNKNOWN","status":"OK","code":"0","msg":"Success","message":"OK"}"#
    );
    assert_eq!(stream_load(&emu, "l1", b"1\ta\n").json()["Status"], "Success");
    // At the FE: the second stream load arriving there gets a 503 instead of the redirect.
    let id = emu
        .faults
        .inject(Fault::new(RequestKind::StreamLoad, Action::http_status(503)).at(Target::Fe(None)).nth(2))
        .unwrap();
    let fe_put = || {
        http(
            emu.fe,
            "PUT",
            "/api/d/t/_stream_load",
            &[auth(), ("Expect", "100-continue".into()), ("label", "l2".into())],
            Framing::HeadersOnly,
        )
    };
    assert_eq!(fe_put().status, 307);
    let r = fe_put();
    assert_eq!((r.status, r.body.as_str()), (503, ""));
    assert_eq!(fe_put().status, 307);
    assert_eq!(emu.faults.fired(id), 1);
}

#[test]
fn txn_in_processing_leaves_the_transaction_usable() {
    let emu = setup();
    assert_eq!(txn(&emu, true, "begin", "busy", &[], None).status, 307);
    assert_eq!(txn(&emu, false, "begin", "busy", &[], None).json()["Status"], "OK");
    for kind in [RequestKind::TxnLoad, RequestKind::TxnPrepare, RequestKind::TxnCommit] {
        emu.faults.inject(Fault::new(kind, Action::txn_in_processing())).unwrap();
    }
    let expect = "{\n    \"Status\": \"TXN_IN_PROCESSING\",\n    \"Label\": \"busy\",\n    \"Message\": \"Transaction is in processing\"\n}";
    assert_eq!(txn(&emu, false, "load", "busy", &[], Some(b"1\ta\n")).body, expect);
    assert_eq!(txn(&emu, false, "load", "busy", &[], Some(b"1\ta\n")).json()["Status"], "OK");
    assert_eq!(txn(&emu, false, "prepare", "busy", &[], None).body, expect);
    assert_eq!(txn(&emu, false, "commit", "busy", &[], None).body, expect);
    assert_eq!(state_name(&emu, "busy"), "PREPARE");
    assert_eq!(txn(&emu, false, "prepare", "busy", &[], None).json()["Status"], "OK");
    assert_eq!(txn(&emu, true, "commit", "busy", &[], None).json()["Status"], "OK");
    assert_eq!(count(&emu), "count(*)\n1\n");
}

#[test]
fn fail_aborts_the_load_and_the_label_is_reusable() {
    let emu = setup();
    let log = vec!["Error: Value count does not match column count. Expect 2, but got 1. Row: bad".to_string()];
    emu.faults
        .inject(Fault::new(
            RequestKind::StreamLoad,
            Action::Fail { message: "too many filtered rows".into(), error_log: log.clone() },
        ))
        .unwrap();
    let v = stream_load(&emu, "f1", b"1\ta\n2\tb\n").json();
    assert_eq!(v["Status"], "Fail");
    assert_eq!(v["Message"], "too many filtered rows");
    assert!(v["TxnId"].as_i64().unwrap() > 0, "a transaction was begun: {v}");
    assert_eq!((v["NumberTotalRows"].as_i64(), v["NumberLoadedRows"].as_i64()), (Some(0), Some(0)));
    let url = v["ErrorURL"].as_str().unwrap();
    let path = &url[url.find("/api/").unwrap()..];
    assert_eq!(http(emu.be, "GET", path, &[], Framing::None).body, format!("{}\n", log[0]));
    assert_eq!(
        load_state(&emu, "f1"),
        r#"{"state":"ABORTED","reason":"too many filtered rows","status":"OK","code":"0","msg":"Success","message":"OK"}"#
    );
    assert_eq!(count(&emu), "count(*)\n0\n");
    assert_eq!(stream_load(&emu, "f1", b"1\ta\n2\tb\n").json()["Status"], "Success");
    assert_eq!(count(&emu), "count(*)\n2\n");
}

#[test]
fn fail_in_a_transaction_load_rolls_the_transaction_back() {
    let emu = setup();
    txn(&emu, false, "begin", "tf", &[], None);
    emu.faults.inject(Fault::new(RequestKind::TxnLoad, Action::fail("[E1008]Reached timeout=600000ms"))).unwrap();
    let r = txn(&emu, false, "load", "tf", &[], Some(b"1\ta\n"));
    assert_eq!(
        r.body,
        "{\n    \"Status\": \"INTERNAL_ERROR\",\n    \"Message\": \"[E1008]Reached timeout=600000ms\"\n}"
    );
    let v = txn(&emu, false, "prepare", "tf", &[], None).json();
    assert_eq!(
        (v["Status"].as_str(), v["Message"].as_str()),
        (Some("TXN_NOT_EXISTS"), Some("transaction with label tf not exists"))
    );
    let s: serde_json::Value = serde_json::from_str(&load_state(&emu, "tf")).unwrap();
    assert_eq!((s["state"].as_str(), s["reason"].as_str()), (Some("ABORTED"), Some("[E1008]Reached timeout=600000ms")));
    let v = txn(&emu, true, "rollback", "tf", &[], None).json();
    assert_eq!(v["Status"], "OK");
    assert!(v["Message"].as_str().unwrap().ends_with("has already aborted, label is tf"), "{v}");
    // Prepare and BE commit failures abort the same way.
    txn(&emu, false, "begin", "tp", &[], None);
    txn(&emu, false, "load", "tp", &[], Some(b"1\ta\n"));
    emu.faults.inject(Fault::new(RequestKind::TxnPrepare, Action::fail("injected"))).unwrap();
    assert_eq!(txn(&emu, false, "prepare", "tp", &[], None).json()["Status"], "INTERNAL_ERROR");
    assert_eq!(state_name(&emu, "tp"), "ABORTED");
    assert_eq!(count(&emu), "count(*)\n0\n");
}

#[test]
fn stream_load_publish_timeout_commits_and_publishes_later() {
    let emu = setup();
    let publish = Action::PublishTimeout { publish_delay: Duration::from_secs(4) };
    emu.faults.inject(Fault::new(RequestKind::StreamLoad, publish)).unwrap();
    let v = stream_load(&emu, "pt", b"1\ta\n").json();
    let id = v["TxnId"].as_i64().unwrap();
    assert_eq!(v["Status"], "Publish Timeout");
    assert_eq!(v["Message"], format!("Publish timeout. The data will be visible after a while, txn_id: {id}"));
    assert_eq!(v["NumberLoadedRows"], 1);
    assert_eq!(state_name(&emu, "pt"), "COMMITTED");
    let again = stream_load(&emu, "pt", b"1\ta\n").json();
    assert_eq!(
        (again["Status"].as_str(), again["ExistingJobStatus"].as_str()),
        (Some("Label Already Exists"), Some("FINISHED"))
    );
    wait_for_state(&emu, "pt", "VISIBLE");
    assert_eq!(count(&emu), "count(*)\n1\n");
}

#[test]
fn fe_commit_publish_timeout_although_committed() {
    let emu = setup();
    txn(&emu, true, "begin", "fp", &[], None);
    let id = txn(&emu, false, "begin", "fp", &[], None).json()["TxnId"].as_i64().unwrap();
    txn(&emu, false, "load", "fp", &[], Some(b"1\ta\n2\tb\n"));
    assert_eq!(txn(&emu, false, "prepare", "fp", &[], None).json()["Status"], "OK");
    let publish = Action::PublishTimeout { publish_delay: Duration::from_secs(3) };
    emu.faults.inject(Fault::new(RequestKind::TxnCommit, publish.clone()).times(2)).unwrap();
    let r = txn(&emu, true, "commit", "fp", &[], None);
    assert_eq!(r.status, 200);
    assert_eq!(
        r.body,
        format!(
            "{{\n  \"Status\": \"FAILED\",\n  \"Message\": \"class com.starrocks.common.StarRocksException: publish timeout: 20000, transactionId={id}\"\n}}"
        )
    );
    assert_eq!(state_name(&emu, "fp"), "COMMITTED");
    // The retried commit of the already-committed transaction times out on publish too,
    // with the commit's own timeout in the message.
    let r = txn(&emu, true, "commit", "fp", &[("timeout", "5")], None);
    assert!(r.body.contains(&format!("publish timeout: 5000, transactionId={id}")), "{}", r.body);
    let r = txn(&emu, true, "commit", "fp", &[], None);
    assert_eq!(
        r.body,
        format!(
            "{{\n  \"Label\": \"fp\",\n  \"Status\": \"OK\",\n  \"TxnId\": {id},\n  \"Message\": \"Transaction {id} has already committed, label is fp\"\n}}"
        )
    );
    wait_for_state(&emu, "fp", "VISIBLE");
    assert_eq!(count(&emu), "count(*)\n2\n");
    // A commit sent straight to the BE while loading: PUBLISH_TIMEOUT.
    txn(&emu, false, "begin", "bp", &[], None);
    txn(&emu, false, "load", "bp", &[], Some(b"3\tc\n"));
    emu.faults.inject(Fault::new(RequestKind::TxnCommit, publish)).unwrap();
    assert_eq!(state_name(&emu, "bp"), "PREPARE");
    let r = txn(&emu, false, "commit", "bp", &[], None).json();
    assert_eq!(r["Status"], "PUBLISH_TIMEOUT");
    assert!(r["Message"].as_str().unwrap().starts_with("Publish timeout. The data will be visible after a while, "));
    wait_for_state(&emu, "bp", "VISIBLE");
    assert_eq!(count(&emu), "count(*)\n3\n");
}

#[test]
fn too_many_running_transactions() {
    let emu = setup();
    emu.faults.inject(Fault::new(RequestKind::StreamLoad, Action::TooManyTxns)).unwrap();
    emu.faults.inject(Fault::new(RequestKind::TxnBegin, Action::TooManyTxns)).unwrap();
    emu.faults.inject(Fault::new(RequestKind::MergeCommit, Action::TooManyTxns)).unwrap();
    let v = stream_load(&emu, "busy", b"1\ta\n").json();
    assert_eq!((v["TxnId"].as_i64(), v["Status"].as_str()), (Some(-1), Some("Fail")));
    let msg = v["Message"].as_str().unwrap().to_string();
    assert!(
        msg.starts_with("current running txns on db ") && msg.ends_with(" is 1000, larger than limit 1000"),
        "{msg}"
    );
    let v = txn(&emu, false, "begin", "busy", &[], None).json();
    assert_eq!((v["Status"].as_str(), v["Message"].as_str()), (Some("ANALYSIS_ERROR"), Some(msg.as_str())));
    let v = http(
        emu.be,
        "PUT",
        "/api/d/t/_stream_load",
        &[
            auth(),
            ("enable_merge_commit", "true".into()),
            ("merge_commit_interval_ms", "100".into()),
            ("merge_commit_parallel", "1".into()),
        ],
        Framing::Length(b"1\ta\n".to_vec()),
    )
    .json();
    assert_eq!(
        (v["TxnId"].as_i64(), v["Status"].as_str(), v["Message"].as_str()),
        (Some(-1), Some("Fail"), Some(msg.as_str()))
    );
    assert!(load_state(&emu, "busy").contains("UNKNOWN"));
    assert_eq!(stream_load(&emu, "busy", b"1\ta\n").json()["Status"], "Success");
}

#[test]
fn reset_after_body_bytes_cuts_the_load() {
    let emu = setup();
    emu.faults.inject(Fault::new(RequestKind::StreamLoad, Action::Reset { after_body_bytes: 5 })).unwrap();
    let body: Vec<u8> = (0..200).flat_map(|i| format!("{i}\tv{i}\n").into_bytes()).collect();
    let r = try_http(
        emu.be,
        "PUT",
        "/api/d/t/_stream_load",
        &[auth(), ("label", "cut".into())],
        Framing::Length(body.clone()),
        Duration::from_secs(30),
    );
    let err = r.expect_err("the connection is reset");
    assert_eq!(err.kind(), std::io::ErrorKind::ConnectionReset, "{err}");
    assert!(load_state(&emu, "cut").contains(r#""state":"ABORTED""#), "{}", load_state(&emu, "cut"));
    assert_eq!(count(&emu), "count(*)\n0\n");
    assert_eq!(stream_load(&emu, "cut", &body).json()["Status"], "Success");
    assert_eq!(count(&emu), "count(*)\n200\n");
    // A body no longer than the limit: the work is done and the answer lost.
    emu.faults.inject(Fault::new(RequestKind::TxnBegin, Action::Reset { after_body_bytes: 0 })).unwrap();
    let err = try_http(
        emu.be,
        "POST",
        "/api/transaction/begin",
        &[auth(), ("label", "lost".into()), ("db", "d".into()), ("table", "t".into())],
        Framing::None,
        Duration::from_secs(30),
    )
    .expect_err("reset");
    assert_eq!(err.kind(), std::io::ErrorKind::ConnectionReset, "{err}");
    assert_eq!(state_name(&emu, "lost"), "PREPARE");
}

#[test]
fn delay_performs_the_work_and_answers_late() {
    let emu = setup();
    emu.faults
        .inject(Fault::new(RequestKind::StreamLoad, Action::Delay { delay: Duration::from_secs(3) }).times(2))
        .unwrap();
    let r = try_http(
        emu.be,
        "PUT",
        "/api/d/t/_stream_load",
        &[auth(), ("label", "slow".into())],
        Framing::Length(b"1\ta\n".to_vec()),
        Duration::from_millis(300),
    );
    let err = r.expect_err("the client gives up first");
    assert!(matches!(err.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut), "{err}");
    assert_eq!(state_name(&emu, "slow"), "VISIBLE");
    // A patient client gets the ordinary answer; the retry of the label finds it finished.
    let v = stream_load(&emu, "slow2", b"2\tb\n").json();
    assert_eq!(v["Status"], "Success");
    let v = stream_load(&emu, "slow", b"1\ta\n").json();
    assert_eq!(
        (v["Status"].as_str(), v["ExistingJobStatus"].as_str()),
        (Some("Label Already Exists"), Some("FINISHED"))
    );
    assert_eq!(count(&emu), "count(*)\n2\n");
}

#[test]
fn status_and_fail_on_answers_without_side_effects() {
    let emu = setup();
    emu.faults.inject(Fault::new(RequestKind::LoadState, Action::fail("unknown database, database=d"))).unwrap();
    assert_eq!(
        load_state(&emu, "x"),
        r#"{"status":"FAILED","code":"1","msg":"unknown database, database=d","message":"unknown database, database=d"}"#
    );
    emu.faults.inject(Fault::new(RequestKind::TxnBegin, Action::status("SERVICE_UNAVAILABLE", "no backend"))).unwrap();
    assert_eq!(
        txn(&emu, false, "begin", "s", &[], None).body,
        "{\n    \"Status\": \"SERVICE_UNAVAILABLE\",\n    \"Message\": \"no backend\"\n}"
    );
    assert!(load_state(&emu, "s").contains("UNKNOWN"));
    emu.faults
        .inject(Fault::new(RequestKind::TxnBegin, Action::fail("No backend alive.")).at(Target::Fe(Some(0))))
        .unwrap();
    assert_eq!(
        txn(&emu, true, "begin", "s", &[], None).body,
        "{\n  \"Status\": \"FAILED\",\n  \"Message\": \"class com.starrocks.common.StarRocksException: No backend alive.\"\n}"
    );
    emu.faults
        .inject(Fault::new(
            RequestKind::StreamLoad,
            Action::status("Fail", "Service is shutting down, please retry later!"),
        ))
        .unwrap();
    let v = stream_load(&emu, "s", b"1\ta\n").json();
    assert_eq!((v["TxnId"].as_i64(), v["Label"].as_str(), v["Status"].as_str()), (Some(-1), Some("s"), Some("Fail")));
    assert_eq!(v["Message"], "Service is shutting down, please retry later!");
    assert_eq!(v.as_object().unwrap().len(), 15, "the §3.4 keys: {v}");
}
