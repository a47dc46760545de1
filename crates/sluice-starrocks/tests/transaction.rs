//! V2 (transaction stream load) and AUTO against the emulator: CSV, JSON, lz4, upserts and
//! deletes on a primary-key table, separators in values, several loads and commits. Every
//! test reads the table back.

mod common;

use std::sync::Arc;

use arrow_array::{ArrayRef, Int32Array, RecordBatch, StringArray};
use common::proxy::Proxy;
use common::{Env, SCORE_DDL, builder, score_batch, score_columns};
use sluice_common::sink::Sink;
use sluice_common::{ChangeBatch, DataType, RowKind, TypeKind};
use sluice_starrocks::{LoadKind, SinkError};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn v2_csv_into_a_primary_key_table() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "PRIMARY KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    let opts = env.options(proxy.fe, "t", &[("sink.version", "V2")]);
    let mut sink = builder(&opts).columns(score_columns(), true).build().await.unwrap();
    assert_eq!(sink.load_kind(), LoadKind::Transaction);
    sink.write(ChangeBatch::inserts(score_batch(&[(1, Some("alice"), Some(90)), (2, Some("bob"), None)])))
        .await
        .unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.rows("t", "id, name, score").await, ["1|alice|90", "2|bob|NULL"]);
    let calls: Vec<String> = proxy.log().iter().map(|e| format!("{} {} {}", e.role, e.method, e.path)).collect();
    assert_eq!(
        calls,
        [
            "fe POST /api/transaction/begin",
            "fe POST /api/transaction/begin",
            "be POST /api/transaction/begin",
            "fe PUT /api/transaction/load",
            "be PUT /api/transaction/load",
            "fe POST /api/transaction/prepare",
            "be POST /api/transaction/prepare",
            "fe POST /api/transaction/commit",
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn auto_picks_transactions_and_flushes_commit_each_time() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    let opts = env.options(proxy.fe, "t", &[]);
    let mut sink =
        builder(&opts).columns(score_columns(), false).target_table(env.target("t").await).build().await.unwrap();
    assert_eq!(sink.load_kind(), LoadKind::Transaction);
    sink.write(ChangeBatch::inserts(score_batch(&[(1, Some("a"), Some(1))]))).await.unwrap();
    sink.flush().await.unwrap();
    assert_eq!(env.rows("t", "id").await, ["1"], "visible after flush");
    sink.flush().await.unwrap();
    sink.write(ChangeBatch::inserts(score_batch(&[(2, Some("b"), Some(2))]))).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.rows("t", "id, name, score").await, ["1|a|1", "2|b|2"]);
    let log = proxy.log();
    let count = |p: &str| log.iter().filter(|e| e.role == "fe" && e.path.ends_with(p)).count();
    assert_eq!((count("/begin"), count("/load"), count("/commit")), (3, 2, 2), "probe + 2 transactions, no empty one");
    let loads: Vec<_> = log.iter().filter(|e| e.role == "be" && e.path.ends_with("/load")).collect();
    assert_eq!(loads[0].header("columns"), None, "aligned duplicate-key table: no columns header");
    assert_ne!(loads[0].header("label"), loads[1].header("label"), "a label per transaction");
    let be: Vec<_> = log.iter().filter(|e| e.role == "be").collect();
    let conns: std::collections::BTreeSet<_> = be.iter().map(|e| e.conn).collect();
    assert!(conns.len() < be.len(), "BE connections are kept alive and reused: {} requests on {conns:?}", be.len());
}

fn kinds_batch(rows: &[(i32, &str, i32)], kinds: Vec<RowKind>) -> ChangeBatch {
    let rows: Vec<_> = rows.iter().map(|(i, n, s)| (*i, Some(*n), Some(*s))).collect();
    ChangeBatch::with_kinds(score_batch(&rows), kinds)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upserts_and_deletes_in_csv_and_json() {
    use RowKind::*;
    for format in ["csv", "json"] {
        let env = Env::start().await;
        env.table("t", SCORE_DDL, "PRIMARY KEY (id)").await;
        let opts = env.options(env.fe(), "t", &[("sink.properties.format", format)]);
        let mut sink =
            builder(&opts).columns(score_columns(), true).target_table(env.target("t").await).build().await.unwrap();
        sink.write(kinds_batch(&[(1, "a", 1), (2, "b", 2), (3, "c", 3)], vec![Insert, Insert, Insert])).await.unwrap();
        sink.flush().await.unwrap();
        let changes = kinds_batch(
            &[(1, "a", 1), (1, "a2", 10), (2, "b", 2), (4, "d", 4), (3, "c", 3)],
            vec![UpdateBefore, UpdateAfter, Delete, Insert, UpdateBefore],
        );
        sink.write(changes).await.unwrap();
        sink.close().await.unwrap();
        assert_eq!(env.rows("t", "id, name, score").await, ["1|a2|10", "3|c|3", "4|d|4"], "{format}");
    }
    // With sink.ignore.update-before = false an update-before deletes the row.
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "PRIMARY KEY (id)").await;
    let opts = env.options(env.fe(), "t", &[("sink.ignore.update-before", "false")]);
    let mut sink = builder(&opts).columns(score_columns(), true).build().await.unwrap();
    sink.write(kinds_batch(&[(1, "a", 1), (2, "b", 2)], vec![Insert, Insert])).await.unwrap();
    sink.write(kinds_batch(&[(2, "b", 2)], vec![UpdateBefore])).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.rows("t", "id").await, ["1"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_nulls_are_loaded_as_null_not_as_the_default() {
    let env = Env::start().await;
    env.table("t", "id INT NOT NULL, name STRING DEFAULT 'dflt', score INT DEFAULT '7'", "PRIMARY KEY (id)").await;
    let opts = env.options(env.fe(), "t", &[("sink.properties.format", "json")]);
    let mut sink = builder(&opts).columns(score_columns(), true).build().await.unwrap();
    sink.write(ChangeBatch::inserts(score_batch(&[(1, None, None), (2, Some("x"), Some(2))]))).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.rows("t", "id, name, score").await, ["1|NULL|NULL", "2|x|2"]);
}

fn many(n: i32) -> ChangeBatch {
    let names: Vec<String> = (0..n).map(|i| format!("name-{i:08}-{}", "x".repeat((i % 7) as usize))).collect();
    ChangeBatch::inserts(
        RecordBatch::try_from_iter([
            ("id", Arc::new(Int32Array::from((0..n).collect::<Vec<_>>())) as ArrayRef),
            ("name", Arc::new(StringArray::from(names)) as ArrayRef),
            ("score", Arc::new(Int32Array::from((0..n).map(|i| i % 100).collect::<Vec<_>>())) as ArrayRef),
        ])
        .unwrap(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lz4_compressed_csv_and_json() {
    for format in ["csv", "json"] {
        let env = Env::start().await;
        env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
        let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
        let opts = env.options(
            proxy.fe,
            "t",
            &[("sink.properties.format", format), ("sink.properties.compression", "lz4_frame")],
        );
        let mut sink = builder(&opts).columns(score_columns(), false).build().await.unwrap();
        sink.write(many(20_000)).await.unwrap();
        sink.write(many(100)).await.unwrap();
        sink.close().await.unwrap();
        assert_eq!(env.count("t").await, 20100, "{format}");
        let last = env.query(&format!("SELECT id, name FROM {}.t WHERE id = 19999", env.db)).await;
        assert_eq!(last, ["19999|name-00019999-"], "{format}");
        let load = proxy.log().into_iter().find(|e| e.role == "be" && e.path.ends_with("/load")).unwrap();
        assert_eq!(load.header("transfer-encoding"), Some("chunked"));
        assert_eq!(&load.body[..4], &[0x04, 0x22, 0x4D, 0x18], "an LZ4 frame");
        assert!((load.body.len() as u64) < sink.stats().bytes * 2);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn separators_in_values_with_enclose_and_escape() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let opts = env.options(
        env.fe(),
        "t",
        &[
            ("sink.properties.column_separator", ","),
            ("sink.properties.enclose", "\""),
            ("sink.properties.escape", "\\"),
        ],
    );
    let mut sink = builder(&opts).columns(score_columns(), false).build().await.unwrap();
    let awkward = ["comma,here", "tab\tnl\ncr\r", "quote\"s and \\back\\slash", "\\N", ""];
    let rows: Vec<_> = awkward.iter().enumerate().map(|(i, s)| (i as i32, Some(*s), Some(i as i32))).collect();
    sink.write(ChangeBatch::inserts(score_batch(&rows))).await.unwrap();
    sink.close().await.unwrap();
    let want: Vec<String> = awkward.iter().enumerate().map(|(i, s)| format!("{i}|{s}|{i}")).collect();
    assert_eq!(env.rows("t", "id, name, score").await, want);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn separators_in_values_without_quoting_fail_the_write() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let opts = env.options(env.fe(), "t", &[]);
    let mut sink = builder(&opts).columns(score_columns(), false).build().await.unwrap();
    sink.write(ChangeBatch::inserts(score_batch(&[(1, Some("fine"), Some(1))]))).await.unwrap();
    let bad = ChangeBatch::inserts(score_batch(&[(2, Some("ok"), Some(2)), (3, Some("two\nlines"), Some(3))]));
    let err = sink.write(bad).await.unwrap_err();
    let SinkError::Encode(e) = &err else { panic!("{err}") };
    let text = e.to_string();
    assert!(text.contains("row 1 of the batch, column 'name': the value contains the row delimiter"), "{text}");
    assert!(text.contains(r"row: 3\ttwo\nlines\t3"), "{text}");
    assert!(text.contains("help: set 'sink.properties.enclose'"), "{text}");
    // The sink stays usable; nothing of the refused batch is loaded.
    sink.write(ChangeBatch::inserts(score_batch(&[(4, Some("after"), Some(4))]))).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.rows("t", "id, name").await, ["1|fine", "4|after"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn other_types_and_time_zones_load_exactly() {
    let env = Env::start().await;
    env.table(
        "t",
        "id INT NOT NULL, d DECIMAL(38, 9), ts DATETIME, ltz DATETIME, c CHAR(5), b BIGINT",
        "DUPLICATE KEY (id)",
    )
    .await;
    let cols = vec![
        ("id".to_string(), DataType::not_null(TypeKind::Int)),
        ("d".into(), DataType::nullable(TypeKind::Decimal(38, 9))),
        ("ts".into(), DataType::nullable(TypeKind::Timestamp(3, Default::default()))),
        ("ltz".into(), DataType::nullable(TypeKind::TimestampLtz(3, Default::default()))),
        ("c".into(), DataType::nullable(TypeKind::Char(5))),
        ("b".into(), DataType::nullable(TypeKind::Binary(4))),
    ];
    let batch = RecordBatch::try_from_iter([
        ("id", Arc::new(Int32Array::from(vec![1, 2])) as ArrayRef),
        (
            "d",
            Arc::new(
                arrow_array::Decimal128Array::from(vec![Some(0), Some(-1_500_000_000)])
                    .with_precision_and_scale(38, 9)
                    .unwrap(),
            ) as ArrayRef,
        ),
        (
            "ts",
            Arc::new(arrow_array::TimestampMillisecondArray::from(vec![1_704_067_200_000, 1_709_210_096_789]))
                as ArrayRef,
        ),
        ("ltz", Arc::new(arrow_array::TimestampMillisecondArray::from(vec![0, -1]).with_timezone("UTC")) as ArrayRef),
        ("c", Arc::new(StringArray::from(vec!["ab", ""])) as ArrayRef),
        ("b", Arc::new(arrow_array::BinaryArray::from(vec![&[0xDE, 0xAD, 0xBE, 0xEF][..], &[0, 0, 0, 1]])) as ArrayRef),
    ])
    .unwrap();
    let opts = env.options(env.fe(), "t", &[]);
    let mut sink =
        builder(&opts).columns(cols, false).time_zone(sluice_starrocks::Tz::Asia__Shanghai).build().await.unwrap();
    sink.write(ChangeBatch::inserts(batch)).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(
        env.rows("t", "id, d, ts, ltz, c, b").await,
        [
            "1|0.000000000|2024-01-01 00:00:00|1970-01-01 08:00:00|ab   |3735928559",
            "2|-1.500000000|2024-02-29 12:34:56.789000|1970-01-01 07:59:59.999000|     |1"
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exactly_once_with_v1_or_merge_commit_is_refused_when_built() {
    let env = Env::start().await;
    let merge_commit = [
        ("sink.semantic", "exactly-once"),
        ("sink.properties.enable_merge_commit", "true"),
        ("sink.properties.merge_commit_interval_ms", "1000"),
    ];
    for (extra, what) in [
        (&[("sink.semantic", "exactly-once"), ("sink.version", "V1")][..], "with 'sink.version' = 'V1'"),
        (&merge_commit[..], "with merge commit"),
    ] {
        let opts = env.options(env.fe(), "t", extra);
        let err = builder(&opts).columns(score_columns(), true).build().await.unwrap_err();
        assert!(err.to_string().contains(&format!("'sink.semantic' = 'exactly-once' {what}")), "{err}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn varbinary_values_are_loaded_as_raw_bytes() {
    let env = Env::start().await;
    env.table("t", "id INT NOT NULL, b VARBINARY", "DUPLICATE KEY (id)").await;
    let cols = vec![
        ("id".to_string(), DataType::not_null(TypeKind::Int)),
        ("b".to_string(), DataType::nullable(TypeKind::VarBinary(u32::MAX >> 1))),
    ];
    let batch = |values: Vec<Option<&[u8]>>| {
        let ids: Vec<i32> = (1..=values.len() as i32).collect();
        ChangeBatch::inserts(
            RecordBatch::try_from_iter([
                ("id", Arc::new(Int32Array::from(ids)) as ArrayRef),
                ("b", Arc::new(arrow_array::BinaryArray::from(values)) as ArrayRef),
            ])
            .unwrap(),
        )
    };
    let opts = env.options(env.fe(), "t", &[]);
    let mut sink = builder(&opts).columns(cols, false).build().await.unwrap();
    sink.write(batch(vec![Some(&[0x01, b'a', b'b']), Some(b""), None])).await.unwrap();
    let err = sink.write(batch(vec![Some(&[0xFF, 0xFE])])).await.unwrap_err();
    assert!(err.to_string().contains("is not UTF-8 text"), "{err}");
    sink.close().await.unwrap();
    assert_eq!(env.rows("t", "id, length(b)").await, ["1|3", "2|0", "3|NULL"]);
}
