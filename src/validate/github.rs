//! GitHub workflow annotations: `::error file=…,line=…,col=…,endLine=…,endColumn=…::message`.

use sluice_common::{Diagnostic, Severity, SourceFile, Span};
use sluice_plan::script::ScriptReport;

/// Escapes an annotation message as GitHub's toolkit does.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes an annotation property (file names).
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn annotation(file: &SourceFile, d: &Diagnostic, fallback: Span) -> String {
    let span = d.span.unwrap_or(fallback);
    let start = file.line_col(span.start);
    let end = file.end_line_col(span);
    let level = if d.severity == Severity::Error { "error" } else { "warning" };
    let mut message = d.message.clone();
    if let Some(h) = &d.help {
        message.push_str(&format!("\nhelp: {h}"));
    }
    format!(
        "::{level} file={},line={},col={},endLine={},endColumn={}::{}",
        escape_property(file.name()),
        start.line,
        start.column,
        end.line,
        end.column,
        escape_data(&message)
    )
}

/// Prints one annotation per diagnostic.
pub fn print(reports: &[ScriptReport]) {
    for r in reports {
        for st in &r.statements {
            for d in &st.diagnostics {
                println!("{}", annotation(&r.source, d, st.span));
            }
        }
        for d in &r.file_problems {
            println!("{}", annotation(&r.source, d, Span::default()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_github_does() {
        assert_eq!(escape_data("50% done\r\nnext"), "50%25 done%0D%0Anext");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
