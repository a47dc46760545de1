//! Flink 1.20 semantics for sluice: the session catalog, type rules, schema resolution of
//! CREATE TABLE (with LIKE), query and INSERT validation, the connector registry, and a
//! per-statement verdict as Flink would give it.

// Diagnostics are the error type everywhere; they are built only on the failure path.
#![allow(clippy::result_large_err)]

pub mod catalog;
pub mod connectors;
pub mod ddl;
pub mod env;
pub mod expr;
pub mod hints;
pub mod identifier;
pub mod query;
pub mod script;
pub mod session;
pub mod types;

pub use connectors::ConnectorRegistry;
pub use session::{Outcome, SchemaReport, Session, StatementContext};
