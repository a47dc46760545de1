//! `sluice`: validate and run Flink SQL scripts that load data into StarRocks.

mod cli;
mod ddl_command;
mod options_reference;
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
        cli::Command::Options(args) => options_reference::run(&args),
        cli::Command::Ddl(args) => ddl_command::run(&args),
    };
    ExitCode::from(code)
}
