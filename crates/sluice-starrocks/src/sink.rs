//! The StarRocks sink: built from the same option pairs a `CREATE TABLE … WITH (…)` gives,
//! plus the Flink schema; implements [`sluice_common::sink::Sink`].
//!
//! It picks how rows are loaded as the connector does (spec §2.4): `V1` is stream load;
//! `V2` and `AUTO` (at-least-once always picks V2) use transaction stream load when the
//! server has the transaction API (the label-less `begin` probe) and
//! `sink.at-least-once.use-transaction-stream-load` is on, plain stream load otherwise.
//! Exactly-once always uses transaction stream load, and its two-phase commit lives in
//! `exactly_once.rs`. `sink.properties.enable_merge_commit = true` selects merge commit (V2
//! only; see `merge_commit.rs`, at-least-once, so it cannot be exactly-once).

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use async_trait::async_trait;
use bytes::Bytes;
use chrono_tz::Tz;
use http::Method;
use sluice_common::schema::TableSchema;
use sluice_common::sink::Sink;
use sluice_common::{ChangeBatch, DataType};
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

use crate::body::Budget;
use crate::checkpoint::Prepared;
use crate::encode::{CsvLayout, EncoderSettings, Framing, OpMode, RowEncoder};
use crate::error::{ConfigError, EncodeError, SinkError};
use crate::exactly_once::{self, Checkpoints};
use crate::flush::FlushPolicy;
use crate::headers::{self, LoadKind};
use crate::label;
use crate::loader::{Command, Loader, Mode, Shared};
use crate::merge_commit::{self, MergeCommitter};
use crate::metrics::SinkMetrics;
use crate::options::{Compression, Format, Semantic, SinkVersion, StarRocksSinkOptions};
use crate::response::{Reply, probe_supports_transactions};
use crate::retry::RetryPolicy;
use crate::split_encode::SplitEncoder;
use crate::stream_load::StreamLoader;
use crate::target::TargetTable;
use crate::transaction::{Settings, TxnClient};
use crate::transport::{Request, Transport, TransportConfig};

/// The `Expect: 100-continue` wait of V1 loads (HttpClient's default, spec §1.2).
const V1_CONTINUE_WAIT: Duration = Duration::from_secs(3);
/// Smallest V2 load.
const MIN_LOAD: u64 = 1 << 20;

/// Configures a [`StarRocksSink`].
#[derive(Debug, Clone)]
pub struct SinkBuilder {
    options: StarRocksSinkOptions,
    columns: Option<Vec<(String, DataType)>>,
    flink_primary_key: bool,
    target: Option<TargetTable>,
    time_zone: Option<Tz>,
    retry_pause: Duration,
    subtask: u32,
    key_columns: Option<Vec<String>>,
    metrics: Option<SinkMetrics>,
}

/// Figures of a sink so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SinkStats {
    /// Rows loaded.
    pub rows: u64,
    /// Body bytes sent (compressed size when compressed).
    pub bytes: u64,
    /// Successful load requests.
    pub loads: u64,
    /// Commits (transactions committed, or stream loads).
    pub commits: u64,
    /// Most bytes buffered at once (encoded and not yet loaded).
    pub peak_buffered: u64,
}

impl SinkBuilder {
    /// A builder from typed options.
    pub fn new(options: StarRocksSinkOptions) -> Self {
        SinkBuilder {
            options,
            columns: None,
            flink_primary_key: false,
            target: None,
            time_zone: None,
            retry_pause: Duration::from_secs(1),
            subtask: 0,
            key_columns: None,
            metrics: None,
        }
    }

    /// A builder from the `WITH` pairs of the table.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Self, SinkError> {
        StarRocksSinkOptions::from_pairs(pairs).map(Self::new).map_err(|p| ConfigError::Options(p).into())
    }

    /// The Flink schema: the sink writes its physical columns, in order; a declared primary
    /// key means a primary-key table unless [`target_table`](Self::target_table) says
    /// otherwise.
    pub fn schema(mut self, schema: &TableSchema) -> Self {
        self.columns = Some(schema.physical_columns().map(|c| (c.name.clone(), c.data_type.clone())).collect());
        self.flink_primary_key = schema.primary_key.is_some();
        self.key_columns = schema.primary_key.as_ref().map(|k| k.columns.clone());
        self
    }

    /// The columns (name and Flink type) directly; `primary_key` as for [`schema`](Self::schema).
    pub fn columns(mut self, columns: Vec<(String, DataType)>, primary_key: bool) -> Self {
        self.columns = Some(columns);
        self.flink_primary_key = primary_key;
        if !primary_key {
            self.key_columns = None;
        }
        self
    }

    /// The Flink primary key by column names (what `PRIMARY KEY (…) NOT ENFORCED` names);
    /// implies a primary key as for [`columns`](Self::columns). A
    /// [`ParallelSink`](crate::ParallelSink) routes rows by these columns.
    pub fn primary_key<S: Into<String>>(mut self, columns: impl IntoIterator<Item = S>) -> Self {
        self.key_columns = Some(columns.into_iter().map(Into::into).collect());
        self.flink_primary_key = true;
        self
    }

    /// Feed the Prometheus series of this table (labelled `database.table`) in `metrics`.
    pub fn metrics(mut self, metrics: &SinkMetrics) -> Self {
        self.metrics = Some(metrics.clone());
        self
    }

    /// The typed options.
    pub fn options(&self) -> &StarRocksSinkOptions {
        &self.options
    }

    /// The key names given by [`schema`](Self::schema) or [`primary_key`](Self::primary_key).
    pub(crate) fn key_columns(&self) -> Option<&[String]> {
        self.key_columns.as_deref()
    }

    /// What [`target_table`](Self::target_table) gave.
    pub(crate) fn target(&self) -> Option<&TargetTable> {
        self.target.as_ref()
    }

    /// The Flink columns given by [`schema`](Self::schema) or [`columns`](Self::columns).
    pub(crate) fn column_list(&self) -> Option<&[(String, DataType)]> {
        self.columns.as_deref()
    }

    /// What `information_schema.COLUMNS` says about the StarRocks table (primary key or
    /// not, column alignment), as the connector reads it before it starts.
    pub fn target_table(mut self, table: TargetTable) -> Self {
        self.target = Some(table);
        self
    }

    /// Flink's `table.local-time-zone`: TIMESTAMP_LTZ values are written as wall-clock time
    /// of this zone (UTC by default).
    pub fn time_zone(mut self, tz: Tz) -> Self {
        self.time_zone = Some(tz);
        self
    }

    /// The first pause between retries (1 s by default, growing up to 10×).
    pub fn retry_pause(mut self, pause: Duration) -> Self {
        self.retry_pause = pause;
        self
    }

    /// The index of this sink instance among the job's parallel instances (Flink's subtask
    /// index; 0 by default). Exactly-once labels carry it, so every instance needs its own.
    pub fn subtask(mut self, index: u32) -> Self {
        self.subtask = index;
        self
    }

    /// Checks the options, asks the server whether it has the transaction API, and starts
    /// the sink's background loader. Needs a Tokio runtime.
    pub async fn build(self) -> Result<StarRocksSink, SinkError> {
        let o = &self.options;
        refuse_unsupported(o)?;
        if let Some(p) = &o.label_prefix
            && !label::prefix_is_valid(p)
        {
            return Err(ConfigError::LabelPrefix(p.clone()).into());
        }
        let transport = Transport::new(&TransportConfig {
            load_urls: o.load_urls.clone(),
            username: o.username.clone(),
            password: o.password.clone(),
            connect_timeout: o.connect_timeout,
            socket_timeout: o.socket_timeout,
        })
        .map_err(|e| ConfigError::NotSupported {
            what: format!("the load-url ({e})"),
            help: "use http://host:port".into(),
        })?;
        let has_transactions = probe(&transport).await;
        let exactly_once = o.semantic == Semantic::ExactlyOnce;
        let kind = match o.version {
            SinkVersion::V1 => LoadKind::V1,
            _ if exactly_once && !has_transactions => {
                return Err(ConfigError::NotSupported {
                    what: "'sink.semantic' = 'exactly-once' against a server without transaction stream load".into(),
                    help: "use StarRocks 2.4 or later, or 'sink.semantic' = 'at-least-once'".into(),
                }
                .into());
            }
            _ if exactly_once => LoadKind::Transaction,
            _ if o.merge_commit_enabled() => LoadKind::MergeCommit,
            _ if has_transactions && o.use_transaction_stream_load => LoadKind::Transaction,
            _ => LoadKind::StreamLoad,
        };
        tracing::info!(?kind, has_transactions, version = %o.version, "StarRocks sink version chosen");
        let format = o.properties.format.unwrap_or(Format::Csv);
        let names: Vec<String> = self.columns.iter().flatten().map(|(n, _)| n.clone()).collect();
        let upsert = match &self.target {
            Some(t) => t.is_primary_key(),
            None => self.flink_primary_key,
        };
        let aligned = self.target.as_ref().is_some_and(|t| t.is_aligned_with(&names));
        let columns = headers::columns_header(kind, format, o.properties.columns.as_deref(), &names, upsert, aligned);
        let mut hs = headers::build(kind, o, columns.as_deref())?;
        if exactly_once {
            hs.prepare = exactly_once::prepare_headers(o)?;
        }
        let layout = CsvLayout::from_properties(&o.properties).map_err(ConfigError::Layout)?;
        let encoder = match &self.columns {
            Some(cols) => Some(SplitEncoder::new(RowEncoder::new(
                cols,
                EncoderSettings {
                    format,
                    layout: layout.clone(),
                    op_mode: if upsert {
                        OpMode::Upsert { ignore_update_before: o.ignore_update_before }
                    } else {
                        OpMode::Append
                    },
                    time_zone: self.time_zone,
                },
            )?)),
            None => None,
        };
        let retry = RetryPolicy { max_retries: o.max_retries, base: self.retry_pause };
        let load_timeout =
            Duration::from_secs(o.properties.timeout_secs.unwrap_or(if kind == LoadKind::V1 { 60 } else { 600 }));
        let stream = |expect, make_label: fn(Option<&str>) -> String| StreamLoader {
            transport: transport.clone(),
            db: o.database.clone(),
            table: o.table.clone(),
            headers: hs.load.clone(),
            expect_continue: expect,
            retry,
            label_timeout: load_timeout,
            sanitize: o.sanitize_error_log,
            make_label,
            label_prefix: o.label_prefix.clone(),
        };
        let txn_client = TxnClient::new(Settings {
            transport: transport.clone(),
            db: o.database.clone(),
            table: o.table.clone(),
            load_headers: hs.load.clone(),
            begin_headers: hs.begin.clone(),
            prepare_headers: hs.prepare.clone(),
            expect_continue: o.wait_for_continue_timeout,
            retry,
            sanitize: o.sanitize_error_log,
        });
        let budget = Arc::new(Budget::new(o.buffer_max_bytes));
        let metrics = self.metrics.as_ref().map(|m| m.table(&o.database, &o.table)).unwrap_or_default();
        let shared = Arc::new(Shared { metrics, ..Shared::default() });
        let (mode, policy) = match kind {
            LoadKind::V1 => (
                Mode::Stream(stream(V1_CONTINUE_WAIT, label::v1)),
                FlushPolicy {
                    load_size: o.buffer_max_bytes,
                    max_rows: Some(o.buffer_max_rows),
                    interval: o.flush_interval,
                    transactional: false,
                },
            ),
            LoadKind::StreamLoad => (Mode::Stream(stream(o.wait_for_continue_timeout, label::v2)), v2_policy(o, false)),
            LoadKind::MergeCommit => merge_commit_mode(o, &transport, hs.load.clone(), load_timeout, &budget, &shared),
            LoadKind::Transaction if exactly_once => (
                Mode::Transaction(txn_client.clone()),
                FlushPolicy { interval: exactly_once::NO_INTERVAL, ..v2_policy(o, true) },
            ),
            LoadKind::Transaction => (Mode::Transaction(txn_client.clone()), v2_policy(o, true)),
        };
        let framing = Framing { format };
        let compress = o.properties.compression == Some(Compression::Lz4Frame);
        let loader =
            Loader::new(mode, policy, framing, o.label_prefix.clone(), compress, budget.clone(), shared.clone());
        let (loader, checkpoints) = exactly_once::attach(o, self.subtask, loader, txn_client, &transport, &shared)?;
        let (tx, rx) = mpsc::unbounded_channel();
        let task = tokio::spawn(loader.run(rx));
        Ok(StarRocksSink {
            encoder,
            framing,
            layout,
            tx,
            budget,
            shared,
            task: Some(task),
            closed: false,
            kind,
            checkpoints,
        })
    }
}

fn v2_policy(o: &StarRocksSinkOptions, transactional: bool) -> FlushPolicy {
    FlushPolicy {
        load_size: (o.buffer_max_bytes / 4).max(MIN_LOAD).min(o.chunk_limit),
        max_rows: None,
        interval: o.flush_interval,
        transactional,
    }
}

/// Merge commit: chunks of `sink.merge-commit.chunk.size`, sent when full, when the oldest
/// row is `interval-ms` old, or on flush, which waits for every request in flight.
fn merge_commit_mode(
    o: &StarRocksSinkOptions,
    transport: &Transport,
    headers: headers::Headers,
    load_timeout: Duration,
    budget: &Arc<Budget>,
    shared: &Arc<Shared>,
) -> (Mode, FlushPolicy) {
    let mc = &o.merge_commit;
    if mc.backend_direct_connection {
        tracing::warn!("'sink.merge-commit.backend-direct-connection' is not implemented; loads go through the FE");
    }
    let settings = merge_commit::Settings {
        transport: transport.clone(),
        db: o.database.clone(),
        table: o.table.clone(),
        headers,
        expect_continue: V1_CONTINUE_WAIT,
        is_async: o.properties.merge_commit_async.unwrap_or(true),
        max_concurrent: mc.max_concurrent_requests,
        max_retries: mc.max_retries,
        retry_interval: mc.retry_interval,
        load_timeout,
        poll_init_delay: mc.check_label_state_init_delay,
        poll_interval: mc.check_label_state_interval,
        poll_timeout: mc.check_label_state_timeout,
        sanitize: o.sanitize_error_log,
        blackhole: mc.blackhole,
    };
    let policy =
        FlushPolicy { load_size: mc.chunk_size, max_rows: None, interval: o.flush_interval, transactional: true };
    (Mode::MergeCommit(MergeCommitter::new(settings, budget.clone(), shared.clone())), policy)
}

fn refuse_unsupported(o: &StarRocksSinkOptions) -> Result<(), ConfigError> {
    if o.semantic == Semantic::ExactlyOnce && o.version == SinkVersion::V1 {
        return Err(ConfigError::NotSupported {
            what: "'sink.semantic' = 'exactly-once' with 'sink.version' = 'V1'".into(),
            help: "use 'sink.version' = 'V2' or 'AUTO' (transaction stream load with two-phase commit)".into(),
        });
    }
    if o.semantic == Semantic::ExactlyOnce && o.merge_commit_enabled() {
        return Err(ConfigError::NotSupported {
            what: "'sink.semantic' = 'exactly-once' with merge commit".into(),
            help: "merge commit is at-least-once (StarRocks ignores client labels there): set 'sink.semantic' = \
                   'at-least-once' or leave 'sink.properties.enable_merge_commit' off"
                .into(),
        });
    }
    Ok(())
}

/// The connector's transaction-support probe: a label-less `POST /api/transaction/begin`.
/// Only a `Not implemented` answer means "no"; an unreachable server counts as "yes".
async fn probe(t: &Transport) -> bool {
    let req = Request {
        method: Method::POST,
        path: "/api/transaction/begin".into(),
        headers: Vec::new(),
        body: Some(Default::default()),
        expect_continue: None,
    };
    match t.send(&req, false).await {
        Ok(resp) => probe_supports_transactions(Reply::parse(&resp.body).as_ref()),
        Err(e) => {
            tracing::warn!(error = %e, "transaction-support probe failed; assuming transaction load is supported");
            true
        }
    }
}

/// A running StarRocks sink (see the crate documentation for an example).
pub struct StarRocksSink {
    encoder: Option<SplitEncoder>,
    framing: Framing,
    layout: CsvLayout,
    tx: mpsc::UnboundedSender<Command>,
    budget: Arc<Budget>,
    shared: Arc<Shared>,
    task: Option<JoinHandle<()>>,
    closed: bool,
    kind: LoadKind,
    checkpoints: Checkpoints,
}

impl std::fmt::Debug for StarRocksSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StarRocksSink").field("kind", &self.kind).field("closed", &self.closed).finish_non_exhaustive()
    }
}

impl StarRocksSink {
    /// A builder from the `WITH` pairs of the table.
    pub fn builder<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<SinkBuilder, SinkError> {
        SinkBuilder::from_pairs(pairs)
    }

    /// How rows are loaded.
    pub fn load_kind(&self) -> LoadKind {
        self.kind
    }

    /// Figures so far.
    pub fn stats(&self) -> SinkStats {
        let c = &self.shared.counters;
        SinkStats {
            rows: c.rows.load(Ordering::Relaxed),
            bytes: c.bytes.load(Ordering::Relaxed),
            loads: c.loads.load(Ordering::Relaxed),
            commits: c.commits.load(Ordering::Relaxed),
            peak_buffered: self.budget.peak(),
        }
    }

    /// The checkpointing side (`exactly_once.rs`).
    pub(crate) fn checkpoints(&mut self) -> &mut Checkpoints {
        &mut self.checkpoints
    }

    /// Has the loader send what is buffered and prepare the open transaction.
    pub(crate) async fn prepare_open(&mut self) -> Result<Prepared, SinkError> {
        self.check()?;
        let (reply, answer) = oneshot::channel();
        self.tx.send(Command::Prepare(reply)).map_err(|_| self.gone())?;
        answer.await.map_err(|_| self.gone())?
    }

    fn check(&self) -> Result<(), SinkError> {
        if let Some(e) = self.shared.failure() {
            return Err(SinkError::Load(e));
        }
        if self.closed {
            return Err(SinkError::Closed(None));
        }
        Ok(())
    }

    /// Buffers the rows of `batch`; waits while the buffer is full. An `Encode` error
    /// leaves nothing of the batch buffered and the sink usable.
    pub async fn write_batch(&mut self, batch: &ChangeBatch) -> Result<(), SinkError> {
        self.check()?;
        self.ensure_restored().await?;
        let Some(encoder) = &self.encoder else { return Err(ConfigError::NoSchema.into()) };
        self.budget.room().await;
        self.check()?;
        for (out, rows) in encoder.encode(batch, &self.shared.pool)? {
            self.hand_over(out, rows as u64)?;
        }
        Ok(())
    }

    /// Buffers rows given as text in the load format: CSV lines without their delimiter
    /// (fields joined by the column separator, `__op` included where the table needs it),
    /// or JSON objects.
    pub async fn write_rows<R: AsRef<[u8]>>(&mut self, rows: impl IntoIterator<Item = R>) -> Result<(), SinkError> {
        self.check()?;
        self.ensure_restored().await?;
        self.budget.room().await;
        self.check()?;
        let mut out = Vec::new();
        let mut n = 0u64;
        for (i, row) in rows.into_iter().enumerate() {
            self.framing
                .push_raw(&self.layout, row.as_ref(), &mut out)
                .map_err(|message| EncodeError::RawRow { row: i, message })?;
            n += 1;
        }
        self.hand_over(out, n)
    }

    fn hand_over(&mut self, out: Vec<u8>, rows: u64) -> Result<(), SinkError> {
        if rows == 0 {
            return Ok(());
        }
        self.budget.add(out.len() as u64);
        self.tx.send(Command::Rows(Bytes::from(out), rows)).map_err(|_| self.gone())
    }

    fn gone(&self) -> SinkError {
        match self.shared.failure() {
            Some(e) => SinkError::Load(e),
            None => SinkError::Closed(None),
        }
    }

    /// Loads and commits everything written so far (exactly-once: loads it into the open
    /// transaction, which the next checkpoint prepares and its commit commits).
    pub async fn flush_all(&mut self) -> Result<(), SinkError> {
        self.check()?;
        self.ensure_restored().await?;
        let (reply, answer) = oneshot::channel();
        self.tx.send(Command::Flush(reply)).map_err(|_| self.gone())?;
        answer.await.map_err(|_| self.gone())?
    }

    /// Flushes and stops the background loader.
    pub async fn close_sink(&mut self) -> Result<(), SinkError> {
        if self.closed {
            return Ok(());
        }
        self.closed = true;
        let (reply, answer) = oneshot::channel();
        let sent = self.tx.send(Command::Close(reply));
        let result = match sent {
            Ok(()) => answer.await.map_err(|_| self.gone()).and_then(|r| r),
            Err(_) => Err(self.gone()),
        };
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
        result
    }
}

#[async_trait]
impl Sink for StarRocksSink {
    type Error = SinkError;

    async fn write(&mut self, batch: ChangeBatch) -> Result<(), SinkError> {
        self.write_batch(&batch).await
    }

    async fn flush(&mut self) -> Result<(), SinkError> {
        self.flush_all().await
    }

    async fn close(&mut self) -> Result<(), SinkError> {
        self.close_sink().await
    }
}
