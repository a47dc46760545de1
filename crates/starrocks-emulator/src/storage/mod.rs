//! Where committed rows live. A [`StorageBackend`] opens one [`TableStore`] per table; the
//! store applies committed batches with the table's key model.

mod discard;
pub mod journal;
mod keyed;
mod memory;
mod model;
mod rows;
mod sqlite;

pub use discard::DiscardBackend;
pub use journal::{Journal, JournalError};
pub use keyed::{AggFn, KeyedModel};
pub use memory::MemoryBackend;
pub use model::{DuplicateModel, TableModel, model_for};
pub use rows::{EncodedRows, decode_row, encode_row};
pub use sqlite::SqliteJournal;

use crate::catalog::schema::TableSchema;
use crate::value::Value;
use std::fmt::Debug;
use std::path::PathBuf;
use std::sync::Arc;

/// What a loaded row does to a primary-key table (`__op`, wire spec §6.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowOp {
    /// `__op` = 0 (or absent).
    Upsert,
    /// `__op` = 1.
    Delete,
}

/// Rows of one transaction, in load order.
#[derive(Debug, Default, Clone)]
pub struct RowBatch {
    /// The rows, encoded.
    pub rows: EncodedRows,
    /// One op per row; empty means every row is an upsert.
    pub ops: Vec<RowOp>,
    /// Rows counted by a store that does not keep rows.
    pub counted: u64,
    /// Partial update (primary key): the columns the load provides.
    pub partial_columns: Option<Vec<bool>>,
    /// Conditional update (primary key): the `merge_condition` column.
    pub merge_condition: Option<usize>,
}

impl RowBatch {
    /// Number of rows in the batch (kept or counted).
    pub fn len(&self) -> u64 {
        self.rows.len() as u64 + self.counted
    }

    /// Whether the batch holds no row.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Appends another batch.
    pub fn append(&mut self, mut other: RowBatch) {
        if !other.ops.is_empty() || !self.ops.is_empty() {
            if self.ops.len() < self.rows.len() {
                self.ops.resize(self.rows.len(), RowOp::Upsert);
            }
            if other.ops.len() < other.rows.len() {
                other.ops.resize(other.rows.len(), RowOp::Upsert);
            }
            self.ops.append(&mut other.ops);
        }
        self.rows.append(&other.rows);
        self.counted += other.counted;
        if self.partial_columns.is_none() {
            self.partial_columns = other.partial_columns;
        }
        if self.merge_condition.is_none() {
            self.merge_condition = other.merge_condition;
        }
    }
}

/// The committed rows of one table.
pub trait TableStore: Send + Sync + Debug {
    /// Whether the store keeps rows; when false, loads only count rows.
    fn keeps_rows(&self) -> bool;
    /// Applies a committed batch atomically.
    fn apply(&self, batch: RowBatch);
    /// Calls `f` on every visible row, under the store's read lock.
    fn scan(&self, f: &mut dyn FnMut(&[Value]));
    /// Removes every row.
    fn truncate(&self);
    /// Number of visible rows.
    fn row_count(&self) -> u64;
}

/// Opens table stores.
pub trait StorageBackend: Send + Sync + Debug {
    /// The store for a newly created table.
    fn open_table(&self, schema: &TableSchema) -> Arc<dyn TableStore>;
}

/// Which storage the emulator uses.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Storage {
    /// Rows kept in memory, lost on exit (the default).
    #[default]
    Memory,
    /// Rows counted and dropped: loads parse only what they must (throughput benchmarks).
    Discard,
    /// Rows served from memory and journaled to an SQLite file: committed rows, the catalog,
    /// users, labels and prepared transactions survive a restart.
    Sqlite(PathBuf),
}

/// Default file of `--storage sqlite`.
pub const DEFAULT_SQLITE_PATH: &str = "./starrocks-emulator.db";

impl Storage {
    /// The backend implementing this storage.
    pub fn backend(&self) -> Arc<dyn StorageBackend> {
        match self {
            Storage::Memory | Storage::Sqlite(_) => Arc::new(MemoryBackend),
            Storage::Discard => Arc::new(DiscardBackend),
        }
    }

    /// The journal of durable storage.
    pub fn journal(&self) -> Result<Option<Arc<dyn Journal>>, JournalError> {
        match self {
            Storage::Sqlite(path) => Ok(Some(Arc::new(SqliteJournal::open(path)?))),
            Storage::Memory | Storage::Discard => Ok(None),
        }
    }
}

impl std::str::FromStr for Storage {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "memory" => Ok(Storage::Memory),
            "discard" => Ok(Storage::Discard),
            "sqlite" => Ok(Storage::Sqlite(PathBuf::from(DEFAULT_SQLITE_PATH))),
            other => match other.strip_prefix("sqlite:") {
                Some(path) if !path.is_empty() => Ok(Storage::Sqlite(PathBuf::from(path))),
                _ => Err(format!("unknown storage '{other}' (expected memory, discard or sqlite:PATH)")),
            },
        }
    }
}
