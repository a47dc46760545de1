//! A problem with a table's StarRocks options, before it is placed in a script.

use sluice_common::options::display_value;

/// What kind of problem; the factory uses it to pick the span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// A required option is not set (points at the table).
    Missing,
    /// A value is wrong (points at the value).
    Value,
    /// Two options conflict (points at the value of `key`, with `other` as a note).
    Conflict,
}

/// One problem with the options of a StarRocks table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionProblem {
    /// Error, or a warning that leaves the options usable.
    pub warning: bool,
    /// What kind of problem.
    pub kind: ProblemKind,
    /// The option the problem is about (full key, e.g. `sink.properties.format`).
    pub key: String,
    /// Another option involved, for conflicts.
    pub other: Option<String>,
    /// The message, in the connector's words where it has its own.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
    /// Extra context.
    pub note: Option<String>,
    /// Whether Flink with the Java connector fails on it at job submission (otherwise it
    /// is sluice's own finding: the Java connector accepts the value).
    pub connector_rejects: bool,
}

impl OptionProblem {
    /// An error about the value of `key`.
    pub fn new(key: &str, message: impl Into<String>, help: Option<String>) -> Self {
        OptionProblem {
            warning: false,
            kind: ProblemKind::Value,
            key: key.to_string(),
            other: None,
            message: message.into(),
            help,
            note: None,
            connector_rejects: true,
        }
    }

    /// A required option is missing.
    pub fn missing(key: &str) -> Self {
        OptionProblem {
            kind: ProblemKind::Missing,
            ..Self::new(key, format!("Missing required option '{key}'."), Some(format!("add '{key}' = '…'")))
        }
    }

    /// A value outside the connector's range; `range` as the connector prints it.
    pub fn out_of_range(key: &str, value: &str, range: String) -> Self {
        Self::new(
            key,
            format!("Unsupported value '{}' for '{key}'. Supported value range: {range}.", display_value(key, value)),
            Some(format!("use a value in {range}")),
        )
    }

    /// A value Flink cannot parse as the option's type.
    pub fn unparsable(key: &str, value: &str, why: &str) -> Self {
        Self::new(
            key,
            format!("Could not parse value '{}' for key '{key}'.", display_value(key, value)),
            Some(why.to_string()),
        )
    }

    /// An error caused by `key` together with `other`.
    pub fn conflict(key: &str, other: &str, message: impl Into<String>, help: Option<String>) -> Self {
        OptionProblem { kind: ProblemKind::Conflict, other: Some(other.to_string()), ..Self::new(key, message, help) }
    }

    /// Turns the problem into a warning.
    pub fn warn(mut self) -> Self {
        self.warning = true;
        self
    }

    /// Marks a problem the Java connector does not report at job submission.
    pub fn sluice_only(mut self) -> Self {
        self.connector_rejects = false;
        self
    }

    /// Adds a note.
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        !self.warning
    }
}

impl std::fmt::Display for OptionProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)?;
        if let Some(help) = &self.help {
            write!(f, " ({help})")?;
        }
        Ok(())
    }
}
