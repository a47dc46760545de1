//! Shared helpers: an emulator on loopback port 0 in its own runtime, a raw HTTP/1.1 client,
//! curl and mysql CLI wrappers, and JSON comparison that ignores timing values.
#![allow(dead_code)]

use base64::Engine as _;
use starrocks_emulator::{Emulator, FaultHandle, Storage};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::Command;
use std::time::Duration;

/// An emulator running on its own runtime thread; stopped on drop.
pub struct TestEmu {
    pub mysql: SocketAddr,
    pub fe: SocketAddr,
    pub be: SocketAddr,
    /// Fault injection on the running emulator.
    pub faults: FaultHandle,
    stop: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl TestEmu {
    pub fn start(storage: Storage, password: &str) -> TestEmu {
        let (tx, rx) = std::sync::mpsc::channel::<(SocketAddr, SocketAddr, SocketAddr, FaultHandle)>();
        let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
        let password = password.to_string();
        let thread = std::thread::spawn(move || {
            let rt =
                tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
            rt.block_on(async move {
                let emu = Emulator::builder()
                    .mysql_port(0)
                    .http_port(0)
                    .be_port(0)
                    .storage(storage)
                    .password(password)
                    .start()
                    .await
                    .expect("emulator starts");
                tx.send((emu.mysql_addr(), emu.fe_http_addr(), emu.be_http_addr(), emu.faults())).expect("send addrs");
                let _ = tokio::task::spawn_blocking(move || stop_rx.recv()).await;
                emu.shutdown().await;
            });
        });
        let (mysql, fe, be, faults) = rx.recv().expect("addresses");
        TestEmu { mysql, fe, be, faults, stop: Some(stop_tx), thread: Some(thread) }
    }

    /// Runs SQL through the mysql CLI (batch mode); returns (exit ok, stdout, stderr).
    pub fn mysql_cli(&self, user: &str, password: &str, sql: &str) -> (bool, String, String) {
        let mut cmd = Command::new("mysql");
        cmd.args(["-h", "127.0.0.1", "-P", &self.mysql.port().to_string(), "-u", user, "--batch", "-e", sql]);
        if !password.is_empty() {
            cmd.arg(format!("-p{password}"));
        }
        let out = cmd.output().expect("mysql CLI is installed (mariadb-client)");
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// Runs SQL as root with the given password and requires success; returns stdout.
    pub fn sql(&self, password: &str, sql: &str) -> String {
        let (ok, out, err) = self.mysql_cli("root", password, sql);
        assert!(ok, "mysql failed for {sql}: {err}");
        out
    }
}

impl Drop for TestEmu {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// `Basic base64(user:password)`.
pub fn basic(user: &str, password: &str) -> String {
    format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}")))
}

/// A parsed HTTP response.
#[derive(Debug, Clone)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
    /// Whether an interim `100 Continue` preceded the final status.
    pub got_continue: bool,
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

/// How a request body is framed.
#[derive(Debug, Clone)]
pub enum Framing {
    /// No body, no length header added.
    None,
    /// `Content-Length` body.
    Length(Vec<u8>),
    /// Chunked with these chunk sizes.
    Chunked(Vec<u8>, Vec<usize>),
    /// Declares `Content-Length: n` and `Expect: 100-continue` but sends no body unless the
    /// server says `100 Continue`.
    Held(Vec<u8>),
    /// Only the given headers; the caller declares the framing and no body is sent.
    HeadersOnly,
}

fn read_response(reader: &mut BufReader<TcpStream>) -> std::io::Result<HttpResponse> {
    let mut got_continue = false;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "no response"));
        }
        let status: u16 = line.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
        let mut headers = Vec::new();
        loop {
            let mut h = String::new();
            reader.read_line(&mut h)?;
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            if let Some((k, v)) = h.split_once(':') {
                headers.push((k.trim().to_string(), v.trim().to_string()));
            }
        }
        if status == 100 {
            got_continue = true;
            continue;
        }
        let len: usize = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        let mut body = vec![0; len];
        reader.read_exact(&mut body)?;
        return Ok(HttpResponse { status, headers, body: String::from_utf8_lossy(&body).into_owned(), got_continue });
    }
}

/// Sends one request on a fresh connection and reads the final response.
pub fn http(addr: SocketAddr, method: &str, path: &str, headers: &[(&str, String)], framing: Framing) -> HttpResponse {
    try_http(addr, method, path, headers, framing, Duration::from_secs(30)).expect("HTTP exchange")
}

/// Like [`http`], with a read timeout; I/O errors (refused, reset, timed out) are returned.
pub fn try_http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, String)],
    framing: Framing,
    timeout: Duration,
) -> std::io::Result<HttpResponse> {
    let stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(timeout))?;
    let mut w = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    match &framing {
        Framing::None | Framing::HeadersOnly => {}
        Framing::Length(b) => head.push_str(&format!("Content-Length: {}\r\n", b.len())),
        Framing::Chunked(..) => head.push_str("Transfer-Encoding: chunked\r\n"),
        Framing::Held(b) => {
            head.push_str(&format!("Content-Length: {}\r\n", b.len()));
            if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("expect")) {
                head.push_str("Expect: 100-continue\r\n");
            }
        }
    }
    head.push_str("\r\n");
    w.write_all(head.as_bytes())?;
    match framing {
        Framing::None | Framing::HeadersOnly => {}
        Framing::Length(b) => w.write_all(&b)?,
        Framing::Chunked(b, sizes) => {
            let mut pos = 0;
            for s in sizes {
                if s == 0 {
                    break;
                }
                w.write_all(format!("{s:x}\r\n").as_bytes())?;
                w.write_all(&b[pos..pos + s])?;
                w.write_all(b"\r\n")?;
                pos += s;
            }
            w.write_all(b"0\r\n\r\n")?;
        }
        Framing::Held(b) => {
            // Wait for either 100 Continue or a final answer.
            let mut line = String::new();
            reader.read_line(&mut line)?;
            if line.contains(" 100 ") {
                let mut blank = String::new();
                reader.read_line(&mut blank)?;
                w.write_all(&b)?;
                let mut r = read_response(&mut reader)?;
                r.got_continue = true;
                return Ok(r);
            }
            let status: u16 = line.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
            let mut rest = read_headers_and_body(&mut reader);
            rest.status = status;
            return Ok(rest);
        }
    }
    read_response(&mut reader)
}

fn read_headers_and_body(reader: &mut BufReader<TcpStream>) -> HttpResponse {
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        reader.read_line(&mut h).unwrap();
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let len: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; len];
    reader.read_exact(&mut body).unwrap();
    HttpResponse { status: 0, headers, body: String::from_utf8_lossy(&body).into_owned(), got_continue: false }
}

/// Runs curl with the arguments; returns (status code, body).
pub fn curl(args: &[&str]) -> (u16, String) {
    let out = Command::new("curl")
        .args(["-s", "-o", "-", "-w", "\n%{http_code}"])
        .args(args)
        .output()
        .expect("curl is installed");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, code) = text.rsplit_once('\n').unwrap_or(("", "0"));
    (code.trim().parse().unwrap_or(0), body.to_string())
}

/// Keys whose values are timings.
pub fn is_timing(key: &str) -> bool {
    key.ends_with("TimeMs")
}

/// Asserts `actual` has exactly the keys of `expected` in the same order, equal values,
/// except timing keys, which must be non-negative integers.
pub fn assert_json_like(actual: &serde_json::Value, expected: &serde_json::Value) {
    let (Some(a), Some(e)) = (actual.as_object(), expected.as_object()) else {
        panic!("not objects: {actual} vs {expected}");
    };
    let ak: Vec<&String> = a.keys().collect();
    let ek: Vec<&String> = e.keys().collect();
    assert_eq!(ak, ek, "key order differs: {actual}");
    for (k, v) in e {
        if is_timing(k) {
            assert!(a[k].as_i64().is_some_and(|n| n >= 0), "timing {k} in {actual}");
        } else if v.is_null() {
            continue;
        } else {
            assert_eq!(&a[k], v, "field {k} in {actual}");
        }
    }
}

/// Runs a query with mysql_async (text protocol) and returns the cells exactly as sent,
/// `None` for NULL.
pub fn query_rows(mysql: SocketAddr, password: &str, sql: &str) -> Vec<Vec<Option<String>>> {
    use mysql_async::prelude::Queryable;
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    rt.block_on(async {
        let opts = mysql_async::OptsBuilder::default()
            .ip_or_hostname("127.0.0.1")
            .tcp_port(mysql.port())
            .user(Some("root"))
            .pass(Some(password));
        let mut conn = mysql_async::Conn::new(opts).await.expect("connect");
        let rows: Vec<mysql_async::Row> = conn.query(sql).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
        let out = rows
            .into_iter()
            .map(|r| {
                r.unwrap()
                    .into_iter()
                    .map(|v| match v {
                        mysql_async::Value::NULL => None,
                        mysql_async::Value::Bytes(b) => Some(String::from_utf8_lossy(&b).into_owned()),
                        other => Some(other.as_sql(true)),
                    })
                    .collect()
            })
            .collect();
        let _ = conn.disconnect().await;
        out
    })
}
