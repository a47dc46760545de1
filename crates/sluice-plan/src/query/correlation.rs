//! Correlated subqueries over VALUES: Flink's planner cannot decorrelate a subquery that
//! reads a VALUES relation (inline, or through a view defined by VALUES) and refers to the
//! enclosing query ("unexpected correlate variable in the plan").

use std::ops::ControlFlow;

use sqlparser::ast::{Expr, Query, SetExpr, Spanned, TableFactor, visit_expressions};

use crate::catalog::CatalogObject;
use crate::expr::ExprTyper;

/// Whether a FROM relation reads VALUES.
fn reads_values(t: &ExprTyper<'_>, f: &TableFactor) -> bool {
    match f {
        TableFactor::Derived { subquery, .. } => matches!(subquery.body.as_ref(), SetExpr::Values(_)),
        TableFactor::Table { name, args: None, .. } => {
            let names: Vec<String> = name.0.iter().filter_map(|p| p.as_ident()).map(|i| i.value.clone()).collect();
            matches!(
                super::from::lookup(t, &names, t.env.loc.span(name.span())),
                Ok((_, CatalogObject::View(v))) if v.query.trim_start().to_ascii_uppercase().starts_with("VALUES")
            )
        }
        _ => false,
    }
}

/// Whether `q` names a qualifier of the enclosing scope that its own FROM does not define.
fn refers_to_outer(t: &ExprTyper<'_>, q: &Query, own: &[String]) -> bool {
    let outer = |name: &str| t.scope.fields.iter().any(|f| f.qualifier.as_deref() == Some(name));
    visit_expressions(q, |e| match e {
        Expr::CompoundIdentifier(parts) if parts.len() >= 2 => {
            let q = parts[0].value.as_str();
            if outer(q) && !own.iter().any(|o| o == q) { ControlFlow::Break(()) } else { ControlFlow::Continue(()) }
        }
        _ => ControlFlow::Continue(()),
    })
    .is_break()
}

/// Records the planner error for a correlated subquery over VALUES.
pub fn check_subquery(t: &ExprTyper<'_>, q: &Query) {
    let SetExpr::Select(s) = q.body.as_ref() else { return };
    let relations: Vec<&TableFactor> = s
        .from
        .iter()
        .flat_map(|twj| std::iter::once(&twj.relation).chain(twj.joins.iter().map(|j| &j.relation)))
        .collect();
    if !relations.iter().any(|f| reads_values(t, f)) {
        return;
    }
    let own: Vec<String> = relations
        .iter()
        .filter_map(|f| match f {
            TableFactor::Table { name, alias, .. } => alias
                .as_ref()
                .map(|a| a.name.value.clone())
                .or_else(|| name.0.last().and_then(|p| p.as_ident()).map(|i| i.value.clone())),
            TableFactor::Derived { alias, .. } => alias.as_ref().map(|a| a.name.value.clone()),
            _ => None,
        })
        .collect();
    if refers_to_outer(t, q, &own) {
        t.env.planning_errors.borrow_mut().push(sluice_common::Diagnostic::error(
            "unexpected correlate variable in the plan",
            t.env.loc.span(q.span()),
        ));
    }
}
