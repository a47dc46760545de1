//! The typed options of a StarRocks sink: pulled from the `WITH` map once, checked, and
//! from then on read as fields and enums, never as strings.

use std::time::Duration;

use sluice_common::options::OptionValue;

use super::declarations::{self, SINK_PROPERTIES_PREFIX};
use super::problem::{OptionProblem, ProblemKind};
use super::properties::LoadProperties;

/// `sink.version`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SinkVersion {
    /// Stream load, one label per flush.
    V1,
    /// Transaction stream load (or plain stream load, see
    /// [`StarRocksSinkOptions::use_transaction_stream_load`]).
    V2,
    /// V2 for at-least-once; for exactly-once, V2 when the server supports transactions.
    Auto,
}

/// `sink.semantic`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Semantic {
    /// Rows may be loaded twice after a failure, never lost.
    AtLeastOnce,
    /// Two-phase commit tied to checkpoints.
    ExactlyOnce,
}

/// Merge-commit client options (`sink.merge-commit.*`).
#[derive(Debug, Clone, PartialEq)]
pub struct MergeCommitOptions {
    /// Largest body of one request.
    pub chunk_size: u64,
    /// Concurrent requests per table; `None` means unlimited, `Some(1)` serial.
    pub max_concurrent_requests: Option<u32>,
    /// Threads of the FE metadata client.
    pub http_thread_num: u32,
    /// Connections per route.
    pub http_max_connections: u32,
    /// Connections in total.
    pub http_total_max_connections: u32,
    /// Idle connections close after this long.
    pub http_idle_connection_timeout: Duration,
    /// Refresh period of the BE list.
    pub node_meta_update_interval: Duration,
    /// Delay before the first label-state poll.
    pub check_label_state_init_delay: Duration,
    /// Label-state poll interval.
    pub check_label_state_interval: Duration,
    /// Poll deadline; `None` means the load timeout.
    pub check_label_state_timeout: Option<Duration>,
    /// Send loads straight to BEs.
    pub backend_direct_connection: bool,
    /// Retries, only when `sink.max-retries` was set explicitly (else 0).
    pub max_retries: u32,
    /// Pause between retries.
    pub retry_interval: Duration,
    /// Count rows without sending them.
    pub blackhole: bool,
}

/// Everything a StarRocks sink reads from its options.
#[derive(Debug, Clone, PartialEq)]
pub struct StarRocksSinkOptions {
    /// `jdbc-url` as written.
    pub jdbc_url: String,
    /// `load-url` entries, each with a scheme (`http://` added when missing).
    pub load_urls: Vec<String>,
    /// `database-name`.
    pub database: String,
    /// `table-name`.
    pub table: String,
    /// `username`.
    pub username: String,
    /// `password` (never print it).
    pub password: String,
    /// `sink.version`.
    pub version: SinkVersion,
    /// `sink.semantic`.
    pub semantic: Semantic,
    /// `sink.label-prefix`.
    pub label_prefix: Option<String>,
    /// `sink.buffer-flush.max-bytes`.
    pub buffer_max_bytes: u64,
    /// `sink.buffer-flush.max-rows` (V1).
    pub buffer_max_rows: u64,
    /// `sink.buffer-flush.interval-ms`.
    pub flush_interval: Duration,
    /// `sink.buffer-flush.enqueue-timeout-ms` (V1).
    pub enqueue_timeout: Duration,
    /// `sink.max-retries`.
    pub max_retries: u32,
    /// Whether `sink.max-retries` was given.
    pub max_retries_set: bool,
    /// `sink.retry.interval-ms`.
    pub retry_interval: Duration,
    /// `sink.connect.timeout-ms`, clamped into 100 ms ..= 60 s as the connector does.
    pub connect_timeout: Duration,
    /// `sink.socket.timeout-ms`; `None` waits forever (-1 and 0).
    pub socket_timeout: Option<Duration>,
    /// `sink.wait-for-continue.timeout-ms`, clamped into 3 s ..= 600 s.
    pub wait_for_continue_timeout: Duration,
    /// `sink.io.thread-count`.
    pub io_thread_count: u32,
    /// `sink.chunk-limit`, capped per format (3 GB JSON, 10 GB CSV).
    pub chunk_limit: u64,
    /// `sink.scan-frequency.ms`.
    pub scan_frequency: Duration,
    /// `sink.at-least-once.use-transaction-stream-load`.
    pub use_transaction_stream_load: bool,
    /// `sink.ignore.update-before`.
    pub ignore_update_before: bool,
    /// `sink.exactly-once.enable-label-gen`.
    pub exactly_once_label_gen: bool,
    /// `sink.exactly-once.enable-abort-lingering-txn`.
    pub abort_lingering_txn: bool,
    /// `sink.exactly-once.check-num-lingering-txn` (-1: until the first clean id).
    pub check_num_lingering_txn: i32,
    /// `sink.use.new-sink-api`.
    pub use_new_sink_api: bool,
    /// `sink.wrap-json-as-array`.
    pub wrap_json_as_array: bool,
    /// `sink.sanitize-error-log`.
    pub sanitize_error_log: bool,
    /// `sink.metric.histogram-window-size`.
    pub histogram_window_size: u32,
    /// `sink.parallelism`.
    pub parallelism: Option<u32>,
    /// Merge-commit client options.
    pub merge_commit: MergeCommitOptions,
    /// `sink.properties.*` and what they mean.
    pub properties: LoadProperties,
}

const GIB: u64 = 1 << 30;

impl StarRocksSinkOptions {
    /// Pulls the sink options from a table's `WITH` pairs; `Err` holds every error (not
    /// only the first). Keys of the source role and unknown keys are the factory's concern.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Self, Vec<OptionProblem>> {
        let (options, problems) = Self::parse(pairs);
        match options {
            Some(options) if !problems.iter().any(OptionProblem::is_error) => Ok(options),
            _ => Err(problems.into_iter().filter(OptionProblem::is_error).collect()),
        }
    }

    /// Like [`from_pairs`](Self::from_pairs), but also returns warnings, and the options
    /// (with defaults in place of bad values) whenever the required ones are present.
    pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Option<Self>, Vec<OptionProblem>) {
        let pairs: Vec<(&str, &str)> = pairs.into_iter().collect();
        let mut r = Reader { pairs: &pairs, errors: Vec::new() };
        let jdbc_url = r.required("jdbc-url");
        let load_urls = r.load_urls();
        let database = r.required("database-name");
        let table = r.required("table-name");
        let username = r.required("username");
        let password = r.required("password");
        let version = r.version();
        let semantic = r.semantic();
        let label_prefix = r.label_prefix();
        let buffer_max_bytes = r.long("sink.buffer-flush.max-bytes") as u64;
        let buffer_max_rows = r.long("sink.buffer-flush.max-rows") as u64;
        let flush_interval = Duration::from_millis(r.long("sink.buffer-flush.interval-ms") as u64);
        let enqueue_timeout = Duration::from_millis(r.long("sink.buffer-flush.enqueue-timeout-ms") as u64);
        let max_retries = r.long("sink.max-retries") as u32;
        let max_retries_set = r.raw("sink.max-retries").is_some();
        let retry_interval = Duration::from_millis(r.long("sink.retry.interval-ms").max(0) as u64);
        let connect_timeout = Duration::from_millis(r.long("sink.connect.timeout-ms").clamp(100, 60_000) as u64);
        let socket_timeout = match r.long("sink.socket.timeout-ms") {
            ms if ms > 0 => Some(Duration::from_millis(ms as u64)),
            _ => None,
        };
        let wait_for_continue_timeout =
            Duration::from_millis(r.long("sink.wait-for-continue.timeout-ms").clamp(3_000, 600_000) as u64);
        let io_thread_count = r.long("sink.io.thread-count").max(1) as u32;
        let chunk_limit_raw = r.long("sink.chunk-limit").max(1) as u64;
        let scan_frequency = Duration::from_millis(r.long("sink.scan-frequency.ms").max(1) as u64);
        let properties = r.properties();
        let chunk_limit = chunk_limit_raw.min(if properties.is_json() { 3 * GIB } else { 10 * GIB });
        let max_concurrent = r.long("sink.merge-commit.max-concurrent-requests");
        let merge_commit = MergeCommitOptions {
            chunk_size: match r.raw("sink.merge-commit.chunk.size") {
                Some(_) => r.long("sink.merge-commit.chunk.size").max(1) as u64,
                None if max_concurrent <= 0 => 500 << 20,
                None => 20 << 20,
            },
            max_concurrent_requests: match max_concurrent {
                0 => Some(1),
                n if n < 0 || n == i32::MAX as i64 => None,
                n => Some(n as u32),
            },
            http_thread_num: r.long("sink.merge-commit.http.thread.num").max(1) as u32,
            http_max_connections: r.long("sink.merge-commit.http.max-connections").max(1) as u32,
            http_total_max_connections: r.long("sink.merge-commit.http.total-max-connections").max(1) as u32,
            http_idle_connection_timeout: r.millis("sink.merge-commit.http.idle-connection-timeout-ms"),
            node_meta_update_interval: r.millis("sink.merge-commit.node-meta.update-interval-ms"),
            check_label_state_init_delay: r.millis("sink.merge-commit.check-label-state.init-delay-ms"),
            check_label_state_interval: r.millis("sink.merge-commit.check-label-state.interval-ms"),
            check_label_state_timeout: r
                .raw("sink.merge-commit.check-label-state.timeout-ms")
                .map(|_| r.millis("sink.merge-commit.check-label-state.timeout-ms")),
            backend_direct_connection: r.bool("sink.merge-commit.backend-direct-connection"),
            max_retries: if max_retries_set { max_retries } else { 0 },
            retry_interval,
            blackhole: r.bool("sink.blackhole"),
        };
        let options = StarRocksSinkOptions {
            jdbc_url,
            load_urls,
            database,
            table,
            username,
            password,
            version,
            semantic,
            label_prefix,
            buffer_max_bytes,
            buffer_max_rows,
            flush_interval,
            enqueue_timeout,
            max_retries,
            max_retries_set,
            retry_interval,
            connect_timeout,
            socket_timeout,
            wait_for_continue_timeout,
            io_thread_count,
            chunk_limit,
            scan_frequency,
            use_transaction_stream_load: r.bool("sink.at-least-once.use-transaction-stream-load"),
            ignore_update_before: r.bool("sink.ignore.update-before"),
            exactly_once_label_gen: r.bool("sink.exactly-once.enable-label-gen"),
            abort_lingering_txn: r.bool("sink.exactly-once.enable-abort-lingering-txn"),
            check_num_lingering_txn: r.long("sink.exactly-once.check-num-lingering-txn") as i32,
            use_new_sink_api: r.bool("sink.use.new-sink-api"),
            wrap_json_as_array: r.bool("sink.wrap-json-as-array"),
            sanitize_error_log: r.bool("sink.sanitize-error-log"),
            histogram_window_size: r.long("sink.metric.histogram-window-size").max(1) as u32,
            parallelism: r.parallelism(),
            merge_commit,
            properties,
        };
        let mut problems = r.errors;
        let required_missing = problems.iter().any(|p| p.kind == ProblemKind::Missing);
        let failed: Vec<String> = problems.iter().filter(|p| p.is_error()).map(|p| p.key.clone()).collect();
        // A value that is already wrong gets no second finding about its effect.
        problems.extend(
            super::rules::check(&options, &pairs).into_iter().filter(|p| p.is_error() || !failed.contains(&p.key)),
        );
        (if required_missing { None } else { Some(options) }, problems)
    }

    /// Whether rows go through merge commit (`sink.properties.enable_merge_commit`).
    pub fn merge_commit_enabled(&self) -> bool {
        self.properties.enable_merge_commit
    }
}

/// Reads declared options from the pairs, recording errors and falling back to defaults.
struct Reader<'p, 'a> {
    pairs: &'p [(&'a str, &'a str)],
    errors: Vec<OptionProblem>,
}

impl<'a> Reader<'_, 'a> {
    /// The raw value of `key` or of one of its deprecated spellings.
    /// Flink reads the key itself first and its deprecated spellings only when it is absent.
    fn raw(&self, key: &str) -> Option<&'a str> {
        let decl = declarations::decl(key);
        let value_of = |k: &str| self.pairs.iter().rev().find(|(pk, _)| *pk == k).map(|(_, v)| *v);
        value_of(key).or_else(|| decl.and_then(|d| d.deprecated_keys.iter().find_map(|alias| value_of(alias))))
    }

    fn required(&mut self, key: &'static str) -> String {
        match self.raw(key) {
            Some(v) => v.to_string(),
            None => {
                self.errors.push(OptionProblem::missing(key));
                String::new()
            }
        }
    }

    /// A declared Int/Long option, range-checked with the connector's message.
    fn long(&mut self, key: &'static str) -> i64 {
        let decl = declarations::decl(key).expect("declared option");
        let default = decl.default.and_then(|d| d.parse::<i64>().ok()).unwrap_or(0);
        let Some(value) = self.raw(key) else { return default };
        match decl.ty.parse(value) {
            Ok(OptionValue::Integer(n)) => {
                if let Some((min, max)) = decl.range
                    && ((n as f64) < min || (n as f64) > max)
                {
                    // The connector stops at this error; later rules see the default.
                    self.errors.push(OptionProblem::out_of_range(key, value, range_text(key, min, max)));
                    return default;
                }
                n
            }
            Ok(_) => default,
            Err(why) => {
                self.errors.push(OptionProblem::unparsable(key, value, &why));
                default
            }
        }
    }

    fn millis(&mut self, key: &'static str) -> Duration {
        Duration::from_millis(self.long(key).max(0) as u64)
    }

    fn bool(&mut self, key: &'static str) -> bool {
        let decl = declarations::decl(key).expect("declared option");
        let default = decl.default == Some("true");
        let Some(value) = self.raw(key) else { return default };
        match decl.ty.parse(value) {
            Ok(OptionValue::Bool(b)) => b,
            Ok(_) => default,
            Err(why) => {
                self.errors.push(OptionProblem::unparsable(key, value, &why));
                default
            }
        }
    }

    fn parallelism(&mut self) -> Option<u32> {
        let raw = self.raw("sink.parallelism")?;
        if raw.parse::<i32>().is_err() {
            self.long("sink.parallelism"); // reports the value Flink cannot parse
            return None;
        }
        match self.long("sink.parallelism") {
            n if n > 0 => Some(n as u32),
            n => {
                self.errors.push(OptionProblem::new(
                    "sink.parallelism",
                    format!("Invalid configured parallelism {n} for table."),
                    Some("use a positive parallelism".into()),
                ));
                None
            }
        }
    }

    /// Labels must match `^[-\w]{1,128}$`; the connector does not check the prefix, so a
    /// bad one fails every load.
    fn label_prefix(&mut self) -> Option<String> {
        let prefix = self.raw("sink.label-prefix")?;
        if let Some(bad) = prefix.chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '-')) {
            self.errors.push(
                OptionProblem::new(
                    "sink.label-prefix",
                    format!("Label prefix '{prefix}' contains '{bad}', which StarRocks labels do not allow."),
                    Some("use letters, digits, '_' and '-' only".into()),
                )
                .with_note("StarRocks rejects every load: Label format error. regex: ^[-\\w]{1,128}$")
                .sluice_only(),
            );
        } else if prefix.len() > 64 {
            self.errors.push(
                OptionProblem::new(
                    "sink.label-prefix",
                    format!("Label prefix '{prefix}' is {} characters long; labels are at most 128.", prefix.len()),
                    Some("use a prefix of at most 64 characters, leaving room for the generated part".into()),
                )
                .sluice_only(),
            );
        }
        Some(prefix.to_string())
    }

    fn load_urls(&mut self) -> Vec<String> {
        let Some(value) = self.raw("load-url") else {
            self.errors.push(OptionProblem::missing("load-url"));
            return Vec::new();
        };
        let mut urls = Vec::new();
        for host in value.split(';') {
            if host.split(':').count() < 2 {
                self.errors.push(OptionProblem::new(
                    "load-url",
                    format!("Could not parse host '{host}' in option 'load-url'. It should follow the format 'host_name:port'."),
                    Some("separate several FE HTTP addresses with ';', e.g. 'fe1:8030;fe2:8030'".into()),
                ));
                continue;
            }
            if host.contains(',') {
                self.errors.push(
                    OptionProblem::new(
                        "load-url",
                        format!("'{host}' is not one address: 'load-url' separates addresses with ';'."),
                        Some(format!("write '{}'", value.replace(',', ";"))),
                    )
                    .with_note("the connector takes the whole text as one host name, and every load fails")
                    .sluice_only(),
                );
                continue;
            }
            urls.push(if host.starts_with("http") { host.to_string() } else { format!("http://{host}") });
        }
        urls
    }

    fn version(&mut self) -> SinkVersion {
        let Some(value) = self.raw("sink.version") else { return SinkVersion::Auto };
        match value.trim().to_ascii_uppercase().as_str() {
            "V1" => SinkVersion::V1,
            "V2" => SinkVersion::V2,
            "AUTO" => SinkVersion::Auto,
            other => {
                self.errors.push(OptionProblem::new(
                    "sink.version",
                    format!("Unsupported sink type {other}"),
                    Some("use 'V1', 'V2' or 'AUTO'".into()),
                ));
                SinkVersion::Auto
            }
        }
    }

    fn semantic(&mut self) -> Semantic {
        match self.raw("sink.semantic") {
            None | Some("at-least-once") => Semantic::AtLeastOnce,
            Some("exactly-once") => Semantic::ExactlyOnce,
            Some(other) => {
                let help = if other.eq_ignore_ascii_case("at-least-once") || other.eq_ignore_ascii_case("exactly-once")
                {
                    format!("the value is case-sensitive: write '{}'", other.to_ascii_lowercase())
                } else {
                    "use 'at-least-once' or 'exactly-once'".to_string()
                };
                self.errors.push(OptionProblem::new(
                    "sink.semantic",
                    format!(
                        "Unsupported value '{other}' for 'sink.semantic'. Supported values are ['at-least-once', 'exactly-once']."
                    ),
                    Some(help),
                ));
                Semantic::AtLeastOnce
            }
        }
    }

    fn properties(&mut self) -> LoadProperties {
        let entries = self
            .pairs
            .iter()
            .filter_map(|(k, v)| {
                k.strip_prefix(SINK_PROPERTIES_PREFIX).map(|sub| (sub.to_ascii_lowercase(), v.to_string()))
            })
            .filter(|(sub, _)| !sub.is_empty());
        let (properties, errors) = LoadProperties::from_entries(entries);
        self.errors.extend(errors);
        properties
    }
}

/// The range as the connector prints it in its error.
fn range_text(key: &str, min: f64, max: f64) -> String {
    match key {
        "sink.buffer-flush.interval-ms" => "(0, 3600000]".to_string(),
        "sink.buffer-flush.enqueue-timeout-ms" => format!("[{}, Long.MAX_VALUE]", min as i64),
        _ => format!("[{}, {}]", min as i64, max as i64),
    }
}

impl std::fmt::Display for SinkVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SinkVersion::V1 => "V1",
            SinkVersion::V2 => "V2",
            SinkVersion::Auto => "AUTO",
        })
    }
}

/// The required options of a sink table (loopback addresses, `d.t`, root without a
/// password) plus `extra`, for unit tests.
#[cfg(test)]
const TEST_PAIRS: [(&str, &str); 7] = [
    ("connector", "starrocks"),
    ("jdbc-url", "jdbc:mysql://127.0.0.1:9030"),
    ("load-url", "127.0.0.1:8030"),
    ("database-name", "d"),
    ("table-name", "t"),
    ("username", "root"),
    ("password", ""),
];

#[cfg(test)]
impl StarRocksSinkOptions {
    /// [`TEST_PAIRS`] plus `extra`.
    pub(crate) fn for_tests(extra: &[(&str, &str)]) -> Self {
        let mut pairs = TEST_PAIRS.to_vec();
        pairs.extend_from_slice(extra);
        Self::from_pairs(pairs).expect("valid test options")
    }
}
