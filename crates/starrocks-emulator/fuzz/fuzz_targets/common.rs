//! A fresh emulator state with one database and a table of every loadable kind of column.
#![allow(dead_code)]

use starrocks_emulator::catalog::ddl::parse_create_table;
use starrocks_emulator::state::{Addresses, Settings, Shared};
use starrocks_emulator::{Storage, catalog::Table};
use std::net::SocketAddr;
use std::sync::Arc;

/// The tables every target works on.
pub const TABLES: &[&str] = &[
    "CREATE TABLE t (id INT NOT NULL, a VARCHAR(8), b DECIMAL(10, 2), c DATETIME, f FLOAT, j JSON,
       arr ARRAY<INT>, m MAP<VARCHAR(5), INT>, st STRUCT<x INT, y VARCHAR(5)>) PRIMARY KEY(id) ORDER BY(a)",
    "CREATE TABLE dup (k INT, v STRING, d DATE, n ARRAY<ARRAY<VARCHAR(3)>>) DUPLICATE KEY(k)",
    "CREATE TABLE agg (k INT, s BIGINT SUM, r VARCHAR(4) REPLACE_IF_NOT_NULL, b BITMAP BITMAP_UNION, h HLL HLL_UNION)
       AGGREGATE KEY(k)",
];

/// A new state with database `d` and [`TABLES`].
pub fn shared() -> Arc<Shared> {
    let settings = Settings {
        starrocks_version: "3.5.2-emulator".into(),
        server_version: "8.0.33".into(),
        storage: Storage::Memory,
    };
    let shared = Arc::new(Shared::new(settings, "root", "").expect("state"));
    let local = SocketAddr::from(([127, 0, 0, 1], 9030));
    let _ = shared.addrs.set(Addresses { mysql: vec![local], fe_http: vec![local], be_http: local });
    {
        let mut catalog = shared.catalog_mut();
        catalog.create_database("d").expect("database");
        for ddl in TABLES {
            let ct = parse_create_table(ddl).expect("table DDL");
            catalog.create_table("d", ct.schema, false).expect("table");
        }
    }
    shared
}

/// A table of [`shared`]'s database.
pub fn table(shared: &Shared, name: &str) -> Arc<Table> {
    shared.catalog().table("d", name).expect("table")
}
