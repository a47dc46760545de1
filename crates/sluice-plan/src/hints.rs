//! Hints (`/*+ NAME(…) */`): the names Flink knows, and the options of `OPTIONS` hints that
//! override a table's options for one use.

use sluice_common::Diagnostic;
use sluice_common::options::OptionEntry;
use sluice_sql::ast::Hint;

use crate::env::Env;

/// Hint names registered in Flink 1.20's hint strategy table.
const KNOWN: &[&str] = &["OPTIONS", "LOOKUP", "BROADCAST", "SHUFFLE_HASH", "SHUFFLE_MERGE", "NEST_LOOP", "STATE_TTL"];

/// Checks every hint of a statement against Flink's registered names.
pub fn check_names(hints: &[Hint]) -> Result<(), Diagnostic> {
    for h in hints {
        if !KNOWN.iter().any(|k| k.eq_ignore_ascii_case(&h.name)) {
            return Err(Diagnostic::error(
                format!("Hint: {} should be registered in the HintStrategyTable", h.name),
                h.span,
            )
            .with_help(format!("known hints: {}", KNOWN.join(", "))));
        }
    }
    Ok(())
}

fn unquote(s: &str) -> Option<String> {
    let s = s.trim();
    let inner = s.strip_prefix('\'')?.strip_suffix('\'')?;
    Some(inner.replace("''", "'"))
}

/// The options of an `OPTIONS('k' = 'v', …)` hint (none for other hints).
pub fn options_of(env: &Env<'_>, h: &Hint) -> Result<Vec<OptionEntry>, Diagnostic> {
    if !h.name.eq_ignore_ascii_case("OPTIONS") {
        return Ok(Vec::new());
    }
    if !env.options_hints_enabled {
        return Err(Diagnostic::error(
            "The 'OPTIONS' hint is allowed only when the config option 'table.dynamic-table-options.enabled' is set to true.",
            h.span,
        ));
    }
    let args = h.args.clone().unwrap_or_default();
    let mut out = Vec::new();
    for pair in split_top_level(&args) {
        let parsed = pair.split_once('=').and_then(|(k, v)| Some((unquote(k)?, unquote(v)?)));
        let Some((key, value)) = parsed else {
            return Err(Diagnostic::error("Hint [OPTIONS] only support non empty key value options", h.span));
        };
        out.push(OptionEntry { key, value, key_span: h.span, value_span: h.span });
    }
    if out.is_empty() {
        return Err(Diagnostic::error("Hint [OPTIONS] only support non empty key value options", h.span));
    }
    Ok(out)
}

/// Splits at commas outside single quotes.
fn split_top_level(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut in_str = false;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '\'' => in_str = !in_str,
            ',' if !in_str => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if !s[start..].trim().is_empty() {
        out.push(&s[start..]);
    }
    out
}
