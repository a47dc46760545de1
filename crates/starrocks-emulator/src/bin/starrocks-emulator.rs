//! Standalone StarRocks emulator.

use clap::Parser;
use starrocks_emulator::cli::{EmulatorArgs, run};

#[derive(Debug, Parser)]
#[command(name = "starrocks-emulator", about = "A StarRocks-compatible server for tests and development")]
struct Cli {
    #[command(flatten)]
    args: EmulatorArgs,
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let rt = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("starrocks-emulator: cannot start the runtime: {e}");
            return std::process::ExitCode::from(1);
        }
    };
    match rt.block_on(run(cli.args)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("starrocks-emulator: {e}");
            std::process::ExitCode::from(1)
        }
    }
}
