//! BE-side state of a transaction stream load (wire spec §4.7): the first load's
//! parameters, accumulated rows and counters, and the one-request-at-a-time lock.

use crate::load::LoadOutput;
use std::collections::HashMap;
use std::time::Instant;

/// One open transaction load on the BE.
#[derive(Debug)]
pub struct TxnContext {
    /// Database name as given at begin.
    pub db: String,
    /// Table name as given at begin.
    pub table: String,
    /// Label.
    pub label: String,
    /// Transaction id.
    pub txn_id: i64,
    /// Data headers of the first load.
    pub signature: Option<Vec<(String, String)>>,
    /// `max_filter_ratio` of the first load.
    pub max_filter_ratio: f64,
    /// Rows and counters so far.
    pub output: LoadOutput,
    /// Bytes received over all loads.
    pub bytes: u64,
    /// Time spent receiving data, ms.
    pub received_ms: u64,
    /// A request is being processed.
    pub busy: bool,
    /// An earlier load failed.
    pub aborted: bool,
    /// Number of load calls.
    pub loads: u32,
    /// `idle_transaction_timeout`, seconds.
    pub idle_timeout: Option<u64>,
    /// Last request time.
    pub last_activity: Instant,
    /// Begin time.
    pub began: Instant,
}

/// Contexts keyed by (lower-case db, label).
#[derive(Debug, Default)]
pub struct Contexts {
    map: HashMap<(String, String), TxnContext>,
}

fn key(db: &str, label: &str) -> (String, String) {
    (db.to_ascii_lowercase(), label.to_string())
}

impl Contexts {
    /// Whether a context exists for the label (in any database).
    pub fn has_label(&self, label: &str) -> bool {
        self.map.keys().any(|(_, l)| l == label)
    }

    /// The context of a label in any database.
    pub fn find_label(&mut self, label: &str) -> Option<&mut TxnContext> {
        self.map.iter_mut().find(|((_, l), _)| l == label).map(|(_, c)| c)
    }

    /// Adds a context.
    pub fn insert(&mut self, ctx: TxnContext) {
        self.map.insert(key(&ctx.db, &ctx.label), ctx);
    }

    /// Removes the context of a label in any database.
    pub fn remove_label(&mut self, label: &str) -> Option<TxnContext> {
        let k = self.map.keys().find(|(_, l)| l == label).cloned()?;
        self.map.remove(&k)
    }

    /// Removes a context.
    pub fn remove(&mut self, db: &str, label: &str) -> Option<TxnContext> {
        self.map.remove(&key(db, label))
    }

    /// (db, label, txn id) of every open context.
    pub fn list(&self) -> Vec<(String, String, i64)> {
        let mut v: Vec<_> = self.map.values().map(|c| (c.db.clone(), c.label.clone(), c.txn_id)).collect();
        v.sort_by_key(|x| x.2);
        v
    }

    /// Labels of idle contexts past their `idle_transaction_timeout`.
    pub fn idle(&self, now: Instant) -> Vec<(String, String, i64, u64)> {
        self.map
            .values()
            .filter_map(|c| {
                let t = c.idle_timeout?;
                (!c.busy && now.duration_since(c.last_activity).as_secs() > t)
                    .then(|| (c.db.clone(), c.label.clone(), c.txn_id, t))
            })
            .collect()
    }
}
