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
        cli::Command::Emulator(args) => emulator(args),
    };
    ExitCode::from(code)
}

/// `sluice emulator`: the StarRocks emulator as a standalone dev server.
fn emulator(args: starrocks_emulator::cli::EmulatorArgs) -> u8 {
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return 1;
        }
    };
    match runtime.block_on(starrocks_emulator::cli::run(args)) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}
