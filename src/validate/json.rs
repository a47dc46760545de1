//! JSON Lines and JSON output. External tools consume it; keep the shape stable.

use serde_json::{Map, Value, json};
use sluice_common::options::display_value;
use sluice_common::schema::ColumnKind;
use sluice_common::{Diagnostic, SourceFile, Span};
use sluice_plan::SchemaReport;
use sluice_plan::script::{ScriptReport, StatementReport};

fn diagnostic_json(file: &SourceFile, d: &Diagnostic, fallback: Span) -> Value {
    let span = d.span.unwrap_or(fallback);
    let start = file.line_col(span.start);
    let end = file.end_line_col(span);
    let mut m = Map::new();
    m.insert("severity".into(), json!(d.severity.as_str()));
    m.insert("message".into(), json!(d.message));
    m.insert("line".into(), json!(start.line));
    m.insert("column".into(), json!(start.column));
    m.insert("end_line".into(), json!(end.line));
    m.insert("end_column".into(), json!(end.column));
    if let Some(h) = &d.help {
        m.insert("help".into(), json!(h));
    }
    if !d.notes.is_empty() {
        m.insert("notes".into(), json!(d.notes));
    }
    Value::Object(m)
}

fn schema_json(s: &SchemaReport) -> Value {
    let columns: Vec<Value> = s
        .schema
        .columns
        .iter()
        .map(|c| {
            let kind = match c.kind {
                ColumnKind::Physical => "physical",
                ColumnKind::Computed { .. } => "computed",
                ColumnKind::Metadata { .. } => "metadata",
            };
            json!({"name": c.name, "type": c.data_type.summary(), "nullable": c.data_type.nullable, "kind": kind})
        })
        .collect();
    let pk = match &s.schema.primary_key {
        Some(p) => json!({"name": p.name, "columns": p.columns}),
        None => Value::Null,
    };
    let watermarks: Vec<Value> = s
        .schema
        .watermarks
        .iter()
        .map(|w| json!({"rowtime": w.rowtime, "expr": w.expr, "type": w.data_type.summary()}))
        .collect();
    let options: Map<String, Value> =
        s.options.iter().map(|o| (o.key.clone(), json!(display_value(&o.key, &o.value)))).collect();
    json!({"columns": columns, "primary_key": pk, "watermarks": watermarks, "options": options})
}

fn statement_json(file: &SourceFile, st: &StatementReport) -> Value {
    let line = file.line_col(st.span.start).line;
    let end_line = file.end_line_col(st.span).line;
    let mut m = Map::new();
    m.insert("file".into(), json!(file.name()));
    m.insert("line".into(), json!(line));
    m.insert("end_line".into(), json!(end_line));
    m.insert("kind".into(), json!(st.kind));
    m.insert("ok".into(), json!(st.ok));
    m.insert(
        "diagnostics".into(),
        Value::Array(st.diagnostics.iter().map(|d| diagnostic_json(file, d, st.span)).collect()),
    );
    if matches!(st.kind, "create_table" | "create_table_as" | "create_view")
        && let Some(s) = &st.schema
    {
        m.insert("schema".into(), schema_json(s));
    }
    Value::Object(m)
}

fn problem_json(file: &SourceFile, d: &Diagnostic) -> Value {
    let span = d.span.unwrap_or_default();
    json!({
        "file": file.name(),
        "line": file.line_col(span.start).line,
        "end_line": file.end_line_col(span).line,
        "kind": "unparsed",
        "ok": false,
        "diagnostics": [diagnostic_json(file, d, span)],
    })
}

/// The records of one file, in statement order, file-level problems last.
pub fn records(r: &ScriptReport) -> Vec<Value> {
    let mut out: Vec<Value> = r.statements.iter().map(|s| statement_json(&r.source, s)).collect();
    out.extend(r.file_problems.iter().map(|d| problem_json(&r.source, d)));
    out
}

/// `--format jsonl`: one object per statement.
pub fn print_lines(reports: &[ScriptReport]) {
    let mut out = String::new();
    for r in reports {
        for rec in records(r) {
            out.push_str(&rec.to_string());
            out.push('\n');
        }
    }
    print!("{out}");
}

/// `--format json`: one document with files and a summary.
pub fn print_document(reports: &[ScriptReport]) {
    let mut files = Vec::new();
    let (mut statements, mut errors, mut warnings) = (0usize, 0usize, 0usize);
    for r in reports {
        let recs = records(r);
        statements += r.statements.len();
        for st in &r.statements {
            errors += st.diagnostics.iter().filter(|d| d.is_error()).count();
            warnings += st.diagnostics.iter().filter(|d| !d.is_error()).count();
        }
        errors += r.file_problems.len();
        files.push(json!({"file": r.source.name(), "statements": recs}));
    }
    let doc = json!({"files": files, "summary": {"statements": statements, "errors": errors, "warnings": warnings}});
    println!("{doc}");
}
