//! `antomctl`: the console's core from a terminal (today: the `sign` / `verify` debugger).
//! Parses arguments, reads files and prints; all protocol work lives in `antom`.

mod signing;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "antomctl", version, about = "Antom Console from a terminal")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the `signature` header value for a request (body from stdin without --body-file).
    Sign(signing::SignArgs),
    /// Check a `signature` header: exit 0 `valid`, 1 `invalid: <reason>`, 2 unusable input.
    Verify(signing::VerifyArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Sign(args) => signing::sign(&args),
        Command::Verify(args) => signing::verify(&args),
    };
    match result {
        Ok(code) => code,
        Err(unusable) => {
            eprintln!("antomctl: {unusable}");
            ExitCode::from(2)
        }
    }
}
