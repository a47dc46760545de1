//! The FE (8030) and BE (8040) HTTP servers: connection handling and routing.

pub mod auth;
mod be_merge_commit;
mod be_stream_load;
mod be_txn;
mod body;
mod fe;
pub mod reply;

pub use be_merge_commit::failure_reply as merge_commit_failure;
pub use be_stream_load::{failure_reply as stream_load_failure, random_label};

use crate::fault::apply::{Plan, classify, plan};
use crate::fault::conn::{ConnCtl, ConnReset, ResettableStream};
use crate::fault::listener::accept_loop;
use crate::fault::{Node, Phase, RequestKind};
use crate::state::Shared;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use reply::Resp;
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::net::TcpListener;
use tokio::sync::watch;

/// Which HTTP server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Frontend `i`: authenticates and redirects.
    Fe(u16),
    /// Backend: receives data.
    Be,
}

impl Role {
    /// The node this server belongs to.
    pub fn node(self) -> Node {
        match self {
            Role::Fe(i) => Node::Fe(i),
            Role::Be => Node::Be,
        }
    }
}

/// Accepts connections until `shutdown` flips, following the node's fault state.
pub async fn serve(listener: TcpListener, shared: Arc<Shared>, role: Role, shutdown: watch::Receiver<bool>) {
    let state = shared.faults.nodes.subscribe(role.node());
    accept_loop(listener, state, shutdown, move |stream, peer| {
        let ctl = Arc::new(ConnCtl::default());
        serve_conn(ResettableStream::new(stream, ctl.clone()), ctl, shared.clone(), role, peer)
    })
    .await;
}

/// Serves one HTTP connection over any byte stream, without a listener (and so without
/// node faults or connection resets): the entry point of the fuzz targets.
pub async fn serve_io<IO>(io: IO, shared: Arc<Shared>, role: Role, peer: SocketAddr)
where
    IO: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    serve_conn(io, Arc::new(ConnCtl::default()), shared, role, peer).await;
}

async fn serve_conn<IO>(io: IO, ctl: Arc<ConnCtl>, shared: Arc<Shared>, role: Role, peer: SocketAddr)
where
    IO: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let svc = service_fn(move |req| {
        let shared = shared.clone();
        let ctl = ctl.clone();
        async move {
            let resp = handle(shared, role, req, peer, &ctl).await;
            if ctl.fire() { Err(ConnReset) } else { Ok(resp) }
        }
    });
    let _ = http1::Builder::new().keep_alive(true).serve_connection(TokioIo::new(io), svc).await;
}

async fn handle(
    shared: Arc<Shared>,
    role: Role,
    mut req: http::Request<Incoming>,
    peer: SocketAddr,
    ctl: &ConnCtl,
) -> Resp {
    if req.uri().path().starts_with(crate::fault::admin::PREFIX) {
        return crate::fault::admin::handle(&shared, req).await;
    }
    let kind = classify(role, req.method(), req.uri(), req.headers());
    let phase = match (role, kind) {
        (Role::Be, _) => Phase::Answer,
        (Role::Fe(_), Some(RequestKind::LoadState)) => Phase::Both,
        (Role::Fe(_), _) => Phase::Arrival,
    };
    let mut delay = None;
    if let Some(kind) = kind
        && let Some(action) = shared.faults.check(kind, role.node(), phase)
    {
        let (headers, ext) = (req.headers().clone(), req.extensions_mut());
        match plan(role, kind, action, &headers, ext, ctl) {
            Plan::Answer(r) => return r,
            Plan::Run { delay: d } => delay = d,
        }
    }
    let resp = match role {
        Role::Fe(i) => fe::handle(&shared, req, peer, i, ctl).await,
        Role::Be => be_route(&shared, req).await,
    };
    if let Some(d) = delay {
        tokio::time::sleep(d).await;
    }
    resp
}

async fn be_route(shared: &Arc<Shared>, req: http::Request<Incoming>) -> Resp {
    let path = req.uri().path().to_string();
    let segs = segments(&path);
    let segs: Vec<&str> = segs.iter().map(String::as_str).collect();
    let method = req.method().clone();
    match (method.as_str(), segs.as_slice()) {
        ("PUT", ["api", db, table, "_stream_load"]) => {
            let (db, table) = (db.to_string(), table.to_string());
            be_stream_load::handle(shared, &db, &table, req).await
        }
        ("PUT" | "POST", ["api", "transaction", op]) => {
            let op = op.to_string();
            be_txn::handle(shared, &op, req).await
        }
        ("GET" | "HEAD", ["api", "_load_error_log"]) => {
            let file = query_param(req.uri().query(), "file").unwrap_or_default();
            match shared.error_logs.get(&file) {
                Some(text) => reply::respond(http::StatusCode::OK, Some("text/plain"), text),
                None => reply::not_found(),
            }
        }
        _ => reply::not_found(),
    }
}

/// URL-decoded path segments.
pub fn segments(path: &str) -> Vec<String> {
    path.split('/').filter(|s| !s.is_empty()).map(percent_decode).collect()
}

/// Decodes `%XX` escapes (and leaves malformed ones as they are).
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Ok(hex) = std::str::from_utf8(&b[i + 1..i + 3])
            && let Ok(v) = u8::from_str_radix(hex, 16)
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A query-string parameter.
pub fn query_param(query: Option<&str>, name: &str) -> Option<String> {
    query?.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        (k == name).then(|| percent_decode(&v.replace('+', " ")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_and_query_decoding() {
        assert_eq!(segments("/api/my%20db/t/_stream_load"), vec!["api", "my db", "t", "_stream_load"]);
        assert_eq!(query_param(Some("a=1&label=x%2Dy"), "label").as_deref(), Some("x-y"));
        assert_eq!(query_param(Some("a=1"), "label"), None);
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%é%41"), "%éA");
    }
}
