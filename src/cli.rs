//! Command-line interface.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Validate and run Flink SQL scripts that load data into StarRocks.
#[derive(Debug, Parser)]
#[command(name = "sluice", version, about)]
pub struct Cli {
    /// More log output on stderr (-v info, -vv debug, -vvv trace); `RUST_LOG` overrides it.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check scripts as Flink 1.20 would, offline (and with --live against StarRocks).
    Validate(ValidateArgs),
    /// Print the option reference of a connector.
    Options(OptionsArgs),
    /// Print StarRocks CREATE TABLE statements for the StarRocks sink tables of a script.
    Ddl(DdlArgs),
    /// Run the StarRocks emulator (MySQL protocol, FE and BE HTTP) until Ctrl-C.
    Emulator(starrocks_emulator::cli::EmulatorArgs),
}

/// Formats of `options`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReferenceFormat {
    /// Indented text.
    Text,
    /// A Markdown table.
    Markdown,
    /// A JSON array of objects (`key`, `type`, `default`, `required`, `description`, …).
    Json,
}

/// Arguments of `options`.
#[derive(Debug, Args)]
pub struct OptionsArgs {
    /// Connector identifier, e.g. `starrocks`.
    pub connector: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReferenceFormat::Text)]
    pub format: ReferenceFormat,
}

/// Arguments of `ddl`.
#[derive(Debug, Args)]
pub struct DdlArgs {
    /// Target system; only `starrocks`.
    pub connector: String,
    /// The Flink SQL script.
    pub file: PathBuf,
}

/// Output formats of `validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// rustc-style diagnostics on stderr.
    Human,
    /// One JSON document on stdout.
    Json,
    /// One JSON object per statement on stdout.
    Jsonl,
    /// GitHub workflow annotations on stdout.
    Github,
}

/// Arguments of `validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Also check each StarRocks table against the real one (FE MySQL and HTTP ports).
    #[arg(long)]
    pub live: bool,
    /// With --live: create missing StarRocks databases and tables.
    #[arg(long, requires = "live")]
    pub create_missing: bool,
    /// Script files; `-` reads standard input.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}
