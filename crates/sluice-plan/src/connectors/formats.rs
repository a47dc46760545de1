//! Options of the formats Flink's filesystem connector ships with (`csv`, `json`, `raw`),
//! checked as their factories check them.

use sluice_common::Diagnostic;
use sluice_common::connector::TableContext;
use sluice_common::options::OptionEntry;

/// Java-style escapes in option values (`'\t'` is a tab).
fn unescape(v: &str) -> String {
    let mut out = String::new();
    let mut chars = v.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => out.push_str(&format!("\\u{hex}")),
                }
            }
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

fn single_char(table: &TableContext<'_>, key: &str, out: &mut Vec<Diagnostic>) {
    if let Some(e) = table.option(key)
        && unescape(&e.value).chars().count() != 1
    {
        out.push(Diagnostic::error(
            format!("Option '{key}' must be a string with single character, but was: {}", e.value),
            e.value_span,
        ));
    }
}

fn boolean(e: Option<&OptionEntry>, out: &mut Vec<Diagnostic>) -> bool {
    match e {
        Some(e) => match e.value.to_ascii_lowercase().as_str() {
            "true" => true,
            "false" => false,
            _ => {
                out.push(
                    Diagnostic::error(format!("Invalid value for option '{}'.", e.key), e.value_span)
                        .with_help("expected 'true' or 'false'"),
                );
                false
            }
        },
        None => false,
    }
}

fn one_of(e: Option<&OptionEntry>, allowed: &[&str], out: &mut Vec<Diagnostic>) {
    if let Some(e) = e
        && !allowed.iter().any(|a| a.eq_ignore_ascii_case(&e.value))
    {
        out.push(Diagnostic::error(
            format!("Unsupported value '{}' for '{}'. Supported values are [{}].", e.value, e.key, allowed.join(", ")),
            e.value_span,
        ));
    }
}

/// Problems with the options of `format` in `table`.
pub fn check_format(format: &str, table: &TableContext<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    match format {
        "csv" => {
            single_char(table, "csv.field-delimiter", &mut out);
            single_char(table, "csv.quote-character", &mut out);
            single_char(table, "csv.escape-character", &mut out);
            let disabled = boolean(table.option("csv.disable-quote-character"), &mut out);
            if disabled && let Some(q) = table.option("csv.quote-character") {
                out.push(Diagnostic::error(
                    "Format cannot define a quote character and disabled quote character at the same time.",
                    q.key_span,
                ));
            }
            for key in ["csv.allow-comments", "csv.ignore-parse-errors", "csv.write-bigdecimal-in-scientific-notation"]
            {
                boolean(table.option(key), &mut out);
            }
        }
        "json" => {
            one_of(table.option("json.map-null-key.mode"), &["FAIL", "DROP", "LITERAL"], &mut out);
            one_of(table.option("json.timestamp-format.standard"), &["SQL", "ISO-8601"], &mut out);
            let fail = boolean(table.option("json.fail-on-missing-field"), &mut out);
            let ignore = boolean(table.option("json.ignore-parse-errors"), &mut out);
            if fail && ignore {
                let span = table.option("json.ignore-parse-errors").map(|e| e.key_span).unwrap_or(table.span);
                out.push(Diagnostic::error(
                    "fail-on-missing-field and ignore-parse-errors shouldn't both be true.",
                    span,
                ));
            }
            for key in ["json.encode.decimal-as-plain-number", "json.encode.ignore-null-fields"] {
                boolean(table.option(key), &mut out);
            }
        }
        "raw" => {
            let physical: Vec<&str> = table.schema.physical_columns().map(|c| c.name.as_str()).collect();
            if physical.len() != 1 {
                out.push(Diagnostic::error(
                    format!(
                        "The 'raw' format only supports single physical column. However the defined schema contains multiple physical columns: [{}]",
                        physical.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ")
                    ),
                    table.span,
                ));
            }
            one_of(table.option("raw.endianness"), &["big-endian", "little-endian"], &mut out);
        }
        _ => {}
    }
    out
}
