//! Plain stream load (`PUT /api/{db}/{table}/_stream_load`): V1, and V2 without
//! transactions. One label per body, kept across retries, so StarRocks' label
//! de-duplication makes every retry safe: `Label Already Exists` means an earlier attempt
//! landed, which the label's state confirms, and the body is never loaded twice.

use std::time::Duration;

use http::Method;
use http::header::{HeaderName, HeaderValue};

use crate::body::Payload;
use crate::error::{LoadError, TransportError};
use crate::headers::Headers;
use crate::lookup;
use crate::response::{LabelState, Op, Outcome, Reply, classify};
use crate::retry::RetryPolicy;
use crate::transport::{Request, Transport};

/// What a finished load reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Loaded {
    /// Rows StarRocks loaded (0 when an earlier attempt had loaded them).
    pub rows: u64,
    /// Whether the label turned out to be loaded already.
    pub already_loaded: bool,
    /// Rows StarRocks filtered out (`NumberFilteredRows`).
    pub filtered_rows: u64,
}

/// Sends bodies with plain stream load.
#[derive(Debug, Clone)]
pub struct StreamLoader {
    /// The client.
    pub transport: Transport,
    /// `database-name`.
    pub db: String,
    /// `table-name`.
    pub table: String,
    /// Data headers (without `label`).
    pub headers: Headers,
    /// Wait for `100 Continue`.
    pub expect_continue: Duration,
    /// Retries and pauses.
    pub retry: RetryPolicy,
    /// How long a running label may take before giving up (the load `timeout`).
    pub label_timeout: Duration,
    /// `sink.sanitize-error-log`.
    pub sanitize: bool,
    /// How labels are made (V1 or V2 form).
    pub make_label: fn(Option<&str>) -> String,
    /// `sink.label-prefix`.
    pub label_prefix: Option<String>,
}

enum Answer {
    Reply(Outcome, Option<Box<Reply>>, String),
    Transport(TransportError),
}

impl StreamLoader {
    /// A fresh label.
    pub fn new_label(&self) -> String {
        (self.make_label)(self.label_prefix.as_deref())
    }

    /// Loads `body` under `label` (which changes if StarRocks aborted it).
    pub async fn load(&self, label: &mut String, body: &Payload) -> Result<Loaded, LoadError> {
        let mut retry = 0;
        loop {
            let why = match self.attempt(label, body).await {
                Answer::Reply(Outcome::Success, reply, _) => {
                    return Ok(Loaded {
                        rows: reply.as_ref().and_then(|r| r.loaded_rows).unwrap_or(body.rows),
                        already_loaded: false,
                        filtered_rows: reply.and_then(|r| r.filtered_rows).unwrap_or(0),
                    });
                }
                Answer::Reply(Outcome::AlreadyCommitted | Outcome::CheckLabelState, reply, text) => {
                    let finished = matches!(classify(Op::StreamLoad, 200, reply.as_deref()), Outcome::AlreadyCommitted);
                    match self.settle(label, finished).await? {
                        Some(loaded) => return Ok(loaded),
                        None => format!("label {label} was not loaded: {text}"),
                    }
                }
                Answer::Reply(Outcome::Retry(why), ..) => why,
                Answer::Reply(Outcome::Fail { data_error }, reply, text) => {
                    return Err(self.rejected(label, reply.map(|r| *r), text, data_error).await);
                }
                Answer::Transport(e) => e.to_string(),
            };
            let Some(pause) = self.retry.pause(retry) else {
                return Err(LoadError::RetriesExhausted {
                    op: Op::StreamLoad.name(),
                    label: label.clone(),
                    attempts: retry + 1,
                    last: why,
                });
            };
            tracing::warn!(label = %label, retry, reason = %why, "stream load failed, retrying with the same label");
            tokio::time::sleep(pause).await;
            retry += 1;
        }
    }

    async fn attempt(&self, label: &str, body: &Payload) -> Answer {
        let mut headers = self.headers.clone();
        match HeaderValue::from_str(label) {
            Ok(v) => headers.push((HeaderName::from_static("label"), v)),
            Err(_) => return Answer::Transport(TransportError::BadUrl(format!("label {label}"))),
        }
        let req = Request {
            method: Method::PUT,
            path: format!("/api/{}/{}/_stream_load", self.db, self.table),
            headers,
            body: Some(body.clone()),
            expect_continue: Some(self.expect_continue),
        };
        match self.transport.send(&req, true).await {
            Ok(resp) => {
                let reply = Reply::parse(&resp.body);
                let outcome = classify(Op::StreamLoad, resp.status.as_u16(), reply.as_ref());
                tracing::debug!(label, status = %resp.status, ?outcome, "stream load answered");
                Answer::Reply(outcome, reply.map(Box::new), resp.text())
            }
            Err(e) => Answer::Transport(e),
        }
    }

    /// After `Label Already Exists`: `Some` when the label's data is loaded, `None` when the
    /// body must be sent again (under a new label if the old one was aborted).
    async fn settle(&self, label: &mut String, finished: bool) -> Result<Option<Loaded>, LoadError> {
        let pause = self.retry.base;
        let state = lookup::final_label_state(&self.transport, &self.db, label, pause, self.label_timeout).await;
        let loaded = Some(Loaded { rows: 0, already_loaded: true, filtered_rows: 0 });
        match state {
            Ok((s, _)) if s.is_committed() => {
                tracing::info!(label = %label, state = s.name(), "label already loaded; not loading it again");
                Ok(loaded)
            }
            // The answer said FINISHED; only the lookup failed.
            Err(_) if finished => Ok(loaded),
            Ok((LabelState::Aborted, _)) => {
                // An aborted label may be used again, but a new one (as V1 does) leaves no doubt.
                *label = self.new_label();
                Ok(None)
            }
            Ok((LabelState::Unknown, _)) => Ok(None),
            Ok((s, reason)) => Err(LoadError::LabelState { label: label.clone(), state: s.name().into(), reason }),
            Err(source) => Err(LoadError::Transport { op: "get_load_state", label: label.clone(), source }),
        }
    }

    async fn rejected(&self, label: &str, reply: Option<Reply>, text: String, data_error: bool) -> LoadError {
        let at = lookup::LoadAt { op: Op::StreamLoad.name(), db: &self.db, table: &self.table, label };
        let url = reply.as_ref().and_then(|r| r.error_url.clone());
        lookup::rejected_load(&self.transport, self.sanitize, at, url.as_deref(), reply, text, data_error).await
    }
}
