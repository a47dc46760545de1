//! The AST of Flink statements. Flink-only statements and clauses are our own nodes;
//! queries and expressions are `sqlparser` nodes. Spans never take part in equality, so a
//! statement re-parsed from its `Display` equals the original.

mod display;
mod node_span;
mod statements;
mod types;

pub use node_span::NodeSpan;
pub use sqlparser::ast::{Expr, Query};
pub use statements::*;
pub use types::*;

use sluice_common::Span;

/// An identifier; `quoted` records back-ticks (which do not change its meaning: Flink keeps
/// case either way), so two identifiers are equal when their values are.
#[derive(Debug, Clone, Eq)]
pub struct Ident {
    /// The name, case kept, back-ticks removed.
    pub value: String,
    /// Whether it was written in back-ticks.
    pub quoted: bool,
    /// Where it was written.
    pub span: NodeSpan,
}

impl PartialEq for Ident {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl Ident {
    /// An unquoted identifier without a span (for tests and generated nodes).
    pub fn new(value: impl Into<String>) -> Self {
        Ident { value: value.into(), quoted: false, span: NodeSpan::default() }
    }

    /// Its span in the file.
    pub fn span(&self) -> Span {
        self.span.0
    }
}

/// A compound name `[catalog.][database.]object` (1 to 3 parts for tables).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectName(pub Vec<Ident>);

impl ObjectName {
    /// The span from the first to the last part.
    pub fn span(&self) -> Span {
        match (self.0.first(), self.0.last()) {
            (Some(a), Some(b)) => a.span().union(b.span()),
            _ => Span::default(),
        }
    }

    /// The last part (the object's own name).
    pub fn object(&self) -> &str {
        self.0.last().map(|i| i.value.as_str()).unwrap_or("")
    }
}

/// A single-quoted string literal (quotes removed, `''` unescaped).
#[derive(Debug, Clone, Eq)]
pub struct StringLit {
    /// The value.
    pub value: String,
    /// Where the literal was written (including its quotes).
    pub span: NodeSpan,
}

impl PartialEq for StringLit {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl StringLit {
    /// A literal without a span.
    pub fn new(value: impl Into<String>) -> Self {
        StringLit { value: value.into(), span: NodeSpan::default() }
    }

    /// Its span in the file.
    pub fn span(&self) -> Span {
        self.span.0
    }
}

/// One `'key' = 'value'` entry of `WITH (…)`, `SET (…)` and the like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SqlOption {
    /// The key literal.
    pub key: StringLit,
    /// The value literal.
    pub value: StringLit,
}

/// A hint `/*+ NAME(…) */`, kept for validation; hints never take part in equality.
#[derive(Debug, Clone)]
pub struct Hint {
    /// The hint name as written (`OPTIONS`, `LOOKUP`, `BROADCAST`, …).
    pub name: String,
    /// The text between the parentheses, if any.
    pub args: Option<String>,
    /// Where the hint was written.
    pub span: Span,
}

impl PartialEq for Hint {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Hint {}
