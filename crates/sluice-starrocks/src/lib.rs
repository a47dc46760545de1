//! The StarRocks connector of sluice: option declarations and the typed sink options,
//! the Flink ↔ StarRocks type mapping, the live schema check over the MySQL port, DDL
//! translation, and loading (stream load, transaction stream load, merge commit). Depends only on
//! `sluice-common`, so it can be used as a library.
//!
//! # Loading rows
//!
//! Build a sink from the option pairs of a `CREATE TABLE … WITH (…)` and the table's
//! schema, write Arrow batches, flush, close:
//!
//! ```no_run
//! use std::sync::Arc;
//! use arrow_array::{Int32Array, RecordBatch, StringArray};
//! use sluice_common::ChangeBatch;
//! use sluice_common::{DataType, TypeKind};
//! use sluice_starrocks::StarRocksSink;
//!
//! # async fn demo() -> Result<(), sluice_starrocks::SinkError> {
//! let mut sink = StarRocksSink::builder([
//!     ("connector", "starrocks"),
//!     ("jdbc-url", "jdbc:mysql://127.0.0.1:9030"),
//!     ("load-url", "127.0.0.1:8030"),
//!     ("database-name", "test_db"),
//!     ("table-name", "score_board"),
//!     ("username", "root"),
//!     ("password", ""),
//! ])?
//! .columns(
//!     vec![
//!         ("id".into(), DataType::not_null(TypeKind::Int)),
//!         ("name".into(), DataType::string()),
//!     ],
//!     true, // PRIMARY KEY (id): rows carry `__op`, deletes are applied
//! )
//! .build()
//! .await?;
//!
//! let batch = RecordBatch::try_from_iter([
//!     ("id", Arc::new(Int32Array::from(vec![1, 2])) as _),
//!     ("name", Arc::new(StringArray::from(vec!["alice", "bob"])) as _),
//! ])
//! .expect("a batch");
//! sink.write_batch(&ChangeBatch::inserts(batch)).await?;
//!
//! // Rows already in the load format work too (CSV lines here; `__op` 0 = upsert):
//! sink.write_rows(["3\tcarol\t0", "4\tdave\t0"]).await?;
//!
//! sink.flush_all().await?; // committed and visible
//! sink.close_sink().await?;
//! # Ok(()) }
//! ```
//!
//! The same methods are available through [`sluice_common::sink::Sink`] (`write`, `flush`,
//! `close`). The encoders ([`encode::RowEncoder`]) can also be used alone to produce CSV or
//! JSON load bodies.

mod body;
pub mod ddl;
pub mod encode;
pub mod error;
mod factory;
mod flush;
mod headers;
mod label;
pub mod live;
mod loader;
mod lookup;
mod merge_commit;
mod offline_types;
pub mod options;
mod response;
mod retry;
mod sink;
mod split_encode;
mod stream_load;
mod target;
mod transaction;
mod transport;
pub mod types;

pub use chrono_tz::Tz;
pub use error::{ConfigError, EncodeError, LoadError, SinkError, TransportError};
pub use factory::StarRocksConnector;
pub use headers::LoadKind;
pub use sink::{SinkBuilder, SinkStats, StarRocksSink};
pub use target::{TargetColumn, TargetTable};
