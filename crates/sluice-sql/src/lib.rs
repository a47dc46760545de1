//! Flink 1.20 SQL front end: splits scripts as the SQL client does, parses Flink's DDL,
//! DML and client statements with our own grammar and queries and expressions with
//! `sqlparser`, and keeps byte spans for diagnostics.
//!
//! ```
//! let script = sluice_sql::parse_script("CREATE TABLE t (id INT) WITH ('connector' = 'datagen');\nSELECT id FROM t;");
//! assert_eq!(script.statements.len(), 2);
//! assert!(script.statements.iter().all(|s| s.result.is_ok()));
//! ```

pub mod ast;
pub mod dialect;
pub mod error;
pub mod keywords;
pub mod kind;
pub mod lexer;
pub mod locator;
pub mod resolve_type;
pub mod scan;
pub mod secrets;
pub mod splitter;

mod grammar;
mod query_check;

use sluice_common::Span;
use sqlparser::parser::Parser;

pub use ast::Statement;
pub use error::ParseError;
pub use grammar::data_type::{TypeContext, parse_type};
pub use locator::Locator;
pub use splitter::{FileProblem, RawStatement};

use crate::ast::{ColumnDefKind, Hint, TableElement};
use crate::dialect::FlinkDialect;
use crate::grammar::StmtParser;
use crate::scan::RegionKind;

static DIALECT: FlinkDialect = FlinkDialect;

/// How deeply expressions may nest before parsing stops with an error (not a stack overflow).
const RECURSION_LIMIT: usize = 200;

/// One statement of a script with its parse result.
#[derive(Debug, Clone)]
pub struct ParsedStatement {
    /// Where it is in the file.
    pub raw: RawStatement,
    /// The statement, or why it does not parse.
    pub result: Result<Statement, ParseError>,
    /// Hints (`/*+ … */`) written in it.
    pub hints: Vec<Hint>,
}

/// A parsed script.
#[derive(Debug, Clone, Default)]
pub struct ParsedScript {
    /// Statements in order.
    pub statements: Vec<ParsedStatement>,
    /// Problems of the file as a whole.
    pub problems: Vec<FileProblem>,
}

/// Splits and parses a whole script.
pub fn parse_script(text: &str) -> ParsedScript {
    let split = splitter::split(text);
    let statements = split
        .statements
        .into_iter()
        .map(|raw| {
            let (result, hints) = parse_statement_at(text, &raw);
            ParsedStatement { raw, result, hints }
        })
        .collect();
    ParsedScript { statements, problems: split.problems }
}

/// Parses one statement that sits at `raw.body` of `file_text`.
pub fn parse_statement_at(file_text: &str, raw: &RawStatement) -> (Result<Statement, ParseError>, Vec<Hint>) {
    let body = &file_text[raw.body.range()];
    let loc = Locator::new(body, raw.body.start);
    if let Some(kind) = raw.unterminated_region {
        let what = match kind {
            RegionKind::String => "string literal",
            RegionKind::QuotedIdent => "quoted identifier",
            RegionKind::DoubleQuoted => "double-quoted text",
            _ => "comment",
        };
        let err = ParseError::new(
            format!("Lexical error: unterminated {what}"),
            Span::new(raw.body.start, raw.body.end.max(raw.body.start + 1).min(file_text.len())),
        );
        return (Err(err), Vec::new());
    }
    parse_located(&loc)
}

/// Parses a single statement given as text (no trailing `;`), at file offset 0.
pub fn parse_statement(sql: &str) -> Result<Statement, ParseError> {
    let trimmed = sql.trim_end();
    let trimmed = trimmed.strip_suffix(';').unwrap_or(trimmed);
    parse_located(&Locator::new(trimmed, 0)).0
}

fn parse_located(loc: &Locator) -> (Result<Statement, ParseError>, Vec<Hint>) {
    if let Some(stmt) = grammar::client::match_client_command(loc.text()) {
        return (Ok(stmt), Vec::new());
    }
    let lexed = match lexer::lex(loc) {
        Ok(l) => l,
        Err(e) => return (Err(e), Vec::new()),
    };
    let tokens = lexed.tokens.clone();
    let same_line = lexed.same_line_continuations.clone();
    let parser = Parser::new(&DIALECT).with_recursion_limit(RECURSION_LIMIT).with_tokens_with_locations(lexed.tokens);
    let mut sp = StmtParser { p: parser, loc, hints: lexed.hints };
    let result = sp
        .statement()
        .map_err(|e| error::from_sqlparser(e, &tokens, loc))
        .and_then(|stmt| check_sql_parts(&stmt, loc).map(|()| stmt))
        .and_then(|stmt| query_check::check_flink_clauses(&ClauseView(&stmt), &tokens, loc).map(|()| stmt))
        .and_then(|stmt| check_continuations(&stmt, &same_line).map(|()| stmt));
    (result, sp.hints)
}

/// `'a' 'b'` on one line: Flink concatenates it in option lists, SET and `METADATA FROM`,
/// and rejects it elsewhere.
fn check_continuations(stmt: &Statement, same_line: &[Span]) -> Result<(), ParseError> {
    let allowed: Vec<Span> = match stmt {
        Statement::Set(_) => return Ok(()),
        Statement::CreateTable(c) => {
            let mut spans: Vec<Span> = c.with.iter().flatten().flat_map(|o| [o.key.span.0, o.value.span.0]).collect();
            spans.extend(c.elements.iter().filter_map(|e| match e {
                TableElement::Column(col) => match &col.kind {
                    ColumnDefKind::Metadata { from: Some(f), .. } => Some(f.span.0),
                    _ => None,
                },
                _ => None,
            }));
            spans
        }
        _ => Vec::new(),
    };
    match same_line.iter().find(|s| !allowed.iter().any(|a| a.start <= s.start && s.end <= a.end)) {
        Some(s) => Err(ParseError::validation("String literal continued on same line", *s)
            .with_help("put the continuation on a new line, or write one literal")),
        None => Ok(()),
    }
}

/// The query parts of a statement, for the clause check.
struct ClauseView<'a>(&'a Statement);

impl serde::Serialize for ClauseView<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(None)?;
        let mut queries = Vec::new();
        collect_queries(self.0, &mut queries);
        for q in queries {
            seq.serialize_element(q)?;
        }
        seq.end()
    }
}

fn collect_queries<'a>(stmt: &'a Statement, out: &mut Vec<&'a sqlparser::ast::Query>) {
    use ast::Statement as S;
    match stmt {
        S::Query(q) => out.push(q),
        S::Insert(i) => out.push(&i.source),
        S::StatementSet(s) => out.extend(s.inserts.iter().map(|i| i.source.as_ref())),
        S::CreateView(v) => out.push(&v.query),
        S::CreateTable(c) => out.extend(c.as_query.as_deref()),
        S::AlterView(ast::AlterView { action: ast::AlterViewAction::As(q), .. }) => out.push(q),
        S::Explain(e) => collect_queries(&e.statement, out),
        _ => {}
    }
}

/// Flink's checks on the query and expression parts of a statement.
fn check_sql_parts(stmt: &Statement, loc: &Locator) -> Result<(), ParseError> {
    use ast::Statement as S;
    match stmt {
        S::Query(q) => query_check::check_reserved(q, loc),
        S::Insert(i) => {
            for (_, v) in &i.partition {
                query_check::check_reserved(v, loc)?;
            }
            query_check::check_reserved(&i.source, loc)
        }
        S::StatementSet(s) => s.inserts.iter().try_for_each(|i| query_check::check_reserved(&i.source, loc)),
        S::CreateView(v) => query_check::check_reserved(&v.query, loc),
        S::AlterView(ast::AlterView { action: ast::AlterViewAction::As(q), .. }) => query_check::check_reserved(q, loc),
        S::Explain(e) => check_sql_parts(&e.statement, loc),
        S::CreateTable(c) => {
            for e in &c.elements {
                match e {
                    TableElement::Column(col) => {
                        if let ColumnDefKind::Computed { expr } = &col.kind {
                            query_check::check_reserved(expr, loc)?;
                        }
                    }
                    TableElement::Watermark(w) => query_check::check_reserved(&w.expr, loc)?,
                    TableElement::Constraint(_) => {}
                }
            }
            match &c.as_query {
                Some(q) => query_check::check_reserved(q, loc),
                None => Ok(()),
            }
        }
        _ => Ok(()),
    }
}
