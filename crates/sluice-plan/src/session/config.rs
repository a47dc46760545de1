//! `SET` and `RESET`: session options, checked as the SQL gateway checks them (by creating
//! an environment with the new value, so only keys that environment reads are typed).

use sluice_common::Diagnostic;
use sluice_common::options::OptionType;
use sluice_sql::ast::{Reset, Set};

use super::{Outcome, Session, StatementContext};

/// Keys whose values a Flink environment parses when it is created.
const TYPED_KEYS: &[(&str, OptionType)] = &[
    ("execution.runtime-mode", OptionType::Enum(&["streaming", "batch"])),
    ("parallelism.default", OptionType::Int),
    ("pipeline.max-parallelism", OptionType::Int),
    ("pipeline.object-reuse", OptionType::Bool),
    ("pipeline.auto-watermark-interval", OptionType::Duration),
    ("execution.checkpointing.interval", OptionType::Duration),
    ("execution.buffer-timeout", OptionType::Duration),
];

impl Session {
    pub(super) fn set(&mut self, s: &Set, ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        let Some((key, value)) = &s.pair else { return Ok(Outcome::ok()) };
        let (k, v) = (key.value.trim().to_string(), value.value.trim().to_string());
        let span = if value.span().is_empty() { ctx.span } else { value.span() };
        if let Some((_, ty)) = TYPED_KEYS.iter().find(|(name, _)| *name == k) {
            let parsed = ty.parse(&v);
            let bad_parallelism = k == "parallelism.default" && v.parse::<i64>().is_ok_and(|p| p < 1 && p != -1);
            if parsed.is_err() {
                return Err(Diagnostic::error(format!("Could not parse value '{v}' for key '{k}'."), span)
                    .with_help(parsed.err().unwrap_or_default()));
            }
            if bad_parallelism {
                return Err(Diagnostic::error(
                    "The parallelism must be at least one, or ExecutionConfig.PARALLELISM_DEFAULT (use system default).",
                    span,
                ));
            }
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
