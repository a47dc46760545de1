//! The `emulator` command line: arguments and the run loop.

use crate::emulator::{Emulator, StartError};
use crate::storage::Storage;
use std::io::Write as _;
use std::net::IpAddr;

/// Arguments of `sluice emulator` / `starrocks-emulator`.
#[derive(Debug, Clone, clap::Args)]
pub struct EmulatorArgs {
    /// Address the listeners bind to.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: IpAddr,
    /// FE MySQL-protocol port.
    #[arg(long, default_value_t = 9030)]
    pub mysql_port: u16,
    /// FE HTTP port.
    #[arg(long, default_value_t = 8030)]
    pub http_port: u16,
    /// BE HTTP port.
    #[arg(long, default_value_t = 8040)]
    pub be_port: u16,
    /// Number of FEs sharing one state; FE `i` uses the MySQL and HTTP ports plus `i`.
    #[arg(long, default_value_t = 1)]
    pub fe_count: u16,
    /// Storage: `memory` (rows kept in memory), `discard` (rows counted only) or
    /// `sqlite[:PATH]` (memory plus an SQLite journal that survives restarts; default path
    /// `./starrocks-emulator.db`).
    #[arg(long, default_value = "memory")]
    pub storage: Storage,
    /// Name of the administrator user.
    #[arg(long, default_value = "root")]
    pub user: String,
    /// Password of the administrator user.
    #[arg(long, default_value = "")]
    pub password: String,
    /// Version reported by `current_version()`.
    #[arg(long, default_value = "3.5.2-emulator")]
    pub starrocks_version: String,
}

/// Errors of [`run`].
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// The emulator did not start.
    #[error(transparent)]
    Start(#[from] StartError),
    /// Waiting for a signal failed.
    #[error("cannot wait for signals: {0}")]
    Signal(#[source] std::io::Error),
}

/// Starts the emulator, prints one line per listener and runs until SIGINT or SIGTERM.
pub async fn run(args: EmulatorArgs) -> Result<(), RunError> {
    // Handlers go in before the addresses are printed: whoever reads them may signal at once.
    let signals = Signals::install().map_err(RunError::Signal)?;
    let running = Emulator::builder()
        .bind_host(args.host)
        .mysql_port(args.mysql_port)
        .http_port(args.http_port)
        .be_port(args.be_port)
        .fe_count(args.fe_count)
        .storage(args.storage)
        .user(args.user)
        .password(args.password)
        .starrocks_version(args.starrocks_version)
        .start()
        .await?;
    {
        let mut out = std::io::stdout().lock();
        for (mysql, http) in running.mysql_addrs().iter().zip(running.fe_http_addrs()) {
            let _ = writeln!(out, "mysql {mysql}");
            let _ = writeln!(out, "fe-http {http}");
        }
        let _ = writeln!(out, "be-http {}", running.be_http_addr());
        let _ = out.flush();
    }
    signals.wait().await;
    running.shutdown().await;
    Ok(())
}

/// SIGINT and SIGTERM, listened for from the moment they are installed.
#[cfg(unix)]
struct Signals {
    interrupt: tokio::signal::unix::Signal,
    terminate: tokio::signal::unix::Signal,
}

#[cfg(unix)]
impl Signals {
    fn install() -> std::io::Result<Self> {
        use tokio::signal::unix::{SignalKind, signal};
        Ok(Signals { interrupt: signal(SignalKind::interrupt())?, terminate: signal(SignalKind::terminate())? })
    }

    async fn wait(mut self) {
        tokio::select! {
            _ = self.interrupt.recv() => {}
            _ = self.terminate.recv() => {}
        }
    }
}

/// Ctrl-C, listened for from the moment it is installed.
#[cfg(not(unix))]
struct Signals;

#[cfg(not(unix))]
impl Signals {
    fn install() -> std::io::Result<Self> {
        Ok(Signals)
    }

    async fn wait(self) {
        let _ = tokio::signal::ctrl_c().await;
    }
}
