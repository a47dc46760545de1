//! Table schemas: columns, key model, distribution, properties, and `SHOW CREATE TABLE`.

use super::types::ColumnType;
use crate::value::{Value, parse_text};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The key model of a table (wire spec §7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeysType {
    /// `DUPLICATE KEY`: every row kept.
    Duplicate,
    /// `AGGREGATE KEY`.
    Aggregate,
    /// `UNIQUE KEY`.
    Unique,
    /// `PRIMARY KEY`: upsert and delete by key.
    Primary,
}

impl KeysType {
    /// The clause keyword as `SHOW CREATE TABLE` prints it.
    pub fn sql_name(self) -> &'static str {
        match self {
            KeysType::Duplicate => "DUPLICATE KEY",
            KeysType::Aggregate => "AGGREGATE KEY",
            KeysType::Unique => "UNIQUE KEY",
            KeysType::Primary => "PRIMARY KEY",
        }
    }

    /// `COLUMN_KEY` of key columns in `information_schema.COLUMNS`.
    pub fn column_key(self) -> &'static str {
        match self {
            KeysType::Duplicate => "DUP",
            KeysType::Aggregate => "AGG",
            KeysType::Unique => "UNI",
            KeysType::Primary => "PRI",
        }
    }
}

/// A column default.
#[derive(Debug, Clone, PartialEq)]
pub enum ColumnDefault {
    /// `DEFAULT "<literal>"`.
    Literal(String),
    /// `DEFAULT CURRENT_TIMESTAMP`.
    CurrentTimestamp,
    /// `DEFAULT (<expr>)`, kept as text.
    Expr(String),
}

/// One column of a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Column name as declared.
    pub name: String,
    /// Column type.
    pub ty: ColumnType,
    /// Whether NULL is allowed.
    pub nullable: bool,
    /// Default, if declared.
    pub default: Option<ColumnDefault>,
    /// `AUTO_INCREMENT`.
    pub auto_increment: bool,
    /// Comment (empty when none).
    pub comment: String,
    /// Whether the column is part of the key.
    pub is_key: bool,
    /// Aggregate function name for aggregate-model value columns.
    pub aggregation: Option<String>,
}

impl Column {
    /// The value a row gets when the load does not provide the column; `Err` with the
    /// StarRocks message when there is none.
    pub fn default_value(&self) -> Result<Value, String> {
        match &self.default {
            Some(ColumnDefault::Literal(text)) => {
                parse_text(text.as_bytes(), &self.ty).map_err(|_| format!("Invalid default value for '{}'", self.name))
            }
            Some(ColumnDefault::CurrentTimestamp) => {
                let now = chrono::Local::now().naive_local();
                Ok(match self.ty {
                    ColumnType::Date => Value::Date(now.date()),
                    _ => Value::DateTime(now.with_nanosecond_truncated().unwrap_or(now)),
                })
            }
            Some(ColumnDefault::Expr(e)) => {
                let t = e.trim().trim_matches(|c| c == '\'' || c == '"');
                parse_text(t.as_bytes(), &self.ty).map_err(|_| format!("Invalid default value for '{}'", self.name))
            }
            None if self.nullable => Ok(Value::Null),
            None => Err(format!("Column has no default value. column: {}", self.name)),
        }
    }
}

trait TruncateNanos: Sized {
    fn with_nanosecond_truncated(self) -> Option<Self>;
}

impl TruncateNanos for chrono::NaiveDateTime {
    fn with_nanosecond_truncated(self) -> Option<Self> {
        use chrono::Timelike;
        self.with_nanosecond(0)
    }
}

/// `DISTRIBUTED BY` clause.
#[derive(Debug, Clone, PartialEq)]
pub enum Distribution {
    /// `HASH(cols) [BUCKETS n]`.
    Hash(Vec<String>, Option<u32>),
    /// `RANDOM [BUCKETS n]`.
    Random(Option<u32>),
}

/// A table's definition.
#[derive(Debug, Clone, PartialEq)]
pub struct TableSchema {
    /// Table name.
    pub name: String,
    /// Columns in base-schema order.
    pub columns: Vec<Column>,
    /// Key model.
    pub keys_type: KeysType,
    /// Indexes of key columns.
    pub key_columns: Vec<usize>,
    /// `PARTITION BY ...` clause text, if any.
    pub partition: Option<String>,
    /// Distribution.
    pub distribution: Distribution,
    /// `ORDER BY (...)` columns, if any.
    pub order_by: Vec<String>,
    /// Properties (sorted by key).
    pub properties: BTreeMap<String, String>,
    /// Table comment.
    pub comment: Option<String>,
}

impl TableSchema {
    /// Index of the column named `name` (case-insensitive).
    pub fn column_index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name.eq_ignore_ascii_case(name))
    }

    /// `SHOW CREATE TABLE` text (wire spec §8.4).
    pub fn show_create(&self) -> String {
        let mut s = format!("CREATE TABLE `{}` (\n", self.name);
        for (i, c) in self.columns.iter().enumerate() {
            let _ = write!(s, "  `{}` {}", c.name, c.ty.to_sql());
            if let Some(agg) = &c.aggregation {
                let _ = write!(s, " {agg}");
            }
            s.push_str(if c.nullable { " NULL" } else { " NOT NULL" });
            if c.auto_increment {
                s.push_str(" AUTO_INCREMENT");
            }
            match &c.default {
                Some(ColumnDefault::Literal(v)) => {
                    let _ = write!(s, " DEFAULT \"{v}\"");
                }
                Some(ColumnDefault::CurrentTimestamp) => s.push_str(" DEFAULT CURRENT_TIMESTAMP"),
                Some(ColumnDefault::Expr(e)) => {
                    let _ = write!(s, " DEFAULT ({e})");
                }
                None => {}
            }
            let _ = write!(s, " COMMENT \"{}\"", c.comment);
            s.push_str(if i + 1 < self.columns.len() { ",\n" } else { "\n" });
        }
        s.push_str(") ENGINE=OLAP \n");
        let keys: Vec<String> = self.key_columns.iter().map(|&i| format!("`{}`", self.columns[i].name)).collect();
        let _ = writeln!(s, "{}({})", self.keys_type.sql_name(), keys.join(", "));
        if let Some(c) = &self.comment {
            let _ = writeln!(s, "COMMENT \"{c}\"");
        }
        if let Some(p) = &self.partition {
            let _ = writeln!(s, "{p}");
        }
        match &self.distribution {
            Distribution::Hash(cols, buckets) => {
                let cols: Vec<String> = cols.iter().map(|c| format!("`{c}`")).collect();
                let _ = write!(s, "DISTRIBUTED BY HASH({})", cols.join(", "));
                if let Some(b) = buckets {
                    let _ = write!(s, " BUCKETS {b}");
                }
            }
            Distribution::Random(buckets) => {
                s.push_str("DISTRIBUTED BY RANDOM");
                if let Some(b) = buckets {
                    let _ = write!(s, " BUCKETS {b}");
                }
            }
        }
        s.push('\n');
        if !self.order_by.is_empty() {
            let cols: Vec<String> = self.order_by.iter().map(|c| format!("`{c}`")).collect();
            let _ = writeln!(s, "ORDER BY({})", cols.join(", "));
        }
        s.push_str("PROPERTIES (\n");
        let n = self.properties.len();
        for (i, (k, v)) in self.properties.iter().enumerate() {
            let _ = write!(s, "\"{k}\" = \"{v}\"");
            s.push_str(if i + 1 < n { ",\n" } else { "\n" });
        }
        s.push_str(");");
        s
    }
}
