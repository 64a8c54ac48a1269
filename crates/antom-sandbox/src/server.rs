//! Starting and stopping a sandbox in-process: bind, load the store, serve HTTP and run the
//! notification courier until `shutdown`. The binary and the desktop app both start it here.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::clock::SandboxClock;
use crate::courier;
use crate::faults::FaultBoard;
use crate::http::{router, AppState};
use crate::ids::{IdSource, SequentialIds};
use crate::keys::SandboxKeys;
use crate::ledger::Ledger;
use crate::outbox::{Outbox, RetrySchedule};
use crate::store::{Store, StoreError};
use crate::world::{Shared, World};

/// How to run a sandbox. `SandboxConfig::new(keys)` gives the defaults.
#[derive(Clone)]
pub struct SandboxConfig {
    /// Port 0 picks a free port; `RunningSandbox::addr` tells which.
    pub addr: SocketAddr,
    pub keys: SandboxKeys,
    /// SQLite file; `None` keeps everything in memory.
    pub db: Option<PathBuf>,
    /// Where notifications go when a request names no URL (Antom's Dashboard setting).
    pub notify_url: Option<String>,
    pub retry: RetrySchedule,
    /// Divides the retry gaps: 60 turns 2 minutes into 2 seconds.
    pub time_scale: f64,
    pub clock: Arc<SandboxClock>,
    pub ids: Arc<dyn IdSource>,
    /// Base of `normalUrl`; defaults to `http://<bound address>`.
    pub public_url: Option<String>,
}

impl SandboxConfig {
    pub fn new(keys: SandboxKeys) -> SandboxConfig {
        SandboxConfig {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            keys,
            db: None,
            notify_url: None,
            retry: RetrySchedule::Antom,
            time_scale: 1.0,
            clock: Arc::new(SandboxClock::real()),
            ids: Arc::new(SequentialIds::seeded_from_wall_clock()),
            public_url: None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Namespace for starting a sandbox.
pub struct Sandbox;

impl Sandbox {
    /// Binds, loads the store and starts serving; returns once connections are accepted.
    pub async fn start(config: SandboxConfig) -> Result<RunningSandbox, StartError> {
        let store = Store::open(config.db.as_deref()).await?;
        let mut ledger = Ledger::default();
        let mut outbox = Outbox::new(config.retry, config.time_scale);
        for row in store.load().await? {
            let restored = match row.kind.as_str() {
                "delivery" => outbox.restore(&row.body),
                kind => ledger.restore(kind, &row.body),
            };
            if !restored {
                eprintln!(
                    "antom-sandbox: skipped unreadable {} row {}",
                    row.kind, row.id
                );
            }
        }
        let listener = tokio::net::TcpListener::bind(config.addr)
            .await
            .map_err(|source| StartError::Bind {
                addr: config.addr,
                source,
            })?;
        let addr = listener.local_addr().map_err(|source| StartError::Bind {
            addr: config.addr,
            source,
        })?;
        let base_url = config
            .public_url
            .clone()
            .map(|u| u.trim_end_matches('/').to_owned())
            .unwrap_or_else(|| format!("http://{addr}"));
        let world = World {
            ledger,
            outbox,
            faults: FaultBoard::default(),
        };
        let shared = Arc::new(Shared::new(
            world,
            store,
            config.clock.clone(),
            config.ids.clone(),
            config.keys.clone(),
            base_url.clone(),
            config.notify_url.clone(),
        ));
        let (shutdown_tx, shutdown_rx) = watch::channel(false);
        let app = router(AppState {
            shared: shared.clone(),
            shutdown: shutdown_rx.clone(),
        });
        let mut server_shutdown = shutdown_rx.clone();
        let server = tokio::spawn(async move {
            let serve = axum::serve(listener, app).with_graceful_shutdown(async move {
                let _ = server_shutdown.wait_for(|down| *down).await;
            });
            if let Err(e) = serve.await {
                eprintln!("antom-sandbox: server error: {e}");
            }
        });
        let courier = tokio::spawn(courier::run(shared.clone(), shutdown_rx));
        Ok(RunningSandbox {
            addr,
            base_url,
            keys: config.keys,
            clock: config.clock,
            shared,
            shutdown: shutdown_tx,
            server,
            courier,
        })
    }
}

/// A sandbox serving on `addr` until `shutdown` (or drop of the runtime).
pub struct RunningSandbox {
    pub addr: SocketAddr,
    /// `http://127.0.0.1:PORT`: use as `antom::Gateway::Custom`.
    pub base_url: String,
    pub keys: SandboxKeys,
    pub clock: Arc<SandboxClock>,
    shared: Arc<Shared>,
    shutdown: watch::Sender<bool>,
    server: JoinHandle<()>,
    courier: JoinHandle<()>,
}

impl RunningSandbox {
    /// Stops accepting, finishes in-flight requests (held TIMEOUT answers end at once), stops
    /// the courier and closes the database.
    pub async fn shutdown(self) {
        let _ = self.shutdown.send(true);
        let _ = self.server.await;
        let _ = self.courier.await;
        self.shared.store.close().await;
    }
}
