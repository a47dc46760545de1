//! The only HTTP code of the crate (hyper's HTTP/1.1 client connection, no TLS):
//!
//! * StarRocks' FE answers data requests with `307` to a BE. The redirect is followed here,
//!   by hand, with the same headers and credentials (general-purpose clients drop
//!   `Authorization` on a redirect to another port).
//! * `Expect: 100-continue`: the body is held back until the server sends `100 Continue`,
//!   or until the wait (`sink.wait-for-continue.timeout-ms`) is over. An FE that answers
//!   `307` at once never receives the body; the connection is then dropped.
//! * Bodies are sent from their refcounted parts as they are (vectored writes, no copy).
//! * Several `load-url` hosts: round robin, and the next host when one cannot be reached.
//! * Connect timeout, socket timeout (waiting for an answer), keep-alive connections.

use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use base64::Engine as _;
use bytes::Bytes;
use http::header::{self, HeaderName, HeaderValue};
use http::{Method, StatusCode};
use http_body::{Body, Frame, SizeHint};
use http_body_util::BodyExt as _;
use hyper::client::conn::http1;
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;
use tokio::sync::oneshot;
use tokio::task::AbortHandle;

use crate::body::Payload;
use crate::error::TransportError;

/// Most redirects one request follows (follower FE → leader FE → BE, plus slack).
const MAX_REDIRECTS: usize = 4;

/// Connection settings of a sink.
#[derive(Debug, Clone)]
pub struct TransportConfig {
    /// `load-url` entries (`http://host:port`).
    pub load_urls: Vec<String>,
    /// `username`.
    pub username: String,
    /// `password`.
    pub password: String,
    /// `sink.connect.timeout-ms`.
    pub connect_timeout: Duration,
    /// `sink.socket.timeout-ms` (`None`: wait as long as it takes).
    pub socket_timeout: Option<Duration>,
}

/// One request to the FE (`load-url`), followed to wherever it is redirected.
#[derive(Debug, Clone)]
pub struct Request {
    /// Method.
    pub method: Method,
    /// Path and query.
    pub path: String,
    /// Headers in order, without `Host`, `Authorization` and the body framing.
    pub headers: Vec<(HeaderName, HeaderValue)>,
    /// The body; `None` sends none (not even `Content-Length: 0`).
    pub body: Option<Payload>,
    /// Send `Expect: 100-continue` and wait this long for `100 Continue`.
    pub expect_continue: Option<Duration>,
}

/// The final answer.
#[derive(Debug, Clone)]
pub struct Response {
    /// HTTP status.
    pub status: StatusCode,
    /// The body (StarRocks answers are small JSON documents).
    pub body: Bytes,
    /// `Location` of a redirect that was not followed.
    pub location: Option<String>,
}

impl Response {
    /// The body as text, for messages.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

struct Conn {
    sender: http1::SendRequest<ReqBody>,
    task: AbortHandle,
    reused: bool,
}

/// A StarRocks HTTP client (cheap to clone; clones share connections).
#[derive(Clone)]
pub struct Transport {
    inner: Arc<Inner>,
}

struct Inner {
    hosts: Vec<String>,
    next: AtomicUsize,
    auth: HeaderValue,
    connect_timeout: Duration,
    socket_timeout: Option<Duration>,
    pool: Mutex<HashMap<String, Vec<Conn>>>,
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transport").field("hosts", &self.inner.hosts).finish_non_exhaustive()
    }
}

/// `host:port` of an `http://host:port[/...]` URL, and the path and query.
fn split_url(url: &str) -> Result<(String, String), TransportError> {
    let rest = url.strip_prefix("http://").ok_or_else(|| TransportError::BadUrl(url.to_string()))?;
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    if authority.is_empty() || authority.contains('@') {
        return Err(TransportError::BadUrl(url.to_string()));
    }
    let authority = if authority.contains(':') { authority.to_string() } else { format!("{authority}:80") };
    Ok((authority, path.to_string()))
}

impl Transport {
    /// A client for these hosts and credentials.
    pub fn new(config: &TransportConfig) -> Result<Self, TransportError> {
        let hosts = config
            .load_urls
            .iter()
            .map(|u| split_url(u.trim_end_matches('/')).map(|(a, _)| a))
            .collect::<Result<Vec<_>, _>>()?;
        let token =
            base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", config.username, config.password));
        let mut auth = HeaderValue::from_str(&format!("Basic {token}"))
            .map_err(|_| TransportError::BadUrl("credentials".into()))?;
        auth.set_sensitive(true);
        Ok(Transport {
            inner: Arc::new(Inner {
                hosts,
                next: AtomicUsize::new(0),
                auth,
                connect_timeout: config.connect_timeout,
                socket_timeout: config.socket_timeout,
                pool: Mutex::new(HashMap::new()),
            }),
        })
    }

    /// Sends `req` to a `load-url` host (the next one round robin; the following ones when
    /// it cannot be reached) and follows redirects when `follow` is set.
    pub async fn send(&self, req: &Request, follow: bool) -> Result<Response, TransportError> {
        let hosts = &self.inner.hosts;
        let start = self.inner.next.fetch_add(1, Ordering::Relaxed);
        let mut failures = Vec::new();
        for k in 0..hosts.len() {
            let host = &hosts[(start + k) % hosts.len()];
            match self.exchange(host, &req.path, req, true).await {
                Err(e) if e.nothing_sent() => {
                    tracing::debug!(host, error = %e, "load-url host not reachable");
                    failures.push(e);
                }
                Err(e) => return Err(e),
                Ok(resp) if follow => return self.follow(req, resp).await,
                Ok(resp) => return Ok(resp),
            }
        }
        match failures.len() {
            1 => Err(failures.remove(0)),
            _ => Err(TransportError::NoHost(failures.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))),
        }
    }

    async fn follow(&self, req: &Request, mut resp: Response) -> Result<Response, TransportError> {
        for _ in 0..MAX_REDIRECTS {
            let Some(location) = resp.location.clone() else { return Ok(resp) };
            let (authority, path) = split_url(&location)?;
            tracing::debug!(%location, "following redirect");
            resp = self.exchange(&authority, &path, req, true).await?;
        }
        match resp.location {
            Some(l) => Err(TransportError::Redirects(l)),
            None => Ok(resp),
        }
    }

    /// A GET of an absolute `http://` URL without credentials (the `ErrorURL` of a load).
    pub async fn get_url(&self, url: &str) -> Result<Response, TransportError> {
        let (authority, path) = split_url(url)?;
        let req =
            Request { method: Method::GET, path: path.clone(), headers: Vec::new(), body: None, expect_continue: None };
        self.exchange(&authority, &path, &req, false).await
    }

    async fn exchange(
        &self,
        authority: &str,
        path: &str,
        req: &Request,
        auth: bool,
    ) -> Result<Response, TransportError> {
        let mut conn = self.checkout(authority).await?;
        loop {
            let (body, released) = ReqBody::new(req.body.as_ref(), req.expect_continue);
            let mut builder = http::Request::builder().method(req.method.clone()).uri(path);
            if auth {
                builder = builder.header(header::AUTHORIZATION, self.inner.auth.clone());
            }
            if req.expect_continue.is_some() && req.body.is_some() {
                builder = builder.header(header::EXPECT, HeaderValue::from_static("100-continue"));
            }
            for (k, v) in &req.headers {
                builder = builder.header(k, v);
            }
            match &req.body {
                Some(p) if p.chunked => builder = builder.header(header::TRANSFER_ENCODING, "chunked"),
                Some(p) => builder = builder.header(header::CONTENT_LENGTH, p.len),
                None => {}
            }
            builder = builder.header(header::HOST, authority);
            let mut http_req = builder.body(body).map_err(|_| TransportError::BadUrl(path.to_string()))?;
            if let Some(r) = released.clone() {
                hyper::ext::on_informational(&mut http_req, move |res| {
                    if res.status() == StatusCode::CONTINUE
                        && let Some(tx) = r.sender.lock().ok().and_then(|mut s| s.take())
                    {
                        let _ = tx.send(());
                    }
                });
            }
            let sent = self.timed(authority, conn.sender.try_send_request(http_req)).await?;
            let resp = match sent {
                Ok(r) => r,
                Err(mut e) => {
                    let unsent = e.take_message().is_some();
                    conn.task.abort();
                    if conn.reused && unsent {
                        // A kept-alive connection the server had closed: nothing was sent.
                        conn = self.connect(authority).await?;
                        continue;
                    }
                    return Err(TransportError::Http { addr: authority.to_string(), source: e.into_error() });
                }
            };
            let status = resp.status();
            let close = resp
                .headers()
                .get(header::CONNECTION)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.eq_ignore_ascii_case("close"));
            let location = (status == StatusCode::TEMPORARY_REDIRECT)
                .then(|| resp.headers().get(header::LOCATION).and_then(|v| v.to_str().ok()).map(str::to_string))
                .flatten();
            let body = self
                .timed(authority, resp.into_body().collect())
                .await?
                .map_err(|source| TransportError::Http { addr: authority.to_string(), source })?
                .to_bytes();
            let body_sent = released.is_none_or(|r| r.flag.load(Ordering::Acquire));
            if close || !body_sent {
                conn.task.abort();
            } else {
                self.checkin(authority, conn);
            }
            return Ok(Response { status, body, location });
        }
    }

    async fn timed<T>(&self, authority: &str, f: impl Future<Output = T>) -> Result<T, TransportError> {
        match self.inner.socket_timeout {
            None => Ok(f.await),
            Some(d) => tokio::time::timeout(d, f)
                .await
                .map_err(|_| TransportError::SocketTimeout { addr: authority.to_string(), ms: d.as_millis() }),
        }
    }

    async fn checkout(&self, authority: &str) -> Result<Conn, TransportError> {
        loop {
            let pooled = self.inner.pool.lock().ok().and_then(|mut p| p.get_mut(authority).and_then(Vec::pop));
            match pooled {
                Some(c) if !c.sender.is_closed() && c.sender.is_ready() => return Ok(Conn { reused: true, ..c }),
                Some(c) => c.task.abort(),
                None => return self.connect(authority).await,
            }
        }
    }

    fn checkin(&self, authority: &str, conn: Conn) {
        if let Ok(mut p) = self.inner.pool.lock() {
            let idle = p.entry(authority.to_string()).or_default();
            if idle.len() < 8 {
                idle.push(conn);
                return;
            }
        }
        conn.task.abort();
    }

    async fn connect(&self, authority: &str) -> Result<Conn, TransportError> {
        let d = self.inner.connect_timeout;
        let stream = tokio::time::timeout(d, TcpStream::connect(authority))
            .await
            .map_err(|_| TransportError::ConnectTimeout { addr: authority.to_string(), ms: d.as_millis() })?
            .map_err(|source| TransportError::Connect { addr: authority.to_string(), source })?;
        let _ = stream.set_nodelay(true);
        let (sender, connection) = http1::Builder::new()
            .handshake(TokioIo::new(stream))
            .await
            .map_err(|source| TransportError::Http { addr: authority.to_string(), source })?;
        let task = tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::trace!(error = %e, "connection ended");
            }
        });
        Ok(Conn { sender, task: task.abort_handle(), reused: false })
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        if let Ok(p) = self.pool.get_mut() {
            p.values().flatten().for_each(|c| c.task.abort());
        }
    }
}

/// Whether a held-back body was let go (100 Continue, or the wait ran out).
#[derive(Clone)]
struct Release {
    flag: Arc<AtomicBool>,
    sender: Arc<Mutex<Option<oneshot::Sender<()>>>>,
}

struct Gate {
    rx: oneshot::Receiver<()>,
    wait: Pin<Box<tokio::time::Sleep>>,
    flag: Arc<AtomicBool>,
}

/// A request body: the payload's parts, optionally held back behind `Expect: 100-continue`.
pub struct ReqBody {
    parts: Arc<[Bytes]>,
    next: usize,
    remaining: u64,
    chunked: bool,
    gate: Option<Gate>,
}

impl ReqBody {
    fn new(payload: Option<&Payload>, expect: Option<Duration>) -> (ReqBody, Option<Release>) {
        let Some(p) = payload else {
            return (ReqBody { parts: Arc::from(Vec::new()), next: 0, remaining: 0, chunked: false, gate: None }, None);
        };
        let mut body = ReqBody { parts: p.parts.clone(), next: 0, remaining: p.len, chunked: p.chunked, gate: None };
        let release = expect.map(|wait| {
            let (tx, rx) = oneshot::channel();
            let flag = Arc::new(AtomicBool::new(false));
            body.gate = Some(Gate { rx, wait: Box::pin(tokio::time::sleep(wait)), flag: flag.clone() });
            Release { flag, sender: Arc::new(Mutex::new(Some(tx))) }
        });
        (body, release)
    }
}

impl Body for ReqBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        let this = self.get_mut();
        if let Some(g) = &mut this.gate {
            // A dropped sender (request finished without 100 Continue) keeps the gate shut.
            let continued = matches!(Pin::new(&mut g.rx).poll(cx), Poll::Ready(Ok(())));
            if !continued && g.wait.as_mut().poll(cx).is_pending() {
                return Poll::Pending;
            }
            g.flag.store(true, Ordering::Release);
            this.gate = None;
        }
        match this.parts.get(this.next) {
            Some(p) => {
                this.next += 1;
                this.remaining -= p.len() as u64;
                Poll::Ready(Some(Ok(Frame::data(p.clone()))))
            }
            None => Poll::Ready(None),
        }
    }

    fn is_end_stream(&self) -> bool {
        self.gate.is_none() && self.next >= self.parts.len()
    }

    fn size_hint(&self) -> SizeHint {
        if self.chunked { SizeHint::default() } else { SizeHint::with_exact(self.remaining) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_split_into_authority_and_path() {
        assert_eq!(
            split_url("http://127.0.0.1:8040/api/_load_error_log?file=a").unwrap(),
            ("127.0.0.1:8040".to_string(), "/api/_load_error_log?file=a".to_string())
        );
        assert_eq!(split_url("http://fe").unwrap(), ("fe:80".to_string(), "/".to_string()));
        assert!(split_url("https://fe:8030").is_err());
        assert!(split_url("http://u:p@fe:8030/").is_err());
    }
}
