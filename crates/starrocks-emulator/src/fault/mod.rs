//! Fault injection: deterministic failures scripted from Rust tests ([`FaultHandle`], from
//! `RunningEmulator::faults`) or over the admin HTTP endpoint ([`admin`]).
//!
//! A [`Fault`] targets the Nth request of a [`RequestKind`] (counted from the moment the
//! fault is installed) and gives it an [`Action`]: an HTTP status, a StarRocks status and
//! message, a failure with StarRocks' side effects, a publish timeout, a reset connection, a
//! delayed answer. Node faults act on whole listeners: stall (accept nothing) for a while,
//! refuse connections, take a node down and bring it back ([`NodeControl`]).

pub mod admin;
pub mod apply;
pub mod conn;
pub mod listener;
mod parse;

pub use listener::{NodeControl, NodeState, Pending};

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

/// The kinds of request a fault can target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RequestKind {
    /// `PUT /api/{db}/{table}/_stream_load` without merge commit.
    StreamLoad,
    /// `PUT /api/{db}/{table}/_stream_load` with `enable_merge_commit: true`.
    MergeCommit,
    /// `/api/transaction/begin`.
    TxnBegin,
    /// `/api/transaction/load`.
    TxnLoad,
    /// `/api/transaction/prepare`.
    TxnPrepare,
    /// `/api/transaction/commit`.
    TxnCommit,
    /// `/api/transaction/rollback`.
    TxnRollback,
    /// `GET /api/{db}/get_load_state`.
    LoadState,
    /// A statement on the MySQL port.
    MysqlQuery,
}

impl RequestKind {
    /// Every kind, in documentation order.
    pub const ALL: [RequestKind; 9] = [
        RequestKind::StreamLoad,
        RequestKind::MergeCommit,
        RequestKind::TxnBegin,
        RequestKind::TxnLoad,
        RequestKind::TxnPrepare,
        RequestKind::TxnCommit,
        RequestKind::TxnRollback,
        RequestKind::LoadState,
        RequestKind::MysqlQuery,
    ];

    /// The name used in JSON (`stream_load`, `txn_commit`, …).
    pub fn name(self) -> &'static str {
        match self {
            RequestKind::StreamLoad => "stream_load",
            RequestKind::MergeCommit => "merge_commit",
            RequestKind::TxnBegin => "txn_begin",
            RequestKind::TxnLoad => "txn_load",
            RequestKind::TxnPrepare => "txn_prepare",
            RequestKind::TxnCommit => "txn_commit",
            RequestKind::TxnRollback => "txn_rollback",
            RequestKind::LoadState => "load_state",
            RequestKind::MysqlQuery => "mysql_query",
        }
    }

    /// The kind with this JSON name.
    pub fn from_name(name: &str) -> Option<Self> {
        RequestKind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Whether this is one of the transaction API operations.
    pub fn is_txn(self) -> bool {
        matches!(
            self,
            RequestKind::TxnBegin
                | RequestKind::TxnLoad
                | RequestKind::TxnPrepare
                | RequestKind::TxnCommit
                | RequestKind::TxnRollback
        )
    }
}

/// One server of the emulator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Node {
    /// FE `i` (0-based): its MySQL and HTTP listeners.
    Fe(u16),
    /// The BE HTTP listener.
    Be,
}

impl Node {
    /// `fe:<i>` or `be`.
    pub fn name(self) -> String {
        match self {
            Node::Fe(i) => format!("fe:{i}"),
            Node::Be => "be".into(),
        }
    }
}

/// Where a fault is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Target {
    /// The node that answers the request (the default): the BE for data and transaction
    /// calls it receives, the FE for what it answers itself (label state, commit/rollback
    /// of a prepared or finished transaction, MySQL statements).
    #[default]
    Answering,
    /// Every request of the kind arriving at an FE (`None` = any FE), before the FE routes
    /// it; requests the FE would redirect are counted too.
    Fe(Option<u16>),
    /// Every request of the kind arriving at the BE.
    Be,
}

impl Target {
    fn name(self) -> String {
        match self {
            Target::Answering => "answering".into(),
            Target::Fe(None) => "fe".into(),
            Target::Fe(Some(i)) => format!("fe:{i}"),
            Target::Be => "be".into(),
        }
    }
}

/// What a faulty request gets.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// An HTTP answer with this status, content type and body; nothing is performed.
    HttpStatus {
        /// HTTP status code.
        status: u16,
        /// Content type (default `text/html`).
        content_type: String,
        /// Body.
        body: String,
    },
    /// The node's JSON envelope with this StarRocks status word and message (BE stream load:
    /// the §3.4 reply with `TxnId` -1; BE transaction API: `{"Status", "Message"}`, `Label`
    /// second for `TXN_IN_PROCESSING`; FE: `TransactionResult`; label state:
    /// `RestBaseResult`; MySQL: an ERR packet with code 1064); nothing is performed.
    Status {
        /// Status word (`TXN_IN_PROCESSING`, `Fail`, `FAILED`, …).
        status: String,
        /// Message.
        message: String,
    },
    /// The operation fails the way StarRocks fails it: a stream load begins, reads the body
    /// and is aborted (`Fail`, real `TxnId`, label reusable); a transaction `load`,
    /// `prepare` or BE `commit` aborts the transaction (`INTERNAL_ERROR`); other kinds get
    /// their failure envelope. `error_log` lines, if any, are served at the `ErrorURL`.
    Fail {
        /// Message.
        message: String,
        /// Rejected-row log lines (`Error: <reason>. Row: <row>`).
        error_log: Vec<String>,
    },
    /// Commit succeeds but publish is slow: the transaction is COMMITTED and becomes
    /// VISIBLE after `publish_delay`. Stream load answers `Publish Timeout`; a BE commit
    /// `PUBLISH_TIMEOUT`; an FE commit of a prepared transaction `FAILED` with
    /// `publish timeout: <ms>, transactionId=<id>` (a retried commit then says "already
    /// committed").
    PublishTimeout {
        /// Time until the transaction becomes VISIBLE.
        publish_delay: Duration,
    },
    /// Begin is refused because the database has too many running transactions
    /// (`current running txns on db <id> is 1000, larger than limit 1000`).
    TooManyTxns,
    /// The connection is reset (RST). A request whose body is longer than
    /// `after_body_bytes` is cut after that many bytes and not performed; otherwise it is
    /// performed and the answer is lost.
    Reset {
        /// Body bytes read before the reset.
        after_body_bytes: u64,
    },
    /// The request is performed and answered after `delay`.
    Delay {
        /// How long the answer is held back.
        delay: Duration,
    },
    /// MySQL: an ERR packet with this code, SQLSTATE and message.
    MysqlError {
        /// Error code.
        code: u16,
        /// SQLSTATE (5 characters).
        state: String,
        /// Message.
        message: String,
    },
}

impl Action {
    /// `Fail` with a message and no error log.
    pub fn fail(message: impl Into<String>) -> Self {
        Action::Fail { message: message.into(), error_log: Vec::new() }
    }

    /// A StarRocks status word and message.
    pub fn status(status: impl Into<String>, message: impl Into<String>) -> Self {
        Action::Status { status: status.into(), message: message.into() }
    }

    /// `TXN_IN_PROCESSING` / `Transaction is in processing`.
    pub fn txn_in_processing() -> Self {
        Action::status("TXN_IN_PROCESSING", "Transaction is in processing")
    }

    /// An HTTP status with an empty `text/html` body.
    pub fn http_status(status: u16) -> Self {
        Action::HttpStatus { status, content_type: "text/html".into(), body: String::new() }
    }

    /// The JSON name of the action.
    pub fn name(&self) -> &'static str {
        match self {
            Action::HttpStatus { .. } => "http_status",
            Action::Status { .. } => "status",
            Action::Fail { .. } => "fail",
            Action::PublishTimeout { .. } => "publish_timeout",
            Action::TooManyTxns => "too_many_txns",
            Action::Reset { .. } => "reset",
            Action::Delay { .. } => "delay",
            Action::MysqlError { .. } => "mysql_error",
        }
    }
}

/// A request fault: which requests, where, and what they get.
#[derive(Debug, Clone, PartialEq)]
pub struct Fault {
    /// The kind of request.
    pub kind: RequestKind,
    /// Where it is applied.
    pub target: Target,
    /// The first affected request (1-based), counted from installation among matching
    /// requests.
    pub nth: u64,
    /// How many consecutive matching requests are affected (`u64::MAX`: all from `nth` on).
    pub times: u64,
    /// What they get.
    pub action: Action,
}

impl Fault {
    /// The first request of `kind` at the answering node gets `action`.
    pub fn new(kind: RequestKind, action: Action) -> Self {
        Fault { kind, target: Target::Answering, nth: 1, times: 1, action }
    }

    /// Affects the `n`th matching request (1-based).
    pub fn nth(mut self, n: u64) -> Self {
        self.nth = n.max(1);
        self
    }

    /// Affects `n` consecutive matching requests.
    pub fn times(mut self, n: u64) -> Self {
        self.times = n.max(1);
        self
    }

    /// Affects every matching request from the `nth` on.
    pub fn always(mut self) -> Self {
        self.times = u64::MAX;
        self
    }

    /// Applies the fault at `target`.
    pub fn at(mut self, target: Target) -> Self {
        self.target = target;
        self
    }

    /// Checks that the action makes sense for the kind and target.
    pub fn validate(&self) -> Result<(), String> {
        let k = self.kind;
        let fe_only = matches!(self.target, Target::Fe(_));
        let ok = match &self.action {
            Action::HttpStatus { .. } => k != RequestKind::MysqlQuery,
            Action::MysqlError { .. } => k == RequestKind::MysqlQuery,
            Action::Reset { .. } | Action::Delay { .. } | Action::Status { .. } | Action::Fail { .. } => true,
            Action::PublishTimeout { .. } => matches!(k, RequestKind::StreamLoad | RequestKind::TxnCommit) && !fe_only,
            Action::TooManyTxns => {
                matches!(k, RequestKind::StreamLoad | RequestKind::MergeCommit | RequestKind::TxnBegin) && !fe_only
            }
        };
        if !ok {
            return Err(format!(
                "action {} does not apply to {} at {}",
                self.action.name(),
                k.name(),
                self.target.name()
            ));
        }
        if self.target == Target::Be && matches!(k, RequestKind::LoadState | RequestKind::MysqlQuery) {
            return Err(format!("{} never reaches the BE", k.name()));
        }
        Ok(())
    }
}

/// When a request is checked against the faults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// On arrival at an FE, before routing: matches `Target::Fe` faults.
    Arrival,
    /// Where the answer is produced: matches `Target::Answering` and (on the BE)
    /// `Target::Be` faults.
    Answer,
    /// Both at once (requests an FE always answers itself).
    Both,
}

/// The id of an installed fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FaultId(pub u64);

/// An installed fault with its counters.
#[derive(Debug, Clone, PartialEq)]
pub struct FaultStatus {
    /// Id.
    pub id: FaultId,
    /// The fault.
    pub fault: Fault,
    /// Matching requests seen so far.
    pub seen: u64,
    /// Requests the fault was applied to.
    pub fired: u64,
}

#[derive(Debug, Default)]
struct Rules {
    next_id: u64,
    rules: Vec<FaultStatus>,
}

/// The fault registry shared by every server.
#[derive(Debug, Default)]
pub struct Faults {
    rules: Mutex<Rules>,
    /// Listener states (stall, refuse, down).
    pub nodes: NodeControl,
}

impl Faults {
    fn rules(&self) -> MutexGuard<'_, Rules> {
        self.rules.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Installs a fault.
    pub fn inject(&self, fault: Fault) -> Result<FaultId, String> {
        fault.validate()?;
        let mut r = self.rules();
        r.next_id += 1;
        let id = FaultId(r.next_id);
        r.rules.push(FaultStatus { id, fault, seen: 0, fired: 0 });
        Ok(id)
    }

    /// Removes every request fault.
    pub fn clear_rules(&self) {
        self.rules().rules.clear();
    }

    /// Installed faults with their counters.
    pub fn list(&self) -> Vec<FaultStatus> {
        self.rules().rules.clone()
    }

    /// Counts a request against every matching fault; returns the action of the first one
    /// that fires.
    pub fn check(&self, kind: RequestKind, node: Node, phase: Phase) -> Option<Action> {
        let mut r = self.rules();
        if r.rules.is_empty() {
            return None;
        }
        let mut fired = None;
        for rule in &mut r.rules {
            if rule.fault.kind != kind || !matches_target(rule.fault.target, node, phase) {
                continue;
            }
            rule.seen += 1;
            let f = &rule.fault;
            let in_range = rule.seen >= f.nth && rule.seen - f.nth < f.times;
            if in_range && fired.is_none() {
                rule.fired += 1;
                fired = Some(f.action.clone());
            }
        }
        fired
    }
}

fn matches_target(target: Target, node: Node, phase: Phase) -> bool {
    let arrival = matches!(phase, Phase::Arrival | Phase::Both);
    let answer = matches!(phase, Phase::Answer | Phase::Both);
    match (target, node) {
        (Target::Answering, _) => answer,
        (Target::Fe(None), Node::Fe(_)) => arrival,
        (Target::Fe(Some(i)), Node::Fe(n)) => arrival && i == n,
        (Target::Be, Node::Be) => answer,
        _ => false,
    }
}

/// A handle on a running emulator's faults, for tests. Cheap to clone; usable from any
/// thread. The node methods return once the node's listeners applied the change (they
/// wait at most 2 s, so call them from a thread that is not the only one driving the
/// emulator's runtime).
#[derive(Debug, Clone)]
pub struct FaultHandle {
    faults: Arc<Faults>,
}

impl FaultHandle {
    pub(crate) fn new(faults: Arc<Faults>) -> Self {
        FaultHandle { faults }
    }

    /// Installs a request fault; `Err` when the action does not apply to the kind.
    pub fn inject(&self, fault: Fault) -> Result<FaultId, String> {
        self.faults.inject(fault)
    }

    /// How many requests the fault was applied to so far.
    pub fn fired(&self, id: FaultId) -> u64 {
        self.faults.list().iter().find(|s| s.id == id).map_or(0, |s| s.fired)
    }

    /// Installed faults with their counters.
    pub fn list(&self) -> Vec<FaultStatus> {
        self.faults.list()
    }

    /// The node accepts no connection for `d` (they wait in the listen backlog and are
    /// served afterwards).
    pub fn stall(&self, node: Node, d: Duration) {
        self.faults.nodes.stall(node, d).wait_blocking();
    }

    /// The node refuses connections (its listeners are closed) for `d`, or until
    /// [`FaultHandle::up`] when `None`. Open connections are kept.
    pub fn refuse(&self, node: Node, d: Option<Duration>) {
        self.faults.nodes.refuse(node, d).wait_blocking();
    }

    /// The node goes down: its listeners are closed and its open connections dropped.
    pub fn down(&self, node: Node) {
        self.faults.nodes.down(node).wait_blocking();
    }

    /// Ends a stall, refusal or outage of the node.
    pub fn up(&self, node: Node) {
        self.faults.nodes.up(node).wait_blocking();
    }

    /// Removes every request fault and brings every node back.
    pub fn clear(&self) {
        self.faults.clear_rules();
        for p in self.faults.nodes.up_all() {
            p.wait_blocking();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nth_and_times_count_matching_requests_only() {
        let f = Faults::default();
        f.inject(Fault::new(RequestKind::TxnLoad, Action::txn_in_processing()).nth(2).times(2)).unwrap();
        let check = |k| f.check(k, Node::Be, Phase::Answer).is_some();
        assert!(!check(RequestKind::TxnLoad));
        assert!(!check(RequestKind::TxnBegin));
        assert!(check(RequestKind::TxnLoad));
        assert!(check(RequestKind::TxnLoad));
        assert!(!check(RequestKind::TxnLoad));
        assert_eq!(f.list()[0].seen, 4);
        assert_eq!(f.list()[0].fired, 2);
    }

    #[test]
    fn targets_pick_the_phase() {
        let f = Faults::default();
        f.inject(Fault::new(RequestKind::TxnCommit, Action::http_status(500)).at(Target::Fe(Some(1)))).unwrap();
        assert!(f.check(RequestKind::TxnCommit, Node::Fe(0), Phase::Arrival).is_none());
        assert!(f.check(RequestKind::TxnCommit, Node::Fe(1), Phase::Answer).is_none());
        assert!(f.check(RequestKind::TxnCommit, Node::Be, Phase::Answer).is_none());
        assert!(f.check(RequestKind::TxnCommit, Node::Fe(1), Phase::Arrival).is_some());
        f.inject(Fault::new(RequestKind::TxnCommit, Action::fail("x"))).unwrap();
        assert!(f.check(RequestKind::TxnCommit, Node::Fe(0), Phase::Arrival).is_none());
        assert!(f.check(RequestKind::TxnCommit, Node::Fe(0), Phase::Answer).is_some());
    }

    #[test]
    fn invalid_combinations_are_refused() {
        let f = Faults::default();
        assert!(f.inject(Fault::new(RequestKind::TxnLoad, Action::TooManyTxns)).is_err());
        assert!(f.inject(Fault::new(RequestKind::MysqlQuery, Action::http_status(500))).is_err());
        assert!(f.inject(Fault::new(RequestKind::LoadState, Action::fail("x")).at(Target::Be)).is_err());
        assert!(
            f.inject(
                Fault::new(RequestKind::StreamLoad, Action::PublishTimeout { publish_delay: Duration::ZERO })
                    .at(Target::Fe(None))
            )
            .is_err()
        );
    }
}
