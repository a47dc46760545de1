//! rustc-style diagnostics on stderr, rendered by `codespan-reporting`.

use codespan_reporting::diagnostic::{Diagnostic as Rendered, Label, LabelStyle};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config};
use sluice_common::{Diagnostic, Severity, Span};
use sluice_plan::script::ScriptReport;

fn render(d: &Diagnostic, fallback: Span) -> Rendered<()> {
    let base = match d.severity {
        Severity::Error => Rendered::error(),
        Severity::Warning => Rendered::warning(),
    };
    let span = d.span.unwrap_or(fallback);
    let mut labels = vec![Label::new(LabelStyle::Primary, (), span.range())];
    labels.extend(
        d.labels.iter().map(|l| Label::new(LabelStyle::Secondary, (), l.span.range()).with_message(&l.message)),
    );
    let mut notes: Vec<String> = d.notes.iter().map(|n| format!("note: {n}")).collect();
    if let Some(h) = &d.help {
        notes.push(format!("help: {h}"));
    }
    base.with_message(&d.message).with_labels(labels).with_notes(notes)
}

/// Prints every diagnostic of every file, then a summary line per file.
pub fn print(reports: &[ScriptReport]) {
    let config = Config::default();
    let mut stderr = std::io::stderr().lock();
    for r in reports {
        let masked = sluice_sql::secrets::mask_secrets(r.source.text());
        let file = SimpleFile::new(r.source.name(), masked.as_str());
        let mut errors = 0;
        let mut warnings = 0;
        let all = r.statements.iter().flat_map(|s| s.diagnostics.iter().map(move |d| (d, s.span)));
        for (d, span) in all.chain(r.file_problems.iter().map(|d| (d, Span::default()))) {
            if d.is_error() {
                errors += 1;
            } else {
                warnings += 1;
            }
            let _ = term::emit_to_io_write(&mut stderr, &config, &file, &render(d, span));
        }
        let invalid = r.statements.iter().filter(|s| !s.ok).count();
        eprintln!(
            "{}: {} statements, {} invalid, {errors} errors, {warnings} warnings",
            r.source.name(),
            r.statements.len(),
            invalid
        );
    }
}
