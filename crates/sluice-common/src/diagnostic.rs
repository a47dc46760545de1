//! Problems found in a script: data only, rendered elsewhere (rustc-style, JSON, GitHub).

use crate::span::Span;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The statement would fail (in Flink, or when sluice runs it).
    Error,
    /// The statement works but may not do what the user expects.
    Warning,
}

impl Severity {
    /// `"error"` or `"warning"`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A secondary location with its own short message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What about it.
    pub message: String,
}

/// One problem: a message, the span it points at, related locations, notes and a help line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The short message; for Flink's own errors, the first line of Flink's message.
    pub message: String,
    /// The primary location (bytes of the file), when there is one.
    pub span: Option<Span>,
    /// Related locations.
    pub labels: Vec<Label>,
    /// Extra context, one sentence each.
    pub notes: Vec<String>,
    /// How to fix it, when sluice knows.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at `span`.
    pub fn error(message: impl Into<String>, span: Span) -> Self {
        Self::new(Severity::Error, message, Some(span))
    }

    /// A warning at `span`.
    pub fn warning(message: impl Into<String>, span: Span) -> Self {
        Self::new(Severity::Warning, message, Some(span))
    }

    /// A diagnostic with an optional span.
    pub fn new(severity: Severity, message: impl Into<String>, span: Option<Span>) -> Self {
        Diagnostic { severity, message: message.into(), span, labels: Vec::new(), notes: Vec::new(), help: None }
    }

    /// Adds a help line (replacing an earlier one).
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a note.
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// Adds a secondary label.
    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label { span, message: message.into() });
        self
    }

    /// Moves every span `offset` bytes to the right (statement-relative → file-relative).
    pub fn shifted(mut self, offset: usize) -> Self {
        self.span = self.span.map(|s| s.shift(offset));
        for l in &mut self.labels {
            l.span = l.span.shift(offset);
        }
        self
    }

    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}
