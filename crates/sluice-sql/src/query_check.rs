//! Checks Flink makes on queries and expressions that `sqlparser` does not: identifiers
//! that are Flink-reserved words must be back-ticked. `sqlparser` is more permissive, so
//! every identifier of the parsed tree is visited (through its serde form, which reaches
//! every node) and reserved words in identifier positions are rejected.

use serde_json::Value;
use sluice_common::Span;
use sqlparser::tokenizer::{Location, Span as SqlSpan};

use crate::error::ParseError;
use crate::keywords;
use crate::locator::Locator;

/// Time units a function takes as a bare word (`TIMESTAMPDIFF(SECOND, a, b)`).
const TIME_UNIT_WORDS: &[&str] = &[
    "YEAR", "QUARTER", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND", "MILLISECOND", "MICROSECOND",
    "NANOSECOND", "DOW", "DOY", "EPOCH", "DECADE", "CENTURY", "MILLENNIUM", "ISODOW", "ISOYEAR",
];

/// The first unquoted reserved word used as an identifier in `node`, as Flink's error.
pub fn check_reserved<T: serde::Serialize>(node: &T, loc: &Locator) -> Result<(), ParseError> {
    let Ok(value) = serde_json::to_value(node) else { return Ok(()) };
    let mut path = Vec::new();
    match walk(&value, &mut path) {
        Some((word, span)) => Err(ParseError::keyword_as_identifier(&word, locate(span, loc))
            .with_help(format!("`{word}` is a reserved word in Flink SQL; quote it with back-ticks: `{word}`"))),
        None => Ok(()),
    }
}

fn locate(span: Option<SqlSpan>, loc: &Locator) -> Span {
    span.map(|s| loc.span(s)).unwrap_or(Span::point(loc.base()))
}

fn as_ident(v: &serde_json::Map<String, Value>) -> Option<(&str, bool)> {
    if v.len() != 3 || !v.contains_key("span") {
        return None;
    }
    let value = v.get("value")?.as_str()?;
    let quoted = !v.get("quote_style")?.is_null();
    Some((value, quoted))
}

fn span_of(v: &serde_json::Map<String, Value>) -> Option<SqlSpan> {
    let s = v.get("span")?;
    let loc = |p: &Value| -> Option<Location> {
        Some(Location { line: p.get("line")?.as_u64()?, column: p.get("column")?.as_u64()? })
    };
    Some(SqlSpan { start: loc(s.get("start")?)?, end: loc(s.get("end")?)? })
}

fn walk<'a>(v: &'a Value, path: &mut Vec<&'a str>) -> Option<(String, Option<SqlSpan>)> {
    match v {
        Value::Object(map) => {
            if let Some((word, quoted)) = as_ident(map) {
                if !quoted && keywords::is_reserved(word) && !allowed(word, path) {
                    return Some((word.to_string(), span_of(map)));
                }
                return None;
            }
            for (k, child) in map {
                // Data types in a query are Flink types, checked by their own grammar.
                if k == "data_type" {
                    continue;
                }
                path.push(k.as_str());
                let hit = walk(child, path);
                path.pop();
                if hit.is_some() {
                    return hit;
                }
            }
            None
        }
        Value::Array(items) => items.iter().find_map(|i| walk(i, path)),
        _ => None,
    }
}

/// Reserved words that are fine where they stand: function names, context variables,
/// time-unit arguments.
fn allowed(word: &str, path: &[&str]) -> bool {
    let in_function_name = path.windows(2).any(|w| w[0] == "Function" && w[1] == "name");
    if in_function_name {
        return true;
    }
    let info = keywords::info(word);
    if path.last() == Some(&"Identifier") && info.is_some_and(|i| i.context_variable) {
        return true;
    }
    let in_function_args = path.iter().rev().take(8).any(|p| *p == "args");
    in_function_args && TIME_UNIT_WORDS.iter().any(|u| u.eq_ignore_ascii_case(word))
}
