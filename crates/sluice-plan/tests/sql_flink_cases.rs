//! Runs every oracle-backed case of `sql/flink/` through sluice and compares each
//! statement's verdict, and each accepted CREATE TABLE / VIEW / CTAS schema, with what the
//! real Flink 1.20.5 planner answered (`<case>.oracle.jsonl`, written by `scripts/oracle.sh`).
//!
//! Statements where sluice and Flink still differ are listed in
//! `sql/flink/KNOWN_DIFFERENCES`; the test fails when a new difference appears and when a
//! listed one is gone (so the list only shrinks). `SLUICE_UPDATE_KNOWN=1` rewrites the list;
//! `SLUICE_CASES_REPORT=1` prints every difference with both messages. `SLUICE_CASES_ONLY=text`
//! runs only the case files whose path contains `text`, prints their differences and checks
//! nothing (for trying a fix on a few files).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::Value;
use sluice_plan::ConnectorRegistry;
use sluice_plan::script::{StatementReport, validate_script};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

fn case_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            case_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "sql") && p.with_extension("oracle.jsonl").exists() {
            out.push(p);
        }
    }
}

/// The file's text split into sessions at `-- @new-session` lines, each a copy of the whole
/// text with everything outside the session blanked (line numbers are kept).
fn sessions(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut starts = vec![0];
    for (i, l) in lines.iter().enumerate() {
        if l.trim() == "-- @new-session" && i > 0 {
            starts.push(i);
        }
    }
    starts.push(lines.len());
    starts
        .windows(2)
        .map(|w| {
            lines
                .iter()
                .enumerate()
                .map(|(i, l)| if i >= w[0] && i < w[1] { l.to_string() } else { blank(l) })
                .collect()
        })
        .collect()
}

fn blank(line: &str) -> String {
    line.chars().map(|c| if c == '\n' { '\n' } else { ' ' }).collect()
}

struct Ours {
    report: StatementReport,
    line: usize,
}

fn first_message(r: &StatementReport) -> String {
    r.diagnostics.iter().find(|d| d.is_error()).map(|d| d.message.clone()).unwrap_or_default()
}

fn schema_differences(ours: &StatementReport, flink: &Value) -> Option<String> {
    let cols = flink.get("schema")?.get("columns")?.as_array()?;
    let Some(schema) = &ours.schema else {
        return Some("sluice resolved no schema".into());
    };
    let theirs: Vec<(String, String, String)> = cols
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap_or("").to_string(),
                c["type"].as_str().unwrap_or("").to_string(),
                c["kind"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let mine: Vec<(String, String, String)> = schema
        .schema
        .columns
        .iter()
        .map(|c| {
            let kind = match c.kind {
                sluice_common::schema::ColumnKind::Physical => "physical",
                sluice_common::schema::ColumnKind::Computed { .. } => "computed",
                sluice_common::schema::ColumnKind::Metadata { .. } => "metadata",
            };
            (c.name.clone(), c.data_type.summary(), kind.to_string())
        })
        .collect();
    if mine != theirs {
        return Some(format!("columns sluice={mine:?} flink={theirs:?}"));
    }
    let flink_pk = flink["schema"]["primary_key"]
        .get("columns")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).map(str::to_string).collect::<Vec<_>>());
    let my_pk = schema.schema.primary_key.as_ref().map(|p| p.columns.clone());
    if flink_pk != my_pk {
        return Some(format!("primary key sluice={my_pk:?} flink={flink_pk:?}"));
    }
    let flink_wm: Vec<(String, String)> = flink["schema"]["watermarks"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|w| {
                    (w["rowtime"].as_str().unwrap_or("").to_string(), w["type"].as_str().unwrap_or("").to_string())
                })
                .collect()
        })
        .unwrap_or_default();
    let my_wm: Vec<(String, String)> =
        schema.schema.watermarks.iter().map(|w| (w.rowtime.clone(), w.data_type.summary())).collect();
    if flink_wm != my_wm {
        return Some(format!("watermarks sluice={my_wm:?} flink={flink_wm:?}"));
    }
    None
}

/// Whether a statement is of a kind the held-out measure scores: CREATE [TEMPORARY]
/// TABLE/VIEW, INSERT, SET, RESET, DROP TABLE, statement sets, SELECT, VALUES, EXPLAIN,
/// DESC[RIBE], SHOW and USE.
fn is_scored(sql: &str) -> bool {
    let words: Vec<String> = sql.split_whitespace().take(4).map(|w| w.to_ascii_uppercase()).collect();
    let w = |i: usize| words.get(i).map(String::as_str).unwrap_or("");
    match w(0) {
        "INSERT" | "SET" | "RESET" | "SELECT" | "VALUES" | "EXPLAIN" | "DESC" | "DESCRIBE" | "SHOW" | "USE"
        | "WITH" | "END" => true,
        "CREATE" => matches!((w(1), w(2)), ("TABLE" | "VIEW", _) | ("TEMPORARY", "TABLE" | "VIEW")),
        "DROP" => w(1) == "TABLE" || (w(1) == "TEMPORARY" && w(2) == "TABLE"),
        "BEGIN" | "EXECUTE" => w(1) == "STATEMENT" || w(1) == "INSERT",
        _ => false,
    }
}

#[test]
fn sql_flink_cases_agree_with_the_flink_oracle() {
    let root = workspace_root();
    let mut files = Vec::new();
    case_files(&root.join("sql/flink"), &mut files);
    files.sort();
    let only = std::env::var("SLUICE_CASES_ONLY").ok();
    if let Some(only) = &only {
        files.retain(|f| f.to_string_lossy().contains(only.as_str()));
    }
    assert!(!files.is_empty(), "no oracle-backed cases found under sql/flink");
    let registry = Arc::new(ConnectorRegistry::with_builtins());
    let mut differences: BTreeMap<String, String> = BTreeMap::new();
    let (mut total, mut verdicts_agree, mut schemas, mut schemas_agree) = (0usize, 0usize, 0usize, 0usize);
    let (mut scored_total, mut scored_agree) = (0usize, 0usize);
    for file in &files {
        let rel = file.strip_prefix(&root).expect("under root").display().to_string();
        let text = std::fs::read_to_string(file).expect("readable case");
        let mut ours: Vec<Ours> = Vec::new();
        for (i, session_text) in sessions(&text).iter().enumerate() {
            let report = validate_script(&format!("{rel}#{i}"), session_text, registry.clone());
            for st in report.statements {
                let line = report.source.line_col(st.span.start).line;
                ours.push(Ours { report: st, line });
            }
        }
        let by_line: BTreeMap<usize, &Ours> = ours.iter().map(|o| (o.line, o)).collect();
        let oracle = std::fs::read_to_string(file.with_extension("oracle.jsonl")).expect("oracle file");
        for l in oracle.lines().filter(|l| !l.trim().is_empty()) {
            let flink: Value = serde_json::from_str(l).expect("oracle JSON");
            let line = flink["line"].as_u64().expect("line") as usize;
            let flink_ok = flink["ok"].as_bool().expect("ok");
            total += 1;
            let scored = is_scored(flink["sql"].as_str().unwrap_or(""));
            scored_total += usize::from(scored);
            let key = format!("{rel}:{line}");
            let Some(o) = by_line.get(&line) else {
                differences.insert(key, "sluice found no statement at this line".into());
                continue;
            };
            if o.report.flink_ok != flink_ok {
                differences.insert(
                    key,
                    format!(
                        "verdict sluice={} flink={} | flink: {} | sluice: {}",
                        o.report.flink_ok,
                        flink_ok,
                        flink["error"].as_str().unwrap_or(""),
                        first_message(&o.report)
                    ),
                );
                continue;
            }
            verdicts_agree += 1;
            let schema_ok = !(flink_ok && flink.get("schema").is_some_and(|s| s.get("columns").is_some()))
                || schema_differences(&o.report, &flink).is_none();
            scored_agree += usize::from(scored && schema_ok);
            if flink_ok && flink.get("schema").is_some_and(|s| s.get("columns").is_some()) {
                schemas += 1;
                match schema_differences(&o.report, &flink) {
                    Some(d) => {
                        differences.insert(key, format!("schema {d}"));
                    }
                    None => schemas_agree += 1,
                }
            }
        }
    }
    let pct = |a: usize, b: usize| if b == 0 { 100.0 } else { 100.0 * a as f64 / b as f64 };
    println!(
        "sql/flink: {total} statements, verdicts agree {verdicts_agree} ({:.2}%), schemas agree {schemas_agree}/{schemas} ({:.2}%)",
        pct(verdicts_agree, total),
        pct(schemas_agree, schemas)
    );
    println!(
        "sql/flink, statement kinds of the held-out measure: {scored_total} statements, verdict and schema agree {scored_agree} ({:.2}%)",
        pct(scored_agree, scored_total)
    );
    if std::env::var_os("SLUICE_CASES_REPORT").is_some() || only.is_some() {
        for (k, v) in &differences {
            println!("{k}: {v}");
        }
    }
    if only.is_some() {
        return;
    }
    let known_path = root.join("sql/flink/KNOWN_DIFFERENCES");
    if std::env::var_os("SLUICE_UPDATE_KNOWN").is_some() {
        let mut body = String::from(
            "# Statements where sluice's verdict or schema still differs from Flink's.\n# Written by `SLUICE_UPDATE_KNOWN=1 cargo test -p sluice-plan --test sql_flink_cases`.\n",
        );
        for (k, v) in &differences {
            body.push_str(&format!("{k}\t{}\n", v.lines().next().unwrap_or("").chars().take(300).collect::<String>()));
        }
        std::fs::write(&known_path, body).expect("write known differences");
        return;
    }
    let known: BTreeSet<String> = std::fs::read_to_string(&known_path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').next().unwrap_or("").to_string())
        .collect();
    let new: Vec<String> =
        differences.iter().filter(|(k, _)| !known.contains(*k)).map(|(k, v)| format!("{k}: {v}")).collect();
    let fixed: Vec<&String> = known.iter().filter(|k| !differences.contains_key(*k)).collect();
    assert!(
        new.is_empty() && fixed.is_empty(),
        "{} new differences from Flink:\n{}\n{} listed differences are gone (remove them from sql/flink/KNOWN_DIFFERENCES):\n{}",
        new.len(),
        new.join("\n"),
        fixed.len(),
        fixed.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n")
    );
}
