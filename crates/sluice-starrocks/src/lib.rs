//! The StarRocks connector of sluice: option declarations and the typed sink options,
//! the Flink ↔ StarRocks type mapping, the live schema check over the MySQL port, DDL
//! translation, and loading (stream load, transaction stream load, exactly-once two-phase
//! commit, merge commit). Depends only on `sluice-common`, so it can be used as a library.
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
//!
//! # Exactly-once
//!
//! With `sink.semantic = exactly-once` the sink implements
//! [`sluice_common::sink::TwoPhaseCommit`]: rows go into an open transaction with label
//! `<prefix>-<table>-<subtask>-<counter>`, `prepare` prepares it at a checkpoint and returns
//! a [`CheckpointState`] to store with the checkpoint, `commit` makes it visible once the
//! checkpoint completed, and `restore` (on start, with the last completed checkpoint's
//! states) commits what that checkpoint prepared and aborts transactions begun after it:
//!
//! ```no_run
//! use sluice_common::sink::{Sink, TwoPhaseCommit};
//! use sluice_starrocks::{CheckpointState, StarRocksSink};
//!
//! # async fn demo(batch: sluice_common::ChangeBatch, stored: Vec<CheckpointState>)
//! #     -> Result<(), Box<dyn std::error::Error>> {
//! let mut sink = StarRocksSink::builder([
//!     ("connector", "starrocks"),
//!     ("jdbc-url", "jdbc:mysql://127.0.0.1:9030"),
//!     ("load-url", "127.0.0.1:8030"),
//!     ("database-name", "test_db"),
//!     ("table-name", "score_board"),
//!     ("username", "root"),
//!     ("password", ""),
//!     ("sink.semantic", "exactly-once"),
//!     ("sink.label-prefix", "job_42"),
//! ])?
//! .subtask(0)
//! .build()
//! .await?;
//! sink.restore(stored).await?; // the last completed checkpoint's states; empty when fresh
//! sink.write(batch).await?;
//! let state = sink.prepare(1).await?; // prepared, not visible; store it (serde)
//! let _json = serde_json::to_string(&state)?;
//! sink.commit(&state).await?; // after checkpoint 1 completed: visible
//! sink.close().await?;
//! # Ok(()) }
//! ```
//! # Parallel writers
//!
//! [`SinkBuilder::parallel`] builds a [`ParallelSink`] of `sink.parallelism` writers (a
//! single [`StarRocksSink`] is one writer whatever that option says). Rows of a table with a
//! primary key are routed by a hash of the key, so the changes of one key keep their order;
//! without a key, batches take turns.
//!
//! # Metrics
//!
//! [`SinkMetrics::register`] adds the sink's Prometheus metrics (flushed bytes and rows,
//! succeeded and failed flushes, filtered rows, flush latency and size) to a
//! `prometheus_client` registry; [`SinkBuilder::metrics`] makes a sink feed the series of
//! its table (see [`metrics`]).

mod body;
mod checkpoint;
pub mod ddl;
pub mod encode;
pub mod error;
mod exactly_once;
mod factory;
mod flush;
mod headers;
mod label;
pub mod live;
mod loader;
mod lookup;
mod merge_commit;
pub mod metrics;
mod offline_types;
pub mod options;
mod parallel;
mod response;
mod retry;
mod route;
mod sink;
mod split_encode;
mod stream_load;
mod target;
mod transaction;
mod transport;
pub mod types;

pub use checkpoint::{CheckpointState, PendingCheckpoint};
pub use chrono_tz::Tz;
pub use error::{ConfigError, EncodeError, LoadError, SinkError, TransportError};
pub use factory::StarRocksConnector;
pub use headers::LoadKind;
pub use metrics::SinkMetrics;
pub use parallel::{ParallelSink, ParallelSinkBuilder};
pub use sink::{SinkBuilder, SinkStats, StarRocksSink};
pub use target::{TargetColumn, TargetTable};
