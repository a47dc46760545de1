//! Key models: how a committed batch changes a table's rows (wire spec §7).

use super::{Row, RowBatch, RowOp};
use crate::catalog::schema::{KeysType, TableSchema};
use crate::value::Value;
use std::collections::HashMap;
use std::fmt::Debug;

/// The rows of one table under one key model.
pub trait TableModel: Send + Sync + Debug {
    /// Applies a committed batch.
    fn apply(&mut self, batch: RowBatch);
    /// Calls `f` on every visible row.
    fn scan(&self, f: &mut dyn FnMut(&[Value]));
    /// Removes every row.
    fn clear(&mut self);
    /// Number of visible rows.
    fn len(&self) -> usize;
    /// Whether there is no visible row.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The model for a schema's key type.
pub fn model_for(schema: &TableSchema) -> Box<dyn TableModel> {
    match schema.keys_type {
        KeysType::Primary => Box::new(PrimaryKeyModel::new(schema.key_columns.clone())),
        KeysType::Duplicate | KeysType::Aggregate | KeysType::Unique => {
            Box::new(DuplicateModel::default())
        }
    }
}

/// Duplicate key: every row is kept; `__op` has no special meaning.
#[derive(Debug, Default)]
pub struct DuplicateModel {
    rows: Vec<Row>,
}

impl TableModel for DuplicateModel {
    fn apply(&mut self, mut batch: RowBatch) {
        self.rows.append(&mut batch.rows);
    }

    fn scan(&self, f: &mut dyn FnMut(&[Value])) {
        for r in &self.rows {
            f(r);
        }
    }

    fn clear(&mut self) {
        self.rows.clear();
    }

    fn len(&self) -> usize {
        self.rows.len()
    }
}

/// Primary key: upsert by key, delete with `__op` = 1; the last row for a key wins.
#[derive(Debug)]
pub struct PrimaryKeyModel {
    key_columns: Vec<usize>,
    rows: Vec<Option<Row>>,
    index: HashMap<Vec<u8>, usize>,
    live: usize,
}

impl PrimaryKeyModel {
    /// An empty table keyed by `key_columns`.
    pub fn new(key_columns: Vec<usize>) -> Self {
        PrimaryKeyModel {
            key_columns,
            rows: Vec::new(),
            index: HashMap::new(),
            live: 0,
        }
    }

    fn key_of(&self, row: &[Value]) -> Vec<u8> {
        let mut k = Vec::with_capacity(16);
        for &i in &self.key_columns {
            row[i].encode_key(&mut k);
        }
        k
    }

    fn compact_if_sparse(&mut self) {
        if self.rows.len() > 1024 && self.live * 2 < self.rows.len() {
            let rows = std::mem::take(&mut self.rows);
            self.index.clear();
            for row in rows.into_iter().flatten() {
                let k = self.key_of(&row);
                self.index.insert(k, self.rows.len());
                self.rows.push(Some(row));
            }
        }
    }
}

impl TableModel for PrimaryKeyModel {
    fn apply(&mut self, batch: RowBatch) {
        let RowBatch { rows, ops, .. } = batch;
        for (i, row) in rows.into_iter().enumerate() {
            let op = ops.get(i).copied().unwrap_or(RowOp::Upsert);
            let key = self.key_of(&row);
            match op {
                RowOp::Upsert => match self.index.get(&key) {
                    Some(&slot) => self.rows[slot] = Some(row),
                    None => {
                        self.index.insert(key, self.rows.len());
                        self.rows.push(Some(row));
                        self.live += 1;
                    }
                },
                RowOp::Delete => {
                    if let Some(slot) = self.index.remove(&key) {
                        self.rows[slot] = None;
                        self.live -= 1;
                    }
                }
            }
        }
        self.compact_if_sparse();
    }

    fn scan(&self, f: &mut dyn FnMut(&[Value])) {
        for r in self.rows.iter().flatten() {
            f(r);
        }
    }

    fn clear(&mut self) {
        self.rows.clear();
        self.index.clear();
        self.live = 0;
    }

    fn len(&self) -> usize {
        self.live
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(k: i64, v: &str) -> Row {
        vec![Value::Int(k), Value::Str(v.into())].into_boxed_slice()
    }

    #[test]
    fn primary_key_upserts_and_deletes_in_order() {
        let mut m = PrimaryKeyModel::new(vec![0]);
        m.apply(RowBatch {
            rows: vec![row(1, "a"), row(2, "b"), row(1, "c"), row(2, "b")],
            ops: vec![RowOp::Upsert, RowOp::Upsert, RowOp::Upsert, RowOp::Delete],
            counted: 0,
        });
        let mut seen = Vec::new();
        m.scan(&mut |r| seen.push(r.to_vec()));
        assert_eq!(seen, vec![row(1, "c").to_vec()]);
        assert_eq!(m.len(), 1);
    }

    #[test]
    fn duplicate_keeps_every_row() {
        let mut m = DuplicateModel::default();
        m.apply(RowBatch {
            rows: vec![row(1, "a"), row(1, "a")],
            ops: vec![RowOp::Upsert, RowOp::Delete],
            counted: 0,
        });
        assert_eq!(m.len(), 2);
    }
}
