//! The Flink → StarRocks type table: which StarRocks columns a Flink type loads into, and
//! how well (the seed's mapping, graded), next to the Java connector's own plan-time table
//! (connector-behavior.md §2.2 step 5). The offline check, the live check and the DDL
//! translation all read this file.

use sluice_common::{DataType, TypeKind};

use super::starrocks_type::{STRING_LENGTH, StarRocksType as Sr};

/// How well a Flink type loads into a StarRocks column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Grade {
    /// Every value loads unchanged.
    Ok,
    /// Loads, but some values may be lost or changed; the reason.
    Lossy(String),
    /// Cannot load; the reason.
    Incompatible(String),
}

/// Grades loading values of `flink` into a StarRocks column of type `sr`.
pub fn grade(flink: &DataType, sr: &Sr) -> Grade {
    use TypeKind as F;
    let f = &flink.kind;
    let shown = flink.without_time_attribute().with_nullable(true).summary();
    let incompatible = || Grade::Incompatible(format!("{shown} values cannot be loaded into StarRocks {sr}"));
    let text_parse = || Grade::Lossy(format!("text that does not parse as {sr} is rejected"));
    match sr {
        Sr::Other(name) => {
            Grade::Lossy(format!("sluice does not know the StarRocks type '{name}'; values are sent as text"))
        }
        Sr::Bitmap | Sr::Hll | Sr::Percentile => Grade::Incompatible(format!(
            "StarRocks {sr} is filled by a function of another column, e.g. 'sink.properties.columns' = '…, c = {}(src)'",
            match sr {
                Sr::Bitmap => "to_bitmap",
                Sr::Hll => "hll_hash",
                _ => "percentile_hash",
            }
        )),
        Sr::Boolean => match f {
            F::Boolean => Grade::Ok,
            F::TinyInt | F::SmallInt | F::Int | F::BigInt => Grade::Lossy("non-zero integers load as true".into()),
            F::Char(_) | F::VarChar(_) => text_parse(),
            _ => incompatible(),
        },
        int if int.is_integer() => {
            let digits = int.integer_digits().unwrap_or(0);
            let bits = integer_bits(int);
            match f {
                F::Boolean => Grade::Ok,
                F::TinyInt | F::SmallInt | F::Int | F::BigInt => {
                    if flink.numeric_precision().unwrap_or(0) <= digits {
                        Grade::Ok
                    } else {
                        Grade::Lossy(format!("numeric narrowing: {shown} values outside the {sr} range are rejected"))
                    }
                }
                F::Decimal(p, s) => {
                    if *s > 0 {
                        Grade::Lossy(format!("the fraction of {shown} values is lost in StarRocks {sr}"))
                    } else if *p < digits {
                        Grade::Ok
                    } else {
                        Grade::Lossy(format!("numeric narrowing: {shown} values outside the {sr} range are rejected"))
                    }
                }
                F::Float | F::Double => {
                    Grade::Lossy(format!("the fraction of {shown} values is lost in StarRocks {sr}"))
                }
                F::Binary(n) if n.saturating_mul(8) < bits => Grade::Ok,
                F::Binary(n) => {
                    Grade::Lossy(format!("BINARY({n}) values read as big-endian integers may not fit {sr}"))
                }
                F::Char(_) | F::VarChar(_) => text_parse(),
                _ => incompatible(),
            }
        }
        Sr::Float | Sr::Double => {
            let mantissa_digits = if *sr == Sr::Float { 7 } else { 15 };
            match f {
                F::Float => Grade::Ok,
                F::Double if *sr == Sr::Double => Grade::Ok,
                F::Double => Grade::Lossy("DOUBLE values lose precision in a FLOAT column".into()),
                F::Boolean => Grade::Ok,
                F::TinyInt | F::SmallInt | F::Int | F::BigInt | F::Decimal(..) => {
                    if flink.numeric_precision().unwrap_or(38) <= mantissa_digits {
                        Grade::Ok
                    } else {
                        Grade::Lossy(format!(
                            "{shown} values with more than {mantissa_digits} digits are rounded in StarRocks {sr}"
                        ))
                    }
                }
                F::Char(_) | F::VarChar(_) => text_parse(),
                _ => incompatible(),
            }
        }
        Sr::Decimal(sp, ss) => {
            let (sp, ss) = (*sp, *ss);
            match f {
                F::Decimal(p, s) => {
                    if *s > ss {
                        Grade::Lossy(format!("DECIMAL scale loss: {shown} values are rounded to {ss} decimal places"))
                    } else if p - s > sp - ss {
                        Grade::Lossy(format!(
                            "DECIMAL precision loss: {shown} values with more than {} integer digits are rejected",
                            sp - ss
                        ))
                    } else {
                        Grade::Ok
                    }
                }
                F::TinyInt | F::SmallInt | F::Int | F::BigInt => {
                    if flink.numeric_precision().unwrap_or(0) <= sp - ss {
                        Grade::Ok
                    } else {
                        Grade::Lossy(format!(
                            "numeric narrowing: {shown} values with more than {} digits are rejected",
                            sp - ss
                        ))
                    }
                }
                F::Float | F::Double => Grade::Lossy(format!("{shown} values are rounded to DECIMAL({sp}, {ss})")),
                F::Boolean => Grade::Ok,
                F::Char(_) | F::VarChar(_) => text_parse(),
                _ => incompatible(),
            }
        }
        Sr::Char(bytes) | Sr::Varchar(bytes) => string_grade(flink, *bytes, sr),
        Sr::Date => match f {
            F::Date => Grade::Ok,
            F::Timestamp(..) | F::TimestampLtz(..) => {
                Grade::Lossy(format!("the time of day of {shown} values is lost"))
            }
            F::Char(_) | F::VarChar(_) => text_parse(),
            _ => incompatible(),
        },
        Sr::Datetime => match f {
            F::Timestamp(p, _) | F::TimestampLtz(p, _) if *p > 6 => {
                Grade::Lossy(format!("DATETIME keeps microseconds: the nanoseconds of {shown} values are lost"))
            }
            F::Timestamp(..) | F::TimestampLtz(..) | F::Date => Grade::Ok,
            F::Char(_) | F::VarChar(_) => text_parse(),
            _ => incompatible(),
        },
        Sr::Json => match f {
            F::Array(_) | F::Map(..) | F::Row(_) => Grade::Ok,
            F::Boolean | F::TinyInt | F::SmallInt | F::Int | F::BigInt | F::Float | F::Double | F::Decimal(..) => {
                Grade::Ok
            }
            F::Char(_) | F::VarChar(_) => Grade::Lossy("strings that are not valid JSON are rejected".into()),
            F::Date | F::Timestamp(..) | F::TimestampLtz(..) => Grade::Ok,
            _ => incompatible(),
        },
        Sr::Varbinary(len) => match f {
            F::Binary(n) => Grade::Incompatible(format!(
                "BINARY({n}) is loaded as the big-endian integer of its bytes (the connector's mapping), so StarRocks {sr} would store the number's text; declare the column as BYTES"
            )),
            F::VarBinary(n) => match len {
                Some(max) if n > max => Grade::Lossy(format!("{shown} values longer than {max} bytes are rejected")),
                _ => Grade::Ok,
            },
            F::Char(_) | F::VarChar(_) => Grade::Ok,
            _ => incompatible(),
        },
        Sr::Array(element) => match f {
            F::Array(e) => nested(grade(e, element), "array elements"),
            F::Char(_) | F::VarChar(_) => text_parse(),
            _ => incompatible(),
        },
        Sr::Map(key, val) => match f {
            F::Map(k, v) => worst(nested(grade(k, key), "map keys"), nested(grade(v, val), "map values")),
            F::Char(_) | F::VarChar(_) => text_parse(),
            _ => incompatible(),
        },
        Sr::Struct(sr_fields) => match f {
            F::Row(fields) => {
                let mut result = Grade::Ok;
                for (name, sr_ty) in sr_fields {
                    match fields.iter().find(|fl| fl.name.eq_ignore_ascii_case(name)) {
                        Some(fl) => {
                            result = worst(result, nested(grade(&fl.data_type, sr_ty), &format!("field '{name}'")))
                        }
                        None => {
                            result =
                                worst(result, Grade::Lossy(format!("the ROW has no field '{name}': it loads as NULL")))
                        }
                    }
                }
                for fl in fields {
                    if !sr_fields.iter().any(|(n, _)| n.eq_ignore_ascii_case(&fl.name)) {
                        result = worst(
                            result,
                            Grade::Lossy(format!("ROW field '{}' is not in the STRUCT and is dropped", fl.name)),
                        );
                    }
                }
                result
            }
            _ => incompatible(),
        },
        _ => incompatible(),
    }
}

/// CHAR/VARCHAR columns hold text of at most `bytes` bytes (UTF-8, up to 3 per Flink char).
fn string_grade(flink: &DataType, bytes: u32, sr: &Sr) -> Grade {
    use TypeKind as F;
    let shown = flink.without_time_attribute().with_nullable(true).summary();
    match &flink.kind {
        F::VarChar(n) if *n == sluice_common::types::MAX_LENGTH => {
            if bytes >= STRING_LENGTH {
                Grade::Ok
            } else {
                Grade::Lossy(format!("STRING values longer than {bytes} bytes are rejected by StarRocks {sr}"))
            }
        }
        F::Char(n) | F::VarChar(n) => {
            if u64::from(*n) * 3 <= u64::from(bytes) {
                Grade::Ok
            } else {
                Grade::Lossy(format!(
                    "{shown} holds up to {} bytes of UTF-8 ({n} characters × 3) but StarRocks {sr} only {bytes}: longer values are rejected",
                    u64::from(*n) * 3
                ))
            }
        }
        F::Array(_) | F::Map(..) | F::Row(_) => {
            if bytes >= STRING_LENGTH {
                Grade::Ok
            } else {
                Grade::Lossy(format!("{shown} values are loaded as JSON text, which may exceed {bytes} bytes"))
            }
        }
        kind => match longest_text(kind) {
            Some(longest) if longest <= bytes => Grade::Ok,
            Some(longest) => Grade::Lossy(format!(
                "{shown} values are up to {longest} bytes as text, longer than the {bytes} bytes of StarRocks {sr}"
            )),
            None => Grade::Incompatible(format!("{shown} values cannot be loaded into StarRocks {sr}")),
        },
    }
}

/// The longest text form of a scalar value, in bytes (as the sink writes it).
fn longest_text(kind: &TypeKind) -> Option<u32> {
    use TypeKind as F;
    Some(match kind {
        F::Boolean => 1,
        F::TinyInt => 4,
        F::SmallInt => 6,
        F::Int => 11,
        F::BigInt => 20,
        F::Float => 15,
        F::Double => 24,
        // Sign, digits, the point when there is a fraction, and a leading zero when p = s.
        F::Decimal(p, s) => u32::from(*p) + 1 + u32::from(*s > 0) + u32::from(*s == *p),
        F::Date => 10,
        F::Timestamp(p, _) | F::TimestampLtz(p, _) => 19 + if *p > 0 { u32::from(*p) + 1 } else { 0 },
        _ => return None,
    })
}

/// Width in bits of a StarRocks integer type (one of them is the sign).
fn integer_bits(t: &Sr) -> u32 {
    match t {
        Sr::TinyInt => 8,
        Sr::SmallInt => 16,
        Sr::Int => 32,
        Sr::BigInt => 64,
        _ => 128,
    }
}

fn nested(g: Grade, what: &str) -> Grade {
    match g {
        Grade::Ok => Grade::Ok,
        Grade::Lossy(why) => Grade::Lossy(format!("{what}: {why}")),
        Grade::Incompatible(why) => Grade::Incompatible(format!("{what}: {why}")),
    }
}

fn worst(a: Grade, b: Grade) -> Grade {
    match (&a, &b) {
        (Grade::Incompatible(_), _) => a,
        (_, Grade::Incompatible(_)) => b,
        (Grade::Lossy(_), _) => a,
        _ => b,
    }
}

/// The Java connector's plan-time check: whether it accepts a Flink column for a StarRocks
/// column of this `DATA_TYPE` (lower case, as `information_schema` reports it). Types
/// missing from its table accept anything.
pub fn java_accepts(flink: &DataType, data_type: &str) -> bool {
    use TypeKind as F;
    let f = &flink.kind;
    match data_type.to_ascii_lowercase().as_str() {
        "bigint" => matches!(f, F::BigInt | F::Int | F::Binary(_)),
        "largeint" => matches!(f, F::Decimal(..) | F::BigInt | F::Int | F::Binary(_)),
        "int" => matches!(f, F::Int | F::Binary(_)),
        "smallint" => matches!(f, F::SmallInt | F::Int | F::Binary(_)),
        "tinyint" => matches!(f, F::TinyInt | F::Int | F::Binary(_) | F::Boolean),
        "float" => matches!(f, F::Float | F::Int),
        "double" => matches!(f, F::Double | F::BigInt | F::Int),
        "decimal" => matches!(f, F::Decimal(..) | F::BigInt | F::Int | F::Double | F::Float),
        "char" => matches!(f, F::Char(_) | F::VarChar(_)),
        "varchar" => matches!(f, F::VarChar(_) | F::Array(_) | F::Map(..) | F::Row(_)),
        "string" => matches!(f, F::Char(_) | F::VarChar(_) | F::Array(_) | F::Map(..) | F::Row(_)),
        "date" => matches!(f, F::Date | F::VarChar(_)),
        "datetime" => matches!(f, F::Timestamp(..) | F::TimestampLtz(..) | F::VarChar(_)),
        _ => true,
    }
}

/// The Java connector's name for a Flink type in its mismatch message (the type root).
pub fn java_type_name(flink: &DataType) -> String {
    flink.without_time_attribute().summary()
}
