//! Databases, tables and users.

pub mod ddl;
pub mod schema;
pub mod types;

use crate::storage::journal::{Journal, JournalError, Snapshot};
use crate::storage::{StorageBackend, TableStore};
use schema::TableSchema;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// A table: its definition and its rows.
#[derive(Debug)]
pub struct Table {
    /// Unique table id.
    pub id: i64,
    /// Definition.
    pub schema: TableSchema,
    /// Committed rows.
    pub store: Arc<dyn TableStore>,
    next_auto_increment: AtomicI64,
}

impl Table {
    /// Reserves `n` consecutive AUTO_INCREMENT values and returns the first.
    pub fn reserve_auto_increment(&self, n: i64) -> i64 {
        self.next_auto_increment.fetch_add(n, Ordering::Relaxed)
    }
}

/// A database.
#[derive(Debug)]
pub struct Database {
    /// Unique database id.
    pub id: i64,
    /// Database name.
    pub name: String,
    /// Tables by lower-case name.
    pub tables: BTreeMap<String, Arc<Table>>,
}

/// Errors of catalog operations, with StarRocks' messages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    /// Unknown database.
    #[error("Unknown database '{0}'")]
    UnknownDatabase(String),
    /// Unknown table.
    #[error("Unknown table '{0}.{1}'")]
    UnknownTable(String, String),
    /// Database exists.
    #[error("Can't create database '{0}'; database exists")]
    DatabaseExists(String),
    /// Table exists.
    #[error("Table '{0}' already exists")]
    TableExists(String),
    /// A definition the emulator does not implement.
    #[error("{0} is not supported by this emulator")]
    Unsupported(String),
    /// An invalid definition.
    #[error("Getting analyzing error. Detail message: {0}.")]
    Invalid(String),
}

/// All databases and users.
#[derive(Debug)]
pub struct Catalog {
    databases: BTreeMap<String, Database>,
    users: BTreeMap<String, String>,
    next_id: i64,
    backend: Arc<dyn StorageBackend>,
    journal: Option<Arc<dyn Journal>>,
}

impl Catalog {
    /// An empty catalog whose tables keep their rows in `backend`, with one user.
    pub fn new(backend: Arc<dyn StorageBackend>, root_user: &str, root_password: &str) -> Self {
        let mut users = BTreeMap::new();
        users.insert(root_user.to_string(), root_password.to_string());
        Catalog { databases: BTreeMap::new(), users, next_id: 10000, backend, journal: None }
    }

    /// Makes every later change durable through `journal`, after restoring `snapshot`
    /// (databases, tables with their committed batches, users). The configured root
    /// credentials win over restored ones.
    pub fn restore(&mut self, journal: Arc<dyn Journal>, snapshot: &Snapshot) -> Result<(), JournalError> {
        let roots: Vec<(String, String)> = self.users.iter().map(|(u, p)| (u.clone(), p.clone())).collect();
        for (id, name) in &snapshot.databases {
            self.next_id = self.next_id.max(*id);
            self.databases
                .insert(name.to_ascii_lowercase(), Database { id: *id, name: name.clone(), tables: BTreeMap::new() });
        }
        for t in &snapshot.tables {
            self.next_id = self.next_id.max(t.id);
            let ct = ddl::parse_create_table(&t.ddl).map_err(|e| JournalError(format!("table {}: {e}", t.id)))?;
            let store = self.backend.open_table(&ct.schema);
            for b in &t.batches {
                store.apply(b.clone());
            }
            let next = store.row_count() as i64 + 1;
            if let Some(d) = self.databases.values_mut().find(|d| d.id == t.db_id) {
                d.tables.insert(
                    ct.schema.name.to_ascii_lowercase(),
                    Arc::new(Table { id: t.id, schema: ct.schema, store, next_auto_increment: AtomicI64::new(next) }),
                );
            }
        }
        for (u, p) in &snapshot.users {
            self.users.insert(u.clone(), p.clone());
        }
        for (u, p) in roots {
            journal.user(&u, Some(&p));
            self.users.insert(u, p);
        }
        self.journal = Some(journal);
        Ok(())
    }

    /// The journal, for durable storage.
    pub fn journal(&self) -> Option<&Arc<dyn Journal>> {
        self.journal.as_ref()
    }

    /// Tables by id (for restoring transactions).
    pub fn tables_by_id(&self) -> std::collections::HashMap<i64, Arc<Table>> {
        self.databases.values().flat_map(|d| d.tables.values()).map(|t| (t.id, t.clone())).collect()
    }

    fn id(&mut self) -> i64 {
        self.next_id += 1;
        self.next_id
    }

    /// The password of `user`, if the user exists.
    pub fn password_of(&self, user: &str) -> Option<&str> {
        self.users.get(user).map(String::as_str)
    }

    /// `CREATE USER`; false when the user exists.
    pub fn create_user(&mut self, user: &str, password: &str) -> bool {
        if self.users.contains_key(user) {
            return false;
        }
        self.users.insert(user.to_string(), password.to_string());
        if let Some(j) = &self.journal {
            j.user(user, Some(password));
        }
        true
    }

    /// `DROP USER`; false when the user does not exist.
    pub fn drop_user(&mut self, user: &str) -> bool {
        let found = self.users.remove(user).is_some();
        if found && let Some(j) = &self.journal {
            j.user(user, None);
        }
        found
    }

    /// `CREATE DATABASE`.
    pub fn create_database(&mut self, name: &str) -> Result<(), CatalogError> {
        if self.database(name).is_some() {
            return Err(CatalogError::DatabaseExists(name.to_string()));
        }
        let id = self.id();
        self.databases
            .insert(name.to_ascii_lowercase(), Database { id, name: name.to_string(), tables: BTreeMap::new() });
        if let Some(j) = &self.journal {
            j.create_database(id, name);
        }
        Ok(())
    }

    /// `DROP DATABASE`.
    pub fn drop_database(&mut self, name: &str) -> Result<(), CatalogError> {
        let d = self
            .databases
            .remove(&name.to_ascii_lowercase())
            .ok_or_else(|| CatalogError::UnknownDatabase(name.to_string()))?;
        if let Some(j) = &self.journal {
            j.drop_database(d.id);
        }
        Ok(())
    }

    /// A database by name (case-insensitive).
    pub fn database(&self, name: &str) -> Option<&Database> {
        self.databases.get(&name.to_ascii_lowercase())
    }

    /// All databases in name order.
    pub fn databases(&self) -> impl Iterator<Item = &Database> {
        self.databases.values()
    }

    /// A table, or the StarRocks error for a missing database or table.
    pub fn table(&self, db: &str, table: &str) -> Result<Arc<Table>, CatalogError> {
        let d = self.database(db).ok_or_else(|| CatalogError::UnknownDatabase(db.to_string()))?;
        d.tables
            .get(&table.to_ascii_lowercase())
            .cloned()
            .ok_or_else(|| CatalogError::UnknownTable(db.to_string(), table.to_string()))
    }

    /// `CREATE TABLE`; returns false when it existed and `if_not_exists` was given.
    pub fn create_table(&mut self, db: &str, schema: TableSchema, if_not_exists: bool) -> Result<bool, CatalogError> {
        check_model(&schema)?;
        let id = self.id();
        let store = self.backend.open_table(&schema);
        let d = self
            .databases
            .get_mut(&db.to_ascii_lowercase())
            .ok_or_else(|| CatalogError::UnknownDatabase(db.to_string()))?;
        let key = schema.name.to_ascii_lowercase();
        if d.tables.contains_key(&key) {
            if if_not_exists {
                return Ok(false);
            }
            return Err(CatalogError::TableExists(schema.name.clone()));
        }
        if let Some(j) = &self.journal {
            j.create_table(id, d.id, &schema.show_create());
        }
        d.tables.insert(key, Arc::new(Table { id, schema, store, next_auto_increment: AtomicI64::new(1) }));
        Ok(true)
    }

    /// `TRUNCATE TABLE`.
    pub fn truncate(&self, db: &str, table: &str) -> Result<(), CatalogError> {
        let t = self.table(db, table)?;
        t.store.truncate();
        if let Some(j) = &self.journal {
            j.truncate(t.id);
        }
        Ok(())
    }

    /// `DROP TABLE`.
    pub fn drop_table(&mut self, db: &str, table: &str) -> Result<(), CatalogError> {
        let d = self
            .databases
            .get_mut(&db.to_ascii_lowercase())
            .ok_or_else(|| CatalogError::UnknownDatabase(db.to_string()))?;
        let t = d
            .tables
            .remove(&table.to_ascii_lowercase())
            .ok_or_else(|| CatalogError::UnknownTable(db.to_string(), table.to_string()))?;
        if let Some(j) = &self.journal {
            j.drop_table(t.id);
        }
        Ok(())
    }
}

/// Checks the aggregate declarations of a table against its key model.
fn check_model(schema: &TableSchema) -> Result<(), CatalogError> {
    use crate::storage::AggFn;
    use schema::KeysType;
    for c in &schema.columns {
        match (&c.aggregation, schema.keys_type, c.is_key) {
            (Some(a), KeysType::Aggregate, false) => {
                if AggFn::from_name(a).is_none() {
                    return Err(CatalogError::Unsupported(format!("Aggregate type {a}")));
                }
            }
            (Some(a), KeysType::Aggregate, true) => {
                return Err(CatalogError::Invalid(format!(
                    "Key column {} should not specify aggregate type {a}",
                    c.name
                )));
            }
            (None, KeysType::Aggregate, false) => {
                return Err(CatalogError::Invalid(format!(
                    "Value column {} of an AGGREGATE KEY table needs an aggregate type",
                    c.name
                )));
            }
            (Some(a), _, _) => {
                return Err(CatalogError::Invalid(format!(
                    "Column {} can not specify aggregate type {a} in a {} table",
                    c.name,
                    schema.keys_type.sql_name()
                )));
            }
            (None, _, _) => {}
        }
    }
    Ok(())
}
