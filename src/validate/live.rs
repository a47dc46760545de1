//! `validate --live`: the StarRocks tables of every script checked against the real
//! tables, concurrently; findings join the CREATE TABLE statement of their table, so every
//! output format carries them like the offline ones.

use sluice_common::connector::TableContext;
use sluice_plan::script::ScriptReport;
use sluice_starrocks::live::{LiveSettings, check_tables};

/// Runs the live check on every StarRocks table and files the findings.
pub fn attach(reports: &mut [ScriptReport], settings: LiveSettings) {
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the I/O runtime: {e}");
            return;
        }
    };
    for report in reports.iter_mut() {
        let tables: Vec<_> =
            report.tables.iter().filter(|t| t.table.option("connector") == Some("starrocks")).collect();
        let contexts: Vec<TableContext<'_>> = tables
            .iter()
            .map(|t| TableContext {
                name: &t.name,
                schema: &t.table.schema,
                options: &t.table.options,
                span: t.table.span,
            })
            .collect();
        let findings = runtime.block_on(check_tables(&contexts, settings));
        let spans: Vec<_> = tables.iter().map(|t| t.table.span).collect();
        for (span, diagnostics) in spans.into_iter().zip(findings) {
            let Some(statement) =
                report.statements.iter_mut().find(|s| s.span.start <= span.start && span.end <= s.span.end)
            else {
                report.file_problems.extend(diagnostics);
                continue;
            };
            if diagnostics.iter().any(|d| d.is_error()) {
                statement.ok = false;
            }
            statement.diagnostics.extend(diagnostics);
        }
    }
}
