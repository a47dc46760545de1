//! The FE HTTP server (wire spec §2, §3.2, §3.8, §4.2, §4.4): authentication, 307
//! redirects to the BE without reading bodies, FE-side commit/rollback of prepared
//! transactions, label state and cancel.

use super::Role;
use super::auth;
use super::reply::{self, J, Resp, close, compact, fe_txn, not_found, respond, rest_failed};
use super::{query_param, segments};
use crate::fault::apply::{Forced, Plan, SR_EXC, plan};
use crate::fault::conn::ConnCtl;
use crate::fault::{Action, Node, Phase, RequestKind};
use crate::load::params::header;
use crate::state::Shared;
use crate::txn::TxnStatus;
use http::{HeaderValue, StatusCode, Version, header as h};
use http_body_util::BodyExt;
use hyper::body::Incoming;
use std::net::SocketAddr;
use std::sync::Arc;

const DDL_EXC: &str = "class com.starrocks.common.DdlException";

/// Handles one FE request (FE `fe` of the emulator).
pub async fn handle(
    shared: &Arc<Shared>,
    req: http::Request<Incoming>,
    peer: SocketAddr,
    fe: u16,
    ctl: &ConnCtl,
) -> Resp {
    let segs = segments(req.uri().path());
    let method = req.method().as_str().to_string();
    let route = match (method.as_str(), segs.iter().map(String::as_str).collect::<Vec<_>>().as_slice()) {
        ("PUT", ["api", _, _, "_stream_load"]) => Route::StreamLoad,
        ("PUT" | "POST", ["api", "transaction", _]) => Route::Txn,
        ("GET", ["api", _, "get_load_state"]) => Route::LoadState,
        ("POST", ["api", _, _, "_cancel"]) => Route::Cancel,
        _ => return not_found(),
    };
    if let Err(r) = authenticate(shared, req.headers(), peer) {
        return *r;
    }
    match route {
        Route::StreamLoad => stream_load(shared, &req),
        Route::Txn => txn(shared, req, &segs[2], fe, ctl).await,
        Route::LoadState => load_state(shared, &req, &segs[1]),
        Route::Cancel => cancel(shared, &req, &segs[1]),
    }
}

enum Route {
    StreamLoad,
    Txn,
    LoadState,
    Cancel,
}

fn unauthorized(msg: &str) -> Resp {
    let mut r = respond(
        StatusCode::UNAUTHORIZED,
        Some("text/html"),
        compact(&[("status", "FAILED".into()), ("code", "1".into()), ("msg", msg.into()), ("message", msg.into())]),
    );
    r.headers_mut().insert(h::WWW_AUTHENTICATE, HeaderValue::from_static("Basic realm=\"\""));
    r
}

fn authenticate(shared: &Shared, headers: &http::HeaderMap, peer: SocketAddr) -> Result<(), Box<Resp>> {
    let Some(c) = auth::basic(headers) else {
        return Err(Box::new(unauthorized("Need auth information.")));
    };
    if !shared.check_password(&c.user, &c.password) {
        return Err(Box::new(unauthorized(&format!("Access denied for {}@{}", c.user, peer.ip()))));
    }
    Ok(())
}

fn redirect(shared: &Shared, req: &http::Request<Incoming>) -> Resp {
    let be = shared.addrs.get().map(|a| a.be_http).unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8040)));
    let host = if be.ip().is_unspecified() {
        header(req.headers(), "host")
            .map(|hv| hv.rsplit_once(':').map_or(hv, |(hh, _)| hh).to_string())
            .unwrap_or_else(|| "127.0.0.1".into())
    } else {
        be.ip().to_string()
    };
    let pq = req.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| req.uri().path().to_string());
    let mut r = respond(StatusCode::TEMPORARY_REDIRECT, Some("text/html"), String::new());
    if let Ok(v) = HeaderValue::from_str(&format!("http://{host}:{}{pq}", be.port())) {
        r.headers_mut().insert(h::LOCATION, v);
    }
    r
}

fn fe_failed(msg: String) -> Resp {
    fe_txn(&[("Status", "FAILED".into()), ("Message", msg.into())])
}

fn stream_load(shared: &Shared, req: &http::Request<Incoming>) -> Resp {
    let needs_expect = req.version() >= Version::HTTP_11;
    let has_expect = header(req.headers(), "expect").is_some_and(|v| v.eq_ignore_ascii_case("100-continue"));
    if needs_expect && !has_expect {
        return close(fe_failed(format!("{DDL_EXC}: There is no 100-continue header")));
    }
    let merge = crate::load::params::merge_commit_enabled(req.headers())
        .and_then(|on| if on { super::be_merge_commit::merge_params(req.headers()).map(|_| ()) } else { Ok(()) });
    if let Err(m) = merge {
        return close(respond(
            StatusCode::OK,
            Some("application/json; charset=UTF-8"),
            compact(&[
                ("status", "FAILED".into()),
                ("code", "INVALID_ARGUMENT".into()),
                ("msg", m.as_str().into()),
                ("message", m.as_str().into()),
            ]),
        ));
    }
    close(redirect(shared, req))
}

fn four_keys(label: &str, status: &str, txn_id: i64, message: &str) -> Resp {
    fe_txn(&[("Label", label.into()), ("Status", status.into()), ("TxnId", J::I(txn_id)), ("Message", message.into())])
}

async fn txn(shared: &Arc<Shared>, mut req: http::Request<Incoming>, op: &str, fe: u16, ctl: &ConnCtl) -> Resp {
    let hd = req.headers();
    let Some(db) = header(hd, "db").filter(|d| !d.trim().is_empty()).map(str::to_string) else {
        return fe_failed(format!("{SR_EXC}: No database selected."));
    };
    let Some(label) = header(hd, "label").filter(|d| !d.trim().is_empty()).map(str::to_string) else {
        return fe_failed(format!("{SR_EXC}: Empty label."));
    };
    let op = op.to_ascii_lowercase();
    if !matches!(op.as_str(), "begin" | "load" | "prepare" | "commit" | "rollback") {
        return fe_failed(format!("{SR_EXC}: Unknown transaction operation: {op}"));
    }
    for key in ["timeout", "prepared_timeout"] {
        if let Some(v) = header(hd, key)
            && v.parse::<i64>().is_err()
        {
            return fe_failed(format!("class java.lang.NumberFormatException: For input string: \"{v}\""));
        }
    }
    if op == "load" {
        if shared.has_route(&label) || label_known(shared, &db, &label) {
            return redirect(shared, &req);
        }
        return fe_failed(format!(
            "{SR_EXC}: Can't find the transaction with db [{db}] and label[{label}]. The possible reasons: 1. FE leader is started or switched; 2. The transaction timeouts and is cleaned."
        ));
    }
    if op == "begin" {
        shared.remember_route(&label);
        return redirect(shared, &req);
    }
    let redirect_resp = redirect(shared, &req);
    let headers = req.headers().clone();
    let commit_timeout_ms =
        header(&headers, "timeout").and_then(|v| v.parse::<i64>().ok()).map_or(20_000, |s| s * 1000);
    let mut ext = std::mem::take(req.extensions_mut());
    let body = req.into_body().collect().await.map(|b| b.to_bytes()).unwrap_or_default();
    if !body.iter().all(u8::is_ascii_whitespace) && serde_json::from_slice::<serde_json::Value>(&body).is_err() {
        return respond(
            StatusCode::BAD_REQUEST,
            Some("text/html"),
            format!("Malformed json tablets, label is {label}"),
        );
    }
    let db_id = match shared.catalog().database(&db) {
        Some(d) => d.id,
        None if shared.has_route(&label) => return redirect_resp,
        None => return fe_failed(format!("{SR_EXC}: Database[{db}] does not exist.")),
    };
    let state = shared.txns().by_label(db_id, &label).map(|t| (t.id, t.status));
    let Some((id, status)) = state else {
        if shared.has_route(&label) {
            return redirect_resp;
        }
        return fe_failed(format!("{SR_EXC}: No transaction found with db[{db}] and label[{label}]"));
    };
    if matches!((op.as_str(), status), ("prepare", _) | (_, TxnStatus::Prepare)) {
        return redirect_resp;
    }
    // The FE answers by itself from here on: faults aimed at the answering node apply.
    let kind = if op == "commit" { RequestKind::TxnCommit } else { RequestKind::TxnRollback };
    let mut delay = None;
    if let Some(action) = shared.faults.check(kind, Node::Fe(fe), Phase::Answer) {
        match plan(Role::Fe(fe), kind, action, &headers, &mut ext, ctl) {
            Plan::Answer(r) => return r,
            Plan::Run { delay: d } => delay = d,
        }
    }
    let publish_timeout = match ext.get::<Forced>() {
        Some(Forced(Action::PublishTimeout { publish_delay })) if op == "commit" => Some(*publish_delay),
        _ => None,
    };
    let resp = match (op.as_str(), status) {
        ("commit", TxnStatus::Prepared) => match publish_timeout {
            Some(d) if shared.txns().commit_unpublished(id, None, d) => fe_publish_timeout(commit_timeout_ms, id),
            Some(_) => fe_failed(format!("{SR_EXC}: Can not commit ABORTED transaction {id}, label is {label}")),
            None if shared.txns().commit(id, None) => four_keys(&label, "OK", id, ""),
            None => fe_failed(format!("{SR_EXC}: Can not commit ABORTED transaction {id}, label is {label}")),
        },
        ("commit", TxnStatus::Committed | TxnStatus::Visible) if publish_timeout.is_some() => {
            fe_publish_timeout(commit_timeout_ms, id)
        }
        ("commit", TxnStatus::Committed | TxnStatus::Visible) => {
            four_keys(&label, "OK", id, &format!("Transaction {id} has already committed, label is {label}"))
        }
        ("commit", _) => fe_failed(format!("{SR_EXC}: Can not commit ABORTED transaction {id}, label is {label}")),
        ("rollback", TxnStatus::Prepared) => {
            shared.txns().abort(id, "User Aborted");
            four_keys(&label, "OK", id, "")
        }
        ("rollback", TxnStatus::Aborted) => {
            four_keys(&label, "OK", id, &format!("Transaction {id} has already aborted, label is {label}"))
        }
        (_, s) => fe_failed(format!("{SR_EXC}: Can not abort {} transaction {id}, label is {label}", s.name())),
    };
    if let Some(d) = delay {
        tokio::time::sleep(d).await;
    }
    resp
}

/// The FE's answer when publish outlasts the commit's `timeout` (wire spec §4.4): FAILED,
/// although the transaction is COMMITTED.
fn fe_publish_timeout(timeout_ms: i64, id: i64) -> Resp {
    fe_failed(format!("{SR_EXC}: publish timeout: {timeout_ms}, transactionId={id}"))
}

fn label_known(shared: &Shared, db: &str, label: &str) -> bool {
    let Some(db_id) = shared.catalog().database(db).map(|d| d.id) else {
        return false;
    };
    shared.txns().by_label(db_id, label).is_some()
}

fn load_state(shared: &Shared, req: &http::Request<Incoming>, db: &str) -> Resp {
    let Some(label) = query_param(req.uri().query(), "label").filter(|l| !l.is_empty()) else {
        return rest_failed("No label selected.");
    };
    let Some(db_id) = shared.catalog().database(db).map(|d| d.id) else {
        return rest_failed(&format!("unknown database, database={db}"));
    };
    let state = shared.txns().by_label(db_id, &label).map(|t| (t.status.name(), t.reason.clone()));
    let mut f: Vec<(&str, J)> = Vec::new();
    match state {
        Some((name, reason)) => {
            f.push(("state", name.into()));
            f.push(("reason", reason.into()));
        }
        None => f.push(("state", "UNKNOWN".into())),
    }
    f.extend([("status", "OK".into()), ("code", "0".into()), ("msg", "Success".into()), ("message", "OK".into())]);
    respond(StatusCode::OK, Some("application/json; charset=UTF-8"), compact(&f))
}

fn cancel(shared: &Shared, req: &http::Request<Incoming>, db: &str) -> Resp {
    let Some(label) = query_param(req.uri().query(), "label").filter(|l| !l.is_empty()) else {
        return rest_failed("No label selected.");
    };
    let Some(db_id) = shared.catalog().database(db).map(|d| d.id) else {
        return rest_failed(&format!("unknown database, database={db}"));
    };
    let id = shared.txns().by_label(db_id, &label).map(|t| (t.id, t.status));
    match id {
        Some((id, TxnStatus::Prepare | TxnStatus::Prepared)) => {
            shared.contexts().remove(db, &label);
            shared.txns().abort(id, "user cancel");
            reply::respond(
                StatusCode::OK,
                Some("application/json; charset=UTF-8"),
                compact(&[
                    ("status", "OK".into()),
                    ("code", "0".into()),
                    ("msg", "Success".into()),
                    ("message", "OK".into()),
                ]),
            )
        }
        Some((id, s)) => {
            rest_failed(&format!("Transaction {id} with label {label} is {}, can not be cancelled", s.name()))
        }
        None => rest_failed(&format!("No transaction found by label {label}")),
    }
}
