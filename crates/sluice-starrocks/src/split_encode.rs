//! Encoding a large batch on two threads: the caller's and one worker thread per sink. The
//! halves become two chunks of whole rows, in order, so the loader sees exactly the rows one
//! call would give; an error keeps its row number within the batch. Encoding is the sink's
//! hot loop, and one writer would otherwise use one core.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use sluice_common::ChangeBatch;

use crate::body::BufferPool;
use crate::encode::RowEncoder;
use crate::error::EncodeError;

/// Batches smaller than this are encoded on the caller's thread alone: the hand-off to the
/// worker would cost more than it saves.
const MIN_SPLIT_ROWS: usize = 4096;

type Job = (ChangeBatch, Vec<u8>);
type Done = (Result<usize, EncodeError>, Vec<u8>);

/// A row encoder that splits large batches between the caller and a worker thread.
pub struct SplitEncoder {
    encoder: Arc<RowEncoder>,
    worker: Option<Worker>,
}

struct Worker {
    jobs: Option<Mutex<Sender<Job>>>,
    done: Mutex<Receiver<Done>>,
    thread: Option<JoinHandle<()>>,
}

impl SplitEncoder {
    /// Wraps `encoder`; the worker exists only when the machine has more than one core.
    pub fn new(encoder: RowEncoder) -> Self {
        let encoder = Arc::new(encoder);
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let worker = if cores > 1 { Worker::start(encoder.clone()) } else { None };
        SplitEncoder { encoder, worker }
    }

    /// Encodes `batch` into one or two chunks of whole rows (buffers from `pool`), each with
    /// its row count, in row order.
    pub fn encode(&self, batch: &ChangeBatch, pool: &BufferPool) -> Result<Vec<(Vec<u8>, usize)>, EncodeError> {
        let n = batch.num_rows();
        let worker = self.worker.as_ref().filter(|_| n >= 2 * MIN_SPLIT_ROWS);
        let Some(worker) = worker else {
            let mut out = pool.take();
            let rows = self.encoder.encode(batch, &mut out)?.rows;
            return Ok(vec![(out, rows)]);
        };
        let half = n / 2;
        let second = slice(batch, half, n - half);
        if !worker.send((second, pool.take())) {
            let mut out = pool.take();
            let rows = self.encoder.encode(batch, &mut out)?.rows;
            return Ok(vec![(out, rows)]);
        }
        let mut first_out = pool.take();
        let first = self.encoder.encode(&slice(batch, 0, half), &mut first_out).map(|e| e.rows);
        // Always collect the worker's answer, so the next batch does not receive this one's.
        let (second, second_out) = worker.receive();
        let first_rows = first?;
        let second_rows = second.map_err(|e| shifted(e, half))?;
        Ok(vec![(first_out, first_rows), (second_out, second_rows)])
    }
}

impl Worker {
    fn start(encoder: Arc<RowEncoder>) -> Option<Worker> {
        let (jobs, job_rx) = channel::<Job>();
        let (done_tx, done) = channel::<Done>();
        let thread = std::thread::Builder::new()
            .name("starrocks-encode".into())
            .spawn(move || {
                for (batch, mut out) in job_rx {
                    let result = encoder.encode(&batch, &mut out).map(|e| e.rows);
                    if done_tx.send((result, out)).is_err() {
                        break;
                    }
                }
            })
            .ok()?;
        Some(Worker { jobs: Some(Mutex::new(jobs)), done: Mutex::new(done), thread: Some(thread) })
    }

    fn send(&self, job: Job) -> bool {
        self.jobs.as_ref().and_then(|j| j.lock().ok()).is_some_and(|j| j.send(job).is_ok())
    }

    fn receive(&self) -> Done {
        let stopped = || (Err(EncodeError::Worker("the encoding thread stopped".into())), Vec::new());
        match self.done.lock() {
            Ok(done) => done.recv().unwrap_or_else(|_| stopped()),
            Err(_) => stopped(),
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        // Closing the job channel ends the thread's loop.
        drop(self.jobs.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Rows `offset .. offset + len` of a batch (no data is copied but the row kinds).
fn slice(batch: &ChangeBatch, offset: usize, len: usize) -> ChangeBatch {
    let rows = batch.batch.slice(offset, len);
    if batch.kinds.is_empty() {
        ChangeBatch::inserts(rows)
    } else {
        ChangeBatch::with_kinds(rows, batch.kinds[offset..offset + len].to_vec())
    }
}

/// An error of the second half, with its row number in the whole batch.
fn shifted(e: EncodeError, offset: usize) -> EncodeError {
    match e {
        EncodeError::Value { row, column, message } => EncodeError::Value { row: row + offset, column, message },
        EncodeError::Collision { row, column, what, row_text } => {
            EncodeError::Collision { row: row + offset, column, what, row_text }
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use arrow_array::{Int32Array, RecordBatch, StringArray};
    use sluice_common::{ChangeBatch, DataType, RowKind, TypeKind};

    use super::*;
    use crate::encode::{CsvLayout, EncoderSettings, OpMode};
    use crate::options::Format;

    fn encoder(op_mode: OpMode) -> RowEncoder {
        let columns =
            vec![("id".to_string(), DataType::nullable(TypeKind::Int)), ("name".to_string(), DataType::string())];
        let settings = EncoderSettings { format: Format::Csv, layout: CsvLayout::default(), op_mode, time_zone: None };
        RowEncoder::new(&columns, settings).expect("an encoder")
    }

    fn batch(names: Vec<String>) -> RecordBatch {
        let ids: Int32Array = (0..names.len() as i32).collect();
        RecordBatch::try_from_iter([("id", Arc::new(ids) as _), ("name", Arc::new(StringArray::from(names)) as _)])
            .expect("a batch")
    }

    #[test]
    fn two_halves_give_the_bytes_of_one_call_in_order() {
        let rows = 3 * MIN_SPLIT_ROWS + 7;
        let names: Vec<String> = (0..rows).map(|i| format!("n{i}")).collect();
        let kinds: Vec<RowKind> =
            (0..rows).map(|i| if i % 3 == 0 { RowKind::Delete } else { RowKind::UpdateAfter }).collect();
        let input = ChangeBatch::with_kinds(batch(names), kinds);
        let mode = OpMode::Upsert { ignore_update_before: true };
        let split = SplitEncoder::new(encoder(mode));
        let chunks = split.encode(&input, &BufferPool::default()).expect("encoded");
        let mut whole = Vec::new();
        let expected = encoder(mode).encode(&input, &mut whole).expect("encoded").rows;
        assert_eq!(chunks.iter().map(|(_, r)| r).sum::<usize>(), expected);
        if std::thread::available_parallelism().map_or(1, |n| n.get()) > 1 {
            assert_eq!(chunks.len(), 2, "a batch this large is split");
        }
        assert_eq!(chunks.iter().flat_map(|(b, _)| b.iter().copied()).collect::<Vec<u8>>(), whole);
    }

    #[test]
    fn an_error_in_the_second_half_names_its_row_in_the_batch() {
        let rows = 2 * MIN_SPLIT_ROWS + 10;
        let mut names: Vec<String> = (0..rows).map(|i| format!("n{i}")).collect();
        names[rows - 3] = "tab\there".into();
        let split = SplitEncoder::new(encoder(OpMode::Append));
        let err = split.encode(&ChangeBatch::inserts(batch(names)), &BufferPool::default()).unwrap_err();
        match err {
            EncodeError::Collision { row, .. } => assert_eq!(row, rows - 3),
            other => panic!("unexpected error {other}"),
        }
    }
}
