//! Scalar functions: strings, numbers, dates, conditionals, and the BITMAP/HLL functions
//! (`to_bitmap`, `bitmap_hash`, `hll_hash`, `bitmap_count`, …).

use super::expr::{cast, truthy};
use crate::catalog::types::ColumnType;
use crate::value::{Value, parse_datetime, sketch};
use std::cmp::Ordering;

/// The text of a value (`None` for NULL).
pub fn text_of(v: &Value) -> Option<String> {
    v.to_text()
}

/// Calls the scalar function `name`.
pub fn call(name: &str, args: &[Value]) -> Result<Value, String> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Null);
    Ok(match name {
        "ifnull" | "nvl" => {
            let a = arg(0);
            if a.is_null() { arg(1) } else { a }
        }
        "coalesce" => args.iter().find(|v| !v.is_null()).cloned().unwrap_or(Value::Null),
        "if" => {
            if truthy(&arg(0)) == Some(true) {
                arg(1)
            } else {
                arg(2)
            }
        }
        "nullif" => {
            if arg(0).sql_cmp(&arg(1)) == Some(Ordering::Equal) {
                Value::Null
            } else {
                arg(0)
            }
        }
        "concat" => {
            let mut s = String::new();
            for a in args {
                match text_of(a) {
                    Some(t) => s.push_str(&t),
                    None => return Ok(Value::Null),
                }
            }
            Value::Str(s)
        }
        "upper" | "ucase" => text_of(&arg(0)).map_or(Value::Null, |s| Value::Str(s.to_uppercase())),
        "lower" | "lcase" => text_of(&arg(0)).map_or(Value::Null, |s| Value::Str(s.to_lowercase())),
        "length" => text_of(&arg(0)).map_or(Value::Null, |s| Value::Int(s.len() as i64)),
        "char_length" | "character_length" => {
            text_of(&arg(0)).map_or(Value::Null, |s| Value::Int(s.chars().count() as i64))
        }
        "trim" => text_of(&arg(0)).map_or(Value::Null, |s| Value::Str(s.trim().to_string())),
        "substr" | "substring" => {
            let Some(s) = text_of(&arg(0)) else {
                return Ok(Value::Null);
            };
            let chars: Vec<char> = s.chars().collect();
            let start = arg(1).as_i128().unwrap_or(1);
            let start = if start > 0 {
                (start - 1) as usize
            } else {
                chars.len().saturating_sub(start.unsigned_abs() as usize)
            };
            let len = args.get(2).and_then(Value::as_i128).map_or(chars.len(), |l| l.max(0) as usize);
            Value::Str(chars.iter().skip(start).take(len).collect())
        }
        "abs" => match arg(0) {
            Value::Int(i) => Value::Int(i.abs()),
            Value::Decimal(v, s) => Value::Decimal(v.abs(), s),
            other => other.as_f64().map_or(Value::Null, |f| Value::Float(f.abs())),
        },
        "round" | "floor" | "ceil" | "ceiling" => {
            let Some(f) = arg(0).as_f64() else {
                return Ok(Value::Null);
            };
            let r = match name {
                "round" => f.round(),
                "floor" => f.floor(),
                _ => f.ceil(),
            };
            Value::Int(r as i64)
        }
        "now" | "current_timestamp" | "localtime" | "localtimestamp" => {
            let now = chrono::Local::now().naive_local();
            Value::DateTime(
                now.date().and_time(
                    chrono::NaiveTime::from_hms_opt(
                        chrono::Timelike::hour(&now),
                        chrono::Timelike::minute(&now),
                        chrono::Timelike::second(&now),
                    )
                    .unwrap_or_default(),
                ),
            )
        }
        "curdate" | "current_date" => Value::Date(chrono::Local::now().date_naive()),
        "year" | "month" | "day" | "dayofmonth" | "hour" | "minute" | "second" => {
            use chrono::{Datelike, Timelike};
            let dt = match arg(0) {
                Value::Date(d) => d.and_hms_opt(0, 0, 0),
                Value::DateTime(dt) => Some(dt),
                Value::Str(s) => parse_datetime(&s).ok(),
                _ => None,
            };
            let Some(dt) = dt else {
                return Ok(Value::Null);
            };
            Value::Int(i64::from(match name {
                "year" => dt.year() as u32,
                "month" => dt.month(),
                "day" | "dayofmonth" => dt.day(),
                "hour" => dt.hour(),
                "minute" => dt.minute(),
                _ => dt.second(),
            }))
        }
        "to_bitmap" => {
            let a = arg(0);
            let n = match &a {
                Value::Int(i) if *i >= 0 => Some(*i as u64),
                Value::LargeInt(i) => u64::try_from(*i).ok(),
                Value::Str(s) => s.trim().parse::<u64>().ok(),
                _ => None,
            };
            n.map_or(Value::Null, sketch::single)
        }
        "bitmap_hash" => match text_of(&arg(0)) {
            Some(s) => sketch::single(u64::from(sketch::murmur3_32(s.as_bytes(), 104_729))),
            None => sketch::encode(&Default::default()),
        },
        "hll_hash" => match text_of(&arg(0)) {
            Some(s) => sketch::single(sketch::murmur64a(s.as_bytes(), 0xadc8_3b19)),
            None => sketch::encode(&Default::default()),
        },
        "bitmap_empty" | "hll_empty" => sketch::encode(&Default::default()),
        "bitmap_from_string" => match text_of(&arg(0)) {
            Some(s) => {
                let parsed: Result<std::collections::BTreeSet<u64>, _> =
                    s.split(',').filter(|p| !p.trim().is_empty()).map(|p| p.trim().parse::<u64>()).collect();
                parsed.map_or(Value::Null, |set| sketch::encode(&set))
            }
            None => Value::Null,
        },
        "bitmap_count" | "hll_cardinality" => match arg(0) {
            Value::Null => Value::Null,
            v => Value::Int(sketch::decode(&v).len() as i64),
        },
        "bitmap_to_string" => match arg(0) {
            Value::Null => Value::Null,
            v => Value::Str(sketch::decode(&v).iter().map(u64::to_string).collect::<Vec<_>>().join(",")),
        },
        "to_date" | "date" => match arg(0) {
            Value::Null => Value::Null,
            v => cast(&v, &ColumnType::Date),
        },
        other => {
            return Err(format!(
                "Getting analyzing error. Detail message: No matching function with signature: {other}."
            ));
        }
    })
}
