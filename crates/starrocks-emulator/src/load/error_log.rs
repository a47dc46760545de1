//! Rejected-row logs served at the BE's `/api/_load_error_log?file=<name>` (wire spec §3.9).

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

/// Logs kept at most (oldest dropped first).
const MAX_LOGS: usize = 1000;

/// Error logs by file name.
#[derive(Debug, Default)]
pub struct ErrorLogs {
    inner: Mutex<(HashMap<String, String>, VecDeque<String>)>,
}

impl ErrorLogs {
    /// Stores the lines and returns the file name (`error_log_<hex>_<hex>`).
    pub fn store(&self, lines: &[String]) -> String {
        let name = format!("error_log_{:016x}_{:016x}", rand::random::<u64>(), rand::random::<u64>());
        let mut text = lines.join("\n");
        text.push('\n');
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        g.0.insert(name.clone(), text);
        g.1.push_back(name.clone());
        while g.1.len() > MAX_LOGS {
            if let Some(old) = g.1.pop_front() {
                g.0.remove(&old);
            }
        }
        name
    }

    /// The log text of `name`.
    pub fn get(&self, name: &str) -> Option<String> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner()).0.get(name).cloned()
    }
}
