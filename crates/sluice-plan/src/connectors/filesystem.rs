//! `filesystem`: files in a directory, read or written in a format (`csv`, `json`, `raw`).

use sluice_common::Diagnostic;
use sluice_common::connector::{ConnectorFactory, ConnectorRole, TableContext, check_declared};
use sluice_common::options::{OptionDecl, OptionRole, OptionType};

/// The `filesystem` connector.
pub struct Filesystem;

/// Formats whose factories ship with Flink's SQL distribution.
const FORMATS: &[&str] = &["csv", "json", "raw"];

static OPTIONS: &[OptionDecl] = &[
    OptionDecl::new("path", OptionType::String).required().doc("Directory of the table, e.g. 'file:///data/orders'."),
    OptionDecl::new("format", OptionType::String).required().doc("File format: csv, json, raw."),
    OptionDecl::new("partition.default-name", OptionType::String)
        .default("__DEFAULT_PARTITION__")
        .doc("Directory name for a NULL or empty partition value."),
    OptionDecl::new("source.monitor-interval", OptionType::Duration)
        .role(OptionRole::Source)
        .doc("Interval at which the source looks for new files; bounded when not set."),
    OptionDecl::new("source.path.regex-pattern", OptionType::String)
        .role(OptionRole::Source)
        .doc("Regular expression selecting the files to read."),
    OptionDecl::new("source.report-statistics", OptionType::Enum(&["NONE", "ALL"]))
        .default("ALL")
        .role(OptionRole::Source)
        .doc("Whether the source reports statistics."),
    OptionDecl::new("sink.rolling-policy.file-size", OptionType::MemorySize)
        .default("128MB")
        .role(OptionRole::Sink)
        .doc("Size at which a part file is rolled."),
    OptionDecl::new("sink.rolling-policy.rollover-interval", OptionType::Duration)
        .default("30 min")
        .role(OptionRole::Sink)
        .doc("Maximum time a part file stays open."),
    OptionDecl::new("sink.rolling-policy.inactivity-interval", OptionType::Duration)
        .default("30 min")
        .role(OptionRole::Sink)
        .doc("Inactivity after which a part file is rolled."),
    OptionDecl::new("sink.rolling-policy.check-interval", OptionType::Duration)
        .default("1 min")
        .role(OptionRole::Sink)
        .doc("How often time-based rolling is checked."),
    OptionDecl::new("sink.shuffle-by-partition.enable", OptionType::Bool)
        .default("false")
        .role(OptionRole::Sink)
        .doc("Shuffle rows by dynamic partition before writing."),
    OptionDecl::new("sink.parallelism", OptionType::Int).role(OptionRole::Sink).doc("Parallelism of the sink."),
    OptionDecl::new("auto-compaction", OptionType::Bool)
        .default("false")
        .role(OptionRole::Sink)
        .doc("Compact small files of a streaming sink."),
    OptionDecl::new("compaction.file-size", OptionType::MemorySize)
        .role(OptionRole::Sink)
        .doc("Target size of compacted files."),
    OptionDecl::new("compaction.parallelism", OptionType::Int).role(OptionRole::Sink).doc("Parallelism of compaction."),
    OptionDecl::new("sink.partition-commit.trigger", OptionType::Enum(&["process-time", "partition-time"]))
        .default("process-time")
        .role(OptionRole::Sink)
        .doc("When a partition is committed."),
    OptionDecl::new("sink.partition-commit.delay", OptionType::Duration)
        .default("0 s")
        .role(OptionRole::Sink)
        .doc("Delay before a partition is committed."),
    OptionDecl::new("sink.partition-commit.watermark-time-zone", OptionType::String)
        .default("UTC")
        .role(OptionRole::Sink)
        .doc("Time zone of the watermark for partition-time commits."),
    OptionDecl::new("sink.partition-commit.policy.kind", OptionType::String)
        .role(OptionRole::Sink)
        .doc("Commit policies: success-file, metastore, custom."),
    OptionDecl::new("sink.partition-commit.policy.class", OptionType::String)
        .role(OptionRole::Sink)
        .doc("Class of a custom commit policy."),
    OptionDecl::new("sink.partition-commit.policy.class.parameters", OptionType::List)
        .role(OptionRole::Sink)
        .doc("Parameters of the custom commit policy."),
    OptionDecl::new("sink.partition-commit.success-file.name", OptionType::String)
        .default("_SUCCESS")
        .role(OptionRole::Sink)
        .doc("Name of the success file."),
    OptionDecl::new("partition.time-extractor.kind", OptionType::String)
        .default("default")
        .doc("How a partition's time is extracted: default or custom."),
    OptionDecl::new("partition.time-extractor.class", OptionType::String).doc("Class of a custom time extractor."),
    OptionDecl::new("partition.time-extractor.timestamp-pattern", OptionType::String)
        .doc("Pattern assembling a timestamp from partition values."),
    OptionDecl::new("partition.time-extractor.timestamp-formatter", OptionType::String)
        .default("yyyy-MM-dd HH:mm:ss")
        .doc("Formatter of the extracted timestamp."),
];

impl ConnectorFactory for Filesystem {
    fn identifier(&self) -> &'static str {
        "filesystem"
    }
    fn is_source(&self) -> bool {
        true
    }
    fn is_sink(&self) -> bool {
        true
    }
    fn options(&self) -> &'static [OptionDecl] {
        OPTIONS
    }

    fn is_bounded(&self, table: &TableContext<'_>) -> bool {
        table.option("source.monitor-interval").is_none()
    }

    fn readable_metadata(&self) -> Option<&'static [&'static str]> {
        Some(&["file.path", "file.name", "file.size", "file.modification-time"])
    }

    fn validate(&self, table: &TableContext<'_>, role: Option<ConnectorRole>) -> Vec<Diagnostic> {
        let format = table.option("format").map(|f| f.value.clone());
        // Options of the format are prefixed with its name and validated by the format.
        let prefixed: Vec<&str> = table
            .options
            .iter()
            .filter(|o| format.as_ref().is_some_and(|f| o.key.starts_with(&format!("{f}."))))
            .map(|o| o.key.as_str())
            .collect();
        let mut out = check_declared(self.identifier(), OPTIONS, table, role, &prefixed);
        if let (Some(f), Some(entry)) = (&format, table.option("format"))
            && !FORMATS.contains(&f.as_str())
        {
            let kind = if role == Some(ConnectorRole::Sink) {
                "SerializationFormatFactory"
            } else {
                "DeserializationFormatFactory"
            };
            out.push(
                Diagnostic::error(
                    format!("Could not find any factory for identifier '{f}' that implements 'org.apache.flink.table.factories.{kind}' in the classpath."),
                    entry.value_span,
                )
                .with_help(format!("available formats: {}", FORMATS.join(", "))),
            );
        }
        if let Some(f) = &format {
            out.extend(super::formats::check_format(f, table));
        }
        if role == Some(ConnectorRole::Sink)
            && let Some(policy) = table.option("sink.partition-commit.policy.kind")
            && policy.value.split(',').any(|p| p.trim().eq_ignore_ascii_case("metastore"))
        {
            out.push(Diagnostic::error(
                "Can not configure a 'metastore' partition commit policy for a file system table. You can only configure 'metastore' partition commit policy for a hive table.",
                policy.value_span,
            ));
        }
        out
    }
}
