//! Types of literals (dialect spec §1.4–1.6).

use sluice_common::{DataType, Diagnostic, IntervalKind, TimestampKind, TypeKind};
use sqlparser::ast::{DataType as SqlDataType, DateTimeField, Expr, Interval, TypedString, UnaryOperator, Value};

use super::ExprTyper;
use crate::types::nn;

/// The type of a numeric literal: INT, BIGINT, DECIMAL(p, s) or DOUBLE (with an exponent).
pub fn number_type(text: &str) -> DataType {
    number_type_checked(text).unwrap_or(nn(TypeKind::Decimal(38, 0)))
}

/// The type of a numeric literal, or `None` when it has more digits than Flink's literals hold.
pub fn number_type_checked(text: &str) -> Option<DataType> {
    let unsigned = text.trim_start_matches(['-', '+']);
    let digits = unsigned.split(['e', 'E']).next().unwrap_or("").replace('.', "");
    if !text.contains(['e', 'E']) && digits.trim_start_matches('0').len() > 19 {
        return None;
    }
    // An integer literal is a BIGINT at most.
    if !text.contains(['e', 'E', '.']) && text.parse::<i64>().is_err() {
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
            // Java strings count UTF-16 units: a character outside the BMP is two.
            nn(TypeKind::Char(s.encode_utf16().count() as u32))
        }
        Value::HexStringLiteral(h) => {
            if !h.chars().all(|c| c.is_ascii_hexdigit()) {
                return Err(t.err(
                    e,
                    "SQL parse failed. Binary literal string must contain only characters '0' - '9', 'A' - 'F'",
                ));
            }
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

/// Character sets Flink knows in an introducer (`_UTF16'abc'`): Calcite's names and the
/// Java names that are identifiers.
const CHARSETS: &[&str] = &["UTF8", "UTF16", "LATIN1", "GBK", "GB2312", "GB18030", "BIG5"];

/// Checks the character set of an introducer.
pub fn charset_introducer(t: &ExprTyper<'_>, name: &str, e: &Expr) -> Result<(), Diagnostic> {
    let upper = name.to_ascii_uppercase();
    if CHARSETS.contains(&upper.as_str()) {
        Ok(())
    } else {
        Err(t.err(e, format!("SQL parse failed. Unknown character set '{upper}'")))
    }
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
            // A date alone is midnight of that day.
            if check_date(text).is_some() {
                return Ok(nn(TypeKind::Timestamp(0, TimestampKind::Regular)));
            }
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
    let mut parts = s.split('-');
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
    let (hms, frac) = s.split_once('.').unwrap_or((s, ""));
    if !frac.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut parts = hms.split(':');
    let h: u32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let sec: u32 = parts.next()?.parse().ok()?;
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

/// Whether `last` may follow `lead` in `INTERVAL … lead TO last`.
fn valid_range(lead: &str, last: &str) -> bool {
    matches!(
        (lead, last),
        ("YEAR", "MONTH")
            | ("DAY", "HOUR" | "MINUTE" | "SECOND")
            | ("HOUR", "MINUTE" | "SECOND")
            | ("MINUTE", "SECOND")
    )
}

/// Whether `text` has the shape Calcite wants for `lead TO last` (`'1-2'` for YEAR TO
/// MONTH, `'1 02:03:04.5'` for DAY TO SECOND …).
fn valid_range_text(text: &str, lead: &str, last: &str) -> bool {
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let number = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let seconds = |s: &str| match s.split_once('.') {
        Some((whole, frac)) => number(whole) && (frac.is_empty() || number(frac)),
        None => number(s),
    };
    let clock = |s: &str, parts: usize| {
        let fields: Vec<&str> = s.split(':').collect();
        fields.len() == parts
            && fields
                .iter()
                .enumerate()
                .all(|(i, f)| if i == parts - 1 && last == "SECOND" { seconds(f) } else { number(f) })
    };
    match (lead, last) {
        ("YEAR", _) => unsigned.split_once('-').is_some_and(|(y, m)| number(y) && number(m)),
        ("DAY", _) => unsigned.split_once(' ').is_some_and(|(d, rest)| {
            number(d)
                && clock(
                    rest,
                    match last {
                        "HOUR" => 1,
                        "MINUTE" => 2,
                        _ => 3,
                    },
                )
        }),
        ("HOUR", _) => clock(unsigned, if last == "MINUTE" { 2 } else { 3 }),
        _ => clock(unsigned, 2),
    }
}

/// The type of `INTERVAL '…' unit [TO unit]`: `INTERVAL MONTH` or `INTERVAL SECOND(3)`.
pub fn interval_type(t: &ExprTyper<'_>, i: &Interval, e: &Expr) -> Result<DataType, Diagnostic> {
    let Some(lead) = i.leading_field.as_ref() else {
        return Err(t.err(e, "SQL parse failed. Encountered \"<EOF>\""));
    };
    let (ym, lead_name) =
        field_class(lead).ok_or_else(|| t.err(e, format!("SQL parse failed. Encountered \"{lead}\"")))?;
    let mut last_name = None;
    if let Some(last) = &i.last_field {
        let (_, name) =
            field_class(last).ok_or_else(|| t.err(e, format!("SQL parse failed. Encountered \"{last}\"")))?;
        if !valid_range(lead_name, name) {
            return Err(t.err(e, "SQL parse failed. Incorrect syntax near the keyword 'TO'"));
        }
        last_name = Some(name);
    }
    let text = match i.value.as_ref() {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) => Some(s.trim().to_string()),
            // `INTERVAL 1 DAY`: Flink also takes an unsigned integer.
            Value::Number(n, _) if last_name.is_none() && n.bytes().all(|b| b.is_ascii_digit()) => Some(n.clone()),
            _ => None,
        },
        Expr::UnaryOp { op: UnaryOperator::Minus | UnaryOperator::Plus, expr } if last_name.is_none() => {
            match expr.as_ref() {
                Expr::Value(v) => match &v.value {
                    Value::Number(n, _) if n.bytes().all(|b| b.is_ascii_digit()) => Some(n.clone()),
                    _ => None,
                },
                _ => None,
            }
        }
        _ => None,
    };
    let Some(text) = text else {
        return Err(t.err(e, "SQL parse failed. Interval literals take a string: INTERVAL '1' DAY"));
    };
    if let Some(last_name) = last_name {
        if !valid_range_text(&text, lead_name, last_name) {
            return Err(
                t.err(e, format!("Illegal interval literal format '{text}' for INTERVAL {lead_name} TO {last_name}"))
            );
        }
    } else {
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
