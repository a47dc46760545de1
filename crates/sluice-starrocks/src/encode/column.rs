//! Column-at-a-time value encoding: one `match` per column picks a typed loop over the Arrow
//! values, and the loop writes every value's text into one buffer with its end offset. Rows
//! are assembled from these buffers afterwards (see `csv.rs` and `json.rs`).

use std::borrow::Cow;
use std::cell::RefCell;

use arrow_array::cast::AsArray;
use arrow_array::types::*;
use arrow_array::{Array, ArrowPrimitiveType, GenericStringArray, OffsetSizeTrait};
use arrow_buffer::NullBuffer;
use arrow_schema::{DataType as ArrowType, TimeUnit};
use chrono::TimeZone as _;
use chrono_tz::Tz;
use sluice_common::{DataType, TypeKind};

use super::text;

/// How the values of a column become text; chosen once from the column's Flink type.
#[derive(Debug, Clone, PartialEq)]
pub enum ValueKind {
    /// BOOLEAN: `1`/`0` at the top level (as the connector), `true`/`false` nested.
    Boolean,
    /// TINYINT … BIGINT.
    Integer,
    /// FLOAT.
    Float32,
    /// DOUBLE.
    Float64,
    /// DECIMAL(p, s), plain notation.
    Decimal,
    /// DATE.
    Date,
    /// TIMESTAMP(p): wall-clock time.
    Timestamp { digits: u8 },
    /// TIMESTAMP_LTZ(p): an instant, written as wall-clock time of the session zone.
    TimestampLtz { digits: u8 },
    /// CHAR(n) (padded to n characters) and VARCHAR/STRING.
    Text { pad_to: Option<u32> },
    /// BINARY(n), n ≤ 8: the bytes as a big-endian two's-complement integer (the connector's
    /// mapping to BIGINT).
    BinaryInteger,
    /// VARBINARY/BYTES: the raw bytes, as StarRocks reads a VARBINARY field (which must be
    /// UTF-8 text, like every load row).
    Bytes,
    /// `ARRAY<T>`.
    Array(Box<ValueKind>),
    /// MAP<K, V>.
    Map(Box<ValueKind>, Box<ValueKind>),
    /// ROW<…>: field names in declared order.
    Row(Vec<(String, ValueKind)>),
}

impl ValueKind {
    /// The kind for a Flink type; `Err` names what StarRocks cannot hold.
    pub fn of(t: &DataType, nested: bool) -> Result<ValueKind, String> {
        Ok(match &t.kind {
            TypeKind::Boolean => ValueKind::Boolean,
            TypeKind::TinyInt | TypeKind::SmallInt | TypeKind::Int | TypeKind::BigInt => ValueKind::Integer,
            TypeKind::Float => ValueKind::Float32,
            TypeKind::Double => ValueKind::Float64,
            TypeKind::Decimal(..) => ValueKind::Decimal,
            TypeKind::Date => ValueKind::Date,
            TypeKind::Timestamp(p, _) => ValueKind::Timestamp { digits: *p },
            TypeKind::TimestampLtz(p, _) => ValueKind::TimestampLtz { digits: *p },
            TypeKind::Char(n) => ValueKind::Text { pad_to: Some(*n) },
            TypeKind::VarChar(_) => ValueKind::Text { pad_to: None },
            TypeKind::Binary(n) if *n <= 8 => ValueKind::BinaryInteger,
            TypeKind::Binary(n) => {
                return Err(format!("BINARY({n}) does not fit the BIGINT the connector maps BINARY to"));
            }
            TypeKind::VarBinary(_) if nested => return Err("VARBINARY inside ARRAY, MAP or ROW".into()),
            TypeKind::VarBinary(_) => ValueKind::Bytes,
            TypeKind::Array(e) => ValueKind::Array(Box::new(ValueKind::of(e, true)?)),
            TypeKind::Map(k, v) => ValueKind::Map(Box::new(ValueKind::of(k, true)?), Box::new(ValueKind::of(v, true)?)),
            TypeKind::Row(fields) => ValueKind::Row(
                fields
                    .iter()
                    .map(|f| Ok((f.name.clone(), ValueKind::of(&f.data_type, true)?)))
                    .collect::<Result<_, String>>()?,
            ),
            TypeKind::Time(_) => return Err("TIME".into()),
            TypeKind::Interval(_) => return Err("INTERVAL".into()),
            TypeKind::Multiset(_) => return Err("MULTISET".into()),
            TypeKind::Raw { .. } => return Err("RAW".into()),
            TypeKind::Null => return Err("NULL".into()),
            TypeKind::Symbol => return Err("SYMBOL".into()),
        })
    }

    /// Whether nested JSON text of this kind is a string (map keys must be strings).
    fn is_json_string(&self) -> bool {
        matches!(
            self,
            ValueKind::Text { .. } | ValueKind::Date | ValueKind::Timestamp { .. } | ValueKind::TimestampLtz { .. }
        )
    }
}

/// Where the text goes: a CSV field, a top-level JSON value, or a value nested in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Raw text, NULL as `\N`.
    Csv,
    /// JSON, NULL as `null`, BOOLEAN as `1`/`0`.
    Json,
    /// JSON inside ARRAY/MAP/ROW, BOOLEAN as `true`/`false`.
    Nested,
}

impl Style {
    fn null(self) -> &'static [u8] {
        if self == Style::Csv { b"\\N" } else { b"null" }
    }

    fn quotes(self) -> bool {
        self != Style::Csv
    }
}

/// The encoded values of one column: value `i` is `data[starts[i]..starts[i + 1]]`.
#[derive(Debug)]
pub struct Encoded<'a> {
    /// Text of every value, back to back.
    pub data: Cow<'a, [u8]>,
    /// `len + 1` offsets into `data`.
    pub starts: Vec<usize>,
    /// Each value still needs surrounding `"` (JSON strings that needed no escaping).
    pub quote: bool,
    /// Which values are NULL (their text is the NULL marker).
    pub nulls: Option<NullBuffer>,
}

impl Encoded<'_> {
    /// The text of value `i`.
    #[inline]
    pub fn value(&self, i: usize) -> &[u8] {
        &self.data[self.starts[i]..self.starts[i + 1]]
    }

    /// Whether value `i` is NULL.
    pub fn is_null(&self, i: usize) -> bool {
        self.nulls.as_ref().is_some_and(|n| n.is_null(i))
    }

    /// Appends value `i` with its quotes.
    #[inline]
    pub fn push_to(&self, i: usize, out: &mut Vec<u8>) {
        if self.quote {
            out.push(b'"');
            out.extend_from_slice(self.value(i));
            out.push(b'"');
        } else {
            out.extend_from_slice(self.value(i));
        }
    }

    /// Hands the buffers back for the next batch.
    pub fn recycle(self) {
        SCRATCH.with_borrow_mut(|(d, s)| {
            if let Cow::Owned(data) = self.data
                && d.len() < 16
            {
                d.push(data);
            }
            if s.len() < 16 {
                s.push(self.starts);
            }
        });
    }

    /// Checks what unchecked row assembly relies on: `rows + 1` offsets that never decrease
    /// and stay inside `data`. Returns the bytes of the values (quotes included).
    pub fn check(&self, rows: usize) -> usize {
        assert_eq!(self.starts.len(), rows + 1, "one offset per value, plus one");
        assert!(self.starts.windows(2).all(|w| w[0] <= w[1]), "offsets never decrease");
        assert!(self.starts[rows] <= self.data.len(), "offsets stay inside the text");
        self.starts[rows] - self.starts[0] + if self.quote { 2 * rows } else { 0 }
    }
}

/// A value that cannot be written.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueError {
    /// Index of the value in the array it came from.
    pub index: usize,
    /// What is wrong.
    pub message: String,
}

/// Session settings that change value text.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// Zone of TIMESTAMP_LTZ wall-clock text; `None` is UTC.
    pub time_zone: Option<Tz>,
}

struct Builder {
    data: Vec<u8>,
    starts: Vec<usize>,
}

/// Spare text buffers and offset buffers.
type Spares = (Vec<Vec<u8>>, Vec<Vec<usize>>);

thread_local! {
    /// Column buffers of earlier batches, reused so that encoding does not fault in fresh
    /// pages for every batch.
    static SCRATCH: RefCell<Spares> = const { RefCell::new((Vec::new(), Vec::new())) };
}

impl Builder {
    fn new(n: usize, per_value: usize) -> Self {
        let (mut data, mut starts) =
            SCRATCH.with_borrow_mut(|(d, s)| (d.pop().unwrap_or_default(), s.pop().unwrap_or_default()));
        data.clear();
        data.reserve(n * per_value);
        starts.clear();
        starts.reserve(n + 1);
        starts.push(0);
        Builder { data, starts }
    }

    /// Runs `f` for every non-null value, writes the NULL marker for the others.
    #[inline]
    fn each(
        &mut self,
        n: usize,
        nulls: Option<&NullBuffer>,
        null: &[u8],
        mut f: impl FnMut(usize, &mut Vec<u8>) -> Result<(), String>,
    ) -> Result<(), ValueError> {
        for i in 0..n {
            if nulls.is_some_and(|b| b.is_null(i)) {
                self.data.extend_from_slice(null);
            } else {
                f(i, &mut self.data).map_err(|message| ValueError { index: i, message })?;
            }
            self.starts.push(self.data.len());
        }
        Ok(())
    }

    fn done<'a>(self, nulls: Option<NullBuffer>) -> Encoded<'a> {
        Encoded { data: Cow::Owned(self.data), starts: self.starts, quote: false, nulls }
    }
}

fn mismatch(kind: &ValueKind, t: &ArrowType) -> ValueError {
    ValueError { index: 0, message: format!("the Arrow type {t} does not hold values of the declared type ({kind:?})") }
}

fn integers<T>(array: &dyn Array, b: &mut Builder, nulls: Option<&NullBuffer>, null: &[u8]) -> Result<(), ValueError>
where
    T: ArrowPrimitiveType,
    T::Native: Into<i64>,
{
    let values = array.as_primitive::<T>().values();
    if nulls.is_none() {
        super::fast::ints_no_nulls(values, &mut b.data, &mut b.starts);
        return Ok(());
    }
    b.each(array.len(), nulls, null, |i, out| {
        super::fast::push_int(values[i].into(), out);
        Ok(())
    })
}

/// Encodes every value of `array` as `kind` in `style`.
pub fn encode<'a>(
    kind: &ValueKind,
    array: &'a dyn Array,
    style: Style,
    ctx: &Context,
) -> Result<Encoded<'a>, ValueError> {
    let n = array.len();
    let nulls = array.logical_nulls();
    let nb = nulls.as_ref().filter(|b| b.null_count() > 0);
    let null = style.null();
    let t = array.data_type();
    let mut b = Builder::new(n, 8);
    match kind {
        ValueKind::Integer => match t {
            ArrowType::Int8 => integers::<Int8Type>(array, &mut b, nb, null)?,
            ArrowType::Int16 => integers::<Int16Type>(array, &mut b, nb, null)?,
            ArrowType::Int32 => integers::<Int32Type>(array, &mut b, nb, null)?,
            ArrowType::Int64 => integers::<Int64Type>(array, &mut b, nb, null)?,
            _ => return Err(mismatch(kind, t)),
        },
        ValueKind::Boolean => {
            let a = array.as_boolean_opt().ok_or_else(|| mismatch(kind, t))?;
            let (yes, no): (&[u8], &[u8]) = if style == Style::Nested { (b"true", b"false") } else { (b"1", b"0") };
            b.each(n, nb, null, |i, out| {
                out.extend_from_slice(if a.value(i) { yes } else { no });
                Ok(())
            })?;
        }
        ValueKind::Float32 => {
            let v = array.as_primitive_opt::<Float32Type>().ok_or_else(|| mismatch(kind, t))?.values();
            b.each(n, nb, null, |i, out| {
                if !text::float32(v[i], out) {
                    out.extend_from_slice(null);
                }
                Ok(())
            })?;
            return Ok(b.done(with_non_finite(nulls, v.iter().map(|x| x.is_finite()))));
        }
        ValueKind::Float64 => {
            let v = array.as_primitive_opt::<Float64Type>().ok_or_else(|| mismatch(kind, t))?.values();
            b.each(n, nb, null, |i, out| {
                if !text::float(v[i], out) {
                    out.extend_from_slice(null);
                }
                Ok(())
            })?;
            return Ok(b.done(with_non_finite(nulls, v.iter().map(|x| x.is_finite()))));
        }
        ValueKind::Decimal => {
            let ArrowType::Decimal128(_, scale) = t else { return Err(mismatch(kind, t)) };
            let scale = (*scale).max(0) as u8;
            let v = array.as_primitive::<Decimal128Type>().values();
            b.each(n, nb, null, |i, out| {
                text::decimal(v[i], scale, out);
                Ok(())
            })?;
        }
        ValueKind::Date => {
            let q = style.quotes();
            match t {
                ArrowType::Date32 => {
                    let v = array.as_primitive::<Date32Type>().values();
                    b.each(n, nb, null, |i, out| {
                        quoted(q, out, |out| text::date(i64::from(v[i]), out));
                        Ok(())
                    })?;
                }
                ArrowType::Date64 => {
                    let v = array.as_primitive::<Date64Type>().values();
                    b.each(n, nb, null, |i, out| {
                        quoted(q, out, |out| text::date(v[i].div_euclid(86_400_000), out));
                        Ok(())
                    })?;
                }
                _ => return Err(mismatch(kind, t)),
            }
        }
        ValueKind::Timestamp { digits } | ValueKind::TimestampLtz { digits } => {
            let ArrowType::Timestamp(unit, _) = t else { return Err(mismatch(kind, t)) };
            let per_sec = match unit {
                TimeUnit::Second => 1,
                TimeUnit::Millisecond => 1_000,
                TimeUnit::Microsecond => 1_000_000,
                TimeUnit::Nanosecond => 1_000_000_000,
            };
            let v = timestamp_values(array, *unit);
            let zone = match kind {
                ValueKind::TimestampLtz { .. } => ctx.time_zone.filter(|z| *z != Tz::UTC),
                _ => None,
            };
            let (q, digits) = (style.quotes(), *digits);
            b.each(n, nb, null, |i, out| {
                let (secs, nanos) = text::split_epoch(v[i], per_sec);
                match zone {
                    None => quoted(q, out, |out| text::datetime(secs, nanos, digits, out)),
                    Some(z) => {
                        let utc = text::utc(secs, nanos).ok_or("timestamp out of range")?;
                        let local = z.from_utc_datetime(&utc).naive_local();
                        quoted(q, out, |out| text::naive_datetime(&local, digits, out));
                    }
                }
                Ok(())
            })?;
        }
        ValueKind::Text { pad_to } => {
            return match t {
                ArrowType::Utf8 => strings(array.as_string::<i32>(), *pad_to, style, nulls),
                ArrowType::LargeUtf8 => strings(array.as_string::<i64>(), *pad_to, style, nulls),
                _ => Err(mismatch(kind, t)),
            };
        }
        ValueKind::BinaryInteger => {
            let ok = binaries(array, &mut b, nb, null, |bytes, out| {
                if bytes.len() > 8 {
                    return Err(format!("a BINARY value of {} bytes does not fit a BIGINT", bytes.len()));
                }
                let v = bytes.iter().fold(0u64, |acc, &x| (acc << 8) | u64::from(x)) as i64;
                out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
                Ok(())
            })?;
            if !ok {
                return Err(mismatch(kind, t));
            }
        }
        ValueKind::Bytes => {
            let q = style.quotes();
            let ok = binaries(array, &mut b, nb, null, |bytes, out| {
                // StarRocks refuses load rows that are not UTF-8 ("Invalid UTF-8 row").
                if std::str::from_utf8(bytes).is_err() {
                    return Err(
                        "the VARBINARY value is not UTF-8 text, which StarRocks refuses in a load; load it as hex text (e.g. HEX(b) into a STRING column)"
                            .to_string(),
                    );
                }
                if q {
                    text::json_string(bytes, out);
                } else {
                    out.extend_from_slice(bytes);
                }
                Ok(())
            })?;
            if !ok {
                return Err(mismatch(kind, t));
            }
        }
        ValueKind::Array(elem) => {
            let (offsets, values): (Vec<usize>, &dyn Array) = match t {
                ArrowType::List(_) => {
                    let l = array.as_list::<i32>();
                    (l.value_offsets().iter().map(|o| *o as usize).collect(), l.values().as_ref())
                }
                ArrowType::LargeList(_) => {
                    let l = array.as_list::<i64>();
                    (l.value_offsets().iter().map(|o| *o as usize).collect(), l.values().as_ref())
                }
                _ => return Err(mismatch(kind, t)),
            };
            let child = encode(elem, values, Style::Nested, ctx)?;
            b.each(n, nb, null, |i, out| {
                out.push(b'[');
                for (k, j) in (offsets[i]..offsets[i + 1]).enumerate() {
                    if k > 0 {
                        out.push(b',');
                    }
                    child.push_to(j, out);
                }
                out.push(b']');
                Ok(())
            })?;
        }
        ValueKind::Map(key, value) => {
            let m = array.as_map_opt().ok_or_else(|| mismatch(kind, t))?;
            let offsets = m.value_offsets();
            let keys = encode(key, m.keys().as_ref(), Style::Nested, ctx)?;
            let values = encode(value, m.values().as_ref(), Style::Nested, ctx)?;
            let key_is_string = key.is_json_string();
            b.each(n, nb, null, |i, out| {
                out.push(b'{');
                for (k, j) in (offsets[i] as usize..offsets[i + 1] as usize).enumerate() {
                    if k > 0 {
                        out.push(b',');
                    }
                    if key_is_string {
                        keys.push_to(j, out);
                    } else {
                        out.push(b'"');
                        out.extend_from_slice(keys.value(j));
                        out.push(b'"');
                    }
                    out.push(b':');
                    values.push_to(j, out);
                }
                out.push(b'}');
                Ok(())
            })?;
        }
        ValueKind::Row(fields) => {
            let s = array.as_struct_opt().ok_or_else(|| mismatch(kind, t))?;
            if s.num_columns() != fields.len() {
                return Err(mismatch(kind, t));
            }
            let mut keys = Vec::with_capacity(fields.len());
            let mut children = Vec::with_capacity(fields.len());
            for (k, (name, fk)) in fields.iter().enumerate() {
                let mut key = Vec::new();
                key.push(if k == 0 { b'{' } else { b',' });
                text::json_string(name.as_bytes(), &mut key);
                key.push(b':');
                keys.push(key);
                children.push(encode(fk, s.column(k).as_ref(), Style::Nested, ctx)?);
            }
            b.each(n, nb, null, |i, out| {
                for (key, child) in keys.iter().zip(&children) {
                    out.extend_from_slice(key);
                    child.push_to(i, out);
                }
                if children.is_empty() {
                    out.push(b'{');
                }
                out.push(b'}');
                Ok(())
            })?;
        }
    }
    Ok(b.done(nulls.filter(|b| b.null_count() > 0)))
}

/// The NULL positions plus the NaN and infinite values (written as NULL: StarRocks has no
/// text for them).
fn with_non_finite(nulls: Option<NullBuffer>, finite: impl Iterator<Item = bool>) -> Option<NullBuffer> {
    let finite: Vec<bool> = finite.collect();
    if finite.iter().all(|f| *f) {
        return nulls.filter(|b| b.null_count() > 0);
    }
    let valid = finite.iter().enumerate().map(|(i, f)| *f && nulls.as_ref().is_none_or(|b| b.is_valid(i)));
    Some(NullBuffer::from(valid.collect::<Vec<bool>>()))
}

fn quoted(q: bool, out: &mut Vec<u8>, f: impl FnOnce(&mut Vec<u8>)) {
    if q {
        out.push(b'"');
        f(out);
        out.push(b'"');
    } else {
        f(out);
    }
}

fn timestamp_values(array: &dyn Array, unit: TimeUnit) -> &[i64] {
    match unit {
        TimeUnit::Second => array.as_primitive::<TimestampSecondType>().values(),
        TimeUnit::Millisecond => array.as_primitive::<TimestampMillisecondType>().values(),
        TimeUnit::Microsecond => array.as_primitive::<TimestampMicrosecondType>().values(),
        TimeUnit::Nanosecond => array.as_primitive::<TimestampNanosecondType>().values(),
    }
}

/// Runs `f` over the bytes of every value of a binary array; `false` when it is none.
fn binaries(
    array: &dyn Array,
    b: &mut Builder,
    nb: Option<&NullBuffer>,
    null: &[u8],
    mut f: impl FnMut(&[u8], &mut Vec<u8>) -> Result<(), String>,
) -> Result<bool, ValueError> {
    let n = array.len();
    match array.data_type() {
        ArrowType::Binary => {
            let a = array.as_binary::<i32>();
            b.each(n, nb, null, |i, out| f(a.value(i), out))?;
        }
        ArrowType::LargeBinary => {
            let a = array.as_binary::<i64>();
            b.each(n, nb, null, |i, out| f(a.value(i), out))?;
        }
        ArrowType::FixedSizeBinary(_) => {
            let a = array.as_fixed_size_binary();
            b.each(n, nb, null, |i, out| f(a.value(i), out))?;
        }
        _ => return Ok(false),
    }
    Ok(true)
}

fn chars(s: &[u8]) -> usize {
    s.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

/// Strings: borrowed straight from Arrow when nothing has to change (no NULL, no padding,
/// and for JSON nothing to escape), otherwise copied with the changes.
fn strings<O: OffsetSizeTrait>(
    a: &GenericStringArray<O>,
    pad_to: Option<u32>,
    style: Style,
    nulls: Option<NullBuffer>,
) -> Result<Encoded<'_>, ValueError> {
    let n = a.len();
    let offsets = a.value_offsets();
    let (first, last) = (offsets[0].as_usize(), offsets[n].as_usize());
    let raw = &a.values()[first..last];
    let nulls = nulls.filter(|b| b.null_count() > 0);
    let pad = pad_to.filter(|p| (0..n).any(|i| chars(a.value(i).as_bytes()) < *p as usize));
    let escape = style.quotes() && text::json_needs_escape(raw);
    if nulls.is_none() && pad.is_none() && !escape {
        return Ok(Encoded {
            data: Cow::Borrowed(raw),
            starts: offsets.iter().map(|o| o.as_usize() - first).collect(),
            quote: style.quotes(),
            nulls: None,
        });
    }
    let mut b = Builder::new(n, (last - first) / n.max(1) + 2);
    let q = style.quotes();
    b.each(n, nulls.as_ref(), style.null(), |i, out| {
        let v = a.value(i).as_bytes();
        if q {
            out.push(b'"');
            text::json_string_body(v, out);
        } else {
            out.extend_from_slice(v);
        }
        if let Some(p) = pad {
            let have = chars(v);
            out.resize(out.len() + (p as usize).saturating_sub(have), b' ');
        }
        if q {
            out.push(b'"');
        }
        Ok(())
    })?;
    Ok(b.done(nulls))
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::builder::{Int32Builder, ListBuilder, MapBuilder, StringBuilder};
    use arrow_array::{BinaryArray, BooleanArray, Decimal128Array, Int32Array, StringArray, StructArray};
    use arrow_schema::{Field, Fields};
    use std::sync::Arc;

    const CTX: Context = Context { time_zone: None };

    fn texts(e: &Encoded<'_>) -> Vec<String> {
        (0..e.starts.len() - 1)
            .map(|i| {
                let mut v = Vec::new();
                e.push_to(i, &mut v);
                String::from_utf8(v).unwrap()
            })
            .collect()
    }

    fn enc(kind: &ValueKind, a: &dyn Array, style: Style) -> Vec<String> {
        texts(&encode(kind, a, style, &CTX).unwrap())
    }

    #[test]
    fn strings_borrow_when_nothing_changes() {
        let a = StringArray::from(vec!["ab", "", "日本"]);
        let e = encode(&ValueKind::Text { pad_to: None }, &a, Style::Csv, &CTX).unwrap();
        assert!(matches!(e.data, Cow::Borrowed(_)));
        assert_eq!(texts(&e), ["ab", "", "日本"]);
        let e = encode(&ValueKind::Text { pad_to: None }, &a, Style::Json, &CTX).unwrap();
        assert!(e.quote);
        assert_eq!(texts(&e), ["\"ab\"", "\"\"", "\"日本\""]);
    }

    #[test]
    fn char_values_are_padded_and_nulls_marked() {
        let a = StringArray::from(vec![Some("abc"), None, Some(""), Some("a\"b")]);
        let k = ValueKind::Text { pad_to: Some(5) };
        assert_eq!(enc(&k, &a, Style::Csv), ["abc  ", "\\N", "     ", "a\"b  "]);
        assert_eq!(enc(&k, &a, Style::Json), ["\"abc  \"", "null", "\"     \"", "\"a\\\"b  \""]);
    }

    #[test]
    fn booleans_binary_and_decimals() {
        let b = BooleanArray::from(vec![Some(true), Some(false), None]);
        assert_eq!(enc(&ValueKind::Boolean, &b, Style::Csv), ["1", "0", "\\N"]);
        assert_eq!(enc(&ValueKind::Boolean, &b, Style::Nested), ["true", "false", "null"]);
        let bin = BinaryArray::from(vec![&[0xDE, 0xAD, 0xBE, 0xEF][..], &[0, 0xFF, 0x0A, 0x09], &[0xFF; 8]]);
        assert_eq!(enc(&ValueKind::BinaryInteger, &bin, Style::Csv), ["3735928559", "16714249", "-1"]);
        let d = Decimal128Array::from(vec![Some(0), Some(-150), None]).with_precision_and_scale(38, 9).unwrap();
        assert_eq!(enc(&ValueKind::Decimal, &d, Style::Json), ["0.000000000", "-0.000000150", "null"]);
    }

    #[test]
    fn nested_values_keep_nulls_and_field_order() {
        let mut lb = ListBuilder::new(Int32Builder::new());
        lb.append_value([Some(1), None]);
        lb.append_null();
        lb.append_value([]);
        let list = lb.finish();
        let k = ValueKind::Array(Box::new(ValueKind::Integer));
        assert_eq!(enc(&k, &list, Style::Csv), ["[1,null]", "\\N", "[]"]);

        let mut mb = MapBuilder::new(None, StringBuilder::new(), Int32Builder::new());
        mb.keys().append_value("t\tk");
        mb.values().append_value(1);
        mb.keys().append_value("q\"k");
        mb.values().append_null();
        mb.append(true).unwrap();
        let map = mb.finish();
        let k = ValueKind::Map(Box::new(ValueKind::Text { pad_to: None }), Box::new(ValueKind::Integer));
        assert_eq!(enc(&k, &map, Style::Csv), [r#"{"t\tk":1,"q\"k":null}"#]);

        let fields =
            Fields::from(vec![Field::new("b", ArrowType::Utf8, true), Field::new("a", ArrowType::Int32, true)]);
        let s = StructArray::new(
            fields,
            vec![
                Arc::new(StringArray::from(vec![Some("q\"\\"), None])),
                Arc::new(Int32Array::from(vec![None, Some(1)])),
            ],
            None,
        );
        let k = ValueKind::Row(vec![("b".into(), ValueKind::Text { pad_to: None }), ("a".into(), ValueKind::Integer)]);
        assert_eq!(enc(&k, &s, Style::Json), [r#"{"b":"q\"\\","a":null}"#, r#"{"b":null,"a":1}"#]);
    }

    #[test]
    fn wrong_arrow_type_is_reported() {
        let a = StringArray::from(vec!["1"]);
        let err = encode(&ValueKind::Integer, &a, Style::Csv, &CTX).unwrap_err();
        assert!(err.message.contains("Utf8"), "{err:?}");
    }
}
