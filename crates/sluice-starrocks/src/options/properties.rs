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
}

impl LoadProperties {
    /// Parses the properties; problems carry the full key (`sink.properties.<k>`).
    pub fn from_entries(entries: impl IntoIterator<Item = (String, String)>) -> (Self, Vec<OptionProblem>) {
        let mut p =
            LoadProperties { column_separator: b"\t".to_vec(), row_delimiter: b"\n".to_vec(), ..Default::default() };
        let mut problems = Vec::new();
        for (key, value) in entries {
            if let Err(problem) = p.apply(&key, &value) {
                problems.push(*problem);
            }
            p.entries.retain(|(k, _)| *k != key);
            p.entries.push((key, value));
        }
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

    fn apply(&mut self, key: &str, value: &str) -> Result<(), Box<OptionProblem>> {
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
            "column_separator" => {
                self.column_separator = delimiter(value).map_err(|why| delimiter_problem(&full, why))?
            }
            "row_delimiter" => self.row_delimiter = delimiter(value).map_err(|why| delimiter_problem(&full, why))?,
            "enclose" => self.enclose = Some(single_byte(value).map_err(|why| bad(&why))?),
            "escape" => self.escape = Some(single_byte(value).map_err(|why| bad(&why))?),
            "columns" => {
                if value.trim().is_empty() {
                    return Err(bad("list the target columns, e.g. 'id,name,__op'"));
                }
                self.columns = Some(value.to_string());
            }
            "compression" => {
                if !value.eq_ignore_ascii_case("lz4_frame") {
                    return Err(Box::new((*bad("the connector supports only 'lz4_frame'")).with_note(format!(
                        "the connector fails at run time with: Not support to compress format with compression type {value}"
                    ))));
                }
                self.compression = Some(Compression::Lz4Frame);
            }
            "timeout" => self.timeout_secs = Some(positive(value).map_err(|why| bad(&why))?),
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
                let mode = value.to_ascii_lowercase();
                if !["row", "column", "auto"].contains(&mode.as_str()) {
                    return Err(bad("use 'row' or 'column'"));
                }
                self.partial_update_mode = Some(mode);
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
            _ => {}
        }
        Ok(())
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

/// Decodes a separator as the connector does: `\x`/`\X` followed by hex digits is a byte
/// string, anything else is taken literally. StarRocks allows at most 50 bytes.
pub fn delimiter(value: &str) -> Result<Vec<u8>, String> {
    if value.is_empty() {
        return Err("a separator cannot be empty".into());
    }
    let bytes = match value.strip_prefix("\\x").or_else(|| value.strip_prefix("\\X")) {
        Some(hex) => {
            if hex.is_empty() || hex.len() % 2 != 0 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(format!(
                    "Failed to parse delimiter: '{value}' is not an even number of hex digits after \\x"
                ));
            }
            (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex digits")).collect()
        }
        None => value.as_bytes().to_vec(),
    };
    if bytes.len() > 50 {
        return Err("StarRocks accepts separators of at most 50 bytes".into());
    }
    Ok(bytes)
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
