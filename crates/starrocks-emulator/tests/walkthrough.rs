//! The acceptance walkthrough of the emulator core: a primary-key table created over the
//! MySQL port, stream loads with labels and `__op`, the transaction API, rollback, and
//! wrong passwords on both ports. Expected answers come from the wire spec.

mod common;

use common::{Framing, TestEmu, assert_json_like, basic, curl, http};
use mysql_async::prelude::Queryable;
use serde_json::json;
use starrocks_emulator::Storage;

const PW: &str = "s3cret";

async fn rows(conn: &mut mysql_async::Conn) -> Vec<(i64, String, i64)> {
    conn.query("SELECT id, name, score FROM wt.pk ORDER BY id").await.expect("select")
}

fn txn(emu: &TestEmu, op: &str, label: &str, extra: &[(&str, String)], body: Option<&[u8]>) -> serde_json::Value {
    let mut headers = vec![
        ("Authorization", basic("root", PW)),
        ("label", label.to_string()),
        ("db", "wt".to_string()),
        ("table", "pk".to_string()),
    ];
    headers.extend(extra.iter().cloned());
    let method = if op == "load" { "PUT" } else { "POST" };
    let path = format!("/api/transaction/{op}");
    let framing = match body {
        Some(b) => Framing::Held(b.to_vec()),
        None => Framing::None,
    };
    let fe = http(emu.fe, method, &path, &headers, framing.clone());
    if fe.status == 200 {
        return fe.json();
    }
    assert_eq!(fe.status, 307, "FE answer {op}: {}", fe.body);
    assert!(!fe.got_continue, "the FE must not ask for the body");
    let location = fe.header("location").expect("Location");
    assert_eq!(location, format!("http://127.0.0.1:{}{path}", emu.be.port()));
    let framing = match body {
        Some(b) => Framing::Length(b.to_vec()),
        None => Framing::None,
    };
    let be = http(emu.be, method, &path, &headers, framing);
    assert_eq!(be.status, 200);
    be.json()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn walkthrough() {
    let emu = TestEmu::start(Storage::Memory, PW);
    let opts = mysql_async::OptsBuilder::default()
        .ip_or_hostname("127.0.0.1")
        .tcp_port(emu.mysql.port())
        .user(Some("root"))
        .pass(Some(PW));
    let mut conn = mysql_async::Conn::new(opts.clone()).await.expect("login");
    conn.query_drop("CREATE DATABASE wt").await.unwrap();
    conn.query_drop(
        "CREATE TABLE wt.pk (id INT NOT NULL, name VARCHAR(32), score INT) \
         PRIMARY KEY(id) DISTRIBUTED BY HASH(id) BUCKETS 1 PROPERTIES ('replication_num' = '1')",
    )
    .await
    .unwrap();

    // Stream load through the FE redirect, with curl.
    let path = std::env::temp_dir().join(format!("starrocks-emulator-walkthrough-{}.csv", std::process::id()));
    std::fs::write(&path, "1\talice\t90\n2\tbob\t85\n3\tcarol\t77\n").unwrap();
    let data = path.to_str().unwrap();
    let url = format!("http://{}/api/wt/pk/_stream_load", emu.fe);
    let auth = format!("root:{PW}");
    let load = |label: &str| {
        curl(&[
            "--location-trusted",
            "-u",
            &auth,
            "-H",
            &format!("label:{label}"),
            "-H",
            "Expect:100-continue",
            "-T",
            data,
            &url,
        ])
    };
    let (code, body) = load("wt_1");
    assert_eq!(code, 200);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_json_like(
        &v,
        &json!({"TxnId": null, "Label": "wt_1", "Status": "Success", "Message": "OK",
            "NumberTotalRows": 3, "NumberLoadedRows": 3, "NumberFilteredRows": 0,
            "NumberUnselectedRows": 0, "LoadBytes": 31, "LoadTimeMs": 0, "BeginTxnTimeMs": 0,
            "StreamLoadPlanTimeMs": 0, "ReadDataTimeMs": 0, "WriteDataTimeMs": 0,
            "CommitAndPublishTimeMs": 0}),
    );
    assert!(v["TxnId"].as_i64().unwrap() > 0);
    assert_eq!(rows(&mut conn).await, vec![(1, "alice".into(), 90), (2, "bob".into(), 85), (3, "carol".into(), 77)]);

    // The same label again.
    let (_, body) = load("wt_1");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_json_like(
        &v,
        &json!({"TxnId": -1, "Label": "wt_1", "Status": "Label Already Exists",
            "ExistingJobStatus": "FINISHED", "Message": "Label [wt_1] has already been used.",
            "NumberTotalRows": 0, "NumberLoadedRows": 0, "NumberFilteredRows": 0,
            "NumberUnselectedRows": 0, "LoadBytes": 0, "LoadTimeMs": 0, "BeginTxnTimeMs": 0,
            "StreamLoadPlanTimeMs": 0, "ReadDataTimeMs": 0, "WriteDataTimeMs": 0,
            "CommitAndPublishTimeMs": 0}),
    );

    // __op = 1 deletes.
    let r = http(
        emu.be,
        "PUT",
        "/api/wt/pk/_stream_load",
        &[("Authorization", basic("root", PW)), ("label", "wt_del".into()), ("columns", "id,name,score,__op".into())],
        Framing::Length(b"2\tbob\t85\t1\n".to_vec()),
    );
    assert_eq!(r.json()["Status"], "Success");
    assert_eq!(rows(&mut conn).await, vec![(1, "alice".into(), 90), (3, "carol".into(), 77)]);

    // Transaction: begin → two loads → prepare → invisible → commit → visible.
    let begin = txn(&emu, "begin", "wt_tx", &[], None);
    assert_json_like(
        &begin,
        &json!({"Status": "OK", "Message": "", "Label": "wt_tx", "TxnId": null, "BeginTxnTimeMs": 0}),
    );
    let txn_id = begin["TxnId"].as_i64().unwrap();
    for body in [&b"4\tdave\t60\n"[..], &b"5\terin\t70\n"[..]] {
        let l = txn(&emu, "load", "wt_tx", &[], Some(body));
        assert_json_like(
            &l,
            &json!({"Status": "OK", "Message": "", "Label": "wt_tx", "TxnId": txn_id,
                "LoadBytes": body.len(), "StreamLoadPlanTimeMs": 0, "ReceivedDataTimeMs": 0}),
        );
    }
    let p = txn(&emu, "prepare", "wt_tx", &[], None);
    assert_json_like(
        &p,
        &json!({"Status": "OK", "Message": "", "Label": "wt_tx", "TxnId": txn_id,
            "NumberTotalRows": 2, "NumberLoadedRows": 2, "NumberFilteredRows": 0,
            "NumberUnselectedRows": 0, "LoadBytes": 20, "LoadTimeMs": 0,
            "StreamLoadPlanTimeMs": 0, "ReceivedDataTimeMs": 0, "WriteDataTimeMs": 0,
            "CommitAndPublishTimeMs": 0}),
    );
    assert_eq!(rows(&mut conn).await.len(), 2, "prepared rows are invisible");
    let state = http(
        emu.fe,
        "GET",
        "/api/wt/get_load_state?label=wt_tx",
        &[("Authorization", basic("root", PW))],
        Framing::None,
    );
    assert_eq!(
        state.body,
        r#"{"state":"PREPARED","reason":"","status":"OK","code":"0","msg":"Success","message":"OK"}"#
    );
    let c = txn(&emu, "commit", "wt_tx", &[], None);
    assert_json_like(&c, &json!({"Label": "wt_tx", "Status": "OK", "TxnId": txn_id, "Message": ""}));
    assert_eq!(rows(&mut conn).await.len(), 4, "committed rows are visible");

    // Rollback leaves nothing.
    txn(&emu, "begin", "wt_rb", &[], None);
    txn(&emu, "load", "wt_rb", &[], Some(b"9\tzed\t1\n"));
    let rb = txn(&emu, "rollback", "wt_rb", &[], None);
    assert_json_like(&rb, &json!({"Status": "OK", "Message": "", "Label": "wt_rb"}));
    assert_eq!(rows(&mut conn).await.len(), 4);
    let state = http(
        emu.fe,
        "GET",
        "/api/wt/get_load_state?label=wt_rb",
        &[("Authorization", basic("root", PW))],
        Framing::None,
    );
    assert_eq!(
        state.body,
        r#"{"state":"ABORTED","reason":"User Aborted","status":"OK","code":"0","msg":"Success","message":"OK"}"#
    );

    // Wrong password: HTTP 401 on the FE, Access denied on the MySQL port.
    let (code, body) = curl(&[
        "--location-trusted",
        "-u",
        "root:wrong",
        "-H",
        "label:wt_bad",
        "-H",
        "Expect:100-continue",
        "-T",
        data,
        &url,
    ]);
    assert_eq!(code, 401);
    assert_eq!(
        body,
        r#"{"status":"FAILED","code":"1","msg":"Access denied for root@127.0.0.1","message":"Access denied for root@127.0.0.1"}"#
    );
    let bad = mysql_async::Conn::new(opts.clone().pass(Some("wrong"))).await;
    match bad {
        Err(mysql_async::Error::Server(e)) => {
            assert_eq!(e.code, 1045);
            assert_eq!(e.state, "28000");
            assert_eq!(e.message, "Access denied for user 'root' (using password: YES)");
        }
        other => panic!("expected Access denied, got {other:?}"),
    }
    let (ok, _, err) = emu.mysql_cli("root", "wrong", "select 1");
    assert!(!ok);
    assert!(err.contains("ERROR 1045 (28000): Access denied for user 'root' (using password: YES)"), "{err}");
    conn.disconnect().await.unwrap();
    let _ = std::fs::remove_file(&path);
}
