//! JSON bodies (wire spec §6.2): a stream of objects or one array (`strip_outer_array`),
//! `json_root`, simple mode (keys = column names, case-sensitive) and `jsonpaths`. Numbers
//! keep their literal text so DECIMAL and LARGEINT values load exactly.

use super::plan::Fields;
use std::borrow::Cow;

/// A parsed JSON value borrowing from the body.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number, as written.
    Num(&'a str),
    /// A string, unescaped.
    Str(Cow<'a, str>),
    /// An array.
    Arr(Vec<Json<'a>>),
    /// An object, keys in order.
    Obj(Vec<(Cow<'a, str>, Json<'a>)>),
}

impl Json<'_> {
    /// Minified JSON text.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        self.write(&mut s);
        s
    }

    fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Num(n) => out.push_str(n),
            Json::Str(s) => write_str(s, out),
            Json::Arr(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write(out);
                }
                out.push(']');
            }
            Json::Obj(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(k, out);
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }

    fn get(&self, key: &str) -> Option<&Self> {
        match self {
            Json::Obj(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The value as field text for a column; `None` for null.
    fn field_bytes(&self) -> Option<Cow<'_, [u8]>> {
        match self {
            Json::Null => None,
            Json::Bool(b) => Some(Cow::Borrowed(if *b { b"1" } else { b"0" })),
            Json::Num(n) => Some(Cow::Borrowed(n.as_bytes())),
            Json::Str(s) => Some(Cow::Borrowed(s.as_bytes())),
            other => Some(Cow::Owned(other.to_text().into_bytes())),
        }
    }
}

fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Parser<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
}

const MAX_DEPTH: usize = 512;

impl<'a> Parser<'a> {
    fn ws(&mut self) {
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn err<T>(&self, what: &str) -> Result<T, String> {
        Err(format!("{what} at offset {}", self.i))
    }

    fn value(&mut self, depth: usize) -> Result<Json<'a>, String> {
        if depth > MAX_DEPTH {
            return self.err("Exceeded maximum nesting depth");
        }
        self.ws();
        match self.b.get(self.i) {
            None => self.err("The document is empty or truncated"),
            Some(b'{') => {
                self.i += 1;
                let mut fields = Vec::new();
                self.ws();
                if self.b.get(self.i) == Some(&b'}') {
                    self.i += 1;
                    return Ok(Json::Obj(fields));
                }
                loop {
                    self.ws();
                    if self.b.get(self.i) != Some(&b'"') {
                        return self.err("Object keys must be strings");
                    }
                    let k = self.string()?;
                    self.ws();
                    if self.b.get(self.i) != Some(&b':') {
                        return self.err("Missing colon after key in object");
                    }
                    self.i += 1;
                    let v = self.value(depth + 1)?;
                    fields.push((k, v));
                    self.ws();
                    match self.b.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            return Ok(Json::Obj(fields));
                        }
                        _ => return self.err("Missing comma or closing brace in object"),
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.b.get(self.i) == Some(&b']') {
                    self.i += 1;
                    return Ok(Json::Arr(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    match self.b.get(self.i) {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(Json::Arr(items));
                        }
                        _ => return self.err("Missing comma or closing bracket in array"),
                    }
                }
            }
            Some(b'"') => Ok(Json::Str(self.string()?)),
            Some(b't') if self.s[self.i..].starts_with("true") => {
                self.i += 4;
                Ok(Json::Bool(true))
            }
            Some(b'f') if self.s[self.i..].starts_with("false") => {
                self.i += 5;
                Ok(Json::Bool(false))
            }
            Some(b'n') if self.s[self.i..].starts_with("null") => {
                self.i += 4;
                Ok(Json::Null)
            }
            Some(c) if *c == b'-' || c.is_ascii_digit() => {
                let start = self.i;
                self.i += 1;
                while self.i < self.b.len() && matches!(self.b[self.i], b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-')
                {
                    self.i += 1;
                }
                let n = &self.s[start..self.i];
                if n == "-" || n.ends_with(['e', 'E', '+', '-', '.']) {
                    return self.err("Invalid number");
                }
                Ok(Json::Num(n))
            }
            Some(_) => self.err("Invalid value"),
        }
    }

    fn string(&mut self) -> Result<Cow<'a, str>, String> {
        self.i += 1;
        let start = self.i;
        let rest = &self.b[start..];
        match memchr::memchr2(b'"', b'\\', rest) {
            Some(p) if rest[p] == b'"' => {
                self.i = start + p + 1;
                return Ok(Cow::Borrowed(&self.s[start..start + p]));
            }
            None => return self.err("Unterminated string"),
            _ => {}
        }
        let mut out = String::new();
        loop {
            let Some(&c) = self.b.get(self.i) else {
                return self.err("Unterminated string");
            };
            match c {
                b'"' => {
                    self.i += 1;
                    return Ok(Cow::Owned(out));
                }
                b'\\' => {
                    let e = self.b.get(self.i + 1).copied();
                    self.i += 2;
                    match e {
                        Some(b'"') => out.push('"'),
                        Some(b'\\') => out.push('\\'),
                        Some(b'/') => out.push('/'),
                        Some(b'b') => out.push('\u{8}'),
                        Some(b'f') => out.push('\u{c}'),
                        Some(b'n') => out.push('\n'),
                        Some(b'r') => out.push('\r'),
                        Some(b't') => out.push('\t'),
                        Some(b'u') => {
                            let cp = self.hex4()?;
                            let ch = if (0xD800..0xDC00).contains(&cp) && self.s[self.i..].starts_with("\\u") {
                                self.i += 2;
                                let lo = self.hex4()?;
                                char::from_u32(0x10000 + ((cp - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3FF))
                            } else {
                                char::from_u32(cp)
                            };
                            out.push(ch.unwrap_or('\u{FFFD}'));
                        }
                        _ => return self.err("Invalid escape"),
                    }
                }
                _ => {
                    let ch = self.s[self.i..].chars().next().unwrap_or('\u{FFFD}');
                    out.push(ch);
                    self.i += ch.len_utf8();
                }
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let h = self.s.get(self.i..self.i + 4).ok_or("Invalid unicode escape")?;
        let v = u32::from_str_radix(h, 16).map_err(|_| format!("Invalid unicode escape at offset {}", self.i))?;
        self.i += 4;
        Ok(v)
    }
}

/// Parses a whole body into top-level documents; `Err` is the load-failing message.
pub fn parse_documents(body: &str) -> Result<Vec<Json<'_>>, String> {
    let mut p = Parser { s: body, b: body.as_bytes(), i: 0 };
    let mut docs = Vec::new();
    loop {
        p.ws();
        if p.i >= p.b.len() {
            return Ok(docs);
        }
        if docs.is_empty() && !matches!(p.b[p.i], b'{' | b'[') {
            let c = body[p.i..].chars().next().unwrap_or('?');
            return Err(format!("parse error. illegal json started with {c}"));
        }
        let v = p.value(0).map_err(|e| format!("parse error. {e}"))?;
        docs.push(v);
    }
}

/// Parses exactly one JSON value (any type) surrounded by optional whitespace.
pub fn parse_value(text: &str) -> Result<Json<'_>, String> {
    let mut p = Parser { s: text, b: text.as_bytes(), i: 0 };
    let v = p.value(0)?;
    p.ws();
    if p.i < p.b.len() {
        return p.err("Trailing characters after the value");
    }
    Ok(v)
}

/// A compiled JSONPath (`$.a.b`, `$['a']`, `$.a[0]`, `$`).
#[derive(Debug, Clone, PartialEq)]
pub struct JsonPath(Vec<Step>);

#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

impl JsonPath {
    /// Parses a path.
    pub fn parse(p: &str) -> Result<Self, String> {
        let p = p.trim();
        let rest = p.strip_prefix('$').ok_or_else(|| format!("Invalid json path: {p}"))?;
        let b = rest.as_bytes();
        let mut steps = Vec::new();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'.' => {
                    let start = i + 1;
                    let mut j = start;
                    while j < b.len() && b[j] != b'.' && b[j] != b'[' {
                        j += 1;
                    }
                    steps.push(Step::Key(rest[start..j].to_string()));
                    i = j;
                }
                b'[' => {
                    let end = rest[i..].find(']').ok_or_else(|| format!("Invalid json path: {p}"))? + i;
                    let inner = rest[i + 1..end].trim();
                    if let Some(q) = inner.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')) {
                        steps.push(Step::Key(q.to_string()));
                    } else if let Some(q) = inner.strip_prefix('"').and_then(|x| x.strip_suffix('"')) {
                        steps.push(Step::Key(q.to_string()));
                    } else {
                        steps.push(Step::Index(inner.parse().map_err(|_| format!("Invalid json path: {p}"))?));
                    }
                    i = end + 1;
                }
                _ => return Err(format!("Invalid json path: {p}")),
            }
        }
        Ok(JsonPath(steps))
    }

    /// The value at this path.
    pub fn find<'v, 'a>(&self, mut v: &'v Json<'a>) -> Option<&'v Json<'a>> {
        for s in &self.0 {
            v = match (s, v) {
                (Step::Key(k), Json::Obj(_)) => v.get(k)?,
                (Step::Index(i), Json::Arr(items)) => items.get(*i)?,
                _ => return None,
            };
        }
        Some(v)
    }
}

/// Parses the `jsonpaths` header (a JSON array of path strings).
pub fn parse_jsonpaths(text: &str) -> Result<Vec<JsonPath>, String> {
    let docs = parse_documents(text).map_err(|_| format!("Invalid jsonpaths: {text}"))?;
    match docs.as_slice() {
        [Json::Arr(items)] => items
            .iter()
            .map(|i| match i {
                Json::Str(s) => JsonPath::parse(s),
                _ => Err(format!("Invalid jsonpaths: {text}")),
            })
            .collect(),
        _ => Err(format!("Invalid jsonpaths: {text}")),
    }
}

/// The row objects of a body, after `json_root` and `strip_outer_array`.
pub fn rows<'d, 'a>(
    docs: &'d [Json<'a>],
    root: Option<&JsonPath>,
    strip_outer_array: bool,
) -> Result<Vec<&'d Json<'a>>, String> {
    let mut out = Vec::new();
    for doc in docs {
        let v = match root {
            Some(r) => match r.find(doc) {
                Some(v) => v,
                None => continue,
            },
            None => doc,
        };
        match (v, strip_outer_array) {
            (Json::Arr(items), true) => {
                for item in items {
                    if !matches!(item, Json::Obj(_)) {
                        return Err(format!(
                            "parse error. the element of the array should be object type, value: {}",
                            item.to_text()
                        ));
                    }
                    out.push(item);
                }
            }
            (Json::Arr(_), false) => {
                return Err("parse error. The value is array type in json document stream, you can set strip_outer_array=true to parse each element of the array as individual rows".into());
            }
            (other, true) => {
                return Err(format!(
                    "parse error. the value should be array type with strip_outer_array=true, value: {}",
                    other.to_text()
                ));
            }
            (obj @ Json::Obj(_), false) => out.push(obj),
            (other, false) => {
                return Err(format!(
                    "parse error. the value should be object type in json document stream, value: {}",
                    other.to_text()
                ));
            }
        }
    }
    Ok(out)
}

/// One JSON row's fields, in the plan's field order.
#[derive(Debug)]
pub struct JsonFields<'a> {
    values: Vec<Option<Cow<'a, [u8]>>>,
    row: &'a Json<'a>,
}

impl<'a> JsonFields<'a> {
    /// Fields by name (simple mode) or by path (`jsonpaths`). Fields flagged in `json_text`
    /// (JSON, ARRAY, MAP and STRUCT columns) get the value's JSON text, strings quoted.
    pub fn new(row: &'a Json<'a>, names: &[String], paths: Option<&[JsonPath]>, json_text: &[bool]) -> Self {
        let value = |i: usize, v: Option<&'a Json<'a>>| -> Option<Cow<'a, [u8]>> {
            let v = v?;
            if json_text.get(i).copied().unwrap_or(false) {
                return (*v != Json::Null).then(|| Cow::Owned(v.to_text().into_bytes()));
            }
            v.field_bytes()
        };
        let values = match paths {
            Some(paths) => (0..names.len()).map(|i| value(i, paths.get(i).and_then(|p| p.find(row)))).collect(),
            None => names.iter().enumerate().map(|(i, n)| value(i, row.get(n))).collect(),
        };
        JsonFields { values, row }
    }
}

impl Fields for JsonFields<'_> {
    fn count(&self) -> usize {
        self.values.len()
    }

    fn get(&self, i: usize) -> Option<&[u8]> {
        self.values.get(i).and_then(|v| v.as_deref())
    }

    fn row_text(&self) -> String {
        self.row.to_text()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn array_body_with_strip_outer_array() {
        let body = r#"[{"name":"alice","score":90,"id":1,"__op":0},{"name":"b\"ob","score":8.50,"id":2}]"#;
        let docs = parse_documents(body).unwrap();
        let rows = rows(&docs, None, true).unwrap();
        assert_eq!(rows.len(), 2);
        let names = vec!["id".to_string(), "name".to_string(), "score".to_string(), "__op".to_string()];
        let f = JsonFields::new(rows[1], &names, None, &[]);
        assert_eq!(f.get(0), Some(&b"2"[..]));
        assert_eq!(f.get(1), Some(&b"b\"ob"[..]));
        assert_eq!(f.get(2), Some(&b"8.50"[..]));
        assert_eq!(f.get(3), None);
    }

    #[test]
    fn structure_errors_fail_the_load() {
        assert_eq!(parse_documents("x").unwrap_err(), "parse error. illegal json started with x");
        assert!(parse_documents("{\"a\":").unwrap_err().starts_with("parse error. "));
        let docs = parse_documents("[{\"a\":1}]").unwrap();
        assert!(rows(&docs, None, false).unwrap_err().contains("strip_outer_array=true"));
        let docs = parse_documents("{\"a\":1} {\"a\":2}").unwrap();
        assert_eq!(rows(&docs, None, false).unwrap().len(), 2);
        assert!(rows(&docs, None, true).unwrap_err().starts_with("parse error. the value should be array type"));
    }

    #[test]
    fn json_paths_and_nested_values() {
        let docs = parse_documents(r#"{"RECORDS":[{"k":{"x":[1,2]},"b":true}]}"#).unwrap();
        let root = JsonPath::parse("$.RECORDS").unwrap();
        let rows = rows(&docs, Some(&root), true).unwrap();
        let paths = parse_jsonpaths(r#"["$.k.x[1]", "$.k", "$.b", "$.missing"]"#).unwrap();
        let names: Vec<String> = (0..4).map(|i| format!("c{i}")).collect();
        let f = JsonFields::new(rows[0], &names, Some(&paths), &[false, true, false, false]);
        assert_eq!(f.get(0), Some(&b"2"[..]));
        assert_eq!(f.get(1), Some(&br#"{"x":[1,2]}"#[..]));
        assert_eq!(f.get(2), Some(&b"1"[..]));
        assert_eq!(f.get(3), None);
        assert_eq!(parse_value(" \"x\" ").unwrap(), Json::Str("x".into()));
        assert!(parse_value("1 2").is_err());
    }
}
