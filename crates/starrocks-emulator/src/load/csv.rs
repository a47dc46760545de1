//! CSV bodies (wire spec §6.1): rows split on the row delimiter, fields on the column
//! separator, optional enclose/escape, `\N` as NULL, blank rows skipped. Streamed chunk by
//! chunk; rows that straddle chunks are carried over.

use super::plan::Fields;
use memchr::memmem;
use std::ops::Range;

/// CSV layout of a load.
#[derive(Debug, Clone)]
pub struct CsvLayout {
    /// Column separator.
    pub sep: Vec<u8>,
    /// Row delimiter.
    pub delim: Vec<u8>,
    /// Enclose byte.
    pub enclose: Option<u8>,
    /// Escape byte.
    pub escape: Option<u8>,
    /// Trim spaces around fields.
    pub trim_space: bool,
}

impl CsvLayout {
    fn quoted(&self) -> bool {
        self.enclose.is_some() || self.escape.is_some()
    }
}

/// Splits a byte stream into records (rows without their delimiter).
#[derive(Debug)]
pub struct RecordSplitter {
    delim: Vec<u8>,
    finder: memmem::Finder<'static>,
    carry: Vec<u8>,
    quoted: Option<(Option<u8>, Option<u8>)>,
}

impl RecordSplitter {
    /// A splitter for `layout`.
    pub fn new(layout: &CsvLayout) -> Self {
        RecordSplitter {
            delim: layout.delim.clone(),
            finder: memmem::Finder::new(&layout.delim).into_owned(),
            carry: Vec::new(),
            quoted: layout.quoted().then_some((layout.enclose, layout.escape)),
        }
    }

    /// Feeds a chunk; `emit` gets each complete record.
    pub fn feed(&mut self, mut chunk: &[u8], emit: &mut dyn FnMut(&[u8])) {
        if self.quoted.is_some() {
            self.carry.extend_from_slice(chunk);
            return;
        }
        if !self.carry.is_empty() {
            // Complete the carried record with the first delimiter of this chunk. A delimiter
            // may straddle the boundary: search the tail of the carry plus the chunk.
            let overlap = self.delim.len() - 1;
            let keep_from = self.carry.len().saturating_sub(overlap);
            let head_len = chunk.len().min(overlap);
            let mut probe = self.carry[keep_from..].to_vec();
            probe.extend_from_slice(&chunk[..head_len]);
            if let Some(p) = self.finder.find(&probe)
                && keep_from + p < self.carry.len()
            {
                let cut = keep_from + p;
                let consumed = p + self.delim.len() - (self.carry.len() - keep_from);
                let record = self.carry[..cut].to_vec();
                self.carry.clear();
                emit(&record);
                chunk = &chunk[consumed..];
            } else {
                match self.finder.find(chunk) {
                    Some(p) => {
                        self.carry.extend_from_slice(&chunk[..p]);
                        let record = std::mem::take(&mut self.carry);
                        emit(&record);
                        chunk = &chunk[p + self.delim.len()..];
                    }
                    None => {
                        self.carry.extend_from_slice(chunk);
                        return;
                    }
                }
            }
        }
        let mut start = 0;
        if self.delim.len() == 1 {
            for p in memchr::memchr_iter(self.delim[0], chunk) {
                emit(&chunk[start..p]);
                start = p + 1;
            }
        } else {
            for p in self.finder.find_iter(chunk) {
                if p < start {
                    continue;
                }
                emit(&chunk[start..p]);
                start = p + self.delim.len();
            }
        }
        self.carry.extend_from_slice(&chunk[start..]);
    }

    /// Ends the stream; the last record needs no trailing delimiter.
    pub fn finish(&mut self, emit: &mut dyn FnMut(&[u8])) {
        let data = std::mem::take(&mut self.carry);
        match self.quoted {
            None => {
                if !data.is_empty() {
                    emit(&data);
                }
            }
            Some((enclose, escape)) => {
                let mut start = 0;
                let mut i = 0;
                let mut in_quotes = false;
                let d = &self.delim;
                while i < data.len() {
                    let c = data[i];
                    if Some(c) == escape && i + 1 < data.len() {
                        i += 2;
                        continue;
                    }
                    if Some(c) == enclose {
                        in_quotes = !in_quotes;
                        i += 1;
                        continue;
                    }
                    if !in_quotes && data[i..].starts_with(d) {
                        emit(&data[start..i]);
                        i += d.len();
                        start = i;
                        continue;
                    }
                    i += 1;
                }
                if start < data.len() {
                    emit(&data[start..]);
                }
            }
        }
    }
}

/// One record split into fields.
#[derive(Debug, Default)]
pub struct CsvFields<'a> {
    scratch: Vec<u8>,
    unescaped: bool,
    ranges: Vec<Option<Range<usize>>>,
    raw: &'a [u8],
}

impl CsvFields<'_> {
    fn buf(&self) -> &[u8] {
        if self.unescaped { &self.scratch } else { self.raw }
    }
}

impl Fields for CsvFields<'_> {
    fn count(&self) -> usize {
        self.ranges.len()
    }

    fn get(&self, i: usize) -> Option<&[u8]> {
        self.ranges.get(i).and_then(|r| r.as_ref()).map(|r| &self.buf()[r.clone()])
    }

    fn row_text(&self) -> String {
        String::from_utf8_lossy(self.raw).into_owned()
    }
}

/// Reusable field splitter.
#[derive(Debug, Default)]
pub struct FieldSplitter {
    ranges: Vec<Option<Range<usize>>>,
    scratch: Vec<u8>,
}

fn trim_range(buf: &[u8], mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end && buf[r.start] == b' ' {
        r.start += 1;
    }
    while r.end > r.start && buf[r.end - 1] == b' ' {
        r.end -= 1;
    }
    r
}

impl FieldSplitter {
    /// Splits `record` into fields.
    pub fn split<'a>(&mut self, record: &'a [u8], layout: &CsvLayout) -> CsvFields<'a> {
        self.ranges.clear();
        if !layout.quoted() {
            let mut start = 0;
            let sep = &layout.sep;
            let push = |r: Range<usize>, ranges: &mut Vec<Option<Range<usize>>>| {
                let r = if layout.trim_space { trim_range(record, r) } else { r };
                if &record[r.clone()] == b"\\N" {
                    ranges.push(None);
                } else {
                    ranges.push(Some(r));
                }
            };
            if sep.len() == 1 {
                for p in memchr::memchr_iter(sep[0], record) {
                    push(start..p, &mut self.ranges);
                    start = p + 1;
                }
            } else {
                let mut from = 0;
                while let Some(p) = memmem::find(&record[from..], sep) {
                    push(start..from + p, &mut self.ranges);
                    from += p + sep.len();
                    start = from;
                }
            }
            push(start..record.len(), &mut self.ranges);
            return CsvFields {
                scratch: std::mem::take(&mut self.scratch),
                unescaped: false,
                ranges: std::mem::take(&mut self.ranges),
                raw: record,
            };
        }
        self.scratch.clear();
        let mut i = 0;
        let mut field_start = 0;
        let mut enclosed = false;
        let mut in_quotes = false;
        let mut at_field_start = true;
        let mut raw_start = 0;
        let sep = &layout.sep;
        while i <= record.len() {
            let end_of_field = i == record.len() || (!in_quotes && record[i..].starts_with(sep));
            if end_of_field {
                let r = field_start..self.scratch.len();
                let r = if layout.trim_space && !enclosed { trim_range(&self.scratch, r) } else { r };
                if !enclosed && &record[raw_start..i] == b"\\N" {
                    self.ranges.push(None);
                } else {
                    self.ranges.push(Some(r));
                }
                if i == record.len() {
                    break;
                }
                i += sep.len();
                raw_start = i;
                field_start = self.scratch.len();
                enclosed = false;
                at_field_start = true;
                continue;
            }
            let c = record[i];
            if Some(c) == layout.escape && i + 1 < record.len() {
                self.scratch.push(record[i + 1]);
                i += 2;
                at_field_start = false;
                continue;
            }
            if Some(c) == layout.enclose {
                if in_quotes {
                    if record.get(i + 1) == Some(&c) {
                        self.scratch.push(c);
                        i += 2;
                        continue;
                    }
                    in_quotes = false;
                    i += 1;
                    continue;
                }
                let only_spaces = self.scratch[field_start..].iter().all(|&b| b == b' ');
                if at_field_start || (layout.trim_space && only_spaces) {
                    self.scratch.truncate(field_start);
                    in_quotes = true;
                    enclosed = true;
                    at_field_start = false;
                    i += 1;
                    continue;
                }
            }
            self.scratch.push(c);
            at_field_start = false;
            i += 1;
        }
        CsvFields {
            scratch: std::mem::take(&mut self.scratch),
            unescaped: true,
            ranges: std::mem::take(&mut self.ranges),
            raw: record,
        }
    }

    /// Returns the range buffer of a finished record for reuse.
    pub fn recycle(&mut self, fields: CsvFields<'_>) {
        let CsvFields { mut scratch, mut ranges, .. } = fields;
        ranges.clear();
        scratch.clear();
        self.ranges = ranges;
        self.scratch = scratch;
    }
}

/// Counts records in a chunk for stores that keep no rows: non-empty rows ended by a
/// single-byte delimiter. Returns (delimiters, blank rows) where a blank row is a delimiter
/// directly after another (or at `prev_was_delim`).
pub fn count_delims(chunk: &[u8], delim: u8, prev_was_delim: bool) -> (u64, u64) {
    let mut total = 0u64;
    let mut blank = 0u64;
    if let Some(&first) = chunk.first()
        && first == delim
        && prev_was_delim
    {
        blank += 1;
    }
    for block in chunk.chunks(4096) {
        let mut t = 0u32;
        for &b in block {
            t += u32::from(b == delim);
        }
        total += u64::from(t);
        if t > 0 {
            let bl: u32 = block.iter().zip(&block[1..]).map(|(&a, &b)| u32::from((a == delim) & (b == delim))).sum();
            blank += u64::from(bl);
        }
    }
    // Pairs that straddle 4096-byte blocks.
    let mut i = 4096;
    while i < chunk.len() {
        if chunk[i - 1] == delim && chunk[i] == delim {
            blank += 1;
        }
        i += 4096;
    }
    (total, blank)
}

/// Human-readable separator for messages (`\t`, `\n`, `0xNN` for other non-printables).
pub fn describe_separator(sep: &[u8]) -> String {
    let mut s = String::new();
    for &b in sep {
        match b {
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            0x20..=0x7e => s.push(b as char),
            other => s.push_str(&format!("0x{other:02x}")),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(sep: &str, delim: &str, enclose: Option<u8>, escape: Option<u8>) -> CsvLayout {
        CsvLayout { sep: sep.as_bytes().to_vec(), delim: delim.as_bytes().to_vec(), enclose, escape, trim_space: false }
    }

    fn records(l: &CsvLayout, chunks: &[&[u8]]) -> Vec<String> {
        let mut s = RecordSplitter::new(l);
        let mut out = Vec::new();
        for c in chunks {
            s.feed(c, &mut |r| out.push(String::from_utf8_lossy(r).into_owned()));
        }
        s.finish(&mut |r| out.push(String::from_utf8_lossy(r).into_owned()));
        out
    }

    #[test]
    fn records_straddle_chunks_and_multibyte_delimiters() {
        let l = layout("\t", "\n", None, None);
        assert_eq!(records(&l, &[b"1\ta\n2\t", b"b\n3\tc"]), vec!["1\ta", "2\tb", "3\tc"]);
        let l = layout(",", "\r\n", None, None);
        assert_eq!(records(&l, &[b"1,a\r", b"\n2,b\r\n"]), vec!["1,a", "2,b"]);
        assert_eq!(records(&l, &[b"1,a", b"\r", b"\n2"]), vec!["1,a", "2"]);
    }

    #[test]
    fn enclose_and_escape() {
        let l = layout(",", "\n", Some(b'"'), Some(b'\\'));
        let recs = records(&l, &[b"1,\"a,b\nc\",\"x\"\"y\"\n2,d\\,e,\\N\n"]);
        assert_eq!(recs.len(), 2);
        let mut fs = FieldSplitter::default();
        let f = fs.split(recs[0].as_bytes(), &l);
        assert_eq!(f.get(1), Some(&b"a,b\nc"[..]));
        assert_eq!(f.get(2), Some(&b"x\"y"[..]));
        let r1 = recs[1].clone();
        let f = fs.split(r1.as_bytes(), &l);
        assert_eq!(f.get(1), Some(&b"d,e"[..]));
        assert_eq!(f.get(2), None);
    }

    #[test]
    fn null_marker_and_trim() {
        let mut l = layout("|", "\n", None, None);
        l.trim_space = true;
        let mut fs = FieldSplitter::default();
        let f = fs.split(b" 1 |\\N| x y ", &l);
        assert_eq!(f.count(), 3);
        assert_eq!(f.get(0), Some(&b"1"[..]));
        assert_eq!(f.get(1), None);
        assert_eq!(f.get(2), Some(&b"x y"[..]));
    }

    #[test]
    fn counting_skips_blank_rows() {
        let data = b"a\n\nb\n";
        assert_eq!(count_delims(data, b'\n', false), (3, 1));
        assert_eq!(count_delims(b"\nx\n", b'\n', true), (2, 1));
        let mut big = vec![b'x'; 4095];
        big.extend_from_slice(b"\n\n");
        assert_eq!(count_delims(&big, b'\n', false), (2, 1));
    }
}
