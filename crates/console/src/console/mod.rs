//! `Console`: the running console behind every IPC command and `antomctl` subcommand.
//! One method per row of the command table; each takes its args struct and returns `IpcError`s.

mod errors;
pub mod local_sandbox;
mod observe;
mod payments;
mod profiles;
mod session;
mod sync;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use tokio::sync::{Mutex, OnceCell};

use crate::app_info::{self, AppContext, AppInfo};
use crate::cache::PaymentCache;
use crate::clock::{AntomClock, Clock, Sleeper, SystemClock, TokioSleeper};
use crate::ids::{IdSource, RandomIds};
use crate::ipc::dto::{Environment, LocalSandboxStatus, ProfileSummary};
use crate::ipc::{ErrorCode, IpcError, NoArgs};
use crate::profiles::validation::{antom_environment, antom_gateway};
use crate::profiles::{env_name, ProfileRegistry};
use crate::secrets::ProfileSecrets;

pub use session::{CaptureChoice, SessionCreated, SessionOrder, SessionScene};
pub use sync::{WatchLimits, POLL_INTERVAL};

/// Time and ids, passed in so retries, polling and tests are deterministic.
#[derive(Clone)]
pub struct Parts {
    pub clock: Arc<dyn Clock>,
    pub sleeper: Arc<dyn Sleeper>,
    pub ids: Arc<dyn IdSource>,
}

impl Parts {
    /// The OS clock, real sleeping and random ids.
    pub fn system() -> Parts {
        Parts {
            clock: Arc::new(SystemClock),
            sleeper: Arc::new(TokioSleeper),
            ids: Arc::new(RandomIds),
        }
    }
}

/// The running console. The shell holds one in its state; tests build their own.
pub struct Console {
    ctx: AppContext,
    parts: Parts,
    registry: OnceCell<ProfileRegistry>,
    caches: Mutex<HashMap<String, PaymentCache>>,
    clients: Mutex<HashMap<String, Arc<antom::Client>>>,
    /// The profile payment commands act on in this instance instead of the stored active one.
    pinned: std::sync::Mutex<Option<String>>,
    /// The latest report of the shell's embedded local sandbox.
    local_sandbox: std::sync::Mutex<LocalSandboxStatus>,
}

impl Console {
    /// A console on the system clock, real sleeping and random ids.
    pub fn new(ctx: AppContext) -> Self {
        Self::with_parts(ctx, Parts::system())
    }

    /// A console with the given clock, sleeper and id source. Opens nothing until first used.
    pub fn with_parts(ctx: AppContext, parts: Parts) -> Self {
        Self {
            ctx,
            parts,
            registry: OnceCell::new(),
            caches: Mutex::new(HashMap::new()),
            clients: Mutex::new(HashMap::new()),
            pinned: std::sync::Mutex::new(None),
            local_sandbox: std::sync::Mutex::new(LocalSandboxStatus::off()),
        }
    }

    pub fn context(&self) -> &AppContext {
        &self.ctx
    }

    pub async fn app_info(&self, _args: NoArgs) -> Result<AppInfo, IpcError> {
        Ok(app_info::app_info(&self.ctx))
    }

    /// Makes payment commands of this instance act on `profile_id` without changing the stored
    /// active profile (what `antomctl --profile NAME` does).
    pub async fn pin_profile(&self, profile_id: &str) -> Result<ProfileSummary, IpcError> {
        let profile = self.profile(profile_id).await?;
        *self.pinned.lock().unwrap_or_else(|p| p.into_inner()) = Some(profile.id.clone());
        Ok(profile)
    }

    pub(crate) async fn registry(&self) -> Result<&ProfileRegistry, IpcError> {
        self.registry
            .get_or_try_init(|| async {
                self.ctx.data_dir.ensure_exists().map_err(|e| {
                    IpcError::new(
                        ErrorCode::Internal,
                        format!("cannot create {}: {e}", self.ctx.data_dir.path().display()),
                    )
                })?;
                ProfileRegistry::open(self.ctx.data_dir.path())
                    .await
                    .map_err(IpcError::from)
            })
            .await
    }

    pub(crate) async fn profile(&self, id: &str) -> Result<ProfileSummary, IpcError> {
        self.registry()
            .await?
            .get(id)
            .await?
            .ok_or_else(|| IpcError::new(ErrorCode::NotFound, format!("no profile with id `{id}`")))
    }

    /// The profile payment commands act on: the pinned one, else the active one.
    pub(crate) async fn current_profile(&self) -> Result<ProfileSummary, IpcError> {
        let pinned = self
            .pinned
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        let id = match pinned {
            Some(id) => id,
            None => self.registry().await?.active_id().await?.ok_or_else(|| {
                IpcError::new(
                    ErrorCode::NotFound,
                    "no profile is active; add or activate one first",
                )
            })?,
        };
        self.profile(&id).await
    }

    pub(crate) fn cache_path(&self, profile_id: &str, env: Environment) -> PathBuf {
        self.ctx
            .data_dir
            .path()
            .join("cache")
            .join(format!("{profile_id}-{}.db", env_name(env)))
    }

    pub(crate) async fn cache(&self, profile: &ProfileSummary) -> Result<PaymentCache, IpcError> {
        let mut caches = self.caches.lock().await;
        if let Some(c) = caches.get(&profile.id) {
            return Ok(c.clone());
        }
        let cache = PaymentCache::open(&self.cache_path(&profile.id, profile.environment)).await?;
        caches.insert(profile.id.clone(), cache.clone());
        Ok(cache)
    }

    /// A signing client for `profile`, its secrets read from the keychain once per instance.
    pub(crate) async fn client(
        &self,
        profile: &ProfileSummary,
    ) -> Result<Arc<antom::Client>, IpcError> {
        let mut clients = self.clients.lock().await;
        if let Some(c) = clients.get(&profile.id) {
            return Ok(c.clone());
        }
        let keychain = self.ctx.keychain.clone();
        let (id, env) = (profile.id.clone(), profile.environment);
        let secrets =
            tokio::task::spawn_blocking(move || ProfileSecrets::load(&keychain, &id, env))
                .await
                .map_err(|e| IpcError::new(ErrorCode::Internal, e.to_string()))??;
        let config = antom::ClientConfig::new(
            antom_gateway(&profile.gateway),
            antom_environment(profile.environment),
            secrets.client_id.as_str(),
        );
        let client = Arc::new(antom::Client::new(
            config,
            secrets.merchant_key.clone(),
            secrets.antom_key.clone(),
            Arc::new(AntomClock(self.parts.clock.clone())),
        )?);
        clients.insert(profile.id.clone(), client.clone());
        Ok(client)
    }

    /// Forgets the open cache and client of a profile (closing the cache file).
    pub(crate) async fn forget(&self, profile_id: &str) {
        if let Some(cache) = self.caches.lock().await.remove(profile_id) {
            cache.close().await;
        }
        self.clients.lock().await.remove(profile_id);
    }

    pub(crate) fn now_millis(&self) -> i64 {
        self.parts.clock.now().timestamp_millis()
    }
}
