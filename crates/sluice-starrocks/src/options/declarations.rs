//! Every option of `'connector' = 'starrocks'`, declared once: the sink factory's keys
//! (connector-behavior.md §1.2), the source factory's keys (`StarRocksSourceOptions`,
//! Flink's `LookupOptions`) and the keys shared by both.
//!
//! Where the public documentation and the connector's code disagree, the declaration
//! follows the code and the description says what the documentation claims.

use sluice_common::options::OptionRole::{Both, Sink, Source};
use sluice_common::options::{OptionDecl, OptionType};

/// The `sink.properties.` prefix: every sub-key becomes a stream-load header.
pub const SINK_PROPERTIES_PREFIX: &str = "sink.properties.";
/// The `scan.params.` prefix the source factory passes through.
pub const SCAN_PARAMS_PREFIX: &str = "scan.params.";

/// Keys the connector's code defines but its SQL factory rejects, with the reason.
pub static REJECTED_IN_SQL: &[(&str, &str)] = &[
    (
        "sink.publish-timeout.ms",
        "'sink.publish-timeout.ms' is documented for connector 1.2.14, but the connector's SQL factory does not list it, so Flink rejects it; it only works through the DataStream API.",
    ),
    (
        "sink.transaction.multi-table.enabled",
        "Multi-table transactions exist only in the connector's DataStream API; its SQL factory rejects 'sink.transaction.multi-table.enabled'.",
    ),
    (
        "sink.transaction.multi-table.buffer-size",
        "Multi-table transactions exist only in the connector's DataStream API; its SQL factory rejects 'sink.transaction.multi-table.buffer-size'.",
    ),
];

/// All declared options, in the order of the generated reference.
pub static OPTIONS: &[OptionDecl] = &[
    OptionDecl::new("jdbc-url", OptionType::String)
        .required()
        .role(Both)
        .doc("MySQL-protocol address of the FE, `jdbc:mysql://<fe_host>:<query_port>[,<fe_host2>:<port2>…]`. Used to read the table's columns and the StarRocks version before loading."),
    OptionDecl::new("load-url", OptionType::List)
        .required()
        .role(Sink)
        .doc("FE HTTP addresses for loads, `<fe_host>:<http_port>[;<fe_host2>:<http_port2>…]`. `http://` is added when an entry does not start with `http`."),
    OptionDecl::new("scan-url", OptionType::String)
        .required()
        .role(Source)
        .doc("FE HTTP addresses the source reads query plans from, `<fe_host>:<http_port>[,…]`."),
    OptionDecl::new("database-name", OptionType::String)
        .required()
        .role(Both)
        .doc("StarRocks database of the table (used verbatim in URLs and headers)."),
    OptionDecl::new("table-name", OptionType::String)
        .required()
        .role(Both)
        .doc("StarRocks table name (used verbatim in URLs and headers)."),
    OptionDecl::new("username", OptionType::String)
        .required()
        .role(Both)
        .doc("StarRocks user; needs SELECT and INSERT privileges on the table."),
    OptionDecl::new("password", OptionType::String)
        .required()
        .role(Both)
        .doc("Password of that user; may be empty. Never printed."),
    OptionDecl::new("sink.version", OptionType::Enum(&["V1", "V2", "AUTO"]))
        .default("AUTO")
        .role(Sink)
        .doc("Load interface: `V1` stream load, `V2` transaction stream load, `AUTO` picks V2 for at-least-once and, for exactly-once, V2 when the server supports transactions."),
    OptionDecl::new("sink.semantic", OptionType::Enum(&["at-least-once", "exactly-once"]))
        .default("at-least-once")
        .role(Sink)
        .doc("Delivery guarantee: `at-least-once` or `exactly-once` (case-sensitive)."),
    OptionDecl::new("sink.label-prefix", OptionType::String)
        .role(Sink)
        .doc("Prefix of stream-load labels; recommended with exactly-once so lingering transactions can be aborted on restore. The documented charset `[-_A-Za-z0-9]` is not checked by the connector."),
    OptionDecl::new("sink.buffer-flush.max-bytes", OptionType::Long)
        .default("94371840")
        .range(67108864.0, 10737418240.0)
        .role(Sink)
        .doc("Bytes buffered before a flush, 64 MB to 10 GB. V2 flushes at this size and blocks writers at twice it; the documentation's claim that it has no effect in exactly-once does not hold for the code."),
    OptionDecl::new("sink.buffer-flush.max-rows", OptionType::Long)
        .default("500000")
        .range(64000.0, 5000000.0)
        .role(Sink)
        .doc("Rows buffered before a flush, 64000 to 5000000; V1 at-least-once only."),
    OptionDecl::new("sink.buffer-flush.interval-ms", OptionType::Long)
        .default("300000")
        .range(1.0, 3600000.0)
        .role(Sink)
        .doc("Flush interval in milliseconds, (0, 3600000]; at-least-once only. In V2 it must be at least `sink.scan-frequency.ms`."),
    OptionDecl::new("sink.buffer-flush.enqueue-timeout-ms", OptionType::Long)
        .default("600000")
        .range(300000.0, 9.223372036854776e18)
        .role(Sink)
        .doc("V1: how long a flush waits for the flush queue, at least 300000 ms."),
    OptionDecl::new("sink.max-retries", OptionType::Int)
        .default("3")
        .range(0.0, 1000.0)
        .role(Sink)
        .doc("Retries of a failed load, 0 to 1000 (the documentation says 0 to 10). Read by V1 and merge commit; plain V2 does not retry."),
    OptionDecl::new("sink.retry.interval-ms", OptionType::Int)
        .default("10000")
        .role(Sink)
        .doc("Pause between retries in milliseconds (merge commit)."),
    OptionDecl::new("sink.connect.timeout-ms", OptionType::Int)
        .default("30000")
        .role(Sink)
        .doc("HTTP connect timeout in milliseconds; values outside 100 to 60000 are clamped into that range. Also the per-FE timeout of the live check."),
    OptionDecl::new("sink.socket.timeout-ms", OptionType::Int)
        .default("-1")
        .role(Sink)
        .doc("How long an HTTP request waits for data, in milliseconds; -1 or 0 waits forever."),
    OptionDecl::new("sink.wait-for-continue.timeout-ms", OptionType::Int)
        .default("30000")
        .role(Sink)
        .doc("How long a V2 load waits for `100 Continue` before sending the body, in milliseconds; clamped into 3000 to 600000. The documentation's default of 10000 is not the code's."),
    OptionDecl::new("sink.io.thread-count", OptionType::Int)
        .default("2")
        .role(Sink)
        .doc("Threads that send V2 loads and commits."),
    OptionDecl::new("sink.chunk-limit", OptionType::Long)
        .default("3221225472")
        .role(Sink)
        .doc("Largest HTTP body of one V2 load in bytes; capped at 3 GB for JSON and 10 GB for CSV."),
    OptionDecl::new("sink.scan-frequency.ms", OptionType::Long)
        .default("50")
        .role(Sink)
        .doc("Period of the V2 flush scheduler in milliseconds; must not exceed `sink.buffer-flush.interval-ms`."),
    OptionDecl::new("sink.at-least-once.use-transaction-stream-load", OptionType::Bool)
        .default("true")
        .role(Sink)
        .doc("V2 at-least-once: use transaction stream load (`false`: one plain stream load per flush)."),
    OptionDecl::new("sink.ignore.update-before", OptionType::Bool)
        .default("true")
        .role(Sink)
        .doc("Primary-key tables: drop UPDATE_BEFORE rows (`false`: load them as deletes)."),
    OptionDecl::new("sink.exactly-once.enable-label-gen", OptionType::Bool)
        .default("true")
        .role(Sink)
        .doc("Exactly-once with a label prefix: generate deterministic labels so restore can find lingering transactions."),
    OptionDecl::new("sink.exactly-once.enable-abort-lingering-txn", OptionType::Bool)
        .default("true")
        .role(Sink)
        .doc("Exactly-once: abort transactions left by an earlier run of the job when it starts."),
    OptionDecl::new("sink.exactly-once.check-num-lingering-txn", OptionType::Int)
        .default("-1")
        .role(Sink)
        .doc("How many label ids to probe for lingering transactions; -1 probes until one needs no abort."),
    OptionDecl::new("sink.use.new-sink-api", OptionType::Bool)
        .default("false")
        .role(Sink)
        .doc("Use Flink's FLIP-191 sink (V2 only; its state is not compatible with the default sink's)."),
    OptionDecl::new("sink.wrap-json-as-array", OptionType::Bool)
        .default("false")
        .role(Sink)
        .doc("JSON: each row is already an array; forces `strip_outer_array=true`."),
    OptionDecl::new("sink.sanitize-error-log", OptionType::Bool)
        .default("false")
        .role(Sink)
        .doc("Remove row data from logged stream-load error logs."),
    OptionDecl::new("sink.metric.histogram-window-size", OptionType::Int)
        .default("100")
        .role(Sink)
        .doc("Window of the sink's latency histograms."),
    OptionDecl::new("sink.parallelism", OptionType::Int)
        .role(Sink)
        .doc("Parallelism of the sink; the planner decides when unset. With several writers, row order across them is not guaranteed."),
    OptionDecl::new("sink.blackhole", OptionType::Bool)
        .default("false")
        .role(Sink)
        .doc("Merge commit only: count rows without sending them (benchmarking)."),
    OptionDecl::new("sink.merge-commit.chunk.size", OptionType::Long)
        .default("20971520")
        .role(Sink)
        .doc("Merge commit: largest body of one request in bytes; 500 MB when `sink.merge-commit.max-concurrent-requests` is 0 or less."),
    OptionDecl::new("sink.merge-commit.max-concurrent-requests", OptionType::Int)
        .default("2147483647")
        .deprecated(&["sink.merge-commit.max-inflight-requests"])
        .role(Sink)
        .doc("Merge commit: concurrent requests per table; 0 loads serially (in order), a negative value means unlimited."),
    OptionDecl::new("sink.merge-commit.http.thread.num", OptionType::Int)
        .default("3")
        .role(Sink)
        .doc("Merge commit: threads of the FE metadata client."),
    OptionDecl::new("sink.merge-commit.http.max-connections", OptionType::Int)
        .default("20")
        .role(Sink)
        .doc("Merge commit: HTTP connections per route."),
    OptionDecl::new("sink.merge-commit.http.total-max-connections", OptionType::Int)
        .default("1000")
        .role(Sink)
        .doc("Merge commit: HTTP connections in total."),
    OptionDecl::new("sink.merge-commit.http.idle-connection-timeout-ms", OptionType::Int)
        .default("60000")
        .role(Sink)
        .doc("Merge commit: idle HTTP connections close after this many milliseconds."),
    OptionDecl::new("sink.merge-commit.node-meta.update-interval-ms", OptionType::Int)
        .default("5000")
        .role(Sink)
        .doc("Merge commit with direct BE connections: refresh period of the node list."),
    OptionDecl::new("sink.merge-commit.check-label-state.init-delay-ms", OptionType::Int)
        .default("500")
        .deprecated(&["sink.merge-commit.check-state.init-delay-ms"])
        .role(Sink)
        .doc("Asynchronous merge commit: delay before the first label-state poll."),
    OptionDecl::new("sink.merge-commit.check-label-state.interval-ms", OptionType::Int)
        .default("500")
        .deprecated(&["sink.merge-commit.check-state.interval-ms"])
        .role(Sink)
        .doc("Asynchronous merge commit: label-state poll interval."),
    OptionDecl::new("sink.merge-commit.check-label-state.timeout-ms", OptionType::Int)
        .deprecated(&["sink.merge-commit.check-state.timeout-ms"])
        .role(Sink)
        .doc("Asynchronous merge commit: give up polling after this long (default: the load timeout)."),
    OptionDecl::new("sink.merge-commit.backend-direct-connection", OptionType::Bool)
        .default("false")
        .role(Sink)
        .doc("Merge commit: send loads straight to BEs listed by the FE."),
    OptionDecl::new(SINK_PROPERTIES_PREFIX, OptionType::String)
        .role(Sink)
        .doc("Stream-load properties, sent as HTTP headers on every load (`sink.properties.format` = `json`, `sink.properties.partial_update` = `true`, …). Keys StarRocks interprets are checked."),
    OptionDecl::new("scan.connect.timeout-ms", OptionType::Int)
        .default("1000")
        .role(Source)
        .doc("Source: connect timeout in milliseconds."),
    OptionDecl::new("scan.params.batch-rows", OptionType::Int)
        .default("1000")
        .role(Source)
        .doc("Source: rows per request to a BE."),
    OptionDecl::new("scan.params.properties", OptionType::String)
        .role(Source)
        .doc("Source: extra query properties as a JSON object."),
    OptionDecl::new("scan.params.keep-alive-min", OptionType::Int)
        .default("10")
        .role(Source)
        .doc("Source: keep-alive of a scan context in minutes."),
    OptionDecl::new("scan.params.query-timeout-s", OptionType::Int)
        .default("600")
        .role(Source)
        .doc("Source: query timeout in seconds."),
    OptionDecl::new("scan.params.mem-limit-byte", OptionType::Long)
        .default("1073741824")
        .role(Source)
        .doc("Source: memory limit of one query on a BE, in bytes."),
    OptionDecl::new(SCAN_PARAMS_PREFIX, OptionType::String)
        .role(Source)
        .doc("Source: other BE scan parameters, passed through."),
    OptionDecl::new("scan.max-retries", OptionType::Int)
        .default("1")
        .role(Source)
        .doc("Source: retries of a failed request."),
    OptionDecl::new("scan.be-host-mapping-list", OptionType::String)
        .default("")
        .role(Source)
        .doc("Source: BE address rewrites, `<internal>,<external>;…`."),
    OptionDecl::new("lookup.cache.ttl-ms", OptionType::Long)
        .default("5000")
        .role(Source)
        .doc("Lookup: time to live of cached rows (legacy cache, with `lookup.cache.max-rows`)."),
    OptionDecl::new("lookup.cache.max-rows", OptionType::Long)
        .default("-1")
        .role(Source)
        .doc("Lookup: rows kept in the legacy cache; -1 disables it."),
    OptionDecl::new("lookup.max-retries", OptionType::Int)
        .default("1")
        .role(Source)
        .doc("Lookup: retries of a failed lookup."),
    OptionDecl::new("lookup.cache", OptionType::Enum(&["NONE", "PARTIAL", "FULL"]))
        .default("NONE")
        .role(Source)
        .doc("Lookup: Flink's cache strategy: `NONE`, `PARTIAL` or `FULL`."),
    OptionDecl::new("lookup.partial-cache.expire-after-access", OptionType::Duration)
        .role(Source)
        .doc("Lookup: partial cache entries expire this long after their last access."),
    OptionDecl::new("lookup.partial-cache.expire-after-write", OptionType::Duration)
        .role(Source)
        .doc("Lookup: partial cache entries expire this long after they were written."),
    OptionDecl::new("lookup.partial-cache.max-rows", OptionType::Long)
        .role(Source)
        .doc("Lookup: rows kept in the partial cache."),
    OptionDecl::new("lookup.partial-cache.cache-missing-key", OptionType::Bool)
        .default("true")
        .role(Source)
        .doc("Lookup: also cache keys that matched no row."),
];

/// The declaration of `key`, if any.
pub fn decl(key: &str) -> Option<&'static OptionDecl> {
    OPTIONS.iter().find(|d| d.matches(key).is_some())
}
