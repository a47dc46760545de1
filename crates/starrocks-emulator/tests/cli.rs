//! The standalone binary: one line per listener on stdout, a working server, and a clean
//! stop on SIGINT (Ctrl-C) and SIGTERM.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn run_and_stop(signal: &str) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_starrocks-emulator"))
        .args([
            "--mysql-port",
            "0",
            "--http-port",
            "0",
            "--be-port",
            "0",
            "--password",
            "pw",
            "--starrocks-version",
            "3.1.0-abcdef0",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .expect("binary starts");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut addrs = Vec::new();
    for name in ["mysql", "fe-http", "be-http"] {
        let line = lines.next().expect("a line").unwrap();
        let (label, addr) = line.split_once(' ').expect("two words");
        assert_eq!(label, name);
        let addr: std::net::SocketAddr = addr.parse().expect("an address");
        assert_eq!(addr.ip().to_string(), "127.0.0.1");
        assert_ne!(addr.port(), 0);
        addrs.push(addr);
    }
    let out = Command::new("mysql")
        .args([
            "-h",
            "127.0.0.1",
            "-P",
            &addrs[0].port().to_string(),
            "-uroot",
            "-ppw",
            "--batch",
            "-e",
            "select current_version()",
        ])
        .output()
        .expect("mysql CLI");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "current_version()\n3.1.0-abcdef0\n");
    let status = Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
    assert!(status.success());
    let start = Instant::now();
    loop {
        if let Some(st) = child.try_wait().unwrap() {
            assert!(st.success(), "exit status {st:?} after {signal}");
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "did not stop after {signal}");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(std::net::TcpStream::connect(addrs[1]).is_err(), "listener closed");
}

#[test]
fn stops_on_sigint() {
    run_and_stop("-INT");
}

#[test]
fn stops_on_sigterm() {
    run_and_stop("-TERM");
}

#[test]
fn prints_every_fe() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_starrocks-emulator"))
        .args(["--mysql-port", "0", "--http-port", "0", "--be-port", "0", "--fe-count", "2"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("binary starts");
    let lines: Vec<String> = BufReader::new(child.stdout.take().unwrap()).lines().take(5).map(|l| l.unwrap()).collect();
    let labels: Vec<&str> = lines.iter().map(|l| l.split(' ').next().unwrap()).collect();
    assert_eq!(labels, ["mysql", "fe-http", "mysql", "fe-http", "be-http"]);
    Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(child.wait().unwrap().success());
}

#[test]
fn rejects_an_unknown_storage() {
    let out = Command::new(env!("CARGO_BIN_EXE_starrocks-emulator")).args(["--storage", "paper"]).output().unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("unknown storage 'paper' (expected memory, discard or sqlite:PATH)")
    );
}
