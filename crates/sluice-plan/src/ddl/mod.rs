//! DDL: tables (with LIKE), expressions as Flink serializes them.

pub mod alter;
pub mod create_table;
pub mod flink_expr;
pub mod like;
