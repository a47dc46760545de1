//! Which casts Flink allows (`LogicalTypeCasts`): implicit ones (INSERT into a sink, function
//! arguments) and explicit ones (`CAST`).

use sluice_common::{DataType, TypeKind};

/// Flink's type roots, enough to express the cast tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Root {
    Char,
    VarChar,
    Boolean,
    Binary,
    VarBinary,
    Decimal,
    TinyInt,
    SmallInt,
    Int,
    BigInt,
    Float,
    Double,
    Date,
    Time,
    Timestamp,
    TimestampLtz,
    IntervalYm,
    IntervalDt,
    Constructed,
    Raw,
    Null,
    Symbol,
}

fn root(t: &TypeKind) -> Root {
    match t {
        TypeKind::Char(_) => Root::Char,
        TypeKind::VarChar(_) => Root::VarChar,
        TypeKind::Boolean => Root::Boolean,
        TypeKind::Binary(_) => Root::Binary,
        TypeKind::VarBinary(_) => Root::VarBinary,
        TypeKind::Decimal(..) => Root::Decimal,
        TypeKind::TinyInt => Root::TinyInt,
        TypeKind::SmallInt => Root::SmallInt,
        TypeKind::Int => Root::Int,
        TypeKind::BigInt => Root::BigInt,
        TypeKind::Float => Root::Float,
        TypeKind::Double => Root::Double,
        TypeKind::Date => Root::Date,
        TypeKind::Time(_) => Root::Time,
        TypeKind::Timestamp(..) => Root::Timestamp,
        TypeKind::TimestampLtz(..) => Root::TimestampLtz,
        TypeKind::Interval(k) if k.is_year_month() => Root::IntervalYm,
        TypeKind::Interval(_) => Root::IntervalDt,
        TypeKind::Array(_) | TypeKind::Multiset(_) | TypeKind::Map(..) | TypeKind::Row(_) => Root::Constructed,
        TypeKind::Raw { .. } => Root::Raw,
        TypeKind::Null => Root::Null,
        TypeKind::Symbol => Root::Symbol,
    }
}

use Root::*;

const CHARACTER: &[Root] = &[Char, VarChar];
const BINARY: &[Root] = &[Binary, VarBinary];
const INTEGERS: &[Root] = &[TinyInt, SmallInt, Int, BigInt];
const NUMERIC: &[Root] = &[TinyInt, SmallInt, Int, BigInt, Decimal, Float, Double];
const EXACT_NUMERIC: &[Root] = &[TinyInt, SmallInt, Int, BigInt, Decimal];
const INTERVALS: &[Root] = &[IntervalYm, IntervalDt];
const TIMESTAMPS: &[Root] = &[Timestamp, TimestampLtz];
const DATETIME: &[Root] = &[Date, Time, Timestamp, TimestampLtz];
const PREDEFINED: &[Root] = &[
    Char,
    VarChar,
    Boolean,
    Binary,
    VarBinary,
    Decimal,
    TinyInt,
    SmallInt,
    Int,
    BigInt,
    Float,
    Double,
    Date,
    Time,
    Timestamp,
    TimestampLtz,
    IntervalYm,
    IntervalDt,
];

fn implicit_from(target: Root) -> &'static [Root] {
    match target {
        Char => &[Char],
        VarChar => CHARACTER,
        Boolean => &[Boolean],
        Binary => &[Binary],
        VarBinary => BINARY,
        Decimal => NUMERIC,
        TinyInt => &[TinyInt],
        SmallInt => &[TinyInt, SmallInt],
        Int => &[TinyInt, SmallInt, Int],
        BigInt => INTEGERS,
        Float => &[TinyInt, SmallInt, Int, BigInt, Float, Decimal],
        Double => NUMERIC,
        Date => &[Date, Timestamp],
        Time => &[Time, Timestamp],
        Timestamp => &[Timestamp, TimestampLtz],
        TimestampLtz => &[TimestampLtz, Timestamp],
        IntervalYm => &[IntervalYm],
        IntervalDt => &[IntervalDt],
        _ => &[],
    }
}

fn explicit_from(target: Root, source: Root) -> bool {
    let inn = |set: &[Root]| set.contains(&source);
    match target {
        Char | VarChar => inn(PREDEFINED) || matches!(source, Constructed | Raw | Null),
        Boolean => inn(CHARACTER) || inn(NUMERIC),
        Binary | VarBinary => inn(CHARACTER) || inn(BINARY) || source == Raw,
        Decimal | TinyInt | SmallInt | Int | BigInt => {
            inn(NUMERIC) || inn(CHARACTER) || inn(INTERVALS) || source == Boolean || inn(TIMESTAMPS)
        }
        Float | Double => inn(NUMERIC) || inn(CHARACTER) || source == Boolean || inn(TIMESTAMPS),
        // Calcite lets binary strings be cast to datetimes (they fail at run time).
        Date => inn(TIMESTAMPS) || inn(CHARACTER) || inn(BINARY) || source == Date,
        Time => source == Time || inn(TIMESTAMPS) || inn(CHARACTER) || inn(BINARY),
        Timestamp | TimestampLtz => inn(DATETIME) || inn(CHARACTER) || inn(NUMERIC) || inn(BINARY),
        // A string parses at run time (the planner has no such cast yet; see `cast`).
        IntervalYm | IntervalDt => inn(EXACT_NUMERIC) || inn(CHARACTER),
        _ => false,
    }
}

/// Whether Flink converts `source` to `target` implicitly, ignoring nullability (as the
/// INSERT check does: a NOT NULL sink column is enforced at run time, not at planning).
pub fn supports_implicit_cast(source: &DataType, target: &DataType) -> bool {
    supports(&source.kind, &target.kind, false)
}

/// Whether `CAST(source AS target)` is allowed.
pub fn supports_explicit_cast(source: &DataType, target: &DataType) -> bool {
    supports(&source.kind, &target.kind, true)
}

fn supports(source: &TypeKind, target: &TypeKind, explicit: bool) -> bool {
    if strip_attributes(source) == strip_attributes(target) {
        return true;
    }
    let (s, t) = (root(source), root(target));
    if s == Null {
        return true;
    }
    if s == Constructed || t == Constructed {
        return constructed(source, target, explicit);
    }
    if (s == Raw && !matches!(t, Binary | VarBinary | Char | VarChar)) || t == Raw || s == Symbol || t == Symbol {
        return false;
    }
    implicit_from(t).contains(&s) || (explicit && explicit_from(t, s))
}

fn strip_attributes(t: &TypeKind) -> TypeKind {
    DataType::nullable(t.clone()).without_time_attribute().kind
}

fn constructed(source: &TypeKind, target: &TypeKind, explicit: bool) -> bool {
    match (source, target) {
        (TypeKind::Array(a), TypeKind::Array(b)) | (TypeKind::Multiset(a), TypeKind::Multiset(b)) => {
            supports(&a.kind, &b.kind, explicit)
        }
        (TypeKind::Map(ka, va), TypeKind::Map(kb, vb)) => {
            supports(&ka.kind, &kb.kind, explicit) && supports(&va.kind, &vb.kind, explicit)
        }
        (TypeKind::Row(a), TypeKind::Row(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| supports(&x.data_type.kind, &y.data_type.kind, explicit))
        }
        (_, TypeKind::Char(_) | TypeKind::VarChar(_)) => explicit,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::n;

    #[test]
    fn insert_compatibility_matches_flink() {
        let int = n(TypeKind::Int);
        let bigint = n(TypeKind::BigInt);
        let string = n(TypeKind::VarChar(sluice_common::types::MAX_LENGTH));
        assert!(supports_implicit_cast(&int, &bigint));
        assert!(!supports_implicit_cast(&bigint, &int));
        assert!(!supports_implicit_cast(&int, &string));
        assert!(supports_implicit_cast(&string, &n(TypeKind::VarChar(2))));
        assert!(supports_implicit_cast(&n(TypeKind::Timestamp(3, Default::default())), &n(TypeKind::Date)));
        assert!(!supports_implicit_cast(&n(TypeKind::Date), &n(TypeKind::Timestamp(3, Default::default()))));
        assert!(supports_implicit_cast(&n(TypeKind::Decimal(10, 2)), &n(TypeKind::Float)));
        assert!(supports_explicit_cast(&int, &string));
        assert!(!supports_explicit_cast(&n(TypeKind::Boolean), &n(TypeKind::Date)));
    }
}
