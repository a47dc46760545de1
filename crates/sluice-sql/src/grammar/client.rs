//! The SQL client's regex-parsed commands, matched on the statement text before the SQL
//! parser sees it (Flink's `ExtendedParser` strategies): `SET [k = v]`, `RESET [k]`,
//! `HELP`, `QUIT`/`EXIT`, `CLEAR`. Keys are unquoted (`[^'\s]+`); values are unquoted
//! (`[^;\s]+`) or single-quoted without an inner quote.

use crate::ast::{ClientCommand, Reset, Set, Statement, StringLit};

/// The client command `text` (a statement without its `;`) matches, if any.
pub fn match_client_command(text: &str) -> Option<Statement> {
    let t = text.trim();
    let t = t.strip_suffix(';').unwrap_or(t).trim_end();
    let upper = t.to_ascii_uppercase();
    match upper.as_str() {
        "HELP" => return Some(Statement::ClientCommand(ClientCommand::Help)),
        "QUIT" => return Some(Statement::ClientCommand(ClientCommand::Quit)),
        "EXIT" => return Some(Statement::ClientCommand(ClientCommand::Exit)),
        "CLEAR" => return Some(Statement::ClientCommand(ClientCommand::Clear)),
        "SET" => return Some(Statement::Set(Set { pair: None, legacy: false })),
        "RESET" => return Some(Statement::Reset(Reset { key: None, legacy: false })),
        _ => {}
    }
    if let Some(rest) = strip_keyword(t, "SET") {
        return legacy_set(rest);
    }
    if let Some(rest) = strip_keyword(t, "RESET") {
        let key = rest.trim();
        if !key.is_empty() && !key.contains(|c: char| c == '\'' || c.is_whitespace()) {
            return Some(Statement::Reset(Reset { key: Some(StringLit::new(key)), legacy: true }));
        }
    }
    None
}

/// `rest` after a leading keyword followed by whitespace.
fn strip_keyword<'a>(t: &'a str, kw: &str) -> Option<&'a str> {
    let head = t.get(..kw.len())?;
    let rest = &t[kw.len()..];
    (head.eq_ignore_ascii_case(kw) && rest.starts_with(char::is_whitespace)).then_some(rest)
}

fn legacy_set(rest: &str) -> Option<Statement> {
    let rest = rest.trim_start();
    // The key is the longest run of non-quote, non-space characters after which
    // `\s*=\s*value` matches the rest, as a backtracking regex finds it.
    let key_run = rest.find(|c: char| c == '\'' || c.is_whitespace()).unwrap_or(rest.len());
    for key_end in (1..=key_run).rev() {
        if !rest.is_char_boundary(key_end) {
            continue;
        }
        let after = rest[key_end..].trim_start();
        let Some(after_eq) = after.strip_prefix('=') else { continue };
        if let Some(value) = legacy_value(after_eq.trim_start()) {
            let key = StringLit::new(&rest[..key_end]);
            return Some(Statement::Set(Set { pair: Some((key, StringLit::new(value))), legacy: true }));
        }
    }
    None
}

fn legacy_value(v: &str) -> Option<&str> {
    if let Some(q) = v.strip_prefix('\'') {
        let end = q.find('\'')?;
        q[end + 1..].trim().is_empty().then_some(&q[..end])
    } else {
        let end = v.find(|c: char| c == ';' || c.is_whitespace()).unwrap_or(v.len());
        (end > 0 && v[end..].trim().is_empty()).then_some(&v[..end])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set_pair(text: &str) -> Option<(String, String)> {
        match match_client_command(text)? {
            Statement::Set(Set { pair: Some((k, v)), .. }) => Some((k.value, v.value)),
            _ => None,
        }
    }

    #[test]
    fn legacy_set_forms() {
        assert_eq!(set_pair("SET a.b = c"), Some(("a.b".into(), "c".into())));
        assert_eq!(set_pair("set a.b='x y'"), Some(("a.b".into(), "x y".into())));
        assert_eq!(set_pair("SET a=b"), Some(("a".into(), "b".into())));
        assert_eq!(set_pair("SET 'a' = 'b'"), None);
        assert_eq!(set_pair("SET 'a' = b"), None);
        assert_eq!(set_pair("SET a = b c"), None);
        assert!(matches!(
            match_client_command("RESET a.b"),
            Some(Statement::Reset(Reset { key: Some(_), legacy: true }))
        ));
        assert!(matches!(match_client_command("reset"), Some(Statement::Reset(Reset { key: None, .. }))));
        assert!(match_client_command("RESET 'a'").is_none());
        assert!(matches!(match_client_command("quit"), Some(Statement::ClientCommand(ClientCommand::Quit))));
    }
}
