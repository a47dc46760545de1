//! Keyed models (wire spec §7): primary key (upsert/delete, partial and conditional
//! updates, §6.5–6.6), unique key (newest row wins) and aggregate key (value columns
//! combined with SUM, MAX, MIN, REPLACE, REPLACE_IF_NOT_NULL).

use super::model::TableModel;
use super::{RowBatch, RowOp, decode_row, encode_row};
use crate::catalog::schema::{KeysType, TableSchema};
use crate::value::Value;
use std::cmp::Ordering;
use std::collections::HashMap;

/// How a value column of an aggregate table combines values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AggFn {
    /// `SUM`.
    Sum,
    /// `MAX`.
    Max,
    /// `MIN`.
    Min,
    /// `REPLACE`.
    Replace,
    /// `REPLACE_IF_NOT_NULL`.
    ReplaceIfNotNull,
    /// `BITMAP_UNION`.
    BitmapUnion,
    /// `HLL_UNION`.
    HllUnion,
}

impl AggFn {
    /// The function for an aggregate name, if the emulator implements it.
    pub fn from_name(name: &str) -> Option<AggFn> {
        match name.to_ascii_uppercase().as_str() {
            "SUM" => Some(AggFn::Sum),
            "MAX" => Some(AggFn::Max),
            "MIN" => Some(AggFn::Min),
            "REPLACE" => Some(AggFn::Replace),
            "REPLACE_IF_NOT_NULL" => Some(AggFn::ReplaceIfNotNull),
            "BITMAP_UNION" => Some(AggFn::BitmapUnion),
            "HLL_UNION" => Some(AggFn::HllUnion),
            _ => None,
        }
    }

    fn combine(self, old: &Value, new: Value) -> Value {
        match self {
            AggFn::BitmapUnion | AggFn::HllUnion => match (old, &new) {
                (Value::Null, _) => new,
                (_, Value::Null) => old.clone(),
                _ => crate::value::sketch::union(old, &new),
            },
            AggFn::Replace => new,
            AggFn::ReplaceIfNotNull => {
                if new.is_null() {
                    old.clone()
                } else {
                    new
                }
            }
            AggFn::Sum => match (old, &new) {
                (Value::Null, _) => new,
                (_, Value::Null) => old.clone(),
                (Value::Int(a), Value::Int(b)) => {
                    a.checked_add(*b).map_or(Value::LargeInt(i128::from(*a) + i128::from(*b)), Value::Int)
                }
                (Value::LargeInt(a), Value::LargeInt(b)) => Value::LargeInt(a.wrapping_add(*b)),
                (Value::Decimal(a, s), Value::Decimal(b, t)) if s == t => Value::Decimal(a + b, *s),
                _ => Value::Float(old.as_f64().unwrap_or(0.0) + new.as_f64().unwrap_or(0.0)),
            },
            AggFn::Max | AggFn::Min => {
                if new.is_null() {
                    return old.clone();
                }
                if old.is_null() {
                    return new;
                }
                let o = new.order_cmp(old);
                let take_new = if self == AggFn::Max { o == Ordering::Greater } else { o == Ordering::Less };
                if take_new { new } else { old.clone() }
            }
        }
    }
}

/// What an incoming row does to a stored row with the same key.
#[derive(Debug, Clone, PartialEq)]
enum Merge {
    /// The incoming row replaces the stored one (primary and unique keys).
    Replace,
    /// Value columns are combined (aggregate key); `None` for key columns.
    Aggregate(Vec<Option<AggFn>>),
}

/// Rows indexed by key.
#[derive(Debug)]
pub struct KeyedModel {
    key_columns: Vec<usize>,
    merge: Merge,
    honour_ops: bool,
    rows: Vec<Option<Box<[u8]>>>,
    index: HashMap<Vec<u8>, usize>,
    live: usize,
}

impl KeyedModel {
    /// The model for a primary-key, unique-key or aggregate-key schema.
    pub fn for_schema(schema: &TableSchema) -> Self {
        let merge = match schema.keys_type {
            KeysType::Aggregate => Merge::Aggregate(
                schema.columns.iter().map(|c| c.aggregation.as_deref().and_then(AggFn::from_name)).collect(),
            ),
            _ => Merge::Replace,
        };
        KeyedModel {
            key_columns: schema.key_columns.clone(),
            merge,
            honour_ops: schema.keys_type == KeysType::Primary,
            rows: Vec::new(),
            index: HashMap::new(),
            live: 0,
        }
    }

    /// A primary-key model over `key_columns`.
    pub fn primary(key_columns: Vec<usize>) -> Self {
        KeyedModel {
            key_columns,
            merge: Merge::Replace,
            honour_ops: true,
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

    /// The stored row after `new` arrives for an existing key; `None` keeps the old row.
    fn merged(&self, batch: &RowBatch, old: Vec<Value>, new: Vec<Value>) -> Option<Vec<Value>> {
        if let Some(c) = batch.merge_condition
            && new[c].order_cmp(&old[c]) == Ordering::Less
        {
            return None;
        }
        let mut out = match &batch.partial_columns {
            Some(mask) => {
                let mut out = old.clone();
                for (i, v) in new.into_iter().enumerate() {
                    if mask[i] {
                        out[i] = v;
                    }
                }
                out
            }
            None => new,
        };
        if let Merge::Aggregate(fns) = &self.merge {
            for (i, f) in fns.iter().enumerate() {
                if let Some(f) = f {
                    let v = std::mem::replace(&mut out[i], Value::Null);
                    out[i] = f.combine(&old[i], v);
                }
            }
        }
        Some(out)
    }
}

impl TableModel for KeyedModel {
    fn apply(&mut self, batch: RowBatch) {
        let mut new = Vec::new();
        let mut old = Vec::new();
        for i in 0..batch.rows.len() {
            let op = if self.honour_ops { batch.ops.get(i).copied().unwrap_or(RowOp::Upsert) } else { RowOp::Upsert };
            let raw = batch.rows.raw(i);
            decode_row(raw, &mut new);
            let key = self.key_of(&new);
            match (op, self.index.get(&key).copied()) {
                (RowOp::Delete, Some(slot)) => {
                    self.index.remove(&key);
                    self.rows[slot] = None;
                    self.live -= 1;
                }
                (RowOp::Delete, None) => {}
                (RowOp::Upsert, Some(slot)) => {
                    let Some(stored) = &self.rows[slot] else {
                        continue;
                    };
                    decode_row(stored, &mut old);
                    if let Some(row) = self.merged(&batch, std::mem::take(&mut old), std::mem::take(&mut new)) {
                        let mut enc = Vec::new();
                        encode_row(&row, &mut enc);
                        self.rows[slot] = Some(enc.into_boxed_slice());
                    }
                }
                (RowOp::Upsert, None) => {
                    self.index.insert(key, self.rows.len());
                    self.rows.push(Some(raw.into()));
                    self.live += 1;
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
    use crate::catalog::ddl::parse_create_table;

    fn batch(rows: &[Vec<Value>]) -> RowBatch {
        let mut b = RowBatch::default();
        for r in rows {
            b.rows.push(r);
        }
        b
    }

    fn all(m: &KeyedModel) -> Vec<Vec<Value>> {
        let mut out = Vec::new();
        m.scan(&mut |r| out.push(r.to_vec()));
        out
    }

    #[test]
    fn aggregate_functions_combine_values() {
        let ct = parse_create_table(
            "CREATE TABLE a (k INT, s INT SUM, mx INT MAX, mn INT MIN, r INT REPLACE, rn INT REPLACE_IF_NOT_NULL) AGGREGATE KEY(k)",
        )
        .unwrap();
        let mut m = KeyedModel::for_schema(&ct.schema);
        let i = Value::Int;
        m.apply(batch(&[
            vec![i(1), i(1), i(5), i(5), i(1), i(1)],
            vec![i(1), Value::Null, i(7), i(2), Value::Null, Value::Null],
            vec![i(1), i(3), i(6), i(9), i(3), i(3)],
        ]));
        assert_eq!(all(&m), vec![vec![i(1), i(4), i(7), i(2), i(3), i(3)]]);
    }

    #[test]
    fn unique_key_ignores_ops_and_keeps_the_newest_row() {
        let ct = parse_create_table("CREATE TABLE u (k INT, v INT) UNIQUE KEY(k)").unwrap();
        let mut m = KeyedModel::for_schema(&ct.schema);
        let mut b = batch(&[vec![Value::Int(1), Value::Int(1)], vec![Value::Int(1), Value::Null]]);
        b.ops = vec![RowOp::Upsert, RowOp::Delete];
        m.apply(b);
        assert_eq!(all(&m), vec![vec![Value::Int(1), Value::Null]]);
    }

    #[test]
    fn partial_and_conditional_updates() {
        let mut m = KeyedModel::primary(vec![0]);
        let i = Value::Int;
        m.apply(batch(&[vec![i(1), i(10), i(100)], vec![i(2), i(20), i(200)]]));
        let mut b = batch(&[vec![i(1), i(11), Value::Null], vec![i(3), i(30), Value::Null]]);
        b.partial_columns = Some(vec![true, true, false]);
        m.apply(b);
        assert_eq!(all(&m), vec![vec![i(1), i(11), i(100)], vec![i(2), i(20), i(200)], vec![i(3), i(30), Value::Null]]);
        let mut b = batch(&[vec![i(1), i(5), i(0)], vec![i(2), i(20), i(1)]]);
        b.merge_condition = Some(1);
        m.apply(b);
        assert_eq!(all(&m), vec![vec![i(1), i(11), i(100)], vec![i(2), i(20), i(1)], vec![i(3), i(30), Value::Null]]);
    }
}
