//! Operand type families of built-in functions (Calcite's operand type checkers), for the
//! "Cannot apply 'F' to arguments of type …" error.

use sluice_common::{DataType, TypeKind};

use crate::types::family::calcite_name;

/// A family of operand types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fam {
    /// CHAR, VARCHAR.
    Character,
    /// CHAR, VARCHAR, BINARY, VARBINARY.
    String,
    /// Any numeric type.
    Numeric,
    /// TINYINT … BIGINT.
    Integer,
    /// Exact numerics.
    ExactNumeric,
    /// DATE, TIME, TIMESTAMP, TIMESTAMP_LTZ.
    Datetime,
    /// TIMESTAMP, TIMESTAMP_LTZ.
    Timestamp,
    /// BINARY, VARBINARY.
    Binary,
    /// ARRAY, MULTISET, MAP.
    Collection,
    /// Anything.
    Any,
}

impl Fam {
    fn name(&self) -> &'static str {
        match self {
            Fam::Character => "CHARACTER",
            Fam::String => "STRING",
            Fam::Numeric => "NUMERIC",
            Fam::Integer => "INTEGER",
            Fam::ExactNumeric => "EXACT_NUMERIC",
            Fam::Datetime => "DATETIME",
            Fam::Timestamp => "TIMESTAMP",
            Fam::Binary => "BINARY",
            Fam::Collection => "MULTISET",
            Fam::Any => "ANY",
        }
    }

    fn accepts(&self, t: &DataType) -> bool {
        if matches!(t.kind, TypeKind::Null | TypeKind::Symbol) {
            return true;
        }
        match self {
            Fam::Character => t.is_character_string(),
            Fam::String => t.is_character_string() || t.is_binary_string(),
            Fam::Numeric => t.is_numeric(),
            Fam::Integer => t.is_integer(),
            Fam::ExactNumeric => t.is_integer() || matches!(t.kind, TypeKind::Decimal(..)),
            Fam::Datetime => t.is_datetime(),
            Fam::Timestamp => t.is_timestamp(),
            Fam::Binary => t.is_binary_string(),
            Fam::Collection => matches!(t.kind, TypeKind::Array(_) | TypeKind::Multiset(_) | TypeKind::Map(..)),
            Fam::Any => true,
        }
    }
}

use Fam::*;

/// Accepted operand lists per function; the first is the one Flink names in its message.
fn signatures(name: &str) -> &'static [&'static [Fam]] {
    match name {
        "UPPER" | "LOWER" | "INITCAP" | "CHAR_LENGTH" | "CHARACTER_LENGTH" | "REVERSE" | "ASCII" | "FROM_BASE64" => {
            &[&[Character]]
        }
        "IS_ALPHA" | "IS_DIGIT" | "IS_DECIMAL" => &[&[Character], &[Numeric]],
        "LTRIM" | "RTRIM" => &[&[Character], &[Character, Character]],
        "MD5" | "SHA1" | "SHA224" | "SHA256" | "SHA384" | "SHA512" | "TO_BASE64" => &[&[String]],
        "TO_TIMESTAMP" | "TO_DATE" => &[&[Character], &[Character, Character]],
        "TO_TIMESTAMP_LTZ" => &[&[Numeric, Integer]],
        "DATE_FORMAT" => &[&[Timestamp, Character], &[Character, Character]],
        "SPLIT_INDEX" => &[&[Character, Character, Integer], &[Character, Integer, Integer]],
        "STR_TO_MAP" => &[&[Character], &[Character, Character, Character]],
        "INSTR" => {
            &[&[Character, Character], &[Character, Character, Integer], &[Character, Character, Integer, Integer]]
        }
        "CHR" | "BIN" => &[&[Integer]],
        "SHA2" => &[&[String, Numeric]],
        "ENCODE" => &[&[Character, Character]],
        "DECODE" => &[&[Binary, Character]],
        "PARSE_URL" => &[&[Character, Character], &[Character, Character, Character]],
        "UNIX_TIMESTAMP" => &[&[], &[Character], &[Character, Character]],
        "FROM_UNIXTIME" => &[&[Integer], &[Integer, Character]],
        "CONVERT_TZ" => &[&[Character, Character, Character]],
        "LOG" => &[&[Numeric], &[Numeric, Numeric]],
        "ROUND" | "TRUNCATE" => &[&[Numeric], &[Numeric, Integer]],
        "RAND" => &[&[], &[Numeric]],
        "RAND_INTEGER" => &[&[Numeric], &[Numeric, Numeric]],
        "REGEXP_REPLACE" | "REPLACE" => &[&[Character, Character, Character]],
        "REGEXP_EXTRACT" => &[&[Character, Character, Integer], &[Character, Character]],
        "REGEXP" => &[&[Character, Character]],
        "CARDINALITY" => &[&[Collection]],
        "SUBSTR" => &[&[Character, Integer], &[Character, Integer, Integer]],
        "POWER" | "ATAN2" => &[&[Numeric, Numeric]],
        "MOD" => &[&[ExactNumeric, ExactNumeric]],
        "SQRT" | "EXP" | "LN" | "LOG10" | "LOG2" | "SIN" | "COS" | "TAN" | "ASIN" | "ACOS" | "ATAN" | "SINH"
        | "COSH" | "TANH" | "COT" | "DEGREES" | "RADIANS" | "SIGN" => &[&[Numeric]],
        "HEX" => &[&[Integer], &[Character]],
        "TIMESTAMPDIFF" => &[&[Any, Datetime, Datetime]],
        "TIMESTAMPADD" => &[&[Any, Integer, Datetime]],
        "LPAD" | "RPAD" => &[&[Character, Integer, Character]],
        "REPEAT" | "LEFT" | "RIGHT" => &[&[Character, Integer]],
        "LOCATE" => &[&[Character, Character], &[Character, Character, Integer]],
        "YEAR" | "QUARTER" | "MONTH" | "WEEK" | "DAYOFYEAR" | "DAYOFMONTH" | "DAYOFWEEK" | "HOUR" | "MINUTE"
        | "SECOND" => &[&[Datetime]],
        _ => &[],
    }
}

/// `Some(message)` when no signature of `name` accepts `types`.
pub fn mismatch(name: &str, types: &[DataType]) -> Option<std::string::String> {
    let sigs = signatures(name);
    if sigs.is_empty() {
        return None;
    }
    let fits = |sig: &[Fam]| sig.len() == types.len() && sig.iter().zip(types).all(|(f, t)| f.accepts(t));
    if sigs.iter().any(|s| fits(s)) {
        return None;
    }
    let actual = types.iter().map(|t| format!("<{}>", calcite_name(t))).collect::<Vec<_>>().join(", ");
    let form = sigs[0].iter().map(|f| format!("<{}>", f.name())).collect::<Vec<_>>().join(", ");
    Some(format!("Cannot apply '{name}' to arguments of type '{name}({actual})'. Supported form(s): '{name}({form})'"))
}
