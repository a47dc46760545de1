//! Cross-option rules: the connector's own (`StarRocksSinkOptions.validate`, the V2
//! manager's interval check, the new-sink-API check) and combinations that load wrongly
//! without an error. One function per rule.

use super::problem::OptionProblem;
use super::properties::Format;
use super::sink_options::{Semantic, SinkVersion, StarRocksSinkOptions};

/// Every rule, in the connector's order; `pairs` are the table's options as written.
pub fn check(o: &StarRocksSinkOptions, pairs: &[(&str, &str)]) -> Vec<OptionProblem> {
    let mut out = value_rules(o);
    out.extend(ineffective(o, pairs));
    out
}

/// Options that are set but have no effect with the others, and deprecated spellings.
fn ineffective(o: &StarRocksSinkOptions, pairs: &[(&str, &str)]) -> Vec<OptionProblem> {
    let mut out = Vec::new();
    for (key, _) in pairs {
        let unused =
            |why: &str| Some(OptionProblem::new(key, format!("'{key}' has no effect here: {why}."), None).warn());
        let problem = match *key {
            "sink.buffer-flush.max-rows" if o.version != SinkVersion::V1 => {
                unused("only V1 counts rows; V2 flushes by bytes and time")
            }
            "sink.buffer-flush.enqueue-timeout-ms" if o.version != SinkVersion::V1 => unused("it applies to V1 only"),
            "sink.blackhole" if !o.merge_commit_enabled() => unused("it applies to merge commit only"),
            k if k.starts_with("sink.merge-commit.") && !o.merge_commit_enabled() => {
                unused("merge commit is off ('sink.properties.enable_merge_commit')")
            }
            "sink.connect.timeout-ms" | "sink.wait-for-continue.timeout-ms" => clamped(key, pairs),
            k => super::declarations::OPTIONS.iter().find(|d| d.deprecated_keys.contains(&k)).map(|d| {
                OptionProblem::new(k, format!("'{k}' is deprecated."), Some(format!("use '{}'", d.key))).warn()
            }),
        };
        out.extend(problem);
    }
    out
}

/// Timeouts the connector silently clamps: the value that takes effect, and where the
/// documentation disagrees with the code.
fn clamped(key: &str, pairs: &[(&str, &str)]) -> Option<OptionProblem> {
    let value: i64 = pairs.iter().rev().find(|(k, _)| *k == key)?.1.trim().parse().ok()?;
    let (min, max, documented) = match key {
        "sink.connect.timeout-ms" => (100, 60_000, "100 to 60000"),
        _ => (3_000, 600_000, "3000 to 60000 (the code allows up to 600000)"),
    };
    let effective = value.clamp(min, max);
    (effective != value).then(|| {
        OptionProblem::new(
            key,
            format!("'{key}' = '{value}' is silently clamped to {effective} by the connector."),
            Some(format!("use a value from {min} to {max}")),
        )
        .with_note(format!("the documentation gives the range {documented}; sluice follows the connector's code"))
        .warn()
    })
}

fn value_rules(o: &StarRocksSinkOptions) -> Vec<OptionProblem> {
    let single: [fn(&StarRocksSinkOptions) -> Option<OptionProblem>; 8] = [
        merge_commit_needs_interval,
        interval_not_below_scan_frequency,
        new_sink_api_needs_v2,
        merge_commit_is_at_least_once,
        exactly_once_without_label_prefix,
        v1_json_needs_strip_outer_array,
        v1_does_not_compress,
        wrap_json_needs_json,
    ];
    single.iter().filter_map(|rule| rule(o)).chain(csv_options_with_json(o)).collect()
}

fn merge_commit_needs_interval(o: &StarRocksSinkOptions) -> Option<OptionProblem> {
    (o.properties.enable_merge_commit && o.properties.get("merge_commit_interval_ms").is_none()).then(|| {
        OptionProblem::conflict(
            "sink.properties.enable_merge_commit",
            "sink.properties.merge_commit_interval_ms",
            "Must set 'sink.properties.merge_commit_interval_ms' when 'sink.properties.enable_merge_commit' is true",
            Some("add 'sink.properties.merge_commit_interval_ms' = '…' (the merge window in milliseconds)".into()),
        )
    })
}

fn interval_not_below_scan_frequency(o: &StarRocksSinkOptions) -> Option<OptionProblem> {
    (o.version != SinkVersion::V1 && o.flush_interval < o.scan_frequency).then(|| {
        OptionProblem::conflict(
            "sink.buffer-flush.interval-ms",
            "sink.scan-frequency.ms",
            format!(
                "expectDelayTime(`{}`) must greater to scanningFrequency(`{}`)",
                o.flush_interval.as_millis(),
                o.scan_frequency.as_millis()
            ),
            Some("'sink.buffer-flush.interval-ms' must be at least 'sink.scan-frequency.ms'".into()),
        )
    })
}

fn new_sink_api_needs_v2(o: &StarRocksSinkOptions) -> Option<OptionProblem> {
    (o.use_new_sink_api && o.version == SinkVersion::V1).then(|| {
        OptionProblem::conflict(
            "sink.use.new-sink-api",
            "sink.version",
            "New sink api don't support sink type V1",
            Some("drop 'sink.use.new-sink-api' or use 'sink.version' = 'V2'".into()),
        )
    })
}

fn merge_commit_is_at_least_once(o: &StarRocksSinkOptions) -> Option<OptionProblem> {
    (o.properties.enable_merge_commit && o.semantic == Semantic::ExactlyOnce).then(|| {
        OptionProblem::conflict(
            "sink.semantic",
            "sink.properties.enable_merge_commit",
            "merge commit only guarantees at-least-once; 'exactly-once' has no effect with it",
            Some("use 'sink.semantic' = 'at-least-once' with merge commit".into()),
        )
        .warn()
    })
}

fn exactly_once_without_label_prefix(o: &StarRocksSinkOptions) -> Option<OptionProblem> {
    (o.semantic == Semantic::ExactlyOnce && o.label_prefix.is_none()).then(|| {
        OptionProblem::new(
            "sink.semantic",
            "exactly-once without 'sink.label-prefix': transactions left by a failed job are only removed when they time out",
            Some("add 'sink.label-prefix' = '<unique prefix>' so a restarted job can abort them".into()),
        )
        .warn()
    })
}

fn v1_json_needs_strip_outer_array(o: &StarRocksSinkOptions) -> Option<OptionProblem> {
    (o.version == SinkVersion::V1 && o.properties.is_json() && o.properties.strip_outer_array.is_none()).then(|| {
        OptionProblem::conflict(
            "sink.properties.format",
            "sink.version",
            "V1 sends JSON rows as an array but, unlike V2, does not add 'strip_outer_array'",
            Some(
                "add 'sink.properties.strip_outer_array' = 'true' (sluice adds it; the Java connector does not)".into(),
            ),
        )
        .warn()
    })
}

fn v1_does_not_compress(o: &StarRocksSinkOptions) -> Option<OptionProblem> {
    (o.version == SinkVersion::V1 && o.properties.compression.is_some()).then(|| {
        let (message, note) = if o.properties.is_json() {
            (
                "The Java connector's V1 sends JSON uncompressed but with the 'compression' header",
                "StarRocks then tries to decompress the body and the load fails; on Flink use 'sink.version' = 'V2'",
            )
        } else {
            (
                "The Java connector's V1 does not compress CSV loads",
                "StarRocks ignores 'compression' on CSV bodies (it reads 'format' = 'lz4' instead), so the loads go uncompressed",
            )
        };
        OptionProblem::conflict(
            "sink.properties.compression",
            "sink.version",
            message,
            Some("use 'sink.version' = 'V2' to compress loads".into()),
        )
        .with_note(note)
        .warn()
    })
}

fn wrap_json_needs_json(o: &StarRocksSinkOptions) -> Option<OptionProblem> {
    (o.wrap_json_as_array && !o.properties.is_json()).then(|| {
        OptionProblem::conflict(
            "sink.wrap-json-as-array",
            "sink.properties.format",
            "'sink.wrap-json-as-array' has no effect on CSV loads",
            Some("drop it, or add 'sink.properties.format' = 'json'".into()),
        )
        .warn()
    })
}

fn csv_options_with_json(o: &StarRocksSinkOptions) -> Vec<OptionProblem> {
    if o.properties.format != Some(Format::Json) {
        return Vec::new();
    }
    ["column_separator", "row_delimiter", "enclose", "escape"]
        .iter()
        .filter(|k| o.properties.get(k).is_some())
        .map(|k| {
            OptionProblem::conflict(
                &format!("sink.properties.{k}"),
                "sink.properties.format",
                format!("'sink.properties.{k}' has no effect on JSON loads"),
                Some(format!("drop 'sink.properties.{k}'")),
            )
            .warn()
        })
        .collect()
}
