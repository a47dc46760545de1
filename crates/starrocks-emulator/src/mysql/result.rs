//! Statement outcomes and how they are written to a MySQL client.

use crate::catalog::types::ColumnType as SrType;
use crate::value::Value;
use opensrv_mysql::{Column, ColumnFlags, ColumnType, OkResponse, QueryResultWriter};
use tokio::io::AsyncWrite;

/// The MySQL column type a result column is announced with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// BIGINT.
    BigInt,
    /// INT and smaller integers.
    Int,
    /// DOUBLE / FLOAT.
    Double,
    /// DECIMAL.
    Decimal,
    /// DATE.
    Date,
    /// DATETIME.
    DateTime,
    /// Any text.
    Varchar,
}

impl Kind {
    /// The announced type of a table column.
    pub fn of_type(t: &SrType) -> Kind {
        match t {
            SrType::Boolean | SrType::TinyInt | SrType::SmallInt | SrType::Int => Kind::Int,
            SrType::BigInt => Kind::BigInt,
            SrType::Float | SrType::Double => Kind::Double,
            SrType::Decimal { .. } => Kind::Decimal,
            SrType::Date => Kind::Date,
            SrType::DateTime => Kind::DateTime,
            _ => Kind::Varchar,
        }
    }

    /// The announced type of a computed value.
    pub fn of_value(v: &Value) -> Kind {
        match v {
            Value::Int(_) | Value::Bool(_) => Kind::BigInt,
            Value::Float(_) => Kind::Double,
            Value::Decimal(..) => Kind::Decimal,
            Value::Date(_) => Kind::Date,
            Value::DateTime(_) => Kind::DateTime,
            _ => Kind::Varchar,
        }
    }

    fn mysql(self) -> ColumnType {
        match self {
            Kind::BigInt => ColumnType::MYSQL_TYPE_LONGLONG,
            Kind::Int => ColumnType::MYSQL_TYPE_LONG,
            Kind::Double => ColumnType::MYSQL_TYPE_DOUBLE,
            Kind::Decimal => ColumnType::MYSQL_TYPE_NEWDECIMAL,
            Kind::Date => ColumnType::MYSQL_TYPE_DATE,
            Kind::DateTime => ColumnType::MYSQL_TYPE_DATETIME,
            Kind::Varchar => ColumnType::MYSQL_TYPE_VAR_STRING,
        }
    }
}

/// A result set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResultSet {
    /// Column names and announced types.
    pub columns: Vec<(String, Kind)>,
    /// Rows of cells (`None` = NULL).
    pub rows: Vec<Vec<Option<String>>>,
}

impl ResultSet {
    /// A result set of text columns.
    pub fn text(columns: &[&str], rows: Vec<Vec<Option<String>>>) -> Self {
        ResultSet { columns: columns.iter().map(|c| ((*c).to_string(), Kind::Varchar)).collect(), rows }
    }
}

/// A MySQL error with StarRocks' code, SQLSTATE and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SqlError {
    /// Error code.
    pub code: u16,
    /// SQLSTATE.
    pub state: &'static str,
    /// Message.
    pub message: String,
}

impl SqlError {
    /// A generic error (1064, `HY000`), StarRocks' default.
    pub fn generic(message: impl Into<String>) -> Self {
        SqlError { code: 1064, state: "HY000", message: message.into() }
    }

    /// `Unknown database '<db>'` (5501, `3F000`).
    pub fn unknown_db(db: &str) -> Self {
        SqlError {
            code: 5501,
            state: "3F000",
            message: format!("Getting analyzing error. Detail message: Unknown database '{db}'."),
        }
    }

    /// `Unknown table '<db>.<t>'` (5502, `42602`).
    pub fn unknown_table(db: &str, t: &str) -> Self {
        SqlError {
            code: 5502,
            state: "42602",
            message: format!("Getting analyzing error. Detail message: Unknown table '{db}.{t}'."),
        }
    }

    /// No database selected (1046, `3D000`).
    pub fn no_db() -> Self {
        SqlError { code: 1046, state: "3D000", message: "No database selected".into() }
    }
}

/// What a statement produced.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// OK packet with affected rows.
    Ok(u64),
    /// A result set.
    Rows(ResultSet),
    /// An error.
    Err(SqlError),
}

/// Writes a result set or OK packet (errors are written by the caller).
pub async fn write<W: AsyncWrite + Send + Unpin>(w: QueryResultWriter<'_, W>, outcome: Outcome) -> std::io::Result<()> {
    match outcome {
        Outcome::Ok(n) => w.completed(OkResponse { affected_rows: n, ..OkResponse::default() }).await,
        Outcome::Rows(rs) => {
            let cols: Vec<Column> = rs
                .columns
                .iter()
                .map(|(name, kind)| Column {
                    table: String::new(),
                    column: name.clone(),
                    coltype: kind.mysql(),
                    colflags: ColumnFlags::empty(),
                })
                .collect();
            let mut rw = w.start(&cols).await?;
            for row in &rs.rows {
                for cell in row {
                    rw.write_col(cell.as_deref())?;
                }
                rw.end_row().await?;
            }
            rw.finish().await
        }
        Outcome::Err(e) => w.error(opensrv_mysql::ErrorKind::ER_UNKNOWN_ERROR, e.message.as_bytes()).await,
    }
}
