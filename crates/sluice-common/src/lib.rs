//! Types shared by every sluice crate: source spans and diagnostics, the Flink logical
//! data type model, row kinds and change batches, connector option declarations and the
//! connector traits. Nothing here does I/O or parses SQL.

pub mod connector;
pub mod diagnostic;
pub mod options;
pub mod row_kind;
pub mod schema;
pub mod sink;
pub mod span;
pub mod suggest;
pub mod types;

pub use diagnostic::{Diagnostic, Label, Severity};
pub use row_kind::{ChangeBatch, RowKind};
pub use span::{SourceFile, Span};
pub use types::{DataType, IntervalKind, RowField, TimestampKind, TypeKind};
