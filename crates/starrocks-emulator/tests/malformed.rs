//! Bad input never panics and gets StarRocks' error answer: malformed HTTP, truncated and
//! badly framed bodies, bad CSV/JSON, wrong headers, garbage on the MySQL port, bad SQL.

mod common;

use common::{Framing, TestEmu, basic, http};
use starrocks_emulator::Storage;
use std::io::{Read, Write};
use std::net::{Shutdown, TcpStream};
use std::time::Duration;

fn setup() -> TestEmu {
    let emu = TestEmu::start(Storage::Memory, "");
    emu.sql(
        "",
        "CREATE DATABASE d; CREATE TABLE d.t (id INT NOT NULL, v VARCHAR(10)) PRIMARY KEY(id) DISTRIBUTED BY HASH(id)",
    );
    emu
}

fn raw(addr: std::net::SocketAddr, bytes: &[u8], half_close: bool) -> String {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let _ = s.write_all(bytes);
    if half_close {
        let _ = s.shutdown(Shutdown::Write);
    }
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

fn still_serving(emu: &TestEmu, label: &str) {
    let r = http(
        emu.be,
        "PUT",
        "/api/d/t/_stream_load",
        &[("Authorization", basic("root", "")), ("label", label.into())],
        Framing::Length(b"100\tok\n".to_vec()),
    );
    assert_eq!(r.json()["Status"], "Success", "{}", r.body);
    assert_eq!(emu.sql("", "SELECT 1"), "1\n1\n");
}

#[test]
fn malformed_http_gets_400() {
    let emu = setup();
    for addr in [emu.fe, emu.be] {
        let out = raw(addr, b"THIS IS NOT HTTP\r\n\r\n", true);
        assert!(out.starts_with("HTTP/1.1 400"), "{out:?}");
        let out = raw(addr, b"PUT /api/d/t/_stream_load HTTP/1.1\r\nContent-Length: abc\r\n\r\n", true);
        assert!(out.starts_with("HTTP/1.1 400"), "{out:?}");
        let out = raw(addr, b"\x00\xff\xfe garbage", true);
        assert!(out.is_empty() || out.starts_with("HTTP/1.1 400"), "{out:?}");
    }
    still_serving(&emu, "after_bad_http");
}

#[test]
fn truncated_and_badly_chunked_bodies_roll_back() {
    let emu = setup();
    let auth = basic("root", "");
    let req = format!(
        "PUT /api/d/t/_stream_load HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\nlabel: trunc\r\nContent-Length: 1000\r\n\r\n1\ta\n2\tb\n"
    );
    let out = raw(emu.be, req.as_bytes(), true);
    if !out.is_empty() {
        assert!(out.contains("\"Message\": \"receive body don't equal with body bytes\""), "{out}");
    }
    let req = format!(
        "PUT /api/d/t/_stream_load HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\nlabel: chunky\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n1\ta\n\r\n0\r\n\r\n"
    );
    let _ = raw(emu.be, req.as_bytes(), true);
    // Both transactions were rolled back: the labels can be used again.
    still_serving(&emu, "trunc");
    let r = http(
        emu.be,
        "PUT",
        "/api/d/t/_stream_load",
        &[("Authorization", auth), ("label", "chunky".into())],
        Framing::Length(b"7\tz\n".to_vec()),
    );
    assert_eq!(r.json()["Status"], "Success");
    let state = http(
        emu.fe,
        "GET",
        "/api/d/get_load_state?label=trunc",
        &[("Authorization", basic("root", ""))],
        Framing::None,
    );
    assert!(state.body.starts_with(r#"{"state":"VISIBLE""#), "{}", state.body);
}

#[test]
fn bad_csv_and_json_bodies() {
    let emu = setup();
    let load = |label: &str, headers: &[(&str, &str)], body: &[u8]| {
        let mut h: Vec<(&str, String)> = vec![("Authorization", basic("root", "")), ("label", label.to_string())];
        h.extend(headers.iter().map(|(k, v)| (*k, v.to_string())));
        http(emu.be, "PUT", "/api/d/t/_stream_load", &h, Framing::Length(body.to_vec())).json()
    };
    let mut garbage = Vec::new();
    for i in 0..4096u32 {
        garbage.push((i.wrapping_mul(2654435761) >> 13) as u8);
    }
    let v = load("g1", &[], &garbage);
    assert_eq!(v["Status"], "Fail");
    assert_eq!(v["Message"], "too many filtered rows");
    let v = load("g2", &[("enclose", "\""), ("escape", "\\"), ("column_separator", ",")], b"1,x,\"unterminated\n2,\\");
    assert_eq!(v["Status"], "Fail");
    let deep = "[".repeat(100_000);
    let v = load("g3", &[("format", "json"), ("strip_outer_array", "true")], deep.as_bytes());
    assert_eq!(v["Status"], "Fail");
    assert!(v["Message"].as_str().unwrap().starts_with("parse error. "), "{v}");
    let v = load("g4", &[("format", "json")], b"{\"id\": 1, \"v\": \"\\ud800\"} {\"id\": \"x\"}");
    assert_eq!(v["Status"], "Fail", "{v}");
    let v = load("g5", &[("format", "json"), ("jsonpaths", "not json")], b"{\"id\":1}");
    assert_eq!(v["Message"], "Invalid jsonpaths: not json");
    let v = load("g6", &[("format", "json"), ("strip_outer_array", "true")], b"[1, 2]");
    assert!(v["Message"].as_str().unwrap().starts_with("parse error."), "{v}");
    let v = load("g7", &[("format", "lz4")], b"not an lz4 frame");
    assert_eq!(v["Status"], "Fail");
    let v = load("g8", &[("columns", "id, v = nosuch(id)")], b"1\ta\n");
    assert_eq!(v["Status"], "Fail");
    let v = load("g9", &[("columns", "id, v = (((")], b"1\ta\n");
    assert!(v["Message"].as_str().unwrap().starts_with("Getting syntax error"), "{v}");
    still_serving(&emu, "after_bad_bodies");
}

#[test]
fn concurrent_load_on_one_label_is_in_processing() {
    let emu = setup();
    let auth = basic("root", "");
    let t = |l: &str| {
        vec![("Authorization", auth.clone()), ("label", l.to_string()), ("db", "d".into()), ("table", "t".into())]
    };
    let h: Vec<(&str, String)> = t("busy");
    let r = http(emu.be, "POST", "/api/transaction/begin", &h, Framing::None);
    assert_eq!(r.json()["Status"], "OK");
    let mut s = TcpStream::connect(emu.be).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let head = format!(
        "PUT /api/transaction/load HTTP/1.1\r\nHost: x\r\nAuthorization: {auth}\r\nlabel: busy\r\ndb: d\r\ntable: t\r\nContent-Length: 10\r\n\r\n1\ta\n"
    );
    s.write_all(head.as_bytes()).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let r = http(emu.be, "PUT", "/api/transaction/load", &h, Framing::Length(b"2\tb\n".to_vec()));
    assert_eq!(
        r.body,
        "{\n    \"Status\": \"TXN_IN_PROCESSING\",\n    \"Label\": \"busy\",\n    \"Message\": \"Transaction is in processing\"\n}"
    );
    s.write_all(b"2\tb\n3\t").unwrap();
    let mut buf = [0u8; 4096];
    let n = s.read(&mut buf).unwrap();
    let text = String::from_utf8_lossy(&buf[..n]);
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    assert!(text.contains("\"Status\": \"OK\""), "{text}");
}

#[test]
fn mysql_port_survives_garbage_and_bad_sql() {
    let emu = setup();
    let _ = raw(emu.mysql, b"\xff\xff\xff\x00garbage that is not a handshake response", true);
    let _ = raw(emu.mysql, b"", true);
    for sql in [
        "CREATE TABLE d.x (",
        "CREATE TABLE d.x (a DECIMAL(100, 2))",
        "CREATE TABLE d.x (a INT) ENGINE=MYISAM",
        "CREATE TABLE d.x (a FOO)",
        "SELECT * FROM",
        "INSERT INTO d.t VALUES (",
        "INSERT INTO d.t VALUES (1)",
        "INSERT INTO d.t VALUES (NULL, 'x')",
        "SELECT 'unterminated",
        "SHOW NONSENSE",
        "DROP NONSENSE",
        "SELECT * FROM d.t JOIN d.t u ON 1 = 1",
        ")",
    ] {
        let (ok, _, err) = emu.mysql_cli("root", "", sql);
        assert!(!ok, "{sql} should fail");
        assert!(err.contains("ERROR "), "{sql}: {err}");
    }
    assert_eq!(emu.sql("", "SELECT 1/0, 5 % 0, -(-3)"), "1 / 0\t5 % 0\t-(-3)\nNULL\tNULL\t3\n");
    still_serving(&emu, "after_bad_sql");
}

/// Random bodies through the body parsers with many header combinations: every outcome
/// is an answer, never a panic.
#[test]
fn random_bodies_never_panic() {
    use starrocks_emulator::catalog::Catalog;
    use starrocks_emulator::catalog::ddl::parse_create_table;
    use starrocks_emulator::load::BodyReader;
    use starrocks_emulator::load::params::LoadParams;
    use starrocks_emulator::load::plan::{LoadPlan, PlanOptions};

    let mut catalog = Catalog::new(Storage::Memory.backend(), "root", "");
    catalog.create_database("d").unwrap();
    let ct = parse_create_table(
        "CREATE TABLE t (id INT NOT NULL, d DATE, dt DATETIME, dec DECIMAL(10, 2), s VARCHAR(8), j JSON, a ARRAY<INT>) PRIMARY KEY(id)",
    )
    .unwrap();
    catalog.create_table("d", ct.schema, false).unwrap();
    let table = catalog.table("d", "t").unwrap();
    let header_sets: Vec<Vec<(&str, &str)>> = vec![
        vec![],
        vec![("format", "json")],
        vec![("format", "json"), ("strip_outer_array", "true")],
        vec![("format", "json"), ("jsonpaths", "[\"$.a\",\"$.b[0]\"]"), ("columns", "id,s")],
        vec![("column_separator", ","), ("enclose", "\""), ("escape", "\\")],
        vec![("column_separator", "||"), ("row_delimiter", "\\x0D0A"), ("trim_space", "true")],
        vec![("strict_mode", "true"), ("columns", "id,x,s=concat(x,'!'),__op=x")],
        vec![("format", "lz4")],
        vec![("where", "id > 3 and s like 'a%'"), ("skip_header", "2")],
    ];
    let alphabet: &[u8] = b"0123456789-:. ,\t\n\r\"\\{}[]abc\\N,||\xff";
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for round in 0..3000 {
        let headers = &header_sets[round % header_sets.len()];
        let mut map = http::HeaderMap::new();
        for (k, v) in headers {
            map.insert(*k, v.parse().unwrap());
        }
        let params = LoadParams::from_headers(&map).unwrap();
        let Ok(plan) = LoadPlan::new(table.clone(), PlanOptions::from_params(&params)) else {
            continue;
        };
        let len = (next() % 200) as usize;
        let body: Vec<u8> = (0..len).map(|_| alphabet[(next() % alphabet.len() as u64) as usize]).collect();
        let mut reader = BodyReader::new(params, plan, true);
        for chunk in body.chunks(1 + (next() % 17) as usize) {
            reader.push(chunk);
        }
        match reader.finish() {
            Ok(out) => {
                let c = out.counters;
                assert_eq!(c.total, c.loaded + c.filtered + c.unselected, "{body:?}");
                assert_eq!(out.batch.len(), c.loaded);
            }
            Err(msg) => assert!(!msg.is_empty()),
        }
    }
}
