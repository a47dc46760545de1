//! Table-valued functions in FROM: Flink's window TVFs (`TUMBLE`, `HOP`, `CUMULATE`,
//! `SESSION`) over `TABLE t` with `DESCRIPTOR(timecol)`, and user table functions.

use sluice_common::{DataType, Diagnostic, Span, TimestampKind, TypeKind};
use sqlparser::ast::{Expr, FunctionArg, FunctionArgExpr, FunctionArguments, Spanned};

use super::{Ctes, Rel};
use crate::expr::{Clause, ExprTyper, Field, Scope};

fn arg_expr(a: &FunctionArg) -> Option<&Expr> {
    match a {
        FunctionArg::Unnamed(FunctionArgExpr::Expr(e)) => Some(e),
        FunctionArg::Named { arg: FunctionArgExpr::Expr(e), .. } => Some(e),
        FunctionArg::ExprNamed { arg: FunctionArgExpr::Expr(e), .. } => Some(e),
        _ => None,
    }
}

/// The relation a table function call in FROM produces.
pub fn table_function(
    t: &ExprTyper<'_>,
    call: &Expr,
    left: &[Field],
    ctes: &Ctes,
    span: Span,
) -> Result<Rel, Diagnostic> {
    let Expr::Function(f) = call else {
        return Err(Diagnostic::error(format!("sluice does not support this table function: {call}"), span));
    };
    let name: Vec<&str> = f.name.0.iter().filter_map(|p| p.as_ident()).map(|i| i.value.as_str()).collect();
    let upper = name.last().copied().unwrap_or("").to_ascii_uppercase();
    let args: Vec<&Expr> = match &f.args {
        FunctionArguments::List(l) => l.args.iter().filter_map(arg_expr).collect(),
        _ => Vec::new(),
    };
    let (min, max) = match upper.as_str() {
        "TUMBLE" => (3, 4),
        "HOP" | "CUMULATE" => (4, 5),
        "SESSION" => (3, 3),
        _ => return user_table_function(t, f, &name, &args, left, span),
    };
    if args.len() < min || args.len() > max {
        return Err(Diagnostic::error(
            format!("Invalid number of arguments to function '{upper}'. Was expecting {min} arguments"),
            span,
        ));
    }
    let input = match args[0] {
        Expr::Prefixed { value, .. } => {
            let table_name = match value.as_ref() {
                // `TABLE t PARTITION BY k` keeps its partition keys in the text.
                Expr::Identifier(i) if i.value.contains(" PARTITION BY ") => {
                    let name = i.value.split(" PARTITION BY ").next().unwrap_or("");
                    let parts: Vec<sqlparser::ast::Ident> =
                        name.split('.').map(|p| sqlparser::ast::Ident::new(p.trim_matches('`'))).collect();
                    sqlparser::ast::ObjectName::from(parts)
                }
                Expr::Identifier(i) => sqlparser::ast::ObjectName::from(vec![i.clone()]),
                Expr::CompoundIdentifier(parts) => sqlparser::ast::ObjectName::from(parts.clone()),
                _ => return Err(Diagnostic::error("SQL parse failed. Encountered \"TABLE\"", span)),
            };
            super::from::named_relation(t, &table_name, ctes, t.env.loc.span(value.span()))?
        }
        Expr::Subquery(q) => super::type_query(t, q, ctes)?,
        other => {
            return Err(Diagnostic::error(
                format!("Cannot apply '{upper}' to arguments: the first argument must be a table: TABLE t"),
                t.env.loc.span(other.span()),
            ));
        }
    };
    let descriptor = args[1];
    let col = descriptor_column(t, descriptor)?;
    let Some(time_field) = input.fields.iter().find(|fl| fl.name == col) else {
        return Err(Diagnostic::error(
            format!("Column '{col}' not found in any table"),
            t.env.loc.span(descriptor.span()),
        ));
    };
    let window_time = match time_field.data_type.time_attribute() {
        TimestampKind::Regular => {
            return Err(Diagnostic::error(
                format!(
                    "The window function requires the timecol is a time attribute type, but is {}.",
                    time_field.data_type.summary()
                ),
                t.env.loc.span(descriptor.span()),
            ));
        }
        _ => time_field.data_type.clone().with_nullable(false),
    };
    let scope = Scope { fields: left.to_vec(), outer: None };
    let typer = ExprTyper::new(t.env, &scope, Clause::NoAggregates);
    for a in &args[2..] {
        let ty = typer.type_of(a)?;
        if !ty.is_interval() {
            return Err(Diagnostic::error(
                format!("Cannot apply '{upper}' to arguments: window size must be an INTERVAL, got {}", ty.summary()),
                t.env.loc.span(a.span()),
            ));
        }
    }
    super::window_checks::check_window_tvf(&typer, &upper, &args[2..], call);
    let mut fields = input.fields;
    let ts = |kind| DataType::not_null(TypeKind::Timestamp(3, kind));
    fields.push(Field { qualifier: None, name: "window_start".into(), data_type: ts(TimestampKind::Regular) });
    fields.push(Field { qualifier: None, name: "window_end".into(), data_type: ts(TimestampKind::Regular) });
    fields.push(Field { qualifier: None, name: "window_time".into(), data_type: window_time });
    Ok(Rel { fields, updating: false, duplicate_name: None })
}

fn descriptor_column(t: &ExprTyper<'_>, e: &Expr) -> Result<String, Diagnostic> {
    if let Expr::Function(f) = e {
        let is_descriptor =
            f.name.0.last().and_then(|p| p.as_ident()).is_some_and(|i| i.value.eq_ignore_ascii_case("DESCRIPTOR"));
        if let (true, FunctionArguments::List(l)) = (is_descriptor, &f.args)
            && let Some(Expr::Identifier(id)) = l.args.first().and_then(arg_expr)
        {
            return Ok(id.value.clone());
        }
    }
    Err(Diagnostic::error(
        "The second argument of a window function must be DESCRIPTOR(timecol)",
        t.env.loc.span(e.span()),
    ))
}

fn user_table_function(
    t: &ExprTyper<'_>,
    f: &sqlparser::ast::Function,
    name: &[&str],
    args: &[&Expr],
    left: &[Field],
    span: Span,
) -> Result<Rel, Diagnostic> {
    let scope = Scope { fields: left.to_vec(), outer: None };
    let typer = ExprTyper::new(t.env, &scope, Clause::NoAggregates);
    let types = args.iter().map(|a| typer.type_of(a)).collect::<Result<Vec<_>, _>>()?;
    let joined = name.join(".");
    let _ = f;
    if t.env.functions.is_user_function(&joined) {
        return Err(Diagnostic::error(
            format!(
                "Function '{joined}' is defined by a class that must be on Flink's class path; sluice cannot load it"
            ),
            span,
        ));
    }
    Err(Diagnostic::error(
        format!("No match found for function signature {joined}({})", ExprTyper::families(&types)),
        span,
    ))
}
