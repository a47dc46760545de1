//! Small helpers over `sqlparser`'s `Parser` for our own grammar: keywords matched by text
//! (many Flink keywords are unknown to `sqlparser`), identifiers with Flink's reserved
//! words, string literals, and errors in Flink's words.

use sqlparser::parser::{Parser, ParserError};
use sqlparser::tokenizer::{Token, TokenWithSpan};

use crate::ast::{Ident, NodeSpan, ObjectName, SqlOption, StringLit};
use crate::error::{encountered_at, keyword_at, own_error};
use crate::keywords;
use crate::locator::Locator;

/// Whether `t` is the unquoted word `kw` (any case).
pub fn is_word(t: &Token, kw: &str) -> bool {
    matches!(t, Token::Word(w) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(kw))
}

/// Parser extensions for the Flink grammar.
pub trait Cursor {
    /// Whether the next token is the keyword `kw`.
    fn at(&self, kw: &str) -> bool;
    /// Whether the n-th next token (0 = next) is the keyword `kw`.
    fn at_nth(&self, n: usize, kw: &str) -> bool;
    /// Whether the next tokens are the keywords `kws`.
    fn at_all(&self, kws: &[&str]) -> bool;
    /// Consumes `kw` if it is next.
    fn eat(&mut self, kw: &str) -> bool;
    /// Consumes all of `kws` if they are next, else nothing.
    fn eat_all(&mut self, kws: &[&str]) -> bool;
    /// Consumes `kw` or fails with "Encountered …".
    fn expect_kw(&mut self, kw: &str) -> Result<TokenWithSpan, ParserError>;
    /// Consumes `tok` or fails with "Encountered …".
    fn expect_tok(&mut self, tok: &Token) -> Result<TokenWithSpan, ParserError>;
    /// "Encountered …" at the next token.
    fn unexpected<T>(&self) -> Result<T, ParserError>;
}

impl Cursor for Parser<'_> {
    fn at(&self, kw: &str) -> bool {
        is_word(&self.peek_token_ref().token, kw)
    }

    fn at_nth(&self, n: usize, kw: &str) -> bool {
        is_word(&self.peek_nth_token_ref(n).token, kw)
    }

    fn at_all(&self, kws: &[&str]) -> bool {
        kws.iter().enumerate().all(|(i, kw)| self.at_nth(i, kw))
    }

    fn eat(&mut self, kw: &str) -> bool {
        let hit = self.at(kw);
        if hit {
            self.next_token();
        }
        hit
    }

    fn eat_all(&mut self, kws: &[&str]) -> bool {
        let hit = self.at_all(kws);
        if hit {
            for _ in kws {
                self.next_token();
            }
        }
        hit
    }

    fn expect_kw(&mut self, kw: &str) -> Result<TokenWithSpan, ParserError> {
        if self.at(kw) { Ok(self.next_token()) } else { self.unexpected() }
    }

    fn expect_tok(&mut self, tok: &Token) -> Result<TokenWithSpan, ParserError> {
        if &self.peek_token_ref().token == tok { Ok(self.next_token()) } else { self.unexpected() }
    }

    fn unexpected<T>(&self) -> Result<T, ParserError> {
        Err(encountered_at(self.peek_token_ref()))
    }
}

/// A simple identifier; unquoted reserved words are rejected as Flink does.
pub fn ident(p: &mut Parser, loc: &Locator) -> Result<Ident, ParserError> {
    let t = p.peek_token_ref().clone();
    match &t.token {
        Token::Word(w) if w.quote_style.is_none() && keywords::is_reserved(&w.value) => Err(keyword_at(&t)),
        Token::Word(w) => {
            p.next_token();
            if w.value.chars().count() > 256 {
                return Err(own_error(
                    format!("Length of identifier '{}' must be less than or equal to 256 characters.", w.value),
                    t.span.start,
                ));
            }
            Ok(Ident { value: w.value.clone(), quoted: w.quote_style.is_some(), span: NodeSpan(loc.span(t.span)) })
        }
        _ => Err(encountered_at(&t)),
    }
}

/// A compound identifier `a[.b[.c…]]`.
pub fn compound(p: &mut Parser, loc: &Locator) -> Result<ObjectName, ParserError> {
    let mut parts = vec![ident(p, loc)?];
    while p.peek_token_ref().token == Token::Period {
        p.next_token();
        parts.push(ident(p, loc)?);
    }
    Ok(ObjectName(parts))
}

/// `(a, b, …)` of simple identifiers.
pub fn paren_idents(p: &mut Parser, loc: &Locator) -> Result<Vec<Ident>, ParserError> {
    p.expect_tok(&Token::LParen)?;
    let mut out = vec![ident(p, loc)?];
    while p.consume_token(&Token::Comma) {
        out.push(ident(p, loc)?);
    }
    p.expect_tok(&Token::RParen)?;
    Ok(out)
}

/// A single-quoted string literal (also `N'…'`, `U&'…'`).
pub fn string(p: &mut Parser, loc: &Locator) -> Result<StringLit, ParserError> {
    let t = p.peek_token_ref().clone();
    let value = match &t.token {
        Token::SingleQuotedString(s) | Token::NationalStringLiteral(s) | Token::UnicodeStringLiteral(s) => s.clone(),
        _ => return Err(encountered_at(&t)),
    };
    p.next_token();
    Ok(StringLit { value, span: NodeSpan(loc.span(t.span)) })
}

/// `( 'k' = 'v', … )`, possibly empty.
pub fn options(p: &mut Parser, loc: &Locator) -> Result<Vec<SqlOption>, ParserError> {
    p.expect_tok(&Token::LParen)?;
    let mut out = Vec::new();
    if p.consume_token(&Token::RParen) {
        return Ok(out);
    }
    loop {
        let key = string(p, loc)?;
        p.expect_tok(&Token::Eq)?;
        let value = string(p, loc)?;
        out.push(SqlOption { key, value });
        if !p.consume_token(&Token::Comma) {
            break;
        }
    }
    p.expect_tok(&Token::RParen)?;
    Ok(out)
}

/// An unsigned integer literal as written.
pub fn unsigned(p: &mut Parser) -> Result<(u64, TokenWithSpan), ParserError> {
    let t = p.peek_token_ref().clone();
    if let Token::Number(n, _) = &t.token
        && let Ok(v) = n.parse::<u64>()
    {
        p.next_token();
        return Ok((v, t));
    }
    Err(encountered_at(&t))
}
