//! A span attached to an AST node that is ignored by equality and hashing.

use std::fmt;
use std::hash::{Hash, Hasher};

use sluice_common::Span;

/// A byte span of the file that does not take part in `==`, so ASTs compare by meaning.
#[derive(Clone, Copy, Default)]
pub struct NodeSpan(pub Span);

impl PartialEq for NodeSpan {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for NodeSpan {}

impl Hash for NodeSpan {
    fn hash<H: Hasher>(&self, _: &mut H) {}
}

impl fmt::Debug for NodeSpan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.0.start, self.0.end)
    }
}

impl From<Span> for NodeSpan {
    fn from(s: Span) -> Self {
        NodeSpan(s)
    }
}
