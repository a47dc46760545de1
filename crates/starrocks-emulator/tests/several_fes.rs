//! Several FEs sharing one state: DDL on one FE is seen on another, a transaction begun
//! through one FE commits through another, and every FE redirects to the one BE.

mod common;

use common::{Framing, basic, http};
use mysql_async::prelude::Queryable;
use starrocks_emulator::Emulator;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fes_share_one_state() {
    let emu = Emulator::builder().mysql_port(0).http_port(0).be_port(0).fe_count(2).start().await.unwrap();
    assert_eq!(emu.mysql_addrs().len(), 2);
    assert_eq!(emu.fe_http_addrs().len(), 2);
    assert_ne!(emu.fe_http_addrs()[0], emu.fe_http_addrs()[1]);
    let conn = |i: usize| {
        mysql_async::Conn::new(
            mysql_async::OptsBuilder::default()
                .ip_or_hostname("127.0.0.1")
                .tcp_port(emu.mysql_addrs()[i].port())
                .user(Some("root")),
        )
    };
    let mut fe0 = conn(0).await.unwrap();
    let mut fe1 = conn(1).await.unwrap();
    fe0.query_drop("CREATE DATABASE d").await.unwrap();
    fe1.query_drop("CREATE TABLE d.t (id INT NOT NULL, v INT) PRIMARY KEY(id)").await.unwrap();
    let (fe_a, fe_b, be) = (emu.fe_http_addrs()[0], emu.fe_http_addrs()[1], emu.be_http_addr());
    let result = tokio::task::spawn_blocking(move || {
        let h = |op: &str| {
            vec![
                ("Authorization", basic("root", "")),
                ("label", "multi".to_string()),
                ("db", "d".to_string()),
                ("table", "t".to_string()),
                ("x-op", op.to_string()),
            ]
        };
        let r = http(fe_a, "POST", "/api/transaction/begin", &h("begin"), Framing::None);
        assert_eq!(r.status, 307);
        assert_eq!(
            r.header("location"),
            Some(format!("http://127.0.0.1:{}/api/transaction/begin", be.port()).as_str())
        );
        assert_eq!(http(be, "POST", "/api/transaction/begin", &h("begin"), Framing::None).json()["Status"], "OK");
        let r = http(fe_b, "PUT", "/api/transaction/load", &h("load"), Framing::HeadersOnly);
        assert_eq!(r.status, 307, "{}", r.body);
        let r = http(be, "PUT", "/api/transaction/load", &h("load"), Framing::Length(b"1\t10\n".to_vec()));
        assert_eq!(r.json()["Status"], "OK");
        assert_eq!(http(be, "POST", "/api/transaction/prepare", &h("prepare"), Framing::None).json()["Status"], "OK");
        http(fe_b, "POST", "/api/transaction/commit", &h("commit"), Framing::None)
    })
    .await
    .unwrap();
    assert_eq!(result.status, 200);
    assert_eq!(result.json()["Status"], "OK");
    let rows: Vec<(i64, i64)> = fe0.query("SELECT id, v FROM d.t").await.unwrap();
    assert_eq!(rows, vec![(1, 10)]);
    fe0.disconnect().await.unwrap();
    fe1.disconnect().await.unwrap();
    emu.shutdown().await;
}
