//! Transactions and labels (wire spec §3.7, §4.6, §10): ids, states, label de-duplication,
//! retention, and the timeout checker. BE-side transaction-load contexts live in
//! [`context`].

pub mod context;
pub mod merge;

use crate::catalog::Table;
use crate::load::LoadOutput;
use crate::storage::journal::{Journal, Snapshot, TxnRecord};
use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Finished transactions kept per database (`label_keep_max_num`).
pub const LABEL_KEEP_MAX_NUM: usize = 1000;
/// Seconds a finished transaction is kept (`label_keep_max_second`).
pub const LABEL_KEEP_MAX_SECOND: u64 = 259_200;
/// Default `timeout` of a load transaction.
pub const DEFAULT_TIMEOUT_SECOND: u64 = 600;
/// Default `prepared_timeout`.
pub const DEFAULT_PREPARED_TIMEOUT_SECOND: u64 = 86_400;

/// Transaction states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TxnStatus {
    /// Begun, loading.
    Prepare,
    /// Prepared (two-phase), waiting for commit.
    Prepared,
    /// Committed, not yet visible.
    Committed,
    /// Committed and visible.
    Visible,
    /// Rolled back.
    Aborted,
}

impl TxnStatus {
    /// The state name (`get_load_state`).
    pub fn name(self) -> &'static str {
        match self {
            TxnStatus::Prepare => "PREPARE",
            TxnStatus::Prepared => "PREPARED",
            TxnStatus::Committed => "COMMITTED",
            TxnStatus::Visible => "VISIBLE",
            TxnStatus::Aborted => "ABORTED",
        }
    }

    /// `ExistingJobStatus` for a label conflict.
    pub fn existing_job_status(self) -> &'static str {
        match self {
            TxnStatus::Committed | TxnStatus::Visible => "FINISHED",
            _ => "RUNNING",
        }
    }
}

/// One transaction.
#[derive(Debug)]
pub struct Txn {
    /// Id.
    pub id: i64,
    /// Database id.
    pub db_id: i64,
    /// Database name.
    pub db: String,
    /// Target table.
    pub table: Arc<Table>,
    /// Label.
    pub label: String,
    /// State.
    pub status: TxnStatus,
    /// Abort reason (empty otherwise).
    pub reason: String,
    began: Instant,
    timeout: Duration,
    prepared_at: Option<Instant>,
    prepared_timeout: Duration,
    finished_at: Option<Instant>,
    publish_at: Option<Instant>,
    /// Rows of a prepared transaction, applied at commit (or at publish when committed
    /// with a publish delay).
    pub staged: Option<LoadOutput>,
}

/// Why `begin` failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BeginError {
    /// A non-aborted transaction holds the label.
    LabelExists {
        /// `RUNNING` or `FINISHED`.
        existing: &'static str,
    },
    /// The label does not match `^[-\w]{1,128}$`.
    BadLabel(String),
}

/// Checks a label against `^[-\w]{1,128}$`.
pub fn valid_label(label: &str) -> bool {
    !label.is_empty() && label.len() <= 128 && label.chars().all(|c| c == '-' || c == '_' || c.is_alphanumeric())
}

/// All transactions.
#[derive(Debug)]
pub struct TxnManager {
    next_id: i64,
    txns: HashMap<i64, Txn>,
    labels: HashMap<(i64, String), Vec<i64>>,
    finished: HashMap<i64, VecDeque<i64>>,
    journal: Option<Arc<dyn Journal>>,
}

impl Default for TxnManager {
    fn default() -> Self {
        TxnManager {
            next_id: 1000,
            txns: HashMap::new(),
            labels: HashMap::new(),
            finished: HashMap::new(),
            journal: None,
        }
    }
}

impl TxnManager {
    /// Restores finished and prepared transactions and journals every later change.
    pub fn restore(&mut self, journal: Arc<dyn Journal>, snapshot: &mut Snapshot, tables: &HashMap<i64, Arc<Table>>) {
        for r in snapshot.txns.drain(..) {
            self.next_id = self.next_id.max(r.id);
            let Some(table) = tables.get(&r.table_id) else {
                continue;
            };
            let status = match r.status.as_str() {
                "PREPARED" => TxnStatus::Prepared,
                "VISIBLE" | "COMMITTED" => TxnStatus::Visible,
                _ => TxnStatus::Aborted,
            };
            let now = Instant::now();
            self.txns.insert(
                r.id,
                Txn {
                    id: r.id,
                    db_id: r.db_id,
                    db: r.db.clone(),
                    table: table.clone(),
                    label: r.label.clone(),
                    status,
                    reason: r.reason,
                    began: now,
                    timeout: Duration::from_secs(DEFAULT_TIMEOUT_SECOND),
                    prepared_at: (status == TxnStatus::Prepared).then_some(now),
                    prepared_timeout: Duration::from_secs(r.prepared_timeout_s),
                    finished_at: (status != TxnStatus::Prepared).then_some(now),
                    publish_at: None,
                    staged: r.staged,
                },
            );
            self.labels.entry((r.db_id, r.label)).or_default().push(r.id);
            if status != TxnStatus::Prepared {
                self.finished.entry(r.db_id).or_default().push_back(r.id);
            }
        }
        let dbs: Vec<i64> = self.finished.keys().copied().collect();
        for db in dbs {
            self.evict(db);
        }
        self.journal = Some(journal);
    }

    fn record(&self, id: i64, committed: Option<&crate::storage::RowBatch>) {
        let (Some(j), Some(t)) = (&self.journal, self.txns.get(&id)) else {
            return;
        };
        j.txn(
            &TxnRecord {
                id: t.id,
                db_id: t.db_id,
                db: t.db.clone(),
                table_id: t.table.id,
                label: t.label.clone(),
                status: t.status.name().to_string(),
                reason: t.reason.clone(),
                prepared_timeout_s: t.prepared_timeout.as_secs(),
                staged: t.staged.clone(),
            },
            committed,
        );
    }

    /// Begins a transaction after the label check.
    pub fn begin(
        &mut self,
        db_id: i64,
        db: &str,
        table: Arc<Table>,
        label: &str,
        timeout_s: u64,
    ) -> Result<i64, BeginError> {
        if !valid_label(label) {
            return Err(BeginError::BadLabel(format!(
                "Getting analyzing error. Detail message: Label format error. regex: ^[-\\w]{{1,128}}$, label: {label}."
            )));
        }
        if let Some(ids) = self.labels.get(&(db_id, label.to_string())) {
            for id in ids {
                if let Some(t) = self.txns.get(id)
                    && t.status != TxnStatus::Aborted
                {
                    return Err(BeginError::LabelExists { existing: t.status.existing_job_status() });
                }
            }
        }
        self.next_id += 1;
        let id = self.next_id;
        self.txns.insert(
            id,
            Txn {
                id,
                db_id,
                db: db.to_string(),
                table,
                label: label.to_string(),
                status: TxnStatus::Prepare,
                reason: String::new(),
                began: Instant::now(),
                timeout: Duration::from_secs(timeout_s),
                prepared_at: None,
                prepared_timeout: Duration::from_secs(DEFAULT_PREPARED_TIMEOUT_SECOND),
                finished_at: None,
                publish_at: None,
                staged: None,
            },
        );
        self.labels.entry((db_id, label.to_string())).or_default().push(id);
        Ok(id)
    }

    /// A transaction by id.
    pub fn get(&self, id: i64) -> Option<&Txn> {
        self.txns.get(&id)
    }

    /// The newest transaction with `label` in the database.
    pub fn by_label(&self, db_id: i64, label: &str) -> Option<&Txn> {
        self.labels
            .get(&(db_id, label.to_string()))
            .and_then(|ids| ids.iter().filter_map(|id| self.txns.get(id)).max_by_key(|t| t.id))
    }

    fn finish(&mut self, id: i64) {
        if let Some(t) = self.txns.get_mut(&id) {
            t.finished_at = Some(Instant::now());
            t.staged = None;
            let db_id = t.db_id;
            self.finished.entry(db_id).or_default().push_back(id);
            self.evict(db_id);
        }
    }

    fn evict(&mut self, db_id: i64) {
        let Some(queue) = self.finished.get_mut(&db_id) else {
            return;
        };
        let now = Instant::now();
        let mut removed = Vec::new();
        while let Some(&front) = queue.front() {
            let too_many = queue.len() > LABEL_KEEP_MAX_NUM;
            let too_old = self
                .txns
                .get(&front)
                .and_then(|t| t.finished_at)
                .is_none_or(|f| now.duration_since(f) > Duration::from_secs(LABEL_KEEP_MAX_SECOND));
            if !(too_many || too_old) {
                break;
            }
            queue.pop_front();
            removed.push(front);
        }
        for id in removed {
            if let Some(t) = self.txns.remove(&id)
                && let Some(ids) = self.labels.get_mut(&(t.db_id, t.label.clone()))
            {
                ids.retain(|x| *x != id);
                if ids.is_empty() {
                    self.labels.remove(&(t.db_id, t.label));
                }
            }
        }
    }

    /// Aborts a running transaction; false when it is not running.
    pub fn abort(&mut self, id: i64, reason: &str) -> bool {
        match self.txns.get_mut(&id) {
            Some(t) if matches!(t.status, TxnStatus::Prepare | TxnStatus::Prepared) => {
                let was_prepared = t.status == TxnStatus::Prepared;
                t.status = TxnStatus::Aborted;
                t.reason = reason.to_string();
                t.staged = None;
                if was_prepared {
                    self.record(id, None);
                }
                self.finish(id);
                true
            }
            _ => false,
        }
    }

    /// Moves a loading transaction to PREPARED with its rows.
    pub fn prepare(&mut self, id: i64, staged: LoadOutput, prepared_timeout_s: Option<u64>) {
        if let Some(t) = self.txns.get_mut(&id) {
            t.status = TxnStatus::Prepared;
            t.prepared_at = Some(Instant::now());
            if let Some(s) = prepared_timeout_s {
                t.prepared_timeout = Duration::from_secs(s);
            }
            t.staged = Some(staged);
        }
        self.record(id, None);
    }

    /// Commits: applies the rows (given, or staged at prepare) and makes them visible.
    pub fn commit(&mut self, id: i64, rows: Option<LoadOutput>) -> bool {
        let Some(t) = self.txns.get_mut(&id) else {
            return false;
        };
        if !matches!(t.status, TxnStatus::Prepare | TxnStatus::Prepared) {
            return false;
        }
        let data = rows.or_else(|| t.staged.take());
        t.status = TxnStatus::Visible;
        let table = t.table.clone();
        self.record(id, data.as_ref().map(|o| &o.batch));
        if let Some(out) = data {
            table.store.apply(out.batch);
        }
        self.finish(id);
        true
    }

    /// Commits without publishing: the transaction is COMMITTED now (its rows journaled) and
    /// becomes VISIBLE, its rows applied, once `publish_delay` has passed (a publish timeout).
    pub fn commit_unpublished(&mut self, id: i64, rows: Option<LoadOutput>, publish_delay: Duration) -> bool {
        let Some(t) = self.txns.get_mut(&id) else {
            return false;
        };
        if !matches!(t.status, TxnStatus::Prepare | TxnStatus::Prepared) {
            return false;
        }
        let data = rows.or_else(|| t.staged.take()).unwrap_or_default();
        t.status = TxnStatus::Committed;
        t.publish_at = Some(Instant::now() + publish_delay);
        self.record(id, Some(&data.batch));
        if let Some(t) = self.txns.get_mut(&id) {
            t.staged = Some(data);
        }
        true
    }

    /// Publishes committed transactions whose publish delay has passed.
    fn publish_due(&mut self, now: Instant) {
        let due: Vec<i64> = self
            .txns
            .values()
            .filter(|t| t.status == TxnStatus::Committed && t.publish_at.is_some_and(|p| p <= now))
            .map(|t| t.id)
            .collect();
        for id in due {
            let Some(t) = self.txns.get_mut(&id) else { continue };
            t.status = TxnStatus::Visible;
            t.publish_at = None;
            let data = t.staged.take();
            let table = t.table.clone();
            self.record(id, None);
            if let Some(out) = data {
                table.store.apply(out.batch);
            }
            self.finish(id);
        }
    }

    /// Aborts transactions past their timeouts and publishes delayed commits; returns (db,
    /// label) of those aborted while still loading, whose BE contexts must go too.
    pub fn expire(&mut self, now: Instant) -> Vec<(String, String)> {
        self.publish_due(now);
        let mut expired = Vec::new();
        for t in self.txns.values() {
            let late = match t.status {
                TxnStatus::Prepare => now.duration_since(t.began) > t.timeout,
                TxnStatus::Prepared => t.prepared_at.is_some_and(|p| now.duration_since(p) > t.prepared_timeout),
                _ => false,
            };
            if late {
                expired.push(t.id);
            }
        }
        let mut gone = Vec::new();
        for id in expired {
            if let Some(t) = self.txns.get(&id)
                && t.status == TxnStatus::Prepare
            {
                gone.push((t.db.clone(), t.label.clone()));
            }
            self.abort(id, "timeout by txn manager");
        }
        gone
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_format() {
        assert!(valid_label("flink-a43584ea-614e_x"));
        assert!(!valid_label("bad label"));
        assert!(!valid_label(""));
        assert!(!valid_label(&"x".repeat(129)));
    }
}
