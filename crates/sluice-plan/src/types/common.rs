//! The least restrictive common type of several types (Calcite's `leastRestrictive`, as
//! Flink uses it for CASE, UNION, VALUES and IN lists).

use sluice_common::types::MAX_DECIMAL_PRECISION;
use sluice_common::{DataType, RowField, TypeKind};

use super::arithmetic::wider_integer;
use super::as_decimal;

/// The common type of `types`, or `None` when they do not mix. Nullable when any input is
/// nullable or the NULL type.
pub fn least_restrictive(types: &[DataType]) -> Option<DataType> {
    let nullable = types.iter().any(|t| t.nullable || t.kind == TypeKind::Null);
    let concrete: Vec<&DataType> = types.iter().filter(|t| t.kind != TypeKind::Null).collect();
    let Some(first) = concrete.first() else {
        return Some(DataType::nullable(TypeKind::Null));
    };
    let mut kind = first.without_time_attribute().kind;
    for t in &concrete[1..] {
        kind = merge(&kind, &t.without_time_attribute().kind)?;
    }
    // Values that are all the same time attribute keep it (CASE, COALESCE of rowtimes).
    let attribute = first.time_attribute();
    if attribute != sluice_common::TimestampKind::Regular
        && concrete.iter().all(|t| t.time_attribute() == attribute && t.kind == first.kind)
    {
        kind = first.kind.clone();
    }
    Some(DataType { kind, nullable })
}

fn merge(a: &TypeKind, b: &TypeKind) -> Option<TypeKind> {
    use TypeKind::*;
    if a == b {
        return Some(a.clone());
    }
    Some(match (a, b) {
        (Char(x), Char(y)) if x == y => Char(*x),
        (Char(x), Char(y)) => VarChar(*x.max(y)),
        (Char(x) | VarChar(x), Char(y) | VarChar(y)) => VarChar(*x.max(y)),
        (Binary(x), Binary(y)) if x == y => Binary(*x),
        (Binary(x), Binary(y)) => VarBinary(*x.max(y)),
        (Binary(x) | VarBinary(x), Binary(y) | VarBinary(y)) => VarBinary(*x.max(y)),
        // Calcite's FLOAT and DOUBLE have the same precision: the first one wins.
        (Float, Double) => Float,
        (Double, k) | (k, Double) if is_numeric(k) => Double,
        (Float, Decimal(..)) | (Decimal(..), Float) => Double,
        (Float, k) | (k, Float) if is_numeric(k) => Float,
        (Decimal(..), _) | (_, Decimal(..)) if is_numeric(a) && is_numeric(b) => {
            let (p1, s1) = as_decimal(&DataType::nullable(a.clone()))?;
            let (p2, s2) = as_decimal(&DataType::nullable(b.clone()))?;
            let scale = s1.max(s2);
            let digits = (p1 - s1).max(p2 - s2);
            let precision = (digits + scale).min(MAX_DECIMAL_PRECISION);
            Decimal(precision, scale.min(precision))
        }
        (x, y) if wider_integer(x, y).is_some() => wider_integer(x, y)?,
        (Time(x), Time(y)) => Time(*x.max(y)),
        (Timestamp(x, _), Timestamp(y, _)) => Timestamp(*x.max(y), Default::default()),
        (TimestampLtz(x, _), TimestampLtz(y, _)) => TimestampLtz(*x.max(y), Default::default()),
        (Timestamp(x, _), TimestampLtz(y, _)) | (TimestampLtz(x, _), Timestamp(y, _)) => {
            Timestamp(*x.max(y), Default::default())
        }
        (Interval(x), Interval(y)) if x.is_year_month() == y.is_year_month() => Interval(*x),
        (Array(x), Array(y)) => Array(Box::new(least_restrictive(&[(**x).clone(), (**y).clone()])?)),
        (Multiset(x), Multiset(y)) => Multiset(Box::new(least_restrictive(&[(**x).clone(), (**y).clone()])?)),
        (Map(k1, v1), Map(k2, v2)) => Map(
            Box::new(least_restrictive(&[(**k1).clone(), (**k2).clone()])?),
            Box::new(least_restrictive(&[(**v1).clone(), (**v2).clone()])?),
        ),
        (Row(f1), Row(f2)) if f1.len() == f2.len() => Row(f1
            .iter()
            .zip(f2)
            .map(|(x, y)| {
                Some(RowField {
                    name: x.name.clone(),
                    data_type: least_restrictive(&[x.data_type.clone(), y.data_type.clone()])?,
                    description: None,
                })
            })
            .collect::<Option<Vec<_>>>()?),
        _ => return None,
    })
}

fn is_numeric(k: &TypeKind) -> bool {
    DataType::nullable(k.clone()).is_numeric()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{n, nn};

    #[test]
    fn mixes_like_calcite() {
        assert_eq!(least_restrictive(&[nn(TypeKind::Char(1)), n(TypeKind::Null)]), Some(n(TypeKind::Char(1))));
        assert_eq!(least_restrictive(&[nn(TypeKind::Int), nn(TypeKind::BigInt)]), Some(nn(TypeKind::BigInt)));
        assert_eq!(
            least_restrictive(&[nn(TypeKind::Int), nn(TypeKind::Decimal(5, 2))]),
            Some(nn(TypeKind::Decimal(12, 2)))
        );
        assert_eq!(least_restrictive(&[nn(TypeKind::Int), nn(TypeKind::Char(1))]), None);
    }
}
