//! The FROM clause: named tables and views, CTEs, derived tables, joins, UNNEST, window
//! table functions and lateral table functions, building the scope the rest of the query
//! sees.

use sluice_common::{DataType, Diagnostic, Span, TypeKind};
use sqlparser::ast::{
    Expr, JoinConstraint, JoinOperator, ObjectName as SqlObjectName, Spanned, TableAlias, TableFactor, TableWithJoins,
};

use super::{Ctes, Rel, rename, window_tvf};
use crate::catalog::CatalogObject;
use crate::env::SourceUse;
use crate::expr::{Clause, ExprTyper, Field, Scope};
use crate::identifier::ObjectIdentifier;
use crate::types::family::calcite_name;

fn parts(name: &SqlObjectName) -> Vec<String> {
    name.0.iter().filter_map(|p| p.as_ident()).map(|i| i.value.clone()).collect()
}

/// A named relation in FROM: a CTE, a view or a table.
pub fn named_relation(t: &ExprTyper<'_>, name: &SqlObjectName, ctes: &Ctes, span: Span) -> Result<Rel, Diagnostic> {
    let names = parts(name);
    if names.len() == 1
        && let Some(rel) = ctes.get(&names[0])
    {
        return Ok(rel.clone());
    }
    let (id, obj) = lookup(t, &names, span)?;
    match obj {
        CatalogObject::Table(table) => {
            let hint_options = match table_hint(t, span) {
                Some(h) => crate::hints::options_of(t.env, h)?,
                None => Vec::new(),
            };
            t.env.sources.borrow_mut().push(SourceUse { id: id.clone(), span, hint_options });
            let fields = table
                .schema
                .columns
                .iter()
                .map(|c| Field { qualifier: None, name: c.name.clone(), data_type: c.data_type.clone() })
                .collect();
            Ok(Rel { fields, updating: false, duplicate_name: None })
        }
        CatalogObject::View(view) => {
            if table_hint(t, span).is_some_and(|h| h.name.eq_ignore_ascii_case("OPTIONS")) {
                return Err(Diagnostic::error(
                    format!(
                        "View '{}' cannot be enriched with new options. Hints can only be applied to tables.",
                        id.quoted()
                    ),
                    span,
                ));
            }
            // A view expands to its query, which must still be valid (its tables may be gone),
            // and the tables it reads are read too.
            expand_view(t, &view.query, span)?;
            t.env.sources.borrow_mut().extend(view.sources.iter().map(|s| SourceUse {
                id: s.clone(),
                span,
                hint_options: Vec::new(),
            }));
            let fields = view
                .schema
                .columns
                .iter()
                .map(|c| Field { qualifier: None, name: c.name.clone(), data_type: c.data_type.clone() })
                .collect();
            Ok(Rel { fields, updating: view.updating, duplicate_name: None })
        }
    }
}

/// The hint written right after a table name.
fn table_hint<'a>(t: &'a ExprTyper<'_>, name_span: Span) -> Option<&'a sluice_sql::ast::Hint> {
    let loc = t.env.loc;
    t.env.hints.iter().find(|h| {
        h.span.start >= name_span.end
            && loc
                .text()
                .get(name_span.end - loc.base()..h.span.start - loc.base())
                .is_some_and(|gap| gap.trim().is_empty())
    })
}

/// Re-validates a view's query against the current catalog; errors point at the view's use.
fn expand_view(t: &ExprTyper<'_>, query: &str, span: Span) -> Result<(), Diagnostic> {
    let Ok(sluice_sql::Statement::Query(q)) = sluice_sql::parse_statement(query) else { return Ok(()) };
    let loc = sluice_sql::Locator::new(query, 0);
    let env = crate::env::Env::new(t.env.catalog, &loc, t.env.streaming);
    let scope = Scope::default();
    let typer = ExprTyper::new(&env, &scope, Clause::Select);
    super::type_query(&typer, &q, &Ctes::default()).map(|_| ()).map_err(|d| {
        let mut d = Diagnostic::error(d.message, span);
        d.notes.push("in the query of this view".to_string());
        d
    })
}

/// Resolves 1–3 name parts to a catalog object, with Calcite's "not found" messages.
pub fn lookup(
    t: &ExprTyper<'_>,
    names: &[String],
    span: Span,
) -> Result<(ObjectIdentifier, CatalogObject), Diagnostic> {
    let cm = t.env.catalog;
    let cur = &cm.names;
    let not_found = |what: &str, within: Option<String>| {
        let msg = match within {
            Some(w) => format!("Object '{what}' not found within '{w}'"),
            None => format!("Object '{what}' not found"),
        };
        Diagnostic::error(msg, span)
    };
    let id = match names {
        [o] => ObjectIdentifier {
            catalog: cur.current_catalog.clone(),
            database: cur.current_database.clone(),
            object: o.clone(),
        },
        [d, o] => {
            if !cm.catalogs.get(&cur.current_catalog).is_some_and(|c| c.databases.contains_key(d)) {
                return Err(not_found(d, None));
            }
            ObjectIdentifier { catalog: cur.current_catalog.clone(), database: d.clone(), object: o.clone() }
        }
        [c, d, o] => {
            let Some(cat) = cm.catalogs.get(c) else { return Err(not_found(c, None)) };
            if !cat.databases.contains_key(d) {
                return Err(not_found(d, Some(c.clone())));
            }
            ObjectIdentifier { catalog: c.clone(), database: d.clone(), object: o.clone() }
        }
        _ => return Err(Diagnostic::error(format!("Table '{}' not found", names.join(".")), span)),
    };
    match cm.lookup(&id) {
        Some(obj) => Ok((id, obj.clone())),
        None if names.len() == 1 => Err(not_found(&names[0], None)),
        None => Err(not_found(&id.object, Some(format!("{}.{}", id.catalog, id.database)))),
    }
}

fn qualify(mut rel: Rel, qualifier: &str) -> Vec<Field> {
    for f in &mut rel.fields {
        f.qualifier = Some(qualifier.to_string());
    }
    rel.fields
}

fn alias_parts(alias: &Option<TableAlias>) -> (Option<String>, Vec<String>) {
    match alias {
        Some(a) => (Some(a.name.value.clone()), a.columns.iter().map(|c| c.name.value.clone()).collect()),
        None => (None, Vec::new()),
    }
}

/// The scope of a FROM clause (empty for `SELECT` without FROM) and whether it updates.
pub fn from_scope(t: &ExprTyper<'_>, from: &[TableWithJoins], ctes: &Ctes) -> Result<(Vec<Field>, bool), Diagnostic> {
    let mut fields = Vec::new();
    let mut updating = false;
    for twj in from {
        let (f, u) = factor(t, &twj.relation, ctes, &fields)?;
        fields.extend(f);
        updating |= u;
        for join in &twj.joins {
            super::temporal::check_temporal_join(t, join, &fields)?;
            let (right, u) = factor(t, &join.relation, ctes, &fields)?;
            updating |= u;
            let (left_nullable, right_nullable, constraint) = match &join.join_operator {
                JoinOperator::Join(c) | JoinOperator::Inner(c) => (false, false, Some(c)),
                JoinOperator::Left(c) | JoinOperator::LeftOuter(c) => (false, true, Some(c)),
                JoinOperator::Right(c) | JoinOperator::RightOuter(c) => (true, false, Some(c)),
                JoinOperator::FullOuter(c) => (true, true, Some(c)),
                JoinOperator::CrossJoin(c) => (false, false, Some(c)),
                JoinOperator::CrossApply => (false, false, None),
                JoinOperator::OuterApply => (false, true, None),
                other => {
                    return Err(Diagnostic::error(
                        format!("sluice does not support this join: {other:?}").chars().take(80).collect::<String>(),
                        t.env.loc.span(join.relation.span()),
                    ));
                }
            };
            let join_span = || t.env.loc.span(join.relation.span());
            match (&join.join_operator, constraint) {
                (
                    JoinOperator::CrossJoin(_),
                    Some(JoinConstraint::On(_) | JoinConstraint::Using(_) | JoinConstraint::Natural),
                ) => {
                    return Err(Diagnostic::error(
                        "Cannot specify condition (NATURAL keyword, or ON or USING clause) following CROSS JOIN",
                        join_span(),
                    ));
                }
                (JoinOperator::CrossJoin(_), _) => {}
                (_, Some(JoinConstraint::None)) => {
                    return Err(Diagnostic::error(
                        "INNER, LEFT, RIGHT or FULL join requires a condition (NATURAL keyword or ON or USING clause)",
                        join_span(),
                    ));
                }
                _ => {}
            }
            if left_nullable {
                for f in &mut fields {
                    f.data_type.nullable = true;
                }
            }
            let mut right = right;
            if right_nullable {
                for f in &mut right {
                    f.data_type.nullable = true;
                }
            }
            updating |= left_nullable || right_nullable;
            fields.extend(right);
            match constraint {
                Some(JoinConstraint::On(cond)) => {
                    let scope = Scope { fields: fields.clone(), outer: Some(Box::new(t.scope.clone())) };
                    let ty = ExprTyper::new(t.env, &scope, Clause::NoAggregates).type_of(cond)?;
                    if !matches!(ty.kind, TypeKind::Boolean | TypeKind::Null) {
                        return Err(Diagnostic::error(
                            "JOIN condition must be a condition",
                            t.env.loc.span(cond.span()),
                        ));
                    }
                }
                Some(JoinConstraint::Using(cols)) => {
                    let mut common = Vec::new();
                    for c in cols {
                        let name = parts(c).join(".");
                        if fields.iter().filter(|f| f.name == name).count() < 2 {
                            return Err(Diagnostic::error(
                                format!("Column '{name}' not found in any table"),
                                t.env.loc.span(c.span()),
                            ));
                        }
                        common.push(name);
                    }
                    fields = merge_using(fields, &common);
                }
                _ => {}
            }
        }
    }
    Ok((fields, updating))
}

/// The columns of `a JOIN b USING (c, …)`: each common column once (the first, left one),
/// first in USING order, then the other columns in order.
fn merge_using(fields: Vec<Field>, common: &[String]) -> Vec<Field> {
    let mut merged: Vec<Field> = common.iter().filter_map(|c| fields.iter().find(|f| &f.name == c).cloned()).collect();
    merged.extend(fields.into_iter().filter(|f| !common.contains(&f.name)));
    merged
}

fn factor(t: &ExprTyper<'_>, f: &TableFactor, ctes: &Ctes, left: &[Field]) -> Result<(Vec<Field>, bool), Diagnostic> {
    let span = t.env.loc.span(f.span());
    match f {
        TableFactor::Table { name, alias, args: Some(args), .. }
            if parts(name).last().is_some_and(|n| n.eq_ignore_ascii_case("UNNEST")) =>
        {
            let scope = Scope { fields: left.to_vec(), outer: Some(Box::new(t.scope.clone())) };
            let typer = ExprTyper::new(t.env, &scope, Clause::NoAggregates);
            let mut fields = Vec::new();
            for a in &args.args {
                match a {
                    sqlparser::ast::FunctionArg::Unnamed(sqlparser::ast::FunctionArgExpr::Expr(e)) => {
                        fields.extend(unnest_fields(&typer, e)?)
                    }
                    _ => return Err(Diagnostic::error("SQL parse failed. Encountered \"UNNEST\"", span)),
                }
            }
            let mut rel = Rel { fields, updating: false, duplicate_name: None };
            let (qual, cols) = alias_parts(alias);
            rename(t, &mut rel, &cols, f)?;
            Ok((qualify(rel, &qual.unwrap_or_default()), false))
        }
        TableFactor::Table { name, alias, args, version, .. } => {
            if args.is_some() {
                return Err(Diagnostic::error("sluice does not support table function calls in this form", span));
            }
            let mut rel = named_relation(t, name, ctes, t.env.loc.span(name.span()))?;
            if let Some(v) = version {
                let sqlparser::ast::TableVersion::ForSystemTimeAsOf(expr) = v else {
                    return Err(Diagnostic::error("SQL parse failed. Encountered \"FOR\"", span));
                };
                let scope = Scope { fields: left.to_vec(), outer: None };
                let typer = ExprTyper::new(t.env, &scope, Clause::NoAggregates);
                typer.type_of(expr)?;
                super::temporal::time_travel(&typer, expr)?;
            }
            let (qual, cols) = alias_parts(alias);
            rename(t, &mut rel, &cols, f)?;
            let qualifier = qual.unwrap_or_else(|| parts(name).last().cloned().unwrap_or_default());
            let updating = rel.updating;
            Ok((qualify(rel, &qualifier), updating))
        }
        TableFactor::Derived { subquery, alias, .. } => {
            let scope = Scope { fields: left.to_vec(), outer: Some(Box::new(t.scope.clone())) };
            let typer = ExprTyper::new(t.env, &scope, Clause::Select);
            let mut rel = super::type_query(&typer, subquery, ctes)?;
            let (qual, cols) = alias_parts(alias);
            rename(t, &mut rel, &cols, f)?;
            let updating = rel.updating;
            Ok((qualify(rel, &qual.unwrap_or_default()), updating))
        }
        TableFactor::NestedJoin { table_with_joins, alias } => {
            let (fields, updating) = from_scope(t, std::slice::from_ref(table_with_joins), ctes)?;
            let (qual, _) = alias_parts(alias);
            let fields = match qual {
                Some(q) => fields
                    .into_iter()
                    .map(|mut f| {
                        f.qualifier = Some(q.clone());
                        f
                    })
                    .collect(),
                None => fields,
            };
            Ok((fields, updating))
        }
        TableFactor::UNNEST { alias, array_exprs, with_ordinality, .. } => {
            let scope = Scope { fields: left.to_vec(), outer: Some(Box::new(t.scope.clone())) };
            let typer = ExprTyper::new(t.env, &scope, Clause::NoAggregates);
            let mut fields = Vec::new();
            for e in array_exprs {
                fields.extend(unnest_fields(&typer, e)?);
            }
            if *with_ordinality {
                fields.push(Field {
                    qualifier: None,
                    name: "ORDINALITY".into(),
                    data_type: DataType::not_null(TypeKind::Int),
                });
            }
            let mut rel = Rel { fields, updating: false, duplicate_name: None };
            let (qual, cols) = alias_parts(alias);
            rename(t, &mut rel, &cols, f)?;
            Ok((qualify(rel, &qual.unwrap_or_default()), false))
        }
        TableFactor::TableFunction { expr, alias } => table_function(t, expr, alias, left, ctes, f),
        TableFactor::Function { alias, .. } => {
            let call = expr_of_function(f)
                .ok_or_else(|| Diagnostic::error("sluice does not support this table function form", span))?;
            table_function(t, &call, alias, left, ctes, f)
        }
        TableFactor::MatchRecognize {
            table,
            partition_by,
            order_by,
            measures,
            rows_per_match,
            pattern,
            symbols,
            alias,
            ..
        } => {
            let (input, _) = factor(t, table, ctes, left)?;
            let clause = super::match_recognize::MatchClause {
                partition_by,
                order_by,
                measures,
                rows_per_match: rows_per_match.as_ref(),
                pattern,
                symbols,
                span,
            };
            let rel = super::match_recognize::match_rel(t, input, &clause)?;
            let (qual, _) = alias_parts(alias);
            Ok((qualify(rel, &qual.unwrap_or_default()), false))
        }
        _ => Err(Diagnostic::error(format!("sluice does not support this FROM item: {f}"), span)),
    }
}

fn table_function(
    t: &ExprTyper<'_>,
    call: &Expr,
    alias: &Option<TableAlias>,
    left: &[Field],
    ctes: &Ctes,
    f: &TableFactor,
) -> Result<(Vec<Field>, bool), Diagnostic> {
    let mut rel = window_tvf::table_function(t, call, left, ctes, t.env.loc.span(f.span()))?;
    let (qual, cols) = alias_parts(alias);
    rename(t, &mut rel, &cols, f)?;
    let updating = rel.updating;
    Ok((qualify(rel, &qual.unwrap_or_default()), updating))
}

fn expr_of_function(f: &TableFactor) -> Option<Expr> {
    match f {
        TableFactor::Function { name, args, .. } => Some(Expr::Function(sqlparser::ast::Function {
            name: name.clone(),
            uses_odbc_syntax: false,
            parameters: sqlparser::ast::FunctionArguments::None,
            args: sqlparser::ast::FunctionArguments::List(sqlparser::ast::FunctionArgumentList {
                duplicate_treatment: None,
                args: args.clone(),
                clauses: Vec::new(),
            }),
            within_group: Vec::new(),
            filter: None,
            null_treatment: None,
            over: None,
        })),
        _ => None,
    }
}

fn unnest_fields(t: &ExprTyper<'_>, e: &Expr) -> Result<Vec<Field>, Diagnostic> {
    let ty = t.type_of(e)?;
    let field = |name: &str, data_type: DataType| Field { qualifier: None, name: name.to_string(), data_type };
    match &ty.kind {
        TypeKind::Array(el) | TypeKind::Multiset(el) => match &el.kind {
            TypeKind::Row(fs) => Ok(fs.iter().map(|f| field(&f.name, f.data_type.clone())).collect()),
            _ => Ok(vec![field("EXPR$0", (**el).clone())]),
        },
        TypeKind::Map(k, v) => Ok(vec![field("KEY", (**k).clone()), field("VALUE", (**v).clone())]),
        _ => Err(t.err(e, format!("Cannot apply 'UNNEST' to arguments of type 'UNNEST(<{}>)'. Supported form(s): 'UNNEST(<MULTISET>)'\n'UNNEST(<ARRAY>)'\n'UNNEST(<MAP>)'", calcite_name(&ty)))),
    }
}
