//! SQLite journal (`--storage sqlite:PATH`): committed batches, the catalog, users and
//! finished and prepared transactions are written to an embedded SQLite database and read
//! back at start. Rows are still served from memory.

use super::journal::{
    Journal, JournalError, Snapshot, TableRecord, TxnRecord, batch_from_bytes, batch_to_bytes, output_from_bytes,
    output_to_bytes,
};
use super::{EncodedRows, RowBatch};
use rusqlite::{Connection, params};
use std::path::Path;
use std::sync::Mutex;

/// Largest BLOB written for one batch chunk.
const MAX_CHUNK_BYTES: usize = 64 << 20;

const SCHEMA: &str = "
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS databases (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tables (id INTEGER PRIMARY KEY, db_id INTEGER NOT NULL, ddl TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS batches (seq INTEGER PRIMARY KEY AUTOINCREMENT, table_id INTEGER NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS batches_table ON batches (table_id);
CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, password TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS txns (
    id INTEGER PRIMARY KEY, db_id INTEGER NOT NULL, db TEXT NOT NULL, table_id INTEGER NOT NULL,
    label TEXT NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL,
    prepared_timeout_s INTEGER NOT NULL, staged BLOB);
";

/// The SQLite journal.
#[derive(Debug)]
pub struct SqliteJournal {
    conn: Mutex<Connection>,
}

fn err(e: rusqlite::Error) -> JournalError {
    JournalError(e.to_string())
}

impl SqliteJournal {
    /// Opens (or creates) the database file.
    pub fn open(path: &Path) -> Result<Self, JournalError> {
        let conn = Connection::open(path).map_err(err)?;
        conn.execute_batch(SCHEMA).map_err(err)?;
        Ok(SqliteJournal { conn: Mutex::new(conn) })
    }

    fn with<T>(&self, f: impl FnOnce(&mut Connection) -> rusqlite::Result<T>) -> Option<T> {
        let mut c = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        match f(&mut c) {
            Ok(v) => Some(v),
            Err(e) => {
                eprintln!("starrocks-emulator: sqlite journal write failed: {e}");
                None
            }
        }
    }
}

/// Splits a batch into chunks whose encoded rows stay under [`MAX_CHUNK_BYTES`].
fn chunks(batch: &RowBatch) -> Vec<RowBatch> {
    let (data, ends) = batch.rows.parts();
    if data.len() <= MAX_CHUNK_BYTES {
        return vec![batch.clone()];
    }
    let mut out = Vec::new();
    let mut first = 0;
    while first < ends.len() {
        let start = if first == 0 { 0 } else { ends[first - 1] };
        let mut last = first;
        while last + 1 < ends.len() && ends[last + 1] - start <= MAX_CHUNK_BYTES {
            last += 1;
        }
        let rows = EncodedRows::from_parts(
            data[start..ends[last]].to_vec(),
            ends[first..=last].iter().map(|e| e - start).collect(),
        );
        out.push(RowBatch {
            rows,
            ops: batch.ops.get(first..=last).map(<[_]>::to_vec).unwrap_or_default(),
            counted: if first == 0 { batch.counted } else { 0 },
            partial_columns: batch.partial_columns.clone(),
            merge_condition: batch.merge_condition,
        });
        first = last + 1;
    }
    out
}

impl Journal for SqliteJournal {
    fn load(&self) -> Result<Snapshot, JournalError> {
        let c = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        let mut snap = Snapshot::default();
        let mut q = c.prepare("SELECT id, name FROM databases ORDER BY id").map_err(err)?;
        snap.databases =
            q.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).map_err(err)?.collect::<Result<_, _>>().map_err(err)?;
        let mut q = c.prepare("SELECT id, db_id, ddl FROM tables ORDER BY id").map_err(err)?;
        let tables: Vec<(i64, i64, String)> = q
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(err)?
            .collect::<Result<_, _>>()
            .map_err(err)?;
        let mut bq = c.prepare("SELECT data FROM batches WHERE table_id = ?1 ORDER BY seq").map_err(err)?;
        for (id, db_id, ddl) in tables {
            let blobs: Vec<Vec<u8>> =
                bq.query_map([id], |r| r.get(0)).map_err(err)?.collect::<Result<_, _>>().map_err(err)?;
            let batches = blobs
                .iter()
                .map(|b| batch_from_bytes(b).ok_or_else(|| JournalError(format!("corrupt batch of table {id}"))))
                .collect::<Result<_, _>>()?;
            snap.tables.push(TableRecord { id, db_id, ddl, batches });
        }
        let mut q = c.prepare("SELECT name, password FROM users").map_err(err)?;
        snap.users =
            q.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).map_err(err)?.collect::<Result<_, _>>().map_err(err)?;
        let mut q = c
            .prepare("SELECT id, db_id, db, table_id, label, status, reason, prepared_timeout_s, staged FROM txns ORDER BY id")
            .map_err(err)?;
        let rows: Vec<(TxnRecord, Option<Vec<u8>>)> = q
            .query_map([], |r| {
                Ok((
                    TxnRecord {
                        id: r.get(0)?,
                        db_id: r.get(1)?,
                        db: r.get(2)?,
                        table_id: r.get(3)?,
                        label: r.get(4)?,
                        status: r.get(5)?,
                        reason: r.get(6)?,
                        prepared_timeout_s: r.get::<_, i64>(7)? as u64,
                        staged: None,
                    },
                    r.get(8)?,
                ))
            })
            .map_err(err)?
            .collect::<Result<_, _>>()
            .map_err(err)?;
        for (mut t, staged) in rows {
            t.staged = staged.as_deref().and_then(output_from_bytes);
            snap.txns.push(t);
        }
        Ok(snap)
    }

    fn create_database(&self, id: i64, name: &str) {
        self.with(|c| c.execute("INSERT OR REPLACE INTO databases (id, name) VALUES (?1, ?2)", params![id, name]));
    }

    fn drop_database(&self, id: i64) {
        self.with(|c| {
            let tx = c.transaction()?;
            tx.execute("DELETE FROM batches WHERE table_id IN (SELECT id FROM tables WHERE db_id = ?1)", [id])?;
            tx.execute("DELETE FROM tables WHERE db_id = ?1", [id])?;
            tx.execute("DELETE FROM databases WHERE id = ?1", [id])?;
            tx.commit()
        });
    }

    fn create_table(&self, id: i64, db_id: i64, ddl: &str) {
        self.with(|c| {
            c.execute("INSERT OR REPLACE INTO tables (id, db_id, ddl) VALUES (?1, ?2, ?3)", params![id, db_id, ddl])
        });
    }

    fn drop_table(&self, id: i64) {
        self.with(|c| {
            let tx = c.transaction()?;
            tx.execute("DELETE FROM batches WHERE table_id = ?1", [id])?;
            tx.execute("DELETE FROM tables WHERE id = ?1", [id])?;
            tx.commit()
        });
    }

    fn truncate(&self, table_id: i64) {
        self.with(|c| c.execute("DELETE FROM batches WHERE table_id = ?1", [table_id]));
    }

    fn user(&self, name: &str, password: Option<&str>) {
        self.with(|c| match password {
            Some(p) => c.execute("INSERT OR REPLACE INTO users (name, password) VALUES (?1, ?2)", params![name, p]),
            None => c.execute("DELETE FROM users WHERE name = ?1", [name]),
        });
    }

    fn txn(&self, t: &TxnRecord, committed: Option<&RowBatch>) {
        self.with(|c| {
            let tx = c.transaction()?;
            if let Some(batch) = committed {
                for chunk in chunks(batch) {
                    tx.execute(
                        "INSERT INTO batches (table_id, data) VALUES (?1, ?2)",
                        params![t.table_id, batch_to_bytes(&chunk)],
                    )?;
                }
            }
            tx.execute(
                "INSERT OR REPLACE INTO txns (id, db_id, db, table_id, label, status, reason, prepared_timeout_s, staged)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    t.id,
                    t.db_id,
                    t.db,
                    t.table_id,
                    t.label,
                    t.status,
                    t.reason,
                    t.prepared_timeout_s as i64,
                    t.staged.as_ref().map(output_to_bytes)
                ],
            )?;
            tx.commit()
        });
    }
}
