//! Runs the embedded local sandbox: on first run (no profiles) it creates keys, the "Local
//! sandbox (demo)" profile and demo payments; later it restarts the simulator for that profile.

use std::net::SocketAddr;
use std::path::Path;

use antom::PrivateKey;
use antom_sandbox::demo::{demo_plan, seed};
use antom_sandbox::{RunningSandbox, Sandbox, SandboxConfig, SandboxKeys};
use chrono::Utc;
use console::ipc::dto::{GatewayChoice, LocalSandboxPhase, LocalSandboxStatus, ProfileSummary};
use console::ipc::NoArgs;
use console::local_sandbox::{LocalSimulatorKeys, LocalSimulatorSpec};
use console::Console;

/// How many demo payments a first run creates.
pub const DEMO_PAYMENTS: usize = 300;

fn report(
    console: &Console,
    phase: LocalSandboxPhase,
    done: u32,
    total: u32,
    base_url: Option<&str>,
    message: &str,
) {
    console.report_local_sandbox(LocalSandboxStatus {
        phase,
        done,
        total,
        base_url: base_url.map(str::to_owned),
        message: message.to_owned(),
    });
}

/// Brings the local sandbox up if the demo profile exists or no profile exists at all.
/// Returns the running simulator (keep it alive for the app's lifetime).
pub async fn bring_up(console: &Console, data_dir: &Path) -> Option<RunningSandbox> {
    let result = async {
        let list = console
            .profiles_list(NoArgs {})
            .await
            .map_err(|e| e.message)?;
        match console
            .local_simulator_profile()
            .await
            .map_err(|e| e.message)?
        {
            Some(profile) => resume(console, data_dir, &profile).await.map(Some),
            None if list.profiles.is_empty() => first_run(console, data_dir).await.map(Some),
            None => Ok(None),
        }
    }
    .await;
    match result {
        Ok(Some(running)) => Some(running),
        Ok(None) => {
            console.report_local_sandbox(LocalSandboxStatus::off());
            None
        }
        Err(message) => {
            eprintln!("antom-console: local sandbox: {message}");
            report(console, LocalSandboxPhase::Failed, 0, 0, None, &message);
            None
        }
    }
}

fn sandbox_db(data_dir: &Path) -> std::path::PathBuf {
    data_dir.join("local-sandbox").join("sandbox.db")
}

async fn start(keys: SandboxKeys, data_dir: &Path, port: u16) -> Result<RunningSandbox, String> {
    let db = sandbox_db(data_dir);
    if let Some(dir) = db.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let mut config = SandboxConfig::new(keys);
    config.db = Some(db);
    config.addr = SocketAddr::from(([127, 0, 0, 1], port));
    Sandbox::start(config).await.map_err(|e| e.to_string())
}

async fn first_run(console: &Console, data_dir: &Path) -> Result<RunningSandbox, String> {
    report(
        console,
        LocalSandboxPhase::Starting,
        0,
        0,
        None,
        "Creating the local sandbox's keys",
    );
    // A previous demo's simulator state belongs to a removed profile: start clean.
    for file in ["sandbox.db", "sandbox.db-wal", "sandbox.db-shm"] {
        let _ = std::fs::remove_file(data_dir.join("local-sandbox").join(file));
    }
    let keys = tokio::task::spawn_blocking(SandboxKeys::generate)
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| e.to_string())?;
    let running = start(keys.clone(), data_dir, 0).await?;
    let merchant = keys
        .merchant_private
        .as_ref()
        .ok_or("the generated keys have no merchant key")?;
    let profile = console
        .create_local_simulator(LocalSimulatorSpec {
            base_url: running.base_url.clone(),
            client_id: keys.client_id.clone(),
            merchant_private_key_pem: merchant.to_pkcs8_pem().to_string(),
            antom_public_key_pem: keys.antom_public.to_spki_pem(),
            antom_private_key_pem: keys.antom_private.to_pkcs8_pem().to_string(),
        })
        .await
        .map_err(|e| e.message)?;
    let now = Utc::now();
    let plan = demo_plan(DEMO_PAYMENTS, now, now.timestamp_millis().unsigned_abs());
    // Two steps per payment: carried out at the sandbox, then loaded into the cache.
    let count = plan.len() as u32;
    let total = 2 * count;
    let base_url = running.base_url.clone();
    let ids = seed(&running, &plan, now, |p| {
        report(
            console,
            LocalSandboxPhase::Seeding,
            p.done as u32,
            total,
            Some(&base_url),
            "Creating demo payments at the local sandbox",
        );
    })
    .await
    .map_err(|e| e.to_string())?;
    // Fill the cache the way it fills against Antom: inquiryPayment by id.
    for (i, id) in ids.iter().enumerate() {
        // Sessions the buyer never submitted are unknown to inquiry (ORDER_NOT_EXIST): skip them.
        let _ = console.add_payment_by_id_for(&profile, id).await;
        report(
            console,
            LocalSandboxPhase::Seeding,
            count + i as u32 + 1,
            total,
            Some(&base_url),
            "Loading demo payments into the cache",
        );
    }
    report(
        console,
        LocalSandboxPhase::Ready,
        total,
        total,
        Some(&base_url),
        "Local sandbox ready",
    );
    Ok(running)
}

async fn resume(
    console: &Console,
    data_dir: &Path,
    profile: &ProfileSummary,
) -> Result<RunningSandbox, String> {
    report(
        console,
        LocalSandboxPhase::Starting,
        0,
        0,
        None,
        "Starting the local sandbox",
    );
    let LocalSimulatorKeys {
        client_id,
        merchant_private_key_pem,
        antom_private_key_pem,
    } = console
        .local_simulator_keys(profile)
        .await
        .map_err(|e| e.message)?;
    let merchant = PrivateKey::from_text(&merchant_private_key_pem).map_err(|e| e.to_string())?;
    let antom = PrivateKey::from_text(&antom_private_key_pem).map_err(|e| e.to_string())?;
    let keys = SandboxKeys::from_keys(client_id, merchant, antom);
    let previous_port = match &profile.gateway {
        GatewayChoice::Custom(url) => url.rsplit(':').next().and_then(|p| p.parse().ok()),
        _ => None,
    };
    let running = match previous_port {
        Some(port) => match start(keys.clone(), data_dir, port).await {
            Ok(running) => running,
            Err(_) => start(keys, data_dir, 0).await?,
        },
        None => start(keys, data_dir, 0).await?,
    };
    if profile.gateway != GatewayChoice::Custom(running.base_url.clone()) {
        console
            .move_local_simulator(&profile.id, &running.base_url)
            .await
            .map_err(|e| e.message)?;
    }
    report(
        console,
        LocalSandboxPhase::Ready,
        0,
        0,
        Some(&running.base_url),
        "Local sandbox ready",
    );
    Ok(running)
}
