//! Resolves a written data type to Flink's logical type, with Flink's defaults, clamping
//! and errors (dialect spec §10.2): bare `VARCHAR` is `STRING`, `TIME(p)` is `TIME(0)`,
//! `TIMESTAMP(10)` is `TIMESTAMP(9)`, `DECIMAL(39, 0)` is `DECIMAL(38, 0)`, fields of a
//! nullable ROW become nullable, and so on.

use sluice_common::types::{MAX_DECIMAL_PRECISION, MAX_LENGTH};
use sluice_common::{DataType, IntervalKind, RowField, TimestampKind, TypeKind};

use crate::ast::{IntervalQualifier, SqlType, TimeUnit, TypeExpr};
use crate::error::ParseError;

/// Resolves `t`; errors carry Flink's message and the span of the offending type.
pub fn resolve_type(t: &TypeExpr) -> Result<DataType, ParseError> {
    let kind = resolve_kind(t)?;
    Ok(DataType { kind, nullable: t.is_nullable() })
}

fn len(n: Option<u64>, default: u32, t: &TypeExpr) -> Result<u32, ParseError> {
    match n {
        None => Ok(default),
        Some(n) if n <= i32::MAX as u64 => Ok(n as u32),
        Some(n) => Err(ParseError::new(
            format!("SQL parse failed. Literal '{n}' can not be parsed to type 'java.lang.Integer'"),
            t.span.0,
        )),
    }
}

fn clamp_precision(p: Option<u64>, default: u8, max: u8) -> u8 {
    p.map(|p| p.min(max as u64) as u8).unwrap_or(default)
}

fn unsupported(name: &str, t: &TypeExpr) -> ParseError {
    ParseError::new(format!("Type is not supported: {name}"), t.span.0)
}

fn resolve_kind(t: &TypeExpr) -> Result<TypeKind, ParseError> {
    Ok(match &t.ty {
        SqlType::Char(n) => TypeKind::Char(len(*n, 1, t)?),
        SqlType::VarChar(n) => TypeKind::VarChar(len(*n, MAX_LENGTH, t)?),
        SqlType::String => TypeKind::VarChar(MAX_LENGTH),
        SqlType::Boolean => TypeKind::Boolean,
        SqlType::Binary(n) => TypeKind::Binary(len(*n, 1, t)?),
        SqlType::VarBinary(n) => TypeKind::VarBinary(len(*n, MAX_LENGTH, t)?),
        SqlType::Bytes => TypeKind::VarBinary(MAX_LENGTH),
        SqlType::Decimal(p, s) => {
            let p = p.unwrap_or(10);
            let s = s.unwrap_or(0);
            if p == 0 {
                return Err(ParseError::new("Decimal precision must be between 1 and 38 (both inclusive).", t.span.0));
            }
            let p = p.min(MAX_DECIMAL_PRECISION as u64);
            if s > p {
                return Err(ParseError::new(
                    format!("Decimal scale must be between 0 and the precision {p} (both inclusive)."),
                    t.span.0,
                ));
            }
            TypeKind::Decimal(p as u8, s as u8)
        }
        SqlType::TinyInt => TypeKind::TinyInt,
        SqlType::SmallInt => TypeKind::SmallInt,
        SqlType::Int => TypeKind::Int,
        SqlType::BigInt => TypeKind::BigInt,
        SqlType::Float => TypeKind::Float,
        SqlType::Real => return Err(unsupported("REAL", t)),
        SqlType::Double => TypeKind::Double,
        SqlType::Date => TypeKind::Date,
        SqlType::Time(_) => TypeKind::Time(0),
        SqlType::TimeLtz(_) => return Err(unsupported("TIME_WITH_LOCAL_TIME_ZONE", t)),
        SqlType::Timestamp(p) => TypeKind::Timestamp(clamp_precision(*p, 6, 9), TimestampKind::Regular),
        SqlType::TimestampLtz(p) => TypeKind::TimestampLtz(clamp_precision(*p, 6, 9), TimestampKind::Regular),
        SqlType::Interval(q) => TypeKind::Interval(interval_kind(q)),
        SqlType::Array(e) => TypeKind::Array(Box::new(resolve_type(e)?)),
        SqlType::Multiset(e) => TypeKind::Multiset(Box::new(resolve_type(e)?)),
        SqlType::Map(k, v) => TypeKind::Map(Box::new(resolve_type(k)?), Box::new(resolve_type(v)?)),
        SqlType::Row(fields) => {
            let row_nullable = t.is_nullable();
            let mut out = Vec::with_capacity(fields.len());
            for f in fields {
                let mut data_type = resolve_type(&f.ty)?;
                if row_nullable {
                    data_type = make_nullable(data_type);
                }
                out.push(RowField { name: f.name.value.clone(), data_type, description: None });
            }
            let mut duplicates: Vec<&str> = out
                .iter()
                .enumerate()
                .filter(|(i, f)| out[..*i].iter().any(|o| o.name == f.name))
                .map(|(_, f)| f.name.as_str())
                .collect();
            if !duplicates.is_empty() {
                duplicates.sort_unstable();
                duplicates.dedup();
                return Err(ParseError::new(
                    format!("Field names must be unique. Found duplicates: [{}]", duplicates.join(", ")),
                    t.span.0,
                ));
            }
            TypeKind::Row(out)
        }
        SqlType::Raw(class, snapshot) => {
            return Err(ParseError::new(
                format!(
                    "Unable to restore the RAW type of class '{}' with serializer snapshot '{}'.",
                    class.value, snapshot.value
                ),
                t.span.0,
            ));
        }
        SqlType::Named(name) => {
            let text = name.to_string();
            if name.0.len() == 1 && !name.0[0].quoted && name.0[0].value.eq_ignore_ascii_case("ANY") {
                return Err(unsupported("ANY", t));
            }
            let shown = name.0.iter().map(|i| i.value.as_str()).collect::<Vec<_>>().join(".");
            let _ = text;
            return Err(ParseError::new(format!("Unknown identifier '{shown}'"), t.span.0));
        }
    })
}

/// A nullable version of `t`, with ROW fields made nullable too (Calcite's rule).
fn make_nullable(mut t: DataType) -> DataType {
    t.nullable = true;
    if let TypeKind::Row(fields) = &mut t.kind {
        for f in fields {
            f.data_type = make_nullable(f.data_type.clone());
        }
    }
    t
}

/// Flink's logical interval type for a qualifier (default precisions: 2 for the leading
/// field, 6 for fractional seconds).
pub fn interval_kind(q: &IntervalQualifier) -> IntervalKind {
    let lead = q.start_precision.map(|p| p as u8).unwrap_or(2);
    let frac = q.fractional_precision.map(|p| p as u8).unwrap_or(6);
    use TimeUnit::*;
    match (q.start, q.end) {
        (Year, None) => IntervalKind::Year { year_precision: lead },
        (Year, Some(_)) => IntervalKind::YearToMonth { year_precision: lead },
        (Month, _) => IntervalKind::Month,
        (Day, None) => IntervalKind::Day { day_precision: lead },
        (Day, Some(Hour)) => IntervalKind::DayToHour { day_precision: lead },
        (Day, Some(Minute)) => IntervalKind::DayToMinute { day_precision: lead },
        (Day, Some(_)) => IntervalKind::DayToSecond { day_precision: lead, fractional_precision: frac },
        (Hour, None) => IntervalKind::Hour,
        (Hour, Some(Minute)) => IntervalKind::HourToMinute,
        (Hour, Some(_)) => IntervalKind::HourToSecond { fractional_precision: frac },
        (Minute, None) => IntervalKind::Minute,
        (Minute, Some(_)) => IntervalKind::MinuteToSecond { fractional_precision: frac },
        (Second, _) => IntervalKind::Second { fractional_precision: frac },
    }
}
