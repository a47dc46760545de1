//! Connection resets: an HTTP connection's stream is wrapped so that a request can ask for
//! the connection to be reset (RST, `SO_LINGER` 0) instead of answered.

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

/// Per-connection fault control.
#[derive(Debug, Default)]
pub struct ConnCtl {
    armed: AtomicBool,
    reset: AtomicBool,
}

impl ConnCtl {
    /// Resets the connection once the current request has been handled.
    pub fn arm(&self) {
        self.armed.store(true, Ordering::SeqCst);
    }

    /// After a request: resets the connection if that was asked for; returns whether it was.
    pub fn fire(&self) -> bool {
        let armed = self.armed.swap(false, Ordering::SeqCst);
        if armed {
            self.reset.store(true, Ordering::SeqCst);
        }
        armed
    }

    /// Whether the connection is reset.
    pub fn is_reset(&self) -> bool {
        self.reset.load(Ordering::SeqCst)
    }
}

/// The error an HTTP service returns to make hyper drop the connection.
#[derive(Debug, thiserror::Error)]
#[error("connection reset by fault injection")]
pub struct ConnReset;

/// Body bytes a request may deliver before its connection is reset (a request extension).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyLimit(pub u64);

/// A TCP stream that fails every operation once its connection is reset, and closes with
/// RST.
#[derive(Debug)]
pub struct ResettableStream {
    inner: TcpStream,
    ctl: Arc<ConnCtl>,
}

impl ResettableStream {
    /// Wraps `inner`.
    pub fn new(inner: TcpStream, ctl: Arc<ConnCtl>) -> Self {
        ResettableStream { inner, ctl }
    }

    fn check(&self) -> io::Result<()> {
        if self.ctl.is_reset() {
            let _ = self.inner.set_zero_linger();
            return Err(io::Error::new(io::ErrorKind::ConnectionReset, ConnReset));
        }
        Ok(())
    }
}

impl Drop for ResettableStream {
    fn drop(&mut self) {
        if self.ctl.is_reset() {
            let _ = self.inner.set_zero_linger();
        }
    }
}

impl AsyncRead for ResettableStream {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        self.check()?;
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for ResettableStream {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        self.check()?;
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.check()?;
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.check()?;
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}
