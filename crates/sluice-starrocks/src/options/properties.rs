//! `sink.properties.*`: every entry becomes a stream-load header; the keys StarRocks (or
//! the connector) interprets are checked here, since a misspelled value is otherwise
//! silently sent and only fails, or worse, loads wrongly, at run time.

use super::problem::OptionProblem;

/// Body format of the loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Delimited text (the default).
    Csv,
    /// JSON objects in an array.
    Json,
}

/// Body compression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// LZ4 frame format.
    Lz4Frame,
}

/// The stream-load properties of a sink, parsed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadProperties {
    /// Every property: lower-cased key (without `sink.properties.`) and value as written.
    pub entries: Vec<(String, String)>,
    /// `format`.
    pub format: Option<Format>,
    /// `column_separator`, decoded (`\x01` → byte 1); default tab.
    pub column_separator: Vec<u8>,
    /// `row_delimiter`, decoded; default newline.
    pub row_delimiter: Vec<u8>,
    /// `enclose`: the byte StarRocks strips around a field.
    pub enclose: Option<u8>,
    /// `escape`: the byte StarRocks treats as an escape.
    pub escape: Option<u8>,
    /// `columns` as written.
    pub columns: Option<String>,
    /// `compression`.
    pub compression: Option<Compression>,
    /// `timeout` in seconds.
    pub timeout_secs: Option<u64>,
    /// `prepared_timeout` in seconds.
    pub prepared_timeout_secs: Option<u64>,
    /// `partial_update`.
    pub partial_update: bool,
    /// `partial_update_mode`.
    pub partial_update_mode: Option<String>,
    /// `merge_condition`: a column name.
    pub merge_condition: Option<String>,
    /// `strip_outer_array`.
    pub strip_outer_array: Option<bool>,
    /// `enable_merge_commit`.
    pub enable_merge_commit: bool,
    /// `merge_commit_interval_ms`.
    pub merge_commit_interval_ms: Option<u64>,
    /// `merge_commit_parallel`.
    pub merge_commit_parallel: Option<u64>,
    /// `merge_commit_async`.
    pub merge_commit_async: Option<bool>,
    /// `max_filter_ratio`.
    pub max_filter_ratio: Option<f64>,
    /// `warehouse`.
    pub warehouse: Option<String>,
    /// `timezone`.
    pub timezone: Option<String>,
}

impl LoadProperties {
    /// Parses the properties; problems carry the full key (`sink.properties.<k>`).
    pub fn from_entries(entries: impl IntoIterator<Item = (String, String)>) -> (Self, Vec<OptionProblem>) {
        let mut p =
            LoadProperties { column_separator: b"\t".to_vec(), row_delimiter: b"\n".to_vec(), ..Default::default() };
        let mut problems = Vec::new();
        let mut warnings = Vec::new();
        for (key, value) in entries {
            if let Err(problem) = p.apply(&key, &value, &mut warnings) {
                problems.push(*problem);
            }
            p.entries.retain(|(k, _)| *k != key);
            p.entries.push((key, value));
        }
        problems.extend(p.compression_problem());
        problems.append(&mut warnings);
        (p, problems)
    }

    /// The value of a property, by its lower-case key.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// Whether rows are sent as JSON.
    pub fn is_json(&self) -> bool {
        self.format == Some(Format::Json)
    }

    fn apply(&mut self, key: &str, value: &str, warnings: &mut Vec<OptionProblem>) -> Result<(), Box<OptionProblem>> {
        let full = format!("sink.properties.{key}");
        let bad = |what: &str| {
            Box::new(
                OptionProblem::new(
                    &full,
                    format!("Invalid value '{value}' for stream load property '{key}'."),
                    Some(what.to_string()),
                )
                .sluice_only(),
            )
        };
        match key {
            "format" => {
                self.format = Some(match value.to_ascii_lowercase().as_str() {
                    "csv" => Format::Csv,
                    "json" => Format::Json,
                    _ => {
                        return Err(Box::new((*bad("use 'csv' or 'json'")).with_note(
                            "the connector sends CSV rows for any value but 'json', while StarRocks reads the body as the format named",
                        )));
                    }
                })
            }
            "column_separator" => self.column_separator = checked_delimiter(&full, value, warnings)?,
            "row_delimiter" => self.row_delimiter = checked_delimiter(&full, value, warnings)?,
            "enclose" => self.enclose = Some(single_byte(value).map_err(|why| bad(&why))?),
            "escape" => self.escape = Some(single_byte(value).map_err(|why| bad(&why))?),
            "columns" => {
                if value.trim().is_empty() {
                    return Err(bad("list the target columns, e.g. 'id,name,__op'"));
                }
                self.columns = Some(value.to_string());
            }
            "compression" => {
                if value.eq_ignore_ascii_case("lz4_frame") {
                    self.compression = Some(Compression::Lz4Frame);
                }
            }
            "timeout" => match positive(value) {
                Ok(n) if n <= 259_200 => self.timeout_secs = Some(n),
                _ => {
                    return Err(Box::new((*bad("use a number of seconds between 1 and 259200")).with_note(format!(
                        "StarRocks rejects every load: Invalid timeout: '{value}'. Expected values should be between 1 and 259200 seconds"
                    ))));
                }
            },
            "timezone" => {
                if !valid_time_zone(value) {
                    return Err(Box::new(
                        (*bad("use an IANA zone such as 'Asia/Shanghai' or an offset such as '+08:00'")).with_note(
                            format!("StarRocks rejects every load: Unknown or incorrect time zone: '{value}'"),
                        ),
                    ));
                }
                self.timezone = Some(value.to_string());
            }
            "prepared_timeout" => self.prepared_timeout_secs = Some(positive(value).map_err(|why| bad(&why))?),
            "merge_commit_interval_ms" => {
                self.merge_commit_interval_ms = Some(positive(value).map_err(|why| bad(&why))?)
            }
            "merge_commit_parallel" => self.merge_commit_parallel = Some(positive(value).map_err(|why| bad(&why))?),
            "partial_update" => self.partial_update = boolean(value).map_err(|why| bad(&why))?,
            "strict_mode" | "ignore_json_size" => {
                boolean(value).map_err(|why| bad(&why))?;
            }
            "strip_outer_array" => self.strip_outer_array = Some(boolean(value).map_err(|why| bad(&why))?),
            "enable_merge_commit" => self.enable_merge_commit = boolean(value).map_err(|why| bad(&why))?,
            "merge_commit_async" => self.merge_commit_async = Some(boolean(value).map_err(|why| bad(&why))?),
            "partial_update_mode" => {
                if !["row", "column", "auto"].contains(&value) {
                    return Err(Box::new(
                        (*bad("use 'row', 'column' or 'auto' (lower case)"))
                            .with_note("StarRocks silently falls back to row mode for any other value"),
                    ));
                }
                self.partial_update_mode = Some(value.to_string());
            }
            "merge_condition" => {
                if value.trim().is_empty() {
                    return Err(bad("name the column whose larger value wins"));
                }
                self.merge_condition = Some(value.trim().to_string());
            }
            "max_filter_ratio" => match value.trim().parse::<f64>() {
                Ok(r) if (0.0..=1.0).contains(&r) => self.max_filter_ratio = Some(r),
                _ => return Err(bad("use a ratio between 0 and 1")),
            },
            "warehouse" => self.warehouse = Some(value.to_string()),
            known if STREAM_LOAD_HEADERS.contains(&known) => {}
            unknown => {
                let mut p = OptionProblem::new(
                    &full,
                    format!("StarRocks has no stream load property '{unknown}'; it ignores the header."),
                    None,
                )
                .warn();
                if let Some(s) = sluice_common::suggest::did_you_mean(unknown, STREAM_LOAD_HEADERS.iter().copied()) {
                    p.help = Some(format!("did you mean 'sink.properties.{s}'?"));
                }
                warnings.push(p);
            }
        }
        Ok(())
    }

    /// The connector's compression check, which depends on the format.
    fn compression_problem(&self) -> Option<OptionProblem> {
        let value = self.get("compression")?;
        if value.eq_ignore_ascii_case("lz4_frame") {
            return None;
        }
        let message = if self.is_json() {
            format!("Not support to compress format json with compression type {value}")
        } else {
            format!("CSV format does not support compression type: {value}")
        };
        Some(
            OptionProblem::new("sink.properties.compression", message, Some("use 'lz4_frame'".into()))
                .with_note("the connector compresses with LZ4 frames only; it fails when the sink starts")
                .sluice_only(),
        )
    }
}

/// Decodes a separator as StarRocks will; a value the Java connector writes differently is
/// a warning (the same script fails on Flink).
fn checked_delimiter(
    full: &str,
    value: &str,
    warnings: &mut Vec<OptionProblem>,
) -> Result<Vec<u8>, Box<OptionProblem>> {
    let bytes = delimiter(value).map_err(|why| delimiter_problem(full, why))?;
    if connector_delimiter(value).as_deref() != Some(bytes.as_slice()) {
        warnings.push(
            OptionProblem::new(
                full,
                format!(
                    "StarRocks reads '{value}' as {}, but the Java connector writes it literally.",
                    shown_bytes(&bytes)
                ),
                Some(format!(
                    "write '\\x{}' so both agree",
                    bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
                )),
            )
            .with_note("sluice writes what StarRocks reads; on Flink every row would fail the column count")
            .warn(),
        );
    }
    Ok(bytes)
}

fn shown_bytes(bytes: &[u8]) -> String {
    match bytes {
        b"\t" => "a tab".into(),
        b"\n" => "a newline".into(),
        _ => format!("the bytes {}", bytes.iter().map(|b| format!("{b:#04x}")).collect::<Vec<_>>().join(" ")),
    }
}

/// Bad hex fails job submission in the connector; other delimiter problems are sluice's.
fn delimiter_problem(full: &str, why: String) -> Box<OptionProblem> {
    Box::new(if why.starts_with("Failed to parse delimiter") {
        OptionProblem::new(full, why, Some("write '\\x' followed by pairs of hex digits, e.g. '\\x01'".into()))
    } else {
        OptionProblem::new(full, format!("Invalid separator in '{full}'."), Some(why)).sluice_only()
    })
}

/// Every stream-load header StarRocks reads (starrocks-wire.md §3.3, §4, §5).
pub const STREAM_LOAD_HEADERS: &[&str] = &[
    "format",
    "column_separator",
    "row_delimiter",
    "skip_header",
    "trim_space",
    "enclose",
    "escape",
    "columns",
    "where",
    "max_filter_ratio",
    "timeout",
    "strict_mode",
    "timezone",
    "partitions",
    "temporary_partitions",
    "negative",
    "load_mem_limit",
    "exec_mem_limit",
    "jsonpaths",
    "json_root",
    "strip_outer_array",
    "ignore_json_size",
    "partial_update",
    "partial_update_mode",
    "merge_condition",
    "compression",
    "transmission_compression_type",
    "load_dop",
    "log_rejected_record_num",
    "warehouse",
    "enable_merge_commit",
    "merge_commit_async",
    "merge_commit_interval_ms",
    "merge_commit_parallel",
    "enable_replicated_storage",
    "prepared_timeout",
    "idle_transaction_timeout",
];

/// An IANA zone name or a `±HH:MM` offset.
fn valid_time_zone(value: &str) -> bool {
    let offset = |v: &str| {
        let b = v.as_bytes();
        b.len() == 6
            && (b[0] == b'+' || b[0] == b'-')
            && b[3] == b':'
            && v[1..3].parse::<u8>().is_ok_and(|h| h <= 14)
            && v[4..6].parse::<u8>().is_ok_and(|m| m < 60)
    };
    offset(value) || value.parse::<chrono_tz::Tz>().is_ok()
}

/// Decodes a separator as StarRocks does: `\xHH…` and `0xHH…` are hex bytes, `\t` and `\n`
/// stand for tab and newline, anything else is literal. At most 50 bytes.
pub fn delimiter(value: &str) -> Result<Vec<u8>, String> {
    if value.is_empty() {
        return Err("a separator cannot be empty".into());
    }
    let bytes = match hex_part(value) {
        Some(hex) => decode_hex(value, hex)?,
        None => value.replace("\\t", "\t").replace("\\n", "\n").into_bytes(),
    };
    if bytes.len() > 50 {
        return Err("StarRocks accepts separators of at most 50 bytes".into());
    }
    Ok(bytes)
}

/// The bytes the Java connector writes between fields for this value: it decodes only
/// `\x`/`\X` hex and takes everything else literally.
pub fn connector_delimiter(value: &str) -> Option<Vec<u8>> {
    match value.strip_prefix("\\x").or_else(|| value.strip_prefix("\\X")) {
        Some(hex) => decode_hex(value, hex).ok(),
        None => Some(value.as_bytes().to_vec()),
    }
}

fn hex_part(value: &str) -> Option<&str> {
    ["\\x", "\\X", "0x", "0X"].iter().find_map(|p| value.strip_prefix(p))
}

fn decode_hex(value: &str, hex: &str) -> Result<Vec<u8>, String> {
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) || hex.is_empty() {
        return Err(format!("Failed to parse delimiter: '{value}' has characters that are not hex digits"));
    }
    if !hex.len().is_multiple_of(2) {
        return Err(format!("Failed to parse delimiter: '{value}' has an odd number of hex digits"));
    }
    Ok((0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex digits")).collect())
}

fn single_byte(value: &str) -> Result<u8, String> {
    match value.as_bytes() {
        [b] => Ok(*b),
        _ => Err("use a single one-byte character, e.g. '\"'".into()),
    }
}

fn positive(value: &str) -> Result<u64, String> {
    match value.trim().parse::<u64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err("use a positive whole number".into()),
    }
}

fn boolean(value: &str) -> Result<bool, String> {
    match value.to_ascii_lowercase().as_str() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err("use 'true' or 'false'".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_delimiters_decode_to_bytes() {
        assert_eq!(delimiter("\\x01"), Ok(vec![1]));
        assert_eq!(delimiter("\\X0a0D"), Ok(vec![10, 13]));
        assert_eq!(delimiter("||"), Ok(b"||".to_vec()));
        assert!(delimiter("\\x1").is_err());
        assert!(delimiter("\\xzz").is_err());
        assert!(delimiter("").is_err());
    }

    #[test]
    fn misspelled_format_is_an_error() {
        let (p, problems) = LoadProperties::from_entries([("format".to_string(), "jsn".to_string())]);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].key, "sink.properties.format");
        assert_eq!(p.format, None);
        let (p, problems) = LoadProperties::from_entries([("format".to_string(), "JSON".to_string())]);
        assert!(problems.is_empty());
        assert!(p.is_json());
        assert_eq!(p.get("format"), Some("JSON"));
    }
}
