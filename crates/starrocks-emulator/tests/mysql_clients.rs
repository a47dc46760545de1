//! The MySQL port with real clients (mysql_async and the mysql CLI): handshake, version
//! queries, the connector's `information_schema.COLUMNS` query, DDL, SHOW/DESC, SELECT,
//! INSERT, users and StarRocks' error codes (wire spec §8).

mod common;

use common::TestEmu;
use mysql_async::prelude::Queryable;
use mysql_async::{Conn, OptsBuilder};
use starrocks_emulator::{Emulator, Storage};

/// A row of the connector's `information_schema.COLUMNS` query.
type ColumnsRow = (String, i64, String, String, Option<i64>, Option<i64>);

fn opts(port: u16, user: &str, pass: &str) -> OptsBuilder {
    OptsBuilder::default().ip_or_hostname("127.0.0.1").tcp_port(port).user(Some(user)).pass(Some(pass))
}

async fn server_error(conn: &mut Conn, sql: &str) -> (u16, String, String) {
    match conn.query_drop(sql).await {
        Err(mysql_async::Error::Server(e)) => (e.code, e.state, e.message),
        other => panic!("expected a server error for {sql}, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn handshake_versions_and_connector_queries() {
    let emu =
        Emulator::builder().mysql_port(0).http_port(0).be_port(0).starrocks_version("3.3.2-abc").start().await.unwrap();
    let mut conn = Conn::new(opts(emu.mysql_addr().port(), "root", "")).await.unwrap();
    assert_eq!(conn.server_version(), (8, 0, 33));
    let v: Option<String> = conn.query_first("select current_version() as ver;").await.unwrap();
    assert_eq!(v.as_deref(), Some("3.3.2-abc"));
    let v: Option<String> = conn.query_first("select @@version_comment limit 1").await.unwrap();
    assert_eq!(v.as_deref(), Some("3.3.2-abc"));
    let v: Option<String> = conn.query_first("SELECT version()").await.unwrap();
    assert_eq!(v.as_deref(), Some("8.0.33"));
    conn.query_drop("set autocommit=1, sql_mode = concat(@@sql_mode,',STRICT_TRANS_TABLES')").await.unwrap();
    conn.query_drop("SET NAMES utf8mb4").await.unwrap();
    let row: Option<(i64, String, String, i64)> = conn
        .query_first("SELECT @@max_allowed_packet,@@system_time_zone,@@time_zone,@@auto_increment_increment")
        .await
        .unwrap();
    assert_eq!(row, Some((33554432, "UTC".into(), "Asia/Shanghai".into(), 1)));

    conn.query_drop("CREATE DATABASE test_db").await.unwrap();
    conn.query_drop(
        "CREATE TABLE test_db.score_board (id INT NOT NULL, name STRING, score INT) \
         PRIMARY KEY(id) DISTRIBUTED BY HASH(id) BUCKETS 1",
    )
    .await
    .unwrap();
    let q = "select `COLUMN_NAME`, `ORDINAL_POSITION`, `COLUMN_KEY`, `DATA_TYPE`, `COLUMN_SIZE`, `DECIMAL_DIGITS` from `information_schema`.`COLUMNS` where `TABLE_SCHEMA`='test_db' and `TABLE_NAME`='score_board';";
    let mut result = conn.query_iter(q).await.unwrap();
    let cols = result.columns().unwrap();
    assert_eq!(cols[1].column_type(), mysql_async::consts::ColumnType::MYSQL_TYPE_LONGLONG);
    assert_eq!(cols[1].name_str(), "ORDINAL_POSITION");
    let rows: Vec<ColumnsRow> = result.collect().await.unwrap();
    assert_eq!(
        rows,
        vec![
            ("id".into(), 1, "PRI".into(), "int".into(), Some(10), Some(0)),
            ("name".into(), 2, "".into(), "varchar".into(), Some(65533), None),
            ("score".into(), 3, "".into(), "int".into(), Some(10), Some(0)),
        ]
    );
    let (code, state, msg) = server_error(&mut conn, "SELECT * FROM test_db.nosuch").await;
    assert_eq!((code, state.as_str()), (5502, "42602"));
    assert_eq!(msg, "Getting analyzing error. Detail message: Unknown table 'test_db.nosuch'.");
    let (code, state, _) = server_error(&mut conn, "SELECT * FROM nodb.t").await;
    assert_eq!((code, state.as_str()), (5501, "3F000"));
    let (code, _, _) = server_error(&mut conn, "SELEC 1").await;
    assert_eq!(code, 1064);
    conn.disconnect().await.unwrap();
    emu.shutdown().await;
}

#[test]
fn information_schema_strings_for_every_type() {
    let emu = TestEmu::start(Storage::Memory, "");
    emu.sql(
        "",
        "CREATE DATABASE d; CREATE TABLE d.all_types (
            id BIGINT NOT NULL, c_bool BOOLEAN, c_tiny TINYINT, c_small SMALLINT, c_int INT,
            c_big BIGINT, c_large LARGEINT, c_float FLOAT, c_double DOUBLE,
            c_dec DECIMAL(10, 2), c_dec38 DECIMAL(38, 9), c_char CHAR(5), c_vc VARCHAR(150),
            c_str STRING, c_bin VARBINARY, c_date DATE, c_dt DATETIME, c_json JSON,
            c_arr ARRAY<INT>, c_arrdec ARRAY<DECIMAL(10,2)>, c_map MAP<INT, VARCHAR(10)>,
            c_struct STRUCT<a INT, b VARCHAR(10)>, c_bitmap BITMAP, c_hll HLL
        ) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id) BUCKETS 1",
    );
    let out = emu.sql(
        "",
        "SELECT COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, COLUMN_SIZE, DECIMAL_DIGITS, COLUMN_KEY, IS_NULLABLE \
         FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'd' ORDER BY ORDINAL_POSITION",
    );
    let expected = "COLUMN_NAME\tDATA_TYPE\tCOLUMN_TYPE\tCOLUMN_SIZE\tDECIMAL_DIGITS\tCOLUMN_KEY\tIS_NULLABLE
id\tbigint\tbigint(20)\t19\t0\tDUP\tNO
c_bool\ttinyint\ttinyint(1)\tNULL\t0\t\tYES
c_tiny\ttinyint\ttinyint(4)\t3\t0\t\tYES
c_small\tsmallint\tsmallint(6)\t5\t0\t\tYES
c_int\tint\tint(11)\t10\t0\t\tYES
c_big\tbigint\tbigint(20)\t19\t0\t\tYES
c_large\tbigint unsigned\tbigint(20) unsigned\t39\tNULL\t\tYES
c_float\tfloat\tfloat\t7\t7\t\tYES
c_double\tdouble\tdouble\t15\t15\t\tYES
c_dec\tdecimal\tdecimal(10, 2)\t10\t2\t\tYES
c_dec38\tdecimal\tdecimal(38, 9)\t38\t9\t\tYES
c_char\tchar\tchar(5)\t5\tNULL\t\tYES
c_vc\tvarchar\tvarchar(150)\t150\tNULL\t\tYES
c_str\tvarchar\tvarchar(65533)\t65533\tNULL\t\tYES
c_bin\tvarbinary\tvarbinary\tNULL\tNULL\t\tYES
c_date\tdate\tdate\tNULL\tNULL\t\tYES
c_dt\tdatetime\tdatetime\tNULL\tNULL\t\tYES
c_json\tjson\tjson\tNULL\tNULL\t\tYES
c_arr\tarray\tarray<int(11)>\tNULL\tNULL\t\tYES
c_arrdec\tarray\tarray<DECIMAL64(10,2)>\tNULL\tNULL\t\tYES
c_map\tmap\tmap<int(11),varchar(10)>\tNULL\tNULL\t\tYES
c_struct\tstruct\tstruct<a int(11), b varchar(10)>\tNULL\tNULL\t\tYES
c_bitmap\tbitmap\tbitmap\tNULL\tNULL\t\tYES
c_hll\thll\thll\t16385\tNULL\t\tYES
";
    assert_eq!(out, expected);
}

#[test]
fn mysql_cli_ddl_show_insert_and_select() {
    let emu = TestEmu::start(Storage::Memory, "");
    emu.sql(
        "",
        "CREATE DATABASE shop; USE shop;
         CREATE TABLE items (id INT NOT NULL COMMENT 'key', name VARCHAR(20) DEFAULT 'none', qty INT NOT NULL DEFAULT '1', price DECIMAL(10,2))
           ENGINE=OLAP DUPLICATE KEY(id) COMMENT 'stock' DISTRIBUTED BY HASH(id) BUCKETS 3 PROPERTIES ('replication_num' = '1');
         INSERT INTO items VALUES (1, 'apple', 5, 1.50), (2, 'pear', 2, 2.25), (3, NULL, 7, 0.99);
         INSERT INTO items (id, price) VALUES (4, 10);",
    );
    assert_eq!(emu.sql("", "SHOW DATABASES"), "Database\ninformation_schema\nshop\n");
    assert_eq!(emu.sql("", "SHOW TABLES FROM shop"), "Tables_in_shop\nitems\n");
    assert_eq!(
        emu.sql("", "SELECT id, name, qty, price FROM shop.items ORDER BY id"),
        "id\tname\tqty\tprice\n1\tapple\t5\t1.50\n2\tpear\t2\t2.25\n3\tNULL\t7\t0.99\n4\tnone\t1\t10.00\n"
    );
    assert_eq!(
        emu.sql("", "SELECT count(*), sum(qty), min(price), max(name) FROM shop.items WHERE qty > 1"),
        "count(*)\tsum(qty)\tmin(price)\tmax(name)\n3\t14\t0.99\tpear\n"
    );
    assert_eq!(
        emu.sql("", "SELECT name AS n FROM shop.items WHERE name IS NOT NULL ORDER BY qty DESC LIMIT 2"),
        "n\napple\npear\n"
    );
    assert_eq!(
        emu.sql("", "SELECT qty, count(*) AS c FROM shop.items GROUP BY qty ORDER BY qty LIMIT 1 OFFSET 1"),
        "qty\tc\n2\t1\n"
    );
    let create = emu.sql("", "SHOW CREATE TABLE shop.items");
    assert!(
        create.contains("CREATE TABLE `items` (\\n  `id` int(11) NOT NULL COMMENT \"key\",\\n  `name` varchar(20) NULL DEFAULT \"none\" COMMENT \"\",\\n  `qty` int(11) NOT NULL DEFAULT \"1\" COMMENT \"\",\\n  `price` decimal(10, 2) NULL COMMENT \"\"\\n) ENGINE=OLAP \\nDUPLICATE KEY(`id`)\\nCOMMENT \"stock\"\\nDISTRIBUTED BY HASH(`id`) BUCKETS 3\\nPROPERTIES (\\n\"compression\" = \"LZ4\",\\n\"fast_schema_evolution\" = \"true\",\\n\"replicated_storage\" = \"true\",\\n\"replication_num\" = \"1\"\\n);"),
        "{create}"
    );
    assert_eq!(
        emu.sql("", "DESC shop.items"),
        "Field\tType\tNull\tKey\tDefault\tExtra\nid\tint(11)\tNO\ttrue\tNULL\t\nname\tvarchar(20)\tYES\tfalse\tnone\t\nqty\tint(11)\tNO\tfalse\t1\t\nprice\tdecimal(10, 2)\tYES\tfalse\tNULL\t\n"
    );
    emu.sql("", "TRUNCATE TABLE shop.items");
    assert_eq!(emu.sql("", "SELECT count(*) FROM shop.items"), "count(*)\n0\n");
    emu.sql("", "DROP TABLE shop.items");
    let (ok, _, err) = emu.mysql_cli("root", "", "SELECT * FROM shop.items");
    assert!(!ok);
    assert!(err.contains("ERROR 5502 (42602)"), "{err}");
    assert!(err.contains("Getting analyzing error. Detail message: Unknown table 'shop.items'."), "{err}");
    let (ok, _, err) = emu.mysql_cli("root", "", "CREATE TABLE shop.bad (a INT, b INT) PRIMARY KEY(b)");
    assert!(!ok, "{err}");
    emu.sql("", "DROP DATABASE shop");
    let (ok, _, err) = emu.mysql_cli("root", "", "USE shop");
    assert!(!ok);
    assert!(err.contains("ERROR 5501 (3F000)"), "{err}");
}

#[test]
fn users_and_denied_logins() {
    let emu = TestEmu::start(Storage::Memory, "rootpw");
    emu.sql("rootpw", "CREATE USER 'loader' IDENTIFIED BY 'p4ss'");
    let (ok, out, _) = emu.mysql_cli("loader", "p4ss", "SELECT current_version()");
    assert!(ok);
    assert_eq!(out, "current_version()\n3.5.2-emulator\n");
    let (ok, _, err) = emu.mysql_cli("loader", "nope", "SELECT 1");
    assert!(!ok);
    assert!(err.contains("ERROR 1045 (28000): Access denied for user 'loader' (using password: YES)"), "{err}");
    let (ok, _, err) = emu.mysql_cli("root", "", "SELECT 1");
    assert!(!ok);
    assert!(err.contains("ERROR 1045 (28000): Access denied for user 'root' (using password: NO)"), "{err}");
    emu.sql("rootpw", "DROP USER 'loader'@'%'");
    let (ok, _, err) = emu.mysql_cli("loader", "p4ss", "SELECT 1");
    assert!(!ok);
    assert!(err.contains("ERROR 1045"), "{err}");
}
