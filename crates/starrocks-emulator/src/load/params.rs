//! Stream-load request headers (wire spec §3.3) parsed into typed parameters, with
//! StarRocks' validation messages.

use http::HeaderMap;

/// Body format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CSV text.
    Csv,
    /// JSON documents.
    Json,
}

/// Body compression the emulator decodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// Plain body.
    None,
    /// LZ4 frame.
    Lz4Frame,
}

/// `partial_update_mode`: how StarRocks writes a partial update. The rows that result are
/// the same; the modes differ in speed and in the tables they accept (wire spec §6.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PartialUpdateMode {
    /// `row` (the default, and any value StarRocks does not know).
    #[default]
    Row,
    /// `column`.
    Column,
    /// `auto`.
    Auto,
}

/// Every data header of a load.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadParams {
    /// Body format.
    pub format: Format,
    /// Body compression.
    pub compression: Compression,
    /// Field separator bytes.
    pub column_separator: Vec<u8>,
    /// Row delimiter bytes.
    pub row_delimiter: Vec<u8>,
    /// Enclose byte.
    pub enclose: Option<u8>,
    /// Escape byte.
    pub escape: Option<u8>,
    /// Rows to skip at the start.
    pub skip_header: u64,
    /// Trim spaces around fields.
    pub trim_space: bool,
    /// `columns` header text.
    pub columns: Option<String>,
    /// `where` header text.
    pub where_clause: Option<String>,
    /// `max_filter_ratio`.
    pub max_filter_ratio: f64,
    /// `strict_mode`.
    pub strict_mode: bool,
    /// `timeout` in seconds, when given.
    pub timeout: Option<u64>,
    /// `jsonpaths` text.
    pub jsonpaths: Option<String>,
    /// `json_root` path.
    pub json_root: Option<String>,
    /// `strip_outer_array`.
    pub strip_outer_array: bool,
    /// `ignore_json_size`.
    pub ignore_json_size: bool,
    /// `partial_update`.
    pub partial_update: bool,
    /// `partial_update_mode` (`row`, `column`, `auto`; other values mean `row`).
    pub partial_update_mode: PartialUpdateMode,
    /// `merge_condition` column.
    pub merge_condition: Option<String>,
}

/// Headers that make up a load's parameters; transaction loads must repeat them exactly.
pub const DATA_HEADERS: &[&str] = &[
    "format",
    "columns",
    "column_separator",
    "row_delimiter",
    "where",
    "strict_mode",
    "timezone",
    "partial_update",
    "partial_update_mode",
    "merge_condition",
    "jsonpaths",
    "json_root",
    "strip_outer_array",
    "ignore_json_size",
    "compression",
    "content-encoding",
    "partitions",
    "temporary_partitions",
    "negative",
    "load_mem_limit",
    "exec_mem_limit",
    "load_dop",
    "enclose",
    "escape",
    "skip_header",
    "trim_space",
    "timeout",
];

/// The first value of header `name`, as text.
pub fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// A canonical signature of the data headers, to compare consecutive transaction loads.
pub fn signature(headers: &HeaderMap) -> Vec<(String, String)> {
    DATA_HEADERS.iter().filter_map(|h| header(headers, h).map(|v| ((*h).to_string(), v.to_string()))).collect()
}

fn parse_bool(v: &str) -> Option<bool> {
    if v.eq_ignore_ascii_case("true") {
        Some(true)
    } else if v.eq_ignore_ascii_case("false") {
        Some(false)
    } else {
        None
    }
}

/// Parses a `column_separator` / `row_delimiter` value (`\t`, `\n`, `\xHH..`, `0xHH..`).
pub fn parse_delimiter(v: &str) -> Result<Vec<u8>, String> {
    if v.is_empty() {
        return Err("Delimiter cannot be empty or null".into());
    }
    let hex = v
        .strip_prefix("\\x")
        .or_else(|| v.strip_prefix("\\X"))
        .or_else(|| v.strip_prefix("0x"))
        .or_else(|| v.strip_prefix("0X"));
    let bytes = if let Some(h) = hex {
        if h.is_empty() {
            return Err(format!("Invalid delimiter '{v}': empty hex"));
        }
        if h.len() % 2 != 0 {
            return Err(format!("Invalid delimiter '{v}: hex length must be a even number"));
        }
        let mut out = Vec::with_capacity(h.len() / 2);
        for i in (0..h.len()).step_by(2) {
            let b = u8::from_str_radix(&h[i..i + 2], 16)
                .map_err(|_| format!("Invalid delimiter '{v}': invalid hex format"))?;
            out.push(b);
        }
        out
    } else {
        let mut out = Vec::with_capacity(v.len());
        let b = v.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'\\' && i + 1 < b.len() && (b[i + 1] == b't' || b[i + 1] == b'n') {
                out.push(if b[i + 1] == b't' { b'\t' } else { b'\n' });
                i += 2;
            } else {
                out.push(b[i]);
                i += 1;
            }
        }
        out
    };
    if bytes.len() > 50 {
        return Err(format!("Delimiter length is too long, the max length is 50, delimiter: {v}"));
    }
    Ok(bytes)
}

/// Parses the `timeout` header (BE format check, then the FE range check).
pub fn parse_timeout(v: &str) -> Result<u64, String> {
    let n: u64 = v.trim().parse().map_err(|_| "Invalid timeout format".to_string())?;
    if !(1..=259_200).contains(&n) {
        return Err(format!("Invalid timeout: '{n}'. Expected values should be between 1 and 259200 seconds"));
    }
    Ok(n)
}

/// `strtod` semantics: the longest numeric prefix, garbage = 0.
fn strtod(v: &str) -> f64 {
    let v = v.trim_start();
    let mut end = 0;
    for i in (1..=v.len()).rev() {
        if v.is_char_boundary(i) && v[..i].parse::<f64>().is_ok() {
            end = i;
            break;
        }
    }
    v[..end].parse().unwrap_or(0.0)
}

/// Whether `enable_merge_commit` asks for merge commit (wire spec §5.1).
pub fn merge_commit_enabled(h: &HeaderMap) -> Result<bool, String> {
    match header(h, "enable_merge_commit") {
        None => Ok(false),
        Some(v) => match v.to_ascii_lowercase().as_str() {
            "false" | "0" => Ok(false),
            "true" | "1" => Ok(true),
            _ => Err(format!("Invalid parameter enable_merge_commit. The value must be bool type, but is {v}")),
        },
    }
}

/// Headers that must be equal for requests to share a merge-commit window (wire spec §5.1).
pub const MERGE_KEY_HEADERS: &[&str] = &[
    "format",
    "columns",
    "where",
    "max_filter_ratio",
    "timeout",
    "partitions",
    "temporary_partitions",
    "negative",
    "strict_mode",
    "timezone",
    "load_mem_limit",
    "exec_mem_limit",
    "partial_update",
    "partial_update_mode",
    "transmission_compression_type",
    "load_dop",
    "merge_condition",
    "log_rejected_record_num",
    "compression",
    "warehouse",
    "enable_merge_commit",
    "merge_commit_interval_ms",
    "merge_commit_parallel",
    "merge_commit_async",
    "column_separator",
    "row_delimiter",
    "trim_space",
    "enclose",
    "escape",
    "jsonpaths",
    "json_root",
    "strip_outer_array",
];

impl LoadParams {
    /// Parses the data headers; `Err` carries the StarRocks message.
    pub fn from_headers(h: &HeaderMap) -> Result<Self, String> {
        let mut compression = Compression::None;
        let format = match header(h, "format").map(str::to_ascii_lowercase).as_deref() {
            None | Some("csv") => Format::Csv,
            Some("json") => Format::Json,
            Some("lz4") => {
                compression = Compression::Lz4Frame;
                Format::Csv
            }
            Some(f @ ("gzip" | "bzip2" | "deflate" | "zstd")) => {
                return Err(format!("Unsupported compression algorithm: {f} (this emulator decodes lz4 only)"));
            }
            Some(_) => {
                return Err(format!("unknown data format, format={}", header(h, "format").unwrap_or_default()));
            }
        };
        let comp_header = header(h, "compression");
        let enc_header = header(h, "content-encoding");
        if comp_header.is_some() && enc_header.is_some() {
            return Err("Only one of http header content-encoding and compression can be set".into());
        }
        if let Some(c) = comp_header.or(enc_header) {
            let c = c.to_ascii_lowercase();
            match c.as_str() {
                "lz4_frame" => {
                    if format == Format::Json {
                        compression = Compression::Lz4Frame;
                    }
                }
                "no_compression" => {}
                "gzip" | "bzip2" | "zstd" | "deflate" | "zlib" | "snappy" | "lz4" | "auto" => {
                    if format == Format::Json {
                        return Err(format!("Unsupported compression algorithm: {c}"));
                    }
                }
                _ => return Err(format!("Unsupported compression type: {c}")),
            }
        }
        let column_separator = match header(h, "column_separator") {
            Some(v) => parse_delimiter(v)?,
            None => vec![b'\t'],
        };
        let row_delimiter = match header(h, "row_delimiter") {
            Some(v) => parse_delimiter(v)?,
            None => vec![b'\n'],
        };
        let skip_header = match header(h, "skip_header") {
            Some(v) => {
                let n: i64 = v.trim().parse().map_err(|_| "Invalid csv load skip_header format".to_string())?;
                if n < 0 {
                    return Err("skip_header must be equal or greater than 0".into());
                }
                n as u64
            }
            None => 0,
        };
        let trim_space = match header(h, "trim_space") {
            Some(v) => parse_bool(v).ok_or("Invalid trim space format. Must be bool type")?,
            None => false,
        };
        let strict_mode = match header(h, "strict_mode") {
            Some(v) => parse_bool(v).ok_or("Invalid strict mode format. Must be bool type")?,
            None => false,
        };
        let timeout = header(h, "timeout").map(parse_timeout).transpose()?;
        let partial_update = match header(h, "partial_update") {
            Some(v) => parse_bool(v).ok_or("Invalid partial update flag format. Must be bool type")?,
            None => false,
        };
        merge_commit_enabled(h)?;
        Ok(LoadParams {
            format,
            compression,
            column_separator,
            row_delimiter,
            enclose: header(h, "enclose").and_then(|v| v.bytes().next()),
            escape: header(h, "escape").and_then(|v| v.bytes().next()),
            skip_header,
            trim_space,
            columns: header(h, "columns").map(str::to_string),
            where_clause: header(h, "where").map(str::to_string),
            max_filter_ratio: header(h, "max_filter_ratio").map(strtod).unwrap_or(0.0),
            strict_mode,
            timeout,
            jsonpaths: header(h, "jsonpaths").map(str::to_string),
            json_root: header(h, "json_root").map(str::to_string),
            strip_outer_array: header(h, "strip_outer_array").is_some_and(|v| v.eq_ignore_ascii_case("true")),
            ignore_json_size: header(h, "ignore_json_size").is_some_and(|v| v.eq_ignore_ascii_case("true")),
            partial_update,
            partial_update_mode: match header(h, "partial_update_mode") {
                Some("column") => PartialUpdateMode::Column,
                Some("auto") => PartialUpdateMode::Auto,
                _ => PartialUpdateMode::Row,
            },
            merge_condition: header(h, "merge_condition").map(str::to_string),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn defaults_and_delimiters() {
        let p = LoadParams::from_headers(&HeaderMap::new()).unwrap();
        assert_eq!(p.format, Format::Csv);
        assert_eq!(p.column_separator, b"\t");
        assert_eq!(p.row_delimiter, b"\n");
        assert_eq!(parse_delimiter("\\x0D0A").unwrap(), b"\r\n");
        assert_eq!(parse_delimiter("\\t").unwrap(), b"\t");
        assert_eq!(
            parse_delimiter("\\x0D0").unwrap_err(),
            "Invalid delimiter '\\x0D0: hex length must be a even number"
        );
        assert_eq!(parse_delimiter("").unwrap_err(), "Delimiter cannot be empty or null");
    }

    #[test]
    fn header_errors_use_starrocks_messages() {
        let err = |pairs| LoadParams::from_headers(&headers(pairs)).unwrap_err();
        assert_eq!(err(&[("format", "xml")]), "unknown data format, format=xml");
        assert_eq!(err(&[("timeout", "abc")]), "Invalid timeout format");
        assert_eq!(
            err(&[("timeout", "0")]),
            "Invalid timeout: '0'. Expected values should be between 1 and 259200 seconds"
        );
        assert_eq!(err(&[("strict_mode", "yes")]), "Invalid strict mode format. Must be bool type");
        assert_eq!(err(&[("skip_header", "-1")]), "skip_header must be equal or greater than 0");
        assert_eq!(
            err(&[("compression", "lz4_frame"), ("content-encoding", "lz4_frame")]),
            "Only one of http header content-encoding and compression can be set"
        );
    }

    #[test]
    fn lz4_format_and_strtod_ratio() {
        let p = LoadParams::from_headers(&headers(&[
            ("format", "lz4"),
            ("compression", "lz4_frame"),
            ("max_filter_ratio", "0.25abc"),
        ]))
        .unwrap();
        assert_eq!(p.format, Format::Csv);
        assert_eq!(p.compression, Compression::Lz4Frame);
        assert_eq!(p.max_filter_ratio, 0.25);
    }
}
