//! Flink's two ways of printing a type: the summary string (`DESCRIBE`, error messages) and
//! the serializable string (`SHOW CREATE TABLE`, catalogs).

use std::fmt::{self, Display, Write};

use super::{DataType, IntervalKind, MAX_LENGTH, TimestampKind, TypeKind};

impl DataType {
    /// The type as Flink's `DESCRIBE` prints it: `STRING`, `BYTES`, `TIMESTAMP_LTZ(3)`,
    /// `TIMESTAMP(3) *ROWTIME*`, `INT NOT NULL`.
    pub fn summary(&self) -> String {
        let mut s = String::new();
        self.write(&mut s, true).expect("writing to a String never fails");
        s
    }

    /// The type as Flink serializes it: `VARCHAR(2147483647)`, `TIMESTAMP(3) WITH LOCAL TIME ZONE`.
    pub fn serializable(&self) -> String {
        let mut s = String::new();
        self.write(&mut s, false).expect("writing to a String never fails");
        s
    }

    fn write(&self, out: &mut String, summary: bool) -> fmt::Result {
        let not_null = if self.nullable { "" } else { " NOT NULL" };
        match &self.kind {
            TypeKind::Char(n) => write!(out, "CHAR({n}){not_null}"),
            TypeKind::VarChar(n) if *n == MAX_LENGTH && summary => write!(out, "STRING{not_null}"),
            TypeKind::VarChar(n) => write!(out, "VARCHAR({n}){not_null}"),
            TypeKind::Boolean => write!(out, "BOOLEAN{not_null}"),
            TypeKind::Binary(n) => write!(out, "BINARY({n}){not_null}"),
            TypeKind::VarBinary(n) if *n == MAX_LENGTH && summary => write!(out, "BYTES{not_null}"),
            TypeKind::VarBinary(n) => write!(out, "VARBINARY({n}){not_null}"),
            TypeKind::Decimal(p, s) => write!(out, "DECIMAL({p}, {s}){not_null}"),
            TypeKind::TinyInt => write!(out, "TINYINT{not_null}"),
            TypeKind::SmallInt => write!(out, "SMALLINT{not_null}"),
            TypeKind::Int => write!(out, "INT{not_null}"),
            TypeKind::BigInt => write!(out, "BIGINT{not_null}"),
            TypeKind::Float => write!(out, "FLOAT{not_null}"),
            TypeKind::Double => write!(out, "DOUBLE{not_null}"),
            TypeKind::Date => write!(out, "DATE{not_null}"),
            TypeKind::Time(p) => write!(out, "TIME({p}){not_null}"),
            TypeKind::Timestamp(p, kind) => {
                write!(out, "TIMESTAMP({p}){not_null}")?;
                write_time_attribute(out, *kind, summary)
            }
            TypeKind::TimestampLtz(p, kind) => {
                if summary {
                    write!(out, "TIMESTAMP_LTZ({p}){not_null}")?;
                } else {
                    write!(out, "TIMESTAMP({p}) WITH LOCAL TIME ZONE{not_null}")?;
                }
                write_time_attribute(out, *kind, summary)
            }
            TypeKind::Interval(k) => {
                write_interval(out, *k)?;
                out.write_str(not_null)
            }
            TypeKind::Array(e) => {
                out.write_str("ARRAY<")?;
                e.write(out, summary)?;
                write!(out, ">{not_null}")
            }
            TypeKind::Multiset(e) => {
                out.write_str("MULTISET<")?;
                e.write(out, summary)?;
                write!(out, ">{not_null}")
            }
            TypeKind::Map(k, v) => {
                out.write_str("MAP<")?;
                k.write(out, summary)?;
                out.write_str(", ")?;
                v.write(out, summary)?;
                write!(out, ">{not_null}")
            }
            TypeKind::Row(fields) => {
                out.write_str("ROW<")?;
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        out.write_str(", ")?;
                    }
                    write!(out, "{} ", quote_identifier(&f.name))?;
                    f.data_type.write(out, summary)?;
                    if let Some(d) = &f.description {
                        write!(out, " {}", quote_string(d))?;
                    }
                }
                write!(out, ">{not_null}")
            }
            TypeKind::Raw { class, snapshot } => {
                if summary {
                    write!(out, "RAW({}, ?){not_null}", quote_string(class))
                } else {
                    write!(out, "RAW({}, {}){not_null}", quote_string(class), quote_string(snapshot))
                }
            }
            TypeKind::Null => out.write_str("NULL"),
            TypeKind::Symbol => write!(out, "SYMBOL{not_null}"),
        }
    }
}

fn write_time_attribute(out: &mut String, kind: TimestampKind, summary: bool) -> fmt::Result {
    match (kind, summary) {
        (TimestampKind::Rowtime, true) => out.write_str(" *ROWTIME*"),
        (TimestampKind::Proctime, true) => out.write_str(" *PROCTIME*"),
        _ => Ok(()),
    }
}

fn write_interval(out: &mut String, kind: IntervalKind) -> fmt::Result {
    use IntervalKind::*;
    match kind {
        Year { year_precision } => write!(out, "INTERVAL YEAR({year_precision})"),
        YearToMonth { year_precision } => write!(out, "INTERVAL YEAR({year_precision}) TO MONTH"),
        Month => write!(out, "INTERVAL MONTH"),
        Day { day_precision } => write!(out, "INTERVAL DAY({day_precision})"),
        DayToHour { day_precision } => write!(out, "INTERVAL DAY({day_precision}) TO HOUR"),
        DayToMinute { day_precision } => write!(out, "INTERVAL DAY({day_precision}) TO MINUTE"),
        DayToSecond { day_precision, fractional_precision } => {
            write!(out, "INTERVAL DAY({day_precision}) TO SECOND({fractional_precision})")
        }
        Hour => write!(out, "INTERVAL HOUR"),
        HourToMinute => write!(out, "INTERVAL HOUR TO MINUTE"),
        HourToSecond { fractional_precision } => write!(out, "INTERVAL HOUR TO SECOND({fractional_precision})"),
        Minute => write!(out, "INTERVAL MINUTE"),
        MinuteToSecond { fractional_precision } => {
            write!(out, "INTERVAL MINUTE TO SECOND({fractional_precision})")
        }
        Second { fractional_precision } => write!(out, "INTERVAL SECOND({fractional_precision})"),
    }
}

/// Back-tick quotes an identifier as Flink prints it (a back-tick inside is doubled).
pub fn quote_identifier(name: &str) -> String {
    format!("`{}`", name.replace('`', "``"))
}

/// Single-quotes a string literal (a quote inside is doubled).
pub fn quote_string(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

impl Display for DataType {
    /// Same as [`DataType::summary`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.summary())
    }
}

#[cfg(test)]
mod tests {
    use super::super::{DataType, MAX_LENGTH, RowField, TimestampKind, TypeKind};

    fn n(kind: TypeKind) -> DataType {
        DataType::nullable(kind)
    }

    #[test]
    fn summary_strings_match_flink_describe() {
        assert_eq!(n(TypeKind::VarChar(MAX_LENGTH)).summary(), "STRING");
        assert_eq!(n(TypeKind::VarChar(MAX_LENGTH)).serializable(), "VARCHAR(2147483647)");
        assert_eq!(DataType::not_null(TypeKind::Int).summary(), "INT NOT NULL");
        assert_eq!(n(TypeKind::Timestamp(3, TimestampKind::Rowtime)).summary(), "TIMESTAMP(3) *ROWTIME*");
        assert_eq!(
            DataType::not_null(TypeKind::TimestampLtz(3, TimestampKind::Proctime)).summary(),
            "TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*"
        );
        assert_eq!(
            n(TypeKind::TimestampLtz(6, TimestampKind::Regular)).serializable(),
            "TIMESTAMP(6) WITH LOCAL TIME ZONE"
        );
        let row = n(TypeKind::Row(vec![
            RowField { name: "a".into(), data_type: n(TypeKind::Int), description: None },
            RowField {
                name: "b".into(),
                data_type: n(TypeKind::VarChar(MAX_LENGTH)),
                description: Some("it's".into()),
            },
        ]));
        assert_eq!(row.summary(), "ROW<`a` INT, `b` STRING 'it''s'>");
        let map = n(TypeKind::Map(
            Box::new(n(TypeKind::VarChar(MAX_LENGTH))),
            Box::new(DataType::not_null(TypeKind::Array(Box::new(DataType::not_null(TypeKind::Int))))),
        ));
        assert_eq!(map.summary(), "MAP<STRING, ARRAY<INT NOT NULL> NOT NULL>");
    }
}
