//! CSV rows: fields joined by the column separator, every row ended by the row delimiter,
//! NULL as `\N`. A value that would be read differently (it holds the separator, the
//! delimiter, the enclose or escape byte, or is the text `\N`) is enclosed or escaped when
//! `sink.properties.enclose` / `escape` are set, and otherwise refused, never sent.

use std::borrow::Cow;

use memchr::memmem;

use super::column::Encoded;
use super::fast::RowWriter;
use crate::options::LoadProperties;

/// Separators and quoting of CSV bodies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvLayout {
    /// Column separator (1–50 bytes).
    pub sep: Vec<u8>,
    /// Row delimiter (1–50 bytes).
    pub delim: Vec<u8>,
    /// `enclose`.
    pub enclose: Option<u8>,
    /// `escape`.
    pub escape: Option<u8>,
}

impl Default for CsvLayout {
    fn default() -> Self {
        CsvLayout { sep: b"\t".to_vec(), delim: b"\n".to_vec(), enclose: None, escape: None }
    }
}

impl CsvLayout {
    /// The layout of the stream-load properties; `Err` for layouts no value can survive.
    pub fn from_properties(p: &LoadProperties) -> Result<Self, String> {
        let layout = CsvLayout {
            sep: p.column_separator.clone(),
            delim: p.row_delimiter.clone(),
            enclose: p.enclose,
            escape: p.escape,
        };
        if memmem::find(&layout.sep, &layout.delim).is_some() || memmem::find(&layout.delim, &layout.sep).is_some() {
            return Err(
                "the column separator and the row delimiter overlap, so StarRocks cannot tell fields from rows".into(),
            );
        }
        if layout.enclose.is_some() && layout.enclose == layout.escape {
            return Err("'enclose' and 'escape' are the same byte".into());
        }
        Ok(layout)
    }

    /// Whether some value could need quoting: bytes worth a closer look.
    fn suspicious(&self) -> [bool; 256] {
        let mut t = [false; 256];
        for &b in self.sep.iter().chain(&self.delim).chain(self.enclose.iter()).chain(self.escape.iter()) {
            t[b as usize] = true;
        }
        t[b'\\' as usize] = true;
        t
    }

    /// Whether `v` would not come back unchanged as an unquoted field.
    pub fn collides(&self, v: &[u8]) -> bool {
        if v == b"\\N" {
            return true;
        }
        if self.enclose.is_some_and(|e| v.contains(&e)) || self.escape.is_some_and(|e| v.contains(&e)) {
            return true;
        }
        [&self.sep, &self.delim].into_iter().any(|s| {
            memmem::find(v, s).is_some()
                || (1..s.len()).any(|k| v.ends_with(&s[..k]) || v.starts_with(&s[s.len() - k..]))
        })
    }

    /// What `v` collides with, for the error message.
    pub fn collision_name(&self, v: &[u8]) -> &'static str {
        if memmem::find(v, &self.sep).is_some() {
            "the column separator"
        } else if memmem::find(v, &self.delim).is_some() {
            "the row delimiter"
        } else if v == b"\\N" {
            "the NULL marker \\N"
        } else {
            "separator bytes"
        }
    }

    /// Appends `v` so that StarRocks reads it back unchanged.
    fn quote(&self, v: &[u8], out: &mut Vec<u8>) {
        if let Some(e) = self.enclose {
            out.push(e);
            for &c in v {
                if c == e {
                    out.push(e);
                } else if Some(c) == self.escape {
                    out.push(c);
                }
                out.push(c);
            }
            out.push(e);
        } else if let Some(x) = self.escape {
            let special =
                |c: u8| c == x || self.sep.contains(&c) || self.delim.contains(&c) || (c == b'\\' && v == b"\\N");
            for &c in v {
                if special(c) {
                    out.push(x);
                }
                out.push(c);
            }
        }
    }
}

/// Makes every value of `col` safe; `Err(i)` is the first value that cannot be, because
/// neither `enclose` nor `escape` is set.
pub fn protect(col: &mut Encoded<'_>, layout: &CsvLayout) -> Result<(), usize> {
    let simple =
        layout.sep.len() == 1 && layout.delim.len() == 1 && layout.enclose.is_none() && layout.escape.is_none();
    let maybe = if simple {
        memchr::memchr3(layout.sep[0], layout.delim[0], b'\\', &col.data).is_some()
    } else {
        let t = layout.suspicious();
        col.data.iter().any(|&b| t[b as usize])
    };
    if !maybe {
        return Ok(());
    }
    let n = col.starts.len() - 1;
    let bad: Vec<usize> = (0..n).filter(|&i| !col.is_null(i) && layout.collides(col.value(i))).collect();
    let Some(&first) = bad.first() else { return Ok(()) };
    if layout.enclose.is_none() && layout.escape.is_none() {
        return Err(first);
    }
    let mut data = Vec::with_capacity(col.data.len() + bad.len() * 4);
    let mut starts = Vec::with_capacity(n + 1);
    starts.push(0);
    let mut next = bad.iter().peekable();
    for i in 0..n {
        if next.peek() == Some(&&i) {
            next.next();
            layout.quote(col.value(i), &mut data);
        } else {
            data.extend_from_slice(col.value(i));
        }
        starts.push(data.len());
    }
    col.data = Cow::Owned(data);
    col.starts = starts;
    Ok(())
}

/// Appends the rows: fields of `cols` joined by the separator, then `__op` when `ops` is
/// given, then the delimiter.
pub fn assemble(cols: &[Encoded<'_>], ops: Option<&[u8]>, rows: usize, layout: &CsvLayout, out: &mut Vec<u8>) {
    let sep = layout.sep.as_slice();
    let delim = layout.delim.as_slice();
    let ops = ops.map(|o| &o[..rows]);
    let fields = cols.len() + usize::from(ops.is_some());
    let total = cols.iter().map(|c| c.check(rows)).sum::<usize>()
        + ops.map_or(0, |o| o.len())
        + rows * (fields.saturating_sub(1) * sep.len() + delim.len());
    let mut w = RowWriter::new(out, total);
    let single = sep.len() == 1 && delim.len() == 1;
    // SAFETY: `check` guarantees every value range lies inside its column's text, and
    // `total` counts exactly the values, separators, `__op` digits and delimiters written.
    unsafe {
        for i in 0..rows {
            for (j, c) in cols.iter().enumerate() {
                if j > 0 {
                    if single { w.byte(sep[0]) } else { w.bytes(sep) }
                }
                w.slice(&c.data, *c.starts.get_unchecked(i), *c.starts.get_unchecked(i + 1));
            }
            if let Some(ops) = ops {
                if !cols.is_empty() {
                    w.bytes(sep);
                }
                w.byte(*ops.get_unchecked(i));
            }
            if single { w.byte(delim[0]) } else { w.bytes(delim) }
        }
    }
    w.finish();
}

/// The text of row `i` as it would have been written, for error messages.
pub fn render_row(cols: &[Encoded<'_>], i: usize, layout: &CsvLayout) -> String {
    let mut row = Vec::new();
    for (j, c) in cols.iter().enumerate() {
        if j > 0 {
            row.extend_from_slice(&layout.sep);
        }
        row.extend_from_slice(c.value(i));
    }
    String::from_utf8_lossy(&row).escape_debug().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(values: &[&str]) -> Encoded<'static> {
        let mut data = Vec::new();
        let mut starts = vec![0];
        for v in values {
            data.extend_from_slice(v.as_bytes());
            starts.push(data.len());
        }
        Encoded { data: Cow::Owned(data), starts, quote: false, nulls: None }
    }

    fn values(c: &Encoded<'_>) -> Vec<String> {
        (0..c.starts.len() - 1).map(|i| String::from_utf8(c.value(i).to_vec()).unwrap()).collect()
    }

    #[test]
    fn clean_values_pass_untouched() {
        let mut c = col(&["a", "b c", "x,y"]);
        protect(&mut c, &CsvLayout::default()).unwrap();
        assert!(matches!(c.data, Cow::Owned(_)));
        assert_eq!(values(&c), ["a", "b c", "x,y"]);
    }

    #[test]
    fn separators_without_quoting_are_refused() {
        let layout = CsvLayout::default();
        assert_eq!(protect(&mut col(&["ok", "a\tb"]), &layout), Err(1));
        assert_eq!(protect(&mut col(&["a\nb"]), &layout), Err(0));
        assert_eq!(protect(&mut col(&["\\N"]), &layout), Err(0));
        assert_eq!(protect(&mut col(&["a\\b"]), &layout), Ok(()));
    }

    #[test]
    fn enclose_and_escape_make_values_safe() {
        let layout = CsvLayout { enclose: Some(b'"'), escape: Some(b'\\'), ..CsvLayout::default() };
        let mut c = col(&["plain", "a\tb", "say \"hi\"", "back\\slash", "\\N"]);
        protect(&mut c, &layout).unwrap();
        assert_eq!(values(&c), ["plain", "\"a\tb\"", "\"say \"\"hi\"\"\"", "\"back\\\\slash\"", "\"\\\\N\""]);
        let layout = CsvLayout { escape: Some(b'\\'), ..CsvLayout::default() };
        let mut c = col(&["a\tb\nc", "\\N", "x\\y"]);
        protect(&mut c, &layout).unwrap();
        assert_eq!(values(&c), ["a\\\tb\\\nc", "\\\\N", "x\\\\y"]);
    }

    #[test]
    fn multi_byte_separators_check_value_edges() {
        let layout = CsvLayout { sep: b"||".to_vec(), ..CsvLayout::default() };
        assert!(layout.collides(b"a||b"));
        assert!(layout.collides(b"ends|"));
        assert!(layout.collides(b"|starts"));
        assert!(!layout.collides(b"a|b"));
    }

    #[test]
    fn rows_end_with_the_delimiter_and_carry_op() {
        let cols = [col(&["1", "2"]), col(&["alice", "bob"])];
        let mut out = Vec::new();
        assemble(&cols, Some(b"01"), 2, &CsvLayout::default(), &mut out);
        assert_eq!(out, b"1\talice\t0\n2\tbob\t1\n");
        let layout = CsvLayout { sep: b"|".to_vec(), delim: b"\r\n".to_vec(), ..CsvLayout::default() };
        let mut out = Vec::new();
        assemble(&cols, None, 2, &layout, &mut out);
        assert_eq!(out, b"1|alice\r\n2|bob\r\n");
    }

    #[test]
    fn overlapping_separators_are_rejected() {
        let p =
            LoadProperties { column_separator: b"\n\n".to_vec(), row_delimiter: b"\n".to_vec(), ..Default::default() };
        assert!(CsvLayout::from_properties(&p).is_err());
    }
}
