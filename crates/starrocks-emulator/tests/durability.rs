//! SQLite storage: after SIGKILL and a restart, committed rows, labels, users and prepared
//! transactions are back and the prepared transaction commits; an open (unprepared)
//! transaction is lost, as in StarRocks (wire spec §4.8).

mod common;

use common::{Framing, basic, http};
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};

struct Proc {
    child: Child,
    mysql: u16,
    fe: SocketAddr,
    be: SocketAddr,
}

impl Drop for Proc {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn start(db: &std::path::Path) -> Proc {
    let mut child = Command::new(env!("CARGO_BIN_EXE_starrocks-emulator"))
        .args(["--mysql-port", "0", "--http-port", "0", "--be-port", "0", "--storage"])
        .arg(format!("sqlite:{}", db.display()))
        .stdout(Stdio::piped())
        .spawn()
        .expect("binary starts");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut addr = || -> SocketAddr {
        let l = lines.next().unwrap().unwrap();
        l.split(' ').nth(1).unwrap().parse().unwrap()
    };
    let (mysql, fe, be) = (addr(), addr(), addr());
    Proc { child, mysql: mysql.port(), fe, be }
}

fn sql(p: &Proc, user: &str, pw: &str, q: &str) -> (bool, String) {
    let mut cmd = Command::new("mysql");
    cmd.args(["-h", "127.0.0.1", "-P", &p.mysql.to_string(), "-u", user, "--batch", "-e", q]);
    if !pw.is_empty() {
        cmd.arg(format!("-p{pw}"));
    }
    let out = cmd.output().unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned())
}

fn txn(p: &Proc, op: &str, label: &str, body: Option<&[u8]>) -> serde_json::Value {
    let h = vec![
        ("Authorization", basic("root", "")),
        ("label", label.to_string()),
        ("db", "d".to_string()),
        ("table", "t".to_string()),
    ];
    let method = if op == "load" { "PUT" } else { "POST" };
    let path = format!("/api/transaction/{op}");
    let fe = http(p.fe, method, &path, &h, if body.is_some() { Framing::HeadersOnly } else { Framing::None });
    if fe.status == 200 {
        return fe.json();
    }
    let framing = body.map_or(Framing::None, |b| Framing::Length(b.to_vec()));
    http(p.be, method, &path, &h, framing).json()
}

#[test]
fn restart_after_sigkill_keeps_committed_and_prepared_state() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("emu.db");
    let mut p = start(&file);
    let (ok, _) = sql(
        &p,
        "root",
        "",
        "CREATE DATABASE d; CREATE TABLE d.t (id INT NOT NULL, v VARCHAR(10)) PRIMARY KEY(id);
         CREATE TABLE d.gone (id INT); DROP TABLE d.gone; CREATE USER 'u' IDENTIFIED BY 'pw'",
    );
    assert!(ok);
    let load = |p: &Proc, label: &str, body: &[u8]| {
        http(
            p.be,
            "PUT",
            "/api/d/t/_stream_load",
            &[("Authorization", basic("root", "")), ("label", label.to_string())],
            Framing::Length(body.to_vec()),
        )
        .json()
    };
    assert_eq!(load(&p, "l1", b"1\ta\n2\tb\n")["Status"], "Success");
    assert_eq!(load(&p, "l2", b"2\tbb\n")["Status"], "Success");
    assert_eq!(txn(&p, "begin", "prep", None)["Status"], "OK");
    assert_eq!(txn(&p, "load", "prep", Some(b"3\tc\n"))["Status"], "OK");
    let prepared = txn(&p, "prepare", "prep", None);
    assert_eq!(prepared["Status"], "OK");
    assert_eq!(txn(&p, "begin", "open", None)["Status"], "OK");
    assert_eq!(txn(&p, "load", "open", Some(b"4\td\n"))["Status"], "OK");
    p.child.kill().unwrap();
    p.child.wait().unwrap();

    let mut p = start(&file);
    let (_, rows) = sql(&p, "root", "", "SELECT id, v FROM d.t ORDER BY id");
    assert_eq!(rows, "id\tv\n1\ta\n2\tbb\n");
    let (_, tables) = sql(&p, "root", "", "SHOW TABLES FROM d");
    assert_eq!(tables, "Tables_in_d\nt\n");
    let again = load(&p, "l1", b"9\tz\n");
    assert_eq!(
        (again["Status"].as_str(), again["ExistingJobStatus"].as_str()),
        (Some("Label Already Exists"), Some("FINISHED"))
    );
    let state = |p: &Proc, label: &str| {
        http(
            p.fe,
            "GET",
            &format!("/api/d/get_load_state?label={label}"),
            &[("Authorization", basic("root", ""))],
            Framing::None,
        )
        .body
    };
    assert!(state(&p, "prep").starts_with(r#"{"state":"PREPARED""#));
    assert!(state(&p, "open").starts_with(r#"{"state":"UNKNOWN""#));
    // FE and BE state of the open transaction died with the process.
    let fe = txn(&p, "load", "open", Some(b"5\te\n"));
    assert_eq!(
        fe["Message"],
        "class com.starrocks.common.StarRocksException: Can't find the transaction with db [d] and label[open]. The possible reasons: 1. FE leader is started or switched; 2. The transaction timeouts and is cleaned."
    );
    let be = http(
        p.be,
        "PUT",
        "/api/transaction/load",
        &[
            ("Authorization", basic("root", "")),
            ("label", "open".to_string()),
            ("db", "d".to_string()),
            ("table", "t".to_string()),
        ],
        Framing::Length(b"5\te\n".to_vec()),
    );
    assert_eq!(be.json()["Status"], "TXN_NOT_EXISTS");
    let commit = txn(&p, "commit", "prep", None);
    assert_eq!(commit["Status"], "OK");
    assert_eq!(commit["TxnId"], prepared["TxnId"]);
    let (_, rows) = sql(&p, "root", "", "SELECT id, v FROM d.t ORDER BY id");
    assert_eq!(rows, "id\tv\n1\ta\n2\tbb\n3\tc\n");
    let (ok, out) = sql(&p, "u", "pw", "SELECT current_version()");
    assert!(ok, "restored user logs in");
    assert_eq!(out, "current_version()\n3.5.2-emulator\n");
    // New transactions get fresh ids after the restored ones.
    let next = load(&p, "l3", b"6\tf\n");
    assert!(next["TxnId"].as_i64().unwrap() > prepared["TxnId"].as_i64().unwrap());
    Command::new("kill").args(["-TERM", &p.child.id().to_string()]).status().unwrap();
    assert!(p.child.wait().unwrap().success());
}
