//! What a connector declares and checks: its identifier, roles and options.

use crate::diagnostic::Diagnostic;
use crate::options::{OptionDecl, OptionEntry, OptionRole};
use crate::schema::TableSchema;
use crate::span::Span;
use crate::suggest::did_you_mean;

/// How notes on connector findings that Flink itself does not reject begin: problems a
/// connector reports although Flink and the Java connector accept the table (a value that
/// would make loads fail or load wrong data). They never change Flink's verdict.
pub const FLINK_ACCEPTS_NOTE: &str = "Flink accepts this";

/// Whether a diagnostic is one of those findings (see [`FLINK_ACCEPTS_NOTE`]).
pub fn flink_accepts(d: &Diagnostic) -> bool {
    d.notes.iter().any(|n| n.starts_with(FLINK_ACCEPTS_NOTE))
}

/// Whether a table is read or written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConnectorRole {
    /// Read (scan or lookup).
    Source,
    /// Written.
    Sink,
}

impl ConnectorRole {
    fn reads(&self, role: OptionRole) -> bool {
        matches!(
            (self, role),
            (_, OptionRole::Both)
                | (ConnectorRole::Source, OptionRole::Source)
                | (ConnectorRole::Sink, OptionRole::Sink)
        )
    }
}

/// A table as a connector sees it when checking options.
#[derive(Debug, Clone, Copy)]
pub struct TableContext<'a> {
    /// Fully qualified name as Flink prints it: `default_catalog.default_database.t`.
    pub name: &'a str,
    /// The resolved schema.
    pub schema: &'a TableSchema,
    /// The `WITH` options after `LIKE` merging, in order.
    pub options: &'a [OptionEntry],
    /// Where to point problems that concern the table as a whole (its name in the DDL).
    pub span: Span,
}

impl TableContext<'_> {
    /// The value of an option, if set.
    pub fn option(&self, key: &str) -> Option<&OptionEntry> {
        self.options.iter().find(|e| e.key == key)
    }
}

/// A connector known to sluice: declares its options and checks a table's use of them.
pub trait ConnectorFactory: Send + Sync {
    /// The `'connector'` value, e.g. `datagen`.
    fn identifier(&self) -> &'static str;

    /// Whether the connector can be read.
    fn is_source(&self) -> bool;

    /// Whether the connector can be written.
    fn is_sink(&self) -> bool;

    /// Whether reading the table ends (batch mode reads only bounded sources).
    fn is_bounded(&self, _table: &TableContext<'_>) -> bool {
        true
    }

    /// Metadata keys the source can read (`None`: reading metadata is not supported).
    fn readable_metadata(&self) -> Option<&'static [&'static str]> {
        None
    }

    /// Metadata keys the sink can write (`None`: writing metadata is not supported).
    fn writable_metadata(&self) -> Option<&'static [&'static str]> {
        None
    }

    /// Every declared option (for both roles; see [`OptionDecl::role`]).
    fn options(&self) -> &'static [OptionDecl];

    /// Checks the table's options for the given role, or for either role when `None`
    /// (at `CREATE TABLE`). The default checks declared options only; connectors with
    /// cross-option rules or format options override it and call [`check_declared`].
    fn validate(&self, table: &TableContext<'_>, role: Option<ConnectorRole>) -> Vec<Diagnostic> {
        check_declared(self.identifier(), self.options(), table, role, &[])
    }
}

/// Flink's `FactoryUtil` validation of declared options: required options present, every
/// value parses, and no key is left over. `extra` are keys accepted besides the declared
/// ones (e.g. format options that the format factory validates).
pub fn check_declared(
    identifier: &str,
    decls: &[OptionDecl],
    table: &TableContext<'_>,
    role: Option<ConnectorRole>,
    extra: &[&str],
) -> Vec<Diagnostic> {
    let applies = |d: &OptionDecl| role.is_none_or(|r| r.reads(d.role));
    let required: Vec<&str> = decls.iter().filter(|d| d.required && applies(d)).map(|d| d.key).collect();
    let mut out: Vec<Diagnostic> = check_required(decls, &required, table).into_iter().collect();
    let mut unsupported = Vec::new();
    for entry in table.options {
        if entry.key == "connector" || extra.contains(&entry.key.as_str()) {
            continue;
        }
        match decls.iter().find(|d| d.matches(&entry.key).is_some()) {
            Some(d) if applies(d) => out.extend(check_value(d, entry)),
            _ => unsupported.push(entry),
        }
    }
    let usable: Vec<&OptionDecl> = decls.iter().filter(|d| applies(d)).collect();
    out.extend(unsupported.into_iter().map(|entry| unsupported_option(identifier, &usable, entry)));
    out
}

/// Flink's "required options are missing" error, when any of `required` is not set.
pub fn check_required(decls: &[OptionDecl], required: &[&str], table: &TableContext<'_>) -> Option<Diagnostic> {
    let mut missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|key| {
            let decl = decls.iter().find(|d| d.key == *key);
            !table.options.iter().any(|e| decl.map_or(e.key == *key, |d| d.matches(&e.key).is_some()))
        })
        .collect();
    if missing.is_empty() {
        return None;
    }
    missing.sort_unstable();
    Some(
        Diagnostic::error("One or more required options are missing.", table.span)
            .with_note(format!("Missing required options are: {}", missing.join(", ")))
            .with_help(format!(
                "add {}",
                missing.iter().map(|k| format!("'{k}' = '…'")).collect::<Vec<_>>().join(", ")
            )),
    )
}

/// Parses and range-checks one value against its declaration. A value of the wrong type
/// gets Flink's `ConfigurationUtils` message.
pub fn check_value(decl: &OptionDecl, entry: &OptionEntry) -> Option<Diagnostic> {
    let shown = crate::options::display_value(&entry.key, &entry.value);
    if let Err(why) = decl.ty.parse(&entry.value) {
        return Some(
            Diagnostic::error(format!("Could not parse value '{shown}' for key '{}'.", entry.key), entry.value_span)
                .with_help(why),
        );
    }
    let why = decl.check(&entry.value).err()?;
    Some(
        Diagnostic::error(format!("Invalid value for option '{}'.", entry.key), entry.value_span)
            .with_help(format!("{why}, got '{shown}'")),
    )
}

/// Flink's "Unsupported options found" error for a key no declaration in `usable` matches,
/// with a did-you-mean help or the list of supported keys.
pub fn unsupported_option(identifier: &str, usable: &[&OptionDecl], entry: &OptionEntry) -> Diagnostic {
    // A prefix key (`sink.properties.`) is offered with the last segment of the typo, so
    // `sink.propertie.format` suggests `sink.properties.format`.
    let last = entry.key.rsplit('.').next().unwrap_or_default();
    let candidates: Vec<String> = usable
        .iter()
        .filter(|d| !d.key.contains('#'))
        .map(|d| if d.is_prefix() { format!("{}{last}", d.key) } else { d.key.to_string() })
        .collect();
    let d = Diagnostic::error(format!("Unsupported options found for '{identifier}'."), entry.key_span);
    match did_you_mean(&entry.key, candidates.iter().map(String::as_str)) {
        Some(s) => d.with_help(format!("did you mean '{s}'?")),
        None => {
            let mut keys: Vec<&str> = usable.iter().map(|d| d.key).collect();
            keys.sort_unstable();
            keys.insert(0, "connector");
            d.with_note(format!("Supported options: {}", keys.join(", ")))
        }
    }
}
