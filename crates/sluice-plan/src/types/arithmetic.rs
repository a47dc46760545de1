//! Result types of arithmetic, as Flink's `LogicalTypeMerging` computes them.

use sluice_common::types::MAX_DECIMAL_PRECISION;
use sluice_common::{DataType, TypeKind};

use super::{as_decimal, nullable_if_any};

const MINIMUM_ADJUSTED_SCALE: i32 = 6;

fn adjust(precision: i32, scale: i32) -> TypeKind {
    let max = MAX_DECIMAL_PRECISION as i32;
    if precision <= max {
        TypeKind::Decimal(precision.max(1) as u8, scale.max(0) as u8)
    } else {
        let digits = precision - scale;
        let min_scale = scale.min(MINIMUM_ADJUSTED_SCALE);
        let scale = (max - digits).max(min_scale);
        TypeKind::Decimal(max as u8, scale as u8)
    }
}

/// The arithmetic operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArithOp {
    /// `+`.
    Plus,
    /// `-`.
    Minus,
    /// `*`.
    Multiply,
    /// `/`.
    Divide,
    /// `%` and `MOD`.
    Modulo,
}

fn integer_rank(k: &TypeKind) -> Option<u8> {
    Some(match k {
        TypeKind::TinyInt => 1,
        TypeKind::SmallInt => 2,
        TypeKind::Int => 3,
        TypeKind::BigInt => 4,
        _ => return None,
    })
}

/// The wider of two integer kinds.
pub fn wider_integer(a: &TypeKind, b: &TypeKind) -> Option<TypeKind> {
    let (ra, rb) = (integer_rank(a)?, integer_rank(b)?);
    Some(if ra >= rb { a.clone() } else { b.clone() })
}

/// The result type of `a op b` for numeric operands, or `None` when they are not numeric.
pub fn numeric_result(op: ArithOp, a: &DataType, b: &DataType) -> Option<DataType> {
    if !a.is_numeric() || !b.is_numeric() {
        return None;
    }
    let approx = |k: &TypeKind| matches!(k, TypeKind::Float | TypeKind::Double);
    let float_with_decimal = matches!(
        (&a.kind, &b.kind),
        (TypeKind::Float, TypeKind::Decimal(..)) | (TypeKind::Decimal(..), TypeKind::Float)
    );
    let kind = if approx(&a.kind) && approx(&b.kind) {
        // Calcite's FLOAT and DOUBLE have the same precision: the left operand's type wins.
        a.kind.clone()
    } else if matches!(a.kind, TypeKind::Double) || matches!(b.kind, TypeKind::Double) || float_with_decimal {
        TypeKind::Double
    } else if matches!(a.kind, TypeKind::Float) || matches!(b.kind, TypeKind::Float) {
        TypeKind::Float
    } else if op == ArithOp::Modulo && (a.is_integer() || matches!(a.kind, TypeKind::Decimal(_, 0))) {
        // MOD of a whole number keeps the type of the divisor (Calcite's ARG1_NULLABLE).
        b.kind.clone()
    } else if let Some(k) = wider_integer(&a.kind, &b.kind) {
        k
    } else {
        let (p1, s1) = as_decimal(a)?;
        let (p2, s2) = as_decimal(b)?;
        let (p1, s1, p2, s2) = (p1 as i32, s1 as i32, p2 as i32, s2 as i32);
        match op {
            ArithOp::Plus | ArithOp::Minus => {
                let scale = s1.max(s2);
                adjust((p1 - s1).max(p2 - s2) + scale + 1, scale)
            }
            ArithOp::Multiply => adjust(p1 + p2 + 1, s1 + s2),
            ArithOp::Divide => {
                let scale = MINIMUM_ADJUSTED_SCALE.max(s1 + p2 + 1);
                adjust(p1 - s1 + s2 + scale, scale)
            }
            ArithOp::Modulo => {
                let scale = s1.max(s2);
                adjust((p1 - s1).min(p2 - s2) + scale, scale)
            }
        }
    };
    Some(nullable_if_any(kind, &[a, b]))
}

/// The result type of `SUM` over a column of type `t` (Flink's `SumAggFunction`).
pub fn sum_type(t: &DataType) -> Option<DataType> {
    let kind = match t.kind {
        TypeKind::TinyInt | TypeKind::SmallInt | TypeKind::Int | TypeKind::BigInt => t.kind.clone(),
        TypeKind::Float | TypeKind::Double => t.kind.clone(),
        TypeKind::Decimal(_, s) => TypeKind::Decimal(MAX_DECIMAL_PRECISION, s),
        _ => return None,
    };
    Some(DataType { kind, nullable: true })
}

/// The result type of `AVG` over a column of type `t` (Flink's `AvgAggFunction`).
pub fn avg_type(t: &DataType) -> Option<DataType> {
    let kind = match t.kind {
        TypeKind::TinyInt | TypeKind::SmallInt | TypeKind::Int | TypeKind::BigInt => t.kind.clone(),
        TypeKind::Float | TypeKind::Double => t.kind.clone(),
        TypeKind::Decimal(_, s) => {
            TypeKind::Decimal(MAX_DECIMAL_PRECISION, (s as i32).max(MINIMUM_ADJUSTED_SCALE) as u8)
        }
        _ => return None,
    };
    Some(DataType { kind, nullable: true })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{n, nn};

    #[test]
    fn decimal_rules_match_the_dialect_spec() {
        let bigint = n(TypeKind::BigInt);
        let price = n(TypeKind::Decimal(10, 2));
        assert_eq!(numeric_result(ArithOp::Multiply, &bigint, &price), Some(n(TypeKind::Decimal(30, 2))));
        assert_eq!(numeric_result(ArithOp::Divide, &price, &nn(TypeKind::Int)), Some(n(TypeKind::Decimal(21, 13))));
        let seven = nn(TypeKind::Decimal(2, 1));
        assert_eq!(numeric_result(ArithOp::Divide, &seven, &nn(TypeKind::Int)), Some(nn(TypeKind::Decimal(13, 12))));
        assert_eq!(numeric_result(ArithOp::Divide, &n(TypeKind::Int), &nn(TypeKind::Int)), Some(n(TypeKind::Int)));
        assert_eq!(numeric_result(ArithOp::Plus, &bigint, &nn(TypeKind::Int)), Some(n(TypeKind::BigInt)));
    }
}
