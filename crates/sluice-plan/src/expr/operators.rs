//! Operators: arithmetic, `||`, comparisons, AND/OR/NOT, IS, BETWEEN, IN, LIKE.

use sluice_common::types::MAX_LENGTH;
use sluice_common::{DataType, Diagnostic, TypeKind};
use sqlparser::ast::{BinaryOperator, Expr, InTarget, UnaryOperator};

use super::ExprTyper;
use crate::types::arithmetic::{ArithOp, numeric_result};
use crate::types::common::least_restrictive;
use crate::types::family::calcite_name;
use crate::types::{nn, nullable_if_any};

fn boolean(nullable: bool) -> DataType {
    DataType { kind: TypeKind::Boolean, nullable }
}

fn cannot_apply(t: &ExprTyper<'_>, e: &Expr, op: &str, a: &DataType, b: &DataType, form: &str) -> Diagnostic {
    t.err(
        e,
        format!(
            "Cannot apply '{op}' to arguments of type '<{}> {op} <{}>'. Supported form(s): '{form}'",
            calcite_name(a),
            calcite_name(b)
        ),
    )
}

/// A binary operator.
pub fn binary(t: &ExprTyper<'_>, l: &Expr, op: &BinaryOperator, r: &Expr, e: &Expr) -> Result<DataType, Diagnostic> {
    let comparison = matches!(
        op,
        BinaryOperator::Eq
            | BinaryOperator::NotEq
            | BinaryOperator::Lt
            | BinaryOperator::LtEq
            | BinaryOperator::Gt
            | BinaryOperator::GtEq
    );
    let (a, b) = if comparison { (t.type_of(l)?, t.type_of(r)?) } else { (t.operand(l)?, t.operand(r)?) };
    let arith = |op: ArithOp, sym: &str| -> Result<DataType, Diagnostic> {
        if let Some(res) = numeric_result(op, &a, &b) {
            return Ok(res);
        }
        if a.kind == TypeKind::Null || b.kind == TypeKind::Null {
            let other = if a.kind == TypeKind::Null { &b } else { &a };
            if other.is_numeric() || other.is_interval() || other.is_datetime() || other.kind == TypeKind::Null {
                return Ok(other.clone().with_nullable(true));
            }
        }
        match op {
            // A time attribute shifted by an interval stays one in the validated type.
            ArithOp::Plus | ArithOp::Minus if a.is_datetime() && b.is_interval() => {
                Ok(nullable_if_any(a.kind.clone(), &[&a, &b]))
            }
            ArithOp::Plus if a.is_interval() && b.is_datetime() => Ok(nullable_if_any(b.kind.clone(), &[&a, &b])),
            ArithOp::Plus | ArithOp::Minus if a.is_interval() && b.is_interval() => {
                Ok(nullable_if_any(a.kind.clone(), &[&a, &b]))
            }
            ArithOp::Multiply if a.is_interval() && b.is_numeric() => Ok(nullable_if_any(a.kind.clone(), &[&a, &b])),
            ArithOp::Multiply if a.is_numeric() && b.is_interval() => Ok(nullable_if_any(b.kind.clone(), &[&a, &b])),
            ArithOp::Divide if a.is_interval() && b.is_numeric() => Ok(nullable_if_any(a.kind.clone(), &[&a, &b])),
            _ => Err(cannot_apply(t, e, sym, &a, &b, &format!("<NUMERIC> {sym} <NUMERIC>"))),
        }
    };
    match op {
        BinaryOperator::Plus => arith(ArithOp::Plus, "+"),
        BinaryOperator::Minus => arith(ArithOp::Minus, "-"),
        BinaryOperator::Multiply => arith(ArithOp::Multiply, "*"),
        BinaryOperator::Divide => arith(ArithOp::Divide, "/"),
        // `%` of a fractional DECIMAL: Calcite and Flink disagree on the result type.
        BinaryOperator::Modulo if matches!(a.kind, TypeKind::Decimal(_, s) if s > 0) && b.is_numeric() => {
            Err(t.err(e, "Conversion to relational algebra failed to preserve datatypes:"))
        }
        BinaryOperator::Modulo if [&a, &b].iter().any(|x| matches!(x.kind, TypeKind::Float | TypeKind::Double)) => {
            Err(cannot_apply(t, e, "%", &a, &b, "<EXACT_NUMERIC> % <EXACT_NUMERIC>"))
        }
        BinaryOperator::Modulo => arith(ArithOp::Modulo, "%"),
        BinaryOperator::StringConcat => concat(t, e, &a, &b),
        BinaryOperator::Eq => compare(t, e, "=", &a, &b),
        BinaryOperator::NotEq => compare(t, e, "<>", &a, &b),
        BinaryOperator::Lt => compare(t, e, "<", &a, &b),
        BinaryOperator::LtEq => compare(t, e, "<=", &a, &b),
        BinaryOperator::Gt => compare(t, e, ">", &a, &b),
        BinaryOperator::GtEq => compare(t, e, ">=", &a, &b),
        BinaryOperator::And | BinaryOperator::Or => {
            let sym = if matches!(op, BinaryOperator::And) { "AND" } else { "OR" };
            let ok = |x: &DataType| matches!(x.kind, TypeKind::Boolean | TypeKind::Null);
            if !ok(&a) || !ok(&b) {
                return Err(cannot_apply(t, e, sym, &a, &b, &format!("<BOOLEAN> {sym} <BOOLEAN>")));
            }
            Ok(boolean(a.nullable || b.nullable))
        }
        // `(start, end) OVERLAPS (start, end)`: periods of datetime values.
        BinaryOperator::Custom(name) if name == "OVERLAPS" => {
            let period = |x: &DataType| {
                x.row_fields().len() == 2
                    && x.row_fields().iter().all(|f| f.data_type.is_datetime() || f.data_type.kind == TypeKind::Null)
            };
            if !period(&a) || !period(&b) {
                return Err(cannot_apply(t, e, "OVERLAPS", &a, &b, "<DATETIME> OVERLAPS <DATETIME>"));
            }
            let fields: Vec<&DataType> = a.row_fields().iter().chain(b.row_fields()).map(|f| &f.data_type).collect();
            Ok(boolean(fields.iter().any(|f| f.nullable)))
        }
        other => Err(t.err(e, format!("SQL parse failed. Encountered \"{other}\""))),
    }
}

fn concat(t: &ExprTyper<'_>, e: &Expr, a: &DataType, b: &DataType) -> Result<DataType, Diagnostic> {
    // `arr1 || arr2` concatenates arrays, as ARRAY_CONCAT does.
    if let (TypeKind::Array(_), TypeKind::Array(_)) = (&a.kind, &b.kind) {
        return least_restrictive(&[a.clone(), b.clone()]).ok_or_else(|| t.err(e, "Invalid function call:"));
    }
    let len = |x: &DataType| x.length().unwrap_or(0) as u64;
    let total = (len(a) + len(b)).min(MAX_LENGTH as u64) as u32;
    let kind = match (&a.kind, &b.kind) {
        (TypeKind::Char(_), TypeKind::Char(_)) => TypeKind::Char(total),
        (TypeKind::Char(_) | TypeKind::VarChar(_), TypeKind::Char(_) | TypeKind::VarChar(_)) => {
            TypeKind::VarChar(total)
        }
        (TypeKind::Binary(_), TypeKind::Binary(_)) => TypeKind::Binary(total),
        (TypeKind::Binary(_) | TypeKind::VarBinary(_), TypeKind::Binary(_) | TypeKind::VarBinary(_)) => {
            TypeKind::VarBinary(total)
        }
        (TypeKind::Null, k) | (k, TypeKind::Null) if DataType::nullable(k.clone()).is_character_string() => k.clone(),
        _ => return Err(cannot_apply(t, e, "||", a, b, "<STRING> || <STRING>")),
    };
    Ok(nullable_if_any(kind, &[a, b]))
}

/// Whether two types may be compared (Calcite's comparable types, with Flink's coercion of
/// character strings to dates and times).
pub fn comparable(a: &DataType, b: &DataType) -> Result<(), Option<String>> {
    use TypeKind as K;
    if a.kind == K::Null || b.kind == K::Null {
        return Ok(());
    }
    let ok = match (&a.kind, &b.kind) {
        _ if a.is_numeric() && b.is_numeric() => true,
        _ if a.is_character_string() && b.is_character_string() => true,
        _ if a.is_binary_string() && b.is_binary_string() => true,
        (K::Boolean, K::Boolean) | (K::Date, K::Date) | (K::Time(_), K::Time(_)) => true,
        _ if (a.kind == K::Boolean && b.is_character_string()) || (b.kind == K::Boolean && a.is_character_string()) => {
            true
        }
        (K::Timestamp(..), K::Timestamp(..)) | (K::TimestampLtz(..), K::TimestampLtz(..)) => true,
        (K::Timestamp(..), K::TimestampLtz(..)) | (K::TimestampLtz(..), K::Timestamp(..)) => true,
        (K::Interval(x), K::Interval(y)) => x.is_year_month() == y.is_year_month(),
        _ if (a.is_character_string() && b.is_datetime()) || (b.is_character_string() && a.is_datetime()) => true,
        (K::Array(x), K::Array(y)) | (K::Multiset(x), K::Multiset(y)) => comparable(x, y).is_ok(),
        (K::Map(k1, v1), K::Map(k2, v2)) => comparable(k1, k2).is_ok() && comparable(v1, v2).is_ok(),
        (K::Row(f1), K::Row(f2)) => {
            f1.len() == f2.len() && f1.iter().zip(f2).all(|(x, y)| comparable(&x.data_type, &y.data_type).is_ok())
        }
        _ if (a.is_numeric() && b.is_character_string()) || (a.is_character_string() && b.is_numeric()) => {
            let (x, y) = (calcite_root(a), calcite_root(b));
            return Err(Some(format!("implicit type conversion between {x} and {y} is not supported now")));
        }
        _ => false,
    };
    if ok { Ok(()) } else { Err(None) }
}

fn calcite_root(t: &DataType) -> String {
    let name = calcite_name(t);
    name.split('(').next().unwrap_or(&name).to_string()
}

fn compare(t: &ExprTyper<'_>, e: &Expr, op: &str, a: &DataType, b: &DataType) -> Result<DataType, Diagnostic> {
    match comparable(a, b) {
        Ok(()) => Ok(boolean(a.nullable || b.nullable)),
        Err(Some(planner_message)) => {
            t.env.planning_errors.borrow_mut().push(t.err(e, planner_message));
            Ok(boolean(a.nullable || b.nullable))
        }
        Err(None) => Err(cannot_apply(t, e, op, a, b, &format!("<COMPARABLE_TYPE> {op} <COMPARABLE_TYPE>"))),
    }
}

/// A unary operator.
pub fn unary(t: &ExprTyper<'_>, op: &UnaryOperator, x: &Expr, e: &Expr) -> Result<DataType, Diagnostic> {
    // A negative number is one literal (`-2147483648` is an INT).
    if let (UnaryOperator::Minus, Expr::Value(v)) = (op, x)
        && let sqlparser::ast::Value::Number(n, _) = &v.value
    {
        return super::literals::number_type_checked(&format!("-{n}"))
            .map(|mut ty| {
                ty.nullable = false;
                ty
            })
            .ok_or_else(|| t.err(e, format!("Numeric literal '-{n}' out of range")));
    }
    let a = t.operand(x)?;
    match op {
        UnaryOperator::Minus | UnaryOperator::Plus => {
            if a.is_numeric() || a.is_interval() || a.kind == TypeKind::Null {
                Ok(a)
            } else {
                let sym = if matches!(op, UnaryOperator::Minus) { "-" } else { "+" };
                Err(t.err(
                    e,
                    format!(
                        "Cannot apply '{sym}' to arguments of type '{sym}<{}>'. Supported form(s): '{sym}<NUMERIC>'",
                        calcite_name(&a)
                    ),
                ))
            }
        }
        UnaryOperator::Not => {
            if matches!(a.kind, TypeKind::Boolean | TypeKind::Null) {
                Ok(boolean(a.nullable))
            } else {
                Err(t.err(
                    e,
                    format!(
                        "Cannot apply 'NOT' to arguments of type 'NOT<{}>'. Supported form(s): 'NOT<BOOLEAN>'",
                        calcite_name(&a)
                    ),
                ))
            }
        }
        other => Err(t.err(e, format!("SQL parse failed. Encountered \"{other}\""))),
    }
}

/// `x IS [NOT] TRUE|FALSE|UNKNOWN`.
pub fn is_boolean(t: &ExprTyper<'_>, x: &Expr, e: &Expr) -> Result<DataType, Diagnostic> {
    let a = t.type_of(x)?;
    if !matches!(a.kind, TypeKind::Boolean | TypeKind::Null) {
        return Err(t.err(
            e,
            format!(
                "Cannot apply 'IS TRUE' to arguments of type '<{}> IS TRUE'. Supported form(s): '<BOOLEAN> IS TRUE'",
                calcite_name(&a)
            ),
        ));
    }
    Ok(nn(TypeKind::Boolean))
}

/// `a IS [NOT] DISTINCT FROM b`.
pub fn distinct_from(t: &ExprTyper<'_>, a: &Expr, b: &Expr, e: &Expr) -> Result<DataType, Diagnostic> {
    let (x, y) = (t.type_of(a)?, t.type_of(b)?);
    compare(t, e, "IS DISTINCT FROM", &x, &y)?;
    Ok(nn(TypeKind::Boolean))
}

/// `x [NOT] BETWEEN low AND high`.
pub fn between(t: &ExprTyper<'_>, x: &Expr, low: &Expr, high: &Expr, e: &Expr) -> Result<DataType, Diagnostic> {
    let (a, b, c) = (t.type_of(x)?, t.type_of(low)?, t.type_of(high)?);
    for other in [&b, &c] {
        if matches!(comparable(&a, other), Err(None)) {
            return Err(t.err(
                e,
                format!(
                    "Cannot apply 'BETWEEN ASYMMETRIC' to arguments of type '<{}> BETWEEN ASYMMETRIC <{}> AND <{}>'. Supported form(s): '<COMPARABLE_TYPE> BETWEEN <COMPARABLE_TYPE> AND <COMPARABLE_TYPE>'",
                    calcite_name(&a),
                    calcite_name(&b),
                    calcite_name(&c)
                ),
            ));
        }
    }
    Ok(boolean(a.nullable || b.nullable || c.nullable))
}

/// `x [NOT] IN (list | subquery)`.
pub fn in_list(t: &ExprTyper<'_>, x: &Expr, target: &InTarget, e: &Expr) -> Result<DataType, Diagnostic> {
    let a = t.type_of(x)?;
    match target {
        InTarget::List(items) => {
            let types = t.types_of(items)?;
            let Some(common) = least_restrictive(&types) else {
                return Err(t.err(e, "Values in expression list must have compatible types"));
            };
            // Flink's IN accepts numbers against string literals (cast at run time).
            if matches!(comparable(&a, &common), Err(None)) {
                return Err(t.err(e, "Values passed to IN operator must have compatible types"));
            }
            Ok(boolean(a.nullable || common.nullable))
        }
        InTarget::Subquery(q) => {
            let row = crate::query::type_subquery(t, q)?;
            // `(a, b) IN (SELECT x, y …)` compares the values pairwise.
            if let TypeKind::Row(fields) = &a.kind
                && fields.len() == row.len()
                && row.len() > 1
            {
                if fields.iter().zip(&row).any(|(f, r)| matches!(comparable(&f.data_type, &r.data_type), Err(None))) {
                    return Err(t.err(e, "Values passed to IN operator must have compatible types"));
                }
                return Ok(boolean(true));
            }
            if row.len() != 1 {
                return Err(t.err(e, "Values passed to IN operator must have compatible types"));
            }
            match comparable(&a, &row[0].data_type) {
                Err(None) => return Err(t.err(e, "Values passed to IN operator must have compatible types")),
                // The planner turns the subquery into a join on the two values.
                Err(Some(_)) => t.env.planning_errors.borrow_mut().push(t.err(
                    e,
                    format!(
                        "implicit type conversion between {} and {} is not supported on join's condition now",
                        calcite_name(&a),
                        calcite_name(&row[0].data_type)
                    ),
                )),
                Ok(()) => {}
            }
            Ok(boolean(true))
        }
        _ => Err(t.err(e, format!("sluice does not support this IN form yet: {e}"))),
    }
}

/// `x op ALL (subquery)` / `x op ANY | SOME (subquery)`.
pub fn quantified(
    t: &ExprTyper<'_>,
    left: &Expr,
    op: &BinaryOperator,
    right: &Expr,
    e: &Expr,
) -> Result<DataType, Diagnostic> {
    let a = t.type_of(left)?;
    let Expr::Subquery(q) = right else {
        return Err(t.err(e, format!("sluice does not support this expression yet: {e}")));
    };
    let row = crate::query::type_subquery(t, q)?;
    if row.len() != 1 {
        return Err(t.err(e, "Values passed to IN operator must have compatible types"));
    }
    let sym = op.to_string();
    compare(t, e, &sym, &a, &row[0].data_type).map(|ty| ty.with_nullable(true))
}

/// `x [NOT] LIKE pattern [ESCAPE c]` and `SIMILAR TO`.
pub fn like(
    t: &ExprTyper<'_>,
    x: &Expr,
    pattern: &Expr,
    escape: Option<&Expr>,
    e: &Expr,
) -> Result<DataType, Diagnostic> {
    let a = t.operand(x)?;
    let b = t.operand(pattern)?;
    let mut nullable = a.nullable || b.nullable;
    let is_str = |d: &DataType| d.is_character_string() || d.kind == TypeKind::Null;
    if !is_str(&a) || !is_str(&b) {
        return Err(t.err(
            e,
            format!(
                "Cannot apply 'LIKE' to arguments of type 'LIKE(<{}>, <{}>)'. Supported form(s): 'LIKE(<STRING>, <STRING>)'",
                calcite_name(&a),
                calcite_name(&b)
            ),
        ));
    }
    if let Some(esc) = escape {
        nullable |= t.type_of(esc)?.nullable;
    }
    Ok(boolean(nullable))
}
