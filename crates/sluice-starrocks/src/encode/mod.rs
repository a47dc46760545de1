//! Arrow batches with row kinds → the bytes of a CSV or JSON load body. Values are encoded
//! column by column (`column.rs`), then assembled into rows (`csv.rs`, `json.rs`). Pure: no
//! I/O, usable on its own to produce bodies for any stream-load client.

pub mod column;
pub mod csv;
mod fast;
pub mod json;
pub mod text;

use arrow_array::{BooleanArray, RecordBatch};
use chrono_tz::Tz;
use sluice_common::{ChangeBatch, DataType, RowKind};

use crate::error::{ConfigError, EncodeError};
use crate::options::Format;
use column::{Context, Encoded, Style, ValueKind};
pub use csv::CsvLayout;

/// What happens to the row kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpMode {
    /// Not a primary-key table: inserts and update-afters are written, deletes and
    /// update-befores dropped (as the connector does).
    Append,
    /// Primary-key table: `__op` 0 for inserts and update-afters, 1 for deletes, and for
    /// update-befores unless `sink.ignore.update-before` drops them.
    Upsert {
        /// `sink.ignore.update-before`.
        ignore_update_before: bool,
    },
}

/// Everything that shapes the body besides the schema.
#[derive(Debug, Clone)]
pub struct EncoderSettings {
    /// CSV or JSON.
    pub format: Format,
    /// CSV separators and quoting (ignored for JSON).
    pub layout: CsvLayout,
    /// Row-kind handling.
    pub op_mode: OpMode,
    /// Zone of TIMESTAMP_LTZ text (Flink's `table.local-time-zone`); UTC when `None`.
    pub time_zone: Option<Tz>,
}

struct Column {
    name: String,
    kind: ValueKind,
}

/// Turns batches into load-body rows. CSV rows end with the row delimiter; JSON rows are
/// objects each preceded by `,` (see [`Framing`]).
pub struct RowEncoder {
    columns: Vec<Column>,
    settings: EncoderSettings,
    json_keys: Vec<Vec<u8>>,
}

/// One encoded batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EncodedRows {
    /// Rows written.
    pub rows: usize,
    /// Rows dropped because of their kind.
    pub dropped: usize,
}

impl RowEncoder {
    /// An encoder for these columns (name and Flink type, in batch order).
    pub fn new(columns: &[(String, DataType)], settings: EncoderSettings) -> Result<Self, ConfigError> {
        let columns = columns
            .iter()
            .map(|(name, t)| {
                ValueKind::of(t, false).map(|kind| Column { name: name.clone(), kind }).map_err(|why| {
                    ConfigError::Column {
                        column: name.clone(),
                        why: format!("StarRocks has no type for {why}"),
                        help: "declare the column as STRING (or a supported type) and CAST the value in the INSERT"
                            .into(),
                    }
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let names: Vec<String> = columns.iter().map(|c| c.name.clone()).collect();
        Ok(RowEncoder { json_keys: json::key_prefixes(&names), columns, settings })
    }

    /// The settings.
    pub fn settings(&self) -> &EncoderSettings {
        &self.settings
    }

    /// Appends the rows of `batch` to `out`.
    pub fn encode(&self, batch: &ChangeBatch, out: &mut Vec<u8>) -> Result<EncodedRows, EncodeError> {
        let rb = &batch.batch;
        if rb.num_columns() != self.columns.len() {
            return Err(EncodeError::ColumnCount { expected: self.columns.len(), got: rb.num_columns() });
        }
        let (rows, ops) = self.select(batch)?;
        let n = rows.num_rows();
        let dropped = batch.num_rows() - n;
        if n == 0 {
            return Ok(EncodedRows { rows: 0, dropped });
        }
        let style = if self.settings.format == Format::Json { Style::Json } else { Style::Csv };
        let ctx = Context { time_zone: self.settings.time_zone };
        let mut cols: Vec<Encoded<'_>> = Vec::with_capacity(self.columns.len());
        for (c, array) in self.columns.iter().zip(rows.columns()) {
            let e = column::encode(&c.kind, array.as_ref(), style, &ctx).map_err(|e| EncodeError::Value {
                row: e.index,
                column: c.name.clone(),
                message: e.message,
            })?;
            cols.push(e);
        }
        let ops = ops.as_deref();
        match self.settings.format {
            Format::Csv => {
                let layout = &self.settings.layout;
                for j in 0..cols.len() {
                    if let Err(row) = csv::protect(&mut cols[j], layout) {
                        return Err(EncodeError::Collision {
                            row,
                            column: self.columns[j].name.clone(),
                            what: layout.collision_name(cols[j].value(row)),
                            row_text: csv::render_row(&cols, row, layout),
                        });
                    }
                }
                csv::assemble(&cols, ops, n, layout, out);
            }
            Format::Json => json::assemble(&cols, &self.json_keys, ops, n, out),
        }
        cols.into_iter().for_each(Encoded::recycle);
        Ok(EncodedRows { rows: n, dropped })
    }

    /// The rows to write and their `__op` digits (`None` when the table takes no `__op`).
    fn select(&self, batch: &ChangeBatch) -> Result<(RecordBatch, Option<Vec<u8>>), EncodeError> {
        let n = batch.num_rows();
        let keep = |k: RowKind| match (self.settings.op_mode, k) {
            (_, RowKind::Insert | RowKind::UpdateAfter) => Some(b'0'),
            (OpMode::Upsert { .. }, RowKind::Delete) => Some(b'1'),
            (OpMode::Upsert { ignore_update_before: false }, RowKind::UpdateBefore) => Some(b'1'),
            _ => None,
        };
        let upsert = matches!(self.settings.op_mode, OpMode::Upsert { .. });
        if batch.kinds.is_empty() {
            return Ok((batch.batch.clone(), upsert.then(|| vec![b'0'; n])));
        }
        let ops: Vec<Option<u8>> = batch.kinds.iter().map(|k| keep(*k)).collect();
        let kept: Vec<u8> = ops.iter().flatten().copied().collect();
        let rows = if kept.len() == n {
            batch.batch.clone()
        } else {
            let mask = BooleanArray::from(ops.iter().map(Option::is_some).collect::<Vec<_>>());
            arrow_select::filter::filter_record_batch(&batch.batch, &mask).map_err(|e| EncodeError::Value {
                row: 0,
                column: String::new(),
                message: format!("cannot drop the rows of ignored kinds: {e}"),
            })?
        };
        Ok((rows, upsert.then_some(kept)))
    }
}

/// How rows become a body: CSV rows are concatenated; JSON rows (`,{…}`) go into one array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Framing {
    /// The body format.
    pub format: Format,
}

impl Framing {
    /// Bytes before the first row.
    pub fn open(&self) -> &'static [u8] {
        if self.format == Format::Json { b"[" } else { b"" }
    }

    /// Bytes after the last row.
    pub fn close(&self) -> &'static [u8] {
        if self.format == Format::Json { b"]" } else { b"" }
    }

    /// Bytes to skip at the start of the first piece of a body (the first row's comma).
    pub fn skip_first(&self) -> usize {
        usize::from(self.format == Format::Json)
    }

    /// Appends one row given as text (a CSV line without its delimiter, or a JSON object),
    /// refusing text that would not be exactly one row.
    pub fn push_raw(&self, layout: &CsvLayout, row: &[u8], out: &mut Vec<u8>) -> Result<(), String> {
        match self.format {
            Format::Csv => {
                if memchr::memmem::find(row, &layout.delim).is_some() {
                    return Err("the row contains the row delimiter, so StarRocks would read two rows".into());
                }
                out.extend_from_slice(row);
                out.extend_from_slice(&layout.delim);
            }
            Format::Json => {
                let t = row.trim_ascii();
                if t.first() != Some(&b'{') || t.last() != Some(&b'}') {
                    return Err("a JSON row must be one object, {…}".into());
                }
                out.push(b',');
                out.extend_from_slice(t);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
