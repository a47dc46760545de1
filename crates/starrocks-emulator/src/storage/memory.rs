//! In-memory storage: committed rows live in the process and are lost on exit.

use super::{RowBatch, StorageBackend, TableModel, TableStore, model_for};
use crate::catalog::schema::TableSchema;
use crate::value::Value;
use std::sync::{Arc, RwLock};

/// Opens in-memory stores.
#[derive(Debug, Default, Clone, Copy)]
pub struct MemoryBackend;

impl StorageBackend for MemoryBackend {
    fn open_table(&self, schema: &TableSchema) -> Arc<dyn TableStore> {
        Arc::new(MemoryStore { model: RwLock::new(model_for(schema)) })
    }
}

/// A table's rows in memory under its key model.
#[derive(Debug)]
pub struct MemoryStore {
    model: RwLock<Box<dyn TableModel>>,
}

impl TableStore for MemoryStore {
    fn keeps_rows(&self) -> bool {
        true
    }

    fn apply(&self, batch: RowBatch) {
        self.model.write().unwrap_or_else(|e| e.into_inner()).apply(batch);
    }

    fn scan(&self, f: &mut dyn FnMut(&[Value])) {
        self.model.read().unwrap_or_else(|e| e.into_inner()).scan(f);
    }

    fn truncate(&self) {
        self.model.write().unwrap_or_else(|e| e.into_inner()).clear();
    }

    fn row_count(&self) -> u64 {
        self.model.read().unwrap_or_else(|e| e.into_inner()).len() as u64
    }
}
