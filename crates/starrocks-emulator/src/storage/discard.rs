//! Discard storage: rows are counted, never kept. Loads into it only count rows.

use super::{RowBatch, StorageBackend, TableStore};
use crate::catalog::schema::TableSchema;
use crate::value::Value;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// Opens discard stores (row counters).
#[derive(Debug, Default, Clone, Copy)]
pub struct DiscardBackend;

impl StorageBackend for DiscardBackend {
    fn open_table(&self, _schema: &TableSchema) -> Arc<dyn TableStore> {
        Arc::new(DiscardStore::default())
    }
}

/// Counts committed rows; a scan sees nothing.
#[derive(Debug, Default)]
pub struct DiscardStore {
    rows: AtomicU64,
}

impl TableStore for DiscardStore {
    fn keeps_rows(&self) -> bool {
        false
    }

    fn apply(&self, batch: RowBatch) {
        self.rows.fetch_add(batch.len(), Ordering::Relaxed);
    }

    fn scan(&self, _f: &mut dyn FnMut(&[Value])) {}

    fn truncate(&self) {
        self.rows.store(0, Ordering::Relaxed);
    }

    fn row_count(&self) -> u64 {
        self.rows.load(Ordering::Relaxed)
    }
}
