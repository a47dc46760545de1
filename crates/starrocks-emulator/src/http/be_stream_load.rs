//! BE `PUT /api/{db}/{table}/_stream_load` (wire spec §3): header phase (auth, format,
//! timeout, begin with label check, plan) before the body, then the body, the filter-ratio
//! verdict and the commit.

use super::auth::{self, Credentials};
use super::body::{self, BodyFailure};
use super::reply::{J, Resp, be_json};
use crate::catalog::{CatalogError, Table};
use crate::fault::Action;
use crate::fault::apply::{Forced, publish_timeout_message, too_many_txns_message};
use crate::load::params::{LoadParams, header, merge_commit_enabled, parse_timeout};
use crate::load::plan::{LoadPlan, PlanOptions};
use crate::load::{BodyReader, Counters, verdict};
use crate::state::Shared;
use crate::txn::{BeginError, DEFAULT_TIMEOUT_SECOND};
use hyper::body::Incoming;
use std::sync::Arc;
use std::time::Instant;

/// JSON bodies above this need `ignore_json_size: true`.
pub const MAX_JSON_BYTES: u64 = 104_857_600;

/// The pieces of a plain stream-load reply.
#[derive(Debug, Default)]
struct Reply {
    txn_id: i64,
    label: String,
    status: &'static str,
    existing: Option<&'static str>,
    message: String,
    counters: Counters,
    load_bytes: u64,
    load_ms: u64,
    begin_ms: u64,
    plan_ms: u64,
    read_ms: u64,
    write_ms: u64,
    commit_ms: u64,
    error_url: Option<String>,
}

impl Reply {
    fn into_resp(self) -> Resp {
        let status = self.status;
        self.into_resp_with(status)
    }

    fn into_resp_with(self, status: &str) -> Resp {
        let mut f: Vec<(&str, J)> =
            vec![("TxnId", J::I(self.txn_id)), ("Label", self.label.into()), ("Status", status.into())];
        if let Some(e) = self.existing {
            f.push(("ExistingJobStatus", e.into()));
        }
        f.extend([
            ("Message", J::S(self.message)),
            ("NumberTotalRows", self.counters.total.into()),
            ("NumberLoadedRows", self.counters.loaded.into()),
            ("NumberFilteredRows", self.counters.filtered.into()),
            ("NumberUnselectedRows", self.counters.unselected.into()),
            ("LoadBytes", self.load_bytes.into()),
            ("LoadTimeMs", self.load_ms.into()),
            ("BeginTxnTimeMs", self.begin_ms.into()),
            ("StreamLoadPlanTimeMs", self.plan_ms.into()),
            ("ReadDataTimeMs", self.read_ms.into()),
            ("WriteDataTimeMs", self.write_ms.into()),
            ("CommitAndPublishTimeMs", self.commit_ms.into()),
        ]);
        if let Some(u) = self.error_url {
            f.push(("ErrorURL", u.into()));
        }
        be_json(&f)
    }
}

/// A plain stream-load reply with a status word and message, `TxnId` -1 and zero counters
/// (a fault's answer).
pub fn failure_reply(label: &str, status: &str, message: &str) -> Resp {
    let label = if label.is_empty() { random_label() } else { label.to_string() };
    Reply { txn_id: -1, label, status: "", message: message.to_string(), ..Reply::default() }.into_resp_with(status)
}

/// A fresh label: a random UUID in `8-4-4-4-12` hex form.
pub fn random_label() -> String {
    let a: u128 = rand::random();
    let h = format!("{a:032x}");
    format!("{}-{}-{}-{}-{}", &h[0..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32])
}

/// The error-log URL for a stored log.
pub fn error_url(shared: &Shared, file: &str) -> String {
    let be =
        shared.addrs.get().map(|a| a.be_http).unwrap_or_else(|| std::net::SocketAddr::from(([127, 0, 0, 1], 8040)));
    let host = if be.ip().is_unspecified() { format!("127.0.0.1:{}", be.port()) } else { be.to_string() };
    format!("http://{host}/api/_load_error_log?file={file}")
}

/// Resolves the table and checks credentials as the FE does at begin.
pub fn resolve_for_load(
    shared: &Shared,
    creds: &Credentials,
    db: &str,
    table: &str,
) -> Result<(i64, Arc<Table>), String> {
    if !shared.check_password(&creds.user, &creds.password) {
        return Err(auth::be_access_denied(creds));
    }
    let catalog = shared.catalog();
    let db_id = catalog.database(db).map(|d| d.id).ok_or_else(|| format!("unknown database, database={db}"))?;
    match catalog.table(db, table) {
        Ok(t) => Ok((db_id, t)),
        Err(CatalogError::UnknownTable(..)) => Err(format!("unknown table \"{db}.{table}\"")),
        Err(e) => Err(e.to_string()),
    }
}

/// Handles one plain stream load.
pub async fn handle(shared: &Arc<Shared>, db: &str, table: &str, req: http::Request<Incoming>) -> Resp {
    let start = Instant::now();
    let headers = req.headers().clone();
    let label = header(&headers, "label").map(str::to_string).unwrap_or_else(random_label);
    let mut r = Reply { txn_id: -1, label: label.clone(), status: "Fail", ..Reply::default() };
    let fail = |mut r: Reply, msg: String| {
        r.message = msg;
        r.load_ms = start.elapsed().as_millis() as u64;
        r.into_resp()
    };
    let Some(creds) = auth::basic(&headers) else {
        return fail(r, "no valid Basic authorization".into());
    };
    match merge_commit_enabled(&headers) {
        Ok(true) => return super::be_merge_commit::handle(shared, db, table, req).await,
        Ok(false) => {}
        Err(m) => return fail(r, m),
    }
    let format = header(&headers, "format").map(str::to_ascii_lowercase);
    if let Some(f) = &format
        && !matches!(f.as_str(), "csv" | "json" | "gzip" | "bzip2" | "lz4" | "deflate" | "zstd")
    {
        return fail(r, format!("unknown data format, format={}", header(&headers, "format").unwrap_or_default()));
    }
    let content_length: Option<u64> = header(&headers, "content-length").and_then(|v| v.parse().ok());
    if format.as_deref() == Some("json")
        && !header(&headers, "ignore_json_size").is_some_and(|v| v.eq_ignore_ascii_case("true"))
        && let Some(n) = content_length
        && n > MAX_JSON_BYTES
    {
        return fail(
            r,
            format!(
                "The size of this batch exceed the max size [{MAX_JSON_BYTES}]  of json type data  data [ {n} ]. Set ignore_json_size to skip the check, although it may lead huge memory consuming."
            ),
        );
    }
    let timeout = match header(&headers, "timeout").map(parse_timeout).transpose() {
        Ok(t) => t.unwrap_or(DEFAULT_TIMEOUT_SECOND),
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
    let begin = Instant::now();
    let txn_id = match shared.txns().begin(db_id, db, tbl.clone(), &label, timeout) {
        Ok(id) => id,
        Err(BeginError::LabelExists { existing }) => {
            r.status = "Label Already Exists";
            r.existing = Some(existing);
            return fail(r, format!("Label [{label}] has already been used."));
        }
        Err(BeginError::BadLabel(m)) => return fail(r, m),
    };
    r.txn_id = txn_id;
    r.begin_ms = begin.elapsed().as_millis() as u64;
    let abort = |r: Reply, msg: String| {
        shared.txns().abort(txn_id, &msg);
        fail(r, msg)
    };
    let plan_start = Instant::now();
    let params = match LoadParams::from_headers(&headers) {
        Ok(p) => p,
        Err(m) => return abort(r, m),
    };
    let plan = match LoadPlan::new(tbl.clone(), PlanOptions::from_params(&params)) {
        Ok(p) => p,
        Err(m) => return abort(r, m),
    };
    r.plan_ms = plan_start.elapsed().as_millis() as u64;
    let ratio = params.max_filter_ratio;
    let reader = BodyReader::new(params, plan, tbl.store.keeps_rows());
    let read = match body::read(req, reader).await {
        Ok(read) => read,
        Err((failure, bytes)) => {
            r.load_bytes = bytes;
            let msg = match failure {
                BodyFailure::Short => "receive body don't equal with body bytes".to_string(),
                BodyFailure::Parse(m) => m,
            };
            return abort(r, msg);
        }
    };
    r.load_bytes = read.bytes;
    r.read_ms = read.read_ms;
    if let Some(Action::Fail { message, error_log }) = &forced {
        if !error_log.is_empty() {
            r.error_url = Some(error_url(shared, &shared.error_logs.store(error_log)));
        }
        return abort(r, message.clone());
    }
    r.counters = read.output.counters;
    if !read.output.errors.is_empty() {
        let file = shared.error_logs.store(&read.output.errors);
        r.error_url = Some(error_url(shared, &file));
    }
    if let Err(m) = verdict(&read.output.counters, ratio) {
        return abort(r, m);
    }
    let commit = Instant::now();
    if let Some(Action::PublishTimeout { publish_delay }) = forced {
        if !shared.txns().commit_unpublished(txn_id, Some(read.output), publish_delay) {
            return fail(r, "timeout by txn manager".into());
        }
        r.commit_ms = commit.elapsed().as_millis() as u64;
        r.status = "Publish Timeout";
        r.message = publish_timeout_message(txn_id);
        r.load_ms = start.elapsed().as_millis() as u64;
        return r.into_resp();
    }
    if !shared.txns().commit(txn_id, Some(read.output)) {
        return fail(r, "timeout by txn manager".into());
    }
    r.commit_ms = commit.elapsed().as_millis() as u64;
    r.status = "Success";
    r.message = "OK".into();
    r.load_ms = start.elapsed().as_millis() as u64;
    r.into_resp()
}
