//! Shared helpers: an emulator on loopback port 0, a table per test over the MySQL port,
//! rows read back, the table's `information_schema` rows, and sink options.
#![allow(dead_code)]

pub mod proxy;

use std::net::SocketAddr;
use std::sync::Arc;

use arrow_array::{ArrayRef, Int32Array, RecordBatch, StringArray};
use mysql_async::prelude::Queryable;
use sluice_common::{DataType, TypeKind};
use sluice_starrocks::{SinkBuilder, StarRocksSink, TargetColumn, TargetTable};
use starrocks_emulator::{Emulator, RunningEmulator, Storage};

pub const PASSWORD: &str = "secret";

/// An emulator and a database of the test's own.
pub struct Env {
    pub emu: RunningEmulator,
    pub db: String,
}

impl Env {
    pub async fn start() -> Env {
        Env::start_with_db(&format!("db_{}", rand_suffix())).await
    }

    pub async fn start_with_db(db: &str) -> Env {
        Env::start_with(db, Storage::Memory).await
    }

    pub async fn start_with(db: &str, storage: Storage) -> Env {
        let emu = Emulator::builder()
            .mysql_port(0)
            .http_port(0)
            .be_port(0)
            .storage(storage)
            .password(PASSWORD)
            .start()
            .await
            .expect("emulator starts");
        let env = Env { emu, db: db.to_string() };
        env.sql(&format!("CREATE DATABASE {}", env.db)).await;
        env
    }

    pub fn fe(&self) -> SocketAddr {
        self.emu.fe_http_addr()
    }

    pub async fn conn(&self) -> mysql_async::Conn {
        let opts = mysql_async::OptsBuilder::default()
            .ip_or_hostname("127.0.0.1")
            .tcp_port(self.emu.mysql_addr().port())
            .user(Some("root"))
            .pass(Some(PASSWORD));
        mysql_async::Conn::new(opts).await.expect("mysql login")
    }

    pub async fn sql(&self, sql: &str) {
        let mut c = self.conn().await;
        c.query_drop(sql).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
        let _ = c.disconnect().await;
    }

    /// `CREATE TABLE <db>.<name> (<columns>) <key>`.
    pub async fn table(&self, name: &str, columns: &str, key: &str) {
        self.sql(&format!(
            "CREATE TABLE {}.{name} ({columns}) {key} DISTRIBUTED BY HASH(id) BUCKETS 1 PROPERTIES ('replication_num' = '1')",
            self.db
        ))
        .await;
    }

    /// Rows of `SELECT <cols> FROM <table> ORDER BY id` as text (NULL as `NULL`).
    pub async fn rows(&self, table: &str, cols: &str) -> Vec<String> {
        self.query(&format!("SELECT {cols} FROM {}.{table} ORDER BY id", self.db)).await
    }

    /// Rows of a query as text, fields joined by `|`.
    pub async fn query(&self, sql: &str) -> Vec<String> {
        let mut c = self.conn().await;
        let rows: Vec<mysql_async::Row> = c.query(sql).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
        let _ = c.disconnect().await;
        rows.into_iter()
            .map(|r| {
                (0..r.len())
                    .map(|i| match r.as_ref(i) {
                        Some(mysql_async::Value::NULL) | None => "NULL".to_string(),
                        Some(mysql_async::Value::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
                        Some(v) => v.as_sql(true),
                    })
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect()
    }

    /// `count(*)` of a table.
    pub async fn count(&self, table: &str) -> u64 {
        self.query(&format!("SELECT count(*) FROM {}.{table}", self.db)).await[0].parse().unwrap()
    }

    /// The table as the connector reads it from `information_schema.COLUMNS`.
    pub async fn target(&self, table: &str) -> TargetTable {
        let mut c = self.conn().await;
        let sql = format!(
            "select `COLUMN_NAME`, `ORDINAL_POSITION`, `COLUMN_KEY` from `information_schema`.`COLUMNS` where `TABLE_SCHEMA`='{}' and `TABLE_NAME`='{table}'",
            self.db
        );
        let rows: Vec<(String, u64, String)> = c.query(sql).await.expect("columns");
        let _ = c.disconnect().await;
        TargetTable::new(rows.into_iter().map(|(name, ordinal, key)| TargetColumn { name, ordinal, key }).collect())
    }

    /// The option pairs of a sink into `table` through `fe` (a proxy, or the emulator).
    pub fn options(&self, fe: SocketAddr, table: &str, extra: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut o: Vec<(String, String)> = [
            ("connector", "starrocks".to_string()),
            ("jdbc-url", format!("jdbc:mysql://{}", self.emu.mysql_addr())),
            ("load-url", fe.to_string()),
            ("database-name", self.db.clone()),
            ("table-name", table.to_string()),
            ("username", "root".to_string()),
            ("password", PASSWORD.to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        o.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        o
    }
}

pub fn builder(options: &[(String, String)]) -> SinkBuilder {
    StarRocksSink::builder(options.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .expect("options")
        .retry_pause(std::time::Duration::from_millis(20))
}

fn rand_suffix() -> String {
    let n: u32 = rand::random();
    format!("{n:08x}")
}

/// `(id INT NOT NULL, name STRING, score INT)` as Flink columns.
pub fn score_columns() -> Vec<(String, DataType)> {
    vec![
        ("id".into(), DataType::not_null(TypeKind::Int)),
        ("name".into(), DataType::string()),
        ("score".into(), DataType::nullable(TypeKind::Int)),
    ]
}

/// A batch of (id, name, score).
pub fn score_batch(rows: &[(i32, Option<&str>, Option<i32>)]) -> RecordBatch {
    RecordBatch::try_from_iter([
        ("id", Arc::new(Int32Array::from(rows.iter().map(|r| r.0).collect::<Vec<_>>())) as ArrayRef),
        ("name", Arc::new(StringArray::from(rows.iter().map(|r| r.1).collect::<Vec<_>>())) as ArrayRef),
        ("score", Arc::new(Int32Array::from(rows.iter().map(|r| r.2).collect::<Vec<_>>())) as ArrayRef),
    ])
    .unwrap()
}

pub const SCORE_DDL: &str = "id INT NOT NULL, name STRING, score INT";
