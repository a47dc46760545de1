//! Scalar expression evaluation over `sqlparser` ASTs: `columns` mappings and `where` of
//! loads, and the projections and filters of `SELECT`.

use super::functions::{call, text_of};
use crate::catalog::ddl::parse_type;
use crate::catalog::types::ColumnType;
use crate::sql::lexer::Cursor;
use crate::value::{Value, format_float, parse_text};
use sqlparser::ast::{
    BinaryOperator, Expr, FunctionArg, FunctionArgExpr, FunctionArguments, UnaryOperator, Value as SqlValue,
};
use sqlparser::dialect::MySqlDialect;
use sqlparser::parser::Parser;
use std::cmp::Ordering;

/// Parses one scalar expression.
pub fn parse_expr(text: &str) -> Result<Expr, String> {
    Parser::new(&MySqlDialect {})
        .try_with_sql(text)
        .and_then(|mut p| p.parse_expr())
        .map_err(|e| format!("Getting syntax error. Detail message: {e}."))
}

/// Resolves names while evaluating.
pub trait Scope {
    /// The value of column/field `name` (the last part of a compound identifier).
    fn column(&self, name: &str) -> Result<Value, String>;
    /// Values of session-level functions and variables (`current_version()`, `@@x`, …).
    fn session(&self, name: &str) -> Option<Value> {
        let _ = name;
        None
    }
    /// A value computed outside the row, e.g. an aggregate over a group.
    fn precomputed(&self, expr: &Expr) -> Option<Value> {
        let _ = expr;
        None
    }
}

pub(crate) fn truthy(v: &Value) -> Option<bool> {
    match v {
        Value::Null => None,
        Value::Bool(b) => Some(*b),
        other => other.as_f64().map(|f| f != 0.0),
    }
}

/// Whether `expr` evaluates to true (NULL and false are not).
pub fn eval_predicate(expr: &Expr, scope: &dyn Scope) -> Result<bool, String> {
    Ok(truthy(&eval(expr, scope)?) == Some(true))
}

fn literal(v: &SqlValue) -> Value {
    match v {
        SqlValue::Number(n, _) => {
            if let Ok(i) = n.parse::<i64>() {
                Value::Int(i)
            } else if let Ok(i) = n.parse::<i128>() {
                Value::LargeInt(i)
            } else if let Some((int, frac)) = n.split_once('.')
                && !n.contains(['e', 'E'])
                && frac.len() <= 18
                && let Ok(v) = format!("{int}{frac}").parse::<i128>()
            {
                Value::Decimal(v, frac.len() as u8)
            } else {
                n.parse::<f64>().map(Value::Float).unwrap_or(Value::Null)
            }
        }
        SqlValue::SingleQuotedString(s) | SqlValue::DoubleQuotedString(s) => Value::Str(s.clone()),
        SqlValue::Boolean(b) => Value::Bool(*b),
        SqlValue::Null => Value::Null,
        other => Value::Str(other.to_string()),
    }
}

/// Converts `v` to column type `ty` (CAST semantics: failure gives NULL).
pub fn cast(v: &Value, ty: &ColumnType) -> Value {
    if v.is_null() {
        return Value::Null;
    }
    if matches!(ty, ColumnType::Bitmap | ColumnType::Hll) {
        return match v {
            Value::Bytes(_) => v.clone(),
            _ => Value::Null,
        };
    }
    let text = match (v, ty) {
        (Value::Bool(b), _) => i64::from(*b).to_string(),
        (Value::Float(f), ColumnType::TinyInt | ColumnType::SmallInt | ColumnType::Int | ColumnType::BigInt) => {
            (f.trunc() as i64).to_string()
        }
        (Value::Decimal(..), ColumnType::TinyInt | ColumnType::SmallInt | ColumnType::Int | ColumnType::BigInt) => {
            v.to_text().unwrap_or_default().split('.').next().unwrap_or("").to_string()
        }
        _ => v.to_text().unwrap_or_default(),
    };
    parse_text(text.as_bytes(), ty).unwrap_or(Value::Null)
}

fn cast_target(dt: &sqlparser::ast::DataType) -> Result<ColumnType, String> {
    let text = dt.to_string();
    let upper = text.to_ascii_uppercase();
    match upper.as_str() {
        "SIGNED" | "SIGNED INTEGER" => return Ok(ColumnType::BigInt),
        "UNSIGNED" | "UNSIGNED INTEGER" => return Ok(ColumnType::LargeInt),
        "CHAR" => return Ok(ColumnType::Varchar(65533)),
        _ => {}
    }
    let mut c = Cursor::new(&text)?;
    parse_type(&mut c)
}

fn arith(op: &BinaryOperator, a: &Value, b: &Value) -> Result<Value, String> {
    if a.is_null() || b.is_null() {
        return Ok(Value::Null);
    }
    let ints = |v: &Value| match v {
        Value::Int(_) | Value::Bool(_) | Value::LargeInt(_) => v.as_i128(),
        _ => None,
    };
    if let (Some(x), Some(y)) = (ints(a), ints(b)) {
        let r = match op {
            BinaryOperator::Plus => x.checked_add(y),
            BinaryOperator::Minus => x.checked_sub(y),
            BinaryOperator::Multiply => x.checked_mul(y),
            BinaryOperator::Modulo => {
                if y == 0 {
                    return Ok(Value::Null);
                }
                Some(x % y)
            }
            BinaryOperator::Divide => {
                if y == 0 {
                    return Ok(Value::Null);
                }
                return Ok(Value::Float(x as f64 / y as f64));
            }
            BinaryOperator::MyIntegerDivide => {
                if y == 0 {
                    return Ok(Value::Null);
                }
                Some(x / y)
            }
            _ => None,
        };
        if let Some(r) = r {
            return Ok(match i64::try_from(r) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::LargeInt(r),
            });
        }
    }
    let (Some(x), Some(y)) = (a.as_f64(), b.as_f64()) else {
        return Ok(Value::Null);
    };
    Ok(match op {
        BinaryOperator::Plus => Value::Float(x + y),
        BinaryOperator::Minus => Value::Float(x - y),
        BinaryOperator::Multiply => Value::Float(x * y),
        BinaryOperator::Divide if y != 0.0 => Value::Float(x / y),
        BinaryOperator::Modulo if y != 0.0 => Value::Float(x % y),
        _ => Value::Null,
    })
}

fn compare(op: &BinaryOperator, a: &Value, b: &Value) -> Value {
    let Some(ord) = a.sql_cmp(b) else {
        return Value::Null;
    };
    Value::Bool(match op {
        BinaryOperator::Eq => ord == Ordering::Equal,
        BinaryOperator::NotEq => ord != Ordering::Equal,
        BinaryOperator::Lt => ord == Ordering::Less,
        BinaryOperator::LtEq => ord != Ordering::Greater,
        BinaryOperator::Gt => ord == Ordering::Greater,
        BinaryOperator::GtEq => ord != Ordering::Less,
        _ => return Value::Null,
    })
}

fn like(text: &str, pattern: &str) -> bool {
    fn rec(t: &[char], p: &[char]) -> bool {
        match p.first() {
            None => t.is_empty(),
            Some('%') => (0..=t.len()).any(|i| rec(&t[i..], &p[1..])),
            Some('_') => !t.is_empty() && rec(&t[1..], &p[1..]),
            Some('\\') if p.len() > 1 => t.first() == Some(&p[1]) && rec(&t[1..], &p[2..]),
            Some(c) => t.first() == Some(c) && rec(&t[1..], &p[1..]),
        }
    }
    let t: Vec<char> = text.chars().collect();
    let p: Vec<char> = pattern.chars().collect();
    rec(&t, &p)
}

/// Function arguments as expressions (`*` is not an expression argument).
pub fn function_args(args: &FunctionArguments) -> Vec<&Expr> {
    match args {
        FunctionArguments::List(list) => list
            .args
            .iter()
            .filter_map(|a| match a {
                FunctionArg::Unnamed(FunctionArgExpr::Expr(e)) => Some(e),
                FunctionArg::Named { arg: FunctionArgExpr::Expr(e), .. } => Some(e),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Evaluates a scalar expression.
pub fn eval(expr: &Expr, scope: &dyn Scope) -> Result<Value, String> {
    Ok(match expr {
        Expr::Identifier(id) => {
            if id.value.starts_with("@@") {
                scope.session(&id.value.to_ascii_lowercase()).unwrap_or(Value::Null)
            } else if id.quote_style.is_none() && id.value.eq_ignore_ascii_case("current_timestamp") {
                call("now", &[])?
            } else {
                scope.column(&id.value)?
            }
        }
        Expr::CompoundIdentifier(parts) => {
            let first = parts.first().map(|p| p.value.to_ascii_lowercase()).unwrap_or_default();
            if first.starts_with("@@") {
                let name = parts.last().map(|p| p.value.to_ascii_lowercase()).unwrap_or_default();
                scope.session(&format!("@@{name}")).unwrap_or(Value::Null)
            } else {
                scope.column(&parts.last().map(|p| p.value.clone()).unwrap_or_default())?
            }
        }
        Expr::Value(v) => literal(&v.value),
        Expr::Nested(e) => eval(e, scope)?,
        Expr::IsNull(e) => Value::Bool(eval(e, scope)?.is_null()),
        Expr::IsNotNull(e) => Value::Bool(!eval(e, scope)?.is_null()),
        Expr::IsTrue(e) => Value::Bool(truthy(&eval(e, scope)?) == Some(true)),
        Expr::IsFalse(e) => Value::Bool(truthy(&eval(e, scope)?) == Some(false)),
        Expr::UnaryOp { op, expr } => {
            let v = eval(expr, scope)?;
            match op {
                UnaryOperator::Not => truthy(&v).map_or(Value::Null, |b| Value::Bool(!b)),
                UnaryOperator::Minus => match v {
                    Value::Int(i) => Value::Int(-i),
                    Value::LargeInt(i) => Value::LargeInt(-i),
                    Value::Decimal(d, s) => Value::Decimal(-d, s),
                    Value::Null => Value::Null,
                    other => other.as_f64().map_or(Value::Null, |f| Value::Float(-f)),
                },
                UnaryOperator::Plus => v,
                other => return Err(format!("unsupported operator {other}")),
            }
        }
        Expr::BinaryOp { left, op, right } => match op {
            BinaryOperator::And => {
                let l = truthy(&eval(left, scope)?);
                if l == Some(false) {
                    return Ok(Value::Bool(false));
                }
                let r = truthy(&eval(right, scope)?);
                match (l, r) {
                    (_, Some(false)) => Value::Bool(false),
                    (Some(true), Some(true)) => Value::Bool(true),
                    _ => Value::Null,
                }
            }
            BinaryOperator::Or => {
                let l = truthy(&eval(left, scope)?);
                if l == Some(true) {
                    return Ok(Value::Bool(true));
                }
                let r = truthy(&eval(right, scope)?);
                match (l, r) {
                    (_, Some(true)) => Value::Bool(true),
                    (Some(false), Some(false)) => Value::Bool(false),
                    _ => Value::Null,
                }
            }
            BinaryOperator::Eq
            | BinaryOperator::NotEq
            | BinaryOperator::Lt
            | BinaryOperator::LtEq
            | BinaryOperator::Gt
            | BinaryOperator::GtEq => compare(op, &eval(left, scope)?, &eval(right, scope)?),
            BinaryOperator::StringConcat => call("concat", &[eval(left, scope)?, eval(right, scope)?])?,
            _ => arith(op, &eval(left, scope)?, &eval(right, scope)?)?,
        },
        Expr::Between { expr, negated, low, high } => {
            let v = eval(expr, scope)?;
            let lo = v.sql_cmp(&eval(low, scope)?);
            let hi = v.sql_cmp(&eval(high, scope)?);
            match (lo, hi) {
                (Some(l), Some(h)) => Value::Bool((l != Ordering::Less && h != Ordering::Greater) != *negated),
                _ => Value::Null,
            }
        }
        Expr::In { expr, target: sqlparser::ast::InTarget::List(list), negated, .. } => {
            let v = eval(expr, scope)?;
            if v.is_null() {
                return Ok(Value::Null);
            }
            let mut found = false;
            for e in list {
                if v.sql_cmp(&eval(e, scope)?) == Some(Ordering::Equal) {
                    found = true;
                    break;
                }
            }
            Value::Bool(found != *negated)
        }
        Expr::Like { negated, expr, pattern, .. } => {
            let v = eval(expr, scope)?;
            let p = eval(pattern, scope)?;
            match (text_of(&v), text_of(&p)) {
                (Some(t), Some(p)) => Value::Bool(like(&t, &p) != *negated),
                _ => Value::Null,
            }
        }
        Expr::Cast { expr, data_type, .. } => {
            let v = eval(expr, scope)?;
            cast(&v, &cast_target(data_type)?)
        }
        Expr::Function(f) => {
            if let Some(v) = scope.precomputed(expr) {
                return Ok(v);
            }
            let name = f.name.to_string().to_ascii_lowercase();
            if let Some(v) = scope.session(&format!("{name}()")) {
                return Ok(v);
            }
            let mut args = Vec::new();
            for a in function_args(&f.args) {
                args.push(eval(a, scope)?);
            }
            call(&name, &args)?
        }
        Expr::Case { operand, conditions, else_result, .. } => {
            let base = operand.as_ref().map(|o| eval(o, scope)).transpose()?;
            for cw in conditions {
                let c = eval(&cw.condition, scope)?;
                let hit = match &base {
                    Some(b) => b.sql_cmp(&c) == Some(Ordering::Equal),
                    None => truthy(&c) == Some(true),
                };
                if hit {
                    return eval(&cw.result, scope);
                }
            }
            match else_result {
                Some(e) => eval(e, scope)?,
                None => Value::Null,
            }
        }
        other => {
            return Err(format!("Getting analyzing error. Detail message: Unsupported expression: {other}."));
        }
    })
}

/// Renders a value for messages (`Value: <v>`).
pub fn display(v: &Value) -> String {
    match v {
        Value::Float(f) => format_float(*f),
        other => other.to_text().unwrap_or_else(|| "NULL".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fields;
    impl Scope for Fields {
        fn column(&self, name: &str) -> Result<Value, String> {
            match name {
                "tmp" => Ok(Value::Str("7".into())),
                "n" => Ok(Value::Null),
                _ => Err(format!("Unknown column '{name}'")),
            }
        }
    }

    fn ev(s: &str) -> Value {
        eval(&parse_expr(s).unwrap(), &Fields).unwrap()
    }

    #[test]
    fn arithmetic_functions_and_null_logic() {
        assert_eq!(ev("tmp * 100"), Value::Float(700.0));
        assert_eq!(ev("cast(tmp as int) * 100"), Value::Int(700));
        assert_eq!(ev("ifnull(n, 'x')"), Value::Str("x".into()));
        assert_eq!(ev("concat('a', tmp)"), Value::Str("a7".into()));
        assert_eq!(ev("n = 1"), Value::Null);
        assert_eq!(ev("n is null and tmp > 5"), Value::Bool(true));
        assert_eq!(ev("cast('12' as int) + 1"), Value::Int(13));
        assert_eq!(ev("year('2024-02-29')"), Value::Int(2024));
        assert_eq!(ev("'abc' like 'a%'"), Value::Bool(true));
        assert!(eval(&parse_expr("nosuch").unwrap(), &Fields).is_err());
    }
}
