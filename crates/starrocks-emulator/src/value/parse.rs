//! Text → value conversion with StarRocks' rules (wire spec §6.1): what a CSV field, a
//! JSON string or an SQL literal becomes in a column of a given type.

use super::Value;
use crate::catalog::types::ColumnType;
use chrono::{NaiveDate, NaiveDateTime};

/// The text could not be converted to the column type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("value cannot be converted")]
pub struct ConvertError;

fn trim_ascii(b: &[u8]) -> &[u8] {
    b.trim_ascii()
}

/// Converts `text` to a value of type `ty`. `\N` handling is the caller's job.
pub fn parse_text(text: &[u8], ty: &ColumnType) -> Result<Value, ConvertError> {
    match ty {
        ColumnType::Boolean => parse_bool(text).map(Value::Bool),
        ColumnType::TinyInt => parse_int(text, i64::from(i8::MIN), i64::from(i8::MAX)),
        ColumnType::SmallInt => parse_int(text, i64::from(i16::MIN), i64::from(i16::MAX)),
        ColumnType::Int => parse_int(text, i64::from(i32::MIN), i64::from(i32::MAX)),
        ColumnType::BigInt => parse_int(text, i64::MIN, i64::MAX),
        ColumnType::LargeInt => std::str::from_utf8(trim_ascii(text))
            .ok()
            .and_then(|s| s.strip_prefix('+').unwrap_or(s).parse::<i128>().ok())
            .map(Value::LargeInt)
            .ok_or(ConvertError),
        ColumnType::Float => {
            let f = parse_f64(text)?;
            let narrowed = f as f32;
            if narrowed.is_infinite() && f.is_finite() {
                return Err(ConvertError);
            }
            // Kept as the double nearest to the float's shortest decimal form, so it prints
            // as StarRocks prints the FLOAT (`0.1`, not `0.10000000149011612`).
            let mut buf = ryu::Buffer::new();
            Ok(Value::Float(buf.format(narrowed).parse().unwrap_or(f64::from(narrowed))))
        }
        ColumnType::Double => parse_f64(text).map(Value::Float),
        ColumnType::Decimal { precision, scale, .. } => {
            let s = std::str::from_utf8(text).map_err(|_| ConvertError)?;
            parse_decimal(s, *precision, *scale).map(|v| Value::Decimal(v, *scale))
        }
        ColumnType::Char(n) | ColumnType::Varchar(n) => {
            if text.len() > *n as usize {
                return Err(ConvertError);
            }
            let s = std::str::from_utf8(text).map_err(|_| ConvertError)?;
            Ok(Value::Str(s.to_owned()))
        }
        ColumnType::Varbinary(n) => {
            if n.is_some_and(|n| text.len() > n as usize) {
                return Err(ConvertError);
            }
            Ok(Value::Bytes(text.to_vec()))
        }
        ColumnType::Date => {
            let s = std::str::from_utf8(text).map_err(|_| ConvertError)?;
            parse_date(s).map(Value::Date)
        }
        ColumnType::DateTime => {
            let s = std::str::from_utf8(text).map_err(|_| ConvertError)?;
            parse_datetime(s).map(Value::DateTime)
        }
        ColumnType::Json | ColumnType::Array(_) | ColumnType::Map(..) | ColumnType::Struct(_) => {
            super::complex::parse_complex(text, ty, super::complex::Source::Csv, false).map(Value::Str)
        }
        ColumnType::Bitmap | ColumnType::Hll | ColumnType::Percentile => Err(ConvertError),
    }
}

fn parse_bool(text: &[u8]) -> Result<bool, ConvertError> {
    let t = trim_ascii(text);
    if t.eq_ignore_ascii_case(b"true") {
        return Ok(true);
    }
    if t.eq_ignore_ascii_case(b"false") {
        return Ok(false);
    }
    parse_f64(t).map(|f| f != 0.0)
}

fn parse_int(text: &[u8], min: i64, max: i64) -> Result<Value, ConvertError> {
    let t = trim_ascii(text);
    let (neg, digits) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty() || digits.len() > 19 {
        return Err(ConvertError);
    }
    let mut v: i128 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return Err(ConvertError);
        }
        v = v * 10 + i128::from(d - b'0');
    }
    if neg {
        v = -v;
    }
    if v < i128::from(min) || v > i128::from(max) {
        return Err(ConvertError);
    }
    Ok(Value::Int(v as i64))
}

fn parse_f64(text: &[u8]) -> Result<f64, ConvertError> {
    let s = std::str::from_utf8(trim_ascii(text)).map_err(|_| ConvertError)?;
    if s.is_empty() || s.eq_ignore_ascii_case("nan") || s.contains("inf") {
        return Err(ConvertError);
    }
    s.parse::<f64>().map_err(|_| ConvertError)
}

/// Parses a decimal literal (optional sign, fraction and exponent) into an unscaled value of
/// scale `scale`, rounding half away from zero; fails when it does not fit `precision`.
pub fn parse_decimal(s: &str, precision: u8, scale: u8) -> Result<i128, ConvertError> {
    let s = s.trim();
    let (neg, rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (mantissa, exp) = match rest.find(['e', 'E']) {
        Some(i) => (&rest[..i], rest[i + 1..].parse::<i32>().map_err(|_| ConvertError)?),
        None => (rest, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(ConvertError);
    }
    if !int_part.bytes().chain(frac_part.bytes()).all(|b| b.is_ascii_digit()) {
        return Err(ConvertError);
    }
    let digits: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).map(|b| b - b'0').collect();
    // value = digits × 10^(exp - frac_len); we want digits × 10^(exp - frac_len + scale).
    let shift = i64::from(exp) - frac_part.len() as i64 + i64::from(scale);
    let mut v: i128 = 0;
    let mut round_up = false;
    let keep = if shift >= 0 {
        digits.len()
    } else {
        let drop = (-shift) as usize;
        if drop > digits.len() { 0 } else { digits.len() - drop }
    };
    for (i, &d) in digits.iter().enumerate() {
        if i < keep {
            v = v.checked_mul(10).ok_or(ConvertError)? + i128::from(d);
        } else {
            if i == keep {
                round_up = d >= 5;
            }
            break;
        }
    }
    if shift > 0 && v != 0 {
        if shift > 40 {
            return Err(ConvertError);
        }
        for _ in 0..shift {
            v = v.checked_mul(10).ok_or(ConvertError)?;
        }
    }
    if round_up {
        v += 1;
    }
    let limit = 10i128.checked_pow(u32::from(precision)).ok_or(ConvertError)?;
    if v >= limit {
        return Err(ConvertError);
    }
    Ok(if neg { -v } else { v })
}

/// Parses a DATE (fast path `YYYY-MM-DD` with any separator, then MySQL-style forms).
pub fn parse_date(s: &str) -> Result<NaiveDate, ConvertError> {
    parse_datetime_parts(s).map(|dt| dt.date())
}

/// Parses a DATETIME (`YYYY-MM-DD HH:MM:SS[.ffffff]`, `T` separator, date only, digit-only
/// forms, two-digit years).
pub fn parse_datetime(s: &str) -> Result<NaiveDateTime, ConvertError> {
    parse_datetime_parts(s)
}

fn parse_datetime_parts(s: &str) -> Result<NaiveDateTime, ConvertError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(ConvertError);
    }
    let b = s.as_bytes();
    let mut parts: [u32; 6] = [0; 6];
    let mut micros: u32 = 0;
    let mut year_digits = 4;
    let all_digits_prefix = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if all_digits_prefix >= 6 && all_digits_prefix == b.len().min(all_digits_prefix) && {
        let next = b.get(all_digits_prefix);
        next.is_none() || next == Some(&b'.') || next == Some(&b'T')
    } {
        let d = &s[..all_digits_prefix];
        let layout: &[usize] = match d.len() {
            8 => &[4, 2, 2],
            6 => &[2, 2, 2],
            14 => &[4, 2, 2, 2, 2, 2],
            12 => &[2, 2, 2, 2, 2, 2],
            _ => return Err(ConvertError),
        };
        year_digits = layout[0];
        let mut pos = 0;
        for (i, len) in layout.iter().enumerate() {
            parts[i] = d[pos..pos + len].parse().map_err(|_| ConvertError)?;
            pos += len;
        }
        if let Some(frac) = s[all_digits_prefix..].strip_prefix('.') {
            micros = parse_fraction(frac);
        }
    } else {
        let mut idx = 0;
        let mut group = 0;
        while idx < b.len() && group < 6 {
            let start = idx;
            while idx < b.len() && b[idx].is_ascii_digit() {
                idx += 1;
            }
            if start == idx {
                return Err(ConvertError);
            }
            if group == 0 {
                year_digits = idx - start;
            }
            parts[group] = s[start..idx].parse().map_err(|_| ConvertError)?;
            group += 1;
            if idx >= b.len() {
                break;
            }
            let sep = b[idx];
            if group == 6 {
                if sep == b'.' {
                    micros = parse_fraction(&s[idx + 1..]);
                }
                break;
            }
            if group == 3 {
                if sep == b' ' || sep == b'T' {
                    while idx < b.len() && (b[idx] == b' ' || b[idx] == b'T') {
                        idx += 1;
                    }
                    continue;
                }
                break;
            }
            if sep.is_ascii_punctuation() {
                idx += 1;
            } else {
                break;
            }
        }
        if group < 3 {
            return Err(ConvertError);
        }
    }
    let mut year = parts[0] as i32;
    if year_digits <= 2 {
        year += if year < 70 { 2000 } else { 1900 };
    }
    let date = NaiveDate::from_ymd_opt(year, parts[1], parts[2]).ok_or(ConvertError)?;
    date.and_hms_micro_opt(parts[3], parts[4], parts[5], micros).ok_or(ConvertError)
}

fn parse_fraction(frac: &str) -> u32 {
    let digits: String = frac.chars().take_while(char::is_ascii_digit).take(6).collect();
    if digits.is_empty() {
        return 0;
    }
    let n: u32 = digits.parse().unwrap_or(0);
    n * 10u32.pow(6 - digits.len() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::types::DecimalWidth;

    #[test]
    fn integers_check_range_and_allow_surrounding_space() {
        assert_eq!(parse_text(b" 127\r", &ColumnType::TinyInt), Ok(Value::Int(127)));
        assert_eq!(parse_text(b"128", &ColumnType::TinyInt), Err(ConvertError));
        assert_eq!(parse_text(b"", &ColumnType::Int), Err(ConvertError));
        assert_eq!(parse_text(b"1x", &ColumnType::Int), Err(ConvertError));
    }

    #[test]
    fn decimals_accept_exponents_and_round() {
        assert_eq!(parse_decimal("12345678.90", 10, 2), Ok(1234567890));
        assert_eq!(parse_decimal("0E-9", 38, 9), Ok(0));
        assert_eq!(parse_decimal("1.005", 10, 2), Ok(101));
        assert_eq!(parse_decimal("-1.500000000", 38, 9), Ok(-1500000000));
        assert_eq!(parse_decimal("123456789", 10, 2), Err(ConvertError));
        assert_eq!(parse_decimal("1e2147483647", 10, 2), Err(ConvertError));
        assert_eq!(parse_decimal("1e-2147483648", 10, 2), Ok(0));
        assert_eq!(parse_decimal("0e2147483647", 10, 2), Ok(0));
        let ty = ColumnType::Decimal { precision: 38, scale: 9, width: DecimalWidth::D128 };
        assert_eq!(
            parse_text(b"12345678901234567890123456789.123456789", &ty),
            Ok(Value::Decimal(12345678901234567890123456789123456789, 9))
        );
    }

    #[test]
    fn dates_accept_the_documented_forms() {
        let d = NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
        assert_eq!(parse_date("2024-02-29"), Ok(d));
        assert_eq!(parse_date("2024/02/29"), Ok(d));
        assert_eq!(parse_date("20240229"), Ok(d));
        assert_eq!(parse_date("240229"), Ok(d));
        assert_eq!(parse_date("2023-02-29"), Err(ConvertError));
        let dt = parse_datetime("2024-02-29T12:34:56.789").unwrap();
        assert_eq!(super::super::format_datetime(&dt), "2024-02-29 12:34:56.789000");
        let dt = parse_datetime("2024-01-01T00:00").unwrap();
        assert_eq!(super::super::format_datetime(&dt), "2024-01-01 00:00:00");
        assert!(parse_datetime("2024-02-29 25:00:00").is_err());
        assert!(parse_datetime("hello").is_err());
    }

    #[test]
    fn floats_keep_their_shortest_form() {
        assert_eq!(parse_text(b"0.1", &ColumnType::Float), Ok(Value::Float(0.1)));
        assert_eq!(super::super::format_float(0.1), "0.1");
    }

    #[test]
    fn strings_are_limited_in_bytes() {
        assert_eq!(parse_text("日本".as_bytes(), &ColumnType::Varchar(5)), Err(ConvertError));
        assert_eq!(parse_text(b"abc", &ColumnType::Varchar(5)), Ok(Value::Str("abc".into())));
    }
}
