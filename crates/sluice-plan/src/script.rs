//! Validates a whole script as one SQL-client session: every statement's verdict,
//! diagnostics and resolved schema.

use std::sync::Arc;

use sluice_common::{Diagnostic, SourceFile, Span};
use sluice_sql::kind::{kind_from_text, statement_kind};
use sluice_sql::{Locator, parse_script};

use crate::connectors::ConnectorRegistry;
use crate::session::{SchemaReport, Session, StatementContext};

/// The outcome of one statement of a script.
#[derive(Debug, Clone)]
pub struct StatementReport {
    /// The statement proper (after leading comments), without its `;`.
    pub span: Span,
    /// The kind from the closed list of `sluice validate`.
    pub kind: &'static str,
    /// The verdict at this point of the script (Flink's, except for connector options checked
    /// early at CREATE TABLE).
    pub ok: bool,
    /// Flink's own verdict.
    pub flink_ok: bool,
    /// Errors and warnings.
    pub diagnostics: Vec<Diagnostic>,
    /// Resolved schema of CREATE TABLE / VIEW / CTAS.
    pub schema: Option<SchemaReport>,
}

/// A validated script.
#[derive(Debug, Clone)]
pub struct ScriptReport {
    /// The source with its line index.
    pub source: SourceFile,
    /// Statement outcomes in order.
    pub statements: Vec<StatementReport>,
    /// Problems of the file as a whole (an unterminated comment, …).
    pub file_problems: Vec<Diagnostic>,
    /// The tables of the session after the last statement.
    pub tables: Vec<ScriptTable>,
}

/// A table defined by the script, as the session holds it at the end.
#[derive(Debug, Clone)]
pub struct ScriptTable {
    /// Fully qualified name (`default_catalog.default_database.t`).
    pub name: String,
    /// Schema, options and where it was declared.
    pub table: crate::catalog::CatalogTable,
}

impl ScriptReport {
    /// Whether every statement is valid and the file has no problem.
    pub fn is_valid(&self) -> bool {
        self.file_problems.is_empty() && self.statements.iter().all(|s| s.ok)
    }
}

/// Splits, parses and executes `text` in a fresh session.
pub fn validate_script(name: &str, text: &str, registry: Arc<ConnectorRegistry>) -> ScriptReport {
    let mut session = Session::new(registry);
    validate_in_session(&mut session, name, text)
}

/// Like [`validate_script`], continuing an existing session (the REPL, test harnesses).
pub fn validate_in_session(session: &mut Session, name: &str, text: &str) -> ScriptReport {
    let parsed = parse_script(text);
    let mut statements = Vec::with_capacity(parsed.statements.len());
    for st in &parsed.statements {
        let body_text = &text[st.raw.body.range()];
        let report = match &st.result {
            Ok(stmt) => {
                let loc = Locator::new(body_text, st.raw.body.start);
                let ctx = StatementContext { loc: &loc, span: st.raw.body, hints: &st.hints };
                let outcome = session.execute(stmt, &ctx);
                StatementReport {
                    span: st.raw.body,
                    kind: statement_kind(stmt),
                    ok: outcome.ok,
                    flink_ok: outcome.flink_ok(),
                    diagnostics: outcome.diagnostics,
                    schema: outcome.schema,
                }
            }
            Err(e) => StatementReport {
                span: st.raw.body,
                kind: kind_from_text(body_text),
                ok: false,
                flink_ok: false,
                diagnostics: vec![e.clone().into_diagnostic()],
                schema: None,
            },
        };
        statements.push(report);
    }
    let file_problems = parsed.problems.iter().map(|p| Diagnostic::error(p.message.clone(), p.span)).collect();
    let tables = session.tables().into_iter().map(|(name, t)| ScriptTable { name, table: t.clone() }).collect();
    ScriptReport { source: SourceFile::new(name, text), statements, file_problems, tables }
}
