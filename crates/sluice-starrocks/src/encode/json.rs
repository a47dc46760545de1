//! JSON rows: one object per row, keys the Flink column names in declared order, NULL as an
//! explicit `null` (never a missing key, which StarRocks would fill with the column
//! default), `"__op"` as a number on primary-key tables. Each row is written with a leading
//! `,`; the body framing (`[`, the first comma dropped, `]`) is the chunk's job.

use super::column::Encoded;
use super::fast::RowWriter;
use super::text;

/// The key prefixes of a row: `,{"a":` for the first column, `,"b":` for the others.
pub fn key_prefixes(names: &[String]) -> Vec<Vec<u8>> {
    names
        .iter()
        .enumerate()
        .map(|(j, name)| {
            let mut k = Vec::with_capacity(name.len() + 5);
            k.extend_from_slice(if j == 0 { b",{" } else { b"," });
            text::json_string(name.as_bytes(), &mut k);
            k.push(b':');
            k
        })
        .collect()
}

/// Appends the rows of `cols` as `,{…}` each; `ops[i]` (`b'0'`/`b'1'`) adds `"__op"`.
pub fn assemble(cols: &[Encoded<'_>], keys: &[Vec<u8>], ops: Option<&[u8]>, rows: usize, out: &mut Vec<u8>) {
    const OP_KEY: &[u8] = b",\"__op\":";
    let op_key = if cols.is_empty() { &OP_KEY[1..] } else { OP_KEY };
    let per_row = keys.iter().map(Vec::len).sum::<usize>()
        + if cols.is_empty() { 2 } else { 0 }
        + ops.map_or(0, |_| op_key.len() + 1)
        + 1;
    let ops = ops.map(|o| &o[..rows]);
    let total = cols.iter().map(|c| c.check(rows)).sum::<usize>() + rows * per_row;
    let mut w = RowWriter::new(out, total);
    // SAFETY: `check` guarantees every value range lies inside its column's text, and
    // `total` counts exactly the keys, values, quotes, `__op` and braces written.
    unsafe {
        for i in 0..rows {
            if cols.is_empty() {
                w.bytes(b",{");
            }
            for (c, key) in cols.iter().zip(keys) {
                w.bytes(key);
                let (from, to) = (*c.starts.get_unchecked(i), *c.starts.get_unchecked(i + 1));
                if c.quote {
                    w.byte(b'"');
                    w.slice(&c.data, from, to);
                    w.byte(b'"');
                } else {
                    w.slice(&c.data, from, to);
                }
            }
            if let Some(ops) = ops {
                w.bytes(op_key);
                w.byte(*ops.get_unchecked(i));
            }
            w.byte(b'}');
        }
    }
    w.finish();
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    #[test]
    fn rows_have_every_key_and_op() {
        let ids = Encoded { data: Cow::Borrowed(b"12"), starts: vec![0, 1, 2], quote: false, nulls: None };
        let names = Encoded { data: Cow::Borrowed(b"alicenull"), starts: vec![0, 5, 9], quote: false, nulls: None };
        let keys = key_prefixes(&["id".into(), "na\"me".into()]);
        let mut out = Vec::new();
        assemble(&[ids, names], &keys, Some(b"01"), 2, &mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r#",{"id":1,"na\"me":alice,"__op":0},{"id":2,"na\"me":null,"__op":1}"#
        );
    }
}
