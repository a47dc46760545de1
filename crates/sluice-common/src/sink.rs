//! The contract between the executor and a table sink: rows go in as [`ChangeBatch`]es,
//! [`Sink::flush`] makes everything written so far durable in the destination, and
//! [`Sink::close`] flushes and releases the sink. Exactly-once sinks add a two-phase-commit
//! contract on top of this one: [`TwoPhaseCommit`].

use async_trait::async_trait;
use serde::Serialize;
use serde::de::DeserializeOwned;

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
    ///
    /// A sink in a two-phase-commit mode (see [`TwoPhaseCommit`]) loads what it holds into
    /// its open transaction instead: the rows become visible at the next
    /// [`TwoPhaseCommit::commit`], never earlier.
    async fn flush(&mut self) -> Result<(), Self::Error>;

    /// Flushes, then releases connections and background tasks.
    ///
    /// A sink in a two-phase-commit mode does not commit at close: rows written since the
    /// last [`TwoPhaseCommit::prepare`] are discarded (their open transaction is rolled
    /// back), and prepared transactions are left for [`TwoPhaseCommit::commit`] or for the
    /// [`TwoPhaseCommit::restore`] of the next run. At the end of its input the executor
    /// takes a last checkpoint (`prepare`, then `commit`) before it closes the sink.
    async fn close(&mut self) -> Result<(), Self::Error>;
}

/// Two-phase commit of a [`Sink`], driven by whoever takes checkpoints (the executor's
/// checkpoint coordinator), as Flink drives a `TwoPhaseCommitSinkFunction`.
///
/// The life of one sink instance:
///
/// 1. [`restore`](Self::restore) once, before the first row, with the states of the last
///    *completed* checkpoint (empty for a fresh job). It finishes what that checkpoint
///    prepared and cleans up what later, never completed, work left behind.
/// 2. Rows are written; the sink loads them into transactions that stay uncommitted.
/// 3. At a checkpoint: [`prepare`](Self::prepare) with the checkpoint's id (ids increase).
///    The sink loads what it buffers, prepares its open transactions and returns a state
///    that names them. The caller stores the state durably with the checkpoint.
/// 4. Once the checkpoint is complete (every participant stored its state):
///    [`commit`](Self::commit) with that state. Only now do the rows become visible.
/// 5. After a crash anywhere, a new instance starts again at 1 with the state of the last
///    completed checkpoint, so what a completed checkpoint prepared is always committed,
///    exactly once, and what was loaded after it is always rolled back.
///
/// Every step may be repeated with the same state: committing a transaction that is already
/// committed counts as done, so `commit` and `restore` are idempotent.
#[async_trait]
pub trait TwoPhaseCommit: Sink {
    /// What a checkpoint stores for this sink: plain data, serializable (JSON works).
    type State: Serialize + DeserializeOwned + Clone + std::fmt::Debug + Send + Sync + 'static;

    /// Starts from the states of the last completed checkpoint (several when a job is
    /// restored with fewer sink instances than before; none for a fresh job): commits the
    /// transactions they prepared and aborts transactions of this sink begun after them.
    async fn restore(&mut self, states: Vec<Self::State>) -> Result<(), Self::Error>;

    /// At checkpoint `checkpoint_id`: loads everything written so far, prepares it (durable
    /// but invisible) and returns the state to store with the checkpoint. Rows written
    /// afterwards belong to the next checkpoint.
    async fn prepare(&mut self, checkpoint_id: u64) -> Result<Self::State, Self::Error>;

    /// After the checkpoint whose [`prepare`](Self::prepare) returned `state` completed:
    /// commits what it prepared (and what earlier checkpoints named in it prepared).
    async fn commit(&mut self, state: &Self::State) -> Result<(), Self::Error>;
}
