//! The worked examples of the seed document (StarRocks' "load data continuously from Apache
//! Flink" page) against the emulator, with the seed's tables and its expected query
//! results: the score_board upsert, partial update, conditional update, merge commit (with
//! and without a merge condition), BITMAP with `to_bitmap` and HLL with `hll_hash`. Requests
//! are sent as the connector sends them: to the FE, following its 307 to the BE.

mod common;

use common::{Framing, HttpResponse, TestEmu, basic, http};
use starrocks_emulator::Storage;
use std::time::{Duration, Instant};

/// The seed's primary-key table, verbatim.
const SCORE_BOARD: &str = "CREATE DATABASE `test`;
CREATE TABLE `test`.`score_board`
(
    `id` int(11) NOT NULL COMMENT \"\",
    `name` varchar(65533) NULL DEFAULT \"\" COMMENT \"\",
    `score` int(11) NOT NULL DEFAULT \"0\" COMMENT \"\"
)
ENGINE=OLAP
PRIMARY KEY(`id`)
COMMENT \"OLAP\"
DISTRIBUTED BY HASH(`id`);";

fn score_board() -> TestEmu {
    let emu = TestEmu::start(Storage::Memory, "");
    emu.sql("", SCORE_BOARD);
    emu
}

fn select(emu: &TestEmu) -> String {
    emu.sql("", "select * from test.score_board order by id")
}

/// A request sent to the FE with `Expect: 100-continue`, then to the BE its 307 names.
fn via_fe(emu: &TestEmu, method: &str, path: &str, headers: &[(&str, &str)], body: Option<&[u8]>) -> HttpResponse {
    let mut h: Vec<(&str, String)> = vec![("Authorization", basic("root", ""))];
    h.extend(headers.iter().map(|(k, v)| (*k, v.to_string())));
    let mut fe_h = h.clone();
    if body.is_some() {
        fe_h.push(("Expect", "100-continue".into()));
    }
    let fe = http(emu.fe, method, path, &fe_h, if body.is_some() { Framing::HeadersOnly } else { Framing::None });
    if fe.status != 307 {
        return fe;
    }
    assert_eq!(fe.header("location"), Some(format!("http://127.0.0.1:{}{path}", emu.be.port()).as_str()));
    let framing = body.map_or(Framing::None, |b| Framing::Length(b.to_vec()));
    http(emu.be, method, path, &h, framing)
}

/// The connector's default sink (V2, at-least-once): begin, load, prepare, commit.
fn transaction(emu: &TestEmu, label: &str, extra: &[(&str, &str)], body: &[u8]) {
    let mut h = vec![("label", label), ("db", "test"), ("table", "score_board")];
    let op = |op: &str, h: &[(&str, &str)], body: Option<&[u8]>| {
        let method = if op == "load" { "PUT" } else { "POST" };
        let v = via_fe(emu, method, &format!("/api/transaction/{op}"), h, body).json();
        assert_eq!(v["Status"], "OK", "{op}: {v}");
    };
    op("begin", &h, None);
    h.extend_from_slice(extra);
    op("load", &h, Some(body));
    op("prepare", &h[..3], None);
    op("commit", &h[..3], None);
}

#[test]
fn seed_score_board_upsert() {
    let emu = score_board();
    // INSERT INTO `score_board` VALUES (1, 'starrocks', 100), (2, 'flink', 100);
    transaction(
        &emu,
        "flink-1",
        &[("columns", "`id`,`name`,`score`,`__op`")],
        b"1\tstarrocks\t100\t0\n2\tflink\t100\t0\n",
    );
    assert_eq!(select(&emu), "id\tname\tscore\n1\tstarrocks\t100\n2\tflink\t100\n");
    // The same keys again: the primary key table upserts.
    transaction(&emu, "flink-2", &[("columns", "`id`,`name`,`score`,`__op`")], b"2\tflink\t110\t0\n");
    assert_eq!(select(&emu), "id\tname\tscore\n1\tstarrocks\t100\n2\tflink\t110\n");
}

#[test]
fn seed_partial_update() {
    let emu = score_board();
    emu.sql("", "use test; INSERT INTO `score_board` VALUES (1, 'starrocks', 100), (2, 'flink', 100);");
    assert_eq!(select(&emu), "id\tname\tscore\n1\tstarrocks\t100\n2\tflink\t100\n");
    // 'sink.properties.partial_update' = 'true', 'sink.properties.columns' = 'id,name,__op';
    // INSERT INTO `score_board` VALUES (1, 'starrocks-update'), (2, 'flink-update');
    transaction(
        &emu,
        "flink-partial",
        &[("partial_update", "true"), ("columns", "id,name,__op")],
        b"1\tstarrocks-update\t0\n2\tflink-update\t0\n",
    );
    assert_eq!(select(&emu), "id\tname\tscore\n1\tstarrocks-update\t100\n2\tflink-update\t100\n");
}

#[test]
fn seed_conditional_update() {
    let emu = score_board();
    emu.sql("", "use test; INSERT INTO `score_board` VALUES (1, 'starrocks', 100), (2, 'flink', 100);");
    // 'sink.properties.merge_condition' = 'score', 'sink.version' = 'V1';
    // INSERT INTO `score_board` VALUES (1, 'starrocks-update', 99), (2, 'flink-update', 101);
    let v = via_fe(
        &emu,
        "PUT",
        "/api/test/score_board/_stream_load",
        &[("label", "v1-cond"), ("columns", "`id`,`name`,`score`,__op"), ("merge_condition", "score")],
        Some(b"1\tstarrocks-update\t99\t0\n2\tflink-update\t101\t0\n"),
    )
    .json();
    assert_eq!(v["Status"], "Success", "{v}");
    assert_eq!(select(&emu), "id\tname\tscore\n1\tstarrocks\t100\n2\tflink-update\t101\n");
}

fn merge_commit(emu: &TestEmu, extra: &[(&str, &str)], body: &[u8]) -> String {
    let mut h = vec![
        ("columns", "`id`,`name`,`score`,`__op`"),
        ("enable_merge_commit", "true"),
        // The seed uses a 10 s window; a shorter one keeps the test quick.
        ("merge_commit_interval_ms", "1000"),
        ("merge_commit_parallel", "3"),
        ("merge_commit_async", "true"),
        ("timeout", "600"),
    ];
    h.extend_from_slice(extra);
    let v = via_fe(emu, "PUT", "/api/test/score_board/_stream_load", &h, Some(body)).json();
    assert_eq!(v["Status"], "Success", "{v}");
    let label = v["Label"].as_str().unwrap().to_string();
    assert!(label.starts_with("merge_commit_"), "{v}");
    // The connector polls the merged transaction's label until it is VISIBLE.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let s = via_fe(emu, "GET", &format!("/api/test/get_load_state?label={label}"), &[], None).json();
        if s["state"] == "VISIBLE" {
            return label;
        }
        assert!(Instant::now() < deadline, "{s}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn seed_merge_commit() {
    let emu = score_board();
    // INSERT INTO `score_board` VALUES (1, 'starrocks', 100), (2, 'flink', 95), (3, 'spark', 90);
    merge_commit(&emu, &[], b"1\tstarrocks\t100\t0\n2\tflink\t95\t0\n3\tspark\t90\t0\n");
    assert_eq!(select(&emu), "id\tname\tscore\n1\tstarrocks\t100\n2\tflink\t95\n3\tspark\t90\n");
    // Method 2 of the seed: with 'sink.properties.merge_condition' = 'score', a late request
    // with an older score does not overwrite the newer row.
    merge_commit(&emu, &[("merge_condition", "score")], b"2\tflink-late\t80\t0\n3\tspark-new\t91\t0\n");
    assert_eq!(select(&emu), "id\tname\tscore\n1\tstarrocks\t100\n2\tflink\t95\n3\tspark-new\t91\n");
}

/// The seed's BITMAP example: `to_bitmap` into a `BITMAP_UNION` column, page UV by
/// `COUNT(DISTINCT visit_users)`.
#[test]
fn seed_bitmap_page_uv() {
    let emu = TestEmu::start(Storage::Memory, "");
    emu.sql(
        "",
        "CREATE DATABASE test; CREATE TABLE `test`.`page_uv` (
            `page_id` INT NOT NULL COMMENT 'page ID',
            `visit_date` datetime NOT NULL COMMENT 'access time',
            `visit_users` BITMAP BITMAP_UNION NOT NULL COMMENT 'user ID'
          ) ENGINE=OLAP AGGREGATE KEY(`page_id`, `visit_date`) DISTRIBUTED BY HASH(`page_id`);",
    );
    let body = b"1\t2020-06-23T01:30:30\t13\n1\t2020-06-23T01:30:30\t23\n1\t2020-06-23T01:30:30\t33\n1\t2020-06-23T02:30:30\t13\n2\t2020-06-23T01:30:30\t23\n";
    let r = http(
        emu.be,
        "PUT",
        "/api/test/page_uv/_stream_load",
        &[
            ("Authorization", basic("root", "")),
            ("columns", "page_id,visit_date,visit_user_id,visit_users=to_bitmap(visit_user_id)".into()),
        ],
        Framing::Length(body.to_vec()),
    );
    assert_eq!(r.json()["Status"], "Success", "{}", r.body);
    assert_eq!(
        emu.sql("", "SELECT page_id, COUNT(DISTINCT visit_users) FROM test.page_uv GROUP BY page_id ORDER BY page_id"),
        "page_id\tcount(DISTINCT visit_users)\n1\t3\n2\t1\n"
    );
    assert_eq!(
        emu.sql("", "SELECT page_id, bitmap_count(visit_users), bitmap_to_string(visit_users) FROM test.page_uv ORDER BY page_id, visit_date"),
        "page_id\tbitmap_count(visit_users)\tbitmap_to_string(visit_users)\n1\t3\t13,23,33\n1\t1\t13\n2\t1\t23\n"
    );
    assert_eq!(
        emu.sql("", "SELECT bitmap_union_count(visit_users) FROM test.page_uv"),
        "bitmap_union_count(visit_users)\n3\n"
    );
    let r = http(
        emu.be,
        "PUT",
        "/api/test/page_uv/_stream_load",
        &[("Authorization", basic("root", ""))],
        Framing::Length(b"1\t2020-06-23 01:30:30\t13\n".to_vec()),
    );
    assert_eq!(r.json()["Message"], "bitmap column visit_users require the function return type is BITMAP");
}

/// The seed's HLL example: `hll_hash` into an `HLL_UNION` column.
#[test]
fn seed_hll_page_uv() {
    let emu = TestEmu::start(Storage::Memory, "");
    emu.sql(
        "",
        "CREATE DATABASE test; CREATE TABLE test.hll_uv (
            page_id INT NOT NULL COMMENT 'page ID',
            visit_date datetime NOT NULL COMMENT 'access time',
            visit_users HLL HLL_UNION NOT NULL COMMENT 'user ID'
          ) ENGINE=OLAP AGGREGATE KEY(page_id, visit_date) DISTRIBUTED BY HASH(page_id);",
    );
    let body = b"3\t2023-07-24T12:00\t78\n4\t2023-07-24T13:20:10\t2\n3\t2023-07-24T12:30\t674\n";
    let r = http(
        emu.be,
        "PUT",
        "/api/test/hll_uv/_stream_load",
        &[
            ("Authorization", basic("root", "")),
            ("columns", "page_id,visit_date,visit_user_id,visit_users=hll_hash(visit_user_id)".into()),
        ],
        Framing::Length(body.to_vec()),
    );
    assert_eq!(r.json()["Status"], "Success", "{}", r.body);
    assert_eq!(
        emu.sql(
            "",
            "SELECT `page_id`, COUNT(DISTINCT `visit_users`) FROM `test`.`hll_uv` GROUP BY `page_id` ORDER BY page_id"
        ),
        "page_id\tcount(DISTINCT visit_users)\n3\t2\n4\t1\n"
    );
    assert_eq!(
        emu.sql("", "SELECT hll_union_agg(visit_users), hll_cardinality(hll_hash('x')) FROM test.hll_uv"),
        "hll_union_agg(visit_users)\thll_cardinality(hll_hash('x'))\n3\t1\n"
    );
    let r = http(
        emu.be,
        "PUT",
        "/api/test/hll_uv/_stream_load",
        &[("Authorization", basic("root", "")), ("columns", "page_id,visit_date,visit_users".into())],
        Framing::Length(b"1\t2020-06-23 01:30:30\t13\n".to_vec()),
    );
    assert_eq!(
        r.json()["Message"],
        "HLL column must use hll_hash function, like visit_users=hll_hash(xxx) or visit_users=hll_empty()"
    );
}
