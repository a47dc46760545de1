//! StarRocks column types: what `CREATE TABLE` accepts and how each type is printed in
//! `information_schema.COLUMNS`, `SHOW CREATE TABLE` and `DESC` (wire spec §8.3, §8.4).

use std::fmt::Write as _;

/// The storage width StarRocks picks for a `DECIMAL(p, s)` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalWidth {
    /// `DECIMAL32`, p ≤ 9.
    D32,
    /// `DECIMAL64`, p ≤ 18.
    D64,
    /// `DECIMAL128`, p ≤ 38.
    D128,
    /// `DECIMAL256`, p ≤ 76.
    D256,
}

impl DecimalWidth {
    /// The width StarRocks stores a plain `DECIMAL(p, s)` with.
    pub fn for_precision(precision: u8) -> Self {
        if precision <= 18 {
            DecimalWidth::D64
        } else if precision <= 38 {
            DecimalWidth::D128
        } else {
            DecimalWidth::D256
        }
    }

    fn name(self) -> &'static str {
        match self {
            DecimalWidth::D32 => "DECIMAL32",
            DecimalWidth::D64 => "DECIMAL64",
            DecimalWidth::D128 => "DECIMAL128",
            DecimalWidth::D256 => "DECIMAL256",
        }
    }
}

/// One field of a `STRUCT<...>` type.
#[derive(Debug, Clone, PartialEq)]
pub struct StructField {
    /// Field name.
    pub name: String,
    /// Field type.
    pub ty: ColumnType,
    /// Field comment, if any.
    pub comment: Option<String>,
}

/// A StarRocks column type.
#[derive(Debug, Clone, PartialEq)]
pub enum ColumnType {
    /// `BOOLEAN`.
    Boolean,
    /// `TINYINT`.
    TinyInt,
    /// `SMALLINT`.
    SmallInt,
    /// `INT`.
    Int,
    /// `BIGINT`.
    BigInt,
    /// `LARGEINT` (128-bit).
    LargeInt,
    /// `FLOAT`.
    Float,
    /// `DOUBLE`.
    Double,
    /// `DECIMAL(p, s)` and its explicit-width spellings.
    Decimal {
        /// Precision.
        precision: u8,
        /// Scale.
        scale: u8,
        /// Storage width.
        width: DecimalWidth,
    },
    /// `CHAR(n)`, length in bytes.
    Char(u32),
    /// `VARCHAR(n)` (and `STRING` = `VARCHAR(65533)`), length in bytes.
    Varchar(u32),
    /// `BINARY` / `VARBINARY[(n)]`.
    Varbinary(Option<u32>),
    /// `DATE`.
    Date,
    /// `DATETIME`.
    DateTime,
    /// `JSON`.
    Json,
    /// `ARRAY<T>`.
    Array(Box<ColumnType>),
    /// `MAP<K, V>`.
    Map(Box<ColumnType>, Box<ColumnType>),
    /// `STRUCT<name T, ...>`.
    Struct(Vec<StructField>),
    /// `BITMAP`.
    Bitmap,
    /// `HLL`.
    Hll,
    /// `PERCENTILE`.
    Percentile,
}

impl ColumnType {
    /// `DATA_TYPE` of `information_schema.COLUMNS`.
    pub fn data_type(&self) -> &'static str {
        match self {
            ColumnType::Boolean | ColumnType::TinyInt => "tinyint",
            ColumnType::SmallInt => "smallint",
            ColumnType::Int => "int",
            ColumnType::BigInt => "bigint",
            ColumnType::LargeInt => "bigint unsigned",
            ColumnType::Float => "float",
            ColumnType::Double => "double",
            ColumnType::Decimal { .. } => "decimal",
            ColumnType::Char(_) => "char",
            ColumnType::Varchar(_) => "varchar",
            ColumnType::Varbinary(_) => "varbinary",
            ColumnType::Date => "date",
            ColumnType::DateTime => "datetime",
            ColumnType::Json => "json",
            ColumnType::Array(_) => "array",
            ColumnType::Map(..) => "map",
            ColumnType::Struct(_) => "struct",
            ColumnType::Bitmap => "bitmap",
            ColumnType::Hll => "hll",
            ColumnType::Percentile => "percentile",
        }
    }

    /// `COLUMN_TYPE` of `information_schema.COLUMNS`.
    pub fn column_type(&self) -> String {
        match self {
            ColumnType::Boolean => "tinyint(1)".into(),
            ColumnType::TinyInt => "tinyint(4)".into(),
            ColumnType::SmallInt => "smallint(6)".into(),
            ColumnType::Int => "int(11)".into(),
            ColumnType::BigInt => "bigint(20)".into(),
            ColumnType::LargeInt => "bigint(20) unsigned".into(),
            ColumnType::Float => "float".into(),
            ColumnType::Double => "double".into(),
            ColumnType::Decimal { precision, scale, .. } => format!("decimal({precision}, {scale})"),
            ColumnType::Char(n) => format!("char({n})"),
            ColumnType::Varchar(n) => format!("varchar({n})"),
            ColumnType::Varbinary(None) => "varbinary".into(),
            ColumnType::Varbinary(Some(n)) => format!("varbinary({n})"),
            ColumnType::Date => "date".into(),
            ColumnType::DateTime => "datetime".into(),
            ColumnType::Json => "json".into(),
            ColumnType::Array(e) => format!("array<{}>", e.element_type()),
            ColumnType::Map(k, v) => format!("map<{},{}>", k.element_type(), v.element_type()),
            ColumnType::Struct(fields) => {
                let mut s = String::from("struct<");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    let _ = write!(s, "{} {}", f.name, f.ty.element_type());
                    if let Some(c) = &f.comment {
                        let _ = write!(s, " COMMENT '{c}'");
                    }
                }
                s.push('>');
                s
            }
            ColumnType::Bitmap => "bitmap".into(),
            ColumnType::Hll => "hll".into(),
            ColumnType::Percentile => "percentile".into(),
        }
    }

    /// The type as printed inside `array<...>`, `map<...>` and `struct<...>`.
    fn element_type(&self) -> String {
        match self {
            ColumnType::Decimal { precision, scale, width } => format!("{}({precision},{scale})", width.name()),
            other => other.column_type(),
        }
    }

    /// `COLUMN_SIZE` of `information_schema.COLUMNS` (also `NUMERIC_PRECISION` for numbers).
    pub fn column_size(&self) -> Option<i64> {
        match self {
            ColumnType::TinyInt => Some(3),
            ColumnType::SmallInt => Some(5),
            ColumnType::Int => Some(10),
            ColumnType::BigInt => Some(19),
            ColumnType::LargeInt => Some(39),
            ColumnType::Float => Some(7),
            ColumnType::Double => Some(15),
            ColumnType::Decimal { precision, .. } => Some(i64::from(*precision)),
            ColumnType::Char(n) | ColumnType::Varchar(n) => Some(i64::from(*n)),
            ColumnType::Hll => Some(16385),
            _ => None,
        }
    }

    /// `DECIMAL_DIGITS` of `information_schema.COLUMNS` (also `NUMERIC_SCALE`).
    pub fn decimal_digits(&self) -> Option<i64> {
        match self {
            ColumnType::Boolean | ColumnType::TinyInt | ColumnType::SmallInt | ColumnType::Int | ColumnType::BigInt => {
                Some(0)
            }
            ColumnType::Float => Some(7),
            ColumnType::Double => Some(15),
            ColumnType::Decimal { scale, .. } => Some(i64::from(*scale)),
            _ => None,
        }
    }

    /// `NUMERIC_PRECISION`: the column size for numeric types, NULL otherwise.
    pub fn numeric_precision(&self) -> Option<i64> {
        if self.is_numeric() { self.column_size() } else { None }
    }

    /// `CHARACTER_MAXIMUM_LENGTH`: the length of CHAR/VARCHAR columns.
    pub fn char_max_length(&self) -> Option<i64> {
        match self {
            ColumnType::Char(n) | ColumnType::Varchar(n) => Some(i64::from(*n)),
            _ => None,
        }
    }

    /// Whether the type is a number (BOOLEAN included).
    pub fn is_numeric(&self) -> bool {
        matches!(
            self,
            ColumnType::Boolean
                | ColumnType::TinyInt
                | ColumnType::SmallInt
                | ColumnType::Int
                | ColumnType::BigInt
                | ColumnType::LargeInt
                | ColumnType::Float
                | ColumnType::Double
                | ColumnType::Decimal { .. }
        )
    }

    /// The type as `SHOW CREATE TABLE` prints it (`Column#toSql`).
    pub fn to_sql(&self) -> String {
        match self {
            ColumnType::Boolean => "boolean".into(),
            ColumnType::LargeInt => "largeint(40)".into(),
            ColumnType::Varbinary(None) => "varbinary".into(),
            other => other.column_type(),
        }
    }

    /// The type name used in conversion error messages (`Type: <type>`).
    pub fn error_name(&self) -> String {
        match self {
            ColumnType::Boolean => "BOOLEAN".into(),
            ColumnType::TinyInt => "TINYINT".into(),
            ColumnType::SmallInt => "SMALLINT".into(),
            ColumnType::Int => "INT".into(),
            ColumnType::BigInt => "BIGINT".into(),
            ColumnType::LargeInt => "LARGEINT".into(),
            ColumnType::Float => "FLOAT".into(),
            ColumnType::Double => "DOUBLE".into(),
            ColumnType::Decimal { precision, scale, width } => format!("{}({precision},{scale})", width.name()),
            ColumnType::Char(n) => format!("CHAR({n})"),
            ColumnType::Varchar(n) => format!("VARCHAR({n})"),
            ColumnType::Varbinary(_) => "VARBINARY".into(),
            ColumnType::Date => "DATE".into(),
            ColumnType::DateTime => "DATETIME".into(),
            ColumnType::Json => "JSON".into(),
            other => other.column_type().to_uppercase(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn information_schema_strings_follow_the_spec_table() {
        assert_eq!(ColumnType::Boolean.column_type(), "tinyint(1)");
        assert_eq!(ColumnType::LargeInt.data_type(), "bigint unsigned");
        let dec = ColumnType::Decimal { precision: 10, scale: 2, width: DecimalWidth::D64 };
        assert_eq!(dec.column_type(), "decimal(10, 2)");
        assert_eq!(ColumnType::Array(Box::new(dec.clone())).column_type(), "array<DECIMAL64(10,2)>");
        assert_eq!(
            ColumnType::Map(Box::new(ColumnType::Int), Box::new(ColumnType::Varchar(10))).column_type(),
            "map<int(11),varchar(10)>"
        );
        let st = ColumnType::Struct(vec![
            StructField { name: "a".into(), ty: ColumnType::Int, comment: None },
            StructField { name: "b".into(), ty: ColumnType::Varchar(10), comment: None },
        ]);
        assert_eq!(st.column_type(), "struct<a int(11), b varchar(10)>");
        assert_eq!(ColumnType::Hll.column_size(), Some(16385));
        assert_eq!(ColumnType::Boolean.column_size(), None);
        assert_eq!(ColumnType::Float.decimal_digits(), Some(7));
    }
}
