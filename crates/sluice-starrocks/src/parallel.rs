//! `sink.parallelism` writers behind one sink, with the order of each key kept (issue #150).
//!
//! A [`ParallelSink`] runs N [`StarRocksSink`] writers, each on its own task with its own
//! loader, so N loads (or transactions) run at once. Rows of a table with a primary key are
//! routed by a hash of the key values: every change of one key goes to the same writer, in
//! the order it was written, so the last change of a key is the one StarRocks keeps — the
//! `keyBy` the Java connector leaves to its users. The key is the Flink primary key, or,
//! when Flink declares none, the primary key StarRocks reports for the table
//! ([`SinkBuilder::target_table`]). Without a key, whole batches go to the writers in turn.
//!
//! Writes are handed to the writers through bounded queues, so a slow writer slows the
//! caller. A failure of any writer is reported by the next call and the sink takes no more
//! rows (parts of a batch may already be with other writers). [`ParallelSink::flush`]
//! flushes every writer and returns when all have committed.

use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use sluice_common::ChangeBatch;
use sluice_common::sink::Sink;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

use crate::error::{ConfigError, SinkError};
use crate::route;
use crate::sink::{SinkBuilder, SinkStats, StarRocksSink};

/// Batches queued per writer before `write` waits.
const QUEUE: usize = 2;

/// Configures a [`ParallelSink`]; from [`SinkBuilder::parallel`].
#[derive(Debug, Clone)]
pub struct ParallelSinkBuilder {
    inner: SinkBuilder,
    parallelism: Option<usize>,
}

impl SinkBuilder {
    /// A sink of `sink.parallelism` writers (see [`ParallelSink`]) built from this builder.
    pub fn parallel(self) -> ParallelSinkBuilder {
        ParallelSinkBuilder { inner: self, parallelism: None }
    }
}

impl ParallelSinkBuilder {
    /// The number of writers, instead of `sink.parallelism` (default 1).
    pub fn parallelism(mut self, writers: usize) -> Self {
        self.parallelism = Some(writers);
        self
    }

    /// The key columns rows are routed by, as positions in the written batches.
    fn key(&self) -> Result<Option<Vec<usize>>, ConfigError> {
        let Some(columns) = self.inner.column_list() else { return Ok(None) };
        let names: Vec<String> = match (self.inner.key_columns(), self.inner.target()) {
            (Some(k), _) => k.to_vec(),
            (None, Some(t)) if t.is_primary_key() => {
                t.columns.iter().filter(|c| c.key.eq_ignore_ascii_case("PRI")).map(|c| c.name.clone()).collect()
            }
            _ => return Ok(None),
        };
        if names.is_empty() {
            return Ok(None);
        }
        let mut key = Vec::with_capacity(names.len());
        for name in &names {
            let found = columns
                .iter()
                .position(|(c, _)| c == name)
                .or_else(|| columns.iter().position(|(c, _)| c.eq_ignore_ascii_case(name)));
            let Some(i) = found else {
                return Err(ConfigError::NotSupported {
                    what: format!("routing rows by the primary-key column '{name}', which the sink does not write"),
                    help: "write every primary-key column".into(),
                });
            };
            let t = sluice_common::types::to_arrow(&columns[i].1);
            if !route::is_hashable(&t) {
                return Err(ConfigError::NotSupported {
                    what: format!("routing rows by the primary-key column '{name}' of type {}", columns[i].1),
                    help: "use a key of scalar types, or 'sink.parallelism' = '1'".into(),
                });
            }
            key.push(i);
        }
        Ok(Some(key))
    }

    /// Builds the writers (each probes the server and starts its loader). Needs a Tokio
    /// runtime.
    pub async fn build(self) -> Result<ParallelSink, SinkError> {
        let n = match self.parallelism {
            Some(n) => n,
            None => self.inner.options().parallelism.map_or(1, |p| p as usize),
        };
        if n == 0 {
            return Err(ConfigError::NotSupported {
                what: "a parallel sink of 0 writers".into(),
                help: "use a positive parallelism".into(),
            }
            .into());
        }
        let key = self.key()?;
        let sinks = futures::future::join_all((0..n).map(|_| self.inner.clone().build())).await;
        let failure = Arc::new(Mutex::new(None));
        let mut built = Vec::with_capacity(n);
        let mut first_error = None;
        for s in sinks {
            match s {
                Ok(sink) => built.push(sink),
                Err(e) => first_error = first_error.or(Some(e)),
            }
        }
        if let Some(e) = first_error {
            for mut s in built {
                let _ = s.close_sink().await;
            }
            return Err(e);
        }
        let writers = built
            .into_iter()
            .map(|sink| {
                let (tx, rx) = mpsc::channel(QUEUE);
                let task = tokio::spawn(run_writer(sink, rx, failure.clone()));
                Writer { tx, task: Some(task) }
            })
            .collect();
        tracing::info!(writers = n, keyed = key.is_some(), "parallel StarRocks sink started");
        Ok(ParallelSink { writers, key, next: 0, failure, closed: false })
    }
}

enum Job {
    Write(ChangeBatch),
    Flush(oneshot::Sender<Result<(), SinkError>>),
    Stats(oneshot::Sender<SinkStats>),
    Close(oneshot::Sender<Result<(), SinkError>>),
}

struct Writer {
    tx: mpsc::Sender<Job>,
    task: Option<JoinHandle<()>>,
}

async fn run_writer(mut sink: StarRocksSink, mut rx: mpsc::Receiver<Job>, failure: Arc<Mutex<Option<SinkError>>>) {
    while let Some(job) = rx.recv().await {
        match job {
            Job::Write(batch) => {
                if let Err(e) = sink.write_batch(&batch).await {
                    record(&failure, e);
                }
            }
            Job::Flush(reply) => {
                let _ = reply.send(sink.flush_all().await);
            }
            Job::Stats(reply) => {
                let _ = reply.send(sink.stats());
            }
            Job::Close(reply) => {
                let _ = reply.send(sink.close_sink().await);
                return;
            }
        }
    }
    // Dropped without close: the writer's loader rolls back what is open.
}

fn record(failure: &Mutex<Option<SinkError>>, e: SinkError) {
    if let Ok(mut f) = failure.lock()
        && f.is_none()
    {
        tracing::error!(error = %e, "a writer of the parallel StarRocks sink failed");
        *f = Some(e);
    }
}

/// `sink.parallelism` StarRocks writers behind one [`Sink`]; see the module documentation.
pub struct ParallelSink {
    writers: Vec<Writer>,
    key: Option<Vec<usize>>,
    next: usize,
    failure: Arc<Mutex<Option<SinkError>>>,
    closed: bool,
}

impl std::fmt::Debug for ParallelSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ParallelSink")
            .field("writers", &self.writers.len())
            .field("key", &self.key)
            .field("closed", &self.closed)
            .finish_non_exhaustive()
    }
}

impl ParallelSink {
    /// The number of writers.
    pub fn parallelism(&self) -> usize {
        self.writers.len()
    }

    /// Whether rows are routed by key (rather than batches in turn).
    pub fn is_keyed(&self) -> bool {
        self.key.is_some()
    }

    fn failure(&self) -> Option<SinkError> {
        self.failure.lock().ok().and_then(|f| f.clone())
    }

    fn check(&self) -> Result<(), SinkError> {
        if let Some(e) = self.failure() {
            return Err(e);
        }
        if self.closed {
            return Err(SinkError::Closed(None));
        }
        Ok(())
    }

    fn gone(&self) -> SinkError {
        self.failure().unwrap_or(SinkError::Closed(None))
    }

    /// Hands the rows of `batch` to the writers: by key, or the whole batch to the next
    /// writer in turn. Waits while the chosen writers' queues are full.
    pub async fn write_batch(&mut self, batch: ChangeBatch) -> Result<(), SinkError> {
        self.check()?;
        if batch.num_rows() == 0 {
            return Ok(());
        }
        let n = self.writers.len();
        let parts = match &self.key {
            Some(key) if n > 1 => {
                let targets = route::by_key(&batch.batch, key, n).map_err(split_error)?;
                route::split(&batch, &targets, n).map_err(split_error)?
            }
            _ => {
                let mut parts: Vec<Option<ChangeBatch>> = (0..n).map(|_| None).collect();
                parts[self.next] = Some(batch);
                self.next = (self.next + 1) % n;
                parts
            }
        };
        for (writer, part) in self.writers.iter().zip(parts) {
            if let Some(part) = part {
                writer.tx.send(Job::Write(part)).await.map_err(|_| self.gone())?;
            }
        }
        Ok(())
    }

    /// Asks every writer (all of them, even when one is gone), and collects the answers in
    /// writer order.
    async fn ask<T>(&self, job: fn(oneshot::Sender<T>) -> Job) -> Result<Vec<T>, SinkError> {
        let mut answers = Vec::with_capacity(self.writers.len());
        for w in &self.writers {
            let (reply, answer) = oneshot::channel();
            answers.push(w.tx.send(job(reply)).await.ok().map(|()| answer));
        }
        let mut out = Vec::with_capacity(answers.len());
        let mut gone = false;
        for a in answers {
            match a {
                Some(a) => match a.await {
                    Ok(v) => out.push(v),
                    Err(_) => gone = true,
                },
                None => gone = true,
            }
        }
        if gone { Err(self.gone()) } else { Ok(out) }
    }

    /// Loads and commits everything written so far, on every writer.
    pub async fn flush_all(&mut self) -> Result<(), SinkError> {
        self.check()?;
        let results = self.ask(Job::Flush).await?;
        self.check()?;
        // A writer that failed takes no more rows, so neither does the sink.
        let result: Result<(), SinkError> = results.into_iter().collect();
        if let Err(e) = &result {
            record(&self.failure, e.clone());
        }
        result
    }

    /// Figures of each writer so far.
    pub async fn writer_stats(&self) -> Result<Vec<SinkStats>, SinkError> {
        self.ask(Job::Stats).await
    }

    /// Flushes and stops every writer.
    pub async fn close_sink(&mut self) -> Result<(), SinkError> {
        if self.closed {
            return Ok(());
        }
        self.closed = true;
        let results = self.ask(Job::Close).await;
        for w in &mut self.writers {
            if let Some(task) = w.task.take() {
                let _ = task.await;
            }
        }
        if let Some(e) = self.failure() {
            return Err(e);
        }
        results?.into_iter().collect()
    }
}

fn split_error(e: arrow_schema::ArrowError) -> SinkError {
    SinkError::Encode(crate::error::EncodeError::Split(e.to_string()))
}

#[async_trait]
impl Sink for ParallelSink {
    type Error = SinkError;

    async fn write(&mut self, batch: ChangeBatch) -> Result<(), SinkError> {
        self.write_batch(batch).await
    }

    async fn flush(&mut self) -> Result<(), SinkError> {
        self.flush_all().await
    }

    async fn close(&mut self) -> Result<(), SinkError> {
        self.close_sink().await
    }
}

#[cfg(test)]
mod tests {
    use sluice_common::{DataType, TypeKind};

    use super::*;
    use crate::target::{TargetColumn, TargetTable};

    fn builder() -> SinkBuilder {
        SinkBuilder::new(crate::options::StarRocksSinkOptions::for_tests(&[]))
    }

    fn columns() -> Vec<(String, DataType)> {
        vec![
            ("id".into(), DataType::not_null(TypeKind::Int)),
            ("name".into(), DataType::string()),
            ("tags".into(), DataType::nullable(TypeKind::Array(Box::new(DataType::string())))),
        ]
    }

    fn target(keys: &[&str]) -> TargetTable {
        let cols = ["ID", "NAME", "TAGS"].iter().enumerate();
        TargetTable::new(
            cols.map(|(i, n)| TargetColumn {
                name: n.to_string(),
                ordinal: i as u64 + 1,
                key: if keys.contains(n) { "PRI".into() } else { String::new() },
            })
            .collect(),
        )
    }

    #[test]
    fn the_key_comes_from_flink_then_from_starrocks() {
        let b = builder().columns(columns(), true).primary_key(["name", "id"]).parallel();
        assert_eq!(b.key().unwrap(), Some(vec![1, 0]));
        // Flink's key wins over the table's.
        let b = builder().columns(columns(), true).primary_key(["id"]).target_table(target(&["NAME"])).parallel();
        assert_eq!(b.key().unwrap(), Some(vec![0]));
        // No Flink key: the key StarRocks reports, names matched regardless of case.
        let b = builder().columns(columns(), false).target_table(target(&["ID"])).parallel();
        assert_eq!(b.key().unwrap(), Some(vec![0]));
        // No key anywhere.
        assert_eq!(builder().columns(columns(), false).parallel().key().unwrap(), None);
        assert_eq!(builder().columns(columns(), false).target_table(target(&[])).parallel().key().unwrap(), None);
        // `columns(.., false)` drops an earlier key.
        let b = builder().primary_key(["id"]).columns(columns(), false).parallel();
        assert_eq!(b.key().unwrap(), None);
    }

    #[test]
    fn unusable_keys_are_refused() {
        let missing = builder().columns(columns(), true).primary_key(["nope"]).parallel().key().unwrap_err();
        assert!(missing.to_string().contains("'nope'"), "{missing}");
        let nested = builder().columns(columns(), true).primary_key(["tags"]).parallel().key().unwrap_err();
        assert!(nested.to_string().contains("'tags'"), "{nested}");
    }
}
