//! Streaming a request body into a [`BodyReader`].

use crate::fault::conn::BodyLimit;
use crate::load::{BodyReader, LoadOutput};
use http_body_util::BodyExt;
use hyper::body::Incoming;
use std::time::Instant;

/// How reading a body ended badly.
#[derive(Debug)]
pub enum BodyFailure {
    /// The connection ended before the declared length.
    Short,
    /// The body could not be parsed as a whole.
    Parse(String),
}

/// What reading a body produced.
#[derive(Debug)]
pub struct BodyRead {
    /// Rows and counters.
    pub output: LoadOutput,
    /// Bytes received.
    pub bytes: u64,
    /// Time spent receiving and parsing, ms.
    pub read_ms: u64,
}

/// Reads the whole body of `req` through `reader`. A [`BodyLimit`] extension (a reset
/// fault) cuts the body after that many bytes, as a dropped connection would.
pub async fn read(req: http::Request<Incoming>, mut reader: BodyReader) -> Result<BodyRead, (BodyFailure, u64)> {
    let start = Instant::now();
    let limit = req.extensions().get::<BodyLimit>().map(|l| l.0);
    let mut body = req.into_body();
    let mut bytes = 0u64;
    while let Some(frame) = body.frame().await {
        match frame {
            Ok(f) => {
                if let Ok(data) = f.into_data() {
                    if let Some(limit) = limit
                        && bytes + data.len() as u64 > limit
                    {
                        let take = (limit - bytes) as usize;
                        reader.push(&data[..take]);
                        return Err((BodyFailure::Short, limit));
                    }
                    bytes += data.len() as u64;
                    reader.push(&data);
                }
            }
            Err(_) => return Err((BodyFailure::Short, bytes)),
        }
    }
    let output = reader.finish().map_err(|e| (BodyFailure::Parse(e), bytes))?;
    Ok(BodyRead { output, bytes, read_ms: start.elapsed().as_millis() as u64 })
}
