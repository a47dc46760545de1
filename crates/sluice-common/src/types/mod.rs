//! The Flink logical type model (`org.apache.flink.table.types.logical`), without parsing.
//!
//! A [`DataType`] is a [`TypeKind`] plus nullability. [`DataType::summary`] prints it as
//! Flink's `DESCRIBE` does (`STRING`, `TIMESTAMP_LTZ(3)`, `TIMESTAMP(3) *ROWTIME*`), and
//! [`DataType::serializable`] as `SHOW CREATE TABLE` does (`VARCHAR(2147483647)`).

mod arrow;
mod display;

pub use arrow::to_arrow;

/// Length of `STRING` (`VARCHAR(2147483647)`) and `BYTES`.
pub const MAX_LENGTH: u32 = i32::MAX as u32;
/// Largest DECIMAL precision Flink supports.
pub const MAX_DECIMAL_PRECISION: u8 = 38;

/// A Flink logical type with its nullability.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DataType {
    /// The type without nullability.
    pub kind: TypeKind,
    /// Whether NULL is a value of this type.
    pub nullable: bool,
}

/// Time attribute marker of a timestamp column (`*ROWTIME*`, `*PROCTIME*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TimestampKind {
    /// An ordinary timestamp.
    #[default]
    Regular,
    /// The event-time attribute of a table with a watermark.
    Rowtime,
    /// A processing-time attribute (`PROCTIME()`).
    Proctime,
}

/// Resolution of an interval type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntervalKind {
    /// `INTERVAL YEAR(p)`.
    Year { year_precision: u8 },
    /// `INTERVAL YEAR(p) TO MONTH`.
    YearToMonth { year_precision: u8 },
    /// `INTERVAL MONTH`, Flink's type of every year-month interval value.
    Month,
    /// `INTERVAL DAY(p)`.
    Day { day_precision: u8 },
    /// `INTERVAL DAY(p) TO HOUR`.
    DayToHour { day_precision: u8 },
    /// `INTERVAL DAY(p) TO MINUTE`.
    DayToMinute { day_precision: u8 },
    /// `INTERVAL DAY(p) TO SECOND(f)`.
    DayToSecond { day_precision: u8, fractional_precision: u8 },
    /// `INTERVAL HOUR`.
    Hour,
    /// `INTERVAL HOUR TO MINUTE`.
    HourToMinute,
    /// `INTERVAL HOUR TO SECOND(f)`.
    HourToSecond { fractional_precision: u8 },
    /// `INTERVAL MINUTE`.
    Minute,
    /// `INTERVAL MINUTE TO SECOND(f)`.
    MinuteToSecond { fractional_precision: u8 },
    /// `INTERVAL SECOND(f)`, Flink's type of every day-time interval value (f = 3).
    Second { fractional_precision: u8 },
}

impl IntervalKind {
    /// Whether this is a year-month interval (otherwise day-time).
    pub fn is_year_month(&self) -> bool {
        matches!(self, Self::Year { .. } | Self::YearToMonth { .. } | Self::Month)
    }
}

/// One field of a ROW type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RowField {
    /// Field name, case kept.
    pub name: String,
    /// Field type.
    pub data_type: DataType,
    /// Field comment (`ROW<a INT 'the a'>`).
    pub description: Option<String>,
}

/// The kinds of Flink logical types.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeKind {
    /// `CHAR(n)`.
    Char(u32),
    /// `VARCHAR(n)`; `STRING` when n = [`MAX_LENGTH`].
    VarChar(u32),
    /// `BOOLEAN`.
    Boolean,
    /// `BINARY(n)`.
    Binary(u32),
    /// `VARBINARY(n)`; `BYTES` when n = [`MAX_LENGTH`].
    VarBinary(u32),
    /// `DECIMAL(p, s)`.
    Decimal(u8, u8),
    /// `TINYINT`.
    TinyInt,
    /// `SMALLINT`.
    SmallInt,
    /// `INT`.
    Int,
    /// `BIGINT`.
    BigInt,
    /// `FLOAT`.
    Float,
    /// `DOUBLE`.
    Double,
    /// `DATE`.
    Date,
    /// `TIME(p)`.
    Time(u8),
    /// `TIMESTAMP(p)`, possibly a rowtime attribute.
    Timestamp(u8, TimestampKind),
    /// `TIMESTAMP_LTZ(p)`, possibly a time attribute.
    TimestampLtz(u8, TimestampKind),
    /// An interval (only as an expression type, never as a column type in DDL).
    Interval(IntervalKind),
    /// `ARRAY<T>`.
    Array(Box<DataType>),
    /// `MULTISET<T>`.
    Multiset(Box<DataType>),
    /// `MAP<K, V>`.
    Map(Box<DataType>, Box<DataType>),
    /// `ROW<…>`.
    Row(Vec<RowField>),
    /// `RAW('class', 'snapshot')`.
    Raw { class: String, snapshot: String },
    /// The type of an untyped `NULL` literal.
    Null,
    /// Flink's SYMBOL type (time units and flags passed to built-in functions).
    Symbol,
}

impl DataType {
    /// A nullable type of this kind.
    pub fn nullable(kind: TypeKind) -> Self {
        DataType { kind, nullable: true }
    }

    /// A NOT NULL type of this kind.
    pub fn not_null(kind: TypeKind) -> Self {
        DataType { kind, nullable: false }
    }

    /// The same type with the given nullability.
    pub fn with_nullable(mut self, nullable: bool) -> Self {
        self.nullable = nullable;
        self
    }

    /// `STRING` (nullable).
    pub fn string() -> Self {
        Self::nullable(TypeKind::VarChar(MAX_LENGTH))
    }

    /// The same type without a time-attribute marker (what a computed expression over a
    /// rowtime column yields after materialisation).
    pub fn without_time_attribute(&self) -> DataType {
        let kind = match &self.kind {
            TypeKind::Timestamp(p, _) => TypeKind::Timestamp(*p, TimestampKind::Regular),
            TypeKind::TimestampLtz(p, _) => TypeKind::TimestampLtz(*p, TimestampKind::Regular),
            k => k.clone(),
        };
        DataType { kind, nullable: self.nullable }
    }

    /// The time-attribute marker, if this is a timestamp type.
    pub fn time_attribute(&self) -> TimestampKind {
        match self.kind {
            TypeKind::Timestamp(_, k) | TypeKind::TimestampLtz(_, k) => k,
            _ => TimestampKind::Regular,
        }
    }

    /// Whether the kind is one of the character string types.
    pub fn is_character_string(&self) -> bool {
        matches!(self.kind, TypeKind::Char(_) | TypeKind::VarChar(_))
    }

    /// Whether the kind is one of the binary string types.
    pub fn is_binary_string(&self) -> bool {
        matches!(self.kind, TypeKind::Binary(_) | TypeKind::VarBinary(_))
    }

    /// TINYINT, SMALLINT, INT or BIGINT.
    pub fn is_integer(&self) -> bool {
        matches!(self.kind, TypeKind::TinyInt | TypeKind::SmallInt | TypeKind::Int | TypeKind::BigInt)
    }

    /// Any exact or approximate numeric type.
    pub fn is_numeric(&self) -> bool {
        self.is_integer() || matches!(self.kind, TypeKind::Decimal(..) | TypeKind::Float | TypeKind::Double)
    }

    /// TIMESTAMP or TIMESTAMP_LTZ of any precision.
    pub fn is_timestamp(&self) -> bool {
        matches!(self.kind, TypeKind::Timestamp(..) | TypeKind::TimestampLtz(..))
    }

    /// DATE, TIME, TIMESTAMP or TIMESTAMP_LTZ.
    pub fn is_datetime(&self) -> bool {
        self.is_timestamp() || matches!(self.kind, TypeKind::Date | TypeKind::Time(_))
    }

    /// Whether this is an interval type.
    pub fn is_interval(&self) -> bool {
        matches!(self.kind, TypeKind::Interval(_))
    }

    /// Fields of a ROW type, empty for other kinds.
    pub fn row_fields(&self) -> &[RowField] {
        match &self.kind {
            TypeKind::Row(f) => f,
            _ => &[],
        }
    }

    /// Precision of DECIMAL and the integer types (as Flink's `getPrecision`).
    pub fn numeric_precision(&self) -> Option<u8> {
        Some(match self.kind {
            TypeKind::TinyInt => 3,
            TypeKind::SmallInt => 5,
            TypeKind::Int => 10,
            TypeKind::BigInt => 19,
            TypeKind::Decimal(p, _) => p,
            _ => return None,
        })
    }

    /// Scale of DECIMAL (0 for the integer types).
    pub fn numeric_scale(&self) -> Option<u8> {
        match self.kind {
            TypeKind::Decimal(_, s) => Some(s),
            _ if self.is_integer() => Some(0),
            _ => None,
        }
    }

    /// Length of CHAR, VARCHAR, BINARY and VARBINARY.
    pub fn length(&self) -> Option<u32> {
        match self.kind {
            TypeKind::Char(n) | TypeKind::VarChar(n) | TypeKind::Binary(n) | TypeKind::VarBinary(n) => Some(n),
            _ => None,
        }
    }
}
