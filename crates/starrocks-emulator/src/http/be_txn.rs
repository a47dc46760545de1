//! BE `/api/transaction/{begin,load,prepare,commit,rollback,list}` (wire spec §4.3, §4.5).

use super::auth;
use super::be_stream_load::{error_url, resolve_for_load};
use super::body::{self, BodyFailure};
use super::reply::{J, Resp, be_json, respond};
use crate::fault::Action;
use crate::fault::apply::{Forced, publish_timeout_message, too_many_txns_message};
use crate::load::params::{LoadParams, header, parse_timeout, signature};
use crate::load::plan::{LoadPlan, PlanOptions};
use crate::load::{BodyReader, LoadOutput, verdict};
use crate::state::Shared;
use crate::txn::context::TxnContext;
use crate::txn::{BeginError, DEFAULT_TIMEOUT_SECOND};
use http::StatusCode;
use hyper::body::Incoming;
use std::sync::Arc;
use std::time::Instant;

fn status(status: &str, message: &str) -> Resp {
    be_json(&[("Status", status.into()), ("Message", message.into())])
}

/// Handles one BE transaction operation.
pub async fn handle(shared: &Arc<Shared>, op: &str, req: http::Request<Incoming>) -> Resp {
    let op_lc = op.to_ascii_lowercase();
    let method = req.method().clone();
    match op_lc.as_str() {
        "begin" => begin(shared, &req),
        "load" if method == http::Method::PUT => load(shared, req).await,
        "prepare" => finish(shared, &req, false),
        "commit" => finish(shared, &req, true),
        "rollback" => rollback(shared, &req),
        "list" => list(shared),
        _ => status("INVALID_ARGUMENT", &format!("unsupport transaction operation {op}")),
    }
}

fn begin(shared: &Arc<Shared>, req: &http::Request<Incoming>) -> Resp {
    let start = Instant::now();
    let h = req.headers();
    let Some(label) = header(h, "label").filter(|l| !l.is_empty()) else {
        return status("INVALID_ARGUMENT", "empty label");
    };
    let db = header(h, "db").unwrap_or_default();
    let table = header(h, "table").unwrap_or_default();
    let timeout = match header(h, "timeout").map(|v| v.trim().parse::<u64>()).transpose() {
        Ok(t) => t,
        Err(_) => return status("INVALID_ARGUMENT", "Invalid timeout format"),
    };
    let idle = match header(h, "idle_transaction_timeout").map(|v| v.trim().parse::<u64>()).transpose() {
        Ok(t) => t,
        Err(_) => return status("INVALID_ARGUMENT", "Invalid timeout format"),
    };
    let Some(creds) = auth::basic(h) else {
        return status("INVALID_ARGUMENT", "no valid Basic authorization");
    };
    if shared.contexts().has_label(label) {
        return be_json(&[
            ("Status", "LABEL_ALREADY_EXISTS".into()),
            ("ExistingJobStatus", "".into()),
            ("Message", "".into()),
        ]);
    }
    if let Some(t) = timeout
        && let Err(m) = parse_timeout(&t.to_string())
    {
        return status("ANALYSIS_ERROR", &m);
    }
    let (db_id, tbl) = match resolve_for_load(shared, &creds, db, table) {
        Ok(x) => x,
        Err(m) => return status("ANALYSIS_ERROR", &m),
    };
    if forced(req) == Some(Action::TooManyTxns) {
        return status("ANALYSIS_ERROR", &too_many_txns_message(db_id));
    }
    let txn_id = match shared.txns().begin(db_id, db, tbl, label, timeout.unwrap_or(DEFAULT_TIMEOUT_SECOND)) {
        Ok(id) => id,
        Err(BeginError::LabelExists { existing }) => {
            return be_json(&[
                ("Status", "LABEL_ALREADY_EXISTS".into()),
                ("ExistingJobStatus", existing.into()),
                ("Message", format!("Label [{label}] has already been used.").into()),
            ]);
        }
        Err(BeginError::BadLabel(m)) => return status("INTERNAL_ERROR", &m),
    };
    shared.contexts().insert(TxnContext {
        db: db.to_string(),
        table: table.to_string(),
        label: label.to_string(),
        txn_id,
        signature: None,
        max_filter_ratio: 0.0,
        output: LoadOutput::default(),
        bytes: 0,
        received_ms: 0,
        busy: false,
        aborted: false,
        loads: 0,
        idle_timeout: idle,
        last_activity: Instant::now(),
        began: Instant::now(),
    });
    be_json(&[
        ("Status", "OK".into()),
        ("Message", "".into()),
        ("Label", label.into()),
        ("TxnId", J::I(txn_id)),
        ("BeginTxnTimeMs", (start.elapsed().as_millis() as u64).into()),
    ])
}

async fn load(shared: &Arc<Shared>, req: http::Request<Incoming>) -> Resp {
    let h = req.headers().clone();
    let Some(label) = header(&h, "label").filter(|l| !l.is_empty()).map(str::to_string) else {
        return respond(
            StatusCode::OK,
            None,
            super::reply::pretty(&[("Status", "INVALID_ARGUMENT".into()), ("Message", "Invalid label ".into())], 4),
        );
    };
    let db = header(&h, "db").unwrap_or_default().to_string();
    let table = header(&h, "table").unwrap_or_default().to_string();
    let sig = signature(&h);
    let (txn_id, first) = {
        let mut ctxs = shared.contexts();
        let Some(ctx) = ctxs.find_label(&label) else {
            return status("TXN_NOT_EXISTS", &format!("Transaction with label {label} not exists"));
        };
        if !ctx.db.eq_ignore_ascii_case(&db) {
            return status(
                "INVALID_ARGUMENT",
                &format!("Request database {db} not equal transaction database {}", ctx.db),
            );
        }
        if !ctx.table.eq_ignore_ascii_case(&table) {
            return status(
                "INVALID_ARGUMENT",
                &format!("Request table {table} not equal transaction table {}", ctx.table),
            );
        }
        if ctx.busy {
            return be_json(&[
                ("Status", "TXN_IN_PROCESSING".into()),
                ("Label", label.as_str().into()),
                ("Message", "Transaction is in processing".into()),
            ]);
        }
        if ctx.aborted {
            return status("ABORTED", "current transaction is aborted");
        }
        if let Some(prev) = &ctx.signature
            && *prev != sig
        {
            return status("INTERNAL_ERROR", "load request not equal last.");
        }
        ctx.busy = true;
        ctx.last_activity = Instant::now();
        (ctx.txn_id, ctx.signature.is_none())
    };
    let tbl = shared.txns().get(txn_id).map(|t| t.table.clone());
    let plan_start = Instant::now();
    let prepared = tbl.ok_or_else(|| format!("Transaction with label {label} not exists")).and_then(|tbl| {
        let params = LoadParams::from_headers(&h)?;
        let plan = LoadPlan::new(tbl.clone(), PlanOptions::from_params(&params))?;
        Ok((params, plan, tbl))
    });
    let (params, plan, tbl) = match prepared {
        Ok(x) => x,
        Err(m) => {
            shared.contexts().remove(&db, &label);
            shared.txns().abort(txn_id, &m);
            return status("INTERNAL_ERROR", &m);
        }
    };
    let plan_ms = plan_start.elapsed().as_millis() as u64;
    let ratio = params.max_filter_ratio;
    let reader = BodyReader::new(params, plan, tbl.store.keeps_rows());
    let forced = forced(&req);
    let mut result = body::read(req, reader).await;
    let mut forced_log = None;
    if let (Some(Action::Fail { message, error_log }), Ok(ok)) = (forced, &result) {
        forced_log = Some(error_log);
        result = Err((BodyFailure::Parse(message), ok.bytes));
    }
    let mut ctxs = shared.contexts();
    let Some(ctx) = ctxs.find_label(&label) else {
        return status("ABORTED", "The load is timeout, and will be aborted");
    };
    ctx.busy = false;
    ctx.last_activity = Instant::now();
    match result {
        Ok(read) => {
            if first {
                ctx.signature = Some(sig);
                ctx.max_filter_ratio = ratio;
            }
            ctx.loads += 1;
            ctx.bytes += read.bytes;
            ctx.received_ms += read.read_ms;
            ctx.output.append(read.output);
            be_json(&[
                ("Status", "OK".into()),
                ("Message", "".into()),
                ("Label", label.as_str().into()),
                ("TxnId", J::I(txn_id)),
                ("LoadBytes", read.bytes.into()),
                ("StreamLoadPlanTimeMs", plan_ms.into()),
                ("ReceivedDataTimeMs", read.read_ms.into()),
            ])
        }
        Err((failure, _)) => {
            ctx.aborted = true;
            let msg = match failure {
                BodyFailure::Short => "receive body don't equal with body bytes".to_string(),
                BodyFailure::Parse(m) => m,
            };
            if let Some(log) = forced_log {
                // A failed plan rolls the transaction back: later calls get TXN_NOT_EXISTS.
                ctxs.remove_label(&label);
                drop(ctxs);
                shared.txns().abort(txn_id, &msg);
                return failed_with_log(shared, &msg, &log);
            }
            drop(ctxs);
            shared.txns().abort(txn_id, &msg);
            status("INTERNAL_ERROR", &msg)
        }
    }
}

fn finish(shared: &Arc<Shared>, req: &http::Request<Incoming>, commit: bool) -> Resp {
    let start = Instant::now();
    let h = req.headers();
    let label = header(h, "label").unwrap_or_default().to_string();
    let db = header(h, "db").unwrap_or_default().to_string();
    let prepared_timeout = if commit {
        None
    } else {
        match header(h, "prepared_timeout") {
            Some(v) => match v.trim().parse::<i64>() {
                Ok(n) if n > 0 => Some(n as u64),
                _ => {
                    return status("INVALID_ARGUMENT", &format!("Invalid prepared_timeout: {v}"));
                }
            },
            None => None,
        }
    };
    let ctx = {
        let mut ctxs = shared.contexts();
        let Some(ctx) = ctxs.find_label(&label) else {
            return status("TXN_NOT_EXISTS", &format!("transaction with label {label} not exists"));
        };
        if !ctx.db.eq_ignore_ascii_case(&db) {
            return status("INVALID_ARGUMENT", &format!("request db {db} transaction db {} not match", ctx.db));
        }
        if ctx.busy {
            return be_json(&[
                ("Status", "TXN_IN_PROCESSING".into()),
                ("Label", label.as_str().into()),
                ("Message", "Transaction is in processing".into()),
            ]);
        }
        if ctx.aborted {
            return status("ABORTED", "transaction is aborted");
        }
        ctxs.remove_label(&label).expect("context present")
    };
    let txn_id = ctx.txn_id;
    let forced = forced(req);
    if let Some(Action::Fail { message, error_log }) = &forced {
        shared.txns().abort(txn_id, message);
        return failed_with_log(shared, message, error_log);
    }
    if ctx.loads == 0 {
        let msg = format!("transaction id={}, label={}, db={} hasn't send any data yet", txn_id, ctx.label, ctx.db);
        shared.txns().abort(txn_id, &msg);
        return status("INTERNAL_ERROR", &msg);
    }
    let counters = ctx.output.counters;
    let error_url_value =
        (!ctx.output.errors.is_empty()).then(|| error_url(shared, &shared.error_logs.store(&ctx.output.errors)));
    if let Err(m) = verdict(&counters, ctx.max_filter_ratio) {
        shared.txns().abort(txn_id, &m);
        let mut f: Vec<(&str, J)> = vec![("Status", "INTERNAL_ERROR".into()), ("Message", m.into())];
        if let Some(u) = error_url_value {
            f.push(("ErrorURL", u.into()));
        }
        return be_json(&f);
    }
    let write_start = Instant::now();
    if let (true, Some(Action::PublishTimeout { publish_delay })) = (commit, &forced) {
        if !shared.txns().commit_unpublished(txn_id, Some(ctx.output), *publish_delay) {
            return status("ABORTED", "transaction is aborted");
        }
        return status("PUBLISH_TIMEOUT", &publish_timeout_message(txn_id));
    }
    let ok = if commit {
        shared.txns().commit(txn_id, Some(ctx.output))
    } else {
        let mut txns = shared.txns();
        let running = txns.get(txn_id).is_some_and(|t| t.status == crate::txn::TxnStatus::Prepare);
        if running {
            txns.prepare(txn_id, ctx.output, prepared_timeout);
        }
        running
    };
    if !ok {
        return status("ABORTED", "transaction is aborted");
    }
    let write_ms = write_start.elapsed().as_millis() as u64;
    let mut f: Vec<(&str, J)> = vec![
        ("Status", "OK".into()),
        ("Message", "".into()),
        ("Label", label.as_str().into()),
        ("TxnId", J::I(txn_id)),
        ("NumberTotalRows", counters.total.into()),
        ("NumberLoadedRows", counters.loaded.into()),
        ("NumberFilteredRows", counters.filtered.into()),
        ("NumberUnselectedRows", counters.unselected.into()),
        ("LoadBytes", ctx.bytes.into()),
        ("LoadTimeMs", ((ctx.began.elapsed().as_millis() as u64).max(start.elapsed().as_millis() as u64)).into()),
        ("StreamLoadPlanTimeMs", 0u64.into()),
        ("ReceivedDataTimeMs", ctx.received_ms.into()),
        ("WriteDataTimeMs", write_ms.into()),
        ("CommitAndPublishTimeMs", 0u64.into()),
    ];
    if let Some(u) = error_url_value {
        f.push(("ErrorURL", u.into()));
    }
    be_json(&f)
}

fn forced(req: &http::Request<Incoming>) -> Option<Action> {
    req.extensions().get::<Forced>().map(|f| f.0.clone())
}

/// `INTERNAL_ERROR` with the message, and an `ErrorURL` when there are rejected-row lines.
fn failed_with_log(shared: &Shared, msg: &str, log: &[String]) -> Resp {
    let mut f: Vec<(&str, J)> = vec![("Status", "INTERNAL_ERROR".into()), ("Message", msg.into())];
    if !log.is_empty() {
        f.push(("ErrorURL", error_url(shared, &shared.error_logs.store(log)).into()));
    }
    be_json(&f)
}

fn rollback(shared: &Arc<Shared>, req: &http::Request<Incoming>) -> Resp {
    let h = req.headers();
    let label = header(h, "label").unwrap_or_default().to_string();
    let db = header(h, "db").unwrap_or_default().to_string();
    let ctx = {
        let mut ctxs = shared.contexts();
        let Some(ctx) = ctxs.find_label(&label) else {
            return status("TXN_NOT_EXISTS", &format!("transaction with label {label} not exists"));
        };
        if !ctx.db.eq_ignore_ascii_case(&db) {
            return status("INVALID_ARGUMENT", &format!("request db {db} transaction db {} not match", ctx.db));
        }
        if ctx.busy {
            return be_json(&[
                ("Status", "TXN_IN_PROCESSING".into()),
                ("Label", label.as_str().into()),
                ("Message", "Transaction is in processing".into()),
            ]);
        }
        ctxs.remove_label(&label).expect("context present")
    };
    shared.txns().abort(ctx.txn_id, "User Aborted");
    be_json(&[("Status", "OK".into()), ("Message", "".into()), ("Label", label.as_str().into())])
}

fn list(shared: &Arc<Shared>) -> Resp {
    let labels = shared.contexts().list();
    let mut out = String::new();
    for (db, label, id) in labels {
        out.push_str(&super::reply::pretty(&[("db", db.into()), ("label", label.into()), ("txn_id", J::I(id))], 4));
    }
    respond(StatusCode::OK, Some("application/json"), out)
}
