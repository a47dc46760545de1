//! Node faults: every listener (FE MySQL, FE HTTP, BE HTTP) runs [`accept_loop`], which
//! follows its node's [`NodeState`]: stalled (accept nothing; connections wait in the listen
//! backlog), refusing (the listening socket is closed, so connects are refused; it is bound
//! again afterwards) or down (refusing, and open connections dropped).

use super::Node;
use std::collections::HashMap;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Mutex, MutexGuard};
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

/// The states of every node, watched by their listeners.
#[derive(Debug, Default)]
pub struct NodeControl {
    senders: Mutex<HashMap<Node, watch::Sender<NodeState>>>,
}

impl NodeControl {
    fn senders(&self) -> MutexGuard<'_, HashMap<Node, watch::Sender<NodeState>>> {
        self.senders.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn modify(&self, node: Node, f: impl FnOnce(&mut NodeState)) {
        let mut g = self.senders();
        let tx = g.entry(node).or_insert_with(|| watch::channel(NodeState::default()).0);
        tx.send_modify(f);
    }

    /// A receiver of the node's state.
    pub fn subscribe(&self, node: Node) -> watch::Receiver<NodeState> {
        let mut g = self.senders();
        g.entry(node).or_insert_with(|| watch::channel(NodeState::default()).0).subscribe()
    }

    /// The node's current state.
    pub fn state(&self, node: Node) -> NodeState {
        self.senders().get(&node).map(|tx| *tx.borrow()).unwrap_or_default()
    }

    /// Every node with a non-default state.
    pub fn states(&self) -> Vec<(Node, NodeState)> {
        let mut v: Vec<(Node, NodeState)> = self
            .senders()
            .iter()
            .map(|(n, tx)| (*n, *tx.borrow()))
            .filter(|(_, s)| s.stalled_until.is_some() || s.refusing != Refusal::No)
            .collect();
        v.sort_by_key(|(n, _)| n.name());
        v
    }

    /// Accept nothing for `d`.
    pub fn stall(&self, node: Node, d: Duration) {
        let until = Instant::now() + d;
        self.modify(node, |s| s.stalled_until = Some(until));
    }

    /// Refuse connections for `d` (`None`: until [`NodeControl::up`]).
    pub fn refuse(&self, node: Node, d: Option<Duration>) {
        let r = d.map_or(Refusal::Forever, |d| Refusal::Until(Instant::now() + d));
        self.modify(node, |s| s.refusing = r);
    }

    /// Refuse connections and drop the open ones.
    pub fn down(&self, node: Node) {
        self.modify(node, |s| {
            s.refusing = Refusal::Forever;
            s.drops += 1;
        });
    }

    /// Serve normally again.
    pub fn up(&self, node: Node) {
        self.modify(node, |s| {
            s.stalled_until = None;
            s.refusing = Refusal::No;
        });
    }

    /// Every node serves normally again.
    pub fn up_all(&self) {
        let nodes: Vec<Node> = self.senders().keys().copied().collect();
        for n in nodes {
            self.up(n);
        }
    }
}

/// Accepts connections on `listener` until `shutdown` flips, following the node's state;
/// `serve` runs each connection as a task.
pub async fn accept_loop<F, Fut>(
    listener: TcpListener,
    mut state: watch::Receiver<NodeState>,
    mut shutdown: watch::Receiver<bool>,
    mut serve: F,
) where
    F: FnMut(TcpStream, SocketAddr) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
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
