//! Connector option declarations and the `WITH (…)` map they validate.
//!
//! Each connector declares its options once ([`OptionDecl`]); validation, the generated
//! reference (`sluice options`) and completion all read that declaration. Values are parsed
//! the way Flink's `ConfigOption`s parse them.

use std::time::Duration;

use crate::span::Span;

/// The value type of an option, parsed as Flink parses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionType {
    /// Any string.
    String,
    /// A 32-bit integer.
    Int,
    /// A 64-bit integer.
    Long,
    /// `true` or `false`, case-insensitive.
    Bool,
    /// A 32-bit float.
    Float,
    /// A 64-bit float.
    Double,
    /// A duration such as `500 ms`, `30 s`, `1 min`; a bare number is milliseconds.
    Duration,
    /// A memory size such as `128MB`, `64 kb`; a bare number is bytes.
    MemorySize,
    /// One of the listed words, case-insensitive.
    Enum(&'static [&'static str]),
    /// A `;`-separated list of strings.
    List,
    /// A `,`-separated list of `key:value` pairs.
    Map,
}

impl OptionType {
    /// The name shown in the options reference.
    pub fn name(&self) -> &'static str {
        match self {
            OptionType::String => "String",
            OptionType::Int => "Integer",
            OptionType::Long => "Long",
            OptionType::Bool => "Boolean",
            OptionType::Float => "Float",
            OptionType::Double => "Double",
            OptionType::Duration => "Duration",
            OptionType::MemorySize => "MemorySize",
            OptionType::Enum(_) => "Enum",
            OptionType::List => "List<String>",
            OptionType::Map => "Map",
        }
    }

    /// Parses `value`; `Err` is a short explanation for a help line.
    pub fn parse(&self, value: &str) -> Result<OptionValue, String> {
        match self {
            OptionType::String => Ok(OptionValue::String(value.to_string())),
            OptionType::Int => value
                .parse::<i32>()
                .map(|v| OptionValue::Integer(v.into()))
                .map_err(|_| format!("expected an integer between {} and {}", i32::MIN, i32::MAX)),
            OptionType::Long => {
                value.parse::<i64>().map(OptionValue::Integer).map_err(|_| "expected a 64-bit integer".to_string())
            }
            OptionType::Bool => match value.to_ascii_lowercase().as_str() {
                "true" => Ok(OptionValue::Bool(true)),
                "false" => Ok(OptionValue::Bool(false)),
                _ => Err("expected 'true' or 'false'".to_string()),
            },
            OptionType::Float | OptionType::Double => {
                parse_java_float(value).map(OptionValue::Float).ok_or_else(|| "expected a number".to_string())
            }
            OptionType::Duration => parse_duration(value).map(OptionValue::Duration),
            OptionType::MemorySize => parse_memory_size(value).map(OptionValue::Bytes),
            OptionType::Enum(allowed) => allowed
                .iter()
                .find(|a| a.eq_ignore_ascii_case(value))
                .map(|a| OptionValue::String(a.to_string()))
                .ok_or_else(|| format!("expected one of {}", quoted_list(allowed))),
            OptionType::List => Ok(OptionValue::List(value.split(';').map(str::to_string).collect())),
            OptionType::Map => Ok(OptionValue::String(value.to_string())),
        }
    }
}

/// A parsed option value.
#[derive(Debug, Clone, PartialEq)]
pub enum OptionValue {
    /// Strings and enum words (enum words in their declared spelling).
    String(String),
    /// Int and Long.
    Integer(i64),
    /// Float and Double.
    Float(f64),
    /// Boolean.
    Bool(bool),
    /// Duration.
    Duration(Duration),
    /// Memory size in bytes.
    Bytes(u64),
    /// List of strings.
    List(Vec<String>),
}

/// Which side of a connector reads an option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionRole {
    /// Read by the source and the sink.
    Both,
    /// Read only when the table is scanned or looked up.
    Source,
    /// Read only when the table is written.
    Sink,
}

/// One declared option of a connector.
#[derive(Debug, Clone, Copy)]
pub struct OptionDecl {
    /// The key. A `#` stands for a column name (`fields.#.kind`); a key ending in `.`
    /// declares a prefix whose sub-keys are passed through (`sink.properties.`).
    pub key: &'static str,
    /// Value type.
    pub ty: OptionType,
    /// Default value as text, if any.
    pub default: Option<&'static str>,
    /// Whether the option must be given.
    pub required: bool,
    /// One-paragraph description for the generated reference.
    pub description: &'static str,
    /// Older spellings still accepted, with a deprecation warning.
    pub deprecated_keys: &'static [&'static str],
    /// Inclusive numeric bounds (Int, Long, Float, Double, Duration in ms, MemorySize in bytes).
    pub range: Option<(f64, f64)>,
    /// Which role reads it.
    pub role: OptionRole,
}

impl OptionDecl {
    /// An optional option of the given type with no default.
    pub const fn new(key: &'static str, ty: OptionType) -> Self {
        OptionDecl {
            key,
            ty,
            default: None,
            required: false,
            description: "",
            deprecated_keys: &[],
            range: None,
            role: OptionRole::Both,
        }
    }

    /// Marks the option required.
    pub const fn required(mut self) -> Self {
        self.required = true;
        self
    }

    /// Sets the default value.
    pub const fn default(mut self, value: &'static str) -> Self {
        self.default = Some(value);
        self
    }

    /// Sets the description.
    pub const fn doc(mut self, description: &'static str) -> Self {
        self.description = description;
        self
    }

    /// Sets inclusive numeric bounds.
    pub const fn range(mut self, min: f64, max: f64) -> Self {
        self.range = Some((min, max));
        self
    }

    /// Sets older accepted spellings.
    pub const fn deprecated(mut self, keys: &'static [&'static str]) -> Self {
        self.deprecated_keys = keys;
        self
    }

    /// Marks the option as read only by the given role.
    pub const fn role(mut self, role: OptionRole) -> Self {
        self.role = role;
        self
    }

    /// Whether the key is a pass-through prefix (`sink.properties.`).
    pub fn is_prefix(&self) -> bool {
        self.key.ends_with('.')
    }

    /// Whether `key` is this option: equal, or matching its `#` placeholder or prefix.
    /// Returns the column name a `#` stood for, if any (empty otherwise).
    pub fn matches<'k>(&self, key: &'k str) -> Option<&'k str> {
        if self.is_prefix() {
            return (key.len() > self.key.len() && key.starts_with(self.key)).then_some("");
        }
        match self.key.split_once('#') {
            None => (key == self.key || self.deprecated_keys.contains(&key)).then_some(""),
            Some((head, tail)) => {
                let rest = key.strip_prefix(head)?;
                let field = rest.strip_suffix(tail)?;
                (!field.is_empty()).then_some(field)
            }
        }
    }

    /// Parses and range-checks a value; `Err` explains the expected form.
    pub fn check(&self, value: &str) -> Result<OptionValue, String> {
        let parsed = self.ty.parse(value)?;
        if let Some((min, max)) = self.range {
            let n = match &parsed {
                OptionValue::Integer(i) => *i as f64,
                OptionValue::Float(f) => *f,
                OptionValue::Duration(d) => d.as_millis() as f64,
                OptionValue::Bytes(b) => *b as f64,
                _ => return Ok(parsed),
            };
            if n < min || n > max {
                return Err(format!("expected a value between {} and {}", fmt_bound(min), fmt_bound(max)));
            }
        }
        Ok(parsed)
    }
}

fn fmt_bound(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e18 { format!("{}", v as i64) } else { format!("{v}") }
}

fn quoted_list(items: &[&str]) -> String {
    items.iter().map(|i| format!("'{i}'")).collect::<Vec<_>>().join(", ")
}

/// One `'key' = 'value'` of a `WITH` clause, with the spans of both literals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionEntry {
    /// The key, unquoted.
    pub key: String,
    /// The value, unquoted.
    pub value: String,
    /// Span of the key literal.
    pub key_span: Span,
    /// Span of the value literal.
    pub value_span: Span,
}

/// Whether an option holds a secret and must be printed as `******`.
pub fn is_sensitive_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    ["password", "secret", "token", "fs.azure.account.key"].iter().any(|s| k.contains(s))
}

/// The value to show for an option: masked when the key is sensitive.
pub fn display_value<'a>(key: &str, value: &'a str) -> &'a str {
    if is_sensitive_key(key) { "******" } else { value }
}

fn parse_java_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let t = t.strip_suffix(['d', 'D', 'f', 'F']).unwrap_or(t);
    if t.is_empty() {
        return None;
    }
    t.parse::<f64>().ok()
}

/// Parses a duration as Flink's `TimeUtils.parseDuration` does.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    let digits_end = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    if digits_end == 0 {
        return Err("expected a duration such as '500 ms', '30 s' or '1 min'".into());
    }
    let n: u64 = t[..digits_end].parse().map_err(|_| "the number of the duration is too large".to_string())?;
    let unit = t[digits_end..].trim().to_ascii_lowercase();
    let nanos_per: u128 = match unit.as_str() {
        "" | "ms" | "milli" | "millis" | "millisecond" | "milliseconds" => 1_000_000,
        "ns" | "nano" | "nanos" | "nanosecond" | "nanoseconds" => 1,
        "µs" | "micro" | "micros" | "microsecond" | "microseconds" => 1_000,
        "s" | "sec" | "secs" | "second" | "seconds" => 1_000_000_000,
        "m" | "min" | "mins" | "minute" | "minutes" => 60_000_000_000,
        "h" | "hour" | "hours" => 3_600_000_000_000,
        "d" | "day" | "days" => 86_400_000_000_000,
        _ => return Err(format!("unknown time unit '{}'; use ms, s, min, h or d", &t[digits_end..].trim())),
    };
    let nanos = n as u128 * nanos_per;
    u64::try_from(nanos).map(Duration::from_nanos).map_err(|_| "the duration is too large".into())
}

/// Parses a memory size as Flink's `MemorySize.parse` does; the result is in bytes.
pub fn parse_memory_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let digits_end = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    if digits_end == 0 {
        return Err("expected a memory size such as '64mb' or '1 gb'".into());
    }
    let n: u64 = t[..digits_end].parse().map_err(|_| "the memory size is too large".to_string())?;
    let unit = t[digits_end..].trim().to_ascii_lowercase();
    let mult: u64 = match unit.as_str() {
        "" | "b" | "bytes" => 1,
        "k" | "kb" | "kibibytes" => 1 << 10,
        "m" | "mb" | "mebibytes" => 1 << 20,
        "g" | "gb" | "gibibytes" => 1 << 30,
        "t" | "tb" | "tebibytes" => 1 << 40,
        _ => return Err(format!("unknown memory unit '{}'; use b, kb, mb, gb or tb", t[digits_end..].trim())),
    };
    n.checked_mul(mult).ok_or_else(|| "the memory size is too large".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_values_as_flink_does() {
        assert_eq!(OptionType::Bool.parse("TRUE"), Ok(OptionValue::Bool(true)));
        assert!(OptionType::Bool.parse("yes").is_err());
        assert_eq!(parse_duration("30 s"), Ok(Duration::from_secs(30)));
        assert_eq!(parse_duration("500"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("1min"), Ok(Duration::from_secs(60)));
        assert!(parse_duration("1 week").is_err());
        assert_eq!(parse_memory_size("64MB"), Ok(64 << 20));
        assert!(OptionType::Int.parse("10 ").is_err());
        assert_eq!(OptionType::Enum(&["V1", "V2", "AUTO"]).parse("v2"), Ok(OptionValue::String("V2".into())));
    }

    #[test]
    fn placeholder_and_prefix_keys_match() {
        let field = OptionDecl::new("fields.#.kind", OptionType::String);
        assert_eq!(field.matches("fields.id.kind"), Some("id"));
        assert_eq!(field.matches("fields..kind"), None);
        let prefix = OptionDecl::new("sink.properties.", OptionType::String);
        assert_eq!(prefix.matches("sink.properties.format"), Some(""));
        assert_eq!(prefix.matches("sink.properties."), None);
        let ranged = OptionDecl::new("n", OptionType::Int).range(1.0, 10.0);
        assert!(ranged.check("11").is_err());
        assert!(ranged.check("10").is_ok());
    }
}
