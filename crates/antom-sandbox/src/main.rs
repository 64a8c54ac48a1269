//! `antom-sandbox keys --out DIR` and `antom-sandbox serve …`: the standalone local Antom.
//! Argument handling only; everything else is the library.

use std::io::Write as _;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use antom_sandbox::{RetrySchedule, Sandbox, SandboxConfig, SandboxKeys, SequentialIds};
use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "antom-sandbox",
    version,
    about = "A local stand-in for Antom's payments API"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Retry {
    /// Resend unacknowledged notifications 0, 2 m, 10 m, 10 m, 1 h, 2 h, 6 h, 15 h apart.
    Antom,
    /// Send each notification once (what Antom's real sandbox does).
    None,
}

#[derive(Subcommand)]
enum Command {
    /// Write a merchant key pair, an Antom key pair and a SANDBOX_ client id into DIR.
    Keys {
        #[arg(long)]
        out: PathBuf,
    },
    /// Serve the API, checkout page and control API.
    Serve {
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        /// Folder written by `keys`.
        #[arg(long)]
        keys: PathBuf,
        /// SQLite file for persistent state; in memory when absent.
        #[arg(long)]
        db: Option<PathBuf>,
        /// Default notification URL (Antom's Dashboard setting).
        #[arg(long)]
        notify_url: Option<String>,
        #[arg(long, value_enum, default_value = "antom")]
        retry_schedule: Retry,
        /// Divide notification retry gaps by N (e.g. 60: minutes become seconds).
        #[arg(long, default_value_t = 1.0)]
        time_scale: f64,
        /// Base URL for `normalUrl` when the sandbox is reached through another address.
        #[arg(long)]
        public_url: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Keys { out } => match SandboxKeys::generate().and_then(|k| {
            k.write_dir(&out)?;
            Ok(k)
        }) {
            Ok(keys) => {
                println!("wrote keys for {} to {}", keys.client_id, out.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("antom-sandbox: {e}");
                ExitCode::FAILURE
            }
        },
        Command::Serve {
            addr,
            keys,
            db,
            notify_url,
            retry_schedule,
            time_scale,
            public_url,
        } => {
            if !(time_scale.is_finite() && time_scale > 0.0) {
                eprintln!("antom-sandbox: --time-scale must be a positive number");
                return ExitCode::FAILURE;
            }
            let keys = match SandboxKeys::read_dir(&keys) {
                Ok(k) => k,
                Err(e) => {
                    eprintln!("antom-sandbox: {e}");
                    return ExitCode::FAILURE;
                }
            };
            let mut config = SandboxConfig::new(keys);
            config.addr = addr;
            config.db = db;
            config.notify_url = notify_url;
            config.retry = match retry_schedule {
                Retry::Antom => RetrySchedule::Antom,
                Retry::None => RetrySchedule::None,
            };
            config.time_scale = time_scale;
            config.public_url = public_url;
            config.ids = Arc::new(SequentialIds::seeded_from_wall_clock());
            serve(config)
        }
    }
}

fn serve(config: SandboxConfig) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("antom-sandbox: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async move {
        let client_id = config.keys.client_id.clone();
        let running = match Sandbox::start(config).await {
            Ok(r) => r,
            Err(e) => {
                eprintln!("antom-sandbox: {e}");
                return ExitCode::FAILURE;
            }
        };
        eprintln!("antom-sandbox: client id {client_id}");
        println!("listening on http://{}", running.addr);
        let _ = std::io::stdout().flush();
        let _ = tokio::signal::ctrl_c().await;
        eprintln!("antom-sandbox: shutting down");
        running.shutdown().await;
        ExitCode::SUCCESS
    })
}
