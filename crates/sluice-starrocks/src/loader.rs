//! The background task of a sink: gathers encoded rows into bodies and sends them as the
//! flush policy says, one request at a time, so a sink has at most one open transaction.
//! Rows arrive through an unbounded channel whose bytes the writer counts against the
//! budget; the loader releases them once StarRocks has them.
//!
//! Merge commit is the exception to "one request at a time": the loader hands each body to
//! `merge_commit.rs`, which keeps several requests in flight, and a commit waits for them.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use bytes::Bytes;
use tokio::sync::{mpsc, oneshot};

use crate::body::{Budget, BufferPool, Chunk, Payload};
use crate::checkpoint::{LabelCounter, Prepared};
use crate::encode::Framing;
use crate::error::{LoadError, SinkError};
use crate::exactly_once;
use crate::flush::{Buffered, FlushDecision, FlushPolicy};
use crate::label;
use crate::merge_commit::MergeCommitter;
use crate::metrics::TableMetrics;
use crate::stream_load::StreamLoader;
use crate::transaction::{Transaction, TxnClient};

/// What the writer asks of the loader.
#[derive(Debug)]
pub enum Command {
    /// Encoded rows (their bytes are already counted in the budget).
    Rows(Bytes, u64),
    /// Load and commit everything, then answer.
    Flush(oneshot::Sender<Result<(), SinkError>>),
    /// Like `Flush`, then end.
    Close(oneshot::Sender<Result<(), SinkError>>),
    /// Exactly-once checkpoint: load everything, prepare the open transaction, answer.
    Prepare(oneshot::Sender<Result<Prepared, SinkError>>),
}

/// How bodies reach StarRocks.
#[derive(Debug)]
pub enum Mode {
    /// One stream load per body (V1 or plain V2).
    Stream(StreamLoader),
    /// Transaction stream load.
    Transaction(TxnClient),
    /// Merge commit: chunks sent concurrently, confirmed on commit.
    MergeCommit(MergeCommitter),
}

/// Counters of a sink.
#[derive(Debug, Default)]
pub struct Counters {
    /// Rows loaded.
    pub rows: AtomicU64,
    /// Body bytes sent (after compression).
    pub bytes: AtomicU64,
    /// Load requests that succeeded.
    pub loads: AtomicU64,
    /// Commits (transactions, or stream loads).
    pub commits: AtomicU64,
}

/// State the writer and the loader share.
#[derive(Debug, Default)]
pub struct Shared {
    /// The failure that stopped the loader.
    pub failure: Mutex<Option<Arc<LoadError>>>,
    /// Counters.
    pub counters: Counters,
    /// Buffers for the writer to reuse.
    pub pool: BufferPool,
    /// Prometheus series of the table.
    pub metrics: TableMetrics,
}

impl Shared {
    /// The failure, if the loader stopped on one.
    pub fn failure(&self) -> Option<Arc<LoadError>> {
        self.failure.lock().ok().and_then(|f| f.clone())
    }
}

/// The loader's state.
pub struct Loader {
    /// How bodies are sent.
    pub mode: Mode,
    /// When they are sent.
    pub policy: FlushPolicy,
    /// `sink.label-prefix`.
    pub label_prefix: Option<String>,
    /// LZ4-compress bodies.
    pub compress: bool,
    /// Memory accounting.
    pub budget: Arc<Budget>,
    /// Shared with the writer.
    pub shared: Arc<Shared>,
    chunk: Chunk,
    oldest: Option<Instant>,
    txn: Option<Transaction>,
    exactly_once: Option<Arc<LabelCounter>>,
    /// Exactly-once: roll back an open transaction whose label is passed over at begin
    /// (`sink.exactly-once.enable-abort-lingering-txn`).
    abort_passed_over: bool,
}

impl Loader {
    /// A loader; `framing` shapes its bodies.
    pub fn new(
        mode: Mode,
        policy: FlushPolicy,
        framing: Framing,
        label_prefix: Option<String>,
        compress: bool,
        budget: Arc<Budget>,
        shared: Arc<Shared>,
    ) -> Self {
        Loader {
            mode,
            policy,
            label_prefix,
            compress,
            budget,
            shared,
            chunk: Chunk::new(framing),
            oldest: None,
            txn: None,
            exactly_once: None,
            abort_passed_over: false,
        }
    }

    /// Exactly-once: labels come from `labels`, transactions are only prepared (at
    /// `Prepare`), `Flush` loads without committing, and `Close` rolls back what was not
    /// prepared (see `exactly_once.rs`). `abort_passed_over`: an open transaction whose
    /// label is passed over at begin is rolled back.
    pub fn exactly_once(mut self, labels: Arc<LabelCounter>, abort_passed_over: bool) -> Self {
        self.exactly_once = Some(labels);
        self.abort_passed_over = abort_passed_over;
        self
    }

    fn buffered(&self) -> Buffered {
        Buffered { bytes: self.chunk.bytes, rows: self.chunk.rows, oldest: self.oldest }
    }

    /// Runs until `Close`, or until the sink is dropped.
    pub async fn run(mut self, mut rx: mpsc::UnboundedReceiver<Command>) {
        loop {
            let deadline = self.policy.deadline(&self.buffered());
            let timer = async {
                match deadline {
                    Some(d) => tokio::time::sleep_until(d.into()).await,
                    None => std::future::pending().await,
                }
            };
            let cmd = tokio::select! {
                cmd = rx.recv() => cmd,
                _ = timer => {
                    if let Err(e) = self.step().await {
                        return self.failed(e, rx).await;
                    }
                    continue;
                }
            };
            match cmd {
                Some(Command::Rows(piece, rows)) => {
                    self.chunk.push(piece, rows);
                    self.oldest.get_or_insert_with(Instant::now);
                    if let Err(e) = self.step().await {
                        return self.failed(e, rx).await;
                    }
                }
                Some(Command::Flush(reply)) => {
                    let flushed =
                        if self.exactly_once.is_some() { self.send_chunk().await } else { self.commit().await };
                    if let Err(e) = flushed {
                        // Recorded before answering: the writer's next call sees it.
                        self.record(e.clone());
                        let _ = reply.send(Err(SinkError::Load(e.clone())));
                        return self.failed(e, rx).await;
                    }
                    let _ = reply.send(Ok(()));
                }
                Some(Command::Close(reply)) if self.exactly_once.is_some() => {
                    if self.txn.is_some() || !self.chunk.is_empty() {
                        tracing::warn!(
                            "closed without a checkpoint: rows written since the last one are not committed"
                        );
                    }
                    self.abandon().await;
                    self.budget.stop();
                    let _ = reply.send(Ok(()));
                    return;
                }
                Some(Command::Prepare(reply)) => match self.prepare().await {
                    Ok(prepared) => {
                        let _ = reply.send(Ok(prepared));
                    }
                    Err(e) => {
                        self.record(e.clone());
                        let _ = reply.send(Err(SinkError::Load(e.clone())));
                        return self.failed(e, rx).await;
                    }
                },
                Some(Command::Close(reply)) => {
                    let result = self.commit().await;
                    if let Err(e) = &result {
                        self.abandon().await;
                        self.record(e.clone());
                    }
                    self.budget.stop();
                    let _ = reply.send(result.map_err(SinkError::Load));
                    return;
                }
                None => {
                    // Dropped without close: nothing more will come; leave nothing open.
                    self.abandon().await;
                    return;
                }
            }
        }
    }

    /// Acts on the flush policy.
    async fn step(&mut self) -> Result<(), Arc<LoadError>> {
        match self.policy.decide(&self.buffered(), Instant::now()) {
            FlushDecision::Hold => Ok(()),
            FlushDecision::Load(reason) => {
                tracing::debug!(?reason, bytes = self.chunk.bytes, "loading buffered rows");
                self.send_chunk().await
            }
            FlushDecision::Commit(reason) => {
                tracing::debug!(?reason, bytes = self.chunk.bytes, "flushing");
                self.commit().await
            }
        }
    }

    /// Sends the buffered rows (into the open transaction, which it begins if needed).
    async fn send_chunk(&mut self) -> Result<(), Arc<LoadError>> {
        if self.chunk.is_empty() {
            return Ok(());
        }
        let (payload, held) = self.chunk.seal();
        let result = self.send(payload).await;
        self.budget.release(held);
        result
    }

    async fn send(&mut self, payload: Payload) -> Result<(), Arc<LoadError>> {
        let rows = payload.rows;
        let payload = if self.compress { compress(payload).await? } else { payload };
        let len = payload.len;
        let started = Instant::now();
        if let Err(e) = self.load(&payload).await {
            self.shared.metrics.failed();
            return Err(e);
        }
        self.shared.metrics.loaded(rows, len, started.elapsed());
        self.shared.pool.recycle(payload);
        let c = &self.shared.counters;
        c.rows.fetch_add(rows, Ordering::Relaxed);
        c.bytes.fetch_add(len, Ordering::Relaxed);
        c.loads.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    async fn load(&mut self, payload: &Payload) -> Result<(), Arc<LoadError>> {
        let rows = payload.rows;
        match &self.mode {
            Mode::Stream(loader) => {
                let mut label = loader.new_label();
                let loaded = loader.load(&mut label, payload).await.map_err(Arc::new)?;
                tracing::debug!(label = %label, rows, already = loaded.already_loaded, "stream load done");
                self.shared.metrics.filtered(loaded.filtered_rows);
                self.shared.counters.commits.fetch_add(1, Ordering::Relaxed);
            }
            Mode::Transaction(client) => {
                let mut retry = 0;
                loop {
                    if self.txn.is_none() {
                        let txn = match &self.exactly_once {
                            Some(labels) => exactly_once::begin(client, labels, self.abort_passed_over).await,
                            None => client.begin(label::v2(self.label_prefix.as_deref())).await,
                        };
                        self.txn = Some(txn.map_err(Arc::new)?);
                    }
                    let txn = self.txn.as_mut().expect("transaction just begun");
                    let only_load = txn.loads() == 0;
                    match txn.load(payload).await {
                        Ok(()) => break,
                        // The exchange broke after the body went out (connection reset, no
                        // answer within the socket timeout): the rows may or may not be in
                        // the transaction, and sending them again would append them twice.
                        // When they are its only load, roll it back and send them in a new
                        // transaction.
                        Err(e @ LoadError::Transport { .. }) if only_load => {
                            let Some(pause) = client.retry().pause(retry) else { return Err(Arc::new(e)) };
                            let txn = self.txn.take().expect("the open transaction");
                            tracing::warn!(label = %txn.label(), error = %e, "load outcome unknown; rolling back and loading again in a new transaction");
                            if let Err(r) = txn.rollback().await {
                                // Never prepared, so never committed: StarRocks aborts it at its timeout.
                                tracing::warn!(error = %r, "rollback failed");
                            }
                            tokio::time::sleep(pause).await;
                            retry += 1;
                        }
                        Err(e) => return Err(Arc::new(e)),
                    }
                }
            }
            Mode::MergeCommit(client) => client.submit(payload).await?,
        }
        Ok(())
    }

    /// Sends what is buffered and commits the open transaction.
    async fn commit(&mut self) -> Result<(), Arc<LoadError>> {
        self.send_chunk().await?;
        if let Mode::MergeCommit(client) = &self.mode
            && let Err(e) = client.drain().await
        {
            self.shared.metrics.failed();
            return Err(e);
        }
        if let Some(mut txn) = self.txn.take() {
            if let Err(e) = txn.commit().await {
                tracing::warn!(label = %txn.label(), error = %e, "commit failed");
                self.shared.metrics.failed();
                // StarRocks may have aborted it already; rolling back makes sure.
                self.txn = Some(txn);
                return Err(Arc::new(e));
            }
            self.shared.counters.commits.fetch_add(1, Ordering::Relaxed);
            self.shared.metrics.committed();
            self.shared.metrics.filtered(txn.filtered_rows());
        }
        self.oldest = None;
        Ok(())
    }

    /// Exactly-once checkpoint: sends what is buffered and prepares the open transaction,
    /// which the checkpoint's commit (or a restore) commits later.
    async fn prepare(&mut self) -> Result<Prepared, Arc<LoadError>> {
        self.send_chunk().await?;
        self.oldest = None;
        let label = match self.txn.take() {
            Some(mut txn) => {
                if let Err(e) = txn.prepare().await {
                    self.txn = Some(txn);
                    return Err(Arc::new(e));
                }
                Some(txn.label().to_string())
            }
            None => None,
        };
        let next_counter = self.exactly_once.as_ref().map_or(1, |l| l.next());
        Ok(Prepared { label, next_counter })
    }

    /// Rolls back the open transaction and drops the buffered rows.
    async fn abandon(&mut self) {
        if let Some(txn) = self.txn.take() {
            let label = txn.label().to_string();
            match txn.rollback().await {
                Ok(_) => tracing::info!(label = %label, "open transaction rolled back"),
                Err(e) => {
                    tracing::warn!(label = %label, error = %e, "rollback failed; StarRocks aborts it at its timeout")
                }
            }
        }
        let (_, held) = self.chunk.seal();
        self.budget.release(held);
        self.oldest = None;
    }

    /// After a failure: roll back, record it, and answer every later request with it.
    async fn failed(mut self, e: Arc<LoadError>, mut rx: mpsc::UnboundedReceiver<Command>) {
        self.record(e.clone());
        self.abandon().await;
        self.budget.stop();
        while let Some(cmd) = rx.recv().await {
            match cmd {
                Command::Rows(piece, _) => self.budget.release(piece.len() as u64),
                Command::Flush(reply) => {
                    let _ = reply.send(Err(SinkError::Load(e.clone())));
                }
                Command::Close(reply) => {
                    let _ = reply.send(Err(SinkError::Load(e.clone())));
                    return;
                }
                Command::Prepare(reply) => {
                    let _ = reply.send(Err(SinkError::Load(e.clone())));
                }
            }
        }
    }

    fn record(&self, e: Arc<LoadError>) {
        if let Ok(mut f) = self.shared.failure.lock()
            && f.is_none()
        {
            tracing::error!(error = %e, "StarRocks sink failed");
            *f = Some(e);
        }
    }
}

async fn compress(p: Payload) -> Result<Payload, Arc<LoadError>> {
    let result = tokio::task::spawn_blocking(move || p.lz4_frame()).await;
    match result {
        Ok(Ok(z)) => Ok(z),
        Ok(Err(e)) => Err(Arc::new(LoadError::Compression(e.to_string()))),
        Err(e) => Err(Arc::new(LoadError::Compression(e.to_string()))),
    }
}
