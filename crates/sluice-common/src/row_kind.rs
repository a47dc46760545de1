//! Flink's changelog row kinds and the batch type that carries them next to Arrow columns.

use arrow_array::RecordBatch;

/// The change a row stands for, as Flink's `RowKind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum RowKind {
    /// `+I`: a new row.
    Insert = 0,
    /// `-U`: the old version of an updated row.
    UpdateBefore = 1,
    /// `+U`: the new version of an updated row.
    UpdateAfter = 2,
    /// `-D`: a deleted row.
    Delete = 3,
}

impl RowKind {
    /// The short form Flink prints (`+I`, `-U`, `+U`, `-D`).
    pub fn short_string(&self) -> &'static str {
        match self {
            RowKind::Insert => "+I",
            RowKind::UpdateBefore => "-U",
            RowKind::UpdateAfter => "+U",
            RowKind::Delete => "-D",
        }
    }

    /// Whether the row adds (`+I`, `+U`) rather than retracts (`-U`, `-D`).
    pub fn is_addition(&self) -> bool {
        matches!(self, RowKind::Insert | RowKind::UpdateAfter)
    }
}

/// A record batch with one row kind per row. `kinds` is empty when every row is an insert,
/// which keeps append-only streams free of the extra column.
#[derive(Debug, Clone)]
pub struct ChangeBatch {
    /// The rows.
    pub batch: RecordBatch,
    /// One kind per row, or empty for all inserts.
    pub kinds: Vec<RowKind>,
}

impl ChangeBatch {
    /// A batch of inserts only.
    pub fn inserts(batch: RecordBatch) -> Self {
        ChangeBatch { batch, kinds: Vec::new() }
    }

    /// A batch with explicit kinds; `kinds.len()` must equal the row count.
    pub fn with_kinds(batch: RecordBatch, kinds: Vec<RowKind>) -> Self {
        assert_eq!(batch.num_rows(), kinds.len(), "one row kind per row");
        ChangeBatch { batch, kinds }
    }

    /// Number of rows.
    pub fn num_rows(&self) -> usize {
        self.batch.num_rows()
    }

    /// Kind of row `i`.
    pub fn kind(&self, i: usize) -> RowKind {
        self.kinds.get(i).copied().unwrap_or(RowKind::Insert)
    }

    /// Whether every row is an insert.
    pub fn is_insert_only(&self) -> bool {
        self.kinds.iter().all(|k| *k == RowKind::Insert)
    }
}
