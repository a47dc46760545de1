//! The only file that talks to the FE over the MySQL protocol (`mysql_async`): connect to
//! the first FE of `jdbc-url` that answers, read `current_version()` and a table's
//! `information_schema.COLUMNS`, and create tables.

use std::time::Duration;

use mysql_async::prelude::Queryable;
use mysql_async::{Conn, OptsBuilder, Row};

use super::jdbc_url::FeAddress;
use super::starrocks_table::{StarRocksColumn, StarRocksTable};
use crate::types::StarRocksType;

/// Why talking to the FE failed. Messages never contain the password.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    /// No TCP connection (refused, unknown host, …).
    #[error("cannot connect to FE {address}: {reason}")]
    Unreachable {
        /// The FE.
        address: String,
        /// The OS error.
        reason: String,
    },
    /// Connected, but no MySQL handshake within the timeout.
    #[error("FE {address} did not answer within {timeout_ms} ms")]
    Timeout {
        /// The FE.
        address: String,
        /// The connect timeout.
        timeout_ms: u128,
    },
    /// The FE refused the user or password.
    #[error("{message}")]
    AccessDenied {
        /// The server's message (`Access denied for user 'u' (using password: YES)`).
        message: String,
    },
    /// A query failed.
    #[error("FE {address} answered: {message}")]
    Query {
        /// The FE.
        address: String,
        /// The server's error.
        message: String,
    },
}

/// A connection to one FE.
pub struct CatalogClient {
    conn: Conn,
    address: FeAddress,
}

impl CatalogClient {
    /// Connects to the first FE that completes a handshake within `timeout` each. An
    /// authentication failure stops at once (the other FEs share the user table).
    pub async fn connect(
        fes: &[FeAddress],
        user: &str,
        password: &str,
        timeout: Duration,
    ) -> Result<CatalogClient, Vec<CatalogError>> {
        let mut errors = Vec::new();
        for fe in fes {
            tracing::debug!(fe = %fe, user, "connecting to the FE's MySQL port");
            let opts = OptsBuilder::default()
                .ip_or_hostname(fe.host.clone())
                .tcp_port(fe.port)
                .user(Some(user))
                .pass(Some(password))
                .prefer_socket(false);
            match tokio::time::timeout(timeout, Conn::new(opts)).await {
                Ok(Ok(conn)) => return Ok(CatalogClient { conn, address: fe.clone() }),
                Ok(Err(e)) => {
                    let error = classify(fe, e);
                    tracing::debug!(fe = %fe, %error, "FE connection failed");
                    let stop = matches!(error, CatalogError::AccessDenied { .. });
                    errors.push(error);
                    if stop {
                        break;
                    }
                }
                Err(_) => {
                    errors.push(CatalogError::Timeout { address: fe.to_string(), timeout_ms: timeout.as_millis() })
                }
            }
        }
        Err(errors)
    }

    /// The FE this client talks to.
    pub fn address(&self) -> &FeAddress {
        &self.address
    }

    /// `select current_version() as ver;`, as the connector sends it.
    pub async fn current_version(&mut self) -> Result<String, CatalogError> {
        let row: Option<String> =
            self.conn.query_first("select current_version() as ver;").await.map_err(|e| self.query_error(e))?;
        Ok(row.unwrap_or_default())
    }

    /// Whether the database exists.
    pub async fn database_exists(&mut self, database: &str) -> Result<bool, CatalogError> {
        let sql = format!(
            "select `SCHEMA_NAME` from `information_schema`.`SCHEMATA` where `SCHEMA_NAME`={};",
            quote(database)
        );
        let rows: Vec<Row> = self.conn.query(sql).await.map_err(|e| self.query_error(e))?;
        Ok(!rows.is_empty())
    }

    /// The table's columns: the connector's query, plus the columns the live check
    /// grades types and nullability with. Empty when the table does not exist (or the
    /// user may not see it).
    pub async fn table(&mut self, database: &str, table: &str) -> Result<StarRocksTable, CatalogError> {
        let sql = format!(
            "select `COLUMN_NAME`, `ORDINAL_POSITION`, `COLUMN_KEY`, `DATA_TYPE`, `COLUMN_SIZE`, `DECIMAL_DIGITS`, \
             `COLUMN_TYPE`, `IS_NULLABLE`, `COLUMN_DEFAULT` from `information_schema`.`COLUMNS` \
             where `TABLE_SCHEMA`={} and `TABLE_NAME`={};",
            quote(database),
            quote(table)
        );
        tracing::debug!(fe = %self.address, sql, "describing the table");
        let rows: Vec<Row> = self.conn.query(sql).await.map_err(|e| self.query_error(e))?;
        let mut columns: Vec<StarRocksColumn> = rows.into_iter().map(column_of).collect();
        columns.sort_by_key(|c| c.ordinal);
        Ok(StarRocksTable { columns })
    }

    /// Runs a DDL statement.
    pub async fn execute(&mut self, sql: &str) -> Result<(), CatalogError> {
        self.conn.query_drop(sql).await.map_err(|e| self.query_error(e))
    }

    /// Closes the connection politely.
    pub async fn close(self) {
        let _ = self.conn.disconnect().await;
    }

    fn query_error(&self, e: mysql_async::Error) -> CatalogError {
        CatalogError::Query { address: self.address.to_string(), message: server_message(&e) }
    }
}

fn column_of(row: Row) -> StarRocksColumn {
    let text = |i: usize| -> Option<String> { row.get_opt::<Option<String>, _>(i).and_then(Result::ok).flatten() };
    let int = |i: usize| -> Option<i64> {
        row.get_opt::<Option<i64>, _>(i).and_then(Result::ok).flatten().or_else(|| text(i).and_then(|t| t.parse().ok()))
    };
    let data_type = text(3).unwrap_or_default().to_ascii_lowercase();
    let column_type = text(6).map(|t| StarRocksType::parse(&t)).unwrap_or_else(|| StarRocksType::parse(&data_type));
    StarRocksColumn {
        name: text(0).unwrap_or_default(),
        ordinal: int(1).unwrap_or(0),
        key: text(2).unwrap_or_default(),
        data_type,
        column_type,
        nullable: text(7).is_none_or(|n| n.eq_ignore_ascii_case("YES")),
        default: text(8),
    }
}

/// A SQL string literal.
pub fn quote(value: &str) -> String {
    format!("'{}'", value.replace('\\', "\\\\").replace('\'', "\\'"))
}

fn server_message(e: &mysql_async::Error) -> String {
    match e {
        mysql_async::Error::Server(s) => s.message.clone(),
        other => other.to_string(),
    }
}

fn classify(fe: &FeAddress, e: mysql_async::Error) -> CatalogError {
    match &e {
        mysql_async::Error::Server(s) if s.code == 1045 => CatalogError::AccessDenied { message: s.message.clone() },
        mysql_async::Error::Server(s) => CatalogError::Query { address: fe.to_string(), message: s.message.clone() },
        mysql_async::Error::Io(mysql_async::IoError::Io(io)) => {
            CatalogError::Unreachable { address: fe.to_string(), reason: io.to_string() }
        }
        other => CatalogError::Unreachable { address: fe.to_string(), reason: other.to_string() },
    }
}
