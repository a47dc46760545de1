//! A SELECT block: its scope, WHERE, GROUP BY with the "not being grouped" rule, the select
//! list with Calcite's column naming, HAVING, and ORDER BY in streaming mode.

use std::collections::HashSet;

use sluice_common::{DataType, Diagnostic, TimestampKind, TypeKind};
use sqlparser::ast::{
    Expr, GroupByExpr, OrderBy, OrderByKind, Select, SelectItem, SelectItemQualifiedWildcardKind, SetExpr, Spanned,
};

use super::{Ctes, Rel, from::from_scope};
use crate::expr::{Clause, ExprTyper, Field, Scope};

fn is_aggregate_call(e: &Expr) -> bool {
    match e {
        Expr::Function(f) if f.over.is_none() => f
            .name
            .0
            .last()
            .and_then(|p| p.as_ident())
            .is_some_and(|i| crate::expr::AGGREGATES.iter().any(|a| a.eq_ignore_ascii_case(&i.value))),
        _ => false,
    }
}

/// Whether an expression contains an aggregate call (outside OVER and subqueries).
pub fn contains_aggregate(e: &Expr) -> bool {
    is_aggregate_call(e) || direct_children(e).into_iter().any(contains_aggregate)
}

fn is_null_literal(e: &Expr) -> bool {
    matches!(e, Expr::Value(v) if v.value == sqlparser::ast::Value::Null)
}

/// Calcite's name of a select item without alias: the column name, or `EXPR$i`.
fn derived_name(e: &Expr, i: usize) -> String {
    match e {
        Expr::Identifier(id) => id.value.clone(),
        Expr::CompoundIdentifier(parts) => parts.last().map(|p| p.value.clone()).unwrap_or_default(),
        Expr::Nested(inner) => derived_name(inner, i),
        // `CURRENT_TIMESTAMP` and the other context functions written without parentheses
        // read like identifiers and are named after themselves.
        Expr::Function(f) if matches!(f.args, sqlparser::ast::FunctionArguments::None) => f.name.to_string(),
        _ => format!("EXPR${i}"),
    }
}

/// Makes names unique as Calcite does (`id`, `id0`, `id1`, …); returns the first name two
/// explicit select items share (names from `*` are renamed silently).
fn uniquify(fields: &mut [Field], explicit: &[bool]) -> Option<String> {
    let mut seen: HashSet<String> = HashSet::new();
    let mut seen_explicit: HashSet<String> = HashSet::new();
    let mut first_duplicate = None;
    for (f, is_explicit) in fields.iter_mut().zip(explicit) {
        if *is_explicit && !seen_explicit.insert(f.name.clone()) {
            first_duplicate.get_or_insert_with(|| f.name.clone());
        }
        if seen.insert(f.name.clone()) {
            continue;
        }
        let mut i = 0;
        loop {
            let candidate = format!("{}{i}", f.name);
            if seen.insert(candidate.clone()) {
                f.name = candidate;
                break;
            }
            i += 1;
        }
    }
    first_duplicate
}

/// Types one SELECT block.
pub fn type_select(t: &ExprTyper<'_>, s: &Select, ctes: &Ctes) -> Result<Rel, Diagnostic> {
    super::streaming_checks::register_top_n(t, s);
    let (fields, mut updating) = from_scope(t, &s.from, ctes)?;
    let scope = Scope { fields, outer: Some(Box::new(t.scope.clone())) };
    let plain = ExprTyper::new(t.env, &scope, Clause::NoAggregates);
    super::streaming_checks::check_from(&plain, &s.from);
    super::streaming_checks::check_top_n(&plain, s);
    super::hint_checks::check_select_hints(&plain, s);
    let mut with_aggs = ExprTyper::new(t.env, &scope, Clause::Select);
    if let Some(w) = &s.selection {
        if contains_aggregate(w) {
            return Err(plain.err(w, "Aggregate expression is illegal in WHERE clause"));
        }
        let ty = plain.type_of(w)?;
        if !matches!(ty.kind, TypeKind::Boolean | TypeKind::Null) {
            return Err(plain.err(w, "WHERE clause must be a condition"));
        }
    }
    let group_exprs: Vec<Expr> = match &s.group_by {
        GroupByExpr::Expressions(exprs, _) => exprs.clone(),
        GroupByExpr::All(_) => {
            return Err(Diagnostic::error("SQL parse failed. Encountered \"ALL\"", t.env.loc.span(s.span())));
        }
    };
    with_aggs.grouped = !group_exprs.is_empty();
    for g in &group_exprs {
        if contains_aggregate(g) {
            return Err(plain.err(g, "Aggregate expression is illegal in GROUP BY clause"));
        }
        if !matches!(g, Expr::GroupingSets(_) | Expr::Cube(_) | Expr::Rollup(_) | Expr::Tuple(_)) {
            plain.type_of(g)?;
        }
    }
    let mut out = Vec::new();
    let mut explicit: Vec<bool> = Vec::new();
    let mut item_exprs = Vec::new();
    for (i, item) in s.projection.iter().enumerate() {
        match item {
            SelectItem::UnnamedExpr(e) | SelectItem::ExprWithAlias { expr: e, .. } => {
                if is_null_literal(e) {
                    return Err(with_aggs.err(e, "Illegal use of 'NULL'"));
                }
                let data_type = with_aggs.type_of(e)?;
                super::conversion::check_select_item(&with_aggs, e, &data_type)?;
                let name = match item {
                    SelectItem::ExprWithAlias { alias, .. } => alias.value.clone(),
                    _ => derived_name(e, i),
                };
                out.push(Field { qualifier: None, name, data_type });
                explicit.push(true);
                item_exprs.push(e.clone());
            }
            SelectItem::Wildcard(_) => {
                if scope.fields.is_empty() {
                    return Err(Diagnostic::error("SELECT * requires a FROM clause", t.env.loc.span(s.span())));
                }
                out.extend(scope.fields.iter().map(|f| Field { qualifier: None, ..f.clone() }));
                explicit.resize(out.len(), false);
            }
            SelectItem::QualifiedWildcard(kind, _) => {
                let q = match kind {
                    SelectItemQualifiedWildcardKind::ObjectName(n) => n.to_string(),
                    SelectItemQualifiedWildcardKind::Expr(e) => e.to_string(),
                };
                let q = q.trim_matches('`').to_string();
                let mut matching: Vec<Field> =
                    scope.fields.iter().filter(|f| f.qualifier.as_deref() == Some(q.as_str())).cloned().collect();
                // `r.*` of a ROW column expands its fields.
                if matching.is_empty()
                    && let Some(row) = scope.fields.iter().find(|f| f.name == q && !f.data_type.row_fields().is_empty())
                {
                    matching = row
                        .data_type
                        .row_fields()
                        .iter()
                        .map(|rf| Field {
                            qualifier: None,
                            name: rf.name.clone(),
                            data_type: rf
                                .data_type
                                .clone()
                                .with_nullable(rf.data_type.nullable || row.data_type.nullable),
                        })
                        .collect();
                }
                if matching.is_empty() {
                    return Err(Diagnostic::error(format!("Unknown identifier '{q}'"), t.env.loc.span(item.span())));
                }
                out.extend(matching.into_iter().map(|f| Field { qualifier: None, ..f }));
                explicit.resize(out.len(), false);
            }
            SelectItem::ExprWithAliases { expr, .. } => {
                return Err(with_aggs.err(expr, "SQL parse failed. Encountered \"(\""));
            }
        }
    }
    super::window_checks::check_over_windows(&plain, s)?;
    super::window_checks::check_group_windows(&plain, &group_exprs, &item_exprs)?;
    let has_aggregates = item_exprs.iter().any(contains_aggregate) || s.having.as_ref().is_some_and(contains_aggregate);
    if !group_exprs.is_empty() || has_aggregates {
        check_grouped(&with_aggs, &item_exprs, &group_exprs)?;
        let windowed = group_exprs.iter().any(|g| is_window_group(g, &scope));
        updating |= !windowed;
        if windowed {
            let pending = std::mem::take(&mut *t.env.window_aggregate_errors.borrow_mut());
            t.env.planning_errors.borrow_mut().extend(pending);
        }
    }
    if let Some(h) = &s.having {
        let ty = with_aggs.type_of(h)?;
        if !matches!(ty.kind, TypeKind::Boolean | TypeKind::Null) {
            return Err(with_aggs.err(h, "HAVING clause must be a condition"));
        }
        check_grouped(&with_aggs, std::slice::from_ref(h), &group_exprs)?;
    }
    if s.distinct.is_some() {
        updating = true;
    }
    let duplicate_name = uniquify(&mut out, &explicit);
    Ok(Rel { fields: out, updating, duplicate_name })
}

fn is_window_group(g: &Expr, scope: &Scope) -> bool {
    match g {
        Expr::Function(f) => {
            f.name.0.last().and_then(|p| p.as_ident()).is_some_and(|i| {
                ["TUMBLE", "HOP", "SESSION", "CUMULATE"].iter().any(|w| w.eq_ignore_ascii_case(&i.value))
            })
        }
        Expr::Identifier(id) => {
            (id.value == "window_start" || id.value == "window_end")
                && scope.fields.iter().any(|f| f.name == "window_time")
        }
        _ => false,
    }
}

/// Every column reference outside an aggregate must be grouped.
fn check_grouped(t: &ExprTyper<'_>, items: &[Expr], groups: &[Expr]) -> Result<(), Diagnostic> {
    let grouped: Vec<String> = groups.iter().flat_map(flatten_group).map(|g| normalize(&g)).collect();
    for item in items {
        check_expr_grouped(t, item, &grouped)?;
    }
    Ok(())
}

fn flatten_group(g: &Expr) -> Vec<Expr> {
    match g {
        Expr::GroupingSets(sets) | Expr::Cube(sets) | Expr::Rollup(sets) => sets.iter().flatten().cloned().collect(),
        Expr::Tuple(items) => items.clone(),
        other => vec![other.clone()],
    }
}

fn normalize(e: &Expr) -> String {
    match e {
        Expr::Nested(inner) => normalize(inner),
        Expr::CompoundIdentifier(parts) => parts.last().map(|p| p.value.clone()).unwrap_or_default(),
        other => other.to_string(),
    }
}

/// Group-window functions of the legacy syntax (`TUMBLE_START(ts, …)`) read the window.
fn is_group_window_function(e: &Expr) -> bool {
    match e {
        Expr::Function(f) => f.name.0.last().and_then(|p| p.as_ident()).is_some_and(|i| {
            let u = i.value.to_ascii_uppercase();
            ["TUMBLE_", "HOP_", "SESSION_", "CUMULATE_"].iter().any(|p| u.starts_with(p))
        }),
        _ => false,
    }
}

fn check_expr_grouped(t: &ExprTyper<'_>, e: &Expr, grouped: &[String]) -> Result<(), Diagnostic> {
    if grouped.contains(&normalize(e)) || is_aggregate_call(e) || is_group_window_function(e) {
        return Ok(());
    }
    match e {
        Expr::Identifier(_) | Expr::CompoundIdentifier(_) => {
            Err(t.err(e, format!("Expression '{}' is not being grouped", e.to_string().replace('`', ""))))
        }
        // An OVER window of a grouped query sees grouped values: its arguments, partition
        // and order keys must be grouped (or aggregates).
        Expr::Function(f) if f.over.is_some() => {
            for c in direct_children(e) {
                check_expr_grouped(t, c, grouped)?;
            }
            if let Some(sqlparser::ast::WindowType::WindowSpec(spec)) = &f.over {
                for key in spec.partition_by.iter().chain(spec.order_by.iter().map(|o| &o.expr)) {
                    check_expr_grouped(t, key, grouped)?;
                }
            }
            Ok(())
        }
        Expr::Subquery(_) | Expr::Exists { .. } | Expr::Value(_) | Expr::TypedString(_) | Expr::Interval(_) => Ok(()),
        _ => {
            for c in direct_children(e) {
                check_expr_grouped(t, c, grouped)?;
            }
            Ok(())
        }
    }
}

/// The direct sub-expressions of `e` (not inside subqueries).
pub(super) fn direct_children(e: &Expr) -> Vec<&Expr> {
    use sqlparser::ast::{FunctionArg, FunctionArgExpr, FunctionArguments};
    match e {
        Expr::BinaryOp { left, right, .. } => vec![left, right],
        Expr::UnaryOp { expr, .. } | Expr::Nested(expr) | Expr::IsNull(expr) | Expr::IsNotNull(expr) => vec![expr],
        Expr::IsTrue(x)
        | Expr::IsFalse(x)
        | Expr::IsNotTrue(x)
        | Expr::IsNotFalse(x)
        | Expr::IsUnknown(x)
        | Expr::IsNotUnknown(x) => vec![x],
        Expr::Cast { expr, .. } | Expr::Extract { expr, .. } | Expr::Ceil { expr, .. } | Expr::Floor { expr, .. } => {
            vec![expr]
        }
        Expr::Between { expr, low, high, .. } => vec![expr, low, high],
        Expr::Like { expr, pattern, .. } | Expr::SimilarTo { expr, pattern, .. } => vec![expr, pattern],
        Expr::In { expr, .. } => vec![expr],
        Expr::Case { operand, conditions, else_result, .. } => {
            let mut v: Vec<&Expr> = operand.iter().map(|b| b.as_ref()).collect();
            for c in conditions {
                v.push(&c.condition);
                v.push(&c.result);
            }
            v.extend(else_result.iter().map(|b| b.as_ref()));
            v
        }
        Expr::Substring { expr, substring_from, substring_for, .. } => {
            let mut v = vec![expr.as_ref()];
            v.extend(substring_from.iter().map(|b| b.as_ref()));
            v.extend(substring_for.iter().map(|b| b.as_ref()));
            v
        }
        Expr::Trim { expr, trim_what, .. } => {
            let mut v = vec![expr.as_ref()];
            v.extend(trim_what.iter().map(|b| b.as_ref()));
            v
        }
        Expr::Function(f) => match &f.args {
            FunctionArguments::List(l) => l
                .args
                .iter()
                .filter_map(|a| match a {
                    FunctionArg::Unnamed(FunctionArgExpr::Expr(x))
                    | FunctionArg::Named { arg: FunctionArgExpr::Expr(x), .. } => Some(x),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        },
        Expr::CompoundFieldAccess { root, .. } => vec![root],
        Expr::Array(a) => a.elem.iter().collect(),
        Expr::Tuple(items) => items.iter().collect(),
        _ => Vec::new(),
    }
}

/// ORDER BY: its expressions must type, and in streaming mode the first key must be a
/// time attribute in ascending order unless a LIMIT makes it a Top-N.
pub fn check_order_by(
    t: &ExprTyper<'_>,
    order: &OrderBy,
    rel: &Rel,
    body: &SetExpr,
    ctes: &Ctes,
    limited: bool,
) -> Result<(), Diagnostic> {
    let OrderByKind::Expressions(exprs) = &order.kind else { return Ok(()) };
    // ORDER BY sees the select list first, then the FROM columns.
    let mut source_scope = Scope { fields: Vec::new(), outer: Some(Box::new(t.scope.clone())) };
    if let SetExpr::Select(s) = body
        && let Ok((source, _)) = from_scope(t, &s.from, ctes)
    {
        source_scope.fields = source;
    }
    let scope = Scope { fields: rel.fields.clone(), outer: Some(Box::new(source_scope)) };
    let typer = ExprTyper::new(t.env, &scope, Clause::Select);
    let mut first: Option<(DataType, bool)> = None;
    for o in exprs {
        let ty = match &o.expr {
            Expr::Value(v) => match &v.value {
                sqlparser::ast::Value::Number(n, _) => {
                    let idx: usize = n.parse().unwrap_or(0);
                    rel.fields
                        .get(idx.wrapping_sub(1))
                        .map(|f| f.data_type.clone())
                        .ok_or_else(|| typer.err(&o.expr, "Ordinal out of range"))?
                }
                _ => typer.type_of(&o.expr)?,
            },
            other => typer.type_of(other)?,
        };
        if first.is_none() {
            first = Some((ty, !matches!(o.options.sort, Some(sqlparser::ast::OrderBySort::Desc))));
        }
    }
    if t.env.streaming
        && !limited
        && let Some((ty, asc)) = first
        && (ty.time_attribute() == TimestampKind::Regular || !asc)
    {
        return Err(Diagnostic::error(
            "Sort on a non-time-attribute field is not supported.",
            t.env.loc.span(order_span(exprs)),
        ));
    }
    Ok(())
}

fn order_span(exprs: &[sqlparser::ast::OrderByExpr]) -> sqlparser::tokenizer::Span {
    exprs.first().map(|e| e.expr.span()).unwrap_or(sqlparser::tokenizer::Span::empty())
}
