//! Merge commit (`sink.properties.enable_merge_commit = true`; connector spec §5, wire spec
//! §5): every chunk of rows is one `PUT /api/{db}/{table}/_stream_load` with the merge-commit
//! headers, and StarRocks merges the requests of a window (`merge_commit_interval_ms`) into
//! one transaction whose label it makes up (`merge_commit_<uuid>`).
//!
//! * **Chunks**: the loader seals a chunk when it reaches `sink.merge-commit.chunk.size`
//!   bytes (or when its oldest row is `sink.buffer-flush.interval-ms` old, or on `flush`),
//!   and hands it to [`MergeCommitter::submit`].
//! * **Concurrency**: up to `sink.merge-commit.max-concurrent-requests` requests are in
//!   flight (0: one, in order; negative: unlimited). `submit` waits for a free slot, at most
//!   the load `timeout`, then sends the chunk from a task of its own, so the loader goes on
//!   gathering the next chunk. The chunk's bytes stay counted in the sink's memory budget
//!   until its request is finished.
//! * **Sync** (`merge_commit_async = false`): StarRocks answers once the window's
//!   transaction is final, so `Success` means visible.
//! * **Async** (the default, as the connector injects `merge_commit_async: true`): `Success`
//!   only means "appended to the window `Label`". The chunk is confirmed by polling
//!   `get_load_state?label=<Label>`, first after `LeftMergeTimeMs` +
//!   `sink.merge-commit.check-label-state.init-delay-ms`, then every `…interval-ms`, until
//!   `VISIBLE` (or `COMMITTED` that stayed so for the publish timeout, 10 s) or a failure,
//!   for at most `LeftMergeTimeMs` + `…check-label-state.timeout-ms` (the load timeout when
//!   unset). Chunks of one window share one poll.
//! * **Flush** ([`MergeCommitter::drain`]) returns once no request is in flight and every
//!   chunk is confirmed, or with the first failure.
//!
//! **At-least-once.** StarRocks ignores client labels here (the `label` header is only a
//! request id), so nothing de-duplicates a chunk sent twice. A retry (`sink.max-retries`,
//! only when set explicitly; pause `sink.retry.interval-ms` plus a random jitter of up to
//! 2 s, and at most the interval itself) sends the chunk again as a new request under a
//! new request id, and only when StarRocks did not report it loaded:
//!
//! * a chunk whose answer said `Success` (sync) or whose window became visible (async) is
//!   done, never sent again;
//! * a chunk whose window was aborted loaded nothing and is sent again;
//! * a sync `Fail` that names a window is settled by that window's state (a publish timeout
//!   of a committed window is not a failure);
//! * a chunk whose answer was lost (broken connection, socket timeout) is sent again: the
//!   one case that can load its rows twice;
//! * rejected rows are never sent again.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::FutureExt as _;
use futures::future::{BoxFuture, Shared as SharedFuture};
use http::Method;
use http::header::{HeaderName, HeaderValue};
use tokio::sync::{Semaphore, watch};
use tokio::task::AbortHandle;

use crate::body::{Budget, Payload};
use crate::error::LoadError;
use crate::headers::Headers;
use crate::label;
use crate::loader::Shared;
use crate::lookup;
use crate::response::{LabelState, Op, Outcome, Reply, classify};
use crate::transport::{Request, Transport};

/// How long a `COMMITTED` window may stay unpublished before it counts as loaded (the
/// connector's publish timeout under merge commit).
const PUBLISH_TIMEOUT: Duration = Duration::from_secs(10);
/// Most jitter added to a retry pause.
const MAX_JITTER: Duration = Duration::from_secs(2);

/// Settings of a merge-commit client.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The client.
    pub transport: Transport,
    /// `database-name`.
    pub db: String,
    /// `table-name`.
    pub table: String,
    /// Data headers with the merge-commit ones (without `label`).
    pub headers: Headers,
    /// Wait for `100 Continue`.
    pub expect_continue: Duration,
    /// `merge_commit_async`.
    pub is_async: bool,
    /// `sink.merge-commit.max-concurrent-requests` (`None`: unlimited).
    pub max_concurrent: Option<u32>,
    /// Retries of a chunk.
    pub max_retries: u32,
    /// `sink.retry.interval-ms`.
    pub retry_interval: Duration,
    /// The load `timeout`: the longest wait for a free slot, and the default poll deadline.
    pub load_timeout: Duration,
    /// `sink.merge-commit.check-label-state.init-delay-ms`.
    pub poll_init_delay: Duration,
    /// `sink.merge-commit.check-label-state.interval-ms`.
    pub poll_interval: Duration,
    /// `sink.merge-commit.check-label-state.timeout-ms`.
    pub poll_timeout: Option<Duration>,
    /// `sink.sanitize-error-log`.
    pub sanitize: bool,
    /// `sink.blackhole`: count chunks, send nothing.
    pub blackhole: bool,
}

/// How a window ended, as far as its label's state tells.
#[derive(Debug, Clone)]
enum WindowEnd {
    /// VISIBLE, or COMMITTED for longer than the publish timeout.
    Loaded,
    /// ABORTED (with the reason), or UNKNOWN: nothing of it was loaded.
    NotLoaded(LabelState, String),
    /// Still not final at the deadline.
    TimedOut(String),
}

/// What one attempt of a chunk came to.
enum Step {
    Done,
    Retry(String),
    Fail(LoadError),
}

struct Inner {
    s: Settings,
    slots: Arc<Semaphore>,
    budget: Arc<Budget>,
    shared: Arc<Shared>,
    inflight: watch::Sender<usize>,
    failure: Mutex<Option<Arc<LoadError>>>,
    windows: Mutex<HashMap<String, SharedFuture<BoxFuture<'static, WindowEnd>>>>,
}

/// Sends chunks with merge commit (see the module documentation).
pub struct MergeCommitter {
    inner: Arc<Inner>,
    tasks: Mutex<Vec<AbortHandle>>,
}

impl std::fmt::Debug for MergeCommitter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MergeCommitter")
            .field("db", &self.inner.s.db)
            .field("table", &self.inner.s.table)
            .field("async", &self.inner.s.is_async)
            .finish_non_exhaustive()
    }
}

impl Drop for MergeCommitter {
    fn drop(&mut self) {
        if let Ok(tasks) = self.tasks.get_mut() {
            tasks.iter().for_each(AbortHandle::abort);
        }
    }
}

impl MergeCommitter {
    /// A client; chunk bytes in flight are counted in `budget`, failures recorded in `shared`.
    pub fn new(s: Settings, budget: Arc<Budget>, shared: Arc<Shared>) -> Self {
        let permits = s.max_concurrent.map_or(Semaphore::MAX_PERMITS, |n| n.max(1) as usize);
        MergeCommitter {
            inner: Arc::new(Inner {
                s,
                slots: Arc::new(Semaphore::new(permits)),
                budget,
                shared,
                inflight: watch::Sender::new(0),
                failure: Mutex::new(None),
                windows: Mutex::new(HashMap::new()),
            }),
            tasks: Mutex::new(Vec::new()),
        }
    }

    /// Sends `payload` as one request once a slot is free; returns when it is on its way.
    pub async fn submit(&self, payload: &Payload) -> Result<(), Arc<LoadError>> {
        let inner = &self.inner;
        if let Some(e) = inner.failure() {
            return Err(e);
        }
        if inner.s.blackhole {
            return Ok(());
        }
        let permit = match tokio::time::timeout(inner.s.load_timeout, inner.slots.clone().acquire_owned()).await {
            Ok(Ok(p)) => p,
            _ => {
                return Err(Arc::new(LoadError::MergeCommit {
                    db: inner.s.db.clone(),
                    table: inner.s.table.clone(),
                    message: format!(
                        "Flush timeout when waiting inflight requests: {} requests still running after {} ms (the load timeout)",
                        inner.s.max_concurrent.unwrap_or(0),
                        inner.s.load_timeout.as_millis()
                    ),
                }));
            }
        };
        // The whole chunk goes out with a Content-Length, compressed or not.
        let mut body = payload.clone();
        body.chunked = false;
        let held = body.len;
        inner.budget.add(held);
        inner.inflight.send_modify(|n| *n += 1);
        let task_inner = inner.clone();
        let task = tokio::spawn(async move {
            let result = deliver(&task_inner, &body).await;
            drop(permit);
            task_inner.budget.release(held);
            match result {
                Ok(()) => {
                    task_inner.shared.counters.commits.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
                Err(e) => task_inner.record(e),
            }
            task_inner.inflight.send_modify(|n| *n -= 1);
        });
        if let Ok(mut tasks) = self.tasks.lock() {
            tasks.retain(|t| !t.is_finished());
            tasks.push(task.abort_handle());
        }
        Ok(())
    }

    /// Waits until no request is in flight; the first failure of any chunk, if one failed.
    pub async fn drain(&self) -> Result<(), Arc<LoadError>> {
        let mut rx = self.inner.inflight.subscribe();
        let _ = rx.wait_for(|n| *n == 0).await;
        if let Ok(mut w) = self.inner.windows.lock() {
            w.clear();
        }
        match self.inner.failure() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

impl Inner {
    fn failure(&self) -> Option<Arc<LoadError>> {
        self.failure.lock().ok().and_then(|f| f.clone())
    }

    /// Keeps the first failure, and tells the writer at once.
    fn record(&self, e: LoadError) {
        let e = Arc::new(e);
        if let Ok(mut f) = self.failure.lock()
            && f.is_none()
        {
            tracing::error!(error = %e, "merge commit failed");
            *f = Some(e.clone());
        }
        if let Ok(mut f) = self.shared.failure.lock()
            && f.is_none()
        {
            *f = Some(e);
        }
    }

    /// The end of window `label`, polled once however many chunks it holds.
    async fn window_end(self: &Arc<Self>, label: &str, left: Duration) -> WindowEnd {
        let fut = {
            let mut windows = self.windows.lock().expect("window map");
            windows
                .entry(label.to_string())
                .or_insert_with(|| {
                    let inner = self.clone();
                    let label = label.to_string();
                    async move { inner.poll_window(&label, left).await }.boxed().shared()
                })
                .clone()
        };
        fut.await
    }

    async fn poll_window(&self, label: &str, left: Duration) -> WindowEnd {
        let s = &self.s;
        let deadline = Instant::now() + left + s.poll_timeout.unwrap_or(s.load_timeout);
        let mut committed_since: Option<Instant> = None;
        tokio::time::sleep(left + s.poll_init_delay).await;
        loop {
            match lookup::label_state(&s.transport, &s.db, label).await {
                Ok((LabelState::Visible, _)) => return WindowEnd::Loaded,
                Ok((LabelState::Committed, _)) => {
                    let since = *committed_since.get_or_insert_with(Instant::now);
                    if since.elapsed() >= PUBLISH_TIMEOUT {
                        tracing::info!(label, "window committed but not yet visible after the publish timeout");
                        return WindowEnd::Loaded;
                    }
                }
                Ok((LabelState::Aborted, reason)) => return WindowEnd::NotLoaded(LabelState::Aborted, reason),
                // A real UNKNOWN carries no reason; an answer without a state (an FE error)
                // tells nothing about the window, so it is asked again.
                Ok((LabelState::Unknown, reason)) if reason.is_empty() => {
                    return WindowEnd::NotLoaded(LabelState::Unknown, reason);
                }
                Ok((LabelState::Unknown, answer)) => {
                    tracing::warn!(label, answer, "label state poll without a state; polling again")
                }
                Ok((state, _)) => tracing::trace!(label, state = state.name(), "window not final yet"),
                Err(e) => tracing::warn!(label, error = %e, "label state poll failed; polling again"),
            }
            if Instant::now() >= deadline {
                return WindowEnd::TimedOut(format!(
                    "Check label state timeout, label: {label}, timeout: {}ms",
                    (left + s.poll_timeout.unwrap_or(s.load_timeout)).as_millis()
                ));
            }
            tokio::time::sleep(s.poll_interval.max(Duration::from_millis(10))).await;
        }
    }
}

/// Sends one chunk until it is loaded, retries are used up, or it fails for good.
async fn deliver(inner: &Arc<Inner>, body: &Payload) -> Result<(), LoadError> {
    let s = &inner.s;
    let mut retry = 0;
    loop {
        let request_id = label::uuid();
        let why = match attempt(inner, &request_id, body).await {
            Step::Done => return Ok(()),
            Step::Fail(e) => return Err(e),
            Step::Retry(why) => why,
        };
        if retry >= s.max_retries || s.retry_interval.is_zero() {
            return Err(LoadError::RetriesExhausted {
                op: "merge commit",
                label: request_id,
                attempts: retry + 1,
                last: why,
            });
        }
        let jitter_cap = s.retry_interval.min(MAX_JITTER).as_millis() as u64;
        let pause = s.retry_interval + Duration::from_millis(rand::random::<u64>() % jitter_cap.max(1));
        tracing::warn!(request_id, retry, reason = %why, ?pause, "merge commit chunk not loaded; sending it again");
        tokio::time::sleep(pause).await;
        retry += 1;
    }
}

/// One request of a chunk, and what its answer (and its window's state) means.
async fn attempt(inner: &Arc<Inner>, request_id: &str, body: &Payload) -> Step {
    let s = &inner.s;
    let mut headers = s.headers.clone();
    headers
        .push((HeaderName::from_static("label"), HeaderValue::from_str(request_id).expect("a UUID is a header value")));
    let req = Request {
        method: Method::PUT,
        path: format!("/api/{}/{}/_stream_load", s.db, s.table),
        headers,
        body: Some(body.clone()),
        expect_continue: Some(s.expect_continue),
    };
    let resp = match s.transport.send(&req, true).await {
        Ok(r) => r,
        // No answer: the chunk may or may not be in a window (at-least-once).
        Err(e) => return Step::Retry(e.to_string()),
    };
    let text = resp.text();
    let reply = Reply::parse(&resp.body);
    tracing::debug!(request_id, status = %resp.status, answer = %text, "merge commit answered");
    let http = resp.status.as_u16();
    let Some(r) = reply.filter(|_| http == 200) else {
        return match classify(Op::StreamLoad, http, None) {
            Outcome::Retry(why) => Step::Retry(why),
            _ => Step::Fail(rejected(inner, request_id, None, text, false).await),
        };
    };
    let window = r.label.clone().filter(|l| !l.is_empty());
    let accepted = r.status.eq_ignore_ascii_case("Success") || r.status.eq_ignore_ascii_case("Publish Timeout");
    match (accepted, window) {
        (true, Some(_)) if !s.is_async => Step::Done,
        (true, Some(w)) => {
            let left = left_merge_time(&resp.body);
            settle(inner, &w, left, request_id).await
        }
        (true, None) => Step::Retry(format!("accepted without a window label: {text}")),
        // A publish timeout: the window may be committed; its state tells.
        (false, Some(w)) if r.message.to_ascii_lowercase().contains("not been published") => {
            settle(inner, &w, Duration::ZERO, request_id).await
        }
        (false, _) => {
            let data_error = is_data_error(&r);
            if data_error || is_permanent(&r) {
                return Step::Fail(rejected(inner, request_id, Some(r), text, data_error).await);
            }
            match classify(Op::StreamLoad, 200, Some(&r)) {
                Outcome::Fail { data_error } => {
                    Step::Fail(rejected(inner, request_id, Some(r), text, data_error).await)
                }
                _ => Step::Retry(format!("{}: {}", r.status, r.message)),
            }
        }
    }
}

/// Confirms an accepted chunk by its window's state.
async fn settle(inner: &Arc<Inner>, window: &str, left: Duration, request_id: &str) -> Step {
    match inner.window_end(window, left).await {
        WindowEnd::Loaded => Step::Done,
        WindowEnd::NotLoaded(state, reason) => {
            let lower = reason.to_ascii_lowercase();
            if lower.contains("data quality") || lower.contains("too many filtered rows") {
                let rows = lookup::rejected_rows(&inner.s.transport, tracking_url(&reason), inner.s.sanitize).await;
                let reason = match rows {
                    Some(rows) => format!("{reason}\n  rejected rows:\n{rows}"),
                    None => reason,
                };
                return Step::Fail(LoadError::LabelState {
                    label: window.to_string(),
                    state: state.name().into(),
                    reason,
                });
            }
            tracing::warn!(window, request_id, state = state.name(), reason, "merge commit window not loaded");
            Step::Retry(format!(
                "Label {window} is not in final status, current status: {}, reason: {reason}",
                state.name()
            ))
        }
        // Accepted and maybe loaded: sending it again could load it twice.
        WindowEnd::TimedOut(message) => {
            Step::Fail(LoadError::MergeCommit { db: inner.s.db.clone(), table: inner.s.table.clone(), message })
        }
    }
}

fn left_merge_time(body: &[u8]) -> Duration {
    let ms = serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v.get("LeftMergeTimeMs").and_then(serde_json::Value::as_u64))
        .unwrap_or(0);
    Duration::from_millis(ms)
}

/// The tracking URL of an abort reason (`… The tracking url: http://…`).
fn tracking_url(reason: &str) -> Option<&str> {
    let i = reason.find("http://")?;
    Some(reason[i..].split_whitespace().next().unwrap_or_default())
}

fn is_data_error(r: &Reply) -> bool {
    let m = r.message.to_ascii_lowercase();
    m.contains("data quality") || matches!(classify(Op::StreamLoad, 200, Some(r)), Outcome::Fail { data_error: true })
}

/// Parameter errors of merge commit itself (`Batch write … must be set positive`).
fn is_permanent(r: &Reply) -> bool {
    r.message.contains("must be set positive") || r.message.contains("Invalid parameter")
}

async fn rejected(inner: &Inner, request_id: &str, reply: Option<Reply>, text: String, data_error: bool) -> LoadError {
    let url = reply.as_ref().and_then(|r| r.error_url.clone().or_else(|| tracking_url(&r.message).map(str::to_string)));
    let label = reply.as_ref().and_then(|r| r.label.clone()).filter(|l| !l.is_empty());
    let label = label.as_deref().unwrap_or(request_id);
    let at = lookup::LoadAt { op: "merge commit", db: &inner.s.db, table: &inner.s.table, label };
    lookup::rejected_load(&inner.s.transport, inner.s.sanitize, at, url.as_deref(), reply, text, data_error).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_and_reasons() {
        assert_eq!(left_merge_time(br#"{"Status": "Success", "LeftMergeTimeMs": 250}"#), Duration::from_millis(250));
        assert_eq!(left_merge_time(b"nope"), Duration::ZERO);
        let reason = "There is data quality issue, please check the tracking url for details. Max filter ratio: 0.0. The tracking url: http://127.0.0.1:8040/api/_load_error_log?file=e1";
        assert_eq!(tracking_url(reason), Some("http://127.0.0.1:8040/api/_load_error_log?file=e1"));
        let quality =
            Reply { status: "Fail".into(), message: format!("Load is aborted, reason: {reason}"), ..Reply::default() };
        assert!(is_data_error(&quality));
        let parse = Reply { status: "Fail".into(), message: "parse error. too many".into(), ..Reply::default() };
        assert!(is_data_error(&parse));
        let pipe = Reply {
            status: "Fail".into(),
            message: "Failed to write data to stream load pipe, num retry: 10".into(),
            ..Reply::default()
        };
        assert!(!is_data_error(&pipe) && !is_permanent(&pipe));
        let param = Reply {
            status: "FAILED".into(),
            message: "Batch write parallel must be set positive, but is 0".into(),
            ..Reply::default()
        };
        assert!(is_permanent(&param));
    }
}
