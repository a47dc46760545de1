//! `sink.properties.columns` against the emulator: partial update of a primary-key table
//! (only the listed columns change), and BITMAP / HLL columns computed by `columns`
//! expressions (`to_bitmap(x)`, `hll_hash(x)`), read back with `bitmap_count` and
//! `hll_cardinality` over MySQL.

mod common;

use std::sync::Arc;

use arrow_array::{ArrayRef, Int32Array, RecordBatch, StringArray};
use common::proxy::Proxy;
use common::{Env, SCORE_DDL, builder, score_batch, score_columns};
use sluice_common::sink::Sink;
use sluice_common::{ChangeBatch, DataType, TypeKind};

fn id_name_columns() -> Vec<(String, DataType)> {
    vec![("id".into(), DataType::not_null(TypeKind::Int)), ("name".into(), DataType::string())]
}

fn id_name(rows: &[(i32, &str)]) -> ChangeBatch {
    ChangeBatch::inserts(
        RecordBatch::try_from_iter([
            ("id", Arc::new(Int32Array::from(rows.iter().map(|r| r.0).collect::<Vec<_>>())) as ArrayRef),
            ("name", Arc::new(StringArray::from(rows.iter().map(|r| r.1).collect::<Vec<_>>())) as ArrayRef),
        ])
        .unwrap(),
    )
}

/// (id, user) pairs as a batch of two INT columns.
fn id_user(rows: &[(i32, i32)]) -> ChangeBatch {
    ChangeBatch::inserts(
        RecordBatch::try_from_iter([
            ("id", Arc::new(Int32Array::from(rows.iter().map(|r| r.0).collect::<Vec<_>>())) as ArrayRef),
            ("user_id", Arc::new(Int32Array::from(rows.iter().map(|r| r.1).collect::<Vec<_>>())) as ArrayRef),
        ])
        .unwrap(),
    )
}

fn id_user_columns() -> Vec<(String, DataType)> {
    vec![("id".into(), DataType::not_null(TypeKind::Int)), ("user_id".into(), DataType::not_null(TypeKind::Int))]
}

async fn seed_scores(env: &Env, table: &str) {
    env.table(table, SCORE_DDL, "PRIMARY KEY (id)").await;
    let opts = env.options(env.fe(), table, &[]);
    let mut sink = builder(&opts).columns(score_columns(), true).build().await.unwrap();
    sink.write(ChangeBatch::inserts(score_batch(&[
        (1, Some("a"), Some(10)),
        (2, Some("b"), Some(20)),
        (3, Some("c"), Some(30)),
    ])))
    .await
    .unwrap();
    sink.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn partial_update_changes_only_the_listed_columns() {
    let env = Env::start().await;
    seed_scores(&env, "t").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    let opts = env.options(
        proxy.fe,
        "t",
        &[("sink.properties.partial_update", "true"), ("sink.properties.columns", "id,name")],
    );
    let target = env.target("t").await;
    let mut sink = builder(&opts).columns(id_name_columns(), true).target_table(target).build().await.unwrap();
    sink.write(id_name(&[(1, "a2"), (2, "b2"), (4, "d")])).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.rows("t", "id, name, score").await, ["1|a2|10", "2|b2|20", "3|c|30", "4|d|NULL"]);
    let load = proxy.log().into_iter().find(|e| e.role == "be" && e.path.contains("/api/transaction/load")).unwrap();
    assert_eq!(load.header("partial_update"), Some("true"));
    assert_eq!(load.header("columns"), Some("id,name,__op"), "the rows' __op field is named");
    assert_eq!(String::from_utf8_lossy(&load.body), "1\ta2\t0\n2\tb2\t0\n4\td\t0\n");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn partial_update_in_json_and_with_merge_commit() {
    let env = Env::start().await;
    seed_scores(&env, "js").await;
    let opts = env.options(
        env.fe(),
        "js",
        &[
            ("sink.properties.format", "json"),
            ("sink.properties.partial_update", "true"),
            ("sink.properties.columns", "id,name"),
        ],
    );
    let mut sink = builder(&opts).columns(id_name_columns(), true).build().await.unwrap();
    sink.write(id_name(&[(2, "json"), (3, "json")])).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.rows("js", "id, name, score").await, ["1|a|10", "2|json|20", "3|json|30"]);

    let opts = env.options(
        env.fe(),
        "js",
        &[
            ("sink.properties.partial_update", "true"),
            ("sink.properties.columns", "id,name"),
            ("sink.properties.enable_merge_commit", "true"),
            ("sink.properties.merge_commit_interval_ms", "200"),
            ("sink.properties.merge_commit_async", "false"),
        ],
    );
    let mut sink = builder(&opts).columns(id_name_columns(), true).build().await.unwrap();
    sink.write(id_name(&[(1, "merged")])).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.rows("js", "id, name, score").await, ["1|merged|10", "2|json|20", "3|json|30"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bitmap_column_from_to_bitmap() {
    let env = Env::start().await;
    env.table("uv", "id INT NOT NULL, uv BITMAP BITMAP_UNION NOT NULL", "AGGREGATE KEY (id)").await;
    let opts = env.options(env.fe(), "uv", &[("sink.properties.columns", "id,user_id,uv=to_bitmap(user_id)")]);
    let mut sink = builder(&opts).columns(id_user_columns(), false).build().await.unwrap();
    sink.write(id_user(&[(1, 13), (1, 23), (1, 13), (2, 7)])).await.unwrap();
    sink.flush().await.unwrap();
    sink.write(id_user(&[(1, 33), (2, 7), (3, 1)])).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.rows("uv", "id, bitmap_count(uv), bitmap_to_string(uv)").await, ["1|3|13,23,33", "2|1|7", "3|1|1"]);
    assert_eq!(env.query(&format!("SELECT bitmap_union_count(uv) FROM {}.uv", env.db)).await, ["5"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hll_column_from_hll_hash_in_csv_and_json() {
    let env = Env::start().await;
    env.table("h", "id INT NOT NULL, users HLL HLL_UNION NOT NULL", "AGGREGATE KEY (id)").await;
    let opts = env.options(env.fe(), "h", &[("sink.properties.columns", "id,user_id,users=hll_hash(user_id)")]);
    let mut sink = builder(&opts).columns(id_user_columns(), false).build().await.unwrap();
    sink.write(id_user(&[(1, 78), (1, 2), (1, 78), (2, 674)])).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.rows("h", "id, hll_cardinality(users)").await, ["1|2", "2|1"]);

    let opts = env.options(
        env.fe(),
        "h",
        &[("sink.properties.format", "json"), ("sink.properties.columns", "id,user_id,users=hll_hash(user_id)")],
    );
    let mut sink = builder(&opts).columns(id_user_columns(), false).build().await.unwrap();
    sink.write(id_user(&[(1, 5), (2, 674), (2, 9)])).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(env.rows("h", "id, hll_cardinality(users)").await, ["1|3", "2|2"]);
    assert_eq!(env.query(&format!("SELECT hll_union_agg(users) FROM {}.h", env.db)).await, ["5"]);
}
