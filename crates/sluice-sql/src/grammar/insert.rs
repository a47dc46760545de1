//! `INSERT`, statement sets, and the SQL forms of `SET` / `RESET`.

use sqlparser::parser::ParserError;
use sqlparser::tokenizer::Token;

use super::StmtParser;
use super::cursor::{Cursor, compound, ident, string};
use crate::ast::*;

impl StmtParser<'_> {
    /// `INSERT|UPSERT INTO|OVERWRITE t [hints] [PARTITION (k = v, …)] [(cols)] query`.
    pub(super) fn insert(&mut self, execute: bool) -> Result<Insert, ParserError> {
        let start = self.p.peek_token_ref().span;
        let upsert = self.p.eat("UPSERT");
        if !upsert {
            self.p.expect_kw("INSERT")?;
        }
        let overwrite = if self.p.eat("INTO") {
            false
        } else {
            self.p.expect_kw("OVERWRITE")?;
            true
        };
        let table = compound(&mut self.p, self.loc)?;
        let table_end = self.loc.span(self.p.get_current_token().span).end;
        let next_start = self.loc.span(self.p.peek_token_ref().span).start;
        let hints =
            self.hints.iter().filter(|h| h.span.start >= table_end && h.span.end <= next_start).cloned().collect();
        let partition = if self.p.at("PARTITION") { self.partition_spec()? } else { Vec::new() };
        let columns = if self.p.peek_token_ref().token == Token::LParen && self.column_list_follows() {
            self.p.next_token();
            let mut cols = vec![ident(&mut self.p, self.loc)?];
            while self.p.consume_token(&Token::Comma) {
                cols.push(ident(&mut self.p, self.loc)?);
            }
            self.p.expect_tok(&Token::RParen)?;
            Some(cols)
        } else {
            None
        };
        let source = self.query()?;
        let end = self.p.get_current_token().span;
        Ok(Insert {
            execute,
            upsert,
            overwrite,
            table,
            hints,
            partition,
            columns,
            source,
            span: NodeSpan(self.loc.span(start.union(&end))),
        })
    }

    /// `PARTITION (k = literal, …)`.
    pub(super) fn partition_spec(&mut self) -> Result<Vec<(Ident, sqlparser::ast::Expr)>, ParserError> {
        self.p.expect_kw("PARTITION")?;
        self.p.expect_tok(&Token::LParen)?;
        let mut out = Vec::new();
        loop {
            let key = ident(&mut self.p, self.loc)?;
            self.p.expect_tok(&Token::Eq)?;
            let first = self.p.peek_token_ref().clone();
            let value = self.p.parse_expr()?;
            if !is_literal(&value) {
                return Err(crate::error::encountered_at(&first));
            }
            out.push((key, value));
            if !self.p.consume_token(&Token::Comma) {
                break;
            }
        }
        self.p.expect_tok(&Token::RParen)?;
        Ok(out)
    }

    /// After `(`: an identifier (not a query keyword) starts a column list.
    fn column_list_follows(&self) -> bool {
        match &self.p.peek_nth_token_ref(1).token {
            Token::Word(w) if w.quote_style.is_some() => true,
            Token::Word(w) => !["SELECT", "VALUES", "WITH", "TABLE"].iter().any(|k| w.value.eq_ignore_ascii_case(k)),
            _ => false,
        }
    }

    /// `STATEMENT SET BEGIN (insert ;)+ END` (after an optional `EXECUTE`).
    pub(super) fn statement_set(&mut self, execute: bool) -> Result<StatementSet, ParserError> {
        self.p.expect_kw("STATEMENT")?;
        self.p.expect_kw("SET")?;
        self.p.expect_kw("BEGIN")?;
        let mut inserts = Vec::new();
        loop {
            if !inserts.is_empty() && self.p.eat("END") {
                break;
            }
            if !(self.p.at("INSERT") || self.p.at("UPSERT")) {
                return self.p.unexpected();
            }
            inserts.push(self.insert(false)?);
            self.p.expect_tok(&Token::SemiColon)?;
        }
        Ok(StatementSet { execute, inserts })
    }

    /// `SET` or `SET 'k' = 'v'` (the unquoted client form is matched before parsing).
    pub(super) fn set(&mut self) -> Result<Statement, ParserError> {
        self.p.expect_kw("SET")?;
        if self.p.peek_token_ref().token == Token::EOF {
            return Ok(Statement::Set(Set { pair: None, legacy: false }));
        }
        let key = string(&mut self.p, self.loc)?;
        self.p.expect_tok(&Token::Eq)?;
        let value = string(&mut self.p, self.loc)?;
        Ok(Statement::Set(Set { pair: Some((key, value)), legacy: false }))
    }

    /// `RESET` or `RESET 'k'`.
    pub(super) fn reset(&mut self) -> Result<Statement, ParserError> {
        self.p.expect_kw("RESET")?;
        if self.p.peek_token_ref().token == Token::EOF {
            return Ok(Statement::Reset(Reset { key: None, legacy: false }));
        }
        Ok(Statement::Reset(Reset { key: Some(string(&mut self.p, self.loc)?), legacy: false }))
    }
}

/// Whether a static partition value is a literal, as Flink's grammar wants (a signed
/// number, a string, a typed literal, NULL …); the validator then accepts fewer.
fn is_literal(e: &sqlparser::ast::Expr) -> bool {
    use sqlparser::ast::{Expr, UnaryOperator, Value};
    match e {
        Expr::Value(_) | Expr::TypedString(_) | Expr::Interval(_) => true,
        Expr::UnaryOp { op: UnaryOperator::Minus | UnaryOperator::Plus, expr } => {
            matches!(expr.as_ref(), Expr::Value(v) if matches!(v.value, Value::Number(..)))
        }
        _ => false,
    }
}
