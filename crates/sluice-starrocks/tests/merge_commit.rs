//! Merge commit against the emulator: chunks of `sink.merge-commit.chunk.size`, several
//! requests in flight, sync and async completion (the async sink polls the window's label
//! before a flush returns), and a chunk that fails transiently: it alone is sent again, and
//! no row that StarRocks reported loaded is loaded twice.

mod common;

use std::collections::{HashMap, HashSet};

use common::proxy::{Exchange, Proxy};
use common::{Env, SCORE_DDL, builder, score_batch, score_columns};
use sluice_common::ChangeBatch;
use sluice_common::sink::Sink;
use sluice_starrocks::{LoadKind, SinkError};
use starrocks_emulator::{Action, Fault, RequestKind};

/// A batch of five rows (ids `5k .. 5k+5`); its CSV is longer than the test chunk size,
/// so every batch is one chunk.
fn five(k: i32) -> ChangeBatch {
    let names: Vec<String> = (5 * k..5 * k + 5).map(|i| format!("n{i}")).collect();
    let rows: Vec<_> = (5 * k..5 * k + 5).zip(&names).map(|(i, n)| (i, Some(n.as_str()), Some(i))).collect();
    ChangeBatch::inserts(score_batch(&rows))
}

fn ids(n: i32) -> Vec<String> {
    (0..n).map(|i| i.to_string()).collect()
}

fn sorted_ids(mut rows: Vec<String>) -> Vec<String> {
    rows.sort_by_key(|r| r.parse::<i64>().unwrap());
    rows
}

fn merge_options(async_: &str, extra: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
    let mut o = vec![
        ("sink.properties.enable_merge_commit", "true"),
        ("sink.properties.merge_commit_interval_ms", "300"),
        ("sink.properties.merge_commit_parallel", "2"),
        ("sink.merge-commit.chunk.size", "30"),
        ("sink.merge-commit.check-label-state.init-delay-ms", "50"),
        ("sink.merge-commit.check-label-state.interval-ms", "50"),
    ];
    if !async_.is_empty() {
        o.push(("sink.properties.merge_commit_async", if async_ == "sync" { "false" } else { "true" }));
    }
    o.extend_from_slice(extra);
    o
}

fn loads(proxy: &Proxy) -> Vec<Exchange> {
    proxy.log().into_iter().filter(|e| e.role == "be" && e.path.ends_with("_stream_load")).collect()
}

fn json(e: &Exchange) -> serde_json::Value {
    serde_json::from_str(&e.response).unwrap_or_else(|_| panic!("not JSON: {}", e.response))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_chunks_in_flight_together() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    let opts =
        env.options(proxy.fe, "t", &merge_options("sync", &[("sink.merge-commit.max-concurrent-requests", "4")]));
    let mut sink = builder(&opts).columns(score_columns(), false).build().await.unwrap();
    assert_eq!(sink.load_kind(), LoadKind::MergeCommit);
    for k in 0..8 {
        sink.write(five(k)).await.unwrap();
    }
    sink.flush().await.unwrap();
    // Sync: the flush returned after every window was final, so the rows are there.
    assert_eq!(sorted_ids(env.rows("t", "id").await), ids(40));
    assert_eq!(env.rows("t", "id, name, score").await[7], "7|n7|7");

    let log = loads(&proxy);
    assert_eq!(log.len(), 8, "one request per chunk");
    let mut txns: HashMap<i64, usize> = HashMap::new();
    let mut request_ids = HashSet::new();
    for e in &log {
        let r = json(e);
        assert_eq!(r["Status"], "Success", "{r}");
        assert!(r["Label"].as_str().unwrap().starts_with("merge_commit_"), "{r}");
        *txns.entry(r["TxnId"].as_i64().unwrap()).or_default() += 1;
        let label = e.header("label").unwrap();
        assert_eq!(label.len(), 36, "a bare UUID as request id: {label}");
        assert!(request_ids.insert(label.to_string()));
        assert_eq!(e.header("enable_merge_commit"), Some("true"));
        assert_eq!(e.header("merge_commit_async"), Some("false"));
        assert_eq!(e.header("merge_commit_parallel"), Some("2"));
        assert_eq!(e.header("merge_commit_interval_ms"), Some("300"));
        assert_eq!(e.header("timeout"), Some("600"));
        assert_eq!((e.header("db"), e.header("table")), (Some(env.db.as_str()), Some("t")));
        assert_eq!(e.header("content-type"), None);
        assert!(e.header("content-length").is_some());
    }
    // A sync answer comes when the window is final: requests sharing a window were in
    // flight at the same time.
    assert!(txns.values().any(|&n| n > 1), "no two chunks in one window: {txns:?}");
    assert!(!proxy.log().iter().any(|e| e.path.contains("get_load_state")), "sync mode needs no polls");

    sink.write(five(8)).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.count("t").await, 45);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn async_flush_waits_for_the_windows() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "PRIMARY KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    // merge_commit_async is not set: the connector's default, async, is injected.
    let opts = env.options(proxy.fe, "t", &merge_options("", &[("sink.merge-commit.max-concurrent-requests", "3")]));
    let mut sink = builder(&opts).columns(score_columns(), true).build().await.unwrap();
    for k in 0..6 {
        sink.write(five(k)).await.unwrap();
    }
    sink.flush().await.unwrap();
    assert_eq!(sorted_ids(env.rows("t", "id").await), ids(30));

    let log = proxy.log();
    let data: Vec<&Exchange> = log.iter().filter(|e| e.role == "be" && e.path.ends_with("_stream_load")).collect();
    assert_eq!(data.len(), 6);
    let windows: HashSet<String> = data
        .iter()
        .map(|e| {
            assert_eq!(e.header("merge_commit_async"), Some("true"));
            assert_eq!(e.header("columns"), Some("`id`,`name`,`score`,`__op`"));
            let r = json(e);
            assert_eq!(r["Status"], "Success", "{r}");
            r["Label"].as_str().unwrap().to_string()
        })
        .collect();
    let polls: Vec<&Exchange> = log.iter().filter(|e| e.path.contains("get_load_state")).collect();
    let polled: HashSet<String> = polls.iter().map(|e| e.path.split("label=").nth(1).unwrap().to_string()).collect();
    assert_eq!(polled, windows, "every window polled");
    for w in &windows {
        let last = polls.iter().rev().find(|e| e.path.ends_with(w.as_str())).unwrap();
        assert!(last.response.contains(r#""state":"VISIBLE""#), "{}", last.response);
    }

    // Upserts and deletes go through merge commit as well.
    sink.write(ChangeBatch::inserts(score_batch(&[(0, Some("zero"), Some(100))]))).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.rows("t", "id, name, score").await[0], "0|zero|100");
    assert_eq!(env.count("t").await, 30);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_chunk_alone_is_sent_again() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    let fault = env
        .emu
        .faults()
        .inject(
            Fault::new(
                RequestKind::MergeCommit,
                Action::fail("Failed to write data to stream load pipe, num retry: 10, last error: rpc failed"),
            )
            .nth(3),
        )
        .unwrap();
    // Serial (0 = one request at a time, in order) and sync: each chunk has its window.
    let opts = env.options(
        proxy.fe,
        "t",
        &merge_options(
            "sync",
            &[
                ("sink.merge-commit.max-concurrent-requests", "0"),
                ("sink.max-retries", "2"),
                ("sink.retry.interval-ms", "50"),
            ],
        ),
    );
    let mut sink = builder(&opts).columns(score_columns(), false).build().await.unwrap();
    for k in 0..5 {
        sink.write(five(k)).await.unwrap();
    }
    sink.flush().await.unwrap();
    assert_eq!(env.emu.faults().fired(fault), 1);
    // A duplicate-key table keeps duplicates: each row is there exactly once.
    assert_eq!(sorted_ids(env.rows("t", "id").await), ids(25));

    let log = loads(&proxy);
    let failed = json(&log[2]);
    assert_eq!(failed["Status"], "Fail", "{failed}");
    assert_eq!(log[2].body, log[3].body, "the failed chunk is the one sent again");
    assert_ne!(log[2].header("label"), log[3].header("label"), "under a new request id");
    // A retry that lands in the same (failed) window fails too, and is retried once more.
    let mut loaded = HashSet::new();
    for e in &log {
        if json(e)["Status"] == "Success" {
            assert!(loaded.insert(e.body.clone()), "a chunk answered Success was sent again");
        } else {
            assert_eq!(e.body, log[2].body, "only the failed chunk is sent again");
        }
    }
    assert_eq!(loaded.len(), 5);
    sink.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn async_chunks_of_an_aborted_window_are_sent_again() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    let opts = env.options(
        proxy.fe,
        "t",
        &merge_options(
            "async",
            &[
                ("sink.merge-commit.max-concurrent-requests", "-1"),
                ("sink.max-retries", "3"),
                ("sink.retry.interval-ms", "50"),
            ],
        ),
    );
    let mut sink = builder(&opts).columns(score_columns(), false).build().await.unwrap();
    // A first window that becomes visible.
    for k in 0..2 {
        sink.write(five(k)).await.unwrap();
    }
    sink.flush().await.unwrap();
    let before = loads(&proxy).len();
    // The next window is aborted by one failing request: every chunk in it was answered
    // `Success` (appended), but its window's state says ABORTED, so each is sent again.
    let fault = env
        .emu
        .faults()
        .inject(Fault::new(RequestKind::MergeCommit, Action::fail("rpc failed, please retry")).nth(2))
        .unwrap();
    for k in 2..5 {
        sink.write(five(k)).await.unwrap();
    }
    sink.flush().await.unwrap();
    assert_eq!(env.emu.faults().fired(fault), 1);
    assert_eq!(sorted_ids(env.rows("t", "id").await), ids(25));
    let log = loads(&proxy);
    let first: HashSet<Vec<u8>> = log[..before].iter().map(|e| e.body.clone()).collect();
    assert!(log[before..].iter().all(|e| !first.contains(&e.body)), "a chunk of the visible window was sent again");
    assert!(log.len() > before + 3, "the aborted window's chunks were sent again");
    assert!(
        proxy.log().iter().any(|e| e.path.contains("get_load_state") && e.response.contains(r#""state":"ABORTED""#)),
        "the abort was seen by polling"
    );
    sink.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rejected_rows_are_not_sent_again() {
    let env = Env::start().await;
    env.table("t", "id INT NOT NULL, name STRING NOT NULL, score INT", "DUPLICATE KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    let opts = env.options(
        proxy.fe,
        "t",
        &merge_options("sync", &[("sink.max-retries", "3"), ("sink.retry.interval-ms", "50")]),
    );
    let mut sink = builder(&opts).columns(score_columns(), false).build().await.unwrap();
    sink.write(ChangeBatch::inserts(score_batch(&[(1, Some("ok"), Some(1)), (2, None, Some(2))]))).await.unwrap();
    let err = sink.flush().await.unwrap_err();
    let SinkError::Load(e) = &err else { panic!("not a load error: {err}") };
    assert!(e.is_data_error() && !e.is_retryable(), "{e}");
    let text = e.to_string();
    assert!(text.contains("There is data quality issue"), "{text}");
    assert!(text.contains("rejected rows:"), "the tracking url was read: {text}");
    assert_eq!(loads(&proxy).len(), 1, "rejected rows are never sent again");
    assert_eq!(env.count("t").await, 0);
    assert!(sink.close().await.is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn blackhole_counts_rows_and_sends_none() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    let opts = env.options(proxy.fe, "t", &merge_options("", &[("sink.blackhole", "true")]));
    let mut sink = builder(&opts).columns(score_columns(), false).build().await.unwrap();
    for k in 0..3 {
        sink.write(five(k)).await.unwrap();
    }
    sink.close().await.unwrap();
    assert_eq!(sink.stats().rows, 15);
    assert!(loads(&proxy).is_empty());
    assert_eq!(env.count("t").await, 0);
}
