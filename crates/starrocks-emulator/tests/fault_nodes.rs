//! Node faults and the admin endpoint: a stalled node accepts nothing and serves the waiting
//! connections afterwards, a refusing node refuses connects, a node taken down drops its
//! connections while the other FE keeps serving (failover), MySQL statement faults, and
//! the JSON admin endpoint that scripts all of it.

mod common;

use common::{Framing, TestEmu, basic, curl, http, try_http};
use mysql_async::prelude::Queryable;
use starrocks_emulator::{Action, Emulator, Fault, Node, RequestKind, Storage};
use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

fn setup() -> TestEmu {
    let emu = TestEmu::start(Storage::Memory, "");
    emu.sql("", "CREATE DATABASE d; CREATE TABLE d.t (id INT NOT NULL, v VARCHAR(10)) PRIMARY KEY(id)");
    emu
}

fn auth() -> (&'static str, String) {
    ("Authorization", basic("root", ""))
}

#[test]
fn a_stalled_node_accepts_nothing_then_serves_the_waiting_connection() {
    let emu = setup();
    emu.faults.stall(Node::Be, Duration::from_millis(1500));
    // The kernel completes the handshake (listen backlog), but nothing is read or answered.
    let mut s = TcpStream::connect(emu.be).expect("connect lands in the backlog");
    s.write_all(b"GET /api/_load_error_log?file=none HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    s.set_read_timeout(Some(Duration::from_millis(300))).unwrap();
    let mut buf = [0u8; 64];
    let err = s.read(&mut buf).expect_err("no answer while stalled");
    assert!(matches!(err.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut), "{err}");
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 404 Not Found\r\n"), "{answer}");
    assert!(answer.ends_with("Not Found"), "{answer}");
}

#[test]
fn a_refusing_node_refuses_connects_until_it_is_up() {
    let emu = setup();
    emu.faults.refuse(Node::Be, None);
    let err = TcpStream::connect(emu.be).expect_err("refused");
    assert_eq!(err.kind(), ErrorKind::ConnectionRefused);
    // The FE keeps redirecting to the BE it cannot know is refusing.
    let r = http(
        emu.fe,
        "PUT",
        "/api/d/t/_stream_load",
        &[auth(), ("Expect", "100-continue".into())],
        Framing::HeadersOnly,
    );
    assert_eq!(r.status, 307);
    emu.faults.up(Node::Be);
    let v = http(emu.be, "PUT", "/api/d/t/_stream_load", &[auth()], Framing::Length(b"1\ta\n".to_vec())).json();
    assert_eq!(v["Status"], "Success");
    // A timed refusal ends by itself.
    emu.faults.refuse(Node::Fe(0), Some(Duration::from_millis(500)));
    assert_eq!(TcpStream::connect(emu.fe).expect_err("refused").kind(), ErrorKind::ConnectionRefused);
    assert_eq!(TcpStream::connect(emu.mysql).expect_err("refused").kind(), ErrorKind::ConnectionRefused);
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(emu.fe).is_err() {
        assert!(std::time::Instant::now() < deadline, "the FE never came back");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(emu.sql("", "SELECT count(*) FROM d.t"), "count(*)\n1\n");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_fe_down_the_other_serves() {
    let emu = Emulator::builder().mysql_port(0).http_port(0).be_port(0).fe_count(2).start().await.unwrap();
    let faults = emu.faults();
    let opts = |i: usize| {
        mysql_async::OptsBuilder::default()
            .ip_or_hostname("127.0.0.1")
            .tcp_port(emu.mysql_addrs()[i].port())
            .user(Some("root"))
    };
    let mut fe0 = mysql_async::Conn::new(opts(0)).await.unwrap();
    let mut fe1 = mysql_async::Conn::new(opts(1)).await.unwrap();
    fe1.query_drop("CREATE DATABASE d").await.unwrap();
    fe1.query_drop("CREATE TABLE d.t (id INT NOT NULL, v INT) PRIMARY KEY(id)").await.unwrap();
    let (fe_a, fe_b, be) = (emu.fe_http_addrs()[0], emu.fe_http_addrs()[1], emu.be_http_addr());
    let h =
        |label: &str| vec![auth(), ("label", label.to_string()), ("db", "d".to_string()), ("table", "t".to_string())];
    let f = faults.clone();
    let mysql_b = emu.mysql_addrs()[1];
    tokio::task::spawn_blocking(move || {
        assert_eq!(http(fe_b, "POST", "/api/transaction/begin", &h("ha"), Framing::None).status, 307);
        http(be, "POST", "/api/transaction/begin", &h("ha"), Framing::None);
        http(be, "PUT", "/api/transaction/load", &h("ha"), Framing::Length(b"1\t1\n".to_vec()));
        assert_eq!(http(be, "POST", "/api/transaction/prepare", &h("ha"), Framing::None).json()["Status"], "OK");
        f.down(Node::Fe(1));
        assert_eq!(TcpStream::connect(fe_b).expect_err("down").kind(), ErrorKind::ConnectionRefused);
        assert_eq!(TcpStream::connect(mysql_b).expect_err("down").kind(), ErrorKind::ConnectionRefused);
        // Failover: the other FE commits the prepared transaction.
        let v = http(fe_a, "POST", "/api/transaction/commit", &h("ha"), Framing::None).json();
        assert_eq!(v["Status"], "OK");
    })
    .await
    .unwrap();
    assert!(fe1.query_drop("SELECT 1").await.is_err(), "the open connection to the downed FE is gone");
    let rows: Vec<(i64, i64)> = fe0.query("SELECT id, v FROM d.t").await.unwrap();
    assert_eq!(rows, vec![(1, 1)]);
    let f = faults.clone();
    tokio::task::spawn_blocking(move || f.up(Node::Fe(1))).await.unwrap();
    let mut again = mysql_async::Conn::new(opts(1)).await.unwrap();
    let n: Option<i64> = again.query_first("SELECT count(*) FROM d.t").await.unwrap();
    assert_eq!(n, Some(1));
    let r = tokio::task::spawn_blocking(move || {
        http(fe_b, "GET", "/api/d/get_load_state?label=ha", &[auth()], Framing::None).body
    })
    .await
    .unwrap();
    assert!(r.contains(r#""state":"VISIBLE""#), "{r}");
    drop((fe0, again));
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mysql_statement_faults() {
    let emu = Emulator::builder().mysql_port(0).http_port(0).be_port(0).start().await.unwrap();
    let faults = emu.faults();
    let opts = mysql_async::OptsBuilder::default()
        .ip_or_hostname("127.0.0.1")
        .tcp_port(emu.mysql_addr().port())
        .user(Some("root"));
    let mut conn = mysql_async::Conn::new(opts.clone()).await.unwrap();
    // Installed after the connection's own setup statements, which would count too.
    faults
        .inject(
            Fault::new(
                RequestKind::MysqlQuery,
                Action::MysqlError { code: 1105, state: "HY000".into(), message: "FE is not ready".into() },
            )
            .nth(2),
        )
        .unwrap();
    conn.query_drop("SELECT 1").await.unwrap();
    match conn.query_drop("SELECT 1").await.unwrap_err() {
        mysql_async::Error::Server(e) => {
            assert_eq!((e.code, e.state.as_str(), e.message.as_str()), (1105, "HY000", "FE is not ready"));
        }
        other => panic!("{other:?}"),
    }
    conn.query_drop("SELECT 1").await.unwrap();
    faults.inject(Fault::new(RequestKind::MysqlQuery, Action::Reset { after_body_bytes: 0 })).unwrap();
    assert!(conn.query_drop("SELECT 1").await.is_err(), "the connection is closed");
    let mut conn = mysql_async::Conn::new(opts).await.unwrap();
    let v: Option<String> = conn.query_first("SELECT current_version()").await.unwrap();
    assert_eq!(v.as_deref(), Some("3.5.2-emulator"));
    drop(conn);
    emu.shutdown().await;
}

#[test]
fn admin_endpoint_scripts_faults_over_http() {
    let emu = setup();
    let base = format!("http://{}/api/_emulator", emu.be);
    let fault = r#"[{"kind": "stream_load", "nth": 2, "action": "fail", "message": "injected", "error_log": ["Error: bad. Row: x"]},
                    {"kind": "txn_commit", "node": "fe:0", "action": "http_status", "http_status": 500, "body": "boom"}]"#;
    let (code, body) = curl(&["-u", "root:", "-X", "POST", "-d", fault, &format!("{base}/faults")]);
    assert_eq!((code, body.as_str()), (200, r#"{"ids":[1,2]}"#));
    let load = |label: &str| {
        http(
            emu.be,
            "PUT",
            "/api/d/t/_stream_load",
            &[auth(), ("label", label.into())],
            Framing::Length(b"1\ta\n".to_vec()),
        )
        .json()
    };
    assert_eq!(load("a1")["Status"], "Success");
    let v = load("a2");
    assert_eq!((v["Status"].as_str(), v["Message"].as_str()), (Some("Fail"), Some("injected")));
    assert_eq!(load("a3")["Status"], "Success");
    let (code, body) = curl(&["-u", "root:", &format!("{base}/faults")]);
    assert_eq!(code, 200);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        v["faults"][0],
        serde_json::json!({"id": 1, "kind": "stream_load", "node": "answering", "nth": 2, "times": 1, "action": "fail",
            "message": "injected", "error_log": ["Error: bad. Row: x"], "seen": 3, "fired": 1})
    );
    assert_eq!(v["faults"][1]["node"], "fe:0");
    let (code, body) = curl(&[
        "-u",
        "root:",
        "-X",
        "POST",
        "-d",
        r#"{"kind": "txn_load", "action": "too_many_txns"}"#,
        &format!("{base}/faults"),
    ]);
    assert_eq!(
        (code, body.as_str()),
        (400, r#"{"error":"action too_many_txns does not apply to txn_load at answering"}"#)
    );
    let (code, body) = curl(&["-u", "root:", "-X", "POST", "-d", "{nope", &format!("{base}/faults")]);
    assert_eq!(code, 400);
    assert!(body.starts_with(r#"{"error":"the body is not JSON: "#), "{body}");
    let (code, _) = curl(&["-X", "DELETE", &format!("{base}/faults")]);
    assert_eq!(code, 401);
    // Node faults; the BE's own admin port is still reachable while the FE is down.
    let (code, body) = curl(&["-u", "root:", "-X", "POST", "-d", r#"{"node": "fe:0"}"#, &format!("{base}/down")]);
    assert_eq!((code, body.as_str()), (200, r#"{"status":"OK"}"#));
    assert_eq!(TcpStream::connect(emu.fe).expect_err("down").kind(), ErrorKind::ConnectionRefused);
    let (code, body) =
        curl(&["-u", "root:", "-X", "POST", "-d", r#"{"node": "fe:9", "ms": "x"}"#, &format!("{base}/stall")]);
    assert_eq!((code, body.as_str()), (400, r#"{"error":"'ms' must be a non-negative integer"}"#));
    let (code, _) = curl(&["-u", "root:", "-X", "POST", "-d", r#"{"node": "fe:0"}"#, &format!("{base}/up")]);
    assert_eq!(code, 200);
    assert!(TcpStream::connect(emu.fe).is_ok());
    let (code, body) = curl(&["-u", "root:", "-X", "DELETE", &format!("{base}/faults")]);
    assert_eq!((code, body.as_str()), (200, r#"{"status":"OK"}"#));
    let (_, body) = curl(&["-u", "root:", &format!("{base}/faults")]);
    assert_eq!(body, r#"{"faults":[],"nodes":{}}"#);
    let r = try_http(emu.fe, "GET", "/api/_emulator/faults", &[auth()], Framing::None, Duration::from_secs(5)).unwrap();
    assert_eq!(r.status, 200, "the FE serves the endpoint too");
}
