//! The FE (8030) and BE (8040) HTTP servers: connection handling and routing.

pub mod auth;
mod be_merge_commit;
mod be_stream_load;
mod be_txn;
mod body;
mod fe;
pub mod reply;

pub use be_stream_load::random_label;

use crate::state::Shared;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use reply::Resp;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinSet;

/// Which HTTP server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Frontend: authenticates and redirects.
    Fe,
    /// Backend: receives data.
    Be,
}

/// Accepts connections until `shutdown` flips.
pub async fn serve(listener: TcpListener, shared: Arc<Shared>, role: Role, mut shutdown: watch::Receiver<bool>) {
    let mut tasks = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, peer)) = accepted else { continue };
                let _ = stream.set_nodelay(true);
                let shared = shared.clone();
                tasks.spawn(async move {
                    let svc = service_fn(move |req| {
                        let shared = shared.clone();
                        async move { Ok::<_, Infallible>(handle(shared, role, req, peer).await) }
                    });
                    let _ = http1::Builder::new()
                        .keep_alive(true)
                        .serve_connection(TokioIo::new(stream), svc)
                        .await;
                });
            }
            _ = shutdown.changed() => break,
        }
        while tasks.try_join_next().is_some() {}
    }
    tasks.abort_all();
}

async fn handle(shared: Arc<Shared>, role: Role, req: http::Request<Incoming>, peer: SocketAddr) -> Resp {
    match role {
        Role::Fe => fe::handle(&shared, req, peer).await,
        Role::Be => be_route(&shared, req).await,
    }
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
