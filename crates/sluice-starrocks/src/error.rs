//! The errors of the sink, one enum per stage. Whether a failure is worth retrying is a
//! property of the type ([`TransportError::nothing_sent`], [`LoadError::is_retryable`]),
//! decided from StarRocks' answers in one place (`response::classify`).

use std::fmt::Write as _;
use std::sync::Arc;

use crate::options::OptionProblem;

/// The sink cannot be built from its options and schema.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The option pairs have problems.
    #[error("invalid StarRocks sink options:{}", problems(.0))]
    Options(Vec<OptionProblem>),
    /// A feature of the options that this sink does not implement yet.
    #[error("{what} is not supported by the sluice StarRocks sink yet\n  help: {help}")]
    NotSupported {
        /// The feature.
        what: String,
        /// What to do instead.
        help: String,
    },
    /// A column whose type StarRocks cannot hold.
    #[error("column '{column}' cannot be loaded into StarRocks: {why}\n  help: {help}")]
    Column {
        /// Column name.
        column: String,
        /// The type that is the problem.
        why: String,
        /// How to fix it.
        help: String,
    },
    /// Separators or quoting bytes that cannot work together.
    #[error(
        "invalid CSV layout: {0}\n  help: pick a 'sink.properties.column_separator' and 'sink.properties.row_delimiter' that do not contain each other"
    )]
    Layout(String),
    /// A label prefix StarRocks rejects (labels must match `^[-\w]{{1,128}}$`).
    #[error(
        "'sink.label-prefix' = '{0}' makes labels StarRocks rejects\n  help: use ASCII letters, digits, '_' and '-' only, at most 90 characters"
    )]
    LabelPrefix(String),
    /// `write` on a sink built without a schema.
    #[error("the sink was built without a schema, so it takes rows through write_rows only")]
    NoSchema,
}

fn problems(list: &[OptionProblem]) -> String {
    let mut s = String::new();
    for p in list {
        let _ = write!(s, "\n  {}: {}", p.key, p.message);
        if let Some(h) = &p.help {
            let _ = write!(s, " (help: {h})");
        }
    }
    s
}

/// A batch, or a row, that cannot be written. Nothing of it was buffered.
#[derive(Debug, Clone, thiserror::Error)]
pub enum EncodeError {
    /// The batch does not have the sink's columns.
    #[error("the batch has {got} columns, the sink writes {expected}")]
    ColumnCount {
        /// Columns of the sink's schema.
        expected: usize,
        /// Columns of the batch.
        got: usize,
    },
    /// A value cannot be written.
    #[error("row {row} of the batch, column '{column}': {message}")]
    Value {
        /// Row within the batch (0-based).
        row: usize,
        /// Column name.
        column: String,
        /// What is wrong.
        message: String,
    },
    /// A CSV value that StarRocks would split or misread.
    #[error(
        "row {row} of the batch, column '{column}': the value contains {what}, so StarRocks would load the row wrongly\n  row: {row_text}\n  help: set 'sink.properties.enclose' = '\"' and 'sink.properties.escape' = '\\\\' (StarRocks then reads such values intact), or use 'sink.properties.format' = 'json'"
    )]
    Collision {
        /// Row within the batch (0-based).
        row: usize,
        /// Column name.
        column: String,
        /// The separator, delimiter or marker it contains.
        what: &'static str,
        /// The row as it would have been written.
        row_text: String,
    },
    /// A row handed to `write_rows` that would not be one row of the load.
    #[error("row {row}: {message}")]
    RawRow {
        /// Index of the row in the call.
        row: usize,
        /// What is wrong.
        message: String,
    },
    /// The thread that encodes half of large batches is gone.
    #[error("{0}")]
    Worker(String),
    /// A batch could not be split among the writers of a parallel sink.
    #[error("splitting the batch among the sink's writers: {0}")]
    Split(String),
}

/// An HTTP exchange failed.
#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    /// No connection could be made (nothing was sent).
    #[error("cannot connect to {addr}: {source}")]
    Connect {
        /// The address.
        addr: String,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// Connecting took longer than `sink.connect.timeout-ms` (nothing was sent).
    #[error("connecting to {addr} timed out after {ms} ms (sink.connect.timeout-ms)")]
    ConnectTimeout {
        /// The address.
        addr: String,
        /// The timeout.
        ms: u128,
    },
    /// Every `load-url` host failed to connect.
    #[error("None of the hosts in `load-url` could be connected: {0}")]
    NoHost(String),
    /// No answer within `sink.socket.timeout-ms`; the request may have been processed.
    #[error("no answer from {addr} within {ms} ms (sink.socket.timeout-ms)")]
    SocketTimeout {
        /// The address.
        addr: String,
        /// The timeout.
        ms: u128,
    },
    /// The connection broke during the exchange; the request may have been processed.
    #[error("HTTP exchange with {addr} failed: {source}")]
    Http {
        /// The address.
        addr: String,
        /// The HTTP error.
        #[source]
        source: hyper::Error,
    },
    /// A `Location` or `ErrorURL` that is not an `http://host:port/path` URL.
    #[error("cannot use URL '{0}'")]
    BadUrl(String),
    /// Redirected more often than StarRocks ever redirects.
    #[error("too many redirects, last to {0}")]
    Redirects(String),
}

impl TransportError {
    /// Whether the request certainly did not reach the server (safe to send again anywhere).
    pub fn nothing_sent(&self) -> bool {
        matches!(self, Self::Connect { .. } | Self::ConnectTimeout { .. } | Self::NoHost(_))
    }
}

/// A load, or a step of a transaction, failed.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The exchange itself failed.
    #[error("{op} of label {label}: {source}")]
    Transport {
        /// The step (`stream load`, `begin`, `load`, …).
        op: &'static str,
        /// The label.
        label: String,
        /// What failed.
        #[source]
        source: TransportError,
    },
    /// StarRocks answered with a failure.
    #[error("StarRocks rejected the {op} of label {label} (db {db}, table {table}): {status}: {message}{}", rejected(.rejected_rows))]
    Rejected {
        /// The step.
        op: &'static str,
        /// Database.
        db: String,
        /// Table.
        table: String,
        /// The label.
        label: String,
        /// `Status` of the answer (or the HTTP status).
        status: String,
        /// `Message` of the answer.
        message: String,
        /// The answer as received.
        body: String,
        /// Rejected rows with StarRocks' reasons, from the `ErrorURL` (masked when
        /// `sink.sanitize-error-log` is set).
        rejected_rows: Option<String>,
        /// The rows themselves were rejected: sending them again cannot help.
        data_error: bool,
    },
    /// The label is in a state that is neither loaded nor retryable.
    #[error("label {label} is {state}{}", if .reason.is_empty() { String::new() } else { format!(" ({})", .reason) })]
    LabelState {
        /// The label.
        label: String,
        /// Its state.
        state: String,
        /// The reason StarRocks gives.
        reason: String,
    },
    /// A merge-commit chunk that is neither loaded nor failed in time.
    #[error("merge commit into {db}.{table}: {message}")]
    MergeCommit {
        /// Database.
        db: String,
        /// Table.
        table: String,
        /// What did not finish.
        message: String,
    },
    /// LZ4 compression of a body failed.
    #[error("cannot compress a load body: {0}")]
    Compression(String),
    /// Transient failures that did not go away.
    #[error("{op} of label {label} still failing after {attempts} attempts (sink.max-retries): {last}")]
    RetriesExhausted {
        /// The step.
        op: &'static str,
        /// The label.
        label: String,
        /// Attempts made.
        attempts: u32,
        /// The last failure.
        last: String,
    },
}

fn rejected(rows: &Option<String>) -> String {
    rows.as_ref().map(|r| format!("\n  rejected rows:\n{r}")).unwrap_or_default()
}

impl LoadError {
    /// Whether trying the same request again may succeed.
    pub fn is_retryable(&self) -> bool {
        match self {
            LoadError::Transport { source, .. } => source.nothing_sent(),
            LoadError::Rejected { .. }
            | LoadError::LabelState { .. }
            | LoadError::MergeCommit { .. }
            | LoadError::Compression(_)
            | LoadError::RetriesExhausted { .. } => false,
        }
    }

    /// Whether StarRocks rejected the rows themselves.
    pub fn is_data_error(&self) -> bool {
        matches!(self, LoadError::Rejected { data_error: true, .. })
    }
}

/// What the sink reports to its caller.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SinkError {
    /// The sink could not be built.
    #[error(transparent)]
    Config(Arc<ConfigError>),
    /// A batch could not be written; the sink is still usable.
    #[error(transparent)]
    Encode(#[from] EncodeError),
    /// Loading failed; the sink rolled back what it could and takes no more rows.
    #[error(transparent)]
    Load(Arc<LoadError>),
    /// A checkpoint state that does not fit this sink, or a two-phase-commit step out of
    /// order.
    #[error("exactly-once StarRocks sink: {0}")]
    State(String),
    /// The sink was closed, or failed earlier.
    #[error("the StarRocks sink is closed{}", .0.as_ref().map(|e| format!(" after an earlier failure: {e}")).unwrap_or_default())]
    Closed(Option<Arc<LoadError>>),
}

impl From<ConfigError> for SinkError {
    fn from(e: ConfigError) -> Self {
        SinkError::Config(Arc::new(e))
    }
}

impl From<LoadError> for SinkError {
    fn from(e: LoadError) -> Self {
        SinkError::Load(Arc::new(e))
    }
}
