//! `antomctl`: the console's core from a terminal: the `sign` / `verify` debugger, profiles,
//! sessions and the payments cache. Parses arguments and prints; the work lives in the crates.

mod console_cmds;
mod signing;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use console::{AppContext, Console, DataDir, Keychain};

#[derive(Parser)]
#[command(name = "antomctl", version, about = "Antom Console from a terminal")]
struct Cli {
    /// Data directory (default: ANTOM_CONSOLE_DATA_DIR, else the OS per-user data folder).
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    /// Profile (by name) that `session` and `payments` act on; default: the active profile.
    #[arg(long, global = true)]
    profile: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the `signature` header value for a request (body from stdin without --body-file).
    Sign(signing::SignArgs),
    /// Check a `signature` header: exit 0 `valid`, 1 `invalid: <reason>`, 2 unusable input.
    Verify(signing::VerifyArgs),
    /// Manage profiles (keys live in the OS keychain).
    #[command(subcommand)]
    Profile(console_cmds::ProfileCommand),
    /// Create payment sessions.
    #[command(subcommand)]
    Session(console_cmds::SessionCommand),
    /// The payments cache: sync, add by id, show, list.
    #[command(subcommand)]
    Payments(console_cmds::PaymentsCommand),
}

fn open_console(data_dir: Option<PathBuf>) -> Result<Console, String> {
    let data_dir = match data_dir {
        Some(path) => {
            let path =
                std::path::absolute(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            DataDir::resolve(Some(path.into_os_string()), None)
        }
        None => DataDir::from_process_env(),
    }
    .map_err(|e| e.to_string())?;
    Ok(Console::new(AppContext {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        data_dir,
        keychain: Keychain::default(),
    }))
}

async fn run_console(cli: Cli) -> Result<ExitCode, String> {
    let console = open_console(cli.data_dir)?;
    match cli.command {
        Command::Profile(cmd) => console_cmds::profile(&console, cmd).await,
        Command::Session(cmd) => {
            console_cmds::pin(&console, cli.profile.as_deref()).await?;
            console_cmds::session(&console, cmd).await
        }
        Command::Payments(cmd) => {
            console_cmds::pin(&console, cli.profile.as_deref()).await?;
            console_cmds::payments(&console, cmd).await
        }
        Command::Sign(_) | Command::Verify(_) => Ok(ExitCode::from(2)),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Sign(args) => signing::sign(args),
        Command::Verify(args) => signing::verify(args),
        _ => tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())
            .and_then(|rt| rt.block_on(run_console(cli))),
    };
    match result {
        Ok(code) => code,
        Err(unusable) => {
            eprintln!("antomctl: {unusable}");
            ExitCode::from(2)
        }
    }
}
