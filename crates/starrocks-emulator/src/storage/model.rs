//! Key models: how a committed batch changes a table's rows (wire spec §7).

use super::keyed::KeyedModel;
use super::{EncodedRows, RowBatch};
use crate::catalog::schema::{KeysType, TableSchema};
use crate::value::Value;
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
        KeysType::Duplicate => Box::new(DuplicateModel::default()),
        KeysType::Primary | KeysType::Aggregate | KeysType::Unique => Box::new(KeyedModel::for_schema(schema)),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::RowOp;

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
        let mut m = KeyedModel::primary(vec![0]);
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
        m.apply(batch(&[row(1, "a"), row(1, "a")], vec![RowOp::Upsert, RowOp::Delete]));
        assert_eq!(m.len(), 2);
        let mut seen = 0;
        m.scan(&mut |r| {
            assert_eq!(r, &row(1, "a")[..]);
            seen += 1;
        });
        assert_eq!(seen, 2);
    }
}
