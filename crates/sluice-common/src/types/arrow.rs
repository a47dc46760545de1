//! Flink logical types as Arrow data types, the in-memory format of the executor and sinks.

use std::sync::Arc;

use arrow_schema::{DataType as ArrowType, Field, Fields, IntervalUnit, TimeUnit};

use super::{DataType, TypeKind};

fn time_unit(precision: u8) -> TimeUnit {
    match precision {
        0 => TimeUnit::Second,
        1..=3 => TimeUnit::Millisecond,
        4..=6 => TimeUnit::Microsecond,
        _ => TimeUnit::Nanosecond,
    }
}

/// The Arrow type that holds values of a Flink type. TIMESTAMP_LTZ values are UTC instants;
/// CHAR/VARCHAR are UTF-8; MULTISET is a map from element to count.
pub fn to_arrow(t: &DataType) -> ArrowType {
    match &t.kind {
        TypeKind::Char(_) | TypeKind::VarChar(_) => ArrowType::Utf8,
        TypeKind::Boolean => ArrowType::Boolean,
        TypeKind::Binary(_) | TypeKind::VarBinary(_) | TypeKind::Raw { .. } => ArrowType::Binary,
        TypeKind::Decimal(p, s) => ArrowType::Decimal128(*p, *s as i8),
        TypeKind::TinyInt => ArrowType::Int8,
        TypeKind::SmallInt => ArrowType::Int16,
        TypeKind::Int => ArrowType::Int32,
        TypeKind::BigInt => ArrowType::Int64,
        TypeKind::Float => ArrowType::Float32,
        TypeKind::Double => ArrowType::Float64,
        TypeKind::Date => ArrowType::Date32,
        TypeKind::Time(p) => match time_unit(*p) {
            u @ (TimeUnit::Second | TimeUnit::Millisecond) => ArrowType::Time32(u),
            u => ArrowType::Time64(u),
        },
        TypeKind::Timestamp(p, _) => ArrowType::Timestamp(time_unit(*p), None),
        TypeKind::TimestampLtz(p, _) => ArrowType::Timestamp(time_unit(*p), Some(Arc::from("UTC"))),
        TypeKind::Interval(k) if k.is_year_month() => ArrowType::Interval(IntervalUnit::YearMonth),
        TypeKind::Interval(_) => ArrowType::Interval(IntervalUnit::DayTime),
        TypeKind::Array(e) => ArrowType::List(Arc::new(Field::new("element", to_arrow(e), e.nullable))),
        TypeKind::Multiset(e) => map_type(to_field("key", e), Field::new("value", ArrowType::Int32, false)),
        TypeKind::Map(k, v) => map_type(to_field("key", k), to_field("value", v)),
        TypeKind::Row(fields) => {
            ArrowType::Struct(Fields::from(fields.iter().map(|f| to_field(&f.name, &f.data_type)).collect::<Vec<_>>()))
        }
        TypeKind::Null => ArrowType::Null,
        TypeKind::Symbol => ArrowType::Utf8,
    }
}

/// An Arrow field of the given name for a Flink type, with its nullability.
pub fn to_field(name: &str, t: &DataType) -> Field {
    Field::new(name, to_arrow(t), t.nullable)
}

fn map_type(key: Field, value: Field) -> ArrowType {
    // Arrow map keys are never null.
    let key = key.with_nullable(false);
    let entries = Field::new("entries", ArrowType::Struct(Fields::from(vec![key, value])), false);
    ArrowType::Map(Arc::new(entries), false)
}
