//! `'connector' = 'starrocks'` as the planner sees it: declared options, and the checks of
//! a table's options for the sink role, the source role, or either (at `CREATE TABLE`).

use sluice_common::Diagnostic;
use sluice_common::connector::{
    ConnectorFactory, ConnectorRole, FLINK_ACCEPTS_NOTE, TableContext, check_required, check_value, unsupported_option,
};
use sluice_common::options::{OptionDecl, OptionEntry, OptionRole};

use crate::offline_types;
use crate::options::declarations::{self, OPTIONS, REJECTED_IN_SQL};
use crate::options::{OptionProblem, ProblemKind, StarRocksSinkOptions};

/// The StarRocks connector (sink and source).
pub struct StarRocksConnector;

impl ConnectorFactory for StarRocksConnector {
    fn identifier(&self) -> &'static str {
        "starrocks"
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

    fn validate(&self, table: &TableContext<'_>, role: Option<ConnectorRole>) -> Vec<Diagnostic> {
        let uses = RoleUse::of(table.options);
        let mut out = Vec::new();
        if role.is_none() && uses.source && uses.sink {
            out.push(mixed_roles_warning(table));
        }
        let as_sink = role == Some(ConnectorRole::Sink) || (role.is_none() && (uses.sink || !uses.source));
        let as_source = role == Some(ConnectorRole::Source) || (role.is_none() && uses.source && !uses.sink);
        let applies = |d: &OptionDecl| match d.role {
            OptionRole::Both => true,
            OptionRole::Sink => role != Some(ConnectorRole::Source),
            OptionRole::Source => role != Some(ConnectorRole::Sink),
        };
        let required: Vec<&str> = OPTIONS
            .iter()
            .filter(|d| d.required)
            .filter(|d| match d.role {
                OptionRole::Both => true,
                OptionRole::Sink => as_sink,
                OptionRole::Source => as_source,
            })
            .map(|d| d.key)
            .collect();
        out.extend(check_required(OPTIONS, &required, table));
        let usable: Vec<&OptionDecl> = OPTIONS.iter().filter(|d| applies(d)).collect();
        for entry in table.options.iter().filter(|e| e.key != "connector") {
            if let Some((_, why)) = REJECTED_IN_SQL.iter().find(|(k, _)| *k == entry.key) {
                out.push(
                    Diagnostic::error("Unsupported options found for 'starrocks'.", entry.key_span)
                        .with_note(*why)
                        .with_help("remove it so the script also runs on Flink"),
                );
                continue;
            }
            match declarations::decl(&entry.key) {
                Some(d) if applies(d) => {
                    if d.role == OptionRole::Source {
                        out.extend(check_value(d, entry));
                    }
                }
                Some(d) => out.push(wrong_role(&usable, entry, d.role)),
                None => out.push(unsupported_option(self.identifier(), &usable, entry)),
            }
        }
        if as_sink {
            out.extend(sink_problems(table));
            out.extend(offline_types::check(table));
        }
        out
    }
}

/// Which role the keys of a table suggest.
struct RoleUse {
    source: bool,
    sink: bool,
}

impl RoleUse {
    fn of(options: &[OptionEntry]) -> Self {
        let role_of =
            |role: OptionRole| options.iter().any(|e| declarations::decl(&e.key).is_some_and(|d| d.role == role));
        RoleUse { source: role_of(OptionRole::Source), sink: role_of(OptionRole::Sink) }
    }
}

fn mixed_roles_warning(table: &TableContext<'_>) -> Diagnostic {
    Diagnostic::warning("This StarRocks table mixes source options and sink options.", table.span)
        .with_note("the connector's source and sink factories accept different keys: Flink rejects the sink keys when the table is read, and the source keys when it is written")
        .with_help("declare one table for reading and another for writing")
}

fn wrong_role(usable: &[&OptionDecl], entry: &OptionEntry, role: OptionRole) -> Diagnostic {
    let (what, when) = match role {
        OptionRole::Source => ("the StarRocks source", "written"),
        _ => ("the StarRocks sink", "read"),
    };
    unsupported_option("starrocks", usable, entry)
        .with_note(format!("'{}' is an option of {what}; Flink rejects it when the table is {when}", entry.key))
}

/// The sink options' own problems (values, ranges, cross-option rules, stream-load
/// properties), placed on the option they concern. Missing required options are reported
/// by the Flink-level check.
fn sink_problems(table: &TableContext<'_>) -> Vec<Diagnostic> {
    let (_, problems) = StarRocksSinkOptions::parse(table.options.iter().map(|e| (e.key.as_str(), e.value.as_str())));
    problems.into_iter().filter(|p| p.kind != ProblemKind::Missing).map(|p| place(table, p)).collect()
}

/// Turns a problem into a diagnostic at the value of the option it concerns.
pub fn place(table: &TableContext<'_>, p: OptionProblem) -> Diagnostic {
    // As Flink reads options: the key itself, else its deprecated spellings.
    let entry_of = |key: &str| {
        let find = |k: &str| table.options.iter().rev().find(|e| e.key == k);
        find(key)
            .or_else(|| declarations::decl(key).and_then(|d| d.deprecated_keys.iter().find_map(|alias| find(alias))))
    };
    let span = entry_of(&p.key).map_or(table.span, |e| e.value_span);
    let mut d = Diagnostic::new(
        if p.warning { sluice_common::Severity::Warning } else { sluice_common::Severity::Error },
        p.message.clone(),
        Some(span),
    );
    if let Some(other) = p.other.as_deref().and_then(entry_of) {
        d = d.with_label(other.value_span, format!("together with '{}'", other.key));
    }
    if let Some(note) = p.note {
        d = d.with_note(note);
    }
    if !p.connector_rejects && !p.warning {
        d = d.with_note(format!("{FLINK_ACCEPTS_NOTE}; the load would fail or load wrong data, so sluice reports it"));
    }
    if let Some(help) = p.help {
        d = d.with_help(help);
    }
    d
}
