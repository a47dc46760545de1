//! State shared by the MySQL and HTTP servers.

use crate::catalog::Catalog;
use crate::fault::Faults;
use crate::load::error_log::ErrorLogs;
use crate::storage::{JournalError, Storage};
use crate::txn::TxnManager;
use crate::txn::context::Contexts;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::Instant;

/// Settings fixed at start.
#[derive(Debug, Clone)]
pub struct Settings {
    /// `current_version()` and `@@version_comment`.
    pub starrocks_version: String,
    /// The MySQL handshake version (`8.0.33`).
    pub server_version: String,
    /// Storage kind.
    pub storage: Storage,
}

/// Bound addresses, known once the listeners are up.
#[derive(Debug, Clone)]
pub struct Addresses {
    /// MySQL listener of each FE.
    pub mysql: Vec<SocketAddr>,
    /// HTTP listener of each FE.
    pub fe_http: Vec<SocketAddr>,
    /// BE HTTP listener.
    pub be_http: SocketAddr,
}

/// Everything the servers share.
#[derive(Debug)]
pub struct Shared {
    /// Start settings.
    pub settings: Settings,
    /// Bound addresses.
    pub addrs: OnceLock<Addresses>,
    catalog: RwLock<Catalog>,
    txns: Mutex<TxnManager>,
    contexts: Mutex<Contexts>,
    /// Rejected-row logs.
    pub error_logs: ErrorLogs,
    /// Injected faults and node states.
    pub faults: Arc<Faults>,
    fe_routes: Mutex<HashMap<String, Instant>>,
    windows: Mutex<crate::txn::merge::Windows>,
    connection_ids: AtomicU32,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Shared {
    /// New state: an empty catalog, or the one durable storage restores.
    pub fn new(settings: Settings, user: &str, password: &str) -> Result<Self, JournalError> {
        let backend = settings.storage.backend();
        let mut catalog = Catalog::new(backend, user, password);
        let mut txns = TxnManager::default();
        if let Some(journal) = settings.storage.journal()? {
            let mut snapshot = journal.load()?;
            catalog.restore(journal.clone(), &snapshot)?;
            let tables = catalog.tables_by_id();
            txns.restore(journal, &mut snapshot, &tables);
        }
        Ok(Shared {
            catalog: RwLock::new(catalog),
            settings,
            addrs: OnceLock::new(),
            txns: Mutex::new(txns),
            contexts: Mutex::new(Contexts::default()),
            error_logs: ErrorLogs::default(),
            faults: Arc::new(Faults::default()),
            fe_routes: Mutex::new(HashMap::new()),
            windows: Mutex::new(crate::txn::merge::Windows::default()),
            connection_ids: AtomicU32::new(0),
        })
    }

    /// Read access to the catalog.
    pub fn catalog(&self) -> RwLockReadGuard<'_, Catalog> {
        self.catalog.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Write access to the catalog.
    pub fn catalog_mut(&self) -> RwLockWriteGuard<'_, Catalog> {
        self.catalog.write().unwrap_or_else(|e| e.into_inner())
    }

    /// The transaction manager.
    pub fn txns(&self) -> MutexGuard<'_, TxnManager> {
        lock(&self.txns)
    }

    /// BE transaction-load contexts.
    pub fn contexts(&self) -> MutexGuard<'_, Contexts> {
        lock(&self.contexts)
    }

    /// Open merge-commit windows.
    pub fn windows(&self) -> MutexGuard<'_, crate::txn::merge::Windows> {
        lock(&self.windows)
    }

    /// Remembers that the FE routed a transaction label to the BE (coordinator cache).
    pub fn remember_route(&self, label: &str) {
        let mut g = lock(&self.fe_routes);
        let now = Instant::now();
        g.retain(|_, t| now.duration_since(*t).as_secs() < 900);
        if g.len() >= 4096
            && let Some(oldest) = g.iter().min_by_key(|(_, t)| **t).map(|(k, _)| k.clone())
        {
            g.remove(&oldest);
        }
        g.insert(label.to_string(), now);
    }

    /// Whether the FE knows a route for the label.
    pub fn has_route(&self, label: &str) -> bool {
        let mut g = lock(&self.fe_routes);
        match g.get_mut(label) {
            Some(t) if t.elapsed().as_secs() < 900 => {
                *t = Instant::now();
                true
            }
            _ => false,
        }
    }

    /// A fresh MySQL connection id.
    pub fn next_connection_id(&self) -> u32 {
        self.connection_ids.fetch_add(1, Ordering::Relaxed) + 1
    }

    /// Checks a user's password.
    pub fn check_password(&self, user: &str, password: &str) -> bool {
        self.catalog().password_of(user) == Some(password)
    }

    /// Aborts transactions past their timeouts and drops their BE contexts.
    pub fn expire_transactions(&self) {
        let now = Instant::now();
        let gone = self.txns().expire(now);
        let idle = self.contexts().idle(now);
        let mut ctx = self.contexts();
        for (db, label) in gone {
            ctx.remove(&db, &label);
        }
        drop(ctx);
        for (db, label, txn_id, secs) in idle {
            self.contexts().remove(&db, &label);
            self.txns().abort(txn_id, &format!("transaction is aborted by idle timeout {secs} seconds."));
        }
    }
}
