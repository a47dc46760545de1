//! Exactly-once (`sink.semantic = exactly-once`, connector spec §4.6): the sink's side of
//! [`TwoPhaseCommit`].
//!
//! * Between checkpoints rows go into one open transaction (begun with the next counter
//!   label, see `checkpoint.rs`; a label StarRocks already knows is passed over, never
//!   joined); loads happen when a quarter of `max-bytes` is buffered and
//!   at the checkpoint, never a commit. `flush()` loads what is buffered into the open
//!   transaction and commits nothing; `close()` rolls back the open transaction (rows
//!   written since the last checkpoint are not committed, as in Flink).
//! * `prepare(checkpoint)`: the loader sends what is buffered and prepares the open
//!   transaction (`prepared_timeout` only when `sink.properties.prepared_timeout` is set);
//!   the state names it, every earlier prepared transaction not yet seen committed, and
//!   the next counter.
//! * `commit(state)`: commits the state's transactions, oldest checkpoint first. A label
//!   already COMMITTED or VISIBLE counts as done (#393), and an unclear answer (the FE's
//!   `publish timeout`, a lost answer) is settled by the label's state, never by sending
//!   the commit again blindly.
//! * `restore(states)`: commits what the states name, then aborts this sink's lingering
//!   transactions: for each state, labels from its next counter upward are looked up until
//!   StarRocks does not know one (`sink.exactly-once.check-num-lingering-txn` = n > 0: n
//!   labels). PREPARE / PREPARED ones are rolled back (then cancelled through the FE if the
//!   rollback fails), ABORTED ones are passed over. A COMMITTED or VISIBLE label begun
//!   after the restored checkpoint means the job was restored from an older checkpoint than
//!   its last completed one, and is an error. Without a state for its own labels (a fresh
//!   job), the sink scans its own labels from 1 the same way, passing over committed ones
//!   (an earlier run with the same prefix), and begins after the last label in use.
//!
//! At-least-once sinks implement the trait too: `prepare` flushes (commits) and returns a
//! state without transactions, `commit` and `restore` have nothing to do.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use async_trait::async_trait;
use http::Method;
use http::header::{HeaderName, HeaderValue};
use sluice_common::sink::TwoPhaseCommit;

use crate::checkpoint::{CheckpointState, LabelCounter, LabelScheme, PendingCheckpoint, STATE_VERSION};
use crate::error::{ConfigError, LoadError, SinkError};
use crate::loader::{Loader, Shared};
use crate::lookup;
use crate::options::{Semantic, StarRocksSinkOptions};
use crate::response::{LabelState, Reply};
use crate::sink::StarRocksSink;
use crate::transaction::{Transaction, TxnClient, TxnState};
use crate::transport::{Request, Transport};

/// Exactly-once sinks never commit on age (`sink.buffer-flush.interval-ms` does not apply).
pub const NO_INTERVAL: Duration = Duration::from_secs(100 * 365 * 24 * 3600);

/// Where restoring stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Restore {
    /// Not yet: the first row (or checkpoint) restores with no state.
    NotYet,
    /// Done; rows may come.
    Done,
    /// Failed; the sink takes nothing more.
    Failed(String),
}

/// The checkpointing side of a sink: its label counter, the prepared transactions not yet
/// seen committed, and a client to commit, look up and roll back transactions by label.
#[derive(Debug)]
pub struct Checkpoints {
    db: String,
    table: String,
    /// `None` for at-least-once sinks.
    exactly_once: Option<ExactlyOnce>,
    restore: Restore,
}

#[derive(Debug)]
struct ExactlyOnce {
    client: TxnClient,
    transport: Transport,
    labels: Arc<LabelCounter>,
    pending: BTreeMap<u64, Vec<String>>,
    last_checkpoint: Option<u64>,
    abort_lingering: bool,
    check_num: i32,
    shared: Arc<Shared>,
}

/// What an exactly-once sink needs besides the loader.
#[derive(Debug)]
pub struct Settings {
    /// Transaction client of the sink.
    pub client: TxnClient,
    /// Its transport (label lookups, cancel).
    pub transport: Transport,
    /// The label counter the loader takes labels from.
    pub labels: Arc<LabelCounter>,
    /// `sink.exactly-once.enable-abort-lingering-txn`.
    pub abort_lingering: bool,
    /// `sink.exactly-once.check-num-lingering-txn`.
    pub check_num: i32,
    /// Counters of the sink.
    pub shared: Arc<Shared>,
}

/// Sets up the checkpointing side of a sink being built; in exactly-once, the loader takes
/// its labels from the counter and never commits on its own.
pub fn attach(
    o: &StarRocksSinkOptions,
    subtask: u32,
    loader: Loader,
    client: TxnClient,
    transport: &Transport,
    shared: &Arc<Shared>,
) -> Result<(Loader, Checkpoints), ConfigError> {
    if o.semantic != Semantic::ExactlyOnce {
        return Ok((loader, Checkpoints::at_least_once(o.database.clone(), o.table.clone())));
    }
    let scheme = LabelScheme {
        prefix: o.label_prefix.clone(),
        table: o.table.clone(),
        subtask,
        generated: o.exactly_once_label_gen,
    };
    if !scheme.makes_valid_labels() {
        return Err(ConfigError::LabelPrefix(o.label_prefix.clone().unwrap_or_default()));
    }
    let labels = Arc::new(LabelCounter::new(scheme));
    let settings = Settings {
        client,
        transport: transport.clone(),
        labels: labels.clone(),
        abort_lingering: o.abort_lingering_txn,
        check_num: o.check_num_lingering_txn,
        shared: shared.clone(),
    };
    let checkpoints = Checkpoints::exactly_once(o.database.clone(), o.table.clone(), settings);
    Ok((loader.exactly_once(labels, o.abort_lingering_txn), checkpoints))
}

impl Checkpoints {
    /// The checkpointing side of an at-least-once sink.
    pub fn at_least_once(db: String, table: String) -> Self {
        Checkpoints { db, table, exactly_once: None, restore: Restore::Done }
    }

    /// The checkpointing side of an exactly-once sink.
    pub fn exactly_once(db: String, table: String, s: Settings) -> Self {
        Checkpoints {
            db,
            table,
            exactly_once: Some(ExactlyOnce {
                client: s.client,
                transport: s.transport,
                labels: s.labels,
                pending: BTreeMap::new(),
                last_checkpoint: None,
                abort_lingering: s.abort_lingering,
                check_num: s.check_num,
                shared: s.shared,
            }),
            restore: Restore::NotYet,
        }
    }

    fn state(&self, checkpoint_id: u64, next_counter: u64) -> CheckpointState {
        let (scheme, pending) = match &self.exactly_once {
            Some(eo) => (
                Some(eo.labels.scheme().clone()),
                eo.pending
                    .iter()
                    .map(|(&checkpoint_id, labels)| PendingCheckpoint { checkpoint_id, labels: labels.clone() })
                    .collect(),
            ),
            None => (None, Vec::new()),
        };
        CheckpointState {
            version: STATE_VERSION,
            checkpoint_id,
            database: self.db.clone(),
            table: self.table.clone(),
            label_prefix: scheme.as_ref().and_then(|s| s.prefix.clone()),
            label_gen: scheme.as_ref().is_some_and(|s| s.generated),
            subtask: scheme.as_ref().map_or(0, |s| s.subtask),
            next_counter,
            pending,
        }
    }

    fn check(&self, state: &CheckpointState) -> Result<(), SinkError> {
        if state.version != STATE_VERSION {
            return Err(SinkError::State(format!(
                "checkpoint state version {} (this sink reads version {STATE_VERSION})",
                state.version
            )));
        }
        if state.database != self.db || state.table != self.table {
            return Err(SinkError::State(format!(
                "the checkpoint state belongs to table {}.{}, this sink writes {}.{}",
                state.database, state.table, self.db, self.table
            )));
        }
        Ok(())
    }
}

impl ExactlyOnce {
    /// Commits a prepared transaction; one already committed counts as done.
    async fn commit_label(&self, label: &str) -> Result<(), LoadError> {
        self.client.resume(label.to_string(), TxnState::Prepared).commit().await?;
        self.shared.counters.commits.fetch_add(1, Ordering::Relaxed);
        tracing::info!(label, "prepared transaction committed");
        Ok(())
    }

    async fn label_state(&self, label: &str) -> Result<LabelState, LoadError> {
        let (state, _) = lookup::label_state(&self.transport, self.client_db(), label)
            .await
            .map_err(|source| LoadError::Transport { op: "get_load_state", label: label.to_string(), source })?;
        Ok(state)
    }

    fn client_db(&self) -> &str {
        self.client.db()
    }

    /// Scans the labels of `scheme` from counter `from` upward and aborts the lingering
    /// ones; returns the counter after the last label StarRocks knows (at least `from`).
    /// `after_checkpoint`: the labels were begun after a restored checkpoint, so a
    /// committed one is an error; otherwise committed ones belong to an earlier run.
    async fn scan(&self, scheme: &LabelScheme, from: u64, after_checkpoint: bool) -> Result<u64, LoadError> {
        let limit = u64::try_from(self.check_num).ok().filter(|&n| n > 0);
        let mut n = from;
        let mut next = from;
        loop {
            if limit.is_some_and(|l| n - from >= l) {
                break;
            }
            let label = scheme.label(n);
            let state = self.label_state(&label).await?;
            tracing::debug!(label, state = state.name(), "lingering-transaction check");
            match state {
                LabelState::Unknown if limit.is_none() => break,
                LabelState::Unknown | LabelState::Aborted => {}
                LabelState::Prepare | LabelState::Prepared => self.abort(&label, state).await?,
                LabelState::Committed | LabelState::Visible if after_checkpoint => {
                    return Err(LoadError::LabelState {
                        label,
                        state: state.name().into(),
                        reason:
                            "this transaction was begun after the restored checkpoint, yet it is committed: the job \
                                 is restored from an older checkpoint than its last completed one, so its rows would \
                                 be loaded twice; restore from the latest checkpoint, or use a new 'sink.label-prefix'"
                                .into(),
                    });
                }
                LabelState::Committed | LabelState::Visible => {
                    tracing::info!(label, "label committed by an earlier run with the same prefix; passed over");
                }
            }
            if state != LabelState::Unknown {
                next = n + 1;
            }
            n += 1;
        }
        Ok(next)
    }

    /// Rolls back a lingering transaction; cancels it through the FE if that fails.
    async fn abort(&self, label: &str, state: LabelState) -> Result<(), LoadError> {
        let txn_state = if state == LabelState::Prepared { TxnState::Prepared } else { TxnState::Open };
        match self.client.resume(label.to_string(), txn_state).rollback().await {
            Ok(_) => {
                tracing::info!(label, state = state.name(), "lingering transaction aborted");
                return Ok(());
            }
            Err(e) => tracing::warn!(label, error = %e, "rollback of a lingering transaction failed"),
        }
        if !matches!(self.label_state(label).await?, LabelState::Prepare | LabelState::Prepared) {
            return self.settled_abort(label).await;
        }
        if let Err(e) = self.cancel(label).await {
            tracing::warn!(label, error = %e, "cancel of a lingering transaction failed");
        }
        self.settled_abort(label).await
    }

    /// After an abort attempt: done when the label is ABORTED (or forgotten).
    async fn settled_abort(&self, label: &str) -> Result<(), LoadError> {
        match self.label_state(label).await? {
            LabelState::Aborted | LabelState::Unknown => {
                tracing::info!(label, "lingering transaction aborted");
                Ok(())
            }
            other => Err(LoadError::LabelState {
                label: label.to_string(),
                state: other.name().into(),
                reason: "a lingering transaction of this sink could not be aborted".into(),
            }),
        }
    }

    /// `POST /api/{db}/{table}/_cancel?label=` (the FE aborts with reason `user cancel`).
    async fn cancel(&self, label: &str) -> Result<(), LoadError> {
        let req = Request {
            method: Method::POST,
            path: format!("/api/{}/{}/_cancel?label={label}", self.client.db(), self.client.table()),
            headers: Vec::new(),
            body: Some(Default::default()),
            expect_continue: None,
        };
        let resp = self.transport.send(&req, true).await.map_err(|source| LoadError::Transport {
            op: "cancel",
            label: label.to_string(),
            source,
        })?;
        let ok = Reply::parse(&resp.body).is_some_and(|r| r.status.eq_ignore_ascii_case("OK"));
        if ok {
            Ok(())
        } else {
            Err(LoadError::LabelState { label: label.to_string(), state: "cancel refused".into(), reason: resp.text() })
        }
    }
}

/// Most labels in use passed over by one begin.
const MAX_LABELS_IN_USE: u32 = 1000;

/// Begins the next transaction with the next counter label. A label StarRocks knows
/// already (left by an earlier run, or by a begin whose answer was lost) is passed over,
/// never joined: its rows are not this transaction's. With `abort_open` (the
/// lingering-transaction abort is on), a passed-over label whose transaction is open is
/// rolled back: it was begun after the restored checkpoint and never prepared, so no
/// checkpoint commits it, and no later restore scans it (restores scan from a state's next
/// counter, which is past it). Left alone, it would hold a running transaction of the
/// database until its `timeout`.
pub async fn begin(client: &TxnClient, labels: &LabelCounter, abort_open: bool) -> Result<Transaction, LoadError> {
    let mut label = labels.take();
    for _ in 0..MAX_LABELS_IN_USE {
        match client.begin_unused(label.clone()).await? {
            Some(txn) => return Ok(txn),
            None => {
                tracing::warn!(label, "label already in use; passing over it");
                if abort_open {
                    abort_if_open(client, &label).await;
                }
                label = labels.take();
            }
        }
    }
    Err(LoadError::LabelState {
        label,
        state: "in use".into(),
        reason: format!(
            "{MAX_LABELS_IN_USE} labels in a row are in use already: another job probably writes with the same \
             'sink.label-prefix'"
        ),
    })
}

/// Rolls back the transaction of a passed-over label when it is open (PREPARE); a failure
/// is only logged (StarRocks aborts the transaction at its `timeout`).
async fn abort_if_open(client: &TxnClient, label: &str) {
    match client.label_state(label).await {
        Ok(LabelState::Prepare) => match client.resume(label.to_string(), TxnState::Open).rollback().await {
            Ok(_) => tracing::info!(label, "open transaction of a passed-over label rolled back"),
            Err(e) => tracing::warn!(label, error = %e, "rollback of a passed-over open transaction failed"),
        },
        Ok(_) => {}
        Err(e) => tracing::warn!(label, error = %e, "state of a passed-over label unknown; left alone"),
    }
}

impl StarRocksSink {
    /// Restores from the states of the last completed checkpoint (see [`TwoPhaseCommit`]).
    pub async fn restore_checkpoint(&mut self, states: Vec<CheckpointState>) -> Result<(), SinkError> {
        let cp = self.checkpoints();
        if cp.exactly_once.is_none() {
            return Ok(());
        }
        if cp.restore != Restore::NotYet {
            return Err(SinkError::State("restore comes once, before the first row and the first checkpoint".into()));
        }
        for s in &states {
            cp.check(s)?;
        }
        let result = restore(cp, &states).await;
        cp.restore = match &result {
            Ok(()) => Restore::Done,
            Err(e) => Restore::Failed(e.to_string()),
        };
        result.map_err(SinkError::from)
    }

    /// Restores with no state unless `restore_checkpoint` ran; fails after a failed restore.
    pub(crate) async fn ensure_restored(&mut self) -> Result<(), SinkError> {
        match &self.checkpoints().restore {
            Restore::Done => Ok(()),
            Restore::NotYet => self.restore_checkpoint(Vec::new()).await,
            Restore::Failed(why) => Err(SinkError::State(format!("the restore failed: {why}"))),
        }
    }

    /// At checkpoint `checkpoint_id`: exactly-once prepares, at-least-once flushes.
    pub async fn prepare_checkpoint(&mut self, checkpoint_id: u64) -> Result<CheckpointState, SinkError> {
        self.ensure_restored().await?;
        let Some(eo) = &self.checkpoints().exactly_once else {
            self.flush_all().await?;
            return Ok(self.checkpoints().state(checkpoint_id, 1));
        };
        if let Some(last) = eo.last_checkpoint
            && checkpoint_id <= last
        {
            return Err(SinkError::State(format!(
                "checkpoint {checkpoint_id} after checkpoint {last}: checkpoint ids must increase"
            )));
        }
        let prepared = self.prepare_open().await?;
        let cp = self.checkpoints();
        if let Some(eo) = cp.exactly_once.as_mut() {
            eo.last_checkpoint = Some(checkpoint_id);
            if let Some(label) = prepared.label {
                tracing::info!(checkpoint_id, label, "transaction prepared");
                eo.pending.insert(checkpoint_id, vec![label]);
            }
        }
        Ok(cp.state(checkpoint_id, prepared.next_counter))
    }

    /// After the checkpoint of `state` completed: commits what it names.
    pub async fn commit_checkpoint(&mut self, state: &CheckpointState) -> Result<(), SinkError> {
        let cp = self.checkpoints();
        cp.check(state)?;
        let Some(eo) = cp.exactly_once.as_mut() else { return Ok(()) };
        let mut done = Vec::new();
        for (checkpoint_id, label) in state.labels() {
            eo.commit_label(label).await?;
            done.push(checkpoint_id);
        }
        for id in done {
            eo.pending.remove(&id);
        }
        Ok(())
    }
}

async fn restore(cp: &mut Checkpoints, states: &[CheckpointState]) -> Result<(), LoadError> {
    let Some(eo) = cp.exactly_once.as_mut() else { return Ok(()) };
    let mut pending: BTreeMap<u64, Vec<&str>> = BTreeMap::new();
    for s in states {
        for (id, label) in s.labels() {
            let labels = pending.entry(id).or_default();
            if !labels.contains(&label) {
                labels.push(label);
            }
        }
    }
    for labels in pending.values() {
        for label in labels {
            eo.commit_label(label).await?;
        }
    }
    let own = eo.labels.scheme().clone();
    let mut own_next: Option<u64> = None;
    for s in states {
        let scheme = s.scheme();
        let next = if eo.abort_lingering && scheme.is_deterministic() {
            eo.scan(&scheme, s.next_counter, true).await?
        } else {
            s.next_counter
        };
        if scheme == own {
            own_next = Some(own_next.map_or(next, |n| n.max(next)));
        }
    }
    let next = match own_next {
        Some(n) => n,
        None if eo.abort_lingering && own.is_deterministic() => eo.scan(&own, 1, false).await?,
        None => 1,
    };
    eo.labels.set(next);
    tracing::info!(restored = states.len(), next_counter = next, "exactly-once sink restored");
    Ok(())
}

#[async_trait]
impl TwoPhaseCommit for StarRocksSink {
    type State = CheckpointState;

    async fn restore(&mut self, states: Vec<CheckpointState>) -> Result<(), SinkError> {
        self.restore_checkpoint(states).await
    }

    async fn prepare(&mut self, checkpoint_id: u64) -> Result<CheckpointState, SinkError> {
        self.prepare_checkpoint(checkpoint_id).await
    }

    async fn commit(&mut self, state: &CheckpointState) -> Result<(), SinkError> {
        self.commit_checkpoint(state).await
    }
}

/// Headers of prepare: `prepared_timeout` only when the user set it (the connector sends
/// none in exactly-once, so StarRocks' `prepared_transaction_default_timeout_second`
/// applies).
pub fn prepare_headers(o: &StarRocksSinkOptions) -> Result<crate::headers::Headers, ConfigError> {
    let Some(secs) = o.properties.prepared_timeout_secs else { return Ok(Vec::new()) };
    let value = HeaderValue::from_str(&secs.to_string()).map_err(|_| ConfigError::NotSupported {
        what: format!("'sink.properties.prepared_timeout' = '{secs}'"),
        help: "use a number of seconds".into(),
    })?;
    Ok(vec![(HeaderName::from_static("prepared_timeout"), value)])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(extra: &[(&str, &str)]) -> StarRocksSinkOptions {
        let mut pairs = vec![("sink.semantic", "exactly-once"), ("sink.label-prefix", "eo")];
        pairs.extend_from_slice(extra);
        StarRocksSinkOptions::for_tests(&pairs)
    }

    #[test]
    fn prepared_timeout_only_when_set() {
        assert!(prepare_headers(&options(&[])).unwrap().is_empty());
        let h = prepare_headers(&options(&[("sink.properties.prepared_timeout", "300")])).unwrap();
        assert_eq!(h.len(), 1);
        assert_eq!((h[0].0.as_str(), h[0].1.to_str().unwrap()), ("prepared_timeout", "300"));
    }
}
