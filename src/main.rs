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
    init_logs(cli.verbose);
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

/// Logs go to stderr: `RUST_LOG` when set, else warnings, or more with each `-v`.
fn init_logs(verbose: u8) {
    let level = match verbose {
        0 => "warn",
        1 => "info",
        2 => "debug",
        _ => "trace",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
}
