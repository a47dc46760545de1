//! What an exactly-once sink stores with a checkpoint, and the labels it derives from it
//! (connector spec §4.1, §4.6).
//!
//! Labels are `<prefix>-<table>-<subtask>-<counter>` when `sink.label-prefix` is set and
//! `sink.exactly-once.enable-label-gen` is on (the default), as the connector makes them.
//! The counter starts at 1, goes up by one per transaction begun, and its next value is part
//! of every checkpoint's state: a restored sink knows that every label from that value on
//! was begun after the checkpoint, and scans them upward until StarRocks no longer knows one.
//! Without a prefix the labels are `flink-<uuid>` (with label generation off,
//! `<prefix>-<uuid>`), as in the connector: such transactions cannot be found again, so a
//! restored job cannot abort what a failed one left; StarRocks drops them at their
//! `prepared_timeout` (or `timeout`, while still open).

use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

use crate::label;

/// Version of [`CheckpointState`]'s layout.
pub const STATE_VERSION: u32 = 1;

/// The state one exactly-once sink instance stores with a checkpoint (JSON-able).
///
/// `pending` names every transaction that this sink prepared and has not seen committed
/// yet, this checkpoint's and earlier ones' (whose `commit` may not have happened), so the
/// state of the last completed checkpoint is enough to finish all of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckpointState {
    /// Layout version (1).
    pub version: u32,
    /// The checkpoint this state was prepared for.
    pub checkpoint_id: u64,
    /// `database-name`.
    pub database: String,
    /// `table-name`.
    pub table: String,
    /// `sink.label-prefix`.
    pub label_prefix: Option<String>,
    /// Whether labels are derived from the counter (`sink.exactly-once.enable-label-gen`).
    pub label_gen: bool,
    /// Index of the sink instance (Flink's subtask index).
    pub subtask: u32,
    /// The counter of the next label to begin: every label of this sink from this value
    /// on was begun after the checkpoint.
    pub next_counter: u64,
    /// Prepared transactions not yet known to be committed, per checkpoint, oldest first.
    pub pending: Vec<PendingCheckpoint>,
}

/// The transactions one checkpoint prepared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PendingCheckpoint {
    /// The checkpoint.
    pub checkpoint_id: u64,
    /// Labels of its prepared transactions.
    pub labels: Vec<String>,
}

impl CheckpointState {
    /// How this state's sink made its labels.
    pub fn scheme(&self) -> LabelScheme {
        LabelScheme {
            prefix: self.label_prefix.clone(),
            table: self.table.clone(),
            subtask: self.subtask,
            generated: self.label_gen,
        }
    }

    /// Every pending label, oldest checkpoint first.
    pub fn labels(&self) -> impl Iterator<Item = (u64, &str)> {
        let mut p: Vec<&PendingCheckpoint> = self.pending.iter().collect();
        p.sort_by_key(|c| c.checkpoint_id);
        p.into_iter().flat_map(|c| c.labels.iter().map(move |l| (c.checkpoint_id, l.as_str())))
    }
}

/// How a sink instance makes its labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelScheme {
    /// `sink.label-prefix`.
    pub prefix: Option<String>,
    /// `table-name`.
    pub table: String,
    /// Subtask index.
    pub subtask: u32,
    /// `sink.exactly-once.enable-label-gen`.
    pub generated: bool,
}

impl LabelScheme {
    /// Whether labels come from the counter (and so can be found again).
    pub fn is_deterministic(&self) -> bool {
        self.prefix.is_some() && self.generated
    }

    /// The label of counter value `n`.
    pub fn label(&self, n: u64) -> String {
        match &self.prefix {
            Some(p) if self.generated => format!("{p}-{}-{}-{n}", self.table, self.subtask),
            _ => label::v2(self.prefix.as_deref()),
        }
    }

    /// Whether every label of this scheme is one StarRocks accepts (`^[-\w]{1,128}$`).
    pub fn makes_valid_labels(&self) -> bool {
        let l = self.label(u64::MAX);
        l.len() <= 128 && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    }
}

/// The label counter of a sink instance, shared by the loader (which takes a label per
/// transaction it begins) and the checkpointing side (which stores and restores it).
#[derive(Debug)]
pub struct LabelCounter {
    scheme: LabelScheme,
    next: AtomicU64,
}

impl LabelCounter {
    /// A counter at 1.
    pub fn new(scheme: LabelScheme) -> Self {
        LabelCounter { scheme, next: AtomicU64::new(1) }
    }

    /// The label of the next transaction; the counter moves on.
    pub fn take(&self) -> String {
        self.scheme.label(self.next.fetch_add(1, Ordering::SeqCst))
    }

    /// The counter of the next label.
    pub fn next(&self) -> u64 {
        self.next.load(Ordering::SeqCst)
    }

    /// Moves the counter (at restore).
    pub fn set(&self, n: u64) {
        self.next.store(n, Ordering::SeqCst);
    }

    /// How labels are made.
    pub fn scheme(&self) -> &LabelScheme {
        &self.scheme
    }
}

/// What the loader reports after preparing at a checkpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    /// The prepared transaction; `None` when nothing was written since the last checkpoint.
    pub label: Option<String>,
    /// The counter of the next label to begin.
    pub next_counter: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scheme(prefix: Option<&str>, generated: bool) -> LabelScheme {
        LabelScheme { prefix: prefix.map(String::from), table: "score_board".into(), subtask: 0, generated }
    }

    #[test]
    fn labels_follow_the_connector() {
        let c = LabelCounter::new(scheme(Some("fixture_eo"), true));
        assert_eq!(c.take(), "fixture_eo-score_board-0-1");
        assert_eq!(c.take(), "fixture_eo-score_board-0-2");
        assert_eq!(c.next(), 3);
        c.set(10);
        assert_eq!(c.take(), "fixture_eo-score_board-0-10");
        assert!(c.scheme().is_deterministic() && c.scheme().makes_valid_labels());
        let random = scheme(None, true);
        assert!(!random.is_deterministic());
        assert!(random.label(1).starts_with("flink-"));
        assert_ne!(random.label(1), random.label(1));
        assert!(scheme(Some("p"), false).label(1).starts_with("p-"));
        assert!(!scheme(Some(&"p".repeat(100)), true).makes_valid_labels());
    }

    #[test]
    fn state_round_trips_through_json() {
        let s = CheckpointState {
            version: STATE_VERSION,
            checkpoint_id: 7,
            database: "d".into(),
            table: "t".into(),
            label_prefix: Some("eo".into()),
            label_gen: true,
            subtask: 2,
            next_counter: 5,
            pending: vec![
                PendingCheckpoint { checkpoint_id: 7, labels: vec!["eo-t-2-4".into()] },
                PendingCheckpoint { checkpoint_id: 6, labels: vec!["eo-t-2-3".into()] },
            ],
        };
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<CheckpointState>(&json).unwrap(), s);
        let order: Vec<_> = s.labels().collect();
        assert_eq!(order, [(6, "eo-t-2-3"), (7, "eo-t-2-4")]);
        assert!(serde_json::from_str::<CheckpointState>(&json.replace("\"version\"", "\"versio\"")).is_err());
    }
}
