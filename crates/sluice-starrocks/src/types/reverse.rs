//! Flink → StarRocks DDL types: the reverse of the seed's mapping table, for
//! `sluice ddl starrocks` and `validate --live --create-missing`.

use sluice_common::{DataType, TypeKind};

use super::starrocks_type::{STRING_LENGTH, StarRocksType as Sr};

/// The StarRocks column type for a Flink type; `Err` names what StarRocks cannot hold.
pub fn to_starrocks(flink: &DataType) -> Result<Sr, String> {
    use TypeKind as F;
    Ok(match &flink.kind {
        F::Boolean => Sr::Boolean,
        F::TinyInt => Sr::TinyInt,
        F::SmallInt => Sr::SmallInt,
        F::Int => Sr::Int,
        F::BigInt => Sr::BigInt,
        F::Float => Sr::Float,
        F::Double => Sr::Double,
        F::Decimal(p, s) => Sr::Decimal(*p, *s),
        // BINARY loads as the big-endian unsigned integer of its bytes.
        F::Binary(n) if *n <= 3 => Sr::Int,
        F::Binary(n) if *n <= 7 => Sr::BigInt,
        F::Binary(n) if *n <= 15 => Sr::LargeInt,
        F::Binary(_) | F::VarBinary(_) => Sr::Varbinary(None),
        F::Char(_) | F::VarChar(_) => Sr::Varchar(STRING_LENGTH),
        F::Date => Sr::Date,
        F::Timestamp(..) | F::TimestampLtz(..) => Sr::Datetime,
        F::Array(e) => Sr::Array(Box::new(to_starrocks(e)?)),
        F::Map(..) | F::Row(_) => Sr::Json,
        _ => return Err(flink.summary()),
    })
}

/// Whether StarRocks accepts the type in a key (sort, primary or distribution) column.
pub fn can_be_key(t: &Sr) -> bool {
    matches!(
        t,
        Sr::Boolean
            | Sr::TinyInt
            | Sr::SmallInt
            | Sr::Int
            | Sr::BigInt
            | Sr::LargeInt
            | Sr::Decimal(..)
            | Sr::Char(_)
            | Sr::Varchar(_)
            | Sr::Date
            | Sr::Datetime
    )
}
