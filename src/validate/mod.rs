//! `sluice validate`: every statement of every file checked as Flink 1.20 would, reported
//! for people (rustc-style), tools (JSON, JSON Lines) or GitHub workflows.

mod github;
mod human;
mod json;
mod live;

use std::io::Read;
use std::path::Path;

use sluice_plan::script::{ScriptReport, validate_script};

use crate::cli::{Format, ValidateArgs};

/// Reads a script (`-` is standard input).
fn read(path: &Path) -> std::io::Result<(String, String)> {
    if path.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        Ok(("<stdin>".to_string(), text))
    } else {
        Ok((path.display().to_string(), std::fs::read_to_string(path)?))
    }
}

/// Runs `validate`; returns the exit code (0 valid, 1 findings, 2 unreadable input).
pub fn run(args: &ValidateArgs) -> u8 {
    let registry = crate::registry::connectors();
    let mut reports: Vec<ScriptReport> = Vec::new();
    let mut unreadable = false;
    for path in &args.files {
        match read(path) {
            Ok((name, text)) => reports.push(validate_script(&name, &text, registry.clone())),
            Err(e) => {
                eprintln!("error: cannot read {}: {e}", path.display());
                unreadable = true;
            }
        }
    }
    if args.live {
        live::attach(&mut reports, sluice_starrocks::live::LiveSettings { create_missing: args.create_missing });
    }
    match args.format {
        Format::Human => human::print(&reports),
        Format::Jsonl => json::print_lines(&reports),
        Format::Json => json::print_document(&reports),
        Format::Github => github::print(&reports),
    }
    if unreadable {
        2
    } else if reports.iter().all(ScriptReport::is_valid) {
        0
    } else {
        1
    }
}
