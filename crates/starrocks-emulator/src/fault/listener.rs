//! Node faults: every listener (FE MySQL, FE HTTP, BE HTTP) runs [`accept_loop`], which
//! follows its node's [`NodeState`]: stalled (accept nothing; connections wait in the listen
//! backlog), refusing (the listening socket is closed, so connects are refused; it is bound
//! again afterwards) or down (refusing, and open connections dropped).

use super::Node;
use std::collections::HashMap;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinSet;
use tokio::time::Instant;

/// Whether a node refuses connections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Refusal {
    /// It accepts them.
    #[default]
    No,
    /// Until this instant.
    Until(Instant),
    /// Until told otherwise.
    Forever,
}

/// The fault state of one node's listeners.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct NodeState {
    /// Accept nothing until this instant.
    pub stalled_until: Option<Instant>,
    /// Refuse connections.
    pub refusing: Refusal,
    /// Incremented each time the node goes down: open connections are dropped.
    pub drops: u64,
    /// Incremented by every change; listeners report the last one they applied.
    pub generation: u64,
}

impl NodeState {
    fn refusing_at(&self, now: Instant) -> bool {
        match self.refusing {
            Refusal::No => false,
            Refusal::Until(t) => t > now,
            Refusal::Forever => true,
        }
    }

    /// The next instant at which the state changes by itself.
    fn next_change(&self, now: Instant) -> Option<Instant> {
        let stall = self.stalled_until.filter(|t| *t > now);
        let refuse = match self.refusing {
            Refusal::Until(t) if t > now => Some(t),
            _ => None,
        };
        match (stall, refuse) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// One node's state and the generation each of its listeners has applied.
#[derive(Debug)]
struct Entry {
    tx: watch::Sender<NodeState>,
    applied: Vec<Arc<AtomicU64>>,
}

impl Default for Entry {
    fn default() -> Self {
        Entry { tx: watch::channel(NodeState::default()).0, applied: Vec::new() }
    }
}

/// A listener's view of its node: the state to follow and where to report what it applied.
#[derive(Debug)]
pub struct Subscription {
    state: watch::Receiver<NodeState>,
    applied: Arc<AtomicU64>,
}

/// How long a node change waits for the listeners to apply it.
const APPLY_WAIT: Duration = Duration::from_secs(2);

/// The states of every node, watched by their listeners.
#[derive(Debug, Default)]
pub struct NodeControl {
    entries: Mutex<HashMap<Node, Entry>>,
}

impl NodeControl {
    fn entries(&self) -> MutexGuard<'_, HashMap<Node, Entry>> {
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Changes the node's state; the listeners apply it on their own tasks.
    fn modify(&self, node: Node, f: impl FnOnce(&mut NodeState)) -> Pending {
        let mut g = self.entries();
        let e = g.entry(node).or_default();
        e.tx.send_modify(|s| {
            f(s);
            s.generation += 1;
        });
        Pending { generation: e.tx.borrow().generation, applied: e.applied.clone() }
    }

    /// Registers a listener of the node.
    pub fn subscribe(&self, node: Node) -> Subscription {
        let mut g = self.entries();
        let e = g.entry(node).or_default();
        let applied = Arc::new(AtomicU64::new(0));
        e.applied.push(applied.clone());
        Subscription { state: e.tx.subscribe(), applied }
    }

    /// The node's current state.
    pub fn state(&self, node: Node) -> NodeState {
        self.entries().get(&node).map(|e| *e.tx.borrow()).unwrap_or_default()
    }

    /// Every node with a non-default state.
    pub fn states(&self) -> Vec<(Node, NodeState)> {
        let mut v: Vec<(Node, NodeState)> = self
            .entries()
            .iter()
            .map(|(n, e)| (*n, *e.tx.borrow()))
            .filter(|(_, s)| s.stalled_until.is_some() || s.refusing != Refusal::No)
            .collect();
        v.sort_by_key(|(n, _)| n.name());
        v
    }

    /// Accept nothing for `d`.
    pub fn stall(&self, node: Node, d: Duration) -> Pending {
        let until = Instant::now() + d;
        self.modify(node, |s| s.stalled_until = Some(until))
    }

    /// Refuse connections for `d` (`None`: until [`NodeControl::up`]).
    pub fn refuse(&self, node: Node, d: Option<Duration>) -> Pending {
        let r = d.map_or(Refusal::Forever, |d| Refusal::Until(Instant::now() + d));
        self.modify(node, |s| s.refusing = r)
    }

    /// Refuse connections and drop the open ones.
    pub fn down(&self, node: Node) -> Pending {
        self.modify(node, |s| {
            s.refusing = Refusal::Forever;
            s.drops += 1;
        })
    }

    /// Serve normally again.
    pub fn up(&self, node: Node) -> Pending {
        self.modify(node, |s| {
            s.stalled_until = None;
            s.refusing = Refusal::No;
        })
    }

    /// Every node serves normally again.
    pub fn up_all(&self) -> Vec<Pending> {
        let nodes: Vec<Node> = self.entries().keys().copied().collect();
        nodes.into_iter().map(|n| self.up(n)).collect()
    }
}

/// A node change its listeners may not have applied yet.
#[derive(Debug)]
#[must_use = "wait until the listeners applied the change"]
pub struct Pending {
    generation: u64,
    applied: Vec<Arc<AtomicU64>>,
}

impl Pending {
    fn done(&self) -> bool {
        self.applied.iter().all(|a| a.load(Ordering::SeqCst) >= self.generation)
    }

    /// Blocks until every listener of the node applied the change (at most 2 s).
    pub fn wait_blocking(self) {
        let deadline = std::time::Instant::now() + APPLY_WAIT;
        while !self.done() && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    /// Waits until every listener of the node applied the change (at most 2 s).
    pub async fn wait(self) {
        let deadline = Instant::now() + APPLY_WAIT;
        while !self.done() && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    }
}

/// Accepts connections on `listener` until `shutdown` flips, following the node's state;
/// `serve` runs each connection as a task.
pub async fn accept_loop<F, Fut>(
    listener: TcpListener,
    subscription: Subscription,
    mut shutdown: watch::Receiver<bool>,
    mut serve: F,
) where
    F: FnMut(TcpStream, SocketAddr) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let Subscription { mut state, applied } = subscription;
    let addr = listener.local_addr().ok();
    let mut listener = Some(listener);
    let mut tasks = JoinSet::new();
    let mut drops_seen = state.borrow().drops;
    let mut watching = true;
    loop {
        let st = *state.borrow_and_update();
        if st.drops != drops_seen {
            drops_seen = st.drops;
            tasks.abort_all();
            while tasks.join_next().await.is_some() {}
        }
        let now = Instant::now();
        let refusing = st.refusing_at(now);
        let stalled = st.stalled_until.is_some_and(|t| t > now);
        let mut wake = st.next_change(now);
        if refusing {
            listener = None;
        } else if listener.is_none() {
            listener = match addr {
                Some(a) => TcpListener::bind(a).await.ok(),
                None => None,
            };
            if listener.is_none() {
                wake = Some(now + Duration::from_millis(50));
            }
        }
        applied.store(st.generation, Ordering::SeqCst);
        let accepting = listener.is_some() && !refusing && !stalled;
        tokio::select! {
            _ = shutdown.changed() => break,
            changed = state.changed(), if watching => {
                if changed.is_err() {
                    watching = false;
                }
            }
            _ = tokio::time::sleep_until(wake.unwrap_or(now)), if wake.is_some() => {}
            accepted = accept(listener.as_ref()), if accepting => {
                if let Ok((stream, peer)) = accepted {
                    let _ = stream.set_nodelay(true);
                    tasks.spawn(serve(stream, peer));
                }
            }
        }
        while tasks.try_join_next().is_some() {}
    }
    tasks.abort_all();
}

async fn accept(listener: Option<&TcpListener>) -> std::io::Result<(TcpStream, SocketAddr)> {
    match listener {
        Some(l) => l.accept().await,
        None => std::future::pending().await,
    }
}
