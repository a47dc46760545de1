//! Flink's type rules: common types, implicit and explicit casts, decimal arithmetic and
//! the type families Calcite prints in function signatures.

pub mod arithmetic;
pub mod casts;
pub mod common;
pub mod family;

use sluice_common::types::MAX_LENGTH;
use sluice_common::{DataType, TypeKind};

/// Shorthand for a nullable type.
pub fn n(kind: TypeKind) -> DataType {
    DataType::nullable(kind)
}

/// Shorthand for a NOT NULL type.
pub fn nn(kind: TypeKind) -> DataType {
    DataType::not_null(kind)
}

/// `STRING` with the given nullability.
pub fn string(nullable: bool) -> DataType {
    DataType { kind: TypeKind::VarChar(MAX_LENGTH), nullable }
}

/// A type whose nullability is the OR of `args`' nullability.
pub fn nullable_if_any(kind: TypeKind, args: &[&DataType]) -> DataType {
    DataType { kind, nullable: args.iter().any(|a| a.nullable) }
}

/// The type as an integer is seen by DECIMAL arithmetic: `(precision, scale)`.
pub fn as_decimal(t: &DataType) -> Option<(u8, u8)> {
    match t.kind {
        TypeKind::Decimal(p, s) => Some((p, s)),
        TypeKind::TinyInt => Some((3, 0)),
        TypeKind::SmallInt => Some((5, 0)),
        TypeKind::Int => Some((10, 0)),
        TypeKind::BigInt => Some((19, 0)),
        _ => None,
    }
}
