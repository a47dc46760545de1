//! Splitter, parser and planner, with the StarRocks connector's option checks, over arbitrary
//! text: nothing may panic, and every span a diagnostic carries must lie inside the input.
#![no_main]

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use sluice_plan::ConnectorRegistry;
use sluice_plan::script::validate_script;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut registry = ConnectorRegistry::with_builtins();
    registry.register(Arc::new(sluice_starrocks::StarRocksConnector));
    let registry = Arc::new(registry);
    let report = validate_script("fuzz.sql", text, registry);
    for st in &report.statements {
        assert!(st.span.end <= text.len());
        for d in &st.diagnostics {
            if let Some(s) = d.span {
                assert!(s.start <= s.end && s.end <= text.len(), "span {s:?} outside input of {} bytes", text.len());
            }
        }
    }
    // Displayed statements must parse again.
    for st in sluice_sql::parse_script(text).statements {
        if let Ok(stmt) = st.result {
            let shown = stmt.to_string();
            let again = sluice_sql::parse_statement(&shown);
            assert!(again.is_ok(), "display of an accepted statement does not parse: {shown}");
        }
    }
});
