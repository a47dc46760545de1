//! Inputs the fuzz target (`fuzz/fuzz_targets/validate.rs`) once crashed on: the same
//! invariants, checked on every test run.

use std::sync::Arc;

use sluice_plan::ConnectorRegistry;
use sluice_plan::script::validate_script;

fn check(name: &str, text: &str) {
    let report = validate_script(name, text, Arc::new(ConnectorRegistry::with_builtins()));
    for st in &report.statements {
        assert!(st.span.end <= text.len(), "{name}: statement span {:?} past {} bytes", st.span, text.len());
        for d in &st.diagnostics {
            if let Some(s) = d.span {
                assert!(s.start <= s.end && s.end <= text.len(), "{name}: span {s:?} outside {} bytes", text.len());
            }
        }
    }
    for st in sluice_sql::parse_script(text).statements {
        if let Ok(stmt) = st.result {
            let shown = stmt.to_string();
            assert!(sluice_sql::parse_statement(&shown).is_ok(), "{name}: display does not parse again: {shown}");
        }
    }
}

#[test]
fn every_recorded_crash_input_passes() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("regression inputs") {
        let path = entry.expect("directory entry").path();
        let bytes = std::fs::read(&path).expect("readable input");
        if let Ok(text) = std::str::from_utf8(&bytes) {
            // A hang (one input once looped forever) fails the test instead of stalling it.
            let (name, text) = (path.display().to_string(), text.to_string());
            let (done, finished) = std::sync::mpsc::channel();
            let worker = std::thread::spawn(move || {
                check(&name, &text);
                let _ = done.send(());
            });
            match finished.recv_timeout(std::time::Duration::from_secs(120)) {
                Ok(()) => {}
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                    std::panic::resume_unwind(worker.join().expect_err("the check panicked"))
                }
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => panic!("{}: no answer in 120 s", path.display()),
            }
            count += 1;
        }
    }
    assert!(count >= 4, "the regression inputs are missing");
}

#[test]
fn dollar_signs_are_identifier_characters_as_in_calcite() {
    let report =
        validate_script("t.sql", "SELECT 1 AS $a;\nSELECT 1 AS a$b;", Arc::new(ConnectorRegistry::with_builtins()));
    assert!(report.statements.iter().all(|s| s.ok), "{:?}", report.statements);
    let report = validate_script("t.sql", "SELECT $$", Arc::new(ConnectorRegistry::with_builtins()));
    assert_eq!(report.statements[0].diagnostics[0].message, "Column '$$' not found in any table");
}
