//! Transaction stream load (V2, wire spec §4): an explicit state machine
//! `begin → load* → prepare → commit`, or `rollback`. Every load of a transaction carries
//! the same headers (StarRocks refuses a load whose headers differ from the first one), and
//! a transaction is only begun when there is a body to load, so no load is ever empty.
//!
//! Answers that leave the transaction intact (`TXN_IN_PROCESSING`, a busy FE, a connection
//! refused before anything was sent) are retried, up to `sink.max-retries` times. A commit
//! or prepare whose answer is unclear is settled by the label's state. A load is never sent
//! twice, since StarRocks would append it twice.

use std::sync::Arc;
use std::time::Duration;

use http::Method;
use http::header::{HeaderName, HeaderValue};

use crate::body::Payload;
use crate::error::LoadError;
use crate::headers::Headers;
use crate::lookup;
use crate::response::{LabelState, Op, Outcome, Reply, classify};
use crate::retry::RetryPolicy;
use crate::transport::{Request, Transport};

/// Where a transaction stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TxnState {
    /// Begun; loads may follow.
    Open,
    /// Prepared; waiting for commit.
    Prepared,
    /// Committed (visible, or about to be).
    Committed,
    /// Rolled back.
    RolledBack,
}

/// Sends the steps of transactions for one table.
#[derive(Debug, Clone)]
pub struct TxnClient {
    inner: Arc<Settings>,
}

/// What every transaction of a sink shares.
#[derive(Debug)]
pub struct Settings {
    /// The client.
    pub transport: Transport,
    /// `database-name`.
    pub db: String,
    /// `table-name`.
    pub table: String,
    /// Headers of every load (without `label`, `db`, `table` order aside).
    pub load_headers: Headers,
    /// Headers of begin (`timeout`, `warehouse`).
    pub begin_headers: Headers,
    /// Headers of prepare (`prepared_timeout`).
    pub prepare_headers: Headers,
    /// Wait for `100 Continue` on loads.
    pub expect_continue: Duration,
    /// Retries of transient answers.
    pub retry: RetryPolicy,
    /// `sink.sanitize-error-log`.
    pub sanitize: bool,
}

/// An open transaction. Consumed by `commit` and `rollback`.
#[derive(Debug)]
pub struct Transaction {
    client: TxnClient,
    label: String,
    state: TxnState,
    loads: u32,
    rows: u64,
    filtered_rows: u64,
}

impl TxnClient {
    /// A client with these settings.
    pub fn new(settings: Settings) -> Self {
        TxnClient { inner: Arc::new(settings) }
    }

    /// The retry policy of every step.
    pub fn retry(&self) -> RetryPolicy {
        self.inner.retry
    }

    /// `POST /api/transaction/begin` with a new label.
    pub async fn begin(&self, label: String) -> Result<Transaction, LoadError> {
        let s = &self.inner;
        let mut headers = s.begin_headers.clone();
        headers.extend(self.ids(&label));
        self.call(Op::Begin, &label, headers, Some(Payload::default()), None).await?;
        tracing::debug!(label = %label, "transaction begun");
        Ok(Transaction { client: self.clone(), label, state: TxnState::Open, loads: 0, rows: 0, filtered_rows: 0 })
    }

    /// `begin` of a label that may be in use already (exactly-once labels come from a
    /// counter): `None` when StarRocks answers that it knows the label, whatever its state;
    /// such a transaction is never joined.
    pub async fn begin_unused(&self, label: String) -> Result<Option<Transaction>, LoadError> {
        let mut headers = self.inner.begin_headers.clone();
        headers.extend(self.ids(&label));
        let reply = self.call(Op::Begin, &label, headers, Some(Payload::default()), None).await?;
        if reply.is_some_and(|r| r.status.replace(' ', "_").eq_ignore_ascii_case("LABEL_ALREADY_EXISTS")) {
            return Ok(None);
        }
        tracing::debug!(label = %label, "transaction begun");
        Ok(Some(Transaction {
            client: self.clone(),
            label,
            state: TxnState::Open,
            loads: 0,
            rows: 0,
            filtered_rows: 0,
        }))
    }

    /// A transaction begun earlier, by this process or by an earlier one, known by its
    /// label: a prepared one to commit, or a lingering one to roll back.
    pub fn resume(&self, label: String, state: TxnState) -> Transaction {
        Transaction { client: self.clone(), label, state, loads: 0, rows: 0, filtered_rows: 0 }
    }

    /// The state of `label` (`GET /api/{db}/get_load_state`).
    pub async fn label_state(&self, label: &str) -> Result<LabelState, LoadError> {
        let (state, _) = lookup::label_state(&self.inner.transport, &self.inner.db, label)
            .await
            .map_err(|source| LoadError::Transport { op: "get_load_state", label: label.to_string(), source })?;
        Ok(state)
    }

    /// `database-name`.
    pub fn db(&self) -> &str {
        &self.inner.db
    }

    /// `table-name`.
    pub fn table(&self) -> &str {
        &self.inner.table
    }

    /// `label`, `db`, `table` (in that order).
    fn ids(&self, label: &str) -> Headers {
        let v = |s: &str| HeaderValue::from_str(s).unwrap_or_else(|_| HeaderValue::from_static("invalid"));
        vec![
            (HeaderName::from_static("label"), v(label)),
            (HeaderName::from_static("db"), v(&self.inner.db)),
            (HeaderName::from_static("table"), v(&self.inner.table)),
        ]
    }

    /// Sends one step, retrying transient answers; returns the answer that ended it.
    async fn call(
        &self,
        op: Op,
        label: &str,
        headers: Headers,
        body: Option<Payload>,
        expect: Option<Duration>,
    ) -> Result<Option<Reply>, LoadError> {
        let s = &self.inner;
        let req = Request {
            method: if op == Op::Load { Method::PUT } else { Method::POST },
            path: format!("/api/transaction/{}", op.name()),
            headers,
            body,
            expect_continue: expect,
        };
        let mut retry = 0;
        loop {
            let why = match s.transport.send(&req, true).await {
                Ok(resp) => {
                    let reply = Reply::parse(&resp.body);
                    let outcome = classify(op, resp.status.as_u16(), reply.as_ref());
                    tracing::debug!(label, op = op.name(), status = %resp.status, ?outcome, "transaction step answered");
                    match outcome {
                        Outcome::Success | Outcome::AlreadyCommitted => return Ok(reply),
                        Outcome::CheckLabelState => match self.settle(op, label).await? {
                            None => return Ok(reply),
                            Some(why) => why,
                        },
                        Outcome::Retry(why) => why,
                        Outcome::Fail { data_error } => {
                            return Err(self.rejected(op, label, reply, resp.text(), data_error).await);
                        }
                    }
                }
                Err(e) if e.nothing_sent() || op == Op::Begin => e.to_string(),
                Err(e) if matches!(op, Op::Prepare | Op::Commit) => match self.settle(op, label).await? {
                    None => return Ok(None),
                    Some(_) => e.to_string(),
                },
                Err(source) => return Err(LoadError::Transport { op: op.name(), label: label.to_string(), source }),
            };
            let Some(pause) = s.retry.pause(retry) else {
                return Err(LoadError::RetriesExhausted {
                    op: op.name(),
                    label: label.to_string(),
                    attempts: retry + 1,
                    last: why,
                });
            };
            tracing::warn!(label, op = op.name(), retry, reason = %why, "transaction step failed, retrying");
            tokio::time::sleep(pause).await;
            retry += 1;
        }
    }

    /// Settles an unclear prepare or commit from the label's state: `None` when the step is
    /// done, `Some(why)` when it should be sent again.
    async fn settle(&self, op: Op, label: &str) -> Result<Option<String>, LoadError> {
        let s = &self.inner;
        let (state, reason) = lookup::label_state(&s.transport, &s.db, label)
            .await
            .map_err(|source| LoadError::Transport { op: "get_load_state", label: label.to_string(), source })?;
        match (op, state) {
            (_, st) if st.is_committed() => Ok(None),
            (Op::Prepare, LabelState::Prepared) => Ok(None),
            (Op::Prepare | Op::Commit, LabelState::Prepare | LabelState::Prepared) => {
                Ok(Some(format!("label is {}", state.name())))
            }
            _ => Err(LoadError::LabelState {
                label: label.to_string(),
                state: state.name().into(),
                reason: if matches!(state, LabelState::Unknown | LabelState::Aborted) && reason.is_empty() {
                    "the transaction probably timed out (sink.properties.timeout / prepared_timeout)".into()
                } else {
                    reason
                },
            }),
        }
    }

    async fn rejected(&self, op: Op, label: &str, reply: Option<Reply>, text: String, data_error: bool) -> LoadError {
        let s = &self.inner;
        let at = lookup::LoadAt { op: op.name(), db: &s.db, table: &s.table, label };
        let url = reply.as_ref().and_then(|r| r.error_url.clone());
        lookup::rejected_load(&s.transport, s.sanitize, at, url.as_deref(), reply, text, data_error).await
    }
}

impl Transaction {
    /// The label.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// Rows StarRocks filtered out (`NumberFilteredRows` of the prepare or commit answer).
    pub fn filtered_rows(&self) -> u64 {
        self.filtered_rows
    }

    /// Prepare and commit answers carry the transaction's totals.
    fn note_filtered(&mut self, reply: Option<&Reply>) {
        if let Some(n) = reply.and_then(|r| r.filtered_rows) {
            self.filtered_rows = n;
        }
    }

    /// Loads StarRocks acknowledged so far.
    pub fn loads(&self) -> u32 {
        self.loads
    }

    /// `PUT /api/transaction/load` of a non-empty body.
    pub async fn load(&mut self, body: &Payload) -> Result<(), LoadError> {
        debug_assert!(self.state == TxnState::Open && body.rows > 0, "loads go into open transactions, never empty");
        let c = &self.client;
        let mut headers = c.inner.load_headers.clone();
        headers.extend(c.ids(&self.label).into_iter().take(1));
        c.call(Op::Load, &self.label, headers, Some(body.clone()), Some(c.inner.expect_continue)).await?;
        self.loads += 1;
        self.rows += body.rows;
        Ok(())
    }

    /// `POST /api/transaction/prepare`.
    pub async fn prepare(&mut self) -> Result<(), LoadError> {
        let c = &self.client;
        let mut headers = c.inner.prepare_headers.clone();
        headers.extend(c.ids(&self.label));
        let reply = c.call(Op::Prepare, &self.label, headers, Some(Payload::default()), None).await?;
        self.note_filtered(reply.as_ref());
        self.state = TxnState::Prepared;
        Ok(())
    }

    /// `POST /api/transaction/commit` (prepares first if needed). After a failure the
    /// transaction can still be rolled back.
    pub async fn commit(&mut self) -> Result<TxnState, LoadError> {
        if self.state == TxnState::Open {
            self.prepare().await?;
        }
        let c = &self.client;
        let reply = c.call(Op::Commit, &self.label, c.ids(&self.label), Some(Payload::default()), None).await?;
        self.note_filtered(reply.as_ref());
        tracing::debug!(label = %self.label, rows = self.rows, loads = self.loads, "transaction committed");
        self.state = TxnState::Committed;
        Ok(TxnState::Committed)
    }

    /// `POST /api/transaction/rollback`.
    pub async fn rollback(self) -> Result<TxnState, LoadError> {
        let c = &self.client;
        c.call(Op::Rollback, &self.label, c.ids(&self.label), Some(Payload::default()), None).await?;
        tracing::debug!(label = %self.label, "transaction rolled back");
        Ok(TxnState::RolledBack)
    }
}
