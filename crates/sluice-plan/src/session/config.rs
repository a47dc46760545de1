//! `SET` and `RESET`: session options, checked as the SQL gateway checks them (by creating
//! an environment with the new value, so only keys that environment reads are typed).

use sluice_common::Diagnostic;
use sluice_common::options::{OptionType, OptionValue};
use sluice_sql::ast::{Reset, Set};

use super::{Outcome, Session, StatementContext};

/// Keys whose values a Flink environment parses when it is created (the name in the
/// error is the second one: a deprecated key is reported under its current name).
const TYPED_KEYS: &[(&str, &str, OptionType)] = &[
    ("execution.runtime-mode", "execution.runtime-mode", OptionType::Enum(&["streaming", "batch"])),
    ("parallelism.default", "parallelism.default", OptionType::Int),
    ("pipeline.max-parallelism", "pipeline.max-parallelism", OptionType::Int),
    ("pipeline.object-reuse", "pipeline.object-reuse", OptionType::Bool),
    ("pipeline.auto-watermark-interval", "pipeline.auto-watermark-interval", OptionType::Duration),
    ("pipeline.auto-generate-uids", "pipeline.auto-generate-uids", OptionType::Bool),
    ("pipeline.generic-types", "pipeline.generic-types", OptionType::Bool),
    ("pipeline.force-kryo", "pipeline.force-kryo", OptionType::Bool),
    (
        "pipeline.closure-cleaner-level",
        "pipeline.closure-cleaner-level",
        OptionType::Enum(&["NONE", "TOP_LEVEL", "RECURSIVE"]),
    ),
    (
        "pipeline.time-characteristic",
        "pipeline.time-characteristic",
        OptionType::Enum(&["ProcessingTime", "IngestionTime", "EventTime"]),
    ),
    ("execution.buffer-timeout", "execution.buffer-timeout", OptionType::Duration),
    ("execution.checkpointing.interval", "execution.checkpointing.interval", OptionType::Duration),
    ("execution.checkpointing.timeout", "execution.checkpointing.timeout", OptionType::Duration),
    ("execution.checkpointing.min-pause", "execution.checkpointing.min-pause", OptionType::Duration),
    (
        "execution.checkpointing.aligned-checkpoint-timeout",
        "execution.checkpointing.aligned-checkpoint-timeout",
        OptionType::Duration,
    ),
    (
        "execution.checkpointing.mode",
        "execution.checkpointing.mode",
        OptionType::Enum(&["EXACTLY_ONCE", "AT_LEAST_ONCE"]),
    ),
    (
        "execution.checkpointing.max-concurrent-checkpoints",
        "execution.checkpointing.max-concurrent-checkpoints",
        OptionType::Int,
    ),
    (
        "execution.checkpointing.tolerable-failed-checkpoints",
        "execution.checkpointing.tolerable-failed-checkpoints",
        OptionType::Int,
    ),
    (
        "execution.checkpointing.externalized-checkpoint-retention",
        "execution.checkpointing.externalized-checkpoint-retention",
        OptionType::Enum(&["DELETE_ON_CANCELLATION", "RETAIN_ON_CANCELLATION", "NO_EXTERNALIZED_CHECKPOINTS"]),
    ),
    ("execution.checkpointing.unaligned", "execution.checkpointing.unaligned.enabled", OptionType::Bool),
    ("execution.checkpointing.unaligned.enabled", "execution.checkpointing.unaligned.enabled", OptionType::Bool),
    ("execution.checkpointing.unaligned.forced", "execution.checkpointing.unaligned.forced", OptionType::Bool),
];

/// What Flink checks on a value that parses: ranges, and the SQL dialect's name.
fn value_problem(key: &str, value: &str) -> Option<String> {
    let int = value.parse::<i64>().ok();
    let millis = || match OptionType::Duration.parse(value) {
        Ok(OptionValue::Duration(d)) => Some(d.as_millis()),
        _ => None,
    };
    match key {
        "parallelism.default" if int.is_some_and(|p| p < 1 && p != -1) => Some(
            "The parallelism must be at least one, or ExecutionConfig.PARALLELISM_DEFAULT (use system default).".into(),
        ),
        "execution.checkpointing.max-concurrent-checkpoints" if int.is_some_and(|n| n < 1) => {
            Some("The maximum number of concurrent attempts must be at least one.".into())
        }
        "execution.checkpointing.tolerable-failed-checkpoints" if int.is_some_and(|n| n < 0) => {
            Some("The tolerable failure checkpoint number must be non-negative.".into())
        }
        "execution.checkpointing.timeout" if millis().is_some_and(|ms| ms < 10) => {
            Some("Checkpoint timeout must be larger than or equal to 10 ms".into())
        }
        "execution.checkpointing.interval" if millis().is_some_and(|ms| ms < 10) => {
            Some("Checkpoint interval must be larger than or equal to 10 ms".into())
        }
        "state.checkpoints.dir" if !value.contains(':') => Some(
            "The scheme (hdfs://, file://, etc) is null. Please specify the file system scheme explicitly in the URI."
                .into(),
        ),
        "table.sql-dialect" if value.eq_ignore_ascii_case("hive") => Some(
            "Could not find any factories that implement 'org.apache.flink.table.delegation.ParserFactory' in the classpath."
                .into(),
        ),
        "table.sql-dialect" if !value.eq_ignore_ascii_case("default") => Some(format!(
            "No enum constant org.apache.flink.table.api.SqlDialect.{}",
            value.to_ascii_uppercase()
        )),
        _ => None,
    }
}

impl Session {
    pub(super) fn set(&mut self, s: &Set, ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        let Some((key, value)) = &s.pair else { return Ok(Outcome::ok()) };
        let (k, v) = (key.value.trim().to_string(), value.value.trim().to_string());
        let span = if value.span().is_empty() { ctx.span } else { value.span() };
        if let Some((_, reported, ty)) = TYPED_KEYS.iter().find(|(name, _, _)| *name == k)
            && let Err(why) = ty.parse(&v)
        {
            return Err(
                Diagnostic::error(format!("Could not parse value '{v}' for key '{reported}'."), span).with_help(why)
            );
        }
        if let Some(problem) = value_problem(&k, &v) {
            return Err(Diagnostic::error(problem, span));
        }
        self.config.insert(k, v);
        Ok(Outcome::ok())
    }

    pub(super) fn reset(&mut self, r: &Reset) -> Result<Outcome, Diagnostic> {
        match &r.key {
            Some(k) => {
                self.config.remove(k.value.trim());
            }
            None => self.config.clear(),
        }
        Ok(Outcome::ok())
    }
}
