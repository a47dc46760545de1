//! The FE MySQL-protocol server (wire spec §8): handshake with `mysql_native_password`,
//! StarRocks' error codes, and statement execution.

mod aggregate;
mod info_schema;
mod patch;
mod result;
mod select;
mod statements;

pub use result::{Kind, Outcome, ResultSet, SqlError};
pub use statements::{Conn, execute};

use crate::fault::listener::accept_loop;
use crate::fault::{Action, Node, Phase, RequestKind};
use crate::state::Shared;
use async_trait::async_trait;
use opensrv_mysql::{
    AsyncMysqlIntermediary, AsyncMysqlShim, ErrorKind, InitWriter, IntermediaryOptions, ParamParser, QueryResultWriter,
    StatementMetaWriter,
};
use patch::{ErrOverride, OverrideSlot, PatchWriter};
use sha1::{Digest, Sha1};
use std::io;
use std::sync::{Arc, Mutex};
use tokio::io::AsyncWrite;
use tokio::net::TcpListener;
use tokio::sync::watch;

/// Accepts MySQL connections for FE `fe` until `shutdown` flips, following the node's
/// fault state.
pub async fn serve(listener: TcpListener, shared: Arc<Shared>, fe: u16, shutdown: watch::Receiver<bool>) {
    let state = shared.faults.nodes.subscribe(Node::Fe(fe));
    accept_loop(listener, state, shutdown, move |stream, _| {
        let shared = shared.clone();
        async move {
            let slot: OverrideSlot = Arc::new(Mutex::new(None));
            let conn_id = shared.next_connection_id();
            let shim = Shim {
                shared,
                fe,
                conn: Conn { db: None, user: String::new(), conn_id },
                salt: salt(),
                login: Mutex::new(String::new()),
                slot: slot.clone(),
            };
            let (r, w) = stream.into_split();
            let w = PatchWriter::new(w, slot);
            let opts = IntermediaryOptions {
                process_use_statement_on_query: true,
                reject_connection_on_dbname_absence: false,
            };
            let _ = AsyncMysqlIntermediary::run_with_options(shim, r, w, &opts).await;
        }
    })
    .await;
}

fn salt() -> [u8; 20] {
    let mut s: [u8; 20] = rand::random();
    for b in &mut s {
        *b &= 0x7F;
        if *b == 0 || *b == b'$' {
            *b = b'a';
        }
    }
    s
}

/// Checks a `mysql_native_password` scramble response.
pub fn native_password_matches(password: &str, salt: &[u8], response: &[u8]) -> bool {
    if password.is_empty() {
        return response.is_empty();
    }
    if response.len() != 20 {
        return false;
    }
    let h1 = Sha1::digest(password.as_bytes());
    let h2 = Sha1::digest(h1);
    let mut hasher = Sha1::new();
    hasher.update(salt);
    hasher.update(h2);
    let x = hasher.finalize();
    let candidate: Vec<u8> = response.iter().zip(x.iter()).map(|(a, b)| a ^ b).collect();
    Sha1::digest(&candidate).as_slice() == h2.as_slice()
}

struct Shim {
    shared: Arc<Shared>,
    fe: u16,
    conn: Conn,
    salt: [u8; 20],
    login: Mutex<String>,
    slot: OverrideSlot,
}

impl Shim {
    fn arm(&self, e: &SqlError) {
        *self.slot.lock().unwrap_or_else(|p| p.into_inner()) =
            Some(ErrOverride { code: e.code, state: e.state.to_string(), message: e.message.clone() });
    }
}

#[async_trait]
impl<W: AsyncWrite + Send + Unpin> AsyncMysqlShim<W> for Shim {
    type Error = io::Error;

    fn version(&self) -> String {
        self.shared.settings.server_version.clone()
    }

    fn connect_id(&self) -> u32 {
        self.conn.conn_id
    }

    fn salt(&self) -> [u8; 20] {
        self.salt
    }

    async fn authenticate(&self, _plugin: &str, username: &[u8], salt: &[u8], auth_data: &[u8]) -> bool {
        let user = String::from_utf8_lossy(username).into_owned();
        let password = self.shared.catalog().password_of(&user).map(str::to_string);
        let salt = &salt[..salt.len().min(20)];
        let ok = password.is_some_and(|p| native_password_matches(&p, salt, auth_data));
        if ok {
            *self.login.lock().unwrap_or_else(|p| p.into_inner()) = user;
        } else {
            self.arm(&SqlError {
                code: 1045,
                state: "28000",
                message: format!(
                    "Access denied for user '{user}' (using password: {})",
                    if auth_data.is_empty() { "NO" } else { "YES" }
                ),
            });
        }
        ok
    }

    async fn on_prepare<'a>(&'a mut self, _query: &'a str, info: StatementMetaWriter<'a, W>) -> io::Result<()> {
        let e = SqlError::generic("Prepared statements are not supported by this emulator");
        self.arm(&e);
        info.error(ErrorKind::ER_UNKNOWN_ERROR, e.message.as_bytes()).await
    }

    async fn on_execute<'a>(
        &'a mut self,
        _id: u32,
        _params: ParamParser<'a>,
        results: QueryResultWriter<'a, W>,
    ) -> io::Result<()> {
        let e = SqlError::generic("Prepared statements are not supported by this emulator");
        self.arm(&e);
        results.error(ErrorKind::ER_UNKNOWN_ERROR, e.message.as_bytes()).await
    }

    async fn on_close<'a>(&'a mut self, _stmt: u32)
    where
        W: 'async_trait,
    {
    }

    async fn on_query<'a>(&'a mut self, query: &'a str, results: QueryResultWriter<'a, W>) -> io::Result<()> {
        if self.conn.user.is_empty() {
            self.conn.user = self.login.lock().unwrap_or_else(|p| p.into_inner()).clone();
        }
        match self.shared.faults.check(RequestKind::MysqlQuery, Node::Fe(self.fe), Phase::Both) {
            None => {}
            Some(Action::Delay { delay }) => tokio::time::sleep(delay).await,
            Some(Action::Reset { .. }) => {
                return Err(io::Error::new(io::ErrorKind::ConnectionReset, "connection reset by fault injection"));
            }
            Some(other) => {
                let (code, state, message) = match other {
                    Action::MysqlError { code, state, message } => (code, state, message),
                    Action::Fail { message, .. } | Action::Status { message, .. } => (1064, "HY000".into(), message),
                    a => (1064, "HY000".into(), format!("fault {} does not apply to MySQL statements", a.name())),
                };
                *self.slot.lock().unwrap_or_else(|p| p.into_inner()) =
                    Some(ErrOverride { code, state, message: message.clone() });
                return results.error(ErrorKind::ER_UNKNOWN_ERROR, message.as_bytes()).await;
            }
        }
        let outcome = statements::execute(&self.shared, &mut self.conn, query);
        if let Outcome::Err(e) = &outcome {
            self.arm(e);
        }
        result::write(results, outcome).await
    }

    async fn on_init<'a>(&'a mut self, db: &'a str, writer: InitWriter<'a, W>) -> io::Result<()> {
        match statements::use_db(&self.shared, &mut self.conn, db) {
            Ok(_) => writer.ok().await,
            Err(e) => {
                self.arm(&e);
                writer.error(ErrorKind::ER_BAD_DB_ERROR, e.message.as_bytes()).await
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_password_scramble() {
        let salt = [7u8; 20];
        let h1 = Sha1::digest(b"secret");
        let h2 = Sha1::digest(h1);
        let mut hs = Sha1::new();
        hs.update(salt);
        hs.update(h2);
        let x = hs.finalize();
        let resp: Vec<u8> = h1.iter().zip(x.iter()).map(|(a, b)| a ^ b).collect();
        assert!(native_password_matches("secret", &salt, &resp));
        assert!(!native_password_matches("other", &salt, &resp));
        assert!(native_password_matches("", &salt, &[]));
        assert!(!native_password_matches("", &salt, &resp));
    }
}
