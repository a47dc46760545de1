//! The sink's fault matrix: every fault × every load mode, each cell against a fresh
//! emulator running in its own process (`benches/faults.sh` at the repository root drives
//! it). Not a test: it prints a table.
//!
//! `faults --emulator PATH [--rows N] [--flushes N] [--only FAULT]`
//!
//! For every cell the driver starts `starrocks-emulator --fe-count 2` on free loopback
//! ports, creates a duplicate-key table (so a row loaded twice is visible), builds a
//! `StarRocksSink` whose `load-url` lists both FEs, arms the fault over the emulator's admin
//! endpoint (`/api/_emulator/…`), writes N rows with unique ids in several flushes, closes
//! the sink and reads the ids back over the MySQL port. A flush is `flush_all` in V1, V2
//! and merge commit (async and sync), and a checkpoint (`prepare(i)`, then
//! `commit(&state)`, after `restore(vec![])` at the start) in exactly-once. The
//! "exactly-once, crash before commit" mode dies after `prepare(2)`: the rows of checkpoint
//! 3 go into its open transaction, the sink is forgotten (no commit, rollback or close), a
//! new sink restores from checkpoint 2's state and the rows from checkpoint 3 on are
//! written again.
//!
//! * **lost**: expected ids missing from the table (when the sink gave up with an error,
//!   the rows it did not load count as lost; the outcome column shows the error).
//! * **duplicated**: rows beyond one per expected id. Counted in the total only where the
//!   mode promises none: V1 and V2 (at-least-once, but a retried load keeps its label and
//!   an unclear outcome is settled by the label's state, so nothing is loaded twice) and
//!   exactly-once. Merge commit is at-least-once by design (StarRocks does not
//!   de-duplicate its requests, and one whose answer was lost is sent again), so its
//!   duplicates are shown but not counted.
//! * **recovery**: time from the fault firing (request faults: the first time the admin
//!   endpoint reports `fired` ≥ 1, polled every 5 ms; node faults: when the driver sends
//!   them) to the sink's `close` returning, and next to it the wall time the cell added over
//!   the same mode's fault-free run.
//! * exactly-once cells also list the sink's labels still open or prepared after `close`.
//!
//! The last line is `lost: N, duplicated: M` summed over the cells.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use arrow_array::{ArrayRef, Int32Array, RecordBatch, StringArray};
use mysql_async::prelude::Queryable;
use serde_json::{Value, json};
use sluice_common::ChangeBatch;
use sluice_common::sink::TwoPhaseCommit;
use sluice_starrocks::{SinkError, StarRocksSink};

mod common;
use common::{columns, target};

/// The socket timeout every cell uses, and the stall (answer delay) that exceeds it.
const SOCKET_TIMEOUT_MS: u64 = 1000;
const STALL_MS: u64 = 3000;
/// How long a publish-timed-out load takes to become visible.
const PUBLISH_DELAY_MS: u64 = 2000;
/// A cell that has not finished by then is reported as hung.
const CELL_TIMEOUT: Duration = Duration::from_secs(120);

struct Args {
    emulator: String,
    rows: usize,
    flushes: usize,
    only: Option<String>,
}

fn args() -> Option<Args> {
    let mut a = Args { emulator: String::new(), rows: 20_000, flushes: 4, only: None };
    let mut it = std::env::args().skip(1);
    while let Some(k) = it.next() {
        let mut v = || it.next().expect("a value");
        match k.as_str() {
            "--emulator" => a.emulator = v(),
            "--rows" => a.rows = v().parse().expect("rows"),
            "--flushes" => a.flushes = v().parse().expect("flushes"),
            "--only" => a.only = Some(v()),
            _ => {} // `cargo bench` adds --bench
        }
    }
    (!a.emulator.is_empty()).then_some(a)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    V1,
    V2,
    /// Every flush is a checkpoint: `prepare(i)`, then `commit(&state)`.
    ExactlyOnce,
    /// Exactly-once, and the sink "crashes" between `prepare` and `commit` of checkpoint 2
    /// (the checkpoint the fault hits): the rows of checkpoint 3 go into its open
    /// transaction, then the sink is forgotten (no commit, no rollback, no close, as when
    /// the process dies); a new sink restores from checkpoint 2's state and the rows of
    /// checkpoint 3 on are written again, as a restarted job replays them.
    ExactlyOnceCrash,
    /// Merge commit, async (`merge_commit_async` defaults to true): an accepted request is
    /// confirmed by polling its window's label.
    MergeCommit,
    /// Merge commit with `merge_commit_async = false`: StarRocks answers once the window is
    /// final.
    MergeCommitSync,
}

const MODES: [Mode; 6] =
    [Mode::V1, Mode::V2, Mode::ExactlyOnce, Mode::ExactlyOnceCrash, Mode::MergeCommit, Mode::MergeCommitSync];

/// The checkpoint after whose `prepare` an `ExactlyOnceCrash` sink dies.
const CRASH_AFTER_CHECKPOINT: usize = 2;

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::V1 => "V1",
            Mode::V2 => "V2",
            Mode::ExactlyOnce => "exactly-once",
            Mode::ExactlyOnceCrash => "exactly-once, crash before commit",
            Mode::MergeCommit => "merge commit (async)",
            Mode::MergeCommitSync => "merge commit (sync)",
        }
    }

    /// Whether the mode promises that no row is loaded twice.
    fn promises_no_duplicates(self) -> bool {
        !self.merge_commit()
    }

    fn options(self) -> Vec<(&'static str, &'static str)> {
        match self {
            Mode::V1 => vec![("sink.version", "V1")],
            Mode::V2 => vec![("sink.version", "V2")],
            Mode::ExactlyOnce | Mode::ExactlyOnceCrash => {
                vec![("sink.version", "V2"), ("sink.semantic", "exactly-once"), ("sink.label-prefix", "fm")]
            }
            Mode::MergeCommit | Mode::MergeCommitSync => vec![
                ("sink.version", "V2"),
                ("sink.properties.enable_merge_commit", "true"),
                ("sink.properties.merge_commit_interval_ms", "500"),
                // Merge commit pauses `sink.retry.interval-ms` (plus a jitter of at most as
                // much) between retries, not the builder's retry pause: 100 ms as the others.
                ("sink.retry.interval-ms", "100"),
                ("sink.properties.merge_commit_async", if self == Mode::MergeCommit { "true" } else { "false" }),
            ],
        }
    }

    /// The request kind that carries the rows.
    fn data_kind(self) -> &'static str {
        match self {
            Mode::V1 => "stream_load",
            Mode::V2 | Mode::ExactlyOnce | Mode::ExactlyOnceCrash => "txn_load",
            Mode::MergeCommit | Mode::MergeCommitSync => "merge_commit",
        }
    }

    /// The request kind that starts a load (and may be refused for too many transactions).
    fn begin_kind(self) -> &'static str {
        match self {
            Mode::V1 => "stream_load",
            Mode::V2 | Mode::ExactlyOnce | Mode::ExactlyOnceCrash => "txn_begin",
            Mode::MergeCommit | Mode::MergeCommitSync => "merge_commit",
        }
    }

    fn transactional(self) -> bool {
        matches!(self, Mode::V2 | Mode::ExactlyOnce | Mode::ExactlyOnceCrash)
    }

    fn merge_commit(self) -> bool {
        matches!(self, Mode::MergeCommit | Mode::MergeCommitSync)
    }

    fn exactly_once(self) -> bool {
        matches!(self, Mode::ExactlyOnce | Mode::ExactlyOnceCrash)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum FaultKind {
    Http5xx,
    ResetMidBody,
    Stall,
    TxnInProcessing,
    LabelExists,
    PublishTimeout,
    FeDown,
    TooManyTxns,
}

const FAULTS: [FaultKind; 8] = [
    FaultKind::Http5xx,
    FaultKind::ResetMidBody,
    FaultKind::Stall,
    FaultKind::TxnInProcessing,
    FaultKind::LabelExists,
    FaultKind::PublishTimeout,
    FaultKind::FeDown,
    FaultKind::TooManyTxns,
];

impl FaultKind {
    fn name(self) -> &'static str {
        match self {
            FaultKind::Http5xx => "HTTP 503",
            FaultKind::ResetMidBody => "connection reset mid-body",
            FaultKind::Stall => "stall past socket timeout",
            FaultKind::TxnInProcessing => "TXN_IN_PROCESSING",
            FaultKind::LabelExists => "label already exists",
            FaultKind::PublishTimeout => "publish timeout",
            FaultKind::FeDown => "FE 0 down, FE 1 up",
            FaultKind::TooManyTxns => "too many running txns",
        }
    }

    fn slug(self) -> &'static str {
        match self {
            FaultKind::Http5xx => "http5xx",
            FaultKind::ResetMidBody => "reset",
            FaultKind::Stall => "stall",
            FaultKind::TxnInProcessing => "txn_in_processing",
            FaultKind::LabelExists => "label_exists",
            FaultKind::PublishTimeout => "publish_timeout",
            FaultKind::FeDown => "fe_down",
            FaultKind::TooManyTxns => "too_many_txns",
        }
    }
}

/// How a fault is armed for a mode.
enum Arm {
    /// Request faults, installed after the sink is built (so the sink's start-up probe is
    /// not counted), before the first row.
    Requests(Vec<Value>),
    /// `POST /api/_emulator/down` for FE 0 after the first flush.
    FeDownAfterFirstFlush,
    /// The fault has no counterpart for the mode.
    NotApplicable(&'static str),
}

/// Which requests get the fault: the second of their kind (the first load goes through
/// untouched), on the node that answers it.
fn arm(fault: FaultKind, mode: Mode) -> Arm {
    let data = mode.data_kind();
    let req = |kind: &str, times: u64, action: Value| {
        let mut f = json!({"kind": kind, "node": "answering", "nth": 2, "times": times});
        for (k, v) in action.as_object().expect("an object") {
            f[k] = v.clone();
        }
        f
    };
    match fault {
        FaultKind::Http5xx => {
            Arm::Requests(vec![req(data, 2, json!({"action": "http_status", "http_status": 503, "body": "busy"}))])
        }
        FaultKind::ResetMidBody => {
            Arm::Requests(vec![req(data, 1, json!({"action": "reset", "after_body_bytes": 16384}))])
        }
        FaultKind::Stall => Arm::Requests(vec![req(data, 1, json!({"action": "delay", "ms": STALL_MS}))]),
        FaultKind::TxnInProcessing => match mode {
            Mode::V1 => Arm::NotApplicable("stream load has no TXN_IN_PROCESSING answer (transaction API only)"),
            Mode::MergeCommit | Mode::MergeCommitSync => Arm::NotApplicable(
                "merge commit loads through stream load; TXN_IN_PROCESSING is a transaction-API answer",
            ),
            _ => Arm::Requests(vec![
                req("txn_load", 1, json!({"action": "txn_in_processing"})),
                req("txn_prepare", 1, json!({"action": "txn_in_processing"})),
            ]),
        },
        // The realistic way to meet `Label Already Exists`: the first attempt is performed
        // and its answer lost (the connection is reset after the whole request), so a retry
        // under the same label finds the label taken. V2: on `begin`, the only transaction
        // call that takes a new label.
        FaultKind::LabelExists => match mode {
            Mode::MergeCommit | Mode::MergeCommitSync => Arm::NotApplicable(
                "a merge-commit request has no label of its own (StarRocks loads it into the window's transaction, \
                 labelled by StarRocks) and is never answered Label Already Exists; its lost answer is the stall cell",
            ),
            _ => {
                let kind = if mode.transactional() { "txn_begin" } else { data };
                Arm::Requests(vec![req(kind, 1, json!({"action": "reset", "after_body_bytes": 1u64 << 40}))])
            }
        },
        FaultKind::PublishTimeout => match mode {
            Mode::MergeCommit | Mode::MergeCommitSync => Arm::NotApplicable(
                "a merge-commit window is committed by StarRocks, not by a request of the sink; the emulator's \
                 publish_timeout applies to stream_load and txn_commit only",
            ),
            _ => {
                let kind = if mode.transactional() { "txn_commit" } else { data };
                Arm::Requests(vec![req(
                    kind,
                    1,
                    json!({"action": "publish_timeout", "publish_delay_ms": PUBLISH_DELAY_MS}),
                )])
            }
        },
        FaultKind::FeDown => Arm::FeDownAfterFirstFlush,
        FaultKind::TooManyTxns => Arm::Requests(vec![req(mode.begin_kind(), 2, json!({"action": "too_many_txns"}))]),
    }
}

/// An emulator in its own process, killed on drop.
struct Emulator {
    child: Child,
    mysql: String,
    fe: Vec<String>,
    be: String,
}

impl Emulator {
    fn start(bin: &str) -> Emulator {
        let mut child = Command::new(bin)
            .args(["--mysql-port", "0", "--http-port", "0", "--be-port", "0", "--fe-count", "2", "--storage", "memory"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the emulator");
        let out = BufReader::new(child.stdout.take().expect("stdout"));
        let (mut mysql, mut fe, mut be) = (Vec::new(), Vec::new(), String::new());
        for line in out.lines() {
            let line = line.expect("emulator output");
            match line.split_once(' ') {
                Some(("mysql", a)) => mysql.push(a.to_string()),
                Some(("fe-http", a)) => fe.push(a.to_string()),
                Some(("be-http", a)) => {
                    be = a.to_string();
                    break;
                }
                _ => {}
            }
        }
        assert!(fe.len() == 2 && !be.is_empty(), "the emulator did not print its addresses");
        Emulator { child, mysql: mysql.swap_remove(0), fe, be }
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The emulator's admin endpoint, on the BE port (never itself subject to faults, and up
/// while FE 0 is down).
struct Admin {
    http: reqwest::Client,
    base: String,
}

impl Admin {
    fn new(be: &str) -> Admin {
        let http = reqwest::Client::builder().timeout(Duration::from_secs(10)).build().expect("HTTP client");
        Admin { http, base: format!("http://{be}/api/_emulator") }
    }

    async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Result<Value, String> {
        let mut req = self.http.request(method, format!("{}/{path}", self.base)).basic_auth("root", Some(""));
        if let Some(b) = body {
            req = req.header("content-type", "application/json").body(b.to_string());
        }
        let resp = req.send().await.map_err(|e| e.to_string())?;
        let status = resp.status();
        let text = resp.text().await.map_err(|e| e.to_string())?;
        if !status.is_success() {
            return Err(format!("{status}: {text}"));
        }
        serde_json::from_str(&text).map_err(|e| format!("{e}: {text}"))
    }

    /// Sum of `fired` over the installed faults.
    async fn fired(&self) -> u64 {
        match self.call(reqwest::Method::GET, "faults", None).await {
            Ok(v) => v["faults"].as_array().into_iter().flatten().filter_map(|f| f["fired"].as_u64()).sum(),
            Err(_) => 0,
        }
    }
}

async fn mysql(addr: &str) -> mysql_async::Conn {
    let (host, port) = addr.rsplit_once(':').expect("host:port");
    let opts = mysql_async::OptsBuilder::default()
        .ip_or_hostname(host)
        .tcp_port(port.parse().expect("port"))
        .user(Some("root"))
        .pass(Some(""));
    mysql_async::Conn::new(opts).await.expect("mysql")
}

fn batch(from: usize, to: usize) -> ChangeBatch {
    let ids = Int32Array::from_iter_values((from..to).map(|i| i as i32));
    let names = StringArray::from_iter_values((from..to).map(|i| format!("name-{i:015}")));
    let vs = Int32Array::from_iter_values((from..to).map(|i| (i * 7 % 100_000) as i32));
    let rb = RecordBatch::try_from_iter([
        ("id", Arc::new(ids) as ArrayRef),
        ("name", Arc::new(names) as ArrayRef),
        ("v", Arc::new(vs) as ArrayRef),
    ])
    .expect("batch");
    ChangeBatch::inserts(rb)
}

/// What one cell produced.
enum Outcome {
    NotApplicable(String),
    Ran(Ran),
}

struct Ran {
    lost: u64,
    duplicated: u64,
    /// Fault firing → `close` returned.
    recovery: Option<Duration>,
    /// Wall time of the load (first write → `close` returned).
    wall: Duration,
    fired: u64,
    error: Option<String>,
    /// Exactly-once: labels of the sink still open or prepared after `close`.
    open_labels: Vec<String>,
}

/// A cell, with a bound on the whole of it (start-up and counting included).
async fn run_cell(a: &Args, fault: Option<FaultKind>, mode: Mode) -> Outcome {
    let what = format!("{} × {}", fault.map_or("none", FaultKind::name), mode.name());
    eprintln!("cell: {what}");
    match tokio::time::timeout(CELL_TIMEOUT + Duration::from_secs(60), cell(a, fault, mode)).await {
        Ok(o) => o,
        Err(_) => {
            eprintln!("cell {what} hung");
            Outcome::Ran(Ran {
                lost: a.rows as u64,
                duplicated: 0,
                recovery: None,
                wall: CELL_TIMEOUT + Duration::from_secs(60),
                fired: 1,
                error: Some("the cell did not finish (driver timeout)".into()),
                open_labels: Vec::new(),
            })
        }
    }
}

async fn cell(a: &Args, fault: Option<FaultKind>, mode: Mode) -> Outcome {
    let plan = match fault {
        Some(f) => arm(f, mode),
        None => Arm::Requests(Vec::new()),
    };
    if let Arm::NotApplicable(why) = plan {
        return Outcome::NotApplicable(format!("n/a ({why})"));
    }
    let bin = a.emulator.clone();
    let emu = tokio::task::spawn_blocking(move || Emulator::start(&bin)).await.expect("emulator start-up");
    let admin = Admin::new(&emu.be);
    let mut conn = mysql(&emu.mysql).await;
    conn.query_drop("CREATE DATABASE fm").await.expect("database");
    conn.query_drop(
        "CREATE TABLE fm.t (id INT, name VARCHAR(32), v INT) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id) BUCKETS 1",
    )
    .await
    .expect("table");
    let _ = conn.disconnect().await;

    let mut sink = match build_sink(&emu, mode).await {
        Ok(s) => s,
        Err(e) => {
            let e = e.to_string();
            let e = e.split(" help:").next().unwrap_or_default();
            return Outcome::NotApplicable(format!("n/a (not supported: {})", one_line(e)));
        }
    };

    // Arm the fault and watch for it to fire.
    let fired_at: Arc<std::sync::Mutex<Option<Instant>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let mut watcher = None;
    if let Arm::Requests(faults) = &plan
        && !faults.is_empty()
    {
        admin.call(reqwest::Method::POST, "faults", Some(Value::Array(faults.clone()))).await.expect("arm the fault");
        let (fired_at, stop, admin) = (fired_at.clone(), stop.clone(), Admin::new(&emu.be));
        watcher = Some(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                if admin.fired().await > 0 {
                    *fired_at.lock().unwrap() = Some(Instant::now());
                    return;
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        }));
    }

    let start = Instant::now();
    let per_flush = a.rows.div_ceil(a.flushes);
    let load = async {
        if mode.exactly_once() {
            sink.restore(Vec::new()).await?;
        }
        let mut from = 0;
        let mut flush_no = 0;
        while from < a.rows {
            let to = (from + per_flush).min(a.rows);
            write(&mut sink, from, to).await?;
            flush_no += 1;
            if mode.exactly_once() {
                // Every flush is a checkpoint.
                let state = sink.prepare(flush_no as u64).await?;
                if mode == Mode::ExactlyOnceCrash && flush_no == CRASH_AFTER_CHECKPOINT {
                    // The rows of the next checkpoint reach the open transaction, then the
                    // process dies before checkpoint `flush_no` is committed.
                    if to < a.rows {
                        write(&mut sink, to, (to + per_flush).min(a.rows)).await?;
                        sink.flush_all().await?;
                    }
                    std::mem::forget(std::mem::replace(&mut sink, build_sink(&emu, mode).await?));
                    // The restarted job restores from the last completed checkpoint and
                    // replays the rows after it.
                    sink.restore(vec![state]).await?;
                } else {
                    sink.commit(&state).await?;
                }
            } else {
                sink.flush_all().await?;
            }
            if flush_no == 1 && matches!(plan, Arm::FeDownAfterFirstFlush) {
                admin.call(reqwest::Method::POST, "down", Some(json!({"node": "fe"}))).await.expect("take FE 0 down");
                *fired_at.lock().unwrap() = Some(Instant::now());
            }
            from = to;
        }
        sink.close_sink().await
    };
    let result = match tokio::time::timeout(CELL_TIMEOUT, load).await {
        Ok(r) => r.map_err(|e| one_line(&e.to_string())),
        Err(_) => Err(format!("no answer within {} s", CELL_TIMEOUT.as_secs())),
    };
    let done = Instant::now();
    stop.store(true, Ordering::Relaxed);
    if let Some(w) = watcher {
        let _ = w.await;
    }
    let fired = match plan {
        Arm::FeDownAfterFirstFlush => u64::from(fired_at.lock().unwrap().is_some()),
        _ => admin.fired().await,
    };
    let fired_time = *fired_at.lock().unwrap();
    let _ = admin.call(reqwest::Method::DELETE, "faults", None).await;

    let (lost, duplicated) = count(&emu.mysql, a.rows).await;
    let open_labels = if mode.exactly_once() { open_labels(&admin.http, &emu.fe[1]).await } else { Vec::new() };
    Outcome::Ran(Ran {
        lost,
        duplicated,
        // No recovery when the sink gave up; a fault that fired and was over before the
        // watcher's next look (5 ms) counts as no time.
        recovery: match (result.is_ok(), fired_time) {
            (false, _) => None,
            (true, Some(t)) => Some(done.saturating_duration_since(t)),
            (true, None) => (fired > 0).then_some(Duration::ZERO),
        },
        wall: done - start,
        fired,
        error: result.err(),
        open_labels,
    })
}

/// Builds the cell's sink: both FEs in `load-url`, 5 retries, a short socket timeout.
async fn build_sink(emu: &Emulator, mode: Mode) -> Result<StarRocksSink, SinkError> {
    let load_url = emu.fe.join(";");
    let jdbc = format!("jdbc:mysql://{}", emu.mysql);
    let socket_timeout = SOCKET_TIMEOUT_MS.to_string();
    let mut pairs = vec![
        ("connector", "starrocks"),
        ("jdbc-url", jdbc.as_str()),
        ("load-url", load_url.as_str()),
        ("database-name", "fm"),
        ("table-name", "t"),
        ("username", "root"),
        ("password", ""),
        ("sink.max-retries", "5"),
        ("sink.socket.timeout-ms", socket_timeout.as_str()),
        ("sink.connect.timeout-ms", "1000"),
    ];
    pairs.extend(mode.options());
    StarRocksSink::builder(pairs)?
        .columns(columns(), false)
        .target_table(target())
        .retry_pause(Duration::from_millis(100))
        .build()
        .await
}

/// Writes rows `from..to` in batches of 1000.
async fn write(sink: &mut StarRocksSink, from: usize, to: usize) -> Result<(), SinkError> {
    let mut i = from;
    while i < to {
        let j = (i + 1000).min(to);
        sink.write_batch(&batch(i, j)).await?;
        i = j;
    }
    Ok(())
}

/// The exactly-once sink's labels (`fm-t-0-1`, `fm-t-0-2`, …, up to the first one StarRocks
/// does not know) whose transaction is still open (PREPARE) or PREPARED, asked of FE 1 (up
/// in every cell).
async fn open_labels(http: &reqwest::Client, fe: &str) -> Vec<String> {
    let mut open = Vec::new();
    for n in 1..=100 {
        let label = format!("fm-t-0-{n}");
        let url = format!("http://{fe}/api/fm/get_load_state?label={label}");
        let state = match http.get(url).basic_auth("root", Some("")).send().await {
            Ok(r) => r
                .text()
                .await
                .ok()
                .and_then(|t| serde_json::from_str::<Value>(&t).ok())
                .and_then(|v| v["state"].as_str().map(str::to_string)),
            Err(_) => None,
        };
        match state.as_deref() {
            Some("PREPARE" | "PREPARED") => open.push(format!("{label} {}", state.unwrap_or_default())),
            Some("UNKNOWN") | None => break,
            Some(_) => {}
        }
    }
    open
}

/// Lost and duplicated rows: waits (up to 10 s) for rows a publish timeout holds back.
async fn count(addr: &str, rows: usize) -> (u64, u64) {
    let mut conn = mysql(addr).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let n: Option<u64> = conn.query_first("SELECT count(*) FROM fm.t").await.expect("count");
        if n.unwrap_or(0) >= rows as u64 || Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let ids: Vec<Option<i64>> = conn.query("SELECT id FROM fm.t").await.expect("ids");
    let _ = conn.disconnect().await;
    let mut seen = vec![0u32; rows];
    let mut extra = 0u64;
    for id in ids {
        match id {
            Some(i) if (0..rows as i64).contains(&i) => seen[i as usize] += 1,
            _ => extra += 1,
        }
    }
    let lost = seen.iter().filter(|&&c| c == 0).count() as u64;
    let dup = extra + seen.iter().map(|&c| u64::from(c.saturating_sub(1))).sum::<u64>();
    (lost, dup)
}

fn one_line(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = s.replace('|', "/");
    if s.chars().count() > 200 { format!("{}…", s.chars().take(200).collect::<String>()) } else { s }
}

fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

fn main() {
    let Some(a) = args() else {
        eprintln!("usage: faults --emulator PATH [--rows N] [--flushes N] [--only FAULT]  (see benches/faults.sh)");
        return;
    };
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    rt.block_on(async {
        println!(
            "{} rows with unique ids in {} flushes per cell, duplicate-key table, emulator with 2 FEs in its own process \
             (restarted for every cell); sink.max-retries 5, retry pause 100 ms, socket timeout {SOCKET_TIMEOUT_MS} ms",
            a.rows, a.flushes
        );
        println!();
        let mut baseline = Vec::new();
        for mode in MODES {
            let b = run_cell(&a, None, mode).await;
            if let Outcome::Ran(r) = &b {
                eprintln!("baseline {}: {} (lost {}, duplicated {})", mode.name(), secs(r.wall), r.lost, r.duplicated);
            }
            baseline.push(b);
        }
        println!("| fault | mode | lost | duplicated | recovery (fired → done) | added wall time | outcome |");
        println!("| --- | --- | ---: | ---: | ---: | ---: | --- |");
        for (mode, b) in MODES.iter().zip(&baseline) {
            match b {
                Outcome::NotApplicable(why) => println!("| none (baseline) | {} | | | | | {why} |", mode.name()),
                Outcome::Ran(r) => println!(
                    "| none (baseline) | {} | {} | {} | | {} wall | {} |",
                    mode.name(),
                    r.lost,
                    r.duplicated,
                    secs(r.wall),
                    r.error.as_deref().map_or("ok".to_string(), |e| format!("sink error: {e}"))
                        + &if r.open_labels.is_empty() {
                            String::new()
                        } else {
                            format!("; left open: {}", r.open_labels.join(", "))
                        }
                ),
            }
        }
        let (mut lost, mut duplicated) = (0u64, 0u64);
        for fault in FAULTS {
            if a.only.as_deref().is_some_and(|o| o != fault.slug()) {
                continue;
            }
            for (mode, b) in MODES.iter().zip(&baseline) {
                let cell = run_cell(&a, Some(fault), *mode).await;
                let row = match cell {
                    Outcome::NotApplicable(why) => format!("| {} | {} | | | | | {why} |", fault.name(), mode.name()),
                    Outcome::Ran(r) => {
                        lost += r.lost;
                        let counted = mode.promises_no_duplicates();
                        if counted {
                            duplicated += r.duplicated;
                        }
                        let base = match b {
                            Outcome::Ran(b) => b.wall,
                            Outcome::NotApplicable(_) => Duration::ZERO,
                        };
                        let added = r.wall.as_secs_f64() - base.as_secs_f64();
                        let mut outcome = match &r.error {
                            None => "ok".to_string(),
                            Some(e) => format!("sink error: {e}"),
                        };
                        if r.fired == 0 {
                            outcome.push_str("; the fault never fired");
                        }
                        if !r.open_labels.is_empty() {
                            outcome.push_str(&format!("; left open: {}", r.open_labels.join(", ")));
                        }
                        format!(
                            "| {} | {} | {} | {}{} | {} | {:+.2} s | {} |",
                            fault.name(),
                            mode.name(),
                            r.lost,
                            r.duplicated,
                            if counted { "" } else { " (not counted)" },
                            r.recovery.map_or("-".to_string(), secs),
                            added,
                            outcome
                        )
                    }
                };
                println!("{row}");
            }
        }
        println!();
        println!("lost: {lost}, duplicated: {duplicated}");
    });
}
