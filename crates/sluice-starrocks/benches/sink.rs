//! Throughput and memory of the StarRocks sink against an emulator running in its own
//! process (`benches/sink.sh` at the repository root drives it). Not a test: it prints
//! figures.
//!
//! `sink --fe HOST:PORT --mysql HOST:PORT --scenario csv|json|lz4|writers4|dump [--rows N]
//!  [--max-bytes N] [--dump FILE]`
//!
//! Rows are (INT, 20-character STRING, INT), generated lazily as Arrow batches of 8192 rows
//! (the string columns of 16 batches are made once and reused, the integers are new for
//! every batch) into a duplicate-key table whose columns line up with them, so the CSV body is exactly
//! the rows (what `dump` writes for `curl -T`).

use std::sync::Arc;
use std::time::Instant;

use arrow_array::{ArrayRef, Int32Array, RecordBatch, StringArray};
use arrow_buffer::{Buffer, OffsetBuffer, ScalarBuffer};
use mysql_async::prelude::Queryable;
use sluice_common::ChangeBatch;
use sluice_starrocks::StarRocksSink;
use sluice_starrocks::encode::{CsvLayout, EncoderSettings, OpMode, RowEncoder};
use sluice_starrocks::options::Format;

mod common;
use common::{columns, target};

const BATCH: usize = 8192;

#[derive(Clone)]
struct Args {
    fe: String,
    mysql: String,
    scenario: String,
    rows: usize,
    max_bytes: u64,
    dump: Option<String>,
}

fn args() -> Args {
    let mut a = Args {
        fe: String::new(),
        mysql: String::new(),
        scenario: "csv".into(),
        rows: 10_000_000,
        max_bytes: 64 << 20,
        dump: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(k) = it.next() {
        let mut v = || it.next().expect("a value");
        match k.as_str() {
            "--fe" => a.fe = v(),
            "--mysql" => a.mysql = v(),
            "--scenario" => a.scenario = v(),
            "--rows" => a.rows = v().parse().expect("rows"),
            "--max-bytes" => a.max_bytes = v().parse().expect("bytes"),
            "--dump" => a.dump = Some(v()),
            _ => {} // `cargo bench` adds --bench
        }
    }
    a
}

/// The name columns: `name-<15 digits>`, for rows 0..NAME_ROWS; batch k reuses those of
/// batch k % NAME_BATCHES (the generator's own cost stays out of the sink's figures).
const NAME_BATCHES: usize = 16;

fn names(start: usize, n: usize) -> StringArray {
    let mut values = Vec::with_capacity(n * 20);
    let mut offsets = Vec::with_capacity(n + 1);
    offsets.push(0i32);
    for i in start..start + n {
        values.extend_from_slice(format!("name-{i:015}").as_bytes());
        offsets.push(values.len() as i32);
    }
    StringArray::new(OffsetBuffer::new(ScalarBuffer::from(offsets)), Buffer::from_vec(values), None)
}

/// Lazily made batches of rows `from..to`: id, name, id * 7 % 100000.
struct Rows {
    names: Vec<ArrayRef>,
    next: usize,
    to: usize,
}

impl Rows {
    fn new(from: usize, to: usize) -> Rows {
        Rows {
            names: (0..NAME_BATCHES).map(|k| Arc::new(names(k * BATCH, BATCH)) as ArrayRef).collect(),
            next: from,
            to,
        }
    }
}

impl Iterator for Rows {
    type Item = ChangeBatch;

    fn next(&mut self) -> Option<ChangeBatch> {
        let (start, n) = (self.next, BATCH.min(self.to.saturating_sub(self.next)));
        if n == 0 {
            return None;
        }
        self.next += n;
        let name = self.names[(start / BATCH) % NAME_BATCHES].slice(0, n);
        let ids = Int32Array::from_iter_values((start..start + n).map(|i| i as i32));
        let vs = Int32Array::from_iter_values((start..start + n).map(|i| (i * 7 % 100_000) as i32));
        let rb = RecordBatch::try_from_iter([
            ("id", Arc::new(ids) as ArrayRef),
            ("name", name),
            ("v", Arc::new(vs) as ArrayRef),
        ])
        .expect("batch");
        Some(ChangeBatch::inserts(rb))
    }
}

fn rss_kb(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

async fn setup(mysql: &str, table: &str) {
    let (host, port) = mysql.rsplit_once(':').expect("host:port");
    let opts = mysql_async::OptsBuilder::default()
        .ip_or_hostname(host)
        .tcp_port(port.parse().expect("port"))
        .user(Some("root"))
        .pass(Some(""));
    let mut c = mysql_async::Conn::new(opts).await.expect("mysql");
    c.query_drop("CREATE DATABASE IF NOT EXISTS bench").await.expect("db");
    c.query_drop(format!(
        "CREATE TABLE IF NOT EXISTS bench.{table} (id INT, name VARCHAR(32), v INT) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id) BUCKETS 1"
    ))
    .await
    .expect("table");
    let _ = c.disconnect().await;
}

async fn run_sink(a: &Args, table: &str, extra: &[(&str, &str)], writer: usize, writers: usize) -> (u64, u64) {
    let max = a.max_bytes.to_string();
    let mut pairs = vec![
        ("connector", "starrocks"),
        ("jdbc-url", "jdbc:mysql://unused:9030"),
        ("load-url", a.fe.as_str()),
        ("database-name", "bench"),
        ("table-name", table),
        ("username", "root"),
        ("password", ""),
        ("sink.version", "V2"),
        ("sink.buffer-flush.max-bytes", max.as_str()),
    ];
    pairs.extend_from_slice(extra);
    let mut sink = StarRocksSink::builder(pairs)
        .expect("options")
        .columns(columns(), false)
        .target_table(target())
        .build()
        .await
        .expect("sink");
    let per = a.rows / writers;
    let (from, to) = (writer * per, if writer + 1 == writers { a.rows } else { (writer + 1) * per });
    // The source: its own thread, a few batches ahead (as an executor's source operator).
    let (tx, mut rx) = tokio::sync::mpsc::channel(4);
    let source = std::thread::spawn(move || {
        for b in Rows::new(from, to) {
            if tx.blocking_send(b).is_err() {
                return;
            }
        }
    });
    while let Some(b) = rx.recv().await {
        sink.write_batch(&b).await.expect("write");
    }
    source.join().expect("source");
    sink.close_sink().await.expect("close");
    let s = sink.stats();
    (s.rows, s.bytes)
}

fn dump(a: &Args) {
    let path = a.dump.as_deref().expect("--dump FILE");
    let settings =
        EncoderSettings { format: Format::Csv, layout: CsvLayout::default(), op_mode: OpMode::Append, time_zone: None };
    let enc = RowEncoder::new(&columns(), settings).expect("encoder");
    let mut out = Vec::with_capacity(a.rows * 40);
    for b in Rows::new(0, a.rows) {
        enc.encode(&b, &mut out).expect("encode");
    }
    std::fs::write(path, &out).expect("write dump");
    println!("dump: {} rows, {} bytes", a.rows, out.len());
}

/// Generation alone, and generation plus encoding, without sending (where time goes).
fn cpu(a: &Args) {
    let settings =
        EncoderSettings { format: Format::Csv, layout: CsvLayout::default(), op_mode: OpMode::Append, time_zone: None };
    let enc = RowEncoder::new(&columns(), settings).expect("encoder");
    for encode in [false, true] {
        let start = Instant::now();
        let mut bytes = 0;
        let mut out = Vec::new();
        for b in Rows::new(0, a.rows) {
            if encode {
                out.clear();
                enc.encode(&b, &mut out).expect("encode");
                bytes += out.len();
            }
        }
        let secs = start.elapsed().as_secs_f64();
        let what = if encode { "generate+encode" } else { "generate" };
        println!("{what}: {} rows, {bytes} bytes, {secs:.3} s, {:.2} M rows/s", a.rows, a.rows as f64 / secs / 1e6);
    }
}

fn main() {
    let a = args();
    if a.scenario == "dump" {
        return dump(&a);
    }
    if a.scenario == "cpu" {
        return cpu(&a);
    }
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    rt.block_on(async {
        let table = format!("t_{}", a.scenario);
        setup(&a.mysql, &table).await;
        // Warm the allocator and the connection path, then take the idle figure.
        let idle_kb = rss_kb("VmRSS:");
        let start = Instant::now();
        let (rows, bytes) = match a.scenario.as_str() {
            "csv" => run_sink(&a, &table, &[], 0, 1).await,
            "plain" => run_sink(&a, &table, &[("sink.at-least-once.use-transaction-stream-load", "false")], 0, 1).await,
            "json" => run_sink(&a, &table, &[("sink.properties.format", "json")], 0, 1).await,
            "lz4" => run_sink(&a, &table, &[("sink.properties.compression", "lz4_frame")], 0, 1).await,
            "writers4" => {
                let a = Arc::new(a.clone());
                let tasks: Vec<_> = (0..4)
                    .map(|w| {
                        let a = a.clone();
                        let table = table.clone();
                        tokio::spawn(async move { run_sink(&a, &table, &[], w, 4).await })
                    })
                    .collect();
                let mut sum = (0, 0);
                for t in tasks {
                    let (r, b) = t.await.expect("writer");
                    sum = (sum.0 + r, sum.1 + b);
                }
                sum
            }
            other => panic!("unknown scenario {other}"),
        };
        let secs = start.elapsed().as_secs_f64();
        let peak_kb = rss_kb("VmHWM:");
        println!(
            "{}: {} rows, {} body bytes, {:.3} s, {:.2} M rows/s, {:.1} MB/s, idle RSS {} MB, peak RSS {} MB",
            a.scenario,
            rows,
            bytes,
            secs,
            rows as f64 / secs / 1e6,
            bytes as f64 / secs / 1e6,
            idle_kb / 1024,
            peak_kb / 1024
        );
        println!("RESULT {} {} {} {:.6} {} {}", a.scenario, rows, bytes, secs, idle_kb, peak_kb);
    });
}
