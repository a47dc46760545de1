//! `sluice emulator`: prints one line per listener, serves, and stops cleanly on Ctrl-C.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[test]
fn prints_its_listeners_answers_and_stops_on_sigint() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sluice"))
        .args(["emulator", "--mysql-port", "0", "--http-port", "0", "--be-port", "0", "--starrocks-version", "3.4.1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sluice emulator starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut listeners = Vec::new();
    for _ in 0..3 {
        let line = lines.next().expect("a listener line").expect("UTF-8");
        let (name, addr) = line.split_once(' ').expect("'<name> <address>'");
        listeners.push((name.to_string(), addr.parse::<std::net::SocketAddr>().expect("an address")));
    }
    let names: Vec<&str> = listeners.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["mysql", "fe-http", "be-http"]);

    let mysql = listeners[0].1;
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let version: Option<String> = rt.block_on(async {
        use mysql_async::prelude::Queryable;
        let mut conn = mysql_async::Conn::from_url(format!("mysql://root@{mysql}")).await.expect("connect");
        let v = conn.query_first("select current_version() as ver;").await.expect("query");
        conn.disconnect().await.expect("disconnect");
        v
    });
    assert_eq!(version.as_deref(), Some("3.4.1"));

    let killed = Command::new("kill").args(["-INT", &child.id().to_string()]).status().expect("kill runs");
    assert!(killed.success());
    let status = child.wait().expect("the emulator exits");
    assert!(status.success(), "exit status {status:?}");
}
