//! Options of `'connector' = 'starrocks'`: the declarations (one per key), the typed sink
//! options with their enums, the stream-load properties, and the cross-option rules.

pub mod declarations;
mod problem;
pub mod properties;
mod rules;
mod sink_options;

pub use declarations::{OPTIONS, REJECTED_IN_SQL};
pub use problem::{OptionProblem, ProblemKind};
pub use properties::{Compression, Format, LoadProperties};
pub use sink_options::{MergeCommitOptions, Semantic, SinkVersion, StarRocksSinkOptions};
