//! The console's side of the built-in "Local sandbox (demo)" profile: creating it with its keys
//! in the keychain, handing them back to restart the simulator, and reporting its status.

use crate::ipc::dto::{
    Environment, GatewayChoice, LocalSandboxStatus, NewProfile, ProfileRef, ProfileSummary,
};
use crate::ipc::{ErrorCode, IpcError, NoArgs};
use crate::secrets::ProfileSecrets;

use super::Console;

/// The name the demo profile is created with.
pub const LOCAL_SIMULATOR_NAME: &str = "Local sandbox (demo)";

/// Keychain account of the simulator's own (simulated Antom) private key.
fn simulator_account(profile_id: &str) -> String {
    format!("{profile_id}/sandbox/simulator_antom_private_key")
}

/// Everything needed to create the demo profile for a simulator listening at `base_url`.
pub struct LocalSimulatorSpec {
    pub base_url: String,
    pub client_id: String,
    pub merchant_private_key_pem: String,
    pub antom_public_key_pem: String,
    pub antom_private_key_pem: String,
}

/// What a restarted simulator needs back from the keychain.
pub struct LocalSimulatorKeys {
    pub client_id: String,
    pub merchant_private_key_pem: String,
    pub antom_private_key_pem: String,
}

fn keychain_error(e: impl std::fmt::Display) -> IpcError {
    IpcError::new(ErrorCode::Keychain, e.to_string())
}

impl Console {
    pub async fn local_sandbox_status(
        &self,
        _args: NoArgs,
    ) -> Result<LocalSandboxStatus, IpcError> {
        Ok(self
            .local_sandbox
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone())
    }

    /// Records what the shell's embedded simulator is doing (shown by `local_sandbox_status`).
    pub fn report_local_sandbox(&self, status: LocalSandboxStatus) {
        *self.local_sandbox.lock().unwrap_or_else(|p| p.into_inner()) = status;
    }

    /// The built-in demo profile, if it exists.
    pub async fn local_simulator_profile(&self) -> Result<Option<ProfileSummary>, IpcError> {
        let list = self.profiles_list(NoArgs {}).await?;
        Ok(list.profiles.into_iter().find(|p| p.is_local_simulator))
    }

    /// Creates the demo profile like any other (keys validated, stored in the keychain), marks it
    /// as the local simulator, keeps the simulator's own key beside it and makes it active.
    pub async fn create_local_simulator(
        &self,
        spec: LocalSimulatorSpec,
    ) -> Result<ProfileSummary, IpcError> {
        let mut profile = self
            .profile_create(NewProfile {
                name: LOCAL_SIMULATOR_NAME.to_owned(),
                environment: Environment::Sandbox,
                gateway: GatewayChoice::Custom(spec.base_url),
                client_id: spec.client_id,
                merchant_private_key: spec.merchant_private_key_pem,
                antom_public_key: spec.antom_public_key_pem,
                time_zone: Some("Asia/Singapore".to_owned()),
                settlement_currency: Some("USD".to_owned()),
            })
            .await?;
        let keychain = self.ctx.keychain.clone();
        let account = simulator_account(&profile.id);
        let key = spec.antom_private_key_pem;
        let stored = tokio::task::spawn_blocking(move || keychain.set(&account, &key))
            .await
            .map_err(|e| IpcError::new(ErrorCode::Internal, e.to_string()))?;
        if let Err(e) = stored {
            let _ = self
                .profile_remove(ProfileRef {
                    id: profile.id.clone(),
                })
                .await;
            return Err(keychain_error(e));
        }
        let registry = self.registry().await?;
        registry.mark_local_simulator(&profile.id).await?;
        registry.set_active(&profile.id).await?;
        profile.is_local_simulator = true;
        Ok(profile)
    }

    /// The demo profile's client ID, merchant key and simulator key, to restart the simulator.
    pub async fn local_simulator_keys(
        &self,
        profile: &ProfileSummary,
    ) -> Result<LocalSimulatorKeys, IpcError> {
        let keychain = self.ctx.keychain.clone();
        let id = profile.id.clone();
        tokio::task::spawn_blocking(move || {
            let secrets = ProfileSecrets::load(&keychain, &id, Environment::Sandbox)?;
            let antom_private_key_pem = keychain
                .get(&simulator_account(&id))
                .map_err(keychain_error)?
                .ok_or_else(|| {
                    IpcError::new(
                        ErrorCode::Keychain,
                        "the local sandbox's key is missing from the keychain; remove the demo \
                         profile to create a new one",
                    )
                })?;
            Ok(LocalSimulatorKeys {
                client_id: secrets.client_id.to_string(),
                merchant_private_key_pem: secrets.merchant_key.to_pkcs8_pem().to_string(),
                antom_private_key_pem,
            })
        })
        .await
        .map_err(|e| IpcError::new(ErrorCode::Internal, e.to_string()))?
    }

    /// Points the demo profile at the simulator's new address (another port after a restart).
    pub async fn move_local_simulator(
        &self,
        profile_id: &str,
        base_url: &str,
    ) -> Result<(), IpcError> {
        self.registry()
            .await?
            .set_custom_gateway(profile_id, base_url)
            .await?;
        self.forget(profile_id).await;
        Ok(())
    }

    /// Removes the simulator's own key (called when the demo profile is removed).
    pub(crate) async fn forget_simulator_key(&self, profile_id: &str) -> Result<(), IpcError> {
        let keychain = self.ctx.keychain.clone();
        let account = simulator_account(profile_id);
        tokio::task::spawn_blocking(move || keychain.delete(&account))
            .await
            .map_err(|e| IpcError::new(ErrorCode::Internal, e.to_string()))?
            .map_err(keychain_error)
    }
}
