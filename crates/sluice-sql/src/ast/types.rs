//! Data types as written in a statement (before resolution to a logical type).

use super::{Ident, NodeSpan, ObjectName, StringLit};

/// A data type with its nullability suffix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeExpr {
    /// The type.
    pub ty: SqlType,
    /// `None` when no suffix was written, `Some(false)` for `NOT NULL`, `Some(true)` for `NULL`.
    pub nullable: Option<bool>,
    /// Where the type was written.
    pub span: NodeSpan,
}

impl TypeExpr {
    /// Whether the type admits NULL (no suffix means nullable).
    pub fn is_nullable(&self) -> bool {
        self.nullable != Some(false)
    }
}

/// A time unit of an interval qualifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TimeUnit {
    /// YEAR.
    Year,
    /// MONTH.
    Month,
    /// DAY.
    Day,
    /// HOUR.
    Hour,
    /// MINUTE.
    Minute,
    /// SECOND.
    Second,
}

impl TimeUnit {
    /// The keyword.
    pub fn as_str(&self) -> &'static str {
        match self {
            TimeUnit::Year => "YEAR",
            TimeUnit::Month => "MONTH",
            TimeUnit::Day => "DAY",
            TimeUnit::Hour => "HOUR",
            TimeUnit::Minute => "MINUTE",
            TimeUnit::Second => "SECOND",
        }
    }
}

/// `YEAR(2) TO MONTH`, `DAY TO SECOND(3)`, `MINUTE`, …
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IntervalQualifier {
    /// Leading unit.
    pub start: TimeUnit,
    /// Leading precision, if written.
    pub start_precision: Option<u64>,
    /// Trailing unit of a range.
    pub end: Option<TimeUnit>,
    /// Fractional-second precision, if written (`SECOND(3)` or `TO SECOND(3)`).
    pub fractional_precision: Option<u64>,
}

/// One field of `ROW<…>` / `ROW(…)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowFieldDef {
    /// Field name.
    pub name: Ident,
    /// Field type.
    pub ty: TypeExpr,
    /// Optional field comment (a bare string after the type).
    pub comment: Option<StringLit>,
}

/// The data types of Flink's grammar, synonyms folded together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SqlType {
    /// `CHAR[(n)]`, `CHARACTER[(n)]`.
    Char(Option<u64>),
    /// `VARCHAR[(n)]`, `CHAR VARYING[(n)]`, `CHARACTER VARYING[(n)]`.
    VarChar(Option<u64>),
    /// `STRING`.
    String,
    /// `BOOLEAN`.
    Boolean,
    /// `BINARY[(n)]`.
    Binary(Option<u64>),
    /// `VARBINARY[(n)]`, `BINARY VARYING[(n)]`.
    VarBinary(Option<u64>),
    /// `BYTES`.
    Bytes,
    /// `DECIMAL`, `DEC`, `NUMERIC` with optional precision and scale.
    Decimal(Option<u64>, Option<u64>),
    /// `TINYINT`.
    TinyInt,
    /// `SMALLINT`.
    SmallInt,
    /// `INT`, `INTEGER`.
    Int,
    /// `BIGINT`.
    BigInt,
    /// `FLOAT`.
    Float,
    /// `REAL` (parses, but Flink does not support it).
    Real,
    /// `DOUBLE [PRECISION]`.
    Double,
    /// `DATE`.
    Date,
    /// `TIME[(p)] [WITHOUT TIME ZONE]`.
    Time(Option<u64>),
    /// `TIME[(p)] WITH LOCAL TIME ZONE` (parses, but Flink does not support it).
    TimeLtz(Option<u64>),
    /// `TIMESTAMP[(p)] [WITHOUT TIME ZONE]`.
    Timestamp(Option<u64>),
    /// `TIMESTAMP[(p)] WITH LOCAL TIME ZONE`, `TIMESTAMP_LTZ[(p)]`.
    TimestampLtz(Option<u64>),
    /// `INTERVAL <qualifier>` (only valid as a CAST target).
    Interval(IntervalQualifier),
    /// `ARRAY<T>` or `T ARRAY`.
    Array(Box<TypeExpr>),
    /// `MULTISET<T>` or `T MULTISET`.
    Multiset(Box<TypeExpr>),
    /// `MAP<K, V>`.
    Map(Box<TypeExpr>, Box<TypeExpr>),
    /// `ROW<…>` or `ROW(…)`.
    Row(Vec<RowFieldDef>),
    /// `RAW('class', 'snapshot')`.
    Raw(StringLit, StringLit),
    /// Any other name: a user-defined type, unknown to the built-in catalog.
    Named(ObjectName),
}
