//! Result types of Flink's SQL/JSON functions: `JSON_VALUE` / `JSON_QUERY` (STRING or their
//! `RETURNING` type, always nullable), `JSON_EXISTS`, `JSON_STRING`, the constructors
//! `JSON_OBJECT` / `JSON_ARRAY` (STRING NOT NULL) and the aggregates `JSON_OBJECTAGG` /
//! `JSON_ARRAYAGG` (VARCHAR(2000) NOT NULL).

use sluice_common::types::MAX_LENGTH;
use sluice_common::{DataType, Diagnostic, TypeKind};
use sqlparser::ast::{Expr, Function, FunctionArgumentClause, FunctionArguments};

use super::ExprTyper;
use crate::types::family::calcite_name;
use crate::types::{nn, string};

/// The `RETURNING` type of a JSON_VALUE / JSON_QUERY call, if written.
fn returning(t: &ExprTyper<'_>, f: &Function, e: &Expr) -> Result<Option<DataType>, Diagnostic> {
    let FunctionArguments::List(list) = &f.args else { return Ok(None) };
    list.clauses
        .iter()
        .find_map(|c| match c {
            FunctionArgumentClause::JsonReturningClause(r) => Some(super::special::cast_target(t, &r.data_type, e)),
            _ => None,
        })
        .transpose()
}

/// JSON_OBJECT's keys: NOT NULL character strings.
fn object_keys(t: &ExprTyper<'_>, e: &Expr, args: &[&Expr], types: &[DataType]) -> Result<(), Diagnostic> {
    for (key, ty) in args.iter().zip(types).step_by(2) {
        if !(ty.is_character_string() || ty.kind == TypeKind::Null) {
            return Err(t.err(key, "Expected a character type"));
        }
        if ty.nullable {
            return Err(t.err(e, format!("Argument to function '{}' must not be NULL", qualified(t, key))));
        }
    }
    Ok(())
}

/// How Calcite names a column in "Argument to function 't.s' must not be NULL".
fn qualified(t: &ExprTyper<'_>, key: &Expr) -> String {
    match key {
        Expr::Identifier(id) => t
            .scope
            .fields
            .iter()
            .find(|f| f.name == id.value)
            .and_then(|f| f.qualifier.clone())
            .map(|q| format!("{q}.{}", id.value))
            .unwrap_or_else(|| id.value.clone()),
        other => other.to_string(),
    }
}

/// The path of JSON_VALUE / JSON_QUERY must be a string.
fn path_is_string(t: &ExprTyper<'_>, e: &Expr, name: &str, types: &[DataType]) -> Result<(), Diagnostic> {
    match types.get(1) {
        Some(p) if !(p.is_character_string() || p.kind == TypeKind::Null) => {
            let actual = types.iter().map(|x| format!("<{}>", calcite_name(x))).collect::<Vec<_>>().join(", ");
            Err(t.err(e, format!("Cannot apply '{name}' to arguments of type '{name}({actual})'.")))
        }
        _ => Ok(()),
    }
}

/// Flink's message for a JSON_OBJECTAGG key that is not a string.
fn key_must_be_string(t: &ExprTyper<'_>, e: &Expr, function: &str, types: &[DataType]) -> Option<Diagnostic> {
    if types.iter().step_by(2).all(|k| k.is_character_string() || k.kind == TypeKind::Null) {
        return None;
    }
    let actual = types.iter().map(|x| format!("<{}>", calcite_name(x))).collect::<Vec<_>>().join(", ");
    Some(t.err(
        e,
        format!(
            "Cannot apply '{function}' to arguments of type '{function}({actual})'. Supported form(s): '{function}(<CHARACTER>, <ANY>)'"
        ),
    ))
}

/// The type of a JSON function call, `Ok(None)` when `name` is not one.
pub fn call(
    t: &ExprTyper<'_>,
    name: &str,
    f: &Function,
    args: &[&Expr],
    types: &[DataType],
    e: &Expr,
) -> Result<Option<DataType>, Diagnostic> {
    let planner_error = |message: String| t.env.planning_errors.borrow_mut().push(t.err(e, message));
    let result = match name {
        "JSON_VALUE" | "JSON_QUERY" => {
            if name == "JSON_VALUE" {
                path_is_string(t, e, name, types)?;
            }
            let ty = returning(t, f, e)?.map(|ty| ty.with_nullable(true)).unwrap_or_else(|| string(true));
            if name == "JSON_VALUE" && matches!(ty.kind, TypeKind::Array(_) | TypeKind::Map(..) | TypeKind::Row(_)) {
                planner_error(format!("Unsupported type '{}' for RETURNING in JSON_VALUE().", ty.summary()));
            }
            ty
        }
        "JSON_EXISTS" => {
            let literal_path = matches!(args.get(1), Some(Expr::Value(v)) if matches!(v.value, sqlparser::ast::Value::SingleQuotedString(_)));
            if types.first().is_some_and(|x| !x.is_character_string()) || !literal_path {
                planner_error(format!(
                    "Unsupported call: JSON_EXISTS({})",
                    types.iter().map(DataType::summary).collect::<Vec<_>>().join(", ")
                ));
            }
            DataType::nullable(TypeKind::Boolean)
        }
        "JSON_STRING" => {
            // Flink's JSON serialiser has no DATE.
            if types.first().is_some_and(|x| x.kind == TypeKind::Date) {
                return Err(t.err(e, "Invalid function call:"));
            }
            string(types.first().is_none_or(|x| x.nullable))
        }
        "JSON_OBJECT" => {
            object_keys(t, e, args, types)?;
            if types.iter().skip(1).step_by(2).any(|v| v.kind == TypeKind::Null) {
                planner_error("Type is not supported: ANY".into());
            }
            nn(TypeKind::VarChar(MAX_LENGTH))
        }
        "JSON_ARRAY" => {
            if types.is_empty() {
                t.env.view_errors.borrow_mut().push(t.err(e, "SQL parse failed. Encountered \"ON\"").with_note(
                    "Flink stores `JSON_ARRAY()` in a view as `JSON_ARRAY(ABSENT ON NULL)`, which its parser rejects",
                ));
            }
            if types.iter().any(|v| v.kind == TypeKind::Null) {
                planner_error("Type is not supported: ANY".into());
            }
            nn(TypeKind::VarChar(MAX_LENGTH))
        }
        "JSON_OBJECTAGG" => {
            if let Some(d) = key_must_be_string(t, e, "JSON_OBJECTAGG_NULL_ON_NULL", types) {
                return Err(d);
            }
            nn(TypeKind::VarChar(2000))
        }
        "JSON_ARRAYAGG" => nn(TypeKind::VarChar(2000)),
        _ => return Ok(None),
    };
    Ok(Some(result))
}
