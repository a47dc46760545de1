//! INSERT, queries, statement sets and EXPLAIN: validation first (as Flink's converter),
//! then planning (connectors, changelog modes) — deferred to `END` inside a client
//! statement set.

use sluice_common::{Diagnostic, Span};
use sluice_sql::ast::{Explain, Insert, Query, Statement, StatementSet};
use sqlparser::ast::Spanned;

use super::{Outcome, Session, StatementContext};
use crate::catalog::CatalogObject;
use crate::expr::{Clause, ExprTyper, Scope};
use crate::identifier::{ObjectIdentifier, name_span};
use crate::query::{Ctes, type_query};
use crate::types::casts::supports_implicit_cast;

/// An INSERT that passed validation, with what planning needs.
#[derive(Debug, Clone)]
pub struct ValidatedInsert {
    /// The target table.
    pub target: ObjectIdentifier,
    /// Where the target is named.
    pub target_span: Span,
    /// Whether the query produces updates.
    pub updating: bool,
    /// INSERT OVERWRITE.
    pub overwrite: bool,
    /// The first problem Flink's planner (not its validator) finds in the query.
    pub planner_error: Option<Diagnostic>,
    /// Options of an `OPTIONS` hint on the target table.
    pub sink_hint_options: Vec<sluice_common::options::OptionEntry>,
}

impl Session {
    /// Validates an INSERT as Flink's SQL-to-operation converter does.
    pub(super) fn validate_insert(
        &self,
        i: &Insert,
        ctx: &StatementContext<'_>,
    ) -> Result<ValidatedInsert, Diagnostic> {
        let span = name_span(&i.table, ctx.span);
        if i.upsert {
            return Err(Diagnostic::error(
                "UPSERT INTO statement is not supported. Please use INSERT INTO instead.",
                span,
            ));
        }
        let target = self.catalog.names.object(&i.table)?;
        let Some(obj) = self.catalog.lookup(&target).cloned() else {
            return Err(Diagnostic::error(
                format!(
                    "Cannot find table '{}' in any of the catalogs [{}], nor as a temporary table.",
                    target.quoted(),
                    self.catalog.catalogs.keys().cloned().collect::<Vec<_>>().join(", ")
                ),
                span,
            ));
        };
        crate::hints::check_names(ctx.hints)?;
        let env = self.env(ctx);
        let scope = Scope::default();
        let typer = ExprTyper::new(&env, &scope, Clause::Select);
        let rel = type_query(&typer, &i.source, &Ctes::default())?;
        let sink_hint_options = match i.hints.first() {
            Some(h) => crate::hints::options_of(&env, h)?,
            None => Vec::new(),
        };
        let sink_columns: Vec<(String, sluice_common::DataType)> =
            obj.schema().persisted_columns().map(|c| (c.name.clone(), c.data_type.clone())).collect();
        let static_parts = static_partitions(i, &obj, &target, &sink_columns, ctx, &env)?;
        let targets: Vec<(String, sluice_common::DataType)> = match &i.columns {
            Some(cols) => {
                let mut out = Vec::new();
                for c in cols {
                    let Some((_, ty)) = sink_columns.iter().find(|(n, _)| *n == c.value) else {
                        return Err(Diagnostic::error(format!("Unknown target column '{}'", c.value), c.span()));
                    };
                    if out.iter().any(|(n, _): &(String, _)| *n == c.value) {
                        return Err(Diagnostic::error(
                            format!("Target column '{}' is assigned more than once", c.value),
                            c.span(),
                        ));
                    }
                    out.push((c.value.clone(), ty.clone()));
                }
                // Static partition columns written in the list get their value from PARTITION;
                // Flink appends those values to the query, so they must close the list.
                let first_static = out.iter().position(|(n, _)| static_parts.contains(n));
                if let Some(at) = first_static
                    && out[at..].iter().any(|(n, _)| !static_parts.contains(n))
                {
                    let width = rel.fields.len();
                    return Err(Diagnostic::error(
                        format!("Index {width} out of bounds for length {width}"),
                        ctx.loc.span(i.source.span()),
                    ));
                }
                out.retain(|(n, _)| !static_parts.contains(n));
                if rel.fields.len() != out.len() {
                    return Err(Diagnostic::error(
                        "Number of columns must match number of query columns",
                        ctx.loc.span(i.source.span()),
                    ));
                }
                out
            }
            None => sink_columns.into_iter().filter(|(n, _)| !static_parts.contains(n)).collect(),
        };
        let mismatch = || {
            Diagnostic::error(
                format!("Column types of query result and sink for '{target}' do not match."),
                ctx.loc.span(i.source.span()),
            )
            .with_note(format!(
                "Query schema: [{}]",
                rel.fields
                    .iter()
                    .map(|f| format!("{}: {}", f.name, f.data_type.summary()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
            .with_note(format!(
                "Sink schema:  [{}]",
                targets.iter().map(|(n, t)| format!("{n}: {}", t.summary())).collect::<Vec<_>>().join(", ")
            ))
        };
        // The sink's column types are compared when the INSERT is planned (a statement set
        // buffers the INSERT and fails at END).
        let compatible = rel.fields.len() == targets.len()
            && rel.fields.iter().zip(&targets).all(|(f, (_, t))| supports_implicit_cast(&f.data_type, t))
            && !values_with_row_function(&i.source);
        let sources = env.sources.borrow().clone();
        self.check_sources(&sources)?;
        if obj.is_view() {
            return Err(Diagnostic::error(format!("Sink {} does not exists", target.quoted()), span));
        }
        let planner_error = env.planning_errors.borrow().first().cloned().or_else(|| (!compatible).then(mismatch));
        Ok(ValidatedInsert {
            target,
            target_span: span,
            updating: rel.updating,
            overwrite: i.overwrite,
            planner_error,
            sink_hint_options,
        })
    }

    pub(super) fn insert(&mut self, i: &Insert, ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        let v = self.validate_insert(i, ctx)?;
        self.plan_insert(&v)?;
        Ok(Outcome::ok())
    }

    pub(super) fn statement_set(
        &mut self,
        s: &StatementSet,
        ctx: &StatementContext<'_>,
    ) -> Result<Outcome, Diagnostic> {
        let validated = s.inserts.iter().map(|i| self.validate_insert(i, ctx)).collect::<Result<Vec<_>, _>>()?;
        for v in &validated {
            self.plan_insert(v)?;
        }
        Ok(Outcome::ok())
    }

    pub(super) fn query(&mut self, q: &Query, ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        crate::hints::check_names(ctx.hints)?;
        let env = self.env(ctx);
        let scope = Scope::default();
        let typer = ExprTyper::new(&env, &scope, Clause::Select);
        type_query(&typer, q, &Ctes::default())?;
        let sources = env.sources.borrow().clone();
        self.check_sources(&sources)?;
        if let Some(d) = env.planning_errors.borrow().first() {
            return Err(d.clone());
        }
        Ok(Outcome::ok())
    }

    pub(super) fn explain(&mut self, e: &Explain, ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        if !self.streaming() && e.details.contains(&sluice_sql::ast::ExplainDetail::PlanAdvice) {
            return Err(Diagnostic::error("EXPLAIN PLAN_ADVICE is not supported under batch mode.", ctx.span));
        }
        match e.statement.as_ref() {
            Statement::Query(q) => self.query(q, ctx),
            Statement::Insert(i) => {
                let v = self.validate_insert(i, ctx)?;
                self.plan_insert(&v)?;
                Ok(Outcome::ok())
            }
            Statement::StatementSet(s) => self.statement_set(s, ctx),
            Statement::CreateTable(ct) => {
                // EXPLAIN CREATE TABLE AS plans without creating the table.
                let saved = self.catalog.clone();
                let out = self.create_table(ct, ctx);
                self.catalog = saved;
                out.map(|mut o| {
                    o.schema = None;
                    o
                })
            }
            other => Err(Diagnostic::error(format!("sluice cannot explain {other}"), ctx.span)),
        }
    }
}

/// The static partition columns of `PARTITION (k = v, …)`: literal values, named once,
/// columns of the sink; a column that is no partition key fails in the planner.
fn static_partitions(
    i: &Insert,
    obj: &CatalogObject,
    target: &crate::identifier::ObjectIdentifier,
    sink_columns: &[(String, sluice_common::DataType)],
    ctx: &StatementContext<'_>,
    env: &crate::env::Env<'_>,
) -> Result<Vec<String>, Diagnostic> {
    let mut names: Vec<String> = Vec::new();
    for (k, v) in &i.partition {
        if crate::expr::is_null_literal(v)
            || matches!(v, sqlparser::ast::Expr::TypedString(_) | sqlparser::ast::Expr::Interval(_))
        {
            return Err(Diagnostic::error(format!("not a literal: {v}"), ctx.loc.span(v.span())));
        }
        if names.contains(&k.value) {
            return Err(Diagnostic::error(format!("Target column '{}' is assigned more than once", k.value), k.span()));
        }
        if !sink_columns.iter().any(|(n, _)| *n == k.value) {
            return Err(Diagnostic::error(format!("Unknown target column '{}'", k.value), k.span()));
        }
        names.push(k.value.clone());
    }
    if let CatalogObject::Table(t) = obj
        && let Some((k, _)) = i.partition.iter().find(|(k, _)| !t.partition_keys.contains(&k.value))
    {
        env.planning_errors.borrow_mut().push(Diagnostic::error(
            format!(
                "Static partition column '{}' should be in the partition keys list [{}] for table '{target}'.",
                k.value,
                t.partition_keys.join(", ")
            ),
            k.span(),
        ));
    }
    Ok(names)
}

/// `INSERT … VALUES (ROW(…))`: Flink's planner never matches a `ROW(…)` call of a VALUES
/// row with the sink's ROW column (a parenthesised `(…)` row does match).
fn values_with_row_function(q: &Query) -> bool {
    let sqlparser::ast::SetExpr::Values(v) = q.body.as_ref() else { return false };
    v.rows.iter().flat_map(|r| r.content.iter()).any(|cell| {
        matches!(cell, sqlparser::ast::Expr::Function(f)
            if f.name.0.len() == 1 && f.name.0[0].as_ident().is_some_and(|i| i.value.eq_ignore_ascii_case("ROW")))
    })
}
