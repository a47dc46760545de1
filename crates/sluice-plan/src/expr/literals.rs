//! Types of literals (dialect spec §1.4–1.6).

use sluice_common::{DataType, Diagnostic, IntervalKind, TimestampKind, TypeKind};
use sqlparser::ast::{DataType as SqlDataType, DateTimeField, Expr, Interval, TypedString, Value};

use super::ExprTyper;
use crate::types::nn;

/// The type of a numeric literal: INT, BIGINT, DECIMAL(p, s) or DOUBLE (with an exponent).
pub fn number_type(text: &str) -> DataType {
    number_type_checked(text).unwrap_or(nn(TypeKind::Decimal(38, 0)))
}

/// The type of a numeric literal, or `None` when it has more digits than Flink's literals hold.
pub fn number_type_checked(text: &str) -> Option<DataType> {
    let digits = text.split(['e', 'E']).next().unwrap_or("").replace('.', "");
    if !text.contains(['e', 'E']) && digits.trim_start_matches('0').len() > 19 {
        return None;
    }
    Some(number_type_unchecked(text))
}

fn number_type_unchecked(text: &str) -> DataType {
    if text.contains(['e', 'E']) {
        return nn(TypeKind::Double);
    }
    match text.split_once('.') {
        None => {
            if text.parse::<i32>().is_ok() {
                nn(TypeKind::Int)
            } else if text.parse::<i64>().is_ok() {
                nn(TypeKind::BigInt)
            } else {
                let digits = text.trim_start_matches('0').len().max(1);
                nn(TypeKind::Decimal(digits.min(38) as u8, 0))
            }
        }
        Some((int, "")) => number_type_unchecked(if int.is_empty() { "0" } else { int }),
        Some((int, frac)) => {
            // Calcite counts every digit written, leading zeros included (`0.001` is DECIMAL(4, 3)).
            let scale = frac.len();
            let int = int.trim_start_matches(['-', '+']);
            let precision = (int.len() + scale).max(scale).max(1);
            nn(TypeKind::Decimal(precision.min(38) as u8, scale.min(38) as u8))
        }
    }
}

/// The type of a literal value.
pub fn value_type(t: &ExprTyper<'_>, v: &Value, e: &Expr) -> Result<DataType, Diagnostic> {
    Ok(match v {
        Value::Number(n, _) => {
            number_type_checked(n).ok_or_else(|| t.err(e, format!("Numeric literal '{n}' out of range")))?
        }
        Value::SingleQuotedString(s) | Value::NationalStringLiteral(s) | Value::UnicodeStringLiteral(s) => {
            nn(TypeKind::Char(s.chars().count() as u32))
        }
        Value::HexStringLiteral(h) => {
            if h.len() % 2 != 0 {
                return Err(t.err(e, "SQL parse failed. Binary literal string must contain an even number of hexits"));
            }
            nn(TypeKind::Binary((h.len() / 2) as u32))
        }
        Value::Boolean(_) => nn(TypeKind::Boolean),
        Value::Null => DataType::nullable(TypeKind::Null),
        other => return Err(t.err(e, format!("SQL parse failed. Encountered \"{other}\""))),
    })
}

/// The type of `DATE '…'`, `TIME '…'`, `TIMESTAMP '…'`, checking the literal's format.
pub fn typed_string_type(t: &ExprTyper<'_>, ts: &TypedString, e: &Expr) -> Result<DataType, Diagnostic> {
    let text = match &ts.value.value {
        Value::SingleQuotedString(s) => s.as_str(),
        _ => return Err(t.err(e, format!("SQL parse failed. Encountered \"{}\"", ts.value))),
    };
    match &ts.data_type {
        SqlDataType::Date => {
            check_date(text).ok_or_else(|| {
                t.err(e, format!("SQL parse failed. Illegal DATE literal '{text}': not in format 'yyyy-MM-dd'"))
            })?;
            Ok(nn(TypeKind::Date))
        }
        SqlDataType::Time(..) => {
            check_time(text).ok_or_else(|| {
                t.err(e, format!("SQL parse failed. Illegal TIME literal '{text}': not in format 'HH:mm:ss'"))
            })?;
            Ok(nn(TypeKind::Time(0)))
        }
        SqlDataType::Timestamp(..) | SqlDataType::Datetime(_) => {
            let (date, time) = text
                .split_once(' ')
                .filter(|(d, tm)| check_date(d).is_some() && check_time(tm).is_some())
                .ok_or_else(|| {
                    t.err(
                        e,
                        format!(
                            "SQL parse failed. Illegal TIMESTAMP literal '{text}': not in format 'yyyy-MM-dd HH:mm:ss'"
                        ),
                    )
                })?;
            let _ = date;
            let precision = time.split_once('.').map(|(_, f)| f.len()).unwrap_or(0).min(9) as u8;
            Ok(nn(TypeKind::Timestamp(precision, TimestampKind::Regular)))
        }
        other => Err(t.err(e, format!("SQL parse failed. Encountered \"{other}\""))),
    }
}

fn check_date(s: &str) -> Option<()> {
    let mut parts = s.trim().split('-');
    let y: u32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    if parts.next().is_some() || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some(())
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        _ => 28,
    }
}

fn check_time(s: &str) -> Option<()> {
    let (hms, frac) = s.trim().split_once('.').unwrap_or((s.trim(), ""));
    if !frac.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut parts = hms.split(':');
    let h: u32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let sec: u32 = parts.next().map(|p| p.parse().ok()).unwrap_or(Some(0))?;
    (parts.next().is_none() && h < 24 && m < 60 && sec < 60).then_some(())
}

/// Whether a field is year-month (`None` when it is no interval unit Flink accepts).
fn field_class(f: &DateTimeField) -> Option<(bool, &'static str)> {
    use DateTimeField::*;
    Some(match f {
        Year | Years => (true, "YEAR"),
        Month | Months => (true, "MONTH"),
        Day | Days => (false, "DAY"),
        Hour | Hours => (false, "HOUR"),
        Minute | Minutes => (false, "MINUTE"),
        Second | Seconds => (false, "SECOND"),
        _ => return None,
    })
}

/// The type of `INTERVAL '…' unit [TO unit]`: `INTERVAL MONTH` or `INTERVAL SECOND(3)`.
pub fn interval_type(t: &ExprTyper<'_>, i: &Interval, e: &Expr) -> Result<DataType, Diagnostic> {
    let Some(lead) = i.leading_field.as_ref() else {
        return Err(t.err(e, "SQL parse failed. Encountered \"<EOF>\""));
    };
    let (ym, lead_name) =
        field_class(lead).ok_or_else(|| t.err(e, format!("SQL parse failed. Encountered \"{lead}\"")))?;
    if let Some(last) = &i.last_field {
        let (ym2, _) =
            field_class(last).ok_or_else(|| t.err(e, format!("SQL parse failed. Encountered \"{last}\"")))?;
        if ym != ym2 {
            return Err(t.err(e, format!("SQL parse failed. Encountered \"{last}\"")));
        }
    }
    let text = match i.value.as_ref() {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) => Some(s.trim().to_string()),
            _ => None,
        },
        _ => None,
    };
    let Some(text) = text else {
        return Err(t.err(e, "SQL parse failed. Interval literals take a string: INTERVAL '1' DAY"));
    };
    if i.last_field.is_none() {
        let unsigned = text.trim_start_matches(['-', '+']);
        let int_part = unsigned.split('.').next().unwrap_or("");
        let valid = !int_part.is_empty()
            && int_part.chars().all(|c| c.is_ascii_digit())
            && (lead_name == "SECOND" || !unsigned.contains('.'));
        if !valid {
            return Err(t.err(
                e,
                format!("SQL validation failed. Illegal interval literal format '{text}' for INTERVAL {lead_name}"),
            ));
        }
        let precision = i.leading_precision.unwrap_or(2) as usize;
        let digits = int_part.trim_start_matches('0').len();
        if digits > precision {
            return Err(t.err(
                e,
                format!("SQL validation failed. Interval field value {int_part} exceeds precision of {lead_name}({precision}) field"),
            ));
        }
    }
    let kind = if ym { IntervalKind::Month } else { IntervalKind::Second { fractional_precision: 3 } };
    Ok(nn(TypeKind::Interval(kind)))
}
