//! The StarRocks connector of sluice: option declarations and the typed sink options,
//! the Flink ↔ StarRocks type mapping, the live schema check over the MySQL port, DDL
//! translation, and loading (stream load, transaction stream load, merge commit). Depends
//! only on `sluice-common`, so it can be used as a library.

pub mod ddl;
mod factory;
pub mod live;
mod offline_types;
pub mod options;
pub mod types;

pub use factory::StarRocksConnector;
