//! Durability: the [`Journal`] records what must survive a restart (databases, tables,
//! users, committed batches, finished and prepared transactions) and hands it back as a
//! [`Snapshot`] at start. Memory and discard storage have no journal.

use super::{EncodedRows, RowBatch, RowOp};
use crate::load::{Counters, LoadOutput};
use std::fmt::Debug;

/// Errors of the journal.
#[derive(Debug, thiserror::Error)]
#[error("storage journal: {0}")]
pub struct JournalError(pub String);

/// A transaction as the journal keeps it.
#[derive(Debug, Clone)]
pub struct TxnRecord {
    /// Id.
    pub id: i64,
    /// Database id.
    pub db_id: i64,
    /// Database name.
    pub db: String,
    /// Table id.
    pub table_id: i64,
    /// Label.
    pub label: String,
    /// State name (`PREPARED`, `VISIBLE`, `ABORTED`).
    pub status: String,
    /// Abort reason.
    pub reason: String,
    /// `prepared_timeout` in seconds.
    pub prepared_timeout_s: u64,
    /// Rows of a prepared transaction.
    pub staged: Option<LoadOutput>,
}

/// A table as the journal keeps it.
#[derive(Debug, Clone)]
pub struct TableRecord {
    /// Table id.
    pub id: i64,
    /// Database id.
    pub db_id: i64,
    /// `SHOW CREATE TABLE` text.
    pub ddl: String,
    /// Committed batches, in commit order.
    pub batches: Vec<RowBatch>,
}

/// Everything restored at start.
#[derive(Debug, Default)]
pub struct Snapshot {
    /// (id, name) of each database.
    pub databases: Vec<(i64, String)>,
    /// Tables.
    pub tables: Vec<TableRecord>,
    /// (user, password).
    pub users: Vec<(String, String)>,
    /// Finished and prepared transactions, by id.
    pub txns: Vec<TxnRecord>,
}

/// Records state changes durably.
pub trait Journal: Send + Sync + Debug {
    /// Reads everything back.
    fn load(&self) -> Result<Snapshot, JournalError>;
    /// A database was created.
    fn create_database(&self, id: i64, name: &str);
    /// A database and its tables were dropped.
    fn drop_database(&self, id: i64);
    /// A table was created.
    fn create_table(&self, id: i64, db_id: i64, ddl: &str);
    /// A table was dropped.
    fn drop_table(&self, id: i64);
    /// A table was truncated.
    fn truncate(&self, table_id: i64);
    /// A user was created (`Some` password) or dropped (`None`).
    fn user(&self, name: &str, password: Option<&str>);
    /// A transaction reached PREPARED, VISIBLE or ABORTED; for VISIBLE `committed` holds the
    /// rows applied to its table.
    fn txn(&self, txn: &TxnRecord, committed: Option<&RowBatch>);
}

fn put_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn get_u64(b: &[u8], pos: &mut usize) -> Option<u64> {
    let s = b.get(*pos..*pos + 8)?;
    *pos += 8;
    Some(u64::from_le_bytes(s.try_into().ok()?))
}

/// Serializes a batch.
pub fn batch_to_bytes(b: &RowBatch) -> Vec<u8> {
    let (data, ends) = b.rows.parts();
    let mut out = Vec::with_capacity(data.len() + ends.len() * 9 + 64);
    put_u64(&mut out, ends.len() as u64);
    for e in ends {
        put_u64(&mut out, *e as u64);
    }
    put_u64(&mut out, data.len() as u64);
    out.extend_from_slice(data);
    put_u64(&mut out, b.ops.len() as u64);
    out.extend(b.ops.iter().map(|o| u8::from(*o == RowOp::Delete)));
    match &b.partial_columns {
        Some(m) => {
            put_u64(&mut out, m.len() as u64 + 1);
            out.extend(m.iter().map(|x| u8::from(*x)));
        }
        None => put_u64(&mut out, 0),
    }
    put_u64(&mut out, b.merge_condition.map_or(0, |c| c as u64 + 1));
    put_u64(&mut out, b.counted);
    out
}

/// Reads a batch back.
pub fn batch_from_bytes(b: &[u8]) -> Option<RowBatch> {
    let mut pos = 0;
    let n = get_u64(b, &mut pos)? as usize;
    let mut ends = Vec::with_capacity(n.min(b.len() / 8));
    for _ in 0..n {
        ends.push(get_u64(b, &mut pos)? as usize);
    }
    let len = get_u64(b, &mut pos)? as usize;
    let data = b.get(pos..pos + len)?.to_vec();
    pos += len;
    if ends.last().is_some_and(|e| *e > data.len()) || ends.windows(2).any(|w| w[0] > w[1]) {
        return None;
    }
    let nops = get_u64(b, &mut pos)? as usize;
    let ops = b.get(pos..pos + nops)?.iter().map(|x| if *x == 1 { RowOp::Delete } else { RowOp::Upsert }).collect();
    pos += nops;
    let mask = get_u64(b, &mut pos)? as usize;
    let partial_columns = if mask == 0 {
        None
    } else {
        let m = b.get(pos..pos + mask - 1)?.iter().map(|x| *x == 1).collect();
        pos += mask - 1;
        Some(m)
    };
    let cond = get_u64(b, &mut pos)?;
    let counted = get_u64(b, &mut pos)?;
    Some(RowBatch {
        rows: EncodedRows::from_parts(data, ends),
        ops,
        counted,
        partial_columns,
        merge_condition: (cond > 0).then(|| cond as usize - 1),
    })
}

/// Serializes a prepared transaction's rows and counters.
pub fn output_to_bytes(o: &LoadOutput) -> Vec<u8> {
    let mut out = Vec::new();
    for v in [o.counters.total, o.counters.loaded, o.counters.filtered, o.counters.unselected] {
        put_u64(&mut out, v);
    }
    out.extend(batch_to_bytes(&o.batch));
    out
}

/// Reads a prepared transaction's rows and counters back.
pub fn output_from_bytes(b: &[u8]) -> Option<LoadOutput> {
    let mut pos = 0;
    let counters = Counters {
        total: get_u64(b, &mut pos)?,
        loaded: get_u64(b, &mut pos)?,
        filtered: get_u64(b, &mut pos)?,
        unselected: get_u64(b, &mut pos)?,
    };
    Some(LoadOutput { batch: batch_from_bytes(&b[pos..])?, counters, errors: Vec::new() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Value;

    #[test]
    fn batches_round_trip() {
        let mut b = RowBatch::default();
        b.rows.push(&[Value::Int(1), Value::Str("a".into())]);
        b.rows.push(&[Value::Int(2), Value::Null]);
        b.ops = vec![RowOp::Upsert, RowOp::Delete];
        b.partial_columns = Some(vec![true, false]);
        b.merge_condition = Some(1);
        let back = batch_from_bytes(&batch_to_bytes(&b)).unwrap();
        assert_eq!(back.rows.len(), 2);
        assert_eq!(back.rows.raw(1), b.rows.raw(1));
        assert_eq!(back.ops, b.ops);
        assert_eq!(back.partial_columns, b.partial_columns);
        assert_eq!(back.merge_condition, Some(1));
        assert!(batch_from_bytes(&[1, 2, 3]).is_none());
    }
}
