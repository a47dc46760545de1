//! Key models: how a committed batch changes a table's rows (wire spec §7).

use super::{EncodedRows, RowBatch, RowOp, decode_row};
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
    chunks: Vec<EncodedRows>,
    len: usize,
}

impl TableModel for DuplicateModel {
    fn apply(&mut self, batch: RowBatch) {
        self.len += batch.rows.len();
        if !batch.rows.is_empty() {
            self.chunks.push(batch.rows);
        }
    }

    fn scan(&self, f: &mut dyn FnMut(&[Value])) {
        for c in &self.chunks {
            c.for_each(f);
        }
    }

    fn clear(&mut self) {
        self.chunks.clear();
        self.len = 0;
    }

    fn len(&self) -> usize {
        self.len
    }
}

/// Primary key: upsert by key, delete with `__op` = 1; the last row for a key wins.
#[derive(Debug)]
pub struct PrimaryKeyModel {
    key_columns: Vec<usize>,
    rows: Vec<Option<Box<[u8]>>>,
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
            let mut scratch = Vec::new();
            for raw in rows.into_iter().flatten() {
                decode_row(&raw, &mut scratch);
                let k = self.key_of(&scratch);
                self.index.insert(k, self.rows.len());
                self.rows.push(Some(raw));
            }
        }
    }
}

impl TableModel for PrimaryKeyModel {
    fn apply(&mut self, batch: RowBatch) {
        let RowBatch { rows, ops, .. } = batch;
        let mut scratch = Vec::new();
        for i in 0..rows.len() {
            let op = ops.get(i).copied().unwrap_or(RowOp::Upsert);
            let raw = rows.raw(i);
            decode_row(raw, &mut scratch);
            let key = self.key_of(&scratch);
            let row: Box<[u8]> = raw.into();
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
        let mut scratch = Vec::new();
        for r in self.rows.iter().flatten() {
            decode_row(r, &mut scratch);
            f(&scratch);
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

    fn row(k: i64, v: &str) -> Vec<Value> {
        vec![Value::Int(k), Value::Str(v.into())]
    }

    fn batch(rows: &[Vec<Value>], ops: Vec<RowOp>) -> RowBatch {
        let mut b = RowBatch::default();
        for r in rows {
            b.rows.push(r);
        }
        b.ops = ops;
        b
    }

    #[test]
    fn primary_key_upserts_and_deletes_in_order() {
        let mut m = PrimaryKeyModel::new(vec![0]);
        m.apply(batch(
            &[row(1, "a"), row(2, "b"), row(1, "c"), row(2, "b")],
            vec![RowOp::Upsert, RowOp::Upsert, RowOp::Upsert, RowOp::Delete],
        ));
        let mut seen = Vec::new();
        m.scan(&mut |r| seen.push(r.to_vec()));
        assert_eq!(seen, vec![row(1, "c")]);
        assert_eq!(m.len(), 1);
    }

    #[test]
    fn duplicate_keeps_every_row() {
        let mut m = DuplicateModel::default();
        m.apply(batch(
            &[row(1, "a"), row(1, "a")],
            vec![RowOp::Upsert, RowOp::Delete],
        ));
        assert_eq!(m.len(), 2);
        let mut seen = 0;
        m.scan(&mut |r| {
            assert_eq!(r, &row(1, "a")[..]);
            seen += 1;
        });
        assert_eq!(seen, 2);
    }
}
