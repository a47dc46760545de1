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
    "YEAR",
    "QUARTER",
    "MONTH",
    "WEEK",
    "DAY",
    "HOUR",
    "MINUTE",
    "SECOND",
    "MILLISECOND",
    "MICROSECOND",
    "NANOSECOND",
    "DOW",
    "DOY",
    "EPOCH",
    "DECADE",
    "CENTURY",
    "MILLENNIUM",
    "ISODOW",
    "ISOYEAR",
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
                // Data types in a query are Flink types, checked by their own grammar; the
                // `TABLE` of a table argument is a keyword.
                if k == "data_type" || k == "prefix" {
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
    // `UNNEST(…)` in FROM reads as a table function call.
    if word.eq_ignore_ascii_case("UNNEST") && path.windows(2).any(|w| w[0] == "Table" && w[1] == "name") {
        return true;
    }
    let info = keywords::info(word);
    // Context variables (`CURRENT_DATE`) and the literal `UNKNOWN` stand where a column would.
    let literal = word.eq_ignore_ascii_case("UNKNOWN");
    if path.last() == Some(&"Identifier") && (literal || info.is_some_and(|i| i.context_variable)) {
        return true;
    }
    let in_function_args = path.iter().rev().take(8).any(|p| *p == "args");
    in_function_args && TIME_UNIT_WORDS.iter().any(|u| u.eq_ignore_ascii_case(word))
}

/// Clauses `sqlparser` accepts from other dialects that Flink's grammar does not have, with
/// the keyword Flink stops at.
const FOREIGN_SELECT_CLAUSES: &[(&str, &str)] = &[
    ("into", "INTO"),
    ("top", "TOP"),
    ("qualify", "QUALIFY"),
    ("prewhere", "PREWHERE"),
    ("lateral_views", "LATERAL"),
    ("cluster_by", "CLUSTER"),
    ("distribute_by", "DISTRIBUTE"),
    ("sort_by", "SORT"),
    ("connect_by", "CONNECT"),
    ("exclude", "EXCLUDE"),
];

const FOREIGN_QUERY_CLAUSES: &[(&str, &str)] = &[
    ("settings", "SETTINGS"),
    ("format_clause", "FORMAT"),
    ("for_clause", "FOR"),
    ("locks", "FOR"),
    ("pipe_operators", "|>"),
];

const FOREIGN_JOINS: &[(&str, &str)] = &[
    ("Semi", "SEMI"),
    ("LeftSemi", "SEMI"),
    ("RightSemi", "SEMI"),
    ("Anti", "ANTI"),
    ("LeftAnti", "ANTI"),
    ("RightAnti", "ANTI"),
    ("AsOf", "ASOF"),
    ("CrossApply", "APPLY"),
    ("OuterApply", "APPLY"),
];

fn present(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Bool(b)) => *b,
        _ => true,
    }
}

fn foreign_keyword(v: &Value) -> Option<&'static str> {
    match v {
        Value::Object(map) => {
            if map.contains_key("projection") && map.contains_key("from") {
                for (key, kw) in FOREIGN_SELECT_CLAUSES {
                    if present(map.get(*key)) {
                        return Some(kw);
                    }
                }
                if map.get("distinct").and_then(|d| d.get("On")).is_some() {
                    return Some("ON");
                }
            }
            if map.contains_key("body") && map.contains_key("limit_clause") {
                for (key, kw) in FOREIGN_QUERY_CLAUSES {
                    if present(map.get(*key)) {
                        return Some(kw);
                    }
                }
                if map.get("limit_clause").and_then(|l| l.get("OffsetCommaLimit")).is_some() {
                    return Some(",");
                }
            }
            if let Some(op) = map.get("join_operator") {
                for (key, kw) in FOREIGN_JOINS {
                    if op.get(*key).is_some() || op.as_str() == Some(*key) {
                        return Some(kw);
                    }
                }
            }
            map.values().find_map(foreign_keyword)
        }
        Value::Array(items) => items.iter().find_map(foreign_keyword),
        _ => None,
    }
}

/// Rejects clauses of other dialects that `sqlparser` accepted in a query.
pub fn check_flink_clauses<T: serde::Serialize>(
    node: &T,
    tokens: &[sqlparser::tokenizer::TokenWithSpan],
    loc: &Locator,
) -> Result<(), ParseError> {
    let Ok(value) = serde_json::to_value(node) else { return Ok(()) };
    let Some(kw) = foreign_keyword(&value) else { return Ok(()) };
    let token = tokens.iter().find(|t| crate::error::token_text(&t.token).eq_ignore_ascii_case(kw));
    let span = token.map(|t| loc.span(t.span)).unwrap_or(Span::point(loc.base()));
    let shown = token.map(|t| crate::error::token_text(&t.token)).unwrap_or_else(|| kw.to_string());
    Err(ParseError::keyword_as_identifier(&shown, span))
}
