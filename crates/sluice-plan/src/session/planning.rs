//! Planning checks: the connector of every table read or written exists, supports that
//! role and accepts the table's options; streaming restrictions on sinks.

use sluice_common::Diagnostic;
use sluice_common::connector::{ConnectorRole, TableContext, flink_accepts};

use super::Session;
use super::dml::ValidatedInsert;
use crate::catalog::{CatalogObject, CatalogTable};
use crate::env::SourceUse;
use crate::identifier::ObjectIdentifier;

/// The note on connector problems that sluice reports at CREATE TABLE but Flink only when
/// the table is first used (the one deliberate difference in verdicts).
pub const DEFERRED_NOTE: &str = "Flink reports this when the table is first read or written";

impl Session {
    /// At CREATE TABLE: options of a known connector are checked now (sluice's one
    /// deliberate difference from Flink, which checks them at first use); an unknown
    /// connector is a warning.
    pub(super) fn check_connector_at_create(&self, id: &ObjectIdentifier, table: &CatalogTable) -> Vec<Diagnostic> {
        let Some(connector) = table.option("connector") else { return Vec::new() };
        let name = id.to_string();
        let ctx = TableContext { name: &name, schema: &table.schema, options: &table.options, span: table.span };
        match self.registry().get(connector) {
            Some(factory) => factory
                .validate(&ctx, None)
                .into_iter()
                .map(|d| if d.is_error() && !flink_accepts(&d) { d.with_note(DEFERRED_NOTE) } else { d })
                .collect(),
            None => {
                let span =
                    table.options.iter().find(|o| o.key == "connector").map(|o| o.value_span).unwrap_or(table.span);
                let mut d = Diagnostic::warning(format!("Unknown connector '{connector}'"), span).with_note(
                    "Flink accepts the table now and fails when it is read or written: Could not find any factory for identifier",
                );
                let known: Vec<&str> = self.registry().identifiers().collect();
                if let Some(s) = sluice_common::suggest::did_you_mean(connector, known.iter().copied()) {
                    d = d.with_help(format!("did you mean '{s}'?"));
                }
                vec![d]
            }
        }
    }

    fn check_table(
        &self,
        id: &ObjectIdentifier,
        table: &CatalogTable,
        role: ConnectorRole,
        span: sluice_common::Span,
        hint_options: &[sluice_common::options::OptionEntry],
    ) -> Result<(), Diagnostic> {
        let merged;
        let table = if hint_options.is_empty() {
            table
        } else {
            let mut t = table.clone();
            for o in hint_options {
                match t.options.iter_mut().find(|e| e.key == o.key) {
                    Some(e) => *e = o.clone(),
                    None => t.options.push(o.clone()),
                }
            }
            merged = t;
            &merged
        };
        let (verb, iface) = match role {
            ConnectorRole::Source => ("Unable to create a source for reading table", "DynamicTableSourceFactory"),
            ConnectorRole::Sink => ("Unable to create a sink for writing table", "DynamicTableSinkFactory"),
        };
        let top = format!("{verb} '{id}'.");
        let connector = table.option("connector").unwrap_or("");
        let Some(factory) = self.registry().get(connector) else {
            return Err(Diagnostic::error(top, span).with_note(format!(
                "Could not find any factory for identifier '{connector}' that implements 'org.apache.flink.table.factories.{iface}' in the classpath."
            )));
        };
        let role_ok = match role {
            ConnectorRole::Source => factory.is_source(),
            ConnectorRole::Sink => factory.is_sink(),
        };
        if !role_ok {
            let (can, cannot) = match role {
                ConnectorRole::Source => ("sink", "source"),
                ConnectorRole::Sink => ("source", "sink"),
            };
            return Err(Diagnostic::error(top, span).with_note(format!(
                "Connector '{connector}' can only be used as a {can}. It cannot be used as a {cannot}."
            )));
        }
        let metadata: Vec<(&str, String, bool)> = table
            .schema
            .columns
            .iter()
            .filter_map(|c| match &c.kind {
                sluice_common::schema::ColumnKind::Metadata { key, is_virtual } => {
                    Some((c.name.as_str(), key.clone().unwrap_or_else(|| c.name.clone()), *is_virtual))
                }
                _ => None,
            })
            .collect();
        match role {
            ConnectorRole::Source if !metadata.is_empty() => match factory.readable_metadata() {
                None => {
                    return Err(Diagnostic::error(
                        format!(
                            "Table '{id}' declares metadata columns, but the underlying DynamicTableSource doesn't implement the SupportsReadingMetadata interface. Therefore, metadata cannot be read from the given source."
                        ),
                        span,
                    ));
                }
                Some(keys) => {
                    if let Some((col, key, _)) = metadata.iter().find(|(_, k, _)| !keys.contains(&k.as_str())) {
                        return Err(Diagnostic::error(
                            format!("Invalid metadata key '{key}' in column '{col}' of table '{id}'. The DynamicTableSource class '{connector}' supports the following metadata keys for reading:"),
                            span,
                        )
                        .with_note(keys.join(", ")));
                    }
                }
            },
            ConnectorRole::Sink if metadata.iter().any(|(_, _, v)| !v) && factory.writable_metadata().is_none() => {
                return Err(Diagnostic::error(
                    format!(
                        "Table '{id}' declares persistable metadata columns, but the underlying DynamicTableSink doesn't implement the SupportsWritingMetadata interface. If the column should not be persisted, it can be declared with the VIRTUAL keyword."
                    ),
                    span,
                ));
            }
            _ => {}
        }
        if role == ConnectorRole::Source && !self.streaming() {
            let name = id.to_string();
            let ctx = TableContext { name: &name, schema: &table.schema, options: &table.options, span: table.span };
            if !factory.is_bounded(&ctx) {
                return Err(Diagnostic::error(
                    format!(
                        "Querying an unbounded table '{id}' in batch mode is not allowed. The table source is unbounded."
                    ),
                    span,
                ));
            }
        }
        let name = id.to_string();
        let ctx = TableContext { name: &name, schema: &table.schema, options: &table.options, span: table.span };
        let problems: Vec<Diagnostic> =
            factory.validate(&ctx, Some(role)).into_iter().filter(|d| d.is_error() && !flink_accepts(d)).collect();
        if let Some(first) = problems.into_iter().next() {
            let mut d = Diagnostic::error(top, span).with_note(first.message.clone());
            if let Some(s) = first.span {
                d = d.with_label(s, first.help.clone().unwrap_or(first.message));
            }
            return Err(d);
        }
        Ok(())
    }

    /// Every table read must have a connector that can read it with these options.
    pub(super) fn check_sources(&self, sources: &[SourceUse]) -> Result<(), Diagnostic> {
        for s in sources {
            if let Some(CatalogObject::Table(t)) = self.catalog.lookup(&s.id) {
                self.check_table(&s.id, t, ConnectorRole::Source, s.span, &s.hint_options)?;
            }
        }
        Ok(())
    }

    /// Planning of a validated INSERT: the sink's connector, overwrite and update streams.
    pub(super) fn plan_insert(&self, v: &ValidatedInsert) -> Result<(), Diagnostic> {
        if let Some(d) = &v.planner_error {
            return Err(d.clone());
        }
        let Some(CatalogObject::Table(t)) = self.catalog.lookup(&v.target) else {
            return Err(Diagnostic::error(format!("Sink {} does not exists", v.target.quoted()), v.target_span));
        };
        self.check_table(&v.target, t, ConnectorRole::Sink, v.target_span, &v.sink_hint_options)?;
        let connector = t.option("connector").unwrap_or("");
        if v.overwrite {
            if connector != "filesystem" {
                return Err(Diagnostic::error(
                    format!(
                        "INSERT OVERWRITE requires that the underlying DynamicTableSink of table '{}' implements the SupportsOverwrite interface.",
                        v.target
                    ),
                    v.target_span,
                ));
            }
            if self.streaming() {
                return Err(Diagnostic::error("Streaming mode not support overwrite.", v.target_span));
            }
        }
        if v.updating && connector == "filesystem" {
            return Err(Diagnostic::error(
                format!(
                    "Table sink '{}' doesn't support consuming update changes which is produced by node GroupAggregate",
                    v.target
                ),
                v.target_span,
            ));
        }
        Ok(())
    }
}
