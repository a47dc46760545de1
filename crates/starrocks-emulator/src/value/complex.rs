//! JSON, ARRAY, MAP and STRUCT values: read from CSV text or from a JSON body's value, and
//! stored as the text StarRocks prints for them over the MySQL protocol.
//!
//! * JSON prints as StarRocks' JSON type does: object keys sorted, `": "` and `", "`
//!   separators, integers exact and other numbers as doubles in JavaScript form
//!   (`1.5`, `9223372036854776000`, `1.7014118346046923e+38`).
//! * ARRAY, MAP and STRUCT print as `MysqlRowBuffer` writes nested values: `[1,null,3]`,
//!   `{"k":1}`, `{"a":1,"b":"x"}`; strings, dates and field names in double quotes with `"`
//!   and `\` escaped, NULL as `null`, numbers bare.
//! * CSV text follows StarRocks' CSV converters: `[a,b]` arrays split at top-level commas
//!   (quotes and brackets nest), `{k:v,…}` maps (duplicate keys: the last wins), strings
//!   inside must be double-quoted (`""` is a quote), `null` is NULL. STRUCT has no CSV text
//!   form. Invalid elements become NULL, or fail the value in strict mode.

use super::{ConvertError, Value, format_float, parse_text};
use crate::catalog::types::ColumnType;
use crate::load::json::{Json, parse_value};
use std::fmt::Write as _;

/// Where a value's text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A CSV field (or an SQL literal).
    Csv,
    /// A JSON body: the value's JSON text.
    Json,
}

/// Whether the type is JSON, ARRAY, MAP or STRUCT.
pub fn is_complex(ty: &ColumnType) -> bool {
    matches!(ty, ColumnType::Json | ColumnType::Array(_) | ColumnType::Map(..) | ColumnType::Struct(_))
}

/// Converts `text` to the stored (printed) form of a JSON, ARRAY, MAP or STRUCT value.
pub fn parse_complex(text: &[u8], ty: &ColumnType, source: Source, strict: bool) -> Result<String, ConvertError> {
    let s = std::str::from_utf8(text).map_err(|_| ConvertError)?;
    match (ty, source) {
        (ColumnType::Json, _) => canonical_json(s),
        (ColumnType::Struct(_), Source::Csv) => Err(ConvertError),
        (ColumnType::Array(e), Source::Csv) => csv_array(s, e, strict),
        (ColumnType::Map(k, v), Source::Csv) => csv_map(s, k, v, strict),
        (_, Source::Json) => {
            let v = parse_value(s).map_err(|_| ConvertError)?;
            if v == Json::Null {
                return Err(ConvertError);
            }
            json_nested(&v, ty, strict)
        }
        _ => Err(ConvertError),
    }
}

/// StarRocks' text of a JSON document.
pub fn canonical_json(text: &str) -> Result<String, ConvertError> {
    let v = parse_value(text).map_err(|_| ConvertError)?;
    let mut out = String::new();
    write_json(&v, &mut out);
    Ok(out)
}

fn write_json(v: &Json<'_>, out: &mut String) {
    match v {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Num(n) => out.push_str(&json_number(n)),
        Json::Str(s) => write_json_string(s, out),
        Json::Arr(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_json(item, out);
            }
            out.push(']');
        }
        Json::Obj(fields) => {
            let mut sorted: Vec<&(std::borrow::Cow<'_, str>, Json<'_>)> = Vec::with_capacity(fields.len());
            for f in fields {
                if !sorted.iter().any(|g| g.0 == f.0) {
                    sorted.push(f);
                }
            }
            sorted.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            out.push('{');
            for (i, (k, v)) in sorted.into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_json_string(k, out);
                out.push_str(": ");
                write_json(v, out);
            }
            out.push('}');
        }
    }
}

fn write_json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A JSON number literal as StarRocks prints it: 64-bit integers exactly, anything else as
/// a double.
fn json_number(lit: &str) -> String {
    if let Ok(i) = lit.parse::<i64>() {
        return i.to_string();
    }
    if let Ok(u) = lit.parse::<u64>() {
        return u.to_string();
    }
    lit.parse::<f64>().map_or_else(|_| lit.to_string(), js_number)
}

/// A double in JavaScript's `Number.prototype.toString` form.
pub fn js_number(f: f64) -> String {
    if f == 0.0 {
        return "0".into();
    }
    if !f.is_finite() {
        return "null".into();
    }
    let mut buf = ryu::Buffer::new();
    let text = buf.format(f);
    let (neg, text) = match text.strip_prefix('-') {
        Some(t) => (true, t),
        None => (false, text),
    };
    let (mantissa, exp) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (text, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut digits: String = format!("{int}{frac}");
    let mut point = int.len() as i64 + exp;
    while digits.len() > 1 && digits.starts_with('0') {
        digits.remove(0);
        point -= 1;
    }
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    let k = digits.len() as i64;
    let n = point;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if k <= n && n <= 21 {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', (n - k) as usize));
    } else if 0 < n && n <= 21 {
        out.push_str(&digits[..n as usize]);
        out.push('.');
        out.push_str(&digits[n as usize..]);
    } else if -6 < n && n <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-n) as usize));
        out.push_str(&digits);
    } else {
        let e = n - 1;
        out.push_str(&digits[..1]);
        if k > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{}", if e >= 0 { '+' } else { '-' }, e.abs());
    }
    out
}

/// A string inside a nested value: double-quoted, `"` and `\` escaped.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// A scalar inside a nested value.
fn scalar_text(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Str(s) => quoted(s),
        Value::Bytes(b) => quoted(&String::from_utf8_lossy(b)),
        Value::Date(_) | Value::DateTime(_) => quoted(&v.to_text().unwrap_or_default()),
        Value::Float(f) => format_float(*f),
        other => other.to_text().unwrap_or_else(|| "null".into()),
    }
}

fn is_string_type(ty: &ColumnType) -> bool {
    matches!(ty, ColumnType::Char(_) | ColumnType::Varchar(_) | ColumnType::Varbinary(_))
}

/// An element failed to convert: NULL, or the whole value fails in strict mode.
fn invalid(strict: bool) -> Result<String, ConvertError> {
    if strict { Err(ConvertError) } else { Ok("null".into()) }
}

/// Removes enclosing double quotes, undoubling `""`.
fn unquote(s: &str) -> Option<String> {
    let inner = s.strip_prefix('"')?.strip_suffix('"')?;
    Some(inner.replace("\"\"", "\""))
}

fn csv_element(text: &str, ty: &ColumnType, strict: bool) -> Result<String, ConvertError> {
    let t = text.trim_matches(' ');
    if t == "null" {
        return Ok("null".into());
    }
    let converted = match ty {
        ColumnType::Array(e) => csv_array(t, e, strict),
        ColumnType::Map(k, v) => csv_map(t, k, v, strict),
        ColumnType::Struct(_) => Err(ConvertError),
        ColumnType::Json => {
            let doc = unquote(t).unwrap_or_else(|| t.to_string());
            canonical_json(&doc).map(|j| quoted(&j))
        }
        ty if is_string_type(ty) => match unquote(t) {
            Some(s) => parse_text(s.as_bytes(), ty).map(|v| scalar_text(&v)),
            None => Err(ConvertError),
        },
        ty => {
            let raw = unquote(t).unwrap_or_else(|| t.to_string());
            parse_text(raw.as_bytes(), ty).map(|v| scalar_text(&v))
        }
    };
    converted.or_else(|_| invalid(strict))
}

/// Splits `s` at top-level `sep` bytes; `open`/`close` nest, double quotes toggle.
fn split_top(s: &str, open: u8, close: u8, seps: &[u8]) -> Option<Vec<(usize, usize, u8)>> {
    let b = s.as_bytes();
    let (mut level, mut in_quote, mut start) = (0i32, false, 0usize);
    let mut parts = Vec::new();
    for (i, &c) in b.iter().enumerate() {
        if c == b'"' {
            in_quote = !in_quote;
        } else if !in_quote && c == open {
            level += 1;
        } else if !in_quote && c == close {
            level -= 1;
        } else if !in_quote && level == 0 && seps.contains(&c) {
            parts.push((start, i, c));
            start = i + 1;
        }
    }
    if level != 0 || in_quote {
        return None;
    }
    parts.push((start, b.len(), 0));
    Some(parts)
}

fn csv_array(s: &str, elem: &ColumnType, strict: bool) -> Result<String, ConvertError> {
    let inner = s.strip_prefix('[').and_then(|r| r.strip_suffix(']')).ok_or(ConvertError)?;
    if inner.is_empty() {
        return Ok("[]".into());
    }
    let parts = split_top(inner, b'[', b']', b",").ok_or(ConvertError)?;
    let mut out = String::from("[");
    for (i, (a, b, _)) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_element(&inner[a..b], elem, strict)?);
    }
    out.push(']');
    Ok(out)
}

fn csv_map(s: &str, kt: &ColumnType, vt: &ColumnType, strict: bool) -> Result<String, ConvertError> {
    let inner = s.strip_prefix('{').and_then(|r| r.strip_suffix('}')).ok_or(ConvertError)?;
    if inner.is_empty() {
        return Ok("{}".into());
    }
    let parts = split_top(inner, b'{', b'}', b":,").ok_or(ConvertError)?;
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    let mut key: Option<&str> = None;
    for (a, b, sep) in parts {
        if a == b {
            return Err(ConvertError);
        }
        let piece = &inner[a..b];
        match (sep, key.take()) {
            (b':', None) => key = Some(piece),
            (b',' | 0, Some(k)) => pairs.push((k, piece)),
            _ => return Err(ConvertError),
        }
    }
    if key.is_some() {
        return Err(ConvertError);
    }
    let mut out = String::from("{");
    let mut first = true;
    for (i, (k, v)) in pairs.iter().enumerate() {
        if pairs[i + 1..].iter().any(|(k2, _)| k2 == k) {
            continue;
        }
        if !first {
            out.push(',');
        }
        first = false;
        out.push_str(&csv_element(k, kt, strict)?);
        out.push(':');
        out.push_str(&csv_element(v, vt, strict)?);
    }
    out.push('}');
    Ok(out)
}

/// A JSON scalar as field text for a scalar column (as the JSON reader converts it).
fn json_scalar_text(v: &Json<'_>) -> Option<String> {
    Some(match v {
        Json::Null => return None,
        Json::Bool(b) => (if *b { "1" } else { "0" }).to_string(),
        Json::Num(n) => (*n).to_string(),
        Json::Str(s) => s.to_string(),
        other => other.to_text(),
    })
}

fn json_nested(v: &Json<'_>, ty: &ColumnType, strict: bool) -> Result<String, ConvertError> {
    match (ty, v) {
        (ColumnType::Array(e), Json::Arr(items)) => {
            let mut out = String::from("[");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&json_element(item, e, strict)?);
            }
            out.push(']');
            Ok(out)
        }
        (ColumnType::Map(kt, vt), Json::Obj(fields)) => {
            let mut out = String::from("{");
            let mut first = true;
            for (i, (k, val)) in fields.iter().enumerate() {
                if fields[i + 1..].iter().any(|(k2, _)| k2 == k) {
                    continue;
                }
                if !first {
                    out.push(',');
                }
                first = false;
                let key = parse_text(k.as_bytes(), kt).map(|kv| scalar_text(&kv)).or_else(|_| invalid(strict))?;
                out.push_str(&key);
                out.push(':');
                out.push_str(&json_element(val, vt, strict)?);
            }
            out.push('}');
            Ok(out)
        }
        (ColumnType::Struct(fields), Json::Obj(obj)) => {
            let mut out = String::from("{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&quoted(&f.name));
                out.push(':');
                let found = obj
                    .iter()
                    .find(|(k, _)| *k == f.name)
                    .or_else(|| obj.iter().find(|(k, _)| k.eq_ignore_ascii_case(&f.name)))
                    .map(|(_, v)| v);
                out.push_str(&match found {
                    Some(v) => json_element(v, &f.ty, strict)?,
                    None => "null".into(),
                });
            }
            out.push('}');
            Ok(out)
        }
        _ => Err(ConvertError),
    }
}

fn json_element(v: &Json<'_>, ty: &ColumnType, strict: bool) -> Result<String, ConvertError> {
    if *v == Json::Null {
        return Ok("null".into());
    }
    let converted = match ty {
        ColumnType::Array(_) | ColumnType::Map(..) | ColumnType::Struct(_) => json_nested(v, ty, strict),
        ColumnType::Json => {
            let mut s = String::new();
            write_json(v, &mut s);
            Ok(quoted(&s))
        }
        ty => match json_scalar_text(v) {
            Some(t) => parse_text(t.as_bytes(), ty).map(|x| scalar_text(&x)),
            None => Ok("null".into()),
        },
    };
    converted.or_else(|_| invalid(strict))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::types::StructField;

    fn arr(t: ColumnType) -> ColumnType {
        ColumnType::Array(Box::new(t))
    }

    #[test]
    fn json_prints_like_starrocks() {
        assert_eq!(
            canonical_json(r#"{"b":1,"a":[1,2.0,"x"],"c":{}}"#).unwrap(),
            r#"{"a": [1, 2, "x"], "b": 1, "c": {}}"#
        );
        assert_eq!(
            canonical_json(r#"{"dbl":9223372036854775808.0,"u":18446744073709551615,"e":1.7014118346046923e38}"#)
                .unwrap(),
            r#"{"dbl": 9223372036854776000, "e": 1.7014118346046923e+38, "u": 18446744073709551615}"#
        );
        assert_eq!(canonical_json(r#""t\tq\"/""#).unwrap(), r#""t\tq\"/""#);
        assert_eq!(canonical_json("1.0E-7").unwrap(), "1e-7");
        assert_eq!(canonical_json("0.000001").unwrap(), "0.000001");
        assert_eq!(canonical_json("123.456").unwrap(), "123.456");
        assert!(canonical_json("{").is_err());
        assert_eq!(js_number(-1.5), "-1.5");
        assert_eq!(js_number(1e21), "1e+21");
        assert_eq!(js_number(123456789012345680000.0), "123456789012345680000");
    }

    #[test]
    fn csv_arrays_and_maps() {
        let p = |s: &str, t: &ColumnType, strict| parse_complex(s.as_bytes(), t, Source::Csv, strict);
        assert_eq!(p("[1,2,3]", &arr(ColumnType::Int), false).unwrap(), "[1,2,3]");
        assert_eq!(p("[1, null]", &arr(ColumnType::Int), false).unwrap(), "[1,null]");
        assert_eq!(p("[]", &arr(ColumnType::Int), false).unwrap(), "[]");
        assert_eq!(p("[1,x]", &arr(ColumnType::Int), false).unwrap(), "[1,null]");
        assert!(p("[1,x]", &arr(ColumnType::Int), true).is_err());
        assert!(p("1,2", &arr(ColumnType::Int), false).is_err());
        assert_eq!(p(r#"["a,b","q""t",c]"#, &arr(ColumnType::Varchar(10)), false).unwrap(), r#"["a,b","q\"t",null]"#);
        assert_eq!(p("[[1,2],[3]]", &arr(arr(ColumnType::Int)), false).unwrap(), "[[1,2],[3]]");
        assert_eq!(p(r#"["2024-01-02"]"#, &arr(ColumnType::Date), false).unwrap(), r#"["2024-01-02"]"#);
        let m = ColumnType::Map(Box::new(ColumnType::Varchar(65533)), Box::new(ColumnType::Int));
        assert_eq!(p(r#"{"k1":1,"k2":2}"#, &m, false).unwrap(), r#"{"k1":1,"k2":2}"#);
        assert_eq!(p(r#"{"a":1,"b":2,"a":3}"#, &m, false).unwrap(), r#"{"b":2,"a":3}"#);
        assert_eq!(p(r#"{"":0}"#, &m, false).unwrap(), r#"{"":0}"#);
        assert!(p(r#"{"a"}"#, &m, false).is_err());
        let st = ColumnType::Struct(vec![StructField { name: "a".into(), ty: ColumnType::Int, comment: None }]);
        assert!(p(r#"{"a":1}"#, &st, false).is_err());
    }

    #[test]
    fn json_values_into_nested_columns() {
        let p = |s: &str, t: &ColumnType| parse_complex(s.as_bytes(), t, Source::Json, false);
        let st = ColumnType::Struct(vec![
            StructField { name: "a".into(), ty: ColumnType::Int, comment: None },
            StructField { name: "b".into(), ty: ColumnType::Varchar(65533), comment: None },
        ]);
        assert_eq!(p(r#"{"b":"q\"\\","x":1}"#, &st).unwrap(), r#"{"a":null,"b":"q\"\\"}"#);
        assert_eq!(p(r#"[1,null,"3"]"#, &arr(ColumnType::Int)).unwrap(), "[1,null,3]");
        let m = ColumnType::Map(Box::new(ColumnType::Int), Box::new(ColumnType::Double));
        assert_eq!(p(r#"{"1":1.5,"2":1e21}"#, &m).unwrap(), "{1:1.5,2:1e+21}");
        assert!(p(r#"{"a":1}"#, &arr(ColumnType::Int)).is_err());
        let dec = ColumnType::Decimal { precision: 38, scale: 9, width: crate::catalog::types::DecimalWidth::D128 };
        assert_eq!(
            p("[12345678901234567890123456789.123456789]", &arr(dec)).unwrap(),
            "[12345678901234567890123456789.123456789]"
        );
    }
}
