//! Merge-commit windows (wire spec §5): requests with equal parameters share one
//! transaction per window of `merge_commit_interval_ms`; the window commits when it closes.

use crate::load::LoadOutput;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use tokio::sync::watch;

/// How a window ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WindowEnd {
    /// Committed and visible.
    Visible,
    /// Aborted with a reason.
    Aborted(String),
}

/// What requests appended to a window so far.
#[derive(Debug, Default)]
pub struct WindowData {
    /// Rows and counters.
    pub output: LoadOutput,
    /// A request failed the whole window.
    pub failed: Option<String>,
    /// `max_filter_ratio` of the window's parameters.
    pub max_filter_ratio: f64,
}

/// One open window.
#[derive(Debug)]
pub struct Window {
    /// Transaction id.
    pub txn_id: i64,
    /// Transaction label `merge_commit_<uuid>`.
    pub label: String,
    /// Opening time.
    pub opened: Instant,
    /// Window length.
    pub interval: Duration,
    data: Mutex<WindowData>,
    end: watch::Sender<Option<WindowEnd>>,
}

impl Window {
    /// A new window.
    pub fn new(txn_id: i64, label: String, interval: Duration, max_filter_ratio: f64) -> Self {
        Window {
            txn_id,
            label,
            opened: Instant::now(),
            interval,
            data: Mutex::new(WindowData { max_filter_ratio, ..WindowData::default() }),
            end: watch::channel(None).0,
        }
    }

    /// The appended data.
    pub fn data(&self) -> MutexGuard<'_, WindowData> {
        self.data.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Milliseconds left until the window closes.
    pub fn left_ms(&self) -> u64 {
        self.interval.saturating_sub(self.opened.elapsed()).as_millis() as u64
    }

    /// Records the final state and wakes waiting requests.
    pub fn finish(&self, end: WindowEnd) {
        self.end.send_replace(Some(end));
    }

    /// Waits for the final state.
    pub async fn wait(&self) -> WindowEnd {
        let mut rx = self.end.subscribe();
        loop {
            if let Some(end) = rx.borrow_and_update().clone() {
                return end;
            }
            if rx.changed().await.is_err() {
                return WindowEnd::Aborted("window closed".into());
            }
        }
    }
}

/// Open windows by key (db, table and parameters).
#[derive(Debug, Default)]
pub struct Windows {
    map: HashMap<String, Arc<Window>>,
}

impl Windows {
    /// The open window for `key`, if any.
    pub fn get(&self, key: &str) -> Option<Arc<Window>> {
        self.map.get(key).cloned()
    }

    /// Registers a window.
    pub fn insert(&mut self, key: String, w: Arc<Window>) {
        self.map.insert(key, w);
    }

    /// Removes the window for `key` if it is `txn_id`'s.
    pub fn remove(&mut self, key: &str, txn_id: i64) {
        if self.map.get(key).is_some_and(|w| w.txn_id == txn_id) {
            self.map.remove(key);
        }
    }
}
