//! parse → display → parse gives the same AST, for every statement of the workspace's
//! `sql/` case files that parses, and for hand-picked canonical forms.

use std::path::{Path, PathBuf};

use sluice_sql::{parse_script, parse_statement};

fn sql_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            sql_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "sql") {
            out.push(p);
        }
    }
}

/// Parses `sql`, checks that its display re-parses to an equal AST, returns the display.
fn verified(sql: &str) -> String {
    let stmt = parse_statement(sql).unwrap_or_else(|e| panic!("{sql}: {}", e.message));
    let shown = stmt.to_string();
    let again = parse_statement(&shown)
        .unwrap_or_else(|e| panic!("display of `{sql}` does not parse: `{shown}`: {}", e.message));
    assert_eq!(stmt, again, "round trip of `{sql}` via `{shown}`");
    shown
}

#[test]
fn every_accepted_case_statement_round_trips() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sql");
    let mut files = Vec::new();
    sql_files(&root, &mut files);
    assert!(!files.is_empty());
    let mut checked = 0;
    let mut failures = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("readable");
        for st in parse_script(&text).statements {
            let Ok(stmt) = st.result else { continue };
            let shown = stmt.to_string();
            match parse_statement(&shown) {
                Ok(again) if again == stmt => checked += 1,
                Ok(_) => failures.push(format!("{}: `{shown}` re-parses to a different AST", f.display())),
                Err(e) => failures.push(format!("{}: `{shown}` does not re-parse: {}", f.display(), e.message)),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} statements do not round-trip:\n{}",
        failures.len(),
        checked + failures.len(),
        failures.join("\n")
    );
    assert!(checked > 3000, "only {checked} statements checked");
}

#[test]
fn canonical_forms() {
    assert_eq!(
        verified(
            "create table t (id int primary key not enforced, name varchar, ts timestamp(3), watermark for ts as ts - interval '5' second) with ('connector'='datagen')"
        ),
        "CREATE TABLE t (id INT PRIMARY KEY NOT ENFORCED, name VARCHAR, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'datagen')"
    );
    assert_eq!(verified("SET a.b = c"), "SET a.b = c");
    assert_eq!(verified("SET 'a.b' = 'c'"), "SET 'a.b' = 'c'");
    assert_eq!(
        verified("EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT 1; END"),
        "EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT 1; END"
    );
    assert_eq!(
        verified("select cast(a as row<x int not null, `y` string 'c'>) from t"),
        "SELECT CAST(a AS ROW<x INT NOT NULL, `y` STRING 'c'>) FROM t"
    );
    assert_eq!(verified("SELECT MAP['a', 1] FROM t"), "SELECT MAP {'a': 1} FROM t");
    assert_eq!(
        verified("CREATE TABLE t (a INT ARRAY ARRAY, `value` STRING) WITH ()"),
        "CREATE TABLE t (a ARRAY<ARRAY<INT>>, `value` STRING) WITH ()"
    );
}
