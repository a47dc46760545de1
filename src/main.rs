//! `sluice`: validate Flink SQL scripts that load data into StarRocks.

mod cli;
mod registry;
mod validate;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let code = match cli.command {
        cli::Command::Validate(args) => validate::run(&args),
    };
    ExitCode::from(code)
}
