//! Cell values as the emulator stores them, and their text form as StarRocks prints them.

pub mod complex;
mod parse;
pub mod sketch;

pub use parse::{ConvertError, parse_date, parse_datetime, parse_decimal, parse_text};

use chrono::{NaiveDate, NaiveDateTime, Timelike};
use std::cmp::Ordering;

/// One stored cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// SQL NULL.
    Null,
    /// BOOLEAN.
    Bool(bool),
    /// TINYINT … BIGINT.
    Int(i64),
    /// LARGEINT.
    LargeInt(i128),
    /// FLOAT and DOUBLE.
    Float(f64),
    /// DECIMAL: unscaled value and scale.
    Decimal(i128, u8),
    /// CHAR, VARCHAR, and JSON, ARRAY, MAP, STRUCT as the text StarRocks prints for them
    /// ([`complex`]).
    Str(String),
    /// VARBINARY, BITMAP, HLL (raw bytes).
    Bytes(Vec<u8>),
    /// DATE.
    Date(NaiveDate),
    /// DATETIME.
    DateTime(NaiveDateTime),
}

impl Value {
    /// Whether this is SQL NULL.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The text StarRocks prints for the value over the MySQL text protocol; `None` for NULL.
    pub fn to_text(&self) -> Option<String> {
        Some(match self {
            Value::Null => return None,
            Value::Bool(b) => (if *b { "1" } else { "0" }).to_string(),
            Value::Int(i) => i.to_string(),
            Value::LargeInt(i) => i.to_string(),
            Value::Float(f) => format_float(*f),
            Value::Decimal(v, s) => format_decimal(*v, *s),
            Value::Str(s) => s.clone(),
            Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
            Value::Date(d) => d.format("%Y-%m-%d").to_string(),
            Value::DateTime(dt) => format_datetime(dt),
        })
    }

    /// A numeric view for arithmetic and comparisons.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Bool(b) => Some(f64::from(u8::from(*b))),
            Value::Int(i) => Some(*i as f64),
            Value::LargeInt(i) => Some(*i as f64),
            Value::Float(f) => Some(*f),
            Value::Decimal(v, s) => Some(*v as f64 / 10f64.powi(i32::from(*s))),
            Value::Str(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    /// An exact integer view when the value is integral.
    pub fn as_i128(&self) -> Option<i128> {
        match self {
            Value::Bool(b) => Some(i128::from(*b)),
            Value::Int(i) => Some(i128::from(*i)),
            Value::LargeInt(i) => Some(*i),
            Value::Str(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    /// SQL comparison; `None` when either side is NULL or the values cannot be compared.
    pub fn sql_cmp(&self, other: &Value) -> Option<Ordering> {
        use Value::*;
        match (self, other) {
            (Null, _) | (_, Null) => None,
            (Str(a), Str(b)) => Some(a.cmp(b)),
            (Bytes(a), Bytes(b)) => Some(a.cmp(b)),
            (Date(a), Date(b)) => Some(a.cmp(b)),
            (DateTime(a), DateTime(b)) => Some(a.cmp(b)),
            (Date(a), DateTime(b)) => Some(a.and_hms_opt(0, 0, 0)?.cmp(b)),
            (DateTime(a), Date(b)) => Some(a.cmp(&b.and_hms_opt(0, 0, 0)?)),
            (Date(_) | DateTime(_), Str(s)) => {
                let parsed = parse_datetime(s).map(DateTime).ok()?;
                self.sql_cmp(&parsed)
            }
            (Str(_), Date(_) | DateTime(_)) => other.sql_cmp(self).map(Ordering::reverse),
            (Decimal(a, sa), Decimal(b, sb)) => {
                let s = (*sa).max(*sb);
                let a = a.checked_mul(10i128.pow(u32::from(s - sa)))?;
                let b = b.checked_mul(10i128.pow(u32::from(s - sb)))?;
                Some(a.cmp(&b))
            }
            _ => match (self.as_i128_exact(), other.as_i128_exact()) {
                (Some(a), Some(b)) => Some(a.cmp(&b)),
                _ => self.as_f64()?.partial_cmp(&other.as_f64()?),
            },
        }
    }

    fn as_i128_exact(&self) -> Option<i128> {
        match self {
            Value::Bool(_) | Value::Int(_) | Value::LargeInt(_) => self.as_i128(),
            _ => None,
        }
    }

    /// Total order used by `ORDER BY`: NULL first, then values by [`Value::sql_cmp`].
    pub fn order_cmp(&self, other: &Value) -> Ordering {
        match (self.is_null(), other.is_null()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Less,
            (false, true) => Ordering::Greater,
            _ => self.sql_cmp(other).unwrap_or(Ordering::Equal),
        }
    }

    /// Appends a canonical byte encoding used for key hashing (primary keys).
    pub fn encode_key(&self, out: &mut Vec<u8>) {
        match self {
            Value::Null => out.push(0),
            Value::Bool(b) => out.extend_from_slice(&[1, u8::from(*b)]),
            Value::Int(i) => {
                out.push(2);
                out.extend_from_slice(&i.to_le_bytes());
            }
            Value::LargeInt(i) => {
                out.push(3);
                out.extend_from_slice(&i.to_le_bytes());
            }
            Value::Float(f) => {
                out.push(4);
                out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Value::Decimal(v, s) => {
                out.push(5);
                out.extend_from_slice(&v.to_le_bytes());
                out.push(*s);
            }
            Value::Str(s) => {
                out.push(6);
                out.extend_from_slice(&(s.len() as u64).to_le_bytes());
                out.extend_from_slice(s.as_bytes());
            }
            Value::Bytes(b) => {
                out.push(7);
                out.extend_from_slice(&(b.len() as u64).to_le_bytes());
                out.extend_from_slice(b);
            }
            Value::Date(d) => {
                out.push(8);
                out.extend_from_slice(&d.to_string().into_bytes());
            }
            Value::DateTime(d) => {
                out.push(9);
                out.extend_from_slice(&d.to_string().into_bytes());
            }
        }
    }
}

/// Formats a DATETIME as StarRocks prints it: microseconds only when non-zero.
pub fn format_datetime(dt: &NaiveDateTime) -> String {
    let micros = dt.nanosecond() / 1000;
    if micros == 0 {
        dt.format("%Y-%m-%d %H:%M:%S").to_string()
    } else {
        format!("{}.{micros:06}", dt.format("%Y-%m-%d %H:%M:%S"))
    }
}

/// Formats an unscaled decimal with exactly `scale` fraction digits.
pub fn format_decimal(v: i128, scale: u8) -> String {
    let neg = v < 0;
    let digits = v.unsigned_abs().to_string();
    let scale = usize::from(scale);
    let mut out = String::with_capacity(digits.len() + 3);
    if neg {
        out.push('-');
    }
    if scale == 0 {
        out.push_str(&digits);
    } else if digits.len() <= scale {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', scale - digits.len()));
        out.push_str(&digits);
    } else {
        let (int, frac) = digits.split_at(digits.len() - scale);
        out.push_str(int);
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// Formats a float the way StarRocks prints FLOAT/DOUBLE (shortest round-trip form).
pub fn format_float(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == f.trunc() && f.abs() < 1e16 {
        return format!("{}", f as i64);
    }
    let mut buf = ryu::Buffer::new();
    let s = buf.format(f);
    match s.split_once('e') {
        Some((mantissa, exp)) => {
            let exp: i32 = exp.parse().unwrap_or(0);
            let sign = if exp < 0 { '-' } else { '+' };
            format!("{mantissa}e{sign}{:02}", exp.abs())
        }
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_print_with_their_scale() {
        assert_eq!(format_decimal(1234567890, 2), "12345678.90");
        assert_eq!(format_decimal(-1, 2), "-0.01");
        assert_eq!(format_decimal(0, 9), "0.000000000");
        assert_eq!(format_decimal(42, 0), "42");
    }

    #[test]
    fn floats_print_shortest() {
        assert_eq!(format_float(1.5), "1.5");
        assert_eq!(format_float(100.0), "100");
        assert_eq!(format_float(0.1), "0.1");
    }

    #[test]
    fn comparisons_cross_numeric_kinds() {
        assert_eq!(Value::Int(3).sql_cmp(&Value::Float(2.5)), Some(Ordering::Greater));
        assert_eq!(Value::Null.sql_cmp(&Value::Int(1)), None);
        assert_eq!(Value::Decimal(150, 2).sql_cmp(&Value::Decimal(15, 1)), Some(Ordering::Equal));
    }
}
