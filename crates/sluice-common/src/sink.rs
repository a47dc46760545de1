//! The contract between the executor and a table sink: rows go in as [`ChangeBatch`]es,
//! [`Sink::flush`] makes everything written so far durable in the destination, and
//! [`Sink::close`] flushes and releases the sink. Exactly-once sinks add a two-phase-commit
//! contract on top of this one.

use async_trait::async_trait;

use crate::row_kind::ChangeBatch;

/// A running table sink.
///
/// `write` may send data in the background and may wait when the destination is slower
/// than the writer (back-pressure); an error of earlier background work is reported by the
/// next call. After `close` (or after an error), the sink accepts no more rows.
#[async_trait]
pub trait Sink: Send {
    /// What a failed call reports.
    type Error: std::error::Error + Send + Sync + 'static;

    /// Hands over rows. Returns when the rows are buffered (not necessarily loaded).
    async fn write(&mut self, batch: ChangeBatch) -> Result<(), Self::Error>;

    /// Loads and commits everything written so far; returns when it is visible or failed.
    async fn flush(&mut self) -> Result<(), Self::Error>;

    /// Flushes, then releases connections and background tasks.
    async fn close(&mut self) -> Result<(), Self::Error>;
}
