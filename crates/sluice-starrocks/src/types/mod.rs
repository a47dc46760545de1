//! Flink ↔ StarRocks types: StarRocks column types as reported over the MySQL port, the
//! graded mapping table, and the reverse mapping used to write StarRocks DDL.

pub mod mapping;
pub mod reverse;
pub mod starrocks_type;

pub use mapping::{Grade, grade, java_accepts};
pub use reverse::to_starrocks;
pub use starrocks_type::StarRocksType;
