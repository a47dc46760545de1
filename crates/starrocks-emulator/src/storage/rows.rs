//! Compact row encoding: rows of a batch or table live in one byte buffer (a tag byte and a
//! fixed or length-prefixed payload per value) instead of one allocation per row and value.

use crate::value::Value;
use chrono::{NaiveDate, NaiveDateTime};

const NULL: u8 = 0;
const BOOL: u8 = 1;
const INT: u8 = 2;
const LARGE: u8 = 3;
const FLOAT: u8 = 4;
const DECIMAL: u8 = 5;
const STR: u8 = 6;
const BYTES: u8 = 7;
const DATE: u8 = 8;
const DATETIME: u8 = 9;

/// Appends one encoded row to `out`.
pub fn encode_row(row: &[Value], out: &mut Vec<u8>) {
    for v in row {
        match v {
            Value::Null => out.push(NULL),
            Value::Bool(b) => out.extend_from_slice(&[BOOL, u8::from(*b)]),
            Value::Int(i) => {
                out.push(INT);
                out.extend_from_slice(&i.to_le_bytes());
            }
            Value::LargeInt(i) => {
                out.push(LARGE);
                out.extend_from_slice(&i.to_le_bytes());
            }
            Value::Float(f) => {
                out.push(FLOAT);
                out.extend_from_slice(&f.to_le_bytes());
            }
            Value::Decimal(d, s) => {
                out.push(DECIMAL);
                out.extend_from_slice(&d.to_le_bytes());
                out.push(*s);
            }
            Value::Str(s) => {
                out.push(STR);
                out.extend_from_slice(&(s.len() as u32).to_le_bytes());
                out.extend_from_slice(s.as_bytes());
            }
            Value::Bytes(b) => {
                out.push(BYTES);
                out.extend_from_slice(&(b.len() as u32).to_le_bytes());
                out.extend_from_slice(b);
            }
            Value::Date(d) => {
                out.push(DATE);
                out.extend_from_slice(&d.to_epoch_days().to_le_bytes());
            }
            Value::DateTime(dt) => {
                out.push(DATETIME);
                out.extend_from_slice(&dt.and_utc().timestamp_micros().to_le_bytes());
            }
        }
    }
}

fn take<const N: usize>(b: &[u8], pos: &mut usize) -> [u8; N] {
    let mut a = [0u8; N];
    a.copy_from_slice(&b[*pos..*pos + N]);
    *pos += N;
    a
}

/// Decodes one encoded row into `out` (cleared first).
pub fn decode_row(b: &[u8], out: &mut Vec<Value>) {
    out.clear();
    let mut pos = 0;
    while pos < b.len() {
        let tag = b[pos];
        pos += 1;
        let v = match tag {
            BOOL => {
                pos += 1;
                Value::Bool(b[pos - 1] != 0)
            }
            INT => Value::Int(i64::from_le_bytes(take(b, &mut pos))),
            LARGE => Value::LargeInt(i128::from_le_bytes(take(b, &mut pos))),
            FLOAT => Value::Float(f64::from_le_bytes(take(b, &mut pos))),
            DECIMAL => {
                let d = i128::from_le_bytes(take(b, &mut pos));
                pos += 1;
                Value::Decimal(d, b[pos - 1])
            }
            STR | BYTES => {
                let n = u32::from_le_bytes(take(b, &mut pos)) as usize;
                let bytes = &b[pos..pos + n];
                pos += n;
                if tag == STR {
                    Value::Str(String::from_utf8_lossy(bytes).into_owned())
                } else {
                    Value::Bytes(bytes.to_vec())
                }
            }
            DATE => NaiveDate::from_epoch_days(i32::from_le_bytes(take(b, &mut pos))).map_or(Value::Null, Value::Date),
            DATETIME => NaiveDateTime::from_timestamp_micros_opt(i64::from_le_bytes(take(b, &mut pos))),
            _ => Value::Null,
        };
        out.push(v);
    }
}

trait FromMicros {
    fn from_timestamp_micros_opt(micros: i64) -> Value;
}

impl FromMicros for NaiveDateTime {
    fn from_timestamp_micros_opt(micros: i64) -> Value {
        chrono::DateTime::from_timestamp_micros(micros).map_or(Value::Null, |d| Value::DateTime(d.naive_utc()))
    }
}

/// Rows encoded back to back.
#[derive(Debug, Default, Clone)]
pub struct EncodedRows {
    data: Vec<u8>,
    ends: Vec<usize>,
}

impl EncodedRows {
    /// Appends a row.
    pub fn push(&mut self, row: &[Value]) {
        encode_row(row, &mut self.data);
        self.ends.push(self.data.len());
    }

    /// The encoded bytes and the end offset of each row.
    pub fn parts(&self) -> (&[u8], &[usize]) {
        (&self.data, &self.ends)
    }

    /// Rows from encoded bytes and end offsets (as [`EncodedRows::parts`] gives them).
    pub fn from_parts(data: Vec<u8>, ends: Vec<usize>) -> Self {
        EncodedRows { data, ends }
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there is no row.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The encoded bytes of row `i`.
    pub fn raw(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.data[start..self.ends[i]]
    }

    /// Appends all rows of `other`.
    pub fn append(&mut self, other: &EncodedRows) {
        let base = self.data.len();
        self.data.extend_from_slice(&other.data);
        self.ends.extend(other.ends.iter().map(|e| e + base));
    }

    /// Removes every row.
    pub fn clear(&mut self) {
        self.data.clear();
        self.ends.clear();
    }

    /// Calls `f` with each decoded row.
    pub fn for_each(&self, f: &mut dyn FnMut(&[Value])) {
        let mut scratch = Vec::new();
        for i in 0..self.len() {
            decode_row(self.raw(i), &mut scratch);
            f(&scratch);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_kind_round_trips() {
        let row = vec![
            Value::Null,
            Value::Bool(true),
            Value::Int(-5),
            Value::LargeInt(i128::MAX),
            Value::Float(1.5),
            Value::Decimal(-12345, 2),
            Value::Str("日本".into()),
            Value::Bytes(vec![0, 255]),
            Value::Date(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()),
            Value::DateTime(
                NaiveDate::from_ymd_opt(1969, 12, 31).unwrap().and_hms_micro_opt(23, 59, 59, 999_000).unwrap(),
            ),
        ];
        let mut rows = EncodedRows::default();
        rows.push(&row);
        rows.push(&row[2..4]);
        let mut out = Vec::new();
        decode_row(rows.raw(0), &mut out);
        assert_eq!(out, row);
        decode_row(rows.raw(1), &mut out);
        assert_eq!(out, row[2..4].to_vec());
    }
}
