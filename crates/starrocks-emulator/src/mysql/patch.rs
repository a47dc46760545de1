//! A writer that rewrites the next MySQL ERR packet with StarRocks' code, SQLSTATE and
//! message (opensrv-mysql writes its own codes, e.g. 1698 for a failed login).

use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, ready};
use tokio::io::AsyncWrite;

/// The replacement for the next ERR packet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrOverride {
    /// Error code.
    pub code: u16,
    /// SQLSTATE (5 characters).
    pub state: String,
    /// Message.
    pub message: String,
}

/// Shared slot for the next override.
pub type OverrideSlot = Arc<Mutex<Option<ErrOverride>>>;

/// Wraps a writer; buffers each write so an ERR packet can be replaced whole.
#[derive(Debug)]
pub struct PatchWriter<W> {
    inner: W,
    pending: Vec<u8>,
    pos: usize,
    slot: OverrideSlot,
}

impl<W> PatchWriter<W> {
    /// Wraps `inner`.
    pub fn new(inner: W, slot: OverrideSlot) -> Self {
        PatchWriter { inner, pending: Vec::new(), pos: 0, slot }
    }
}

fn patch(data: &mut Vec<u8>, slot: &OverrideSlot) {
    if data.len() < 5 || data[4] != 0xFF {
        return;
    }
    let Some(ov) = slot.lock().unwrap_or_else(|e| e.into_inner()).take() else {
        return;
    };
    let seq = data[3];
    let mut payload = vec![0xFF];
    payload.extend_from_slice(&ov.code.to_le_bytes());
    payload.push(b'#');
    let mut state = ov.state.into_bytes();
    state.resize(5, b'0');
    payload.extend_from_slice(&state);
    payload.extend_from_slice(ov.message.as_bytes());
    let len = payload.len() as u32;
    let mut out = vec![(len & 0xFF) as u8, ((len >> 8) & 0xFF) as u8, ((len >> 16) & 0xFF) as u8, seq];
    out.extend_from_slice(&payload);
    *data = out;
}

impl<W: AsyncWrite + Unpin> PatchWriter<W> {
    fn drain(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while self.pos < self.pending.len() {
            let n = ready!(Pin::new(&mut self.inner).poll_write(cx, &self.pending[self.pos..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            self.pos += n;
        }
        self.pending.clear();
        self.pos = 0;
        Poll::Ready(Ok(()))
    }

    fn accept(&mut self, cx: &mut Context<'_>, mut data: Vec<u8>, len: usize) -> Poll<io::Result<usize>> {
        patch(&mut data, &self.slot);
        self.pending = data;
        self.pos = 0;
        if let Poll::Ready(Err(e)) = self.drain(cx) {
            return Poll::Ready(Err(e));
        }
        Poll::Ready(Ok(len))
    }
}

impl<W: AsyncWrite + Unpin> AsyncWrite for PatchWriter<W> {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        ready!(this.drain(cx))?;
        this.accept(cx, buf.to_vec(), buf.len())
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        ready!(this.drain(cx))?;
        let data: Vec<u8> = bufs.iter().flat_map(|b| b.iter().copied()).collect();
        let len = data.len();
        this.accept(cx, data, len)
    }

    fn is_write_vectored(&self) -> bool {
        true
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        ready!(this.drain(cx))?;
        Pin::new(&mut this.inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        ready!(this.drain(cx))?;
        Pin::new(&mut this.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_only_err_packets_when_armed() {
        let slot: OverrideSlot = Arc::new(Mutex::new(None));
        let mut ok = vec![7, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0];
        patch(&mut ok, &slot);
        assert_eq!(ok[4], 0);
        *slot.lock().unwrap() = Some(ErrOverride {
            code: 1045,
            state: "28000".into(),
            message: "Access denied for user 'u' (using password: YES)".into(),
        });
        let mut err = vec![5, 0, 0, 2, 0xFF, 0xA2, 0x06, b'#', b'2'];
        patch(&mut err, &slot);
        assert_eq!(&err[4..7], &[0xFF, 0x15, 0x04]);
        assert_eq!(err[3], 2);
        assert_eq!(&err[8..13], b"28000");
        assert_eq!(err[0] as usize, err.len() - 4);
        assert!(slot.lock().unwrap().is_none());
    }
}
