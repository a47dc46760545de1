//! Query shapes Flink's planner cannot run: OFFSET without FETCH/LIMIT, TABLESAMPLE, a
//! lateral subquery without FROM, Top-N over RANK()/DENSE_RANK(), and window functions it
//! only has in batch mode (LEAD, NTILE, PERCENT_RANK, CUME_DIST). Also `FETCH FIRST ROW
//! ONLY` without a count, which Flink's parser rejects.
//!
//! All but the last are planner errors: they fail INSERT, SELECT and EXPLAIN, not CREATE VIEW.

use sluice_common::Diagnostic;
use sqlparser::ast::{
    BinaryOperator, Expr, LimitClause, Query, Select, SelectItem, SetExpr, Spanned, TableFactor, TableWithJoins,
};

use crate::expr::ExprTyper;

/// Window functions the streaming planner does not have.
pub const BATCH_ONLY_WINDOW_FUNCTIONS: &[&str] = &["LEAD", "NTILE", "PERCENT_RANK", "CUME_DIST"];

fn planner_error(t: &ExprTyper<'_>, node: &impl Spanned, message: impl Into<String>) {
    t.env.planning_errors.borrow_mut().push(Diagnostic::error(message, t.env.loc.span(node.span())));
}

/// OFFSET and FETCH of a query.
pub fn check_query(t: &ExprTyper<'_>, q: &Query) -> Result<(), Diagnostic> {
    if let Some(fetch) = &q.fetch
        && fetch.quantity.is_none()
    {
        return Err(Diagnostic::error("SQL parse failed. Encountered \"ROW\"", t.env.loc.span(q.span())));
    }
    let offset_only = matches!(&q.limit_clause, Some(LimitClause::LimitOffset { limit: None, offset: Some(_), .. }))
        && q.fetch.is_none();
    if t.env.streaming && offset_only {
        planner_error(t, q, "FETCH is missed, which on streaming table is not supported currently.");
    }
    Ok(())
}

/// TABLESAMPLE and `LATERAL (SELECT …)` without FROM in a FROM clause.
pub fn check_from(t: &ExprTyper<'_>, from: &[TableWithJoins]) {
    for twj in from {
        for relation in std::iter::once(&twj.relation).chain(twj.joins.iter().map(|j| &j.relation)) {
            match relation {
                TableFactor::Table { sample: Some(_), .. } => {
                    planner_error(t, relation, "Cannot generate a valid execution plan for the given query:");
                }
                TableFactor::Derived { lateral: true, subquery, .. } if matches!(subquery.body.as_ref(), SetExpr::Select(s) if s.from.is_empty()) =>
                {
                    planner_error(t, relation, "unexpected correlate variable in the plan");
                }
                _ => {}
            }
        }
    }
}

/// The name and alias of a ranking (`ROW_NUMBER()`, `RANK()`, `DENSE_RANK()`) select item
/// of a derived table.
fn rank_columns(from: &[TableWithJoins]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for twj in from {
        let TableFactor::Derived { subquery, .. } = &twj.relation else { continue };
        let SetExpr::Select(inner) = subquery.body.as_ref() else { continue };
        for item in &inner.projection {
            let SelectItem::ExprWithAlias { expr: Expr::Function(f), alias } = item else { continue };
            let name = f.name.to_string().to_ascii_uppercase();
            if f.over.is_some() && matches!(name.as_str(), "ROW_NUMBER" | "RANK" | "DENSE_RANK") {
                out.push((name, alias.value.clone()));
            }
        }
    }
    out
}

/// Whether `cond` bounds the column `col` (`col <= n`, `col = 1`, `col < n` …).
fn bounds(cond: &Expr, col: &str) -> bool {
    match cond {
        Expr::BinaryOp { left, op: BinaryOperator::And, right } => bounds(left, col) || bounds(right, col),
        Expr::BinaryOp { left, op: BinaryOperator::Lt | BinaryOperator::LtEq | BinaryOperator::Eq, .. } => {
            matches!(left.as_ref(), Expr::Identifier(id) if id.value == col)
        }
        Expr::Nested(inner) => bounds(inner, col),
        _ => false,
    }
}

/// Records the ranking columns of derived tables this SELECT bounds (a Top-N), before the
/// derived tables are typed.
pub fn register_top_n(t: &ExprTyper<'_>, s: &Select) {
    let Some(cond) = &s.selection else { return };
    for (_, alias) in rank_columns(&s.from) {
        if bounds(cond, &alias) {
            t.env.top_n_columns.borrow_mut().push(alias);
        }
    }
}

/// Top-N over RANK()/DENSE_RANK(): only ROW_NUMBER() is supported when streaming.
pub fn check_top_n(t: &ExprTyper<'_>, s: &Select) {
    if !t.env.streaming {
        return;
    }
    let Some(cond) = &s.selection else { return };
    for (name, alias) in rank_columns(&s.from) {
        if name != "ROW_NUMBER" && bounds(cond, &alias) {
            planner_error(t, cond, format!("{name}() on streaming table is not supported currently"));
        }
    }
}
