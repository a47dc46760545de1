//! A recording proxy in front of the emulator's FE and BE: records every request (headers in
//! order, body, framing) and answer, rewrites the FE's redirects to the BE proxy, forwards
//! `Expect: 100-continue` faithfully (the client gets `100 Continue` only when the emulator
//! asks for the body), and can drop answers to simulate a lost response.

use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::{Body, Frame, Incoming};
use hyper_util::rt::TokioIo;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;

/// One recorded request and its answer.
#[derive(Debug, Clone)]
pub struct Exchange {
    pub role: &'static str,
    pub method: String,
    pub path: String,
    /// Names lower case, in the order received.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Whether the body was read at all (false: answered before it was sent).
    pub body_read: bool,
    pub status: u16,
    pub response: String,
    /// The answer was dropped (connection closed instead).
    pub dropped: bool,
    /// Which client connection carried it (numbered per role, from 1).
    pub conn: usize,
}

impl Exchange {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// What to do to matching requests instead of forwarding them faithfully.
#[derive(Debug, Clone)]
pub enum Action {
    /// Forward, then close the connection instead of answering (a lost answer).
    DropAnswer,
    /// Answer this JSON body with HTTP 200 without forwarding.
    Answer(String),
    /// Forward after this many milliseconds.
    Delay(u64),
}

/// A fault for the first `times` requests whose role and path match.
#[derive(Debug, Clone)]
pub struct Fault {
    pub role: &'static str,
    pub path_contains: &'static str,
    pub times: usize,
    pub action: Action,
}

#[derive(Default)]
struct State {
    log: Vec<Exchange>,
    faults: Vec<Fault>,
}

pub struct Proxy {
    pub fe: SocketAddr,
    pub be: SocketAddr,
    state: Arc<Mutex<State>>,
}

impl Proxy {
    pub async fn start(fe_upstream: SocketAddr, be_upstream: SocketAddr) -> Proxy {
        let fe_l = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let be_l = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let (fe, be) = (fe_l.local_addr().unwrap(), be_l.local_addr().unwrap());
        let state = Arc::new(Mutex::new(State::default()));
        let rewrite = (be_upstream, be);
        tokio::spawn(serve(fe_l, "fe", fe_upstream, rewrite, state.clone()));
        tokio::spawn(serve(be_l, "be", be_upstream, rewrite, state.clone()));
        Proxy { fe, be, state }
    }

    pub fn fault(&self, f: Fault) {
        self.state.lock().unwrap().faults.push(f);
    }

    pub fn log(&self) -> Vec<Exchange> {
        self.state.lock().unwrap().log.clone()
    }

    pub fn clear(&self) {
        self.state.lock().unwrap().log.clear();
    }
}

async fn serve(
    l: TcpListener,
    role: &'static str,
    upstream: SocketAddr,
    rewrite: (SocketAddr, SocketAddr),
    state: Arc<Mutex<State>>,
) {
    let mut conns = 0;
    loop {
        let Ok((stream, _)) = l.accept().await else { return };
        let state = state.clone();
        conns += 1;
        let conn = conns;
        tokio::spawn(async move {
            let svc = hyper::service::service_fn(move |req| handle(req, role, conn, upstream, rewrite, state.clone()));
            let _ = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), svc).await;
        });
    }
}

type Answer = hyper::Response<Full<Bytes>>;

async fn handle(
    req: hyper::Request<Incoming>,
    role: &'static str,
    conn: usize,
    upstream: SocketAddr,
    rewrite: (SocketAddr, SocketAddr),
    state: Arc<Mutex<State>>,
) -> Result<Answer, std::io::Error> {
    let (parts, incoming) = req.into_parts();
    let path = parts.uri.path_and_query().map(|p| p.to_string()).unwrap_or_default();
    let headers: Vec<(String, String)> = parts
        .headers
        .iter()
        .map(|(k, v)| (k.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
        .collect();
    let action = {
        let mut st = state.lock().unwrap();
        let hit = st.faults.iter_mut().find(|f| f.role == role && path.contains(f.path_contains) && f.times > 0);
        hit.map(|f| {
            f.times -= 1;
            f.action.clone()
        })
    };
    if let Some(Action::Answer(body)) = &action {
        state.lock().unwrap().log.push(Exchange {
            role,
            method: parts.method.to_string(),
            path,
            headers,
            body: Vec::new(),
            body_read: false,
            status: 200,
            response: body.clone(),
            dropped: false,
            conn,
        });
        let mut r = hyper::Response::new(Full::new(Bytes::from(body.clone())));
        r.headers_mut().insert("connection", "close".parse().unwrap());
        return Ok(r);
    }
    if let Some(Action::Delay(ms)) = action {
        tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
    }
    let expect = parts.headers.get("expect").is_some();
    let recorded = Arc::new(Mutex::new(Vec::new()));
    let read = Arc::new(AtomicBool::new(false));
    let (tx, rx) = oneshot::channel::<()>();
    let body = Tee { inner: incoming, gate: expect.then_some(rx), sink: recorded.clone(), read: read.clone() };
    let mut up = hyper::Request::from_parts(parts.clone(), body);
    if expect {
        let tx = Mutex::new(Some(tx));
        hyper::ext::on_informational(&mut up, move |r| {
            if r.status() == 100
                && let Some(tx) = tx.lock().unwrap().take()
            {
                let _ = tx.send(());
            }
        });
    }
    let stream = TcpStream::connect(upstream).await?;
    let (mut sender, conn_task) =
        hyper::client::conn::http1::handshake(TokioIo::new(stream)).await.map_err(std::io::Error::other)?;
    let upstream_conn = tokio::spawn(conn_task);
    let resp = sender.send_request(up).await.map_err(std::io::Error::other)?;
    let (mut rparts, rbody) = resp.into_parts();
    let bytes = rbody.collect().await.map_err(std::io::Error::other)?.to_bytes();
    upstream_conn.abort();
    if let Some(loc) = rparts.headers.get("location").and_then(|v| v.to_str().ok()) {
        let loc = loc.replace(&rewrite.0.to_string(), &rewrite.1.to_string());
        rparts.headers.insert("location", loc.parse().unwrap());
    }
    // ErrorURLs point at the BE: send their fetch through the proxy too.
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let bytes = if text.contains(&rewrite.0.to_string()) {
        rparts.headers.remove("content-length");
        Bytes::from(text.replace(&rewrite.0.to_string(), &rewrite.1.to_string()))
    } else {
        bytes
    };
    let mut st = state.lock().unwrap();
    let dropped = matches!(action, Some(Action::DropAnswer));
    st.log.push(Exchange {
        role,
        method: parts.method.to_string(),
        path,
        headers,
        body: recorded.lock().unwrap().clone(),
        body_read: read.load(Ordering::SeqCst),
        status: rparts.status.as_u16(),
        response: String::from_utf8_lossy(&bytes).into_owned(),
        dropped,
        conn,
    });
    drop(st);
    if dropped {
        return Err(std::io::Error::other("answer dropped on purpose"));
    }
    Ok(hyper::Response::from_parts(rparts, Full::new(bytes)))
}

/// The client's body, held back until the upstream asks for it, copied as it passes.
struct Tee {
    inner: Incoming,
    gate: Option<oneshot::Receiver<()>>,
    sink: Arc<Mutex<Vec<u8>>>,
    read: Arc<AtomicBool>,
}

impl Body for Tee {
    type Data = Bytes;
    type Error = hyper::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, hyper::Error>>> {
        if let Some(g) = &mut self.gate {
            match Pin::new(g).poll(cx) {
                Poll::Ready(Ok(())) => self.gate = None,
                _ => return Poll::Pending,
            }
        }
        self.read.store(true, Ordering::SeqCst);
        let polled = Pin::new(&mut self.inner).poll_frame(cx);
        if let Poll::Ready(Some(Ok(f))) = &polled
            && let Some(d) = f.data_ref()
        {
            self.sink.lock().unwrap().extend_from_slice(d);
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.gate.is_none() && self.inner.is_end_stream()
    }

    fn size_hint(&self) -> hyper::body::SizeHint {
        self.inner.size_hint()
    }
}
