//! Turning a load body into rows: parameters, plan, CSV/JSON parsing, conversion, counters,
//! the rejected-row log, and the filter-ratio verdict.

pub mod csv;
pub mod error_log;
pub mod json;
pub mod params;
pub mod plan;

use crate::storage::{RowBatch, RowOp};
use csv::{CsvLayout, FieldSplitter, RecordSplitter, count_delims, describe_separator};
use params::{Compression, Format, LoadParams};
use plan::{Fields, LoadPlan, RowOutcome};

/// The message StarRocks gives when no row reached the table (wire spec §3.6).
pub const NO_DATA_MESSAGE: &str = "No partitions have data available for loading. If you are sure there may be no data to be loaded, you can use `ADMIN SET FRONTEND CONFIG ('empty_load_as_error' = 'false')` to ensure such load jobs can succeed";

/// At most this many rejected rows are written to one error log.
pub const MAX_ERROR_ROWS: usize = 50;

/// Row counters of a load.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counters {
    /// loaded + filtered + unselected.
    pub total: u64,
    /// Rows written.
    pub loaded: u64,
    /// Rows rejected for data quality.
    pub filtered: u64,
    /// Rows dropped by `where`.
    pub unselected: u64,
}

impl Counters {
    /// Adds another load's counters.
    pub fn add(&mut self, o: &Counters) {
        self.total += o.total;
        self.loaded += o.loaded;
        self.filtered += o.filtered;
        self.unselected += o.unselected;
    }
}

/// The result of reading one body.
#[derive(Debug, Default, Clone)]
pub struct LoadOutput {
    /// Rows for the table.
    pub batch: RowBatch,
    /// Counters.
    pub counters: Counters,
    /// Error-log lines (`Error: <reason>. Row: <row>`), at most [`MAX_ERROR_ROWS`].
    pub errors: Vec<String>,
}

impl LoadOutput {
    /// Merges the output of a later `load` call of the same transaction.
    pub fn append(&mut self, other: LoadOutput) {
        self.batch.append(other.batch);
        self.counters.add(&other.counters);
        let room = MAX_ERROR_ROWS.saturating_sub(self.errors.len());
        self.errors.extend(other.errors.into_iter().take(room));
    }
}

/// Applies `max_filter_ratio` and the empty-load rule; `Err` is the failure message.
pub fn verdict(c: &Counters, max_filter_ratio: f64) -> Result<(), String> {
    let selected = c.total - c.unselected;
    if selected > 0 && c.filtered as f64 > selected as f64 * max_filter_ratio {
        return Err("too many filtered rows".into());
    }
    if c.loaded == 0 {
        return Err(NO_DATA_MESSAGE.into());
    }
    Ok(())
}

/// Reads a body chunk by chunk and converts it into rows.
#[derive(Debug)]
pub struct BodyReader {
    params: LoadParams,
    plan: LoadPlan,
    keeps_rows: bool,
    layout: CsvLayout,
    splitter: RecordSplitter,
    fields: FieldSplitter,
    buffered: Vec<u8>,
    skip_left: u64,
    fast_count: Option<FastCount>,
    out: LoadOutput,
    is_pk: bool,
    row: Vec<crate::value::Value>,
}

#[derive(Debug, Default)]
struct FastCount {
    delims: u64,
    blanks: u64,
    last_was_delim: bool,
    seen_any: bool,
}

impl BodyReader {
    /// A reader for one body.
    pub fn new(params: LoadParams, plan: LoadPlan, keeps_rows: bool) -> Self {
        let mut out = LoadOutput::default();
        out.batch.partial_columns = plan.partial_columns.clone();
        out.batch.merge_condition = plan.merge_condition;
        let layout = CsvLayout {
            sep: params.column_separator.clone(),
            delim: params.row_delimiter.clone(),
            enclose: params.enclose,
            escape: params.escape,
            trim_space: params.trim_space,
        };
        let fast = !keeps_rows
            && params.format == Format::Csv
            && params.compression == Compression::None
            && layout.delim.len() == 1
            && layout.enclose.is_none()
            && layout.escape.is_none()
            && params.skip_header == 0;
        let is_pk = plan.table.schema.keys_type == crate::catalog::schema::KeysType::Primary;
        BodyReader {
            skip_left: params.skip_header,
            splitter: RecordSplitter::new(&layout),
            fields: FieldSplitter::default(),
            layout,
            params,
            plan,
            keeps_rows,
            buffered: Vec::new(),
            fast_count: fast.then(|| FastCount { last_was_delim: true, ..FastCount::default() }),
            out,
            is_pk,
            row: Vec::new(),
        }
    }

    fn buffers_whole_body(&self) -> bool {
        self.params.format == Format::Json || self.params.compression != Compression::None
    }

    /// Feeds a chunk of the (possibly compressed) body.
    pub fn push(&mut self, chunk: &[u8]) {
        if let Some(fc) = &mut self.fast_count {
            if !chunk.is_empty() {
                let d = self.layout.delim[0];
                let (n, b) = count_delims(chunk, d, fc.last_was_delim);
                fc.delims += n;
                fc.blanks += b;
                fc.last_was_delim = chunk[chunk.len() - 1] == d;
                fc.seen_any = true;
            }
            return;
        }
        if self.buffers_whole_body() {
            self.buffered.extend_from_slice(chunk);
            return;
        }
        self.feed_csv(chunk);
    }

    fn feed_csv(&mut self, chunk: &[u8]) {
        let mut splitter = std::mem::replace(&mut self.splitter, RecordSplitter::new(&self.layout));
        splitter.feed(chunk, &mut |rec| self.csv_record(rec));
        self.splitter = splitter;
    }

    fn csv_record(&mut self, rec: &[u8]) {
        if rec.is_empty() {
            return;
        }
        if self.skip_left > 0 {
            self.skip_left -= 1;
            return;
        }
        self.out.counters.total += 1;
        if !self.keeps_rows {
            self.out.counters.loaded += 1;
            return;
        }
        if std::str::from_utf8(rec).is_err() {
            self.reject("Invalid UTF-8 row".into(), String::from_utf8_lossy(rec).into_owned());
            return;
        }
        let mut splitter = std::mem::take(&mut self.fields);
        let fields = splitter.split(rec, &self.layout);
        if fields.count() != self.plan.field_count() {
            let msg = format!(
                "Target column count: {} doesn't match source value column count: {}. Column separator: '{}', Row delimiter: '{}'",
                self.plan.field_count(),
                fields.count(),
                describe_separator(&self.layout.sep),
                describe_separator(&self.layout.delim)
            );
            let text = fields.row_text();
            splitter.recycle(fields);
            self.fields = splitter;
            self.reject(msg, text);
            return;
        }
        let outcome = self.plan.convert(&fields, &mut self.row);
        let text = if matches!(outcome, RowOutcome::Filtered(_)) { Some(fields.row_text()) } else { None };
        splitter.recycle(fields);
        self.fields = splitter;
        self.record_outcome(outcome, text);
    }

    fn record_outcome(&mut self, outcome: RowOutcome, text: Option<String>) {
        match outcome {
            RowOutcome::Loaded(op) => {
                self.out.counters.loaded += 1;
                self.out.batch.rows.push(&self.row);
                if self.is_pk {
                    self.out.batch.ops.push(op);
                }
            }
            RowOutcome::Filtered(msg) => self.reject(msg, text.unwrap_or_default()),
            RowOutcome::Unselected => self.out.counters.unselected += 1,
        }
    }

    fn reject(&mut self, reason: String, row: String) {
        self.out.counters.filtered += 1;
        if self.out.errors.len() < MAX_ERROR_ROWS {
            self.out.errors.push(format!("Error: {reason}. Row: {row}"));
        }
    }

    /// Ends the body; `Err` is a message that fails the whole load.
    pub fn finish(mut self) -> Result<LoadOutput, String> {
        if let Some(fc) = &self.fast_count {
            let trailing = u64::from(fc.seen_any && !fc.last_was_delim);
            let rows = fc.delims - fc.blanks + trailing;
            self.out.counters.total = rows;
            self.out.counters.loaded = rows;
            self.out.batch.counted = rows;
            return Ok(self.out);
        }
        let body = if self.params.compression == Compression::Lz4Frame {
            decode_lz4_frame(&std::mem::take(&mut self.buffered))?
        } else {
            std::mem::take(&mut self.buffered)
        };
        match self.params.format {
            Format::Json => self.read_json(&body)?,
            Format::Csv => {
                if !body.is_empty() {
                    self.feed_csv(&body);
                }
                let mut splitter = std::mem::replace(&mut self.splitter, RecordSplitter::new(&self.layout));
                splitter.finish(&mut |rec| self.csv_record(rec));
            }
        }
        if let Some(c) = self.plan.merge_condition
            && has_deletes(&self.out.batch)
        {
            return Err(format!(
                "memtable of tablet {} delete with condition column {}",
                self.plan.table.id, self.plan.table.schema.columns[c].name
            ));
        }
        if !self.keeps_rows {
            self.out.batch.counted = self.out.counters.loaded;
            self.out.batch.rows.clear();
            self.out.batch.ops.clear();
        }
        Ok(self.out)
    }

    fn read_json(&mut self, body: &[u8]) -> Result<(), String> {
        let text = std::str::from_utf8(body).map_err(|e| format!("parse error. The input is not valid UTF-8: {e}"))?;
        let docs = json::parse_documents(text).inspect_err(|_| {
            self.out.counters.filtered += 1;
            self.out.counters.total += 1;
        })?;
        let root = self.params.json_root.as_deref().map(json::JsonPath::parse).transpose()?;
        let paths = self.params.jsonpaths.as_deref().map(json::parse_jsonpaths).transpose()?;
        let rows = json::rows(&docs, root.as_ref(), self.params.strip_outer_array)?;
        let json_text = self.plan.json_text_fields();
        for row in rows {
            self.out.counters.total += 1;
            if !self.keeps_rows {
                self.out.counters.loaded += 1;
                continue;
            }
            let fields = json::JsonFields::new(row, &self.plan.field_names, paths.as_deref(), &json_text);
            let outcome = self.plan.convert(&fields, &mut self.row);
            let text = matches!(outcome, RowOutcome::Filtered(_)).then(|| fields.row_text());
            self.record_outcome(outcome, text);
        }
        Ok(())
    }
}

/// Decodes an LZ4 frame body.
pub fn decode_lz4_frame(data: &[u8]) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let mut out = Vec::new();
    lz4_flex::frame::FrameDecoder::new(data)
        .read_to_end(&mut out)
        .map_err(|e| format!("Failed to decompress lz4_frame body: {e}"))?;
    Ok(out)
}

/// Whether a loaded batch carries any delete.
pub fn has_deletes(batch: &RowBatch) -> bool {
    batch.ops.contains(&RowOp::Delete)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdict_applies_ratio_and_empty_rule() {
        let c = Counters { total: 10, loaded: 9, filtered: 1, unselected: 0 };
        assert_eq!(verdict(&c, 0.0).unwrap_err(), "too many filtered rows");
        assert!(verdict(&c, 0.1).is_ok());
        assert_eq!(verdict(&Counters::default(), 0.0).unwrap_err(), NO_DATA_MESSAGE);
        let unselected = Counters { total: 2, loaded: 0, filtered: 0, unselected: 2 };
        assert_eq!(verdict(&unselected, 0.0).unwrap_err(), NO_DATA_MESSAGE);
    }
}
