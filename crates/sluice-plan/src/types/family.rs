//! How Calcite names types in its messages (`<INTEGER>`, `<VARCHAR(2147483647)>`) and
//! families in function signatures (`NO_SUCH_FN(<NUMERIC>, <CHARACTER>)`).

use sluice_common::{DataType, TypeKind};

/// Calcite's name of a type, as in "Cannot apply '=' to arguments of type '<INTEGER> = …'".
pub fn calcite_name(t: &DataType) -> String {
    match &t.kind {
        TypeKind::Char(n) => format!("CHAR({n})"),
        TypeKind::VarChar(n) => format!("VARCHAR({n})"),
        TypeKind::Boolean => "BOOLEAN".into(),
        TypeKind::Binary(n) => format!("BINARY({n})"),
        TypeKind::VarBinary(n) => format!("VARBINARY({n})"),
        TypeKind::Decimal(p, s) => format!("DECIMAL({p}, {s})"),
        TypeKind::TinyInt => "TINYINT".into(),
        TypeKind::SmallInt => "SMALLINT".into(),
        TypeKind::Int => "INTEGER".into(),
        TypeKind::BigInt => "BIGINT".into(),
        TypeKind::Float => "FLOAT".into(),
        TypeKind::Double => "DOUBLE".into(),
        TypeKind::Date => "DATE".into(),
        TypeKind::Time(p) => format!("TIME({p})"),
        TypeKind::Timestamp(p, _) => format!("TIMESTAMP({p})"),
        TypeKind::TimestampLtz(p, _) => format!("TIMESTAMP_WITH_LOCAL_TIME_ZONE({p})"),
        TypeKind::Interval(k) if k.is_year_month() => "INTERVAL YEAR TO MONTH".into(),
        TypeKind::Interval(_) => "INTERVAL DAY TO SECOND".into(),
        TypeKind::Array(e) => format!("{} ARRAY", calcite_name(e)),
        TypeKind::Multiset(e) => format!("{} MULTISET", calcite_name(e)),
        TypeKind::Map(k, v) => format!("({}, {}) MAP", calcite_name(k), calcite_name(v)),
        TypeKind::Row(fields) => format!(
            "RecordType({})",
            fields.iter().map(|f| format!("{} {}", calcite_name(&f.data_type), f.name)).collect::<Vec<_>>().join(", ")
        ),
        TypeKind::Raw { .. } => "RAW".into(),
        TypeKind::Null => "NULL".into(),
        TypeKind::Symbol => "SYMBOL".into(),
    }
}

/// Calcite's family name of a type, as in "No match found for function signature F(<NUMERIC>)".
pub fn family_name(t: &DataType) -> &'static str {
    match &t.kind {
        TypeKind::Char(_) | TypeKind::VarChar(_) => "CHARACTER",
        TypeKind::Binary(_) | TypeKind::VarBinary(_) => "BINARY",
        TypeKind::Boolean => "BOOLEAN",
        TypeKind::Decimal(..)
        | TypeKind::TinyInt
        | TypeKind::SmallInt
        | TypeKind::Int
        | TypeKind::BigInt
        | TypeKind::Float
        | TypeKind::Double => "NUMERIC",
        TypeKind::Date => "DATE",
        TypeKind::Time(_) => "TIME",
        TypeKind::Timestamp(..) | TypeKind::TimestampLtz(..) => "TIMESTAMP",
        TypeKind::Interval(k) if k.is_year_month() => "INTERVAL_YEAR_MONTH",
        TypeKind::Interval(_) => "INTERVAL_DAY_TIME",
        TypeKind::Array(_) => "ARRAY",
        TypeKind::Multiset(_) => "MULTISET",
        TypeKind::Map(..) => "MAP",
        TypeKind::Row(_) => "ANY",
        TypeKind::Raw { .. } => "ANY",
        TypeKind::Null => "NULL",
        TypeKind::Symbol => "ANY",
    }
}
