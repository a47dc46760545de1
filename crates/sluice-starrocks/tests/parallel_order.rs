//! `sink.parallelism` writers against the emulator: every change of a key goes to one
//! writer, so with many updates and deletes per key spread over batches and flushes the
//! table ends with the last change of each key (issue #150); without a key, whole batches
//! go to the writers in turn and every row lands once.

mod common;

use std::collections::BTreeMap;

use common::{Env, SCORE_DDL, builder, score_batch, score_columns};
use sluice_common::sink::Sink;
use sluice_common::{ChangeBatch, RowKind};

const KEYS: i32 = 40;
const VERSIONS: i32 = 50;

/// One change: key, version, kind.
type Change = (i32, i32, RowKind);

/// Every key updated `VERSIONS` times with increasing versions; some keys are deleted on
/// the way and inserted again, some end deleted. Keys interleave: the order is a fixed
/// shuffle that keeps each key's own changes in version order.
fn changes() -> Vec<Change> {
    let mut per_key: Vec<Vec<Change>> = (0..KEYS)
        .map(|k| {
            let mut c = Vec::new();
            for v in 0..VERSIONS {
                if v == 0 {
                    c.push((k, v, RowKind::Insert));
                } else if k % 3 == 0 && v == VERSIONS / 2 {
                    c.push((k, v, RowKind::Delete));
                } else if k % 3 == 0 && v == VERSIONS / 2 + 1 {
                    c.push((k, v, RowKind::Insert));
                } else {
                    c.push((k, v - 1, RowKind::UpdateBefore));
                    c.push((k, v, RowKind::UpdateAfter));
                }
            }
            if k % 7 == 0 {
                c.push((k, VERSIONS, RowKind::Delete));
            }
            c.reverse(); // popped from the end
            c
        })
        .collect();
    // A deterministic pseudo-random interleaving (xorshift).
    let mut state: u32 = 0x9e37_79b9;
    let mut out = Vec::new();
    while per_key.iter().any(|c| !c.is_empty()) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let k = (state % KEYS as u32) as usize;
        if let Some(change) = per_key[k].pop() {
            out.push(change);
        }
    }
    out
}

fn batch(changes: &[Change]) -> ChangeBatch {
    let names: Vec<String> = changes.iter().map(|(k, v, _)| format!("k{k}v{v}")).collect();
    let rows: Vec<_> = changes.iter().zip(&names).map(|((k, v, _), n)| (*k, Some(n.as_str()), Some(*v))).collect();
    ChangeBatch::with_kinds(score_batch(&rows), changes.iter().map(|c| c.2).collect())
}

/// What the table must hold: the last change of each key, unless it is a delete.
fn expected(changes: &[Change]) -> Vec<String> {
    let mut last: BTreeMap<i32, Change> = BTreeMap::new();
    for c in changes {
        if c.2 != RowKind::UpdateBefore {
            last.insert(c.0, *c);
        }
    }
    last.values().filter(|c| c.2 != RowKind::Delete).map(|(k, v, _)| format!("{k}|k{k}v{v}|{v}")).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn four_writers_keep_the_order_of_each_key() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "PRIMARY KEY (id)").await;
    let opts = env.options(env.fe(), "t", &[("sink.parallelism", "4")]);
    let mut sink = builder(&opts).columns(score_columns(), true).primary_key(["id"]).parallel().build().await.unwrap();
    assert_eq!(sink.parallelism(), 4);
    assert!(sink.is_keyed());

    let all = changes();
    assert!(all.len() > (KEYS * VERSIONS) as usize);
    // Batches of odd sizes, and a flush (a commit on every writer) every few batches, so
    // each writer commits many transactions.
    for (i, chunk) in all.chunks(37).enumerate() {
        sink.write(batch(chunk)).await.unwrap();
        if i % 9 == 8 {
            sink.flush().await.unwrap();
        }
    }
    sink.flush().await.unwrap();
    let stats = sink.writer_stats().await.unwrap();
    sink.close().await.unwrap();

    assert_eq!(env.rows("t", "id, name, score").await, expected(&all));
    assert!(
        stats.iter().all(|s| s.rows > 0 && s.commits > 1),
        "every writer loaded rows in several commits: {stats:?}"
    );
    let sent: u64 = stats.iter().map(|s| s.rows).sum();
    let ignored = all.iter().filter(|c| c.2 == RowKind::UpdateBefore).count() as u64;
    assert_eq!(sent, all.len() as u64 - ignored, "-U rows are skipped (sink.ignore.update-before)");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stream_load_writers_keep_the_order_too() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "PRIMARY KEY (id)").await;
    let opts = env.options(env.fe(), "t", &[("sink.version", "V1")]);
    // No Flink primary key: the key comes from the table StarRocks reports.
    let target = env.target("t").await;
    let mut sink = builder(&opts)
        .columns(score_columns(), false)
        .target_table(target)
        .parallel()
        .parallelism(4)
        .build()
        .await
        .unwrap();
    assert!(sink.is_keyed(), "routed by the StarRocks primary key");
    let all = changes();
    for (i, chunk) in all.chunks(53).enumerate() {
        sink.write(batch(chunk)).await.unwrap();
        if i % 5 == 4 {
            sink.flush().await.unwrap();
        }
    }
    sink.close().await.unwrap();
    assert_eq!(env.rows("t", "id, name, score").await, expected(&all));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_key_batches_take_turns_and_every_row_lands_once() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let opts = env.options(env.fe(), "t", &[]);
    let mut sink = builder(&opts).columns(score_columns(), false).parallel().parallelism(4).build().await.unwrap();
    assert!(!sink.is_keyed());
    for b in 0..20 {
        let rows: Vec<_> = (b * 25..(b + 1) * 25).map(|i| (i, Some("x"), Some(i))).collect();
        sink.write(ChangeBatch::inserts(score_batch(&rows))).await.unwrap();
        if b == 9 {
            sink.flush().await.unwrap();
        }
    }
    sink.flush().await.unwrap();
    let stats = sink.writer_stats().await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(stats.iter().map(|s| s.rows).collect::<Vec<_>>(), [125, 125, 125, 125], "5 batches each");
    assert_eq!(env.count("t").await, 500);
    assert_eq!(env.query(&format!("SELECT count(DISTINCT id) FROM {}.t", env.db)).await, ["500"]);
    // After close, nothing more is taken.
    let again = sink.write(ChangeBatch::inserts(score_batch(&[(1, None, None)]))).await;
    assert!(again.is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_writer_by_default() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "PRIMARY KEY (id)").await;
    let opts = env.options(env.fe(), "t", &[]);
    let mut sink = builder(&opts).columns(score_columns(), true).primary_key(["id"]).parallel().build().await.unwrap();
    assert_eq!(sink.parallelism(), 1);
    let all = changes();
    for chunk in all.chunks(101) {
        sink.write(batch(chunk)).await.unwrap();
    }
    sink.close().await.unwrap();
    assert_eq!(env.rows("t", "id, name, score").await, expected(&all));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_writer_stops_the_sink() {
    let env = Env::start().await;
    env.table("t", "id INT NOT NULL, name STRING NOT NULL, score INT", "PRIMARY KEY (id)").await;
    let opts = env.options(env.fe(), "t", &[]);
    let mut sink = builder(&opts)
        .columns(score_columns(), true)
        .primary_key(["id"])
        .parallel()
        .parallelism(3)
        .build()
        .await
        .unwrap();
    // One row StarRocks rejects (NULL into a NOT NULL column), on whichever writer its key picks.
    let rows: Vec<_> = (0..30).map(|i| (i, if i == 17 { None } else { Some("x") }, Some(i))).collect();
    sink.write(ChangeBatch::inserts(score_batch(&rows))).await.unwrap();
    let err = sink.flush().await.unwrap_err();
    assert!(err.to_string().contains("too many filtered rows"), "{err}");
    assert!(sink.write(ChangeBatch::inserts(score_batch(&[(99, Some("y"), None)]))).await.is_err());
    assert!(sink.close().await.is_err());
}
