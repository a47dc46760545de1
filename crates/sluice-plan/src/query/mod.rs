//! Types of queries: FROM (tables, views, CTEs, subqueries, joins, window TVFs, UNNEST),
//! SELECT lists with grouping, set operations and VALUES. The result is a row type and
//! whether the query produces updates (which append-only sinks reject).

mod conversion;
mod correlation;
mod from;
mod hint_checks;
mod match_recognize;
mod select;
mod streaming_checks;
mod temporal;
mod window_checks;
mod window_tvf;

use sluice_common::{DataType, Diagnostic, TypeKind};
use sqlparser::ast::{Expr, Query, SetExpr, SetOperator, Spanned};

use crate::expr::{Clause, ExprTyper, Field, Scope};
use crate::types::common::least_restrictive;

pub use streaming_checks::BATCH_ONLY_WINDOW_FUNCTIONS;

/// A query's result: named columns and whether rows may be updated or retracted later.
#[derive(Debug, Clone, Default)]
pub struct Rel {
    /// Output columns (qualifier unset).
    pub fields: Vec<Field>,
    /// The result is an update stream (unwindowed aggregation, outer join, …).
    pub updating: bool,
    /// A select-list name written twice (Calcite renames the second; views reject it).
    pub duplicate_name: Option<String>,
}

/// CTEs visible to a query.
#[derive(Debug, Clone, Default)]
pub struct Ctes {
    entries: Vec<(String, Rel)>,
}

impl Ctes {
    fn get(&self, name: &str) -> Option<&Rel> {
        self.entries.iter().rev().find(|(n, _)| n == name).map(|(_, r)| r)
    }
}

/// Types `q` with `outer` as the scope of correlated references.
pub fn type_query(t: &ExprTyper<'_>, q: &Query, ctes: &Ctes) -> Result<Rel, Diagnostic> {
    let mut ctes = ctes.clone();
    if let Some(with) = &q.with {
        for cte in &with.cte_tables {
            let mut rel = type_query(t, &cte.query, &ctes)?;
            rename(
                t,
                &mut rel,
                &cte.alias.columns.iter().map(|c| c.name.value.clone()).collect::<Vec<_>>(),
                cte.query.as_ref(),
            )?;
            ctes.entries.push((cte.alias.name.value.clone(), rel));
        }
    }
    let rel = set_expr(t, &q.body, &ctes, q)?;
    streaming_checks::check_query(t, q)?;
    if let Some(sqlparser::ast::LimitClause::LimitOffset { limit: Some(limit), .. }) = &q.limit_clause
        && !matches!(limit, Expr::Value(_))
    {
        return Err(Diagnostic::error(
            format!("SQL parse failed. Encountered \"{limit}\""),
            t.env.loc.span(limit.span()),
        ));
    }
    if let Some(order) = &q.order_by {
        select::check_order_by(t, order, &rel, &q.body, &ctes, q.limit_clause.is_some() || q.fetch.is_some())?;
    }
    Ok(rel)
}

fn set_expr(t: &ExprTyper<'_>, body: &SetExpr, ctes: &Ctes, q: &Query) -> Result<Rel, Diagnostic> {
    match body {
        SetExpr::Select(s) => select::type_select(t, s, ctes),
        SetExpr::Query(inner) => type_query(t, inner, ctes),
        SetExpr::Values(v) => values(t, &v.rows.iter().map(|r| r.content.clone()).collect::<Vec<_>>(), q),
        SetExpr::SetOperation { left, op, right, .. } => {
            let l = set_expr(t, left, ctes, q)?;
            let r = set_expr(t, right, ctes, q)?;
            let name = match op {
                SetOperator::Union => "UNION",
                SetOperator::Except => "EXCEPT",
                SetOperator::Intersect => "INTERSECT",
                SetOperator::Minus => {
                    return Err(Diagnostic::error(
                        "SQL parse failed. MINUS is not allowed under the current SQL conformance level",
                        t.env.loc.span(body.span()),
                    ));
                }
            };
            if l.fields.len() != r.fields.len() {
                return Err(Diagnostic::error(
                    format!("Column count mismatch in {name}"),
                    t.env.loc.span(right.span()),
                ));
            }
            let mut fields = Vec::with_capacity(l.fields.len());
            for (i, (a, b)) in l.fields.iter().zip(&r.fields).enumerate() {
                let mut common = least_restrictive(&[a.data_type.clone(), b.data_type.clone()]).ok_or_else(|| {
                    Diagnostic::error(
                        format!("Type mismatch in column {} of {name}", i + 1),
                        t.env.loc.span(body.span()),
                    )
                })?;
                // The left input's time attribute survives a UNION of equal timestamp types.
                if a.data_type.time_attribute() != sluice_common::TimestampKind::Regular
                    && a.data_type.without_time_attribute().kind == common.kind
                {
                    common.kind = a.data_type.kind.clone();
                }
                fields.push(Field { qualifier: None, name: a.name.clone(), data_type: common });
            }
            let dedup =
                !matches!(body, SetExpr::SetOperation { set_quantifier: sqlparser::ast::SetQuantifier::All, .. });
            Ok(Rel {
                fields,
                updating: l.updating || r.updating || dedup || !matches!(op, SetOperator::Union),
                duplicate_name: l.duplicate_name,
            })
        }
        SetExpr::Table(tb) => {
            let parts: Vec<sqlparser::ast::Ident> =
                tb.schema_name.iter().chain(tb.table_name.iter()).cloned().collect();
            let name = sqlparser::ast::ObjectName::from(parts);
            from::named_relation(t, &name, ctes, t.env.loc.span(body.span()))
        }
        other => Err(Diagnostic::error(
            format!("sluice does not support this query form: {other}"),
            t.env.loc.span(other.span()),
        )),
    }
}

/// `VALUES (…), (…)`: one type per column, untyped NULL rejected.
pub fn values(t: &ExprTyper<'_>, rows: &[Vec<Expr>], q: &Query) -> Result<Rel, Diagnostic> {
    let scope = Scope { fields: Vec::new(), outer: Some(Box::new(t.scope.clone())) };
    let typer = ExprTyper::new(t.env, &scope, Clause::NoAggregates);
    let width = rows.first().map(|r| r.len()).unwrap_or(0);
    let mut columns: Vec<Vec<DataType>> = vec![Vec::new(); width];
    for row in rows {
        if row.len() != width {
            return Err(Diagnostic::error("Incompatible types", t.env.loc.span(q.span())));
        }
        for (i, cell) in row.iter().enumerate() {
            // Flink's VALUES takes no untyped NULL, whatever the other rows hold.
            if crate::expr::is_null_literal(cell) {
                return Err(Diagnostic::error("Illegal use of 'NULL'", t.env.loc.span(cell.span())));
            }
            columns[i].push(typer.type_of(cell)?);
        }
    }
    let mut fields = Vec::with_capacity(width);
    for (i, col) in columns.iter().enumerate() {
        if col.iter().all(|c| c.kind == TypeKind::Null) {
            let cell = rows.iter().map(|r| &r[i]).next().expect("at least one row");
            return Err(Diagnostic::error("Illegal use of 'NULL'", t.env.loc.span(cell.span())));
        }
        let common =
            least_restrictive(col).ok_or_else(|| Diagnostic::error("Incompatible types", t.env.loc.span(q.span())))?;
        fields.push(Field { qualifier: None, name: format!("EXPR${i}"), data_type: common });
    }
    Ok(Rel { fields, updating: false, duplicate_name: None })
}

/// Renames a relation's columns by an alias list `(a, b, …)`.
pub fn rename(t: &ExprTyper<'_>, rel: &mut Rel, names: &[String], at: &impl Spanned) -> Result<(), Diagnostic> {
    if names.is_empty() {
        return Ok(());
    }
    if names.len() != rel.fields.len() {
        return Err(Diagnostic::error(
            format!(
                "List of column aliases must have same degree as table; table has {} columns {:?}, whereas alias list has {} columns",
                rel.fields.len(),
                rel.fields.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(),
                names.len()
            ),
            t.env.loc.span(at.span()),
        ));
    }
    for (f, n) in rel.fields.iter_mut().zip(names) {
        f.name = n.clone();
    }
    Ok(())
}

/// Types a subquery used inside an expression (IN, EXISTS): its columns.
pub fn type_subquery(t: &ExprTyper<'_>, q: &Query) -> Result<Vec<Field>, Diagnostic> {
    let fields = type_query(t, q, &Ctes::default())?.fields;
    correlation::check_subquery(t, q);
    Ok(fields)
}

/// The type of a scalar subquery `(SELECT x …)`: its single column, nullable.
pub fn scalar_subquery(t: &ExprTyper<'_>, q: &Query, e: &Expr) -> Result<DataType, Diagnostic> {
    let fields = type_subquery(t, q)?;
    if fields.len() != 1 {
        return Err(t.err(e, "Cannot apply '$SCALAR_QUERY' to arguments of type '$SCALAR_QUERY(<RECORDTYPE>)'. Supported form(s): '$SCALAR_QUERY(<RECORDTYPE(SINGLE FIELD)>)'"));
    }
    Ok(fields[0].data_type.clone().with_nullable(true))
}
