//! Load bodies: encoded pieces gathered into one request body without copying, the body
//! framing, LZ4 frame compression, and the memory budget that makes writers wait while
//! StarRocks is slower than they are.

use std::io::Write as _;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use lz4_flex::frame::{BlockMode, BlockSize, FrameEncoder, FrameInfo};
use tokio::sync::watch;

use crate::encode::Framing;

/// The body of one request: refcounted parts sent back to back (a redirect or a retry sends
/// the same parts again).
#[derive(Debug, Clone, Default)]
pub struct Payload {
    /// The parts, in order.
    pub parts: Arc<[Bytes]>,
    /// Total length in bytes.
    pub len: u64,
    /// Rows in the body.
    pub rows: u64,
    /// Sent with `Transfer-Encoding: chunked` (compressed bodies, as the connector does).
    pub chunked: bool,
}

impl Payload {
    /// A body of these parts.
    pub fn new(parts: Vec<Bytes>, rows: u64) -> Self {
        let len = parts.iter().map(|p| p.len() as u64).sum();
        Payload { parts: parts.into(), len, rows, chunked: false }
    }

    /// The whole body in one buffer.
    #[cfg(test)]
    pub fn to_vec(&self) -> Vec<u8> {
        self.parts.iter().flat_map(|p| p.iter().copied()).collect()
    }

    /// The body as one LZ4 frame (64 KB independent blocks, content size, no checksums:
    /// what StarRocks' `lz4_frame` decoder takes), sent chunked: the frame up to its last
    /// block, then the end mark.
    pub fn lz4_frame(&self) -> std::io::Result<Payload> {
        let info = FrameInfo::new()
            .block_size(BlockSize::Max64KB)
            .block_mode(BlockMode::Independent)
            .content_size(Some(self.len));
        let mut enc = FrameEncoder::with_frame_info(info, Vec::with_capacity(self.len as usize / 2 + 64));
        for p in self.parts.iter() {
            enc.write_all(p)?;
        }
        let frame = Bytes::from(enc.finish().map_err(std::io::Error::other)?);
        let cut = frame.len() - 4;
        let parts = vec![frame.slice(..cut), frame.slice(cut..)];
        Ok(Payload { parts: parts.into(), len: frame.len() as u64, rows: self.rows, chunked: true })
    }
}

/// Rows gathered for one body.
#[derive(Debug)]
pub struct Chunk {
    framing: Framing,
    parts: Vec<Bytes>,
    /// Bytes of the pieces (counted against the budget).
    pub bytes: u64,
    /// Rows of the pieces.
    pub rows: u64,
}

impl Chunk {
    /// An empty chunk.
    pub fn new(framing: Framing) -> Self {
        Chunk { framing, parts: Vec::new(), bytes: 0, rows: 0 }
    }

    /// Whether it holds no rows.
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// Adds an encoded piece (rows as the encoder wrote them).
    pub fn push(&mut self, piece: Bytes, rows: u64) {
        self.bytes += piece.len() as u64;
        self.rows += rows;
        if self.parts.is_empty() {
            self.parts.push(piece.slice(self.framing.skip_first().min(piece.len())..));
        } else {
            self.parts.push(piece);
        }
    }

    /// Takes the rows out as a framed body, leaving the chunk empty.
    pub fn seal(&mut self) -> (Payload, u64) {
        let mut parts = Vec::with_capacity(self.parts.len() + 2);
        if !self.framing.open().is_empty() {
            parts.push(Bytes::from_static(self.framing.open()));
        }
        parts.append(&mut self.parts);
        if !self.framing.close().is_empty() {
            parts.push(Bytes::from_static(self.framing.close()));
        }
        let held = std::mem::take(&mut self.bytes);
        (Payload::new(parts, std::mem::take(&mut self.rows)), held)
    }
}

/// Encode buffers handed back once their rows are loaded, so that writers reuse memory that
/// is already mapped instead of faulting in fresh pages for every batch.
#[derive(Debug, Default)]
pub struct BufferPool {
    bufs: Mutex<Vec<Vec<u8>>>,
}

/// Most bytes of capacity the pool keeps.
const POOL_BYTES: usize = 16 << 20;

impl BufferPool {
    /// An empty buffer, reused when one is available.
    pub fn take(&self) -> Vec<u8> {
        self.bufs.lock().ok().and_then(|mut b| b.pop()).unwrap_or_default()
    }

    /// Keeps the parts of a sent body that nobody else holds.
    pub fn recycle(&self, payload: Payload) {
        let parts: Vec<Bytes> = payload.parts.iter().cloned().collect();
        drop(payload);
        let Ok(mut bufs) = self.bufs.lock() else { return };
        let mut kept: usize = bufs.iter().map(Vec::capacity).sum();
        for part in parts {
            if part.len() < 4096 || kept >= POOL_BYTES {
                continue;
            }
            if let Ok(mut m) = part.try_into_mut() {
                m.clear();
                let v: Vec<u8> = m.into();
                kept += v.capacity();
                bufs.push(v);
            }
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Held {
    bytes: u64,
    peak: u64,
    stopped: bool,
}

/// Bytes encoded and not yet loaded. Writers wait while it is at `max`, so a sink holds at
/// most `max` plus the batch being encoded.
#[derive(Debug)]
pub struct Budget {
    max: u64,
    held: watch::Sender<Held>,
}

impl Budget {
    /// A budget of `max` bytes.
    pub fn new(max: u64) -> Self {
        Budget { max, held: watch::Sender::new(Held::default()) }
    }

    /// Waits until there is room (or the loader stopped).
    pub async fn room(&self) {
        let mut rx = self.held.subscribe();
        let _ = rx.wait_for(|h| h.bytes < self.max || h.stopped).await;
    }

    /// Counts encoded bytes.
    pub fn add(&self, n: u64) {
        self.held.send_modify(|h| {
            h.bytes += n;
            h.peak = h.peak.max(h.bytes);
        });
    }

    /// Releases loaded (or dropped) bytes.
    pub fn release(&self, n: u64) {
        self.held.send_modify(|h| h.bytes = h.bytes.saturating_sub(n));
    }

    /// Wakes every waiting writer for good (the loader ended).
    pub fn stop(&self) {
        self.held.send_modify(|h| h.stopped = true);
    }

    /// Bytes held now.
    #[cfg(test)]
    pub fn held(&self) -> u64 {
        self.held.borrow().bytes
    }

    /// The most bytes ever held.
    pub fn peak(&self) -> u64 {
        self.held.borrow().peak
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Format;
    use std::io::Read as _;

    #[test]
    fn json_chunks_form_one_array() {
        let mut c = Chunk::new(Framing { format: Format::Json });
        c.push(Bytes::from_static(b",{\"a\":1},{\"a\":2}"), 2);
        c.push(Bytes::from_static(b",{\"a\":3}"), 1);
        let (p, held) = c.seal();
        assert_eq!(p.to_vec(), b"[{\"a\":1},{\"a\":2},{\"a\":3}]");
        assert_eq!((p.rows, p.len, held), (3, 25, 24));
        assert!(c.is_empty());
    }

    #[test]
    fn lz4_frames_decode_to_the_body() {
        let body = Payload::new(vec![Bytes::from_static(b"1\talice\t90\t0\n"), Bytes::from(vec![b'x'; 200_000])], 1);
        let z = body.lz4_frame().unwrap();
        assert!(z.chunked);
        let bytes = z.to_vec();
        assert_eq!(&bytes[..6], &[0x04, 0x22, 0x4D, 0x18, 0x68, 0x40]);
        assert_eq!(&bytes[bytes.len() - 4..], &[0, 0, 0, 0]);
        let mut out = Vec::new();
        lz4_flex::frame::FrameDecoder::new(&bytes[..]).read_to_end(&mut out).unwrap();
        assert_eq!(out, body.to_vec());
    }

    #[tokio::test]
    async fn writers_wait_for_room() {
        let b = Arc::new(Budget::new(100));
        b.add(150);
        let waiter = tokio::spawn({
            let b = b.clone();
            async move { b.room().await }
        });
        tokio::task::yield_now().await;
        assert!(!waiter.is_finished());
        b.release(100);
        waiter.await.unwrap();
        assert_eq!((b.held(), b.peak()), (50, 150));
    }
}
