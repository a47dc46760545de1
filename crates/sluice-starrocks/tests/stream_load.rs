//! Stream load (V1, and V2 without transactions) against the emulator, including a lost
//! answer: the retry with the same label meets `Label Already Exists`, the label's state
//! says the first attempt landed, and the rows are in the table once.

mod common;

use common::proxy::{Action, Fault, Proxy};
use common::{Env, SCORE_DDL, builder, score_batch, score_columns};
use sluice_common::ChangeBatch;
use sluice_common::sink::Sink;
use sluice_starrocks::LoadKind;

fn rows(ids: std::ops::Range<i32>) -> ChangeBatch {
    let names: Vec<String> = ids.clone().map(|i| format!("n{i}")).collect();
    let rows: Vec<_> = ids.clone().zip(&names).map(|(i, n)| (i, Some(n.as_str()), Some(i * 10))).collect();
    ChangeBatch::inserts(score_batch(&rows))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn v1_csv_and_json() {
    let env = Env::start().await;
    env.table("csv", SCORE_DDL, "DUPLICATE KEY (id)").await;
    env.table("js", SCORE_DDL, "PRIMARY KEY (id)").await;
    let opts = env.options(env.fe(), "csv", &[("sink.version", "V1")]);
    let mut sink = builder(&opts).columns(score_columns(), false).build().await.unwrap();
    assert_eq!(sink.load_kind(), LoadKind::V1);
    sink.write(rows(0..3)).await.unwrap();
    sink.flush().await.unwrap();
    assert_eq!(env.rows("csv", "id, name, score").await, ["0|n0|0", "1|n1|10", "2|n2|20"]);
    sink.write(rows(3..4)).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.count("csv").await, 4);

    let opts = env.options(env.fe(), "js", &[("sink.version", "V1"), ("sink.properties.format", "json")]);
    let mut sink = builder(&opts).columns(score_columns(), true).build().await.unwrap();
    sink.write(ChangeBatch::inserts(score_batch(&[(1, None, Some(5)), (2, Some("b"), None)]))).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.rows("js", "id, name, score").await, ["1|NULL|5", "2|b|NULL"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn v1_lost_answer_is_not_loaded_twice() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    proxy.fault(Fault { role: "be", path_contains: "_stream_load", times: 1, action: Action::DropAnswer });
    let opts = env.options(proxy.fe, "t", &[("sink.version", "V1")]);
    let mut sink = builder(&opts).columns(score_columns(), false).build().await.unwrap();
    sink.write(rows(0..5)).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.count("t").await, 5, "each row once");

    let log = proxy.log();
    let loads: Vec<_> = log.iter().filter(|e| e.role == "be" && e.path.ends_with("_stream_load")).collect();
    assert_eq!(loads.len(), 2, "the first attempt and one retry");
    assert!(loads[0].dropped);
    assert_eq!(loads[0].header("label"), loads[1].header("label"), "the retry keeps the label");
    assert!(loads[1].response.contains("Label Already Exists"), "{}", loads[1].response);
    let state = log.iter().find(|e| e.path.contains("get_load_state")).expect("label state asked");
    assert!(state.response.contains("VISIBLE"), "{}", state.response);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn v2_plain_stream_load_with_a_lost_answer() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "PRIMARY KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    proxy.fault(Fault { role: "be", path_contains: "_stream_load", times: 1, action: Action::DropAnswer });
    let opts = env.options(proxy.fe, "t", &[("sink.at-least-once.use-transaction-stream-load", "false")]);
    let mut sink = builder(&opts).columns(score_columns(), true).build().await.unwrap();
    assert_eq!(sink.load_kind(), LoadKind::StreamLoad);
    sink.write(rows(0..3)).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.rows("t", "id, name").await, ["0|n0", "1|n1", "2|n2"]);
    let labels: Vec<_> = proxy
        .log()
        .iter()
        .filter(|e| e.role == "be" && e.path.ends_with("_stream_load"))
        .map(|e| e.header("label").unwrap().to_string())
        .collect();
    assert_eq!(labels.len(), 2);
    assert!(labels[0].starts_with("flink-") && labels[0] == labels[1]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn label_prefix_and_failover_between_load_urls() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    // Nothing listens on the first host: every request moves on to the second.
    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let urls = format!("{dead};{}", proxy.fe);
    let mut opts = env.options(proxy.fe, "t", &[("sink.version", "V1"), ("sink.label-prefix", "job7_")]);
    opts.iter_mut().find(|(k, _)| k == "load-url").unwrap().1 = urls;
    let mut sink = builder(&opts).columns(score_columns(), false).build().await.unwrap();
    for i in 0..3 {
        sink.write(rows(i..i + 1)).await.unwrap();
        sink.flush().await.unwrap();
    }
    sink.close().await.unwrap();
    assert_eq!(env.rows("t", "id").await, ["0", "1", "2"]);
    let labels: Vec<_> =
        proxy.log().iter().filter(|e| e.role == "be").filter_map(|e| e.header("label").map(str::to_string)).collect();
    assert_eq!(labels.len(), 3);
    assert!(labels.iter().all(|l| l.starts_with("job7_") && l.len() == 5 + 36), "{labels:?}");
}
