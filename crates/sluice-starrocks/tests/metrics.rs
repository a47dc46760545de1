//! The sink's Prometheus metrics against the emulator: the registry, encoded as the binary
//! serves it, names the metrics, labels them by table, and counts the rows and bytes
//! loaded, the successes, the failures and the rows StarRocks filtered out.

mod common;

use common::{Env, builder, score_batch, score_columns};
use prometheus_client::encoding::text::encode;
use prometheus_client::registry::Registry;
use sluice_common::ChangeBatch;
use sluice_common::sink::Sink;
use sluice_starrocks::{LoadKind, SinkMetrics};
use starrocks_emulator::{Action, Fault, RequestKind};

const DUP: &str = "id INT NOT NULL, name STRING, score INT";
const NOT_NULL_NAME: &str = "id INT NOT NULL, name STRING NOT NULL, score INT";

fn text(registry: &Registry) -> String {
    let mut out = String::new();
    encode(&mut out, registry).expect("encodes");
    out
}

/// The value of a series `name{table="<table>"}`, or of a histogram's `_count` / `_sum`.
fn value(text: &str, name: &str, table: &str) -> f64 {
    let prefix = format!("{name}{{table=\"{table}\"}} ");
    let line = text.lines().find(|l| l.starts_with(&prefix)).unwrap_or_else(|| panic!("no {prefix} in:\n{text}"));
    line[prefix.len()..].trim().parse().unwrap()
}

const ROWS: &str = "sluice_starrocks_total_flush_rows_total";
const BYTES: &str = "sluice_starrocks_total_flush_bytes_total";
const OK: &str = "sluice_starrocks_total_flush_succeeded_times_total";
const FAILED: &str = "sluice_starrocks_total_flush_failed_times_total";
const FILTERED: &str = "sluice_starrocks_total_filtered_rows_total";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_load_shows_in_the_exposition() {
    let env = Env::start().await;
    env.table("t", DUP, "DUPLICATE KEY (id)").await;
    env.table("u", DUP, "DUPLICATE KEY (id)").await;
    let mut registry = Registry::default();
    let metrics = SinkMetrics::register(&mut registry);

    // Transaction stream load: one load and one commit.
    let opts = env.options(env.fe(), "t", &[]);
    let mut sink = builder(&opts).columns(score_columns(), false).metrics(&metrics).build().await.unwrap();
    assert_eq!(sink.load_kind(), LoadKind::Transaction);
    sink.write(ChangeBatch::inserts(score_batch(&[
        (0, Some("n0"), Some(0)),
        (1, Some("n1"), Some(10)),
        (2, Some("n2"), Some(20)),
    ])))
    .await
    .unwrap();
    sink.flush().await.unwrap();
    let stats = sink.stats();
    sink.close().await.unwrap();
    assert_eq!(env.count("t").await, 3);

    // A second table, through two parallel writers, into the same registry.
    let opts = env.options(env.fe(), "u", &[("sink.version", "V1")]);
    let mut par = builder(&opts)
        .columns(score_columns(), false)
        .metrics(&metrics)
        .parallel()
        .parallelism(2)
        .build()
        .await
        .unwrap();
    for i in 0..4 {
        par.write(ChangeBatch::inserts(score_batch(&[(i, Some("x"), Some(i))]))).await.unwrap();
    }
    par.close().await.unwrap();

    let out = text(&registry);
    for name in [
        "# TYPE sluice_starrocks_total_flush_bytes counter",
        "# TYPE sluice_starrocks_total_flush_rows counter",
        "# TYPE sluice_starrocks_total_flush_succeeded_times counter",
        "# TYPE sluice_starrocks_total_flush_failed_times counter",
        "# TYPE sluice_starrocks_total_filtered_rows counter",
        "# TYPE sluice_starrocks_flush_latency_seconds histogram",
        "# TYPE sluice_starrocks_flush_size_bytes histogram",
    ] {
        assert!(out.contains(name), "{name} missing:\n{out}");
    }
    let t = format!("{}.t", env.db);
    // "0\tn0\t0\n" + "1\tn1\t10\n" + "2\tn2\t20\n"
    assert_eq!(stats.bytes, 23);
    assert_eq!(value(&out, ROWS, &t), 3.0);
    assert_eq!(value(&out, BYTES, &t), 23.0);
    assert_eq!(value(&out, OK, &t), 2.0, "the load and the commit");
    assert_eq!(value(&out, FAILED, &t), 0.0);
    assert_eq!(value(&out, FILTERED, &t), 0.0);
    assert_eq!(value(&out, "sluice_starrocks_flush_latency_seconds_count", &t), 1.0);
    assert!(value(&out, "sluice_starrocks_flush_latency_seconds_sum", &t) > 0.0);
    assert_eq!(value(&out, "sluice_starrocks_flush_size_bytes_count", &t), 1.0);
    assert_eq!(value(&out, "sluice_starrocks_flush_size_bytes_sum", &t), 23.0);
    assert!(
        out.contains(&format!("sluice_starrocks_flush_size_bytes_bucket{{le=\"1024.0\",table=\"{t}\"}} 1")),
        "{out}"
    );

    // Both writers feed the series of `u`: 4 rows of "i\tx\ti\n", one stream load each.
    let u = format!("{}.u", env.db);
    assert_eq!(value(&out, ROWS, &u), 4.0);
    assert_eq!(value(&out, BYTES, &u), 24.0);
    assert_eq!(value(&out, OK, &u), 2.0, "one load per writer");
    assert_eq!(env.count("u").await, 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_flushes_are_counted() {
    let env = Env::start().await;
    env.table("t", NOT_NULL_NAME, "DUPLICATE KEY (id)").await;
    let mut registry = Registry::default();
    let metrics = SinkMetrics::register(&mut registry);
    let t = format!("{}.t", env.db);

    // A load StarRocks rejects (NULL into a NOT NULL column): the stream load fails.
    let opts = env.options(env.fe(), "t", &[("sink.version", "V1")]);
    let mut sink = builder(&opts).columns(score_columns(), false).metrics(&metrics).build().await.unwrap();
    sink.write(ChangeBatch::inserts(score_batch(&[(1, Some("a"), Some(1)), (2, None, Some(2))]))).await.unwrap();
    assert!(sink.flush().await.is_err());
    let _ = sink.close().await;
    let out = text(&registry);
    assert_eq!(value(&out, FAILED, &t), 1.0);
    assert_eq!(value(&out, OK, &t), 0.0);
    assert_eq!(value(&out, ROWS, &t), 0.0);

    // A transaction whose prepare fails (fault injection): the commit fails.
    env.emu.faults().inject(Fault::new(RequestKind::TxnPrepare, Action::fail("injected prepare failure"))).unwrap();
    let opts = env.options(env.fe(), "t", &[]);
    let mut sink = builder(&opts).columns(score_columns(), false).metrics(&metrics).build().await.unwrap();
    sink.write(ChangeBatch::inserts(score_batch(&[(3, Some("c"), Some(3))]))).await.unwrap();
    let err = sink.flush().await.unwrap_err();
    assert!(err.to_string().contains("injected prepare failure"), "{err}");
    let _ = sink.close().await;
    let out = text(&registry);
    assert_eq!(value(&out, FAILED, &t), 2.0);
    assert_eq!(value(&out, OK, &t), 1.0, "the load into the transaction succeeded");
    assert_eq!(env.count("t").await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn filtered_rows_under_max_filter_ratio() {
    let env = Env::start().await;
    env.table("v1", NOT_NULL_NAME, "DUPLICATE KEY (id)").await;
    env.table("v2", NOT_NULL_NAME, "DUPLICATE KEY (id)").await;
    let mut registry = Registry::default();
    let metrics = SinkMetrics::register(&mut registry);
    let rows = [(1, Some("a"), Some(1)), (2, None, Some(2)), (3, Some("c"), Some(3)), (4, Some("d"), Some(4))];
    for (table, version) in [("v1", "V1"), ("v2", "V2")] {
        let opts =
            env.options(env.fe(), table, &[("sink.version", version), ("sink.properties.max_filter_ratio", "0.5")]);
        let mut sink = builder(&opts).columns(score_columns(), false).metrics(&metrics).build().await.unwrap();
        sink.write(ChangeBatch::inserts(score_batch(&rows))).await.unwrap();
        sink.close().await.unwrap();
        assert_eq!(env.rows(table, "id").await, ["1", "3", "4"], "{version}");
    }
    let out = text(&registry);
    for table in ["v1", "v2"] {
        let t = format!("{}.{table}", env.db);
        assert_eq!(value(&out, FILTERED, &t), 1.0, "{table}:\n{out}");
        assert_eq!(value(&out, ROWS, &t), 4.0, "rows sent: {table}");
        assert_eq!(value(&out, FAILED, &t), 0.0);
    }
}
