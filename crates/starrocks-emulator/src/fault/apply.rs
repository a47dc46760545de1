//! Applying a request fault on the HTTP servers: which kind a request is, and what a fired
//! [`Action`] turns it into (an answer of its own, or the normal handling with a delay, a
//! reset, or a forced outcome the handler acts on).

use super::conn::{BodyLimit, ConnCtl};
use super::{Action, RequestKind};
use crate::http::reply::{self, J, Resp, be_json, close, compact, fe_txn, respond};
use crate::http::{Role, segments};
use crate::load::params::{header, merge_commit_enabled};
use http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use std::time::Duration;

/// FE exception prefix of transaction API failures.
pub const SR_EXC: &str = "class com.starrocks.common.StarRocksException";

/// The outcome a handler must produce, set by a fired fault (a request extension).
#[derive(Debug, Clone, PartialEq)]
pub struct Forced(pub Action);

/// What to do with a request whose fault fired.
#[derive(Debug)]
pub enum Plan {
    /// Answer this instead of handling the request.
    Answer(Resp),
    /// Handle the request normally, then hold the answer back for the delay.
    Run {
        /// Delay before the answer.
        delay: Option<Duration>,
    },
}

/// The kind of an HTTP request, if faults can target it.
pub fn classify(role: Role, method: &Method, uri: &Uri, headers: &HeaderMap) -> Option<RequestKind> {
    let segs = segments(uri.path());
    let segs: Vec<&str> = segs.iter().map(String::as_str).collect();
    match (method.as_str(), segs.as_slice()) {
        ("PUT", ["api", _, _, "_stream_load"]) => Some(if merge_commit_enabled(headers) == Ok(true) {
            RequestKind::MergeCommit
        } else {
            RequestKind::StreamLoad
        }),
        ("PUT" | "POST", ["api", "transaction", op]) => match op.to_ascii_lowercase().as_str() {
            "begin" => Some(RequestKind::TxnBegin),
            "load" => Some(RequestKind::TxnLoad),
            "prepare" => Some(RequestKind::TxnPrepare),
            "commit" => Some(RequestKind::TxnCommit),
            "rollback" => Some(RequestKind::TxnRollback),
            _ => None,
        },
        ("GET", ["api", _, "get_load_state"]) if role != Role::Be => Some(RequestKind::LoadState),
        _ => None,
    }
}

/// Whether a `Fail` of this kind on this role has side effects (begins, reads, aborts).
fn fail_has_effects(role: Role, kind: RequestKind) -> bool {
    role == Role::Be
        && matches!(
            kind,
            RequestKind::StreamLoad
                | RequestKind::MergeCommit
                | RequestKind::TxnLoad
                | RequestKind::TxnPrepare
                | RequestKind::TxnCommit
        )
}

/// The status word a failure of this kind has on this role.
pub fn failure_word(role: Role, kind: RequestKind) -> &'static str {
    match (role, kind) {
        (Role::Be, RequestKind::StreamLoad | RequestKind::MergeCommit) => "Fail",
        (Role::Be, _) => "INTERNAL_ERROR",
        (Role::Fe(_), _) => "FAILED",
    }
}

/// The message of an FE failure: FE exceptions carry their Java class.
fn fe_message(kind: RequestKind, message: &str) -> String {
    match kind {
        RequestKind::StreamLoad | RequestKind::MergeCommit => {
            format!("class com.starrocks.common.DdlException: {message}")
        }
        RequestKind::LoadState => message.to_string(),
        _ => format!("{SR_EXC}: {message}"),
    }
}

/// The node's JSON answer with a status word and message, for a request of `kind`.
pub fn envelope(role: Role, kind: RequestKind, status: &str, message: &str, headers: &HeaderMap) -> Resp {
    let label = header(headers, "label").unwrap_or_default();
    match (role, kind) {
        (Role::Be, RequestKind::StreamLoad) => crate::http::stream_load_failure(label, status, message),
        (Role::Be, RequestKind::MergeCommit) => crate::http::merge_commit_failure(label, status, message),
        (Role::Be, _) if status == "TXN_IN_PROCESSING" => {
            be_json(&[("Status", status.into()), ("Label", label.into()), ("Message", message.into())])
        }
        (Role::Be, _) => be_json(&[("Status", status.into()), ("Message", message.into())]),
        (Role::Fe(_), RequestKind::LoadState) => respond(
            StatusCode::OK,
            Some("application/json; charset=UTF-8"),
            compact(&[
                ("status", status.into()),
                ("code", "1".into()),
                ("msg", message.into()),
                ("message", message.into()),
            ]),
        ),
        (Role::Fe(_), RequestKind::StreamLoad | RequestKind::MergeCommit) => {
            close(fe_txn(&[("Status", status.into()), ("Message", message.into())]))
        }
        (Role::Fe(_), _) => fe_txn(&[("Status", status.into()), ("Message", J::S(message.to_string()))]),
    }
}

/// Turns a fired action into a plan; forced outcomes and body limits go into `extensions`,
/// a reset is armed on `ctl`.
pub fn plan(
    role: Role,
    kind: RequestKind,
    action: Action,
    headers: &HeaderMap,
    extensions: &mut http::Extensions,
    ctl: &ConnCtl,
) -> Plan {
    match action {
        Action::HttpStatus { status, content_type, body } => {
            let code = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let mut r = reply::respond(code, None, body);
            if let Ok(v) = HeaderValue::from_str(&content_type) {
                r.headers_mut().insert(http::header::CONTENT_TYPE, v);
            }
            Plan::Answer(r)
        }
        Action::Status { status, message } => Plan::Answer(envelope(role, kind, &status, &message, headers)),
        Action::MysqlError { message, .. } => {
            Plan::Answer(envelope(role, kind, failure_word(role, kind), &message, headers))
        }
        Action::Delay { delay } => Plan::Run { delay: Some(delay) },
        Action::Reset { after_body_bytes } => {
            ctl.arm();
            extensions.insert(BodyLimit(after_body_bytes));
            Plan::Run { delay: None }
        }
        Action::Fail { message, .. } if !fail_has_effects(role, kind) => {
            let message = if role == Role::Be { message } else { fe_message(kind, &message) };
            Plan::Answer(envelope(role, kind, failure_word(role, kind), &message, headers))
        }
        forced @ (Action::Fail { .. } | Action::PublishTimeout { .. } | Action::TooManyTxns) => {
            extensions.insert(Forced(forced));
            Plan::Run { delay: None }
        }
    }
}

/// The message of a refused begin (wire spec §3.6, FE `max_running_txn_num_per_db`).
pub fn too_many_txns_message(db_id: i64) -> String {
    format!("current running txns on db {db_id} is 1000, larger than limit 1000")
}

/// The message of a publish timeout reported by the BE (wire spec §3.5).
pub fn publish_timeout_message(txn_id: i64) -> String {
    format!("Publish timeout. The data will be visible after a while, txn_id: {txn_id}")
}
