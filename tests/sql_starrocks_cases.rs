//! Runs every case of `sql/starrocks/` through the real binary and compares what it prints
//! with the snapshot stored next to the cases (`sql/starrocks/snapshots/`).
//!
//! A case is a script. Leading `-- starrocks: <statement>` lines are run against a fresh
//! emulator first, and the script is then validated with `--live`; `${jdbc-url}` and
//! `${load-url}` in it stand for the emulator's addresses. Cases without such lines are
//! validated offline. New or changed cases: run with `INSTA_UPDATE=always`, then review
//! every changed `.snap` file before committing it.

mod common;

use std::path::Path;

use common::{TestEmulator, script, sluice};

/// Validates one case; the exit code and the rendered diagnostics.
fn run_case(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("readable case");
    let setup: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix("-- starrocks:")).map(str::trim).collect();
    let (out, emulator) = if setup.is_empty() {
        let f = script(&text);
        (sluice(&["validate", f.path().to_str().unwrap()], None), None)
    } else {
        let emu = TestEmulator::start("", "3.5.2");
        emu.execute("", &setup);
        let live = text
            .replace("${jdbc-url}", &format!("jdbc:mysql://{}", emu.mysql))
            .replace("${load-url}", &emu.fe.to_string());
        let f = script(&live);
        (sluice(&["validate", "--live", f.path().to_str().unwrap()], None), Some(emu))
    };
    let mut rendered = String::from_utf8_lossy(&out.stderr).into_owned();
    if let Some(emu) = &emulator {
        rendered = rendered
            .replace(&format!("jdbc:mysql://{}", emu.mysql), "${jdbc-url}")
            .replace(&emu.fe.to_string(), "${load-url}");
    }
    // The temporary file's name is not part of the outcome.
    let rendered: String = rendered
        .lines()
        .map(|l| match (l.find("┌─ "), l.rfind(".sql:")) {
            (Some(start), Some(end)) if end > start => format!("{}┌─ case.sql:{}", &l[..start], &l[end + 5..]),
            _ => match l.find(".sql: ") {
                Some(end) => format!("case.sql: {}", &l[end + 6..]),
                None => l.to_string(),
            },
        })
        .collect::<Vec<_>>()
        .join("\n");
    format!("exit code: {}\n\n{}\n", out.status.code().unwrap_or(-1), rendered.trim_end())
}

#[test]
fn starrocks_cases() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("sql/starrocks");
    insta::with_settings!({
        snapshot_path => root.join("snapshots"),
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::glob!(root.as_path(), "**/*.sql", |path| {
            insta::assert_snapshot!(run_case(path));
        });
    });
}
