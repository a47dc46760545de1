//! BE stream load with `enable_merge_commit: true` (wire spec §5): the body is parsed and
//! appended to the open window of its (db, table, parameters); the window's transaction
//! commits when the window closes. Async requests answer at once, sync requests when the
//! window's transaction is final.

use super::auth;
use super::be_stream_load::{error_url, random_label, resolve_for_load};
use super::body::{self, BodyFailure};
use super::reply::{J, Resp, be_json};
use crate::fault::Action;
use crate::fault::apply::{Forced, too_many_txns_message};
use crate::load::params::{LoadParams, MERGE_KEY_HEADERS, header};
use crate::load::plan::{LoadPlan, PlanOptions};
use crate::load::{BodyReader, NO_DATA_MESSAGE};
use crate::state::Shared;
use crate::txn::DEFAULT_TIMEOUT_SECOND;
use crate::txn::merge::{Window, WindowEnd};
use hyper::body::Incoming;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Validates `merge_commit_interval_ms` and `merge_commit_parallel`.
pub fn merge_params(h: &http::HeaderMap) -> Result<(u64, u64), String> {
    let positive = |name: &str, what: &str| -> Result<u64, String> {
        let v = header(h, name);
        match v.and_then(|v| v.trim().parse::<i64>().ok()) {
            Some(n) if n > 0 => Ok(n as u64),
            _ => Err(format!("Batch write {what} must be set positive, but is {}", v.unwrap_or("null"))),
        }
    };
    Ok((positive("merge_commit_interval_ms", "interval")?, positive("merge_commit_parallel", "parallel")?))
}

#[derive(Debug, Default)]
struct Reply {
    txn_id: i64,
    label: String,
    status: &'static str,
    message: String,
    request_id: String,
    load_bytes: u64,
    load_ms: u64,
    read_ms: u64,
    wait_finish_ms: u64,
    left_ms: u64,
}

/// A merge-commit reply with a status word and message, `TxnId` -1 (a fault's answer).
pub fn failure_reply(request_id: &str, status: &str, message: &str) -> Resp {
    let request_id = if request_id.is_empty() { random_label() } else { request_id.to_string() };
    Reply { txn_id: -1, request_id, message: message.to_string(), ..Reply::default() }.into_resp_with(status)
}

impl Reply {
    fn into_resp(self) -> Resp {
        let status = self.status;
        self.into_resp_with(status)
    }

    fn into_resp_with(self, status: &str) -> Resp {
        be_json(&[
            ("TxnId", J::I(self.txn_id)),
            ("Label", self.label.into()),
            ("Status", status.into()),
            ("Message", self.message.into()),
            ("RequestId", self.request_id.into()),
            ("LoadBytes", self.load_bytes.into()),
            ("LoadTimeMs", self.load_ms.into()),
            ("ReadDataTimeMs", self.read_ms.into()),
            ("PendingTimeMs", 0u64.into()),
            ("WaitPlanTimeMs", 0u64.into()),
            ("WriteDataTimeMs", 0u64.into()),
            ("WaitFinishTimeMs", self.wait_finish_ms.into()),
            ("LeftMergeTimeMs", self.left_ms.into()),
        ])
    }
}

fn java_double(r: f64) -> String {
    if r.fract() == 0.0 && r.abs() < 1e7 { format!("{r:.1}") } else { r.to_string() }
}

/// Handles one merge-commit request.
pub async fn handle(shared: &Arc<Shared>, db: &str, table: &str, req: http::Request<Incoming>) -> Resp {
    let start = Instant::now();
    let headers = req.headers().clone();
    let mut r = Reply {
        txn_id: -1,
        status: "Fail",
        request_id: header(&headers, "label").map(str::to_string).unwrap_or_else(random_label),
        ..Reply::default()
    };
    let fail = |mut r: Reply, msg: String| {
        r.message = msg;
        r.load_ms = start.elapsed().as_millis() as u64;
        r.into_resp()
    };
    let Some(creds) = auth::basic(&headers) else {
        return fail(r, "no valid Basic authorization".into());
    };
    let (interval_ms, _parallel) = match merge_params(&headers) {
        Ok(p) => p,
        Err(m) => return fail(r, m),
    };
    let is_async = header(&headers, "merge_commit_async") == Some("true");
    let params = match LoadParams::from_headers(&headers) {
        Ok(p) => p,
        Err(m) => return fail(r, m),
    };
    let (db_id, tbl) = match resolve_for_load(shared, &creds, db, table) {
        Ok(x) => x,
        Err(m) => return fail(r, m),
    };
    let forced = req.extensions().get::<Forced>().map(|f| f.0.clone());
    if forced == Some(Action::TooManyTxns) {
        return fail(r, too_many_txns_message(db_id));
    }
    let plan = match LoadPlan::new(tbl.clone(), PlanOptions::from_params(&params)) {
        Ok(p) => p,
        Err(m) => return fail(r, m),
    };
    let ratio = params.max_filter_ratio;
    let timeout = params.timeout.unwrap_or(DEFAULT_TIMEOUT_SECOND);
    let reader = BodyReader::new(params, plan, tbl.store.keeps_rows());
    let mut read = body::read(req, reader).await;
    if let (Some(Action::Fail { message, .. }), Ok(ok)) = (&forced, &read) {
        read = Err((BodyFailure::Parse(message.clone()), ok.bytes));
    }
    let mut key = format!("{}\u{1}{}", db.to_ascii_lowercase(), table.to_ascii_lowercase());
    for h in MERGE_KEY_HEADERS {
        key.push('\u{1}');
        key.push_str(header(&headers, h).unwrap_or("\u{2}"));
    }
    let window = {
        let mut windows = shared.windows();
        match windows.get(&key) {
            Some(w) => w,
            None => {
                let label = format!("merge_commit_{}", random_label().replace('-', ""));
                let txn_id = match shared.txns().begin(db_id, db, tbl.clone(), &label, timeout) {
                    Ok(id) => id,
                    Err(_) => {
                        return fail(r, "Failed to begin the merge commit transaction".into());
                    }
                };
                let w = Arc::new(Window::new(txn_id, label, Duration::from_millis(interval_ms), ratio));
                windows.insert(key.clone(), w.clone());
                tokio::spawn(close_window(shared.clone(), key, w.clone()));
                w
            }
        }
    };
    r.txn_id = window.txn_id;
    r.label = window.label.clone();
    r.left_ms = window.left_ms();
    match read {
        Ok(read) => {
            r.load_bytes = read.bytes;
            r.read_ms = read.read_ms;
            window.data().output.append(read.output);
        }
        Err((failure, bytes)) => {
            r.load_bytes = bytes;
            let msg = match failure {
                BodyFailure::Short => "receive body don't equal with body bytes".to_string(),
                BodyFailure::Parse(m) => m,
            };
            window.data().failed.get_or_insert_with(|| msg.clone());
            return fail(r, msg);
        }
    }
    if !is_async {
        let waited = Instant::now();
        let end = window.wait().await;
        r.wait_finish_ms = waited.elapsed().as_millis() as u64;
        if let WindowEnd::Aborted(reason) = end {
            return fail(r, format!("Load is aborted, reason: {reason}"));
        }
    }
    r.status = "Success";
    r.message = "OK".into();
    r.load_ms = start.elapsed().as_millis() as u64;
    r.into_resp()
}

/// Closes a window after its interval and commits or aborts its transaction.
async fn close_window(shared: Arc<Shared>, key: String, w: Arc<Window>) {
    tokio::time::sleep(w.interval).await;
    shared.windows().remove(&key, w.txn_id);
    let (failed, output, ratio) = {
        let mut d = w.data();
        (d.failed.take(), std::mem::take(&mut d.output), d.max_filter_ratio)
    };
    let c = output.counters;
    let reason = if let Some(f) = failed {
        Some(f)
    } else if c.filtered as f64 > (c.filtered + c.loaded) as f64 * ratio {
        let file = shared.error_logs.store(&output.errors);
        Some(format!(
            "There is data quality issue, please check the tracking url for details. Max filter ratio: {}. The tracking url: {}",
            java_double(ratio),
            error_url(&shared, &file)
        ))
    } else if c.loaded == 0 {
        Some(NO_DATA_MESSAGE.to_string())
    } else {
        None
    };
    let end = match reason {
        Some(reason) => {
            shared.txns().abort(w.txn_id, &reason);
            WindowEnd::Aborted(reason)
        }
        None => {
            if shared.txns().commit(w.txn_id, Some(output)) {
                WindowEnd::Visible
            } else {
                let reason = shared.txns().get(w.txn_id).map(|t| t.reason.clone()).unwrap_or_default();
                WindowEnd::Aborted(reason)
            }
        }
    };
    w.finish(end);
}
