//! Parse errors: Flink's message, the span it points at, and a help line.

use sluice_common::{Diagnostic, Span};
use sqlparser::parser::ParserError;
use sqlparser::tokenizer::{Location, Token, TokenWithSpan};

use crate::locator::Locator;

/// A statement that does not parse (or fails one of the checks Flink makes while parsing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The message, as the first line of Flink's where there is one.
    pub message: String,
    /// Where.
    pub span: Span,
    /// A fix, when known.
    pub help: Option<String>,
}

impl ParseError {
    /// An error with a message.
    pub fn new(message: impl Into<String>, span: Span) -> Self {
        ParseError { message: message.into(), span, help: None }
    }

    /// Flink's parser error for an unexpected token: `SQL parse failed. Encountered "x"`
    /// (the token escaped as JavaCC prints it).
    pub fn encountered(token: &str, span: Span) -> Self {
        ParseError::new(format!("SQL parse failed. Encountered \"{}\"", escape_token(token)), span)
    }

    /// Flink's message for a keyword where an identifier could stand: Calcite says
    /// "Incorrect syntax near the keyword 'X'" when the keyword is written in upper case, and
    /// "Encountered" otherwise.
    pub fn keyword_as_identifier(word: &str, span: Span) -> Self {
        if word.chars().any(|c| c.is_ascii_lowercase()) {
            ParseError::encountered(word, span)
        } else {
            ParseError::new(format!("SQL parse failed. Incorrect syntax near the keyword '{word}'"), span)
        }
    }

    /// A check Flink's validator makes on the parsed statement.
    pub fn validation(message: impl Into<String>, span: Span) -> Self {
        ParseError::new(message, span)
    }

    /// Adds a help line.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// As a diagnostic.
    pub fn into_diagnostic(self) -> Diagnostic {
        let d = Diagnostic::error(self.message, self.span);
        match self.help {
            Some(h) => d.with_help(h),
            None => d,
        }
    }
}

/// Escapes a token image as JavaCC's `addEscapes` does.
fn escape_token(token: &str) -> String {
    let mut out = String::with_capacity(token.len());
    for c in token.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

/// Marker our own grammar puts in front of a message that is already in Flink's words.
const OWN: &str = "\u{1}";

/// A `sqlparser` error carrying our own message and the location of the offending token.
pub fn own_error(message: impl AsRef<str>, at: Location) -> ParserError {
    ParserError::ParserError(format!("{OWN}{}{at}", message.as_ref()))
}

/// A reserved word `t` where an identifier was expected.
pub fn keyword_at(t: &TokenWithSpan) -> ParserError {
    let word = token_text(&t.token);
    if word.chars().any(|c| c.is_ascii_lowercase()) {
        encountered_at(t)
    } else {
        own_error(format!("SQL parse failed. Incorrect syntax near the keyword '{word}'"), t.span.start)
    }
}

/// `Encountered "tok"` at the token `t`.
pub fn encountered_at(t: &TokenWithSpan) -> ParserError {
    own_error(format!("SQL parse failed. Encountered \"{}\"", escape_token(&token_text(&t.token))), t.span.start)
}

/// The text Flink prints for a token in "Encountered …".
pub fn token_text(t: &Token) -> String {
    match t {
        Token::EOF => "<EOF>".to_string(),
        Token::Word(w) => match w.quote_style {
            Some(q) => format!("{q}{}{q}", w.value),
            None => w.value.clone(),
        },
        other => other.to_string(),
    }
}

fn split_location(msg: &str) -> (&str, Option<Location>) {
    let Some(i) = msg.rfind(" at Line: ") else { return (msg, None) };
    let tail = &msg[i + " at Line: ".len()..];
    let mut parts = tail.split(", Column: ");
    let line = parts.next().and_then(|l| l.trim().parse().ok());
    let col = parts.next().and_then(|c| c.trim().parse().ok());
    match (line, col) {
        (Some(line), Some(column)) => (&msg[..i], Some(Location { line, column })),
        _ => (msg, None),
    }
}

/// Converts a `sqlparser` error into Flink's words, pointing at the offending token.
pub fn from_sqlparser(err: ParserError, tokens: &[TokenWithSpan], loc: &Locator) -> ParseError {
    let msg = match err {
        ParserError::RecursionLimitExceeded => {
            return ParseError::new("SQL parse failed. The statement is nested too deeply", Span::point(loc.base()));
        }
        ParserError::TokenizerError(m) | ParserError::ParserError(m) => m,
    };
    let (text, at) = split_location(&msg);
    let token = at.and_then(|at| tokens.iter().find(|t| t.span.start == at));
    let span = match (token, at) {
        (Some(t), _) => loc.span(t.span),
        (None, Some(at)) => Span::point(loc.offset(at)),
        (None, None) => tokens
            .iter()
            .rev()
            .find(|t| t.token != Token::EOF)
            .map(|t| Span::point(loc.span(t.span).end))
            .unwrap_or(Span::point(loc.base())),
    };
    if let Some(own) = text.strip_prefix(OWN) {
        return ParseError::new(own, span);
    }
    // sqlparser: "Expected: X, found: Y" — Flink names only the token it could not take.
    let found = token.map(|t| token_text(&t.token)).or_else(|| {
        text.split(", found: ").nth(1).map(|f| if f == "EOF" { "<EOF>".to_string() } else { f.to_string() })
    });
    match found {
        Some(tok) => {
            let expected = text.strip_prefix("Expected: ").and_then(|t| t.split(", found").next());
            let identifier_expected = expected.is_some_and(|x| x.contains("identifier") || x.contains("expression"));
            let is_keyword = token.is_some_and(|t| matches!(&t.token, Token::Word(w) if w.quote_style.is_none() && crate::keywords::is_keyword(&w.value)));
            let e = if identifier_expected && is_keyword {
                ParseError::keyword_as_identifier(&tok, span)
            } else {
                ParseError::encountered(&tok, span)
            };
            match expected {
                Some(x) if !x.is_empty() => e.with_help(format!("expected {x} here")),
                _ => e,
            }
        }
        None => ParseError::new(format!("SQL parse failed. {text}"), span),
    }
}
