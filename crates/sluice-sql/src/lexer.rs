//! Turns one statement's text into `sqlparser` tokens with Flink's lexical rules applied:
//! `//` line comments, no double-quoted tokens, string literals continued only across a
//! newline, and hints (`/*+ … */`) collected on the side.

use sluice_common::Span;
use sqlparser::tokenizer::{Token, TokenWithSpan, Tokenizer, Whitespace};

use crate::ast::Hint;
use crate::dialect::FlinkDialect;
use crate::error::ParseError;
use crate::locator::Locator;
use crate::scan::{RegionKind, scan};

/// The tokens of a statement (whitespace and comments removed) and its hints.
#[derive(Debug, Clone)]
pub struct Lexed {
    /// Tokens for the parser, ending with `EOF`.
    pub tokens: Vec<TokenWithSpan>,
    /// Hints in order of appearance.
    pub hints: Vec<Hint>,
    /// String literals continued on the same line (`'a' 'b'`): merged like the others, but
    /// Flink accepts them only in option lists, SET and `METADATA FROM`.
    pub same_line_continuations: Vec<Span>,
}

/// Replaces `//` line comments by `--` ones (same length), which `sqlparser` understands.
fn normalize_comments(text: &str) -> std::borrow::Cow<'_, str> {
    let regions = scan(text);
    let slashes: Vec<usize> = regions
        .iter()
        .filter(|r| r.kind == RegionKind::LineComment && text[r.start..].starts_with("//"))
        .map(|r| r.start)
        .collect();
    if slashes.is_empty() {
        return text.into();
    }
    let mut bytes = text.as_bytes().to_vec();
    for at in slashes {
        bytes[at] = b'-';
        bytes[at + 1] = b'-';
    }
    String::from_utf8(bytes).expect("replacing ASCII by ASCII keeps UTF-8").into()
}

/// Lexes the statement text held by `loc`.
pub fn lex(loc: &Locator) -> Result<Lexed, ParseError> {
    let text = normalize_comments(loc.text());
    let dialect = FlinkDialect;
    let raw = Tokenizer::new(&dialect, &text).tokenize_with_location().map_err(|e| {
        let at = loc.offset(e.location);
        // At the end of the text there is no character to underline.
        let end = (at + 1).min(loc.base() + loc.text().len());
        ParseError::new(format!("Lexical error: {}", e.message), Span::new(at.min(end), end))
    })?;
    let mut tokens: Vec<TokenWithSpan> = Vec::with_capacity(raw.len());
    let mut hints = Vec::new();
    let mut newline_since_last = false;
    let mut same_line = Vec::new();
    for t in raw {
        match &t.token {
            Token::Whitespace(Whitespace::MultiLineComment(body)) => {
                if let Some(hint) = body.strip_prefix('+') {
                    let span = loc.span(t.span);
                    hints.extend(parse_hints(hint, span).map_err(|tok| ParseError::encountered(&tok, span))?);
                }
                if body.contains('\n') {
                    newline_since_last = true;
                }
            }
            Token::Whitespace(Whitespace::Newline) | Token::Whitespace(Whitespace::SingleLineComment { .. }) => {
                newline_since_last = true;
            }
            Token::Whitespace(_) if source_of(loc, &t).contains('\u{a0}') => {
                // Calcite's lexer knows no non-breaking space.
                let span = loc.span(t.span);
                let (line, col) = loc.line_col(span.start);
                return Err(ParseError::new(
                    format!(
                        "Lexical error at line {line}, column {col}.  Encountered: \"\\u00a0\" (160), after : \"\""
                    ),
                    span,
                ));
            }
            Token::Whitespace(_) => {}
            Token::Word(w) if w.quote_style == Some('`') && w.value.is_empty() => {
                let span = loc.span(t.span);
                let (line, col) = loc.line_col(span.end);
                return Err(ParseError::new(
                    format!("Lexical error at line {line}, column {col}.  Encountered: \" \" (32), after : \"``\""),
                    span,
                ));
            }
            Token::DoubleQuotedString(_) => {
                return Err(ParseError::encountered("\"", loc.span(t.span)).with_help(
                    "Flink quotes identifiers with back-ticks (`name`) and strings with single quotes ('text')",
                ));
            }
            Token::Sharp => {
                let span = loc.span(t.span);
                let (line, col) = loc.line_col(span.start);
                return Err(ParseError::new(
                    format!("Lexical error at line {line}, column {col}.  Encountered: \"#\" (35), after : \"\""),
                    span,
                )
                .with_help("Flink has no `#` comments; use `--` or `/* … */`"));
            }
            Token::SingleQuotedString(s) if is_string(tokens.last()) => {
                let prev = tokens.last_mut().expect("checked above");
                if !newline_since_last {
                    // Allowed in option lists and SET; the parser decides (see `continuations`).
                    same_line.push(loc.span(t.span));
                }
                if let Token::SingleQuotedString(p) = &mut prev.token {
                    p.push_str(s);
                }
                prev.span.end = t.span.end;
                newline_since_last = false;
            }
            Token::HexStringLiteral(hex) if source_of(loc, &t).starts_with(['0']) => {
                // Flink has no `0x…` literals: `0x1F` is the number 0 and the alias `x1F`.
                let mut zero = t.clone();
                zero.token = Token::Number("0".into(), false);
                zero.span.end.column = zero.span.start.column + 1;
                let mut word = t.clone();
                word.token = Token::make_word(&format!("x{hex}"), None);
                word.span.start.column += 1;
                tokens.push(zero);
                tokens.push(word);
                newline_since_last = false;
            }
            Token::Number(n, true) => {
                // Flink has no `L` suffix: `1L` is the number 1 and the alias `L`.
                let mut number = t.clone();
                number.token = Token::Number(n.clone(), false);
                number.span.end.column = number.span.start.column + n.chars().count() as u64;
                let mut word = t.clone();
                word.token = Token::make_word("L", None);
                word.span.start.column = number.span.end.column;
                tokens.push(number);
                tokens.push(word);
                newline_since_last = false;
            }
            Token::Neq if source_of(loc, &t) == "!=" => {
                let span = loc.span(t.span);
                return Err(ParseError::new(
                    "SQL parse failed. Bang equal '!=' is not allowed under the current SQL conformance level",
                    span,
                ));
            }
            Token::DoubleEq => return Err(ParseError::encountered("= =", loc.span(t.span))),
            Token::ShiftRight => {
                // Flink has no shift operator: `>>` closes two nested type brackets.
                let mut first = t.clone();
                first.token = Token::Gt;
                first.span.end.column = first.span.start.column + 1;
                let mut second = t;
                second.token = Token::Gt;
                second.span.start.column += 1;
                tokens.push(first);
                tokens.push(second);
                newline_since_last = false;
            }
            _ => {
                tokens.push(t);
                newline_since_last = false;
            }
        }
    }
    apply_uescape(loc, &mut tokens)?;
    wrap_bare_values(&mut tokens);
    drop_pattern_within(&mut tokens);
    Ok(Lexed { tokens, hints, same_line_continuations: same_line })
}

/// `PATTERN (…) WITHIN INTERVAL '1' HOUR` of MATCH_RECOGNIZE: `sqlparser` has no WITHIN.
/// It bounds how long a match may take and changes neither the row type nor what Flink
/// accepts, so the tokens are left out of the tree.
fn drop_pattern_within(tokens: &mut Vec<TokenWithSpan>) {
    let is_word = |t: &TokenWithSpan, w: &str| crate::grammar::cursor::is_word(&t.token, w);
    let mut i = 1;
    while i + 3 < tokens.len() {
        let starts = tokens[i - 1].token == Token::RParen
            && is_word(&tokens[i], "WITHIN")
            && is_word(&tokens[i + 1], "INTERVAL")
            && matches!(tokens[i + 2].token, Token::SingleQuotedString(_));
        if !starts {
            i += 1;
            continue;
        }
        let mut end = i + 4;
        if end + 1 < tokens.len() && is_word(&tokens[end], "TO") {
            end += 2;
        }
        tokens.drain(i..end.min(tokens.len()));
    }
}

/// Words that end the rows of a `VALUES` list.
const AFTER_VALUES: &[&str] = &["ORDER", "LIMIT", "OFFSET", "FETCH", "UNION", "EXCEPT", "INTERSECT", "MINUS"];

/// `VALUES e1, e2` (Calcite's one-column rows without parentheses) becomes
/// `VALUES (e1), (e2)`, which `sqlparser` reads, wherever the query stands.
fn wrap_bare_values(tokens: &mut Vec<TokenWithSpan>) {
    let is_word = |t: &Token, w: &str| crate::grammar::cursor::is_word(t, w);
    let mut i = 0;
    while i + 1 < tokens.len() {
        let bare = is_word(&tokens[i].token, "VALUES")
            && !matches!(tokens[i + 1].token, Token::LParen | Token::EOF | Token::SemiColon)
            && !is_word(&tokens[i + 1].token, "ROW");
        if !bare {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut depth = 0usize;
        let mut row_start = j;
        let mut out: Vec<TokenWithSpan> = tokens[..=i].to_vec();
        let paren = |tok: Token, at: &TokenWithSpan| TokenWithSpan { token: tok, span: at.span };
        loop {
            let t = tokens.get(j).map(|t| t.token.clone()).unwrap_or(Token::EOF);
            // The end of the input ends the rows at any depth (unbalanced parentheses).
            let ends_row = t == Token::EOF
                || depth == 0
                    && (matches!(t, Token::Comma | Token::RParen | Token::SemiColon)
                        || AFTER_VALUES.iter().any(|w| is_word(&t, w)));
            if ends_row {
                if j > row_start {
                    out.push(paren(Token::LParen, &tokens[row_start]));
                    out.extend_from_slice(&tokens[row_start..j]);
                    out.push(paren(Token::RParen, &tokens[j - 1]));
                }
                if t == Token::Comma {
                    out.push(tokens[j].clone());
                    j += 1;
                    row_start = j;
                    continue;
                }
                break;
            }
            match t {
                Token::LParen | Token::LBracket => depth += 1,
                Token::RParen | Token::RBracket => depth = depth.saturating_sub(1),
                _ => {}
            }
            j += 1;
        }
        let resume = out.len();
        out.extend_from_slice(&tokens[j.min(tokens.len())..]);
        *tokens = out;
        i = resume;
    }
}

/// `U&'!00e9' UESCAPE '!'`: decodes the literal again with the declared escape character.
fn apply_uescape(loc: &Locator, tokens: &mut Vec<TokenWithSpan>) -> Result<(), ParseError> {
    let mut i = 0;
    while i + 2 < tokens.len() {
        let is_uescape = matches!(&tokens[i].token, Token::UnicodeStringLiteral(_))
            && crate::grammar::cursor::is_word(&tokens[i + 1].token, "UESCAPE");
        if !is_uescape {
            i += 1;
            continue;
        }
        let escape = match &tokens[i + 2].token {
            Token::SingleQuotedString(e) if e.chars().count() == 1 => e.chars().next().expect("one character"),
            _ => {
                let span = loc.span(tokens[i + 2].span);
                return Err(ParseError::new("SQL parse failed. UESCAPE takes a single character", span));
            }
        };
        let raw = source_of(loc, &tokens[i]);
        let body = raw.get(3..raw.len().saturating_sub(1)).unwrap_or("").replace("''", "'");
        let span = loc.span(tokens[i].span);
        let decoded = decode_unicode(&body, escape)
            .ok_or_else(|| ParseError::new("SQL parse failed. Unicode escape sequence is not valid", span))?;
        tokens[i].token = Token::UnicodeStringLiteral(decoded);
        tokens[i].span.end = tokens[i + 2].span.end;
        tokens.drain(i + 1..i + 3);
        i += 1;
    }
    Ok(())
}

/// The text of a `U&'…'` literal with `escape` introducing `XXXX` / `+XXXXXX` code points.
fn decode_unicode(body: &str, escape: char) -> Option<String> {
    let mut out = String::new();
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != escape {
            out.push(c);
            continue;
        }
        if chars.peek() == Some(&escape) {
            chars.next();
            out.push(escape);
            continue;
        }
        let digits = if chars.peek() == Some(&'+') {
            chars.next();
            6
        } else {
            4
        };
        let hex: String = chars.by_ref().take(digits).collect();
        if hex.len() != digits {
            return None;
        }
        out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
    }
    Some(out)
}

/// The statement text a token was read from.
fn source_of<'a>(loc: &'a Locator, t: &TokenWithSpan) -> &'a str {
    let span = loc.span(t.span);
    let from = span.start - loc.base();
    let to = (span.end - loc.base()).min(loc.text().len());
    loc.text().get(from..to).unwrap_or("")
}

fn is_string(t: Option<&TokenWithSpan>) -> bool {
    matches!(t.map(|t| &t.token), Some(Token::SingleQuotedString(_)))
}

/// Splits the body of `/*+ A(x), B */` into hints; `Err` names what Flink stops at.
fn parse_hints(body: &str, span: Span) -> Result<Vec<Hint>, String> {
    let mut out = Vec::new();
    let mut rest = body.trim();
    if rest.is_empty() {
        return Err("*/".into());
    }
    while !rest.is_empty() {
        let name_end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
        if name_end == 0 {
            return Err(rest.split_whitespace().next().unwrap_or("*/").to_string());
        }
        let name = rest[..name_end].to_string();
        rest = rest[name_end..].trim_start();
        let mut args = None;
        if let Some(after) = rest.strip_prefix('(') {
            let mut depth = 1;
            let mut in_str = false;
            let mut end = None;
            for (i, c) in after.char_indices() {
                match c {
                    '\'' => in_str = !in_str,
                    '(' if !in_str => depth += 1,
                    ')' if !in_str => {
                        depth -= 1;
                        if depth == 0 {
                            end = Some(i);
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let Some(end) = end else { return Err(format!("{} */", after.trim())) };
            args = Some(after[..end].trim().to_string());
            rest = after[end + 1..].trim_start();
        }
        out.push(Hint { name, args, span });
        rest = rest.trim_start_matches(',').trim_start();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexed(text: &str) -> Result<Lexed, ParseError> {
        lex(&Locator::new(text, 0))
    }

    #[test]
    fn continues_string_literals_across_lines_only() {
        let l = lexed("SELECT 'a'\n'b'").unwrap();
        assert!(l.tokens.iter().any(|t| t.token == Token::SingleQuotedString("ab".into())));
        let l = lexed("SELECT 'a' 'b'").unwrap();
        assert_eq!(l.same_line_continuations.len(), 1);
    }

    #[test]
    fn rejects_double_quotes_and_hash() {
        assert_eq!(lexed("SELECT \"x\"").unwrap_err().message, "SQL parse failed. Encountered \"\\\"\"");
        assert!(lexed("SELECT 1 # 2").unwrap_err().message.starts_with("Lexical error at line 1, column 10."));
    }

    #[test]
    fn collects_hints_and_slash_comments() {
        let l = lexed("SELECT /*+ BROADCAST(a), LOOKUP('table'='x') */ a FROM t // trailing").unwrap();
        let names: Vec<_> = l.hints.iter().map(|h| h.name.as_str()).collect();
        assert_eq!(names, vec!["BROADCAST", "LOOKUP"]);
        assert_eq!(l.hints[1].args.as_deref(), Some("'table'='x'"));
        assert!(!l.tokens.iter().any(|t| matches!(t.token, Token::Div)));
    }
}
