//! A StarRocks-compatible server for tests and development: the FE MySQL protocol, the FE
//! and BE HTTP load APIs (stream load, transaction stream load, merge commit, label state)
//! and storage, answering as `starrocks-wire.md` describes, with deterministic fault
//! injection ([`fault`], [`RunningEmulator::faults`]) for testing clients.
//!
//! ```no_run
//! # async fn demo() -> Result<(), starrocks_emulator::StartError> {
//! use starrocks_emulator::{Emulator, Storage};
//! let emu = Emulator::builder()
//!     .mysql_port(0)
//!     .http_port(0)
//!     .be_port(0)
//!     .storage(Storage::Memory)
//!     .start()
//!     .await?;
//! println!("mysql on {}", emu.mysql_addr());
//! emu.shutdown().await;
//! # Ok(()) }
//! ```

#![warn(missing_docs)]

pub mod catalog;
pub mod cli;
mod emulator;
pub mod fault;
pub mod http;
pub mod load;
pub mod mysql;
pub mod sql;
pub mod state;
pub mod storage;
pub mod txn;
pub mod value;

pub use emulator::{Emulator, EmulatorBuilder, RunningEmulator, StartError};
pub use fault::{Action, Fault, FaultHandle, FaultId, Node, RequestKind, Target};
pub use storage::Storage;
