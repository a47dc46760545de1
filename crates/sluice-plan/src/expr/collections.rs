//! Result types and argument checks of Flink 1.20's collection built-ins: `CARDINALITY`,
//! `ELEMENT`, the `ARRAY_*` functions and the `MAP_*` functions (Flink's own type
//! strategies, checked against the planner statement by statement).

use sluice_common::types::MAX_LENGTH;
use sluice_common::{DataType, Diagnostic, RowField, TypeKind};
use sqlparser::ast::Expr;

use super::ExprTyper;
use crate::types::casts::supports_implicit_cast;
use crate::types::common::least_restrictive;
use crate::types::family::{calcite_name, family_name};
use crate::types::{n, nullable_if_any};

/// Whether argument `index` of the collection function `name` may be an untyped `NULL`
/// (the element or index arguments: their type comes from the array).
pub fn null_allowed(name: &str, index: usize) -> bool {
    index > 0
        && matches!(
            name,
            "ARRAY_CONTAINS"
                | "ARRAY_POSITION"
                | "ARRAY_REMOVE"
                | "ARRAY_APPEND"
                | "ARRAY_PREPEND"
                | "ARRAY_JOIN"
                | "ARRAY_SLICE"
        )
}

/// "No match found for function signature F(<…>)": Flink's answer to a wrong argument count.
fn no_match(t: &ExprTyper<'_>, e: &Expr, name: &str, types: &[DataType]) -> Diagnostic {
    let args = types
        .iter()
        .map(|ty| match ty.kind {
            TypeKind::Array(_) | TypeKind::Multiset(_) | TypeKind::Map(..) => format!("<{}>", calcite_name(ty)),
            _ => format!("<{}>", family_name(ty)),
        })
        .collect::<Vec<_>>()
        .join(", ");
    t.err(e, format!("No match found for function signature {name}({args})."))
}

/// The element type of an ARRAY.
fn element(ty: &DataType) -> Option<&DataType> {
    match &ty.kind {
        TypeKind::Array(el) => Some(el),
        _ => None,
    }
}

/// Whether `needle` can be looked up in (or added to) an array of `el`.
fn fits_element(el: &DataType, needle: &DataType) -> bool {
    needle.kind == TypeKind::Null || supports_implicit_cast(needle, el)
}

/// Whether ARRAY_MAX / ARRAY_MIN can order values of this type.
fn orderable(el: &DataType) -> bool {
    el.is_numeric()
        || el.is_character_string()
        || el.is_binary_string()
        || el.is_datetime()
        || el.is_interval()
        || matches!(el.kind, TypeKind::Date | TypeKind::Time(_))
}

/// An ARRAY_SLICE position: INT or narrower (BIGINT is refused).
fn is_position_or_null(ty: &DataType) -> bool {
    ty.kind == TypeKind::Null || (ty.is_integer() && supports_implicit_cast(ty, &DataType::nullable(TypeKind::Int)))
}

fn is_boolean_or_null(ty: &DataType) -> bool {
    matches!(ty.kind, TypeKind::Boolean | TypeKind::Null)
}

fn is_character_or_null(ty: &DataType) -> bool {
    ty.is_character_string() || ty.kind == TypeKind::Null
}

/// The common type of several arrays or maps (ARRAY_CONCAT, ARRAY_UNION, MAP_UNION …).
fn common(types: &[DataType]) -> Option<DataType> {
    least_restrictive(types)
}

/// The type of a collection built-in, `Ok(None)` when `name` is not one.
pub fn call(t: &ExprTyper<'_>, name: &str, types: &[DataType], e: &Expr) -> Result<Option<DataType>, Diagnostic> {
    let invalid = || t.err(e, "Invalid function call:");
    let count = |min: usize, max: usize| {
        if types.len() < min || types.len() > max { Err(no_match(t, e, name, types)) } else { Ok(()) }
    };
    let all: Vec<&DataType> = types.iter().collect();
    let first_array = || element(&types[0]).cloned().ok_or_else(invalid);
    let result = match name {
        "CARDINALITY" => {
            count(1, 1)?;
            nullable_if_any(TypeKind::Int, &all)
        }
        "ELEMENT" => {
            count(1, 1)?;
            match &types[0].kind {
                TypeKind::Array(el) | TypeKind::Multiset(el) => (**el).clone().with_nullable(true),
                _ => return Err(invalid()),
            }
        }
        "ARRAY_CONTAINS" | "ARRAY_POSITION" | "ARRAY_REMOVE" => {
            count(2, 2)?;
            let el = first_array()?;
            if !fits_element(&el, &types[1]) {
                return Err(invalid());
            }
            match name {
                "ARRAY_CONTAINS" => DataType { kind: TypeKind::Boolean, nullable: types[0].nullable },
                "ARRAY_POSITION" => nullable_if_any(TypeKind::Int, &all),
                _ => types[0].without_time_attribute(),
            }
        }
        "ARRAY_APPEND" | "ARRAY_PREPEND" => {
            count(2, 2)?;
            let el = first_array()?;
            if !fits_element(&el, &types[1]) {
                return Err(invalid());
            }
            let needle_nullable = types[1].nullable || types[1].kind == TypeKind::Null;
            if needle_nullable && !el.nullable {
                n(TypeKind::Array(Box::new(el.with_nullable(true))))
            } else {
                nullable_if_any(types[0].without_time_attribute().kind, &all)
            }
        }
        "ARRAY_DISTINCT" | "ARRAY_REVERSE" => {
            count(1, 1)?;
            first_array()?;
            types[0].without_time_attribute()
        }
        "ARRAY_SORT" => {
            count(1, 3)?;
            first_array()?;
            if !types[1..].iter().all(is_boolean_or_null) {
                return Err(invalid());
            }
            nullable_if_any(types[0].without_time_attribute().kind, &all)
        }
        "ARRAY_SLICE" => {
            count(2, 3)?;
            first_array()?;
            if !types[1..].iter().all(is_position_or_null) {
                return Err(invalid());
            }
            nullable_if_any(types[0].without_time_attribute().kind, &all)
        }
        "ARRAY_MAX" | "ARRAY_MIN" => {
            count(1, 1)?;
            let el = first_array()?;
            if !orderable(&el) {
                return Err(invalid());
            }
            el.without_time_attribute().with_nullable(true)
        }
        "ARRAY_JOIN" => {
            count(2, 3)?;
            let el = first_array()?;
            if !el.is_character_string() || !types[1..].iter().all(is_character_or_null) {
                return Err(invalid());
            }
            nullable_if_any(TypeKind::VarChar(MAX_LENGTH), &all)
        }
        "ARRAY_CONCAT" | "ARRAY_UNION" | "ARRAY_EXCEPT" | "ARRAY_INTERSECT" => {
            if name == "ARRAY_CONCAT" {
                count(1, usize::MAX)?
            } else {
                count(2, 2)?
            };
            if !types.iter().all(|ty| element(ty).is_some()) {
                return Err(invalid());
            }
            common(types).ok_or_else(invalid)?
        }
        "MAP_KEYS" | "MAP_VALUES" | "MAP_ENTRIES" => {
            count(1, 1)?;
            let TypeKind::Map(k, v) = &types[0].kind else { return Err(invalid()) };
            let el = match name {
                "MAP_KEYS" => (**k).clone(),
                "MAP_VALUES" => (**v).clone(),
                _ => DataType::nullable(TypeKind::Row(vec![
                    RowField { name: "key".into(), data_type: (**k).clone(), description: None },
                    RowField { name: "value".into(), data_type: (**v).clone(), description: None },
                ])),
            };
            DataType { kind: TypeKind::Array(Box::new(el)), nullable: types[0].nullable }
        }
        "MAP_FROM_ARRAYS" => {
            count(2, 2)?;
            let (Some(k), Some(v)) = (element(&types[0]), element(&types[1])) else { return Err(invalid()) };
            nullable_if_any(
                TypeKind::Map(Box::new(k.without_time_attribute()), Box::new(v.without_time_attribute())),
                &all,
            )
        }
        "MAP_UNION" => {
            count(1, usize::MAX)?;
            if !types.iter().all(|ty| matches!(ty.kind, TypeKind::Map(..))) {
                return Err(invalid());
            }
            let merged = common(types).ok_or_else(invalid)?;
            // Flink's planner fails on maps whose key or value types differ in more than length.
            if !types.iter().all(|ty| same_root(ty, &merged)) {
                return Err(
                    t.err(e, "Unexpected error in type inference logic of function 'MAP_UNION'. This is a bug.")
                );
            }
            merged
        }
        _ => return Ok(None),
    };
    Ok(Some(result))
}

/// Whether two map types have keys and values of the same type roots (lengths aside).
fn same_root(a: &DataType, b: &DataType) -> bool {
    let root = |ty: &DataType| match ty.kind {
        TypeKind::Char(_) | TypeKind::VarChar(_) => "string".to_string(),
        TypeKind::Binary(_) | TypeKind::VarBinary(_) => "binary".to_string(),
        _ => calcite_name(ty),
    };
    match (&a.kind, &b.kind) {
        (TypeKind::Map(k1, v1), TypeKind::Map(k2, v2)) => root(k1) == root(k2) && root(v1) == root(v2),
        _ => false,
    }
}
