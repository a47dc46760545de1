//! Failures: rejected rows are never sent again, transient answers are retried, a failed
//! transaction is rolled back, and a slow StarRocks makes writers wait instead of filling
//! memory.

mod common;

use common::proxy::{Action, Fault, Proxy};
use common::{Env, builder, score_batch, score_columns};
use sluice_common::ChangeBatch;
use sluice_common::sink::Sink;
use sluice_starrocks::{LoadError, SinkError};
use starrocks_emulator::Storage;

const NOT_NULL_NAME: &str = "id INT NOT NULL, name STRING NOT NULL, score INT";

fn load_error(e: &SinkError) -> &LoadError {
    match e {
        SinkError::Load(l) => l,
        other => panic!("not a load error: {other}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn v1_rejected_rows_are_not_retried() {
    let env = Env::start().await;
    env.table("t", NOT_NULL_NAME, "DUPLICATE KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    // V1 with sink.max-retries = 3: the connector would send the same rows four times.
    let opts = env.options(proxy.fe, "t", &[("sink.version", "V1"), ("sink.max-retries", "3")]);
    let mut sink = builder(&opts).columns(score_columns(), false).build().await.unwrap();
    sink.write(ChangeBatch::inserts(score_batch(&[(1, Some("ok"), Some(1)), (2, None, Some(2))]))).await.unwrap();
    let err = sink.flush().await.unwrap_err();
    let e = load_error(&err);
    assert!(e.is_data_error() && !e.is_retryable(), "{e}");
    let text = e.to_string();
    assert!(text.contains("too many filtered rows"), "{text}");
    assert!(text.contains("NULL value in non-nullable column"), "StarRocks' reason from the ErrorURL: {text}");

    let log = proxy.log();
    let loads = log.iter().filter(|e| e.role == "be" && e.path.ends_with("_stream_load")).count();
    assert_eq!(loads, 1, "a data error is never sent again");
    let error_log = log.iter().find(|e| e.path.contains("_load_error_log")).expect("ErrorURL fetched");
    assert_eq!(error_log.header("authorization"), None, "the error log is fetched without credentials");
    assert_eq!(env.count("t").await, 0);
    // The sink stays failed.
    let again = sink.write(ChangeBatch::inserts(score_batch(&[(3, Some("x"), Some(3))]))).await.unwrap_err();
    assert!(matches!(again, SinkError::Load(_)), "{again}");
    assert!(sink.close().await.is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn v2_rejected_rows_roll_the_transaction_back() {
    let env = Env::start().await;
    env.table("t", NOT_NULL_NAME, "DUPLICATE KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    let opts = env.options(proxy.fe, "t", &[("sink.sanitize-error-log", "true")]);
    let mut sink = builder(&opts).columns(score_columns(), false).build().await.unwrap();
    sink.write(ChangeBatch::inserts(score_batch(&[(1, Some("secret-value"), Some(1)), (2, None, Some(2))])))
        .await
        .unwrap();
    let err = sink.close().await.unwrap_err();
    let e = load_error(&err);
    assert!(e.is_data_error(), "{e}");
    let LoadError::Rejected { rejected_rows: Some(rows), .. } = e else { panic!("{e}") };
    assert!(rows.contains("NULL value in non-nullable column"), "{rows}");
    assert!(!rows.contains("Row:") && !rows.contains("secret-value"), "masked: {rows}");
    let log = proxy.log();
    let steps: Vec<&str> = log.iter().filter(|e| e.role == "fe").map(|e| e.path.rsplit('/').next().unwrap()).collect();
    assert_eq!(steps.iter().filter(|s| **s == "load").count(), 1, "{steps:?}");
    assert!(steps.contains(&"rollback"), "the open transaction is rolled back: {steps:?}");
    assert!(!steps.contains(&"commit"), "{steps:?}");
    assert_eq!(env.count("t").await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transient_answers_are_retried() {
    let env = Env::start().await;
    env.table("t", "id INT NOT NULL, name STRING, score INT", "PRIMARY KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    let busy_db = r#"{"Status": "FAILED", "Message": "class com.starrocks.common.StarRocksException: current running txns on db 10005 is 1000, larger than limit 1000"}"#;
    let in_process = r#"{"Status": "TXN_IN_PROCESSING", "Label": "x", "Message": "Transaction is in processing"}"#;
    proxy.fault(Fault { role: "fe", path_contains: "/begin", times: 2, action: Action::Answer(busy_db.into()) });
    proxy.fault(Fault { role: "be", path_contains: "/prepare", times: 1, action: Action::Answer(in_process.into()) });
    proxy.fault(Fault { role: "be", path_contains: "/load", times: 1, action: Action::Answer(in_process.into()) });
    let opts = env.options(proxy.fe, "t", &[]);
    let mut sink = builder(&opts).columns(score_columns(), true).build().await.unwrap();
    sink.write(ChangeBatch::inserts(score_batch(&[(1, Some("a"), Some(1)), (2, Some("b"), Some(2))]))).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.rows("t", "id, name").await, ["1|a", "2|b"]);
    let log = proxy.log();
    let n = |role: &str, p: &str| log.iter().filter(|e| e.role == role && e.path.ends_with(p)).count();
    // The label-less probe takes the first fault's first answer.
    assert_eq!((n("fe", "/begin"), n("be", "/load"), n("be", "/prepare")), (3, 2, 2));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_starrocks_makes_writers_wait() {
    let env = Env::start_with("slow", Storage::Discard).await;
    env.table("t", "id INT, name STRING, score INT", "DUPLICATE KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    proxy.fault(Fault { role: "be", path_contains: "/load", times: 100, action: Action::Delay(150) });
    let max = 64u64 << 20;
    let opts = env.options(proxy.fe, "t", &[("sink.buffer-flush.max-bytes", "67108864")]);
    let mut sink = builder(&opts).build().await.unwrap();
    // 1 MiB of 32-byte CSV rows per write, 112 MiB in all.
    let block: Vec<u8> =
        (0..32_768u32).flat_map(|i| format!("{:010}\tname-{:012}\t{:03}", i, i, i % 1000).into_bytes()).collect();
    let rows: Vec<&[u8]> = block.chunks(31).collect();
    assert_eq!(rows[0].len(), 31);
    for _ in 0..112 {
        sink.write_rows(rows.iter().copied()).await.unwrap();
        assert!(sink.stats().peak_buffered <= max + (1 << 20) + 64 * 1024, "{:?}", sink.stats());
    }
    sink.close().await.unwrap();
    let stats = sink.stats();
    assert_eq!(stats.rows, 112 * rows.len() as u64);
    assert!(stats.peak_buffered > max / 2, "the writer ran ahead until the buffer was full: {stats:?}");
    assert!(stats.peak_buffered <= max + (1 << 20) + 64 * 1024, "{stats:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_silent_server_hits_the_socket_timeout() {
    let env = Env::start().await;
    env.table("t", "id INT NOT NULL, name STRING, score INT", "DUPLICATE KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    // The probe answers at once; every begin after it is held longer than the timeout.
    proxy.fault(Fault { role: "fe", path_contains: "/begin", times: 1, action: Action::Delay(0) });
    proxy.fault(Fault { role: "fe", path_contains: "/begin", times: 10, action: Action::Delay(2_000) });
    let opts = env.options(proxy.fe, "t", &[("sink.socket.timeout-ms", "200"), ("sink.max-retries", "1")]);
    let mut sink = builder(&opts).columns(score_columns(), false).build().await.unwrap();
    sink.write(ChangeBatch::inserts(score_batch(&[(1, Some("a"), Some(1))]))).await.unwrap();
    let err = sink.close().await.unwrap_err();
    let text = err.to_string();
    assert!(text.contains("still failing after 2 attempts"), "{text}");
    assert!(text.contains("within 200 ms (sink.socket.timeout-ms)"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_load_with_an_unknown_outcome_is_sent_again_in_a_new_transaction() {
    use starrocks_emulator::{Action as EmuAction, Fault as EmuFault, RequestKind};
    use std::time::Duration;
    let env = Env::start().await;
    env.table("t", "id INT NOT NULL, name STRING, score INT", "DUPLICATE KEY (id)").await;
    let faults = env.emu.faults();
    // The first load is performed and its answer lost; the second is performed and answered
    // after the socket timeout. Both times the rows may be in the transaction: it is rolled
    // back and the rows go into a new one, so they are loaded exactly once.
    faults.inject(EmuFault::new(RequestKind::TxnLoad, EmuAction::Reset { after_body_bytes: 1 << 40 })).unwrap();
    faults
        .inject(EmuFault::new(RequestKind::TxnLoad, EmuAction::Delay { delay: Duration::from_millis(1500) }).nth(2))
        .unwrap();
    let opts = env.options(env.fe(), "t", &[("sink.socket.timeout-ms", "500"), ("sink.max-retries", "3")]);
    let mut sink = builder(&opts).columns(score_columns(), false).build().await.unwrap();
    sink.write(ChangeBatch::inserts(score_batch(&[(1, Some("a"), Some(1)), (2, Some("b"), Some(2))]))).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.rows("t", "id, name").await, ["1|a", "2|b"]);
}
