//! Exactly-once (`sink.semantic = exactly-once`) against the emulator, driven through
//! `TwoPhaseCommit` as a checkpoint coordinator would: rows invisible until commit, a sink
//! process that dies between prepare and commit (a child process), lingering transactions
//! aborted at restore, a commit answered `publish timeout`, commits repeated. The tables are
//! duplicate-key tables, so a row loaded twice would show twice; every test reads them back.

mod common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use base64::Engine as _;
use common::proxy::Proxy;
use common::{Env, PASSWORD, SCORE_DDL, builder, score_batch, score_columns};
use sluice_common::ChangeBatch;
use sluice_common::sink::{Sink, TwoPhaseCommit};
use sluice_starrocks::{CheckpointState, StarRocksSink};
use starrocks_emulator::{Action, Emulator, Fault, RequestKind, Storage};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Options of an exactly-once sink with label prefix `eo` into `table`.
fn eo_options(env: &Env, fe: SocketAddr, table: &str, extra: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut o = vec![("sink.semantic", "exactly-once"), ("sink.label-prefix", "eo")];
    o.extend_from_slice(extra);
    env.options(fe, table, &o)
}

async fn eo_sink(env: &Env, fe: SocketAddr) -> StarRocksSink {
    builder(&eo_options(env, fe, "t", &[])).columns(score_columns(), false).build().await.unwrap()
}

fn rows(ids: &[i32]) -> ChangeBatch {
    let names: Vec<String> = ids.iter().map(|i| format!("p{i}")).collect();
    let rows: Vec<_> = ids.iter().zip(&names).map(|(i, n)| (*i, Some(n.as_str()), Some(i * 10))).collect();
    ChangeBatch::inserts(score_batch(&rows))
}

fn want(ids: &[i32]) -> Vec<String> {
    ids.iter().map(|i| format!("{i}|p{i}|{}", i * 10)).collect()
}

async fn table_rows(env: &Env) -> Vec<String> {
    env.rows("t", "id, name, score").await
}

/// `state` of `GET /api/{db}/get_load_state?label=` asked of the FE.
async fn label_state(env: &Env, label: &str) -> String {
    let mut s = tokio::net::TcpStream::connect(env.fe()).await.unwrap();
    let auth = base64::engine::general_purpose::STANDARD.encode(format!("root:{PASSWORD}"));
    let req = format!(
        "GET /api/{}/get_load_state?label={label} HTTP/1.1\r\nHost: fe\r\nAuthorization: Basic {auth}\r\nConnection: close\r\n\r\n",
        env.db
    );
    s.write_all(req.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    s.read_to_end(&mut answer).await.unwrap();
    let text = String::from_utf8_lossy(&answer);
    let body = &text[text.find("\r\n\r\n").map_or(0, |i| i + 4)..];
    let json: serde_json::Value = serde_json::from_str(body).unwrap_or_else(|e| panic!("{body}: {e}"));
    json["state"].as_str().unwrap_or("none").to_string()
}

fn labels(state: &CheckpointState) -> Vec<String> {
    state.pending.iter().flat_map(|p| p.labels.clone()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rows_become_visible_at_commit_exactly_once() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    let opts = eo_options(&env, proxy.fe, "t", &[("sink.properties.prepared_timeout", "300")]);
    let mut sink = builder(&opts).columns(score_columns(), false).build().await.unwrap();
    sink.restore(Vec::new()).await.unwrap();

    sink.write(rows(&[1, 2])).await.unwrap();
    sink.flush().await.unwrap();
    assert_eq!(env.count("t").await, 0, "a flush loads into the open transaction and commits nothing");
    let s1 = sink.prepare(1).await.unwrap();
    assert_eq!(labels(&s1), ["eo-t-0-1"]);
    assert_eq!((s1.checkpoint_id, s1.next_counter), (1, 2));
    assert_eq!(label_state(&env, "eo-t-0-1").await, "PREPARED");
    assert_eq!(env.count("t").await, 0, "prepared is not visible");
    let json = serde_json::to_string(&s1).unwrap();
    let s1: CheckpointState = serde_json::from_str(&json).unwrap();
    sink.commit(&s1).await.unwrap();
    assert_eq!(table_rows(&env).await, want(&[1, 2]));

    sink.write(rows(&[3])).await.unwrap();
    let s2 = sink.prepare(2).await.unwrap();
    assert_eq!(labels(&s2), ["eo-t-0-2"], "checkpoint 1 was committed, so only checkpoint 2 is pending");
    assert_eq!(table_rows(&env).await, want(&[1, 2]));
    sink.commit(&s2).await.unwrap();
    let s3 = sink.prepare(3).await.unwrap();
    assert!(labels(&s3).is_empty(), "nothing written: nothing begun or prepared");
    assert_eq!(s3.next_counter, 3);
    sink.commit(&s3).await.unwrap();
    let err = sink.prepare(3).await.unwrap_err();
    assert!(err.to_string().contains("checkpoint ids must increase"), "{err}");
    sink.close().await.unwrap();
    assert_eq!(table_rows(&env).await, want(&[1, 2, 3]));
    assert_eq!(sink.stats().commits, 2);

    let log = proxy.log();
    let fe = |p: &str| log.iter().filter(|e| e.role == "fe" && e.path.contains(p)).collect::<Vec<_>>();
    let lookups: Vec<_> = fe("get_load_state").iter().map(|e| e.path.clone()).collect();
    assert_eq!(lookups[0], format!("/api/{}/get_load_state?label=eo-t-0-1", env.db), "the fresh-job scan");
    let begun: Vec<_> =
        fe("/api/transaction/begin").iter().filter_map(|e| e.header("label")).map(String::from).collect();
    assert_eq!(begun, ["eo-t-0-1", "eo-t-0-2"]);
    for p in fe("/api/transaction/prepare") {
        assert_eq!(p.header("prepared_timeout"), Some("300"), "the user's prepared_timeout goes on prepare");
    }
    let order: Vec<_> = log.iter().filter(|e| e.role == "fe").map(|e| e.path.as_str()).collect();
    let first_prepare = order.iter().position(|p| p.ends_with("/prepare")).unwrap();
    let first_commit = order.iter().position(|p| p.ends_with("/commit")).unwrap();
    assert!(first_prepare < first_commit);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn close_without_a_checkpoint_commits_nothing() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let mut sink = eo_sink(&env, env.fe()).await;
    sink.write(rows(&[1])).await.unwrap();
    let s1 = sink.prepare(1).await.unwrap();
    sink.commit(&s1).await.unwrap();
    sink.write(rows(&[2])).await.unwrap();
    sink.flush().await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(table_rows(&env).await, want(&[1]));
    assert_eq!(label_state(&env, "eo-t-0-2").await, "ABORTED", "the open transaction is rolled back at close");
}

/// The sink process of `restore_after_the_process_died_between_prepare_and_commit`: runs
/// only when that test starts this binary with `SLUICE_EO_CHILD` set; prints its state,
/// and exits without closing anything.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn child_prepares_then_dies() {
    let Ok(spec) = std::env::var("SLUICE_EO_CHILD") else { return };
    let [fe, mysql, db] = <[&str; 3]>::try_from(spec.split(' ').collect::<Vec<_>>()).unwrap();
    let jdbc = format!("jdbc:mysql://{mysql}");
    let opts: Vec<(String, String)> = [
        ("connector", "starrocks"),
        ("jdbc-url", jdbc.as_str()),
        ("load-url", fe),
        ("database-name", db),
        ("table-name", "t"),
        ("username", "root"),
        ("password", PASSWORD),
        ("sink.semantic", "exactly-once"),
        ("sink.label-prefix", "eo"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let mut sink = builder(&opts).columns(score_columns(), false).build().await.unwrap();
    sink.restore(Vec::new()).await.unwrap();
    sink.write(rows(&[1, 2, 3])).await.unwrap();
    let state = sink.prepare(1).await.unwrap();
    // Rows of the next checkpoint, loaded into an open transaction that nobody prepares.
    sink.write(rows(&[4])).await.unwrap();
    sink.flush().await.unwrap();
    println!("EO-STATE {}", serde_json::to_string(&state).unwrap());
    use std::io::Write as _;
    let _ = std::io::stdout().flush();
    std::process::exit(0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restore_after_the_process_died_between_prepare_and_commit() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let spec = format!("{} {} {}", env.fe(), env.emu.mysql_addr(), env.db);
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "child_prepares_then_dies", "--nocapture", "--test-threads=1"])
            .env("SLUICE_EO_CHILD", spec)
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout
        .lines()
        .find_map(|l| l.split_once("EO-STATE ").map(|(_, state)| state))
        .unwrap_or_else(|| panic!("no state from the child: {stdout}\n{}", String::from_utf8_lossy(&out.stderr)));
    let state: CheckpointState = serde_json::from_str(line).unwrap();
    assert_eq!(labels(&state), ["eo-t-0-1"]);
    assert_eq!(env.count("t").await, 0, "the child died before commit");
    assert_eq!(label_state(&env, "eo-t-0-1").await, "PREPARED");
    assert_eq!(label_state(&env, "eo-t-0-2").await, "PREPARE", "the child's open transaction lingers");

    let mut sink = eo_sink(&env, env.fe()).await;
    sink.restore(vec![state.clone()]).await.unwrap();
    assert_eq!(table_rows(&env).await, want(&[1, 2, 3]), "the prepared transaction is committed");
    assert_eq!(label_state(&env, "eo-t-0-2").await, "ABORTED", "the lingering one is aborted");
    sink.close().await.unwrap();

    // Restoring from the same checkpoint again commits nothing twice.
    let mut sink = eo_sink(&env, env.fe()).await;
    sink.restore(vec![state]).await.unwrap();
    assert_eq!(table_rows(&env).await, want(&[1, 2, 3]));
    sink.write(rows(&[5])).await.unwrap();
    let s2 = sink.prepare(2).await.unwrap();
    assert_eq!(labels(&s2), ["eo-t-0-3"], "labels go on after the last one in use");
    sink.commit(&s2).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(table_rows(&env).await, want(&[1, 2, 3, 5]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lingering_transactions_are_aborted_at_restore() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let mut a = eo_sink(&env, env.fe()).await;
    a.write(rows(&[1, 2])).await.unwrap();
    let s1 = a.prepare(1).await.unwrap();
    // Checkpoint 1 completes, but the job fails before its commit. Work after it lingers:
    a.write(rows(&[3])).await.unwrap();
    let s2 = a.prepare(2).await.unwrap(); // checkpoint 2 never completes
    assert_eq!(labels(&s2), ["eo-t-0-1", "eo-t-0-2"], "uncommitted checkpoint 1 is still pending");
    a.write(rows(&[4])).await.unwrap();
    a.flush().await.unwrap();
    // The process "dies": nothing of `a` runs again (no close, no rollback).
    std::mem::forget(a);
    assert_eq!(label_state(&env, "eo-t-0-2").await, "PREPARED");
    assert_eq!(label_state(&env, "eo-t-0-3").await, "PREPARE");

    let mut b = eo_sink(&env, env.fe()).await;
    b.restore(vec![s1]).await.unwrap();
    assert_eq!(table_rows(&env).await, want(&[1, 2]), "only the checkpointed rows");
    assert_eq!(label_state(&env, "eo-t-0-2").await, "ABORTED");
    assert_eq!(label_state(&env, "eo-t-0-3").await, "ABORTED");
    assert_eq!(label_state(&env, "eo-t-0-4").await, "UNKNOWN");
    b.write(rows(&[5])).await.unwrap();
    let s = b.prepare(2).await.unwrap();
    assert_eq!(labels(&s), ["eo-t-0-4"]);
    b.commit(&s).await.unwrap();
    b.close().await.unwrap();
    assert_eq!(table_rows(&env).await, want(&[1, 2, 5]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_commit_answered_publish_timeout_is_settled_by_the_label_state() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    let mut sink = eo_sink(&env, proxy.fe).await;
    sink.write(rows(&[1, 2])).await.unwrap();
    let s1 = sink.prepare(1).await.unwrap();
    let id = env
        .emu
        .faults()
        .inject(Fault::new(RequestKind::TxnCommit, Action::PublishTimeout { publish_delay: Duration::from_secs(1) }))
        .unwrap();
    proxy.clear();
    sink.commit(&s1).await.unwrap();
    assert_eq!(env.emu.faults().fired(id), 1);
    let log = proxy.log();
    let commits: Vec<_> = log.iter().filter(|e| e.role == "fe" && e.path.ends_with("/commit")).collect();
    assert_eq!(commits.len(), 1, "not sent again blindly");
    assert!(commits[0].response.contains("publish timeout"), "{}", commits[0].response);
    let after = log.iter().skip_while(|e| !e.path.ends_with("/commit")).filter(|e| e.path.contains("get_load_state"));
    assert_eq!(after.count(), 1, "the label's state settles it");
    let deadline = Instant::now() + Duration::from_secs(10);
    while env.count("t").await < 2 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(table_rows(&env).await, want(&[1, 2]));
    // The next checkpoint works as usual.
    sink.write(rows(&[3])).await.unwrap();
    let s2 = sink.prepare(2).await.unwrap();
    sink.commit(&s2).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(table_rows(&env).await, want(&[1, 2, 3]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn committing_a_committed_transaction_is_done() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let proxy = Proxy::start(env.fe(), env.emu.be_http_addr()).await;
    let mut sink = eo_sink(&env, proxy.fe).await;
    sink.write(rows(&[1, 2])).await.unwrap();
    let s1 = sink.prepare(1).await.unwrap();
    sink.commit(&s1).await.unwrap();
    sink.commit(&s1).await.unwrap();
    assert_eq!(label_state(&env, "eo-t-0-1").await, "VISIBLE");
    sink.close().await.unwrap();
    // A restore of the same checkpoint: committed counts as done (#393).
    let mut again = eo_sink(&env, proxy.fe).await;
    again.restore(vec![s1.clone()]).await.unwrap();
    again.commit(&s1).await.unwrap();
    again.close().await.unwrap();
    assert_eq!(table_rows(&env).await, want(&[1, 2]));
    let log = proxy.log();
    let commits: Vec<_> = log.iter().filter(|e| e.role == "fe" && e.path.ends_with("/commit")).collect();
    assert_eq!(commits.len(), 4);
    assert!(commits[1].response.contains("has already committed"), "{}", commits[1].response);
    let prepare = log.iter().find(|e| e.path.ends_with("/prepare")).unwrap();
    assert_eq!(prepare.header("prepared_timeout"), None, "no prepared_timeout unless set, as the connector");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fresh_job_with_a_used_prefix_goes_on_after_its_labels() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let mut first = eo_sink(&env, env.fe()).await;
    first.write(rows(&[1])).await.unwrap();
    let s1 = first.prepare(1).await.unwrap();
    first.commit(&s1).await.unwrap();
    first.write(rows(&[2])).await.unwrap();
    let s2 = first.prepare(2).await.unwrap();
    first.commit(&s2).await.unwrap();
    first.close().await.unwrap();

    // A stateless restart with the same prefix: committed labels are passed over.
    let mut second = eo_sink(&env, env.fe()).await;
    second.write(rows(&[3])).await.unwrap();
    let s = second.prepare(1).await.unwrap();
    assert_eq!(labels(&s), ["eo-t-0-3"]);
    second.commit(&s).await.unwrap();
    second.close().await.unwrap();
    assert_eq!(table_rows(&env).await, want(&[1, 2, 3]));

    // Restoring checkpoint 1 although checkpoint 2 was committed would load rows twice.
    let mut old = eo_sink(&env, env.fe()).await;
    let err = old.restore(vec![s1]).await.unwrap_err();
    assert!(err.to_string().contains("older checkpoint"), "{err}");
    assert!(old.write(rows(&[9])).await.is_err(), "a sink whose restore failed takes no rows");
    assert_eq!(table_rows(&env).await, want(&[1, 2, 3]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restore_after_the_sink_and_starrocks_restarted() {
    let n: u32 = rand::random();
    let path = std::env::temp_dir().join(format!("sluice-exactly-once-{n:08x}.db"));
    let db = format!("db_{n:08x}");
    let env = Env::start_with(&db, Storage::Sqlite(path.clone())).await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let mut a = eo_sink(&env, env.fe()).await;
    a.write(rows(&[1, 2])).await.unwrap();
    let s1 = a.prepare(1).await.unwrap();
    a.write(rows(&[3])).await.unwrap();
    a.flush().await.unwrap();
    std::mem::forget(a);
    env.emu.shutdown().await;

    // StarRocks keeps prepared transactions across a restart and loses open ones (§4.8).
    let emu = Emulator::builder()
        .mysql_port(0)
        .http_port(0)
        .be_port(0)
        .storage(Storage::Sqlite(path.clone()))
        .password(PASSWORD)
        .start()
        .await
        .unwrap();
    let env = Env { emu, db };
    assert_eq!(label_state(&env, "eo-t-0-1").await, "PREPARED");
    assert_eq!(env.count("t").await, 0);
    let mut b = eo_sink(&env, env.fe()).await;
    b.restore(vec![s1]).await.unwrap();
    assert_eq!(table_rows(&env).await, want(&[1, 2]));
    assert_ne!(label_state(&env, "eo-t-0-2").await, "PREPARE");
    b.write(rows(&[4])).await.unwrap();
    let s2 = b.prepare(2).await.unwrap();
    b.commit(&s2).await.unwrap();
    b.close().await.unwrap();
    assert_eq!(table_rows(&env).await, want(&[1, 2, 4]));
    env.emu.shutdown().await;
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_subtasks_restored_into_one() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let mut states = Vec::new();
    for (subtask, ids) in [(0, [1, 2]), (1, [3, 4])] {
        let opts = eo_options(&env, env.fe(), "t", &[]);
        let mut sink = builder(&opts).columns(score_columns(), false).subtask(subtask).build().await.unwrap();
        sink.write(rows(&ids)).await.unwrap();
        let state = sink.prepare(1).await.unwrap();
        assert_eq!(labels(&state), [format!("eo-t-{subtask}-1")]);
        states.push(state);
        sink.write(rows(&[10 + subtask as i32])).await.unwrap();
        sink.flush().await.unwrap();
        std::mem::forget(sink);
    }
    assert_eq!(env.count("t").await, 0);
    let mut one = eo_sink(&env, env.fe()).await;
    one.restore(states).await.unwrap();
    assert_eq!(table_rows(&env).await, want(&[1, 2, 3, 4]));
    assert_eq!(label_state(&env, "eo-t-0-2").await, "ABORTED");
    assert_eq!(label_state(&env, "eo-t-1-2").await, "ABORTED");
    one.write(rows(&[5])).await.unwrap();
    let s = one.prepare(2).await.unwrap();
    assert_eq!(labels(&s), ["eo-t-0-3"]);
    one.commit(&s).await.unwrap();
    one.close().await.unwrap();
    assert_eq!(table_rows(&env).await, want(&[1, 2, 3, 4, 5]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn labels_in_use_are_passed_over_never_joined() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let mut a = eo_sink(&env, env.fe()).await;
    a.write(rows(&[1])).await.unwrap();
    let s1 = a.prepare(1).await.unwrap();
    a.commit(&s1).await.unwrap();
    a.write(rows(&[2])).await.unwrap();
    a.flush().await.unwrap();
    std::mem::forget(a); // leaves eo-t-0-2 open, with row 2 loaded

    // Without the lingering-transaction scan the counter starts at 1 again.
    let opts = eo_options(&env, env.fe(), "t", &[("sink.exactly-once.enable-abort-lingering-txn", "false")]);
    let mut b = builder(&opts).columns(score_columns(), false).build().await.unwrap();
    b.restore(Vec::new()).await.unwrap();
    b.write(rows(&[3])).await.unwrap();
    let s = b.prepare(1).await.unwrap();
    assert_eq!(labels(&s), ["eo-t-0-3"], "the committed and the open label are passed over");
    b.commit(&s).await.unwrap();
    b.close().await.unwrap();
    assert_eq!(table_rows(&env).await, want(&[1, 3]), "the other transaction's row is not committed");
    assert_eq!(label_state(&env, "eo-t-0-2").await, "PREPARE", "and it is left alone");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_begin_whose_answer_was_lost_is_passed_over_and_its_transaction_rolled_back() {
    let env = Env::start().await;
    env.table("t", SCORE_DDL, "DUPLICATE KEY (id)").await;
    let opts = eo_options(&env, env.fe(), "t", &[("sink.max-retries", "3")]);
    let mut sink = builder(&opts).columns(score_columns(), false).build().await.unwrap();
    sink.restore(Vec::new()).await.unwrap();
    // The first begin is performed and its answer lost; the retry under the same label is
    // answered `Label Already Exists`.
    let id = env
        .emu
        .faults()
        .inject(Fault::new(RequestKind::TxnBegin, Action::Reset { after_body_bytes: 1 << 40 }))
        .unwrap();
    sink.write(rows(&[1, 2])).await.unwrap();
    let s1 = sink.prepare(1).await.unwrap();
    assert_eq!(env.emu.faults().fired(id), 1);
    assert_eq!(labels(&s1), ["eo-t-0-2"], "the label is passed over, never joined");
    assert_eq!(
        label_state(&env, "eo-t-0-1").await,
        "ABORTED",
        "its open transaction is rolled back (no restore from a later state would scan it)"
    );
    sink.commit(&s1).await.unwrap();
    sink.close().await.unwrap();
    assert_eq!(table_rows(&env).await, want(&[1, 2]));
}
