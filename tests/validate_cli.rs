//! `sluice validate` end to end: the real binary, its exit codes and every output format.

mod common;

use std::process::Output;

use common::{script, sluice};
use serde_json::Value;

fn jsonl(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect()
}

const VALID: &str = "-- a source\nCREATE TABLE src (id INT, name STRING) WITH ('connector' = 'datagen');\n\
CREATE TABLE dst (id INT, name STRING) WITH ('connector' = 'blackhole');\n\
INSERT INTO dst SELECT id, name FROM src;\n";

#[test]
fn a_valid_script_exits_zero_with_one_record_per_statement() {
    let f = script(VALID);
    let out = sluice(&["validate", "--format", "jsonl", f.path().to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let recs = jsonl(&out);
    let kinds: Vec<&str> = recs.iter().map(|r| r["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["create_table", "create_table", "insert"]);
    assert!(recs.iter().all(|r| r["ok"] == true && r["diagnostics"].as_array().unwrap().is_empty()));
    // The first statement starts after its leading comment.
    assert_eq!(recs[0]["line"], 2);
    assert_eq!(recs[0]["end_line"], 2);
    let schema = &recs[0]["schema"];
    assert_eq!(
        schema["columns"][0],
        serde_json::json!({"name": "id", "type": "INT", "nullable": true, "kind": "physical"})
    );
    assert_eq!(schema["columns"][1]["type"], "STRING");
    assert_eq!(schema["primary_key"], Value::Null);
    assert_eq!(schema["options"]["connector"], "datagen");
    assert!(recs[2].get("schema").is_none());
}

#[test]
fn problems_are_reported_at_their_line_and_column_with_exit_one() {
    let f = script(
        "CREATE TABLE t (\n  id INT,\n  `value` STRING,\n  value2 INT PRIMARY KEY\n) WITH ('connector' = 'datagen');\nSELECT nope FROM t;\n",
    );
    let out = sluice(&["validate", "--format", "jsonl", f.path().to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let recs = jsonl(&out);
    assert_eq!(recs.len(), 2);
    let d = &recs[0]["diagnostics"][0];
    assert_eq!(d["severity"], "error");
    assert!(
        d["message"].as_str().unwrap().starts_with("Flink doesn't support ENFORCED mode for PRIMARY KEY constraint.")
    );
    assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(4), Some(14)));
    assert_eq!((d["end_line"].as_u64(), d["end_column"].as_u64()), (Some(4), Some(24)));
    assert_eq!(d["help"], "write `PRIMARY KEY (…) NOT ENFORCED`");
    // The table was not created, so the SELECT fails as in Flink.
    assert_eq!(recs[1]["diagnostics"][0]["message"], "Object 't' not found");
    assert_eq!(
        (recs[1]["diagnostics"][0]["line"].as_u64(), recs[1]["diagnostics"][0]["column"].as_u64()),
        (Some(6), Some(18))
    );
}

#[test]
fn human_output_is_rustc_style_on_stderr() {
    let f = script("SELECT 1 AS value;\n");
    let out = sluice(&["validate", f.path().to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let name = f.path().display().to_string();
    assert!(err.contains("error: SQL parse failed. Encountered \"value\""), "{err}");
    assert!(err.contains(&format!("{name}:1:13")), "{err}");
    assert!(err.contains("1 │ SELECT 1 AS value;"), "{err}");
    assert!(err.contains("^^^^^"), "{err}");
    assert!(err.contains("help: `value` is a reserved word in Flink SQL; quote it with back-ticks: `value`"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let out = sluice(&["validate", "--format", "jsonl", "-"], Some("SET 'table.local-time-zone' = 'UTC';\nRESET;\n"));
    assert_eq!(out.status.code(), Some(0));
    let recs = jsonl(&out);
    assert_eq!(recs[0]["file"], "<stdin>");
    assert_eq!(recs[0]["kind"], "set");
    assert_eq!(recs[1]["kind"], "reset");
}

#[test]
fn unreadable_files_and_bad_flags_exit_two() {
    let out = sluice(&["validate", "/nonexistent/job.sql"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /nonexistent/job.sql"));
    let out = sluice(&["validate", "--format", "xml", "x.sql"], None);
    assert_eq!(out.status.code(), Some(2));
    let out = sluice(&["validate"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn json_document_has_files_and_a_summary() {
    let good = script(VALID);
    let bad = script("CREATE TABLE t (a INT) WITH ('connector' = 'datagen', 'rows-per-secnd' = '5');\n");
    let out =
        sluice(&["validate", "--format", "json", good.path().to_str().unwrap(), bad.path().to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(doc["files"].as_array().unwrap().len(), 2);
    assert_eq!(doc["summary"], serde_json::json!({"statements": 4, "errors": 1, "warnings": 0}));
    let d = &doc["files"][1]["statements"][0]["diagnostics"][0];
    assert_eq!(d["message"], "Unsupported options found for 'datagen'.");
    assert_eq!(d["help"], "did you mean 'rows-per-second'?");
    assert_eq!(d["notes"][0], "Flink reports this when the table is first read or written");
}

#[test]
fn github_annotations_escape_as_the_toolkit_does() {
    let f = script("SELECT 'a' 'b';\n");
    let out = sluice(&["validate", "--format", "github", f.path().to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().next().expect("one annotation");
    assert!(line.starts_with("::error file="), "{line}");
    assert!(
        line.contains(",line=1,col=12,endLine=1,endColumn=14::String literal continued on same line%0Ahelp: "),
        "{line}"
    );
}

#[test]
fn passwords_never_appear_in_the_output() {
    let f = script(
        "CREATE TABLE s (a INT) WITH ('connector' = 'blackhole', 'password' = 'hunter2', 'sink.password.x' = 'p2');\n",
    );
    for format in ["jsonl", "json", "github", "human"] {
        let out = sluice(&["validate", "--format", format, f.path().to_str().unwrap()], None);
        let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(!all.contains("hunter2") && !all.contains("p2'"), "{format}: {all}");
    }
    let out = sluice(&["validate", "--format", "jsonl", f.path().to_str().unwrap()], None);
    assert_eq!(jsonl(&out)[0]["schema"]["options"]["password"], "******");
}

#[test]
fn an_unterminated_comment_is_a_file_level_record() {
    let out = sluice(&["validate", "--format", "jsonl", "-"], Some("SELECT 1;\n/* never closed\n"));
    assert_eq!(out.status.code(), Some(1));
    let recs = jsonl(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[1]["kind"], "unparsed");
    assert_eq!(recs[1]["ok"], false);
    assert_eq!(recs[1]["line"], 2);
}
