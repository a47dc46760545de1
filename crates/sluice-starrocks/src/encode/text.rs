//! Value text as StarRocks parses it exactly (wire spec §6): plain decimals, `YYYY-MM-DD`
//! dates, `YYYY-MM-DD HH:MM:SS[.f]` datetimes, shortest round-trip floats, JSON strings.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Timelike};

/// Appends `v` (an unscaled DECIMAL value) with `scale` fraction digits and no exponent.
pub fn decimal(v: i128, scale: u8, out: &mut Vec<u8>) {
    let mut buf = itoa::Buffer::new();
    let digits = buf.format(v.unsigned_abs()).as_bytes();
    if v < 0 {
        out.push(b'-');
    }
    let scale = scale as usize;
    if scale == 0 {
        out.extend_from_slice(digits);
    } else if digits.len() > scale {
        let (int, frac) = digits.split_at(digits.len() - scale);
        out.extend_from_slice(int);
        out.push(b'.');
        out.extend_from_slice(frac);
    } else {
        out.extend_from_slice(b"0.");
        out.resize(out.len() + scale - digits.len(), b'0');
        out.extend_from_slice(digits);
    }
}

/// Appends a finite float in its shortest round-trip form (`1.5`, `1e21`); `false` for NaN
/// and infinities, which StarRocks has no text for.
pub fn float(v: f64, out: &mut Vec<u8>) -> bool {
    if !v.is_finite() {
        return false;
    }
    let mut buf = ryu::Buffer::new();
    out.extend_from_slice(buf.format_finite(v).as_bytes());
    true
}

/// Same as [`float`] for FLOAT values (shortest form of the 32-bit value).
pub fn float32(v: f32, out: &mut Vec<u8>) -> bool {
    if !v.is_finite() {
        return false;
    }
    let mut buf = ryu::Buffer::new();
    out.extend_from_slice(buf.format_finite(v).as_bytes());
    true
}

fn two(v: u32, out: &mut Vec<u8>) {
    out.push(b'0' + (v / 10) as u8);
    out.push(b'0' + (v % 10) as u8);
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian (H. Hinnant's algorithm).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Appends `YYYY-MM-DD` for days since the epoch (years outside 0..=9999 as chrono prints them).
pub fn date(days: i64, out: &mut Vec<u8>) {
    let (y, m, d) = civil(days);
    if (0..=9999).contains(&y) {
        let y = y as u32;
        two(y / 100, out);
        two(y % 100, out);
        out.push(b'-');
        two(m, out);
        out.push(b'-');
        two(d, out);
    } else {
        out.extend_from_slice(format!("{y:04}-{m:02}-{d:02}").as_bytes());
    }
}

/// Appends `YYYY-MM-DD HH:MM:SS` plus `digits` fraction digits (at most 6, StarRocks'
/// DATETIME precision; finer digits are cut as StarRocks would ignore them).
pub fn datetime(secs: i64, nanos: u32, digits: u8, out: &mut Vec<u8>) {
    let days = secs.div_euclid(86_400);
    let sod = secs.rem_euclid(86_400) as u32;
    date(days, out);
    out.push(b' ');
    two(sod / 3600, out);
    out.push(b':');
    two(sod / 60 % 60, out);
    out.push(b':');
    two(sod % 60, out);
    fraction(nanos, digits, out);
}

fn fraction(nanos: u32, digits: u8, out: &mut Vec<u8>) {
    let digits = digits.min(6) as usize;
    if digits == 0 {
        return;
    }
    out.push(b'.');
    let mut buf = [b'0'; 9];
    let mut n = nanos;
    for slot in buf.iter_mut().rev() {
        *slot = b'0' + (n % 10) as u8;
        n /= 10;
    }
    out.extend_from_slice(&buf[..digits]);
}

/// Appends a local date-time from chrono (used for TIMESTAMP_LTZ in a non-UTC zone).
pub fn naive_datetime(t: &NaiveDateTime, digits: u8, out: &mut Vec<u8>) {
    let days = i64::from(t.date().num_days_from_ce()) - 719_163;
    let secs = days * 86_400 + i64::from(t.num_seconds_from_midnight());
    datetime(secs, t.nanosecond() % 1_000_000_000, digits, out);
}

/// Splits an epoch value in `unit_per_sec` units into seconds and nanoseconds.
pub fn split_epoch(v: i64, unit_per_sec: i64) -> (i64, u32) {
    let secs = v.div_euclid(unit_per_sec);
    let sub = v.rem_euclid(unit_per_sec);
    (secs, (sub * (1_000_000_000 / unit_per_sec)) as u32)
}

/// The UTC instant as a chrono value (for time-zone conversion).
pub fn utc(secs: i64, nanos: u32) -> Option<NaiveDateTime> {
    DateTime::from_timestamp(secs, nanos).map(|t| t.naive_utc())
}

/// Days since the epoch of a chrono date (for tests).
pub fn days_of(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce()) - 719_163
}

/// Whether `b` needs escaping inside a JSON string.
#[inline]
fn json_special(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Whether any byte of `s` needs escaping in JSON.
pub fn json_needs_escape(s: &[u8]) -> bool {
    memchr::memchr2(b'"', b'\\', s).is_some() || s.iter().any(|&b| b < 0x20)
}

/// Appends `s` as a quoted JSON string: `"` and `\` and control characters escaped
/// (`\b \t \n \f \r` short forms, others `\u00XX`), everything else raw UTF-8.
pub fn json_string(s: &[u8], out: &mut Vec<u8>) {
    out.push(b'"');
    json_string_body(s, out);
    out.push(b'"');
}

/// [`json_string`] without the quotes.
pub fn json_string_body(s: &[u8], out: &mut Vec<u8>) {
    let mut start = 0;
    for (i, &b) in s.iter().enumerate() {
        if !json_special(b) {
            continue;
        }
        out.extend_from_slice(&s[start..i]);
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[(b >> 4) as usize]);
                out.push(HEX[(b & 15) as usize]);
            }
        }
        start = i + 1;
    }
    out.extend_from_slice(&s[start..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(f: impl FnOnce(&mut Vec<u8>)) -> String {
        let mut v = Vec::new();
        f(&mut v);
        String::from_utf8(v).unwrap()
    }

    #[test]
    fn decimals_never_use_an_exponent() {
        assert_eq!(s(|o| decimal(0, 9, o)), "0.000000000");
        assert_eq!(s(|o| decimal(1_234_567_890, 2, o)), "12345678.90");
        assert_eq!(s(|o| decimal(-1, 2, o)), "-0.01");
        assert_eq!(s(|o| decimal(-1_500_000_000, 9, o)), "-1.500000000");
        assert_eq!(s(|o| decimal(1, 7, o)), "0.0000001");
        assert_eq!(s(|o| decimal(42, 0, o)), "42");
        assert_eq!(s(|o| decimal(i128::MAX / 10, 38, o)).len(), 40);
    }

    #[test]
    fn floats_are_shortest_round_trip() {
        assert_eq!(s(|o| assert!(float(std::f64::consts::PI, o))), "3.141592653589793");
        assert_eq!(s(|o| assert!(float(1e21, o))), "1e21");
        assert_eq!(s(|o| assert!(float32(0.1, o))), "0.1");
        assert_eq!(s(|o| assert!(float32(100.0, o))), "100.0");
        assert!(!float(f64::NAN, &mut Vec::new()));
        assert!(!float32(f32::INFINITY, &mut Vec::new()));
    }

    #[test]
    fn dates_and_datetimes() {
        let d = |y, m, dd| days_of(NaiveDate::from_ymd_opt(y, m, dd).unwrap());
        assert_eq!(s(|o| date(d(2024, 2, 29), o)), "2024-02-29");
        assert_eq!(s(|o| date(d(1, 1, 1), o)), "0001-01-01");
        assert_eq!(s(|o| date(d(9999, 12, 31), o)), "9999-12-31");
        assert_eq!(s(|o| date(-1, o)), "1969-12-31");
        assert_eq!(s(|o| datetime(0, 0, 0, o)), "1970-01-01 00:00:00");
        assert_eq!(s(|o| datetime(-1, 999_000_000, 3, o)), "1969-12-31 23:59:59.999");
        assert_eq!(s(|o| datetime(1_709_210_096, 789_000_000, 3, o)), "2024-02-29 12:34:56.789");
        assert_eq!(s(|o| datetime(1, 123_456_789, 9, o)), "1970-01-01 00:00:01.123456");
        assert_eq!(split_epoch(-1, 1000), (-1, 999_000_000));
    }

    #[test]
    fn json_strings_escape_quotes_backslashes_and_controls() {
        let v = "tab\tnl\ncr\rq\"b\\s/\u{1}日本".as_bytes();
        assert_eq!(s(|o| json_string(v, o)), r#""tab\tnl\ncr\rq\"b\\s/\u0001日本""#);
        assert!(json_needs_escape(v));
        assert!(!json_needs_escape("plain/日本".as_bytes()));
    }
}
