//! The library entry point: [`Emulator::builder`] → [`EmulatorBuilder::start`] →
//! [`RunningEmulator`].

use crate::fault::FaultHandle;
use crate::state::{Addresses, Settings, Shared};
use crate::storage::Storage;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// Errors starting the emulator.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// Durable storage could not be opened or read.
    #[error(transparent)]
    Storage(#[from] crate::storage::JournalError),
    /// A listener could not be bound.
    #[error("cannot listen on {addr} ({what}): {source}")]
    Bind {
        /// Which listener.
        what: &'static str,
        /// The address.
        addr: SocketAddr,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
}

/// The StarRocks emulator.
#[derive(Debug)]
pub struct Emulator;

impl Emulator {
    /// A builder with StarRocks' defaults: ports 9030/8030/8040 on 127.0.0.1, user `root`
    /// with an empty password, version `3.5.2-emulator`, memory storage.
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder::default()
    }
}

/// Configures and starts an emulator.
#[derive(Debug, Clone)]
pub struct EmulatorBuilder {
    host: IpAddr,
    mysql_port: u16,
    http_port: u16,
    be_port: u16,
    fe_count: u16,
    storage: Storage,
    user: String,
    password: String,
    version: String,
}

impl Default for EmulatorBuilder {
    fn default() -> Self {
        EmulatorBuilder {
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            mysql_port: 9030,
            http_port: 8030,
            be_port: 8040,
            fe_count: 1,
            storage: Storage::Memory,
            user: "root".into(),
            password: String::new(),
            version: "3.5.2-emulator".into(),
        }
    }
}

impl EmulatorBuilder {
    /// FE MySQL port (0 = any free port).
    pub fn mysql_port(mut self, port: u16) -> Self {
        self.mysql_port = port;
        self
    }

    /// FE HTTP port (0 = any free port).
    pub fn http_port(mut self, port: u16) -> Self {
        self.http_port = port;
        self
    }

    /// BE HTTP port (0 = any free port).
    pub fn be_port(mut self, port: u16) -> Self {
        self.be_port = port;
        self
    }

    /// Number of FEs (default 1). They share one state; FE `i` listens on the MySQL and
    /// HTTP ports plus `i` (any free ports when the port is 0).
    pub fn fe_count(mut self, n: u16) -> Self {
        self.fe_count = n.max(1);
        self
    }

    /// Address every listener binds to.
    pub fn bind_host(mut self, host: IpAddr) -> Self {
        self.host = host;
        self
    }

    /// Storage of committed rows.
    pub fn storage(mut self, storage: Storage) -> Self {
        self.storage = storage;
        self
    }

    /// Name of the initial (administrator) user.
    pub fn user(mut self, user: impl Into<String>) -> Self {
        self.user = user.into();
        self
    }

    /// Password of the initial user.
    pub fn password(mut self, password: impl Into<String>) -> Self {
        self.password = password.into();
        self
    }

    /// What `current_version()` reports.
    pub fn starrocks_version(mut self, version: impl Into<String>) -> Self {
        self.version = version.into();
        self
    }

    /// Binds the listeners and starts serving.
    pub async fn start(self) -> Result<RunningEmulator, StartError> {
        let bind = |what: &'static str, port: u16| {
            let addr = SocketAddr::new(self.host, port);
            async move { TcpListener::bind(addr).await.map_err(|source| StartError::Bind { what, addr, source }) }
        };
        let offset = |port: u16, i: u16| if port == 0 { 0 } else { port.saturating_add(i) };
        let mut fes = Vec::new();
        for i in 0..self.fe_count {
            let mysql = bind("mysql", offset(self.mysql_port, i)).await?;
            let http = bind("fe-http", offset(self.http_port, i)).await?;
            fes.push((mysql, http));
        }
        let be = bind("be-http", self.be_port).await?;
        let local = |l: &TcpListener, what: &'static str| {
            l.local_addr().map_err(|source| StartError::Bind { what, addr: SocketAddr::new(self.host, 0), source })
        };
        let mut addrs = Addresses { mysql: Vec::new(), fe_http: Vec::new(), be_http: local(&be, "be-http")? };
        for (mysql, http) in &fes {
            addrs.mysql.push(local(mysql, "mysql")?);
            addrs.fe_http.push(local(http, "fe-http")?);
        }
        let shared = Arc::new(Shared::new(
            Settings { starrocks_version: self.version, server_version: "8.0.33".into(), storage: self.storage },
            &self.user,
            &self.password,
        )?);
        let _ = shared.addrs.set(addrs.clone());
        let (tx, rx) = watch::channel(false);
        let mut tasks = Vec::new();
        for (i, (mysql, http)) in fes.into_iter().enumerate() {
            let i = i as u16;
            tasks.push(tokio::spawn(crate::mysql::serve(mysql, shared.clone(), i, rx.clone())));
            tasks.push(tokio::spawn(crate::http::serve(http, shared.clone(), crate::http::Role::Fe(i), rx.clone())));
        }
        tasks.push(tokio::spawn(crate::http::serve(be, shared.clone(), crate::http::Role::Be, rx.clone())));
        tasks.push(tokio::spawn(expiry_loop(shared.clone(), rx)));
        let faults = FaultHandle::new(shared.faults.clone());
        Ok(RunningEmulator { addrs, shutdown: tx, tasks, faults })
    }
}

async fn expiry_loop(shared: Arc<Shared>, mut shutdown: watch::Receiver<bool>) {
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    loop {
        tokio::select! {
            _ = tick.tick() => shared.expire_transactions(),
            _ = shutdown.changed() => break,
        }
    }
}

/// A started emulator. [`RunningEmulator::shutdown`] stops it and waits; dropping it also
/// stops the servers, without waiting.
#[derive(Debug)]
pub struct RunningEmulator {
    addrs: Addresses,
    shutdown: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
    faults: FaultHandle,
}

impl RunningEmulator {
    /// The MySQL listener (of the first FE).
    pub fn mysql_addr(&self) -> SocketAddr {
        self.addrs.mysql[0]
    }

    /// The FE HTTP listener (of the first FE).
    pub fn fe_http_addr(&self) -> SocketAddr {
        self.addrs.fe_http[0]
    }

    /// The MySQL listener of every FE.
    pub fn mysql_addrs(&self) -> &[SocketAddr] {
        &self.addrs.mysql
    }

    /// The HTTP listener of every FE.
    pub fn fe_http_addrs(&self) -> &[SocketAddr] {
        &self.addrs.fe_http
    }

    /// The BE HTTP listener.
    pub fn be_http_addr(&self) -> SocketAddr {
        self.addrs.be_http
    }

    /// Fault injection on this emulator (see [`crate::fault`]); the handle can be cloned and
    /// used from any thread.
    pub fn faults(&self) -> FaultHandle {
        self.faults.clone()
    }

    /// Stops accepting, closes connections and waits for the servers to end.
    pub async fn shutdown(self) {
        let _ = self.shutdown.send(true);
        for t in self.tasks {
            let _ = t.await;
        }
    }
}
