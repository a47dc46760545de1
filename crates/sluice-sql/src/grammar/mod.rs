//! Our own grammar for Flink's DDL, DML and client statements. Queries and expressions
//! inside them are parsed by `sqlparser` with [`crate::dialect::FlinkDialect`].

pub mod client;
pub mod cursor;
pub mod data_type;
pub mod infix;
pub mod prefix;

mod alter_drop;
mod create_other;
mod create_table;
mod insert;
mod json;
mod show_describe;

use sqlparser::ast::Query;
use sqlparser::parser::{Parser, ParserError};
use sqlparser::tokenizer::Token;

use self::cursor::Cursor;
use crate::ast::{Explain, ExplainDetail, Hint, Statement};
use crate::error::own_error;
use crate::locator::Locator;

/// Parses one statement from a `sqlparser` token stream.
pub(crate) struct StmtParser<'a> {
    /// The underlying parser (shared with `sqlparser` for queries and expressions).
    pub p: Parser<'a>,
    /// Location mapping for spans.
    pub loc: &'a Locator,
    /// Hints found by the lexer.
    pub hints: Vec<Hint>,
}

const QUERY_STARTS: [&str; 4] = ["SELECT", "VALUES", "WITH", "TABLE"];

impl<'a> StmtParser<'a> {
    /// One whole statement; the input must end after it.
    pub fn statement(&mut self) -> Result<Statement, ParserError> {
        let stmt = self.statement_body()?;
        if self.p.peek_token_ref().token != Token::EOF {
            return self.p.unexpected();
        }
        Ok(stmt)
    }

    fn statement_body(&mut self) -> Result<Statement, ParserError> {
        let p = &mut self.p;
        if p.at("CREATE") {
            return self.create();
        }
        if p.at_all(&["REPLACE", "TABLE"]) {
            return self.create();
        }
        if p.at("DROP") {
            return self.drop();
        }
        if p.at("ALTER") {
            return self.alter();
        }
        if p.at("INSERT") || p.at("UPSERT") {
            return Ok(Statement::Insert(Box::new(self.insert(false)?)));
        }
        if p.at("EXECUTE") {
            if p.at_nth(1, "INSERT") || p.at_nth(1, "UPSERT") {
                self.p.next_token();
                return Ok(Statement::Insert(Box::new(self.insert(true)?)));
            }
            if p.at_all(&["EXECUTE", "STATEMENT", "SET"]) {
                self.p.next_token();
                return Ok(Statement::StatementSet(self.statement_set(true)?));
            }
            if p.at_all(&["EXECUTE", "PLAN"]) {
                self.p.next_token();
                self.p.next_token();
                return Ok(Statement::ExecutePlan(cursor::string(&mut self.p, self.loc)?));
            }
            if QUERY_STARTS.iter().any(|w| self.p.at_nth(1, w)) {
                self.p.next_token();
                return Ok(Statement::Query(self.query()?));
            }
            let what = format!("EXECUTE {}", cursor_word(&self.p.peek_nth_token_ref(1).token).to_ascii_uppercase());
            return Ok(self.unsupported(&what));
        }
        if p.at_all(&["BEGIN", "STATEMENT", "SET"]) {
            p.next_token();
            p.next_token();
            p.next_token();
            return Ok(Statement::BeginStatementSet);
        }
        if p.at("END") {
            p.next_token();
            return Ok(Statement::End);
        }
        if p.at("SET") {
            return self.set();
        }
        if p.at("RESET") {
            return self.reset();
        }
        if p.at("USE") {
            return self.use_();
        }
        if p.at("SHOW") {
            return self.show();
        }
        if p.at("DESCRIBE") || p.at("DESC") {
            return self.describe();
        }
        if p.at("EXPLAIN") {
            return self.explain();
        }
        if p.at_all(&["LOAD", "MODULE"]) || p.at_all(&["UNLOAD", "MODULE"]) {
            return self.module();
        }
        if p.at_all(&["COMPILE", "PLAN"]) || p.at_all(&["COMPILE", "AND", "EXECUTE", "PLAN"]) {
            return self.compile_plan();
        }
        if p.at_all(&["ADD", "JAR"]) || p.at_all(&["REMOVE", "JAR"]) {
            return self.jar();
        }
        if p.at("VALUES") && p.peek_nth_token_ref(1).token != Token::LParen {
            return Ok(Statement::Query(self.bare_values()?));
        }
        if QUERY_STARTS.iter().any(|w| p.at(w)) || p.peek_token_ref().token == Token::LParen {
            return Ok(Statement::Query(self.query()?));
        }
        for kws in UNSUPPORTED {
            if p.at_all(kws) {
                return Ok(self.unsupported(&kws.join(" ")));
            }
        }
        p.unexpected()
    }

    /// `VALUES e1, e2, …`: Calcite's single-column rows without parentheses.
    fn bare_values(&mut self) -> Result<Box<Query>, ParserError> {
        use sqlparser::ast::{Parens, SetExpr, Values};
        let values_token = self.p.expect_kw("VALUES")?;
        let items = self.p.parse_comma_separated(sqlparser::parser::Parser::parse_expr)?;
        let rows = items
            .into_iter()
            .map(|e| Parens {
                opening_token: values_token.clone().into(),
                content: vec![e],
                closing_token: values_token.clone().into(),
            })
            .collect();
        let body = SetExpr::Values(Values { explicit_row: false, value_keyword: false, rows });
        Ok(Box::new(Query {
            with: None,
            body: Box::new(body),
            order_by: None,
            limit_clause: None,
            fetch: None,
            locks: Vec::new(),
            for_clause: None,
            settings: None,
            format_clause: None,
            pipe_operators: Vec::new(),
        }))
    }

    /// A query, parsed by `sqlparser`.
    pub fn query(&mut self) -> Result<Box<Query>, ParserError> {
        self.p.parse_query()
    }

    /// Consumes the rest of a statement sluice does not model; `keywords` name it.
    fn unsupported(&mut self, keywords: &str) -> Statement {
        while self.p.peek_token_ref().token != Token::EOF {
            self.p.next_token();
        }
        Statement::Unsupported { keywords: keywords.to_string(), text: self.loc.text().trim().to_string() }
    }

    fn compile_plan(&mut self) -> Result<Statement, ParserError> {
        self.p.expect_kw("COMPILE")?;
        let execute = self.p.eat_all(&["AND", "EXECUTE"]);
        self.p.expect_kw("PLAN")?;
        let file = cursor::string(&mut self.p, self.loc)?;
        let if_not_exists = !execute && self.p.eat_all(&["IF", "NOT", "EXISTS"]);
        self.p.expect_kw("FOR")?;
        let statement = if self.p.at_all(&["STATEMENT", "SET"]) {
            Statement::StatementSet(self.statement_set(false)?)
        } else if self.p.at_all(&["EXECUTE", "STATEMENT", "SET"]) {
            self.p.next_token();
            Statement::StatementSet(self.statement_set(true)?)
        } else {
            let execute_insert = self.p.eat("EXECUTE");
            Statement::Insert(Box::new(self.insert(execute_insert)?))
        };
        Ok(Statement::CompilePlan { file, if_not_exists, execute, statement: Box::new(statement) })
    }

    fn explain(&mut self) -> Result<Statement, ParserError> {
        self.p.expect_kw("EXPLAIN")?;
        let plan_for = self.p.eat_all(&["PLAN", "FOR"]);
        let mut details = Vec::new();
        if !plan_for {
            loop {
                let t = self.p.peek_token_ref().clone();
                let detail = match cursor_word(&t.token).to_ascii_uppercase().as_str() {
                    "ESTIMATED_COST" => ExplainDetail::EstimatedCost,
                    "CHANGELOG_MODE" => ExplainDetail::ChangelogMode,
                    "JSON_EXECUTION_PLAN" => ExplainDetail::JsonExecutionPlan,
                    "PLAN_ADVICE" => ExplainDetail::PlanAdvice,
                    _ if details.is_empty() => break,
                    _ => return self.p.unexpected(),
                };
                self.p.next_token();
                if details.contains(&detail) {
                    return Err(own_error(
                        format!("SQL parse failed. Duplicate EXPLAIN DETAIL is not allowed: {}", cursor_word(&t.token)),
                        t.span.start,
                    ));
                }
                details.push(detail);
                if !self.p.consume_token(&Token::Comma) {
                    break;
                }
            }
        }
        let statement = if self.p.at_all(&["STATEMENT", "SET"]) {
            Statement::StatementSet(self.statement_set(false)?)
        } else if self.p.at("INSERT") || self.p.at("UPSERT") {
            Statement::Insert(Box::new(self.insert(false)?))
        } else if self.p.at("CREATE") || self.p.at("REPLACE") {
            // Flink 1.20 explains no DDL, CREATE TABLE AS included.
            let t = self.p.peek_token_ref().clone();
            return Err(crate::error::keyword_at(&t));
        } else {
            Statement::Query(self.query()?)
        };
        Ok(Statement::Explain(Explain { plan_for, details, statement: Box::new(statement) }))
    }
}

/// Statements Flink 1.20 has that sluice does not model, by their leading keywords.
const UNSUPPORTED: &[&[&str]] =
    &[&["ANALYZE", "TABLE"], &["CALL"], &["TRUNCATE", "TABLE"], &["DELETE", "FROM"], &["UPDATE"], &["STOP", "JOB"]];

/// The text of a word token (empty for other tokens).
pub(crate) fn cursor_word(t: &Token) -> String {
    match t {
        Token::Word(w) => w.value.clone(),
        other => other.to_string(),
    }
}
