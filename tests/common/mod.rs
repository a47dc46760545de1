//! Shared helpers of the binary's integration tests: the real `sluice` binary, scripts in
//! temporary files, and a real StarRocks emulator on free loopback ports.
#![allow(dead_code)]

use std::io::Write;
use std::net::SocketAddr;
use std::process::{Command, Output, Stdio};

use mysql_async::prelude::Queryable;
use starrocks_emulator::{Emulator, Storage};

/// Runs the binary with `args`, feeding `stdin` when given.
pub fn sluice(args: &[&str], stdin: Option<&str>) -> Output {
    sluice_with_env(args, stdin, &[])
}

/// Like [`sluice`], with extra environment variables.
pub fn sluice_with_env(args: &[&str], stdin: Option<&str>, env: &[(&str, &str)]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sluice"))
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sluice runs");
    if let Some(text) = stdin {
        child.stdin.take().expect("stdin").write_all(text.as_bytes()).expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("sluice exits")
}

/// A script in a temporary `.sql` file.
pub fn script(text: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new().suffix(".sql").tempfile().expect("temp file");
    f.write_all(text.as_bytes()).expect("write script");
    f
}

/// A StarRocks emulator on its own runtime thread; stopped on drop.
pub struct TestEmulator {
    /// FE MySQL port.
    pub mysql: SocketAddr,
    /// FE HTTP port.
    pub fe: SocketAddr,
    /// BE HTTP port.
    pub be: SocketAddr,
    stop: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl TestEmulator {
    /// Starts an emulator with memory storage, user `root`, the given password and version.
    pub fn start(password: &str, version: &str) -> TestEmulator {
        let (tx, rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
        let (password, version) = (password.to_string(), version.to_string());
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            rt.block_on(async move {
                let emu = Emulator::builder()
                    .mysql_port(0)
                    .http_port(0)
                    .be_port(0)
                    .storage(Storage::Memory)
                    .password(password)
                    .starrocks_version(version)
                    .start()
                    .await
                    .expect("emulator starts");
                tx.send((emu.mysql_addr(), emu.fe_http_addr(), emu.be_http_addr())).expect("send addresses");
                let _ = tokio::task::spawn_blocking(move || stop_rx.recv()).await;
                emu.shutdown().await;
            });
        });
        let (mysql, fe, be) = rx.recv().expect("emulator addresses");
        TestEmulator { mysql, fe, be, stop: Some(stop_tx), thread: Some(thread) }
    }

    /// Runs statements over the MySQL port as `root`.
    pub fn execute(&self, password: &str, statements: &[&str]) {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        let url = format!("mysql://root:{password}@{}", self.mysql);
        rt.block_on(async {
            let mut conn = mysql_async::Conn::from_url(url).await.expect("connect to the emulator");
            for sql in statements {
                conn.query_drop(*sql).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
            }
            conn.disconnect().await.expect("disconnect");
        });
    }

    /// Rows of a query as text.
    pub fn query(&self, password: &str, sql: &str) -> Vec<Vec<Option<String>>> {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        let url = format!("mysql://root:{password}@{}", self.mysql);
        rt.block_on(async {
            let mut conn = mysql_async::Conn::from_url(url).await.expect("connect to the emulator");
            let rows: Vec<mysql_async::Row> = conn.query(sql).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
            conn.disconnect().await.expect("disconnect");
            rows.into_iter()
                .map(|r| {
                    (0..r.len()).map(|i| r.get_opt::<Option<String>, _>(i).and_then(Result::ok).flatten()).collect()
                })
                .collect()
        })
    }
}

impl Drop for TestEmulator {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Every diagnostic of a `--format json` document as `line:column severity: message`.
pub fn findings(stdout: &[u8]) -> Vec<String> {
    let doc: serde_json::Value = serde_json::from_slice(stdout).expect("a JSON document");
    let mut out = Vec::new();
    for file in doc["files"].as_array().expect("files") {
        for st in file["statements"].as_array().expect("statements") {
            for d in st["diagnostics"].as_array().expect("diagnostics") {
                out.push(format!(
                    "{}:{} {}: {}",
                    d["line"],
                    d["column"],
                    d["severity"].as_str().unwrap(),
                    d["message"].as_str().unwrap()
                ));
            }
        }
    }
    out
}
