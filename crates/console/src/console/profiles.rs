//! Profile commands: list, create (keychain first, then SQLite), activate, remove (keychain
//! entries and cache files too) and the connection test. Validation lives in `profiles`.

use antom::model::InquiryPaymentRequest;
use antom::{CallOutcome, ClientError, UnknownReason};

use super::errors::{describe_verify, is_network, CREDENTIAL_CODES};
use super::Console;
use crate::database::companion_files;
use crate::ipc::dto::{
    ConnectionTest, ConnectionVerdict, NewProfile, ProfileList, ProfileRef, ProfileSummary,
};
use crate::ipc::{ErrorCode, IpcError, NoArgs};
use crate::profiles::validation::{client_id_hint, validate};
use crate::secrets::ProfileSecrets;

fn join_error(e: tokio::task::JoinError) -> IpcError {
    IpcError::new(ErrorCode::Internal, e.to_string())
}

impl Console {
    pub async fn profiles_list(&self, _args: NoArgs) -> Result<ProfileList, IpcError> {
        Ok(self.registry().await?.list().await?)
    }

    /// Validates, writes the three secrets to the keychain, then the profile row. A keychain
    /// failure leaves nothing in SQLite; a SQLite failure removes the keychain entries again.
    pub async fn profile_create(&self, new: NewProfile) -> Result<ProfileSummary, IpcError> {
        let valid = validate(&new).map_err(|m| IpcError::new(ErrorCode::Validation, m))?;
        let registry = self.registry().await?;
        if registry.name_taken(&valid.name).await? {
            return Err(IpcError::new(
                ErrorCode::Conflict,
                format!(
                    "a profile named `{}` exists already; choose another name",
                    valid.name
                ),
            ));
        }
        let summary = ProfileSummary {
            id: self.parts.ids.next_id("PROFILE"),
            name: valid.name.clone(),
            environment: valid.environment,
            gateway: valid.gateway.clone(),
            client_id_hint: client_id_hint(&valid.secrets.client_id),
            time_zone: valid.time_zone.name().to_owned(),
            settlement_currency: valid.settlement_currency.clone(),
            merchant_key_fingerprint: valid.secrets.merchant_key.fingerprint(),
            antom_key_fingerprint: valid.secrets.antom_key.fingerprint(),
            is_local_simulator: false,
        };
        let keychain = self.ctx.keychain.clone();
        let (id, env) = (summary.id.clone(), summary.environment);
        let secrets = valid.secrets;
        tokio::task::spawn_blocking(move || secrets.store(&keychain, &id, env))
            .await
            .map_err(join_error)??;
        if let Err(e) = registry.insert(&summary, self.now_millis()).await {
            let keychain = self.ctx.keychain.clone();
            let (id, env) = (summary.id.clone(), summary.environment);
            let _ =
                tokio::task::spawn_blocking(move || ProfileSecrets::delete(&keychain, &id, env))
                    .await;
            return Err(e.into());
        }
        Ok(summary)
    }

    pub async fn profile_activate(&self, args: ProfileRef) -> Result<ProfileSummary, IpcError> {
        let profile = self.profile(&args.id).await?;
        self.registry().await?.set_active(&profile.id).await?;
        Ok(profile)
    }

    /// Deletes the keychain entries first (a locked keychain stops the removal), then the row,
    /// then the cache files.
    pub async fn profile_remove(&self, args: ProfileRef) -> Result<ProfileList, IpcError> {
        let profile = self.profile(&args.id).await?;
        let keychain = self.ctx.keychain.clone();
        let (id, env) = (profile.id.clone(), profile.environment);
        tokio::task::spawn_blocking(move || ProfileSecrets::delete(&keychain, &id, env))
            .await
            .map_err(join_error)??;
        if profile.is_local_simulator {
            self.forget_simulator_key(&profile.id).await?;
        }
        self.forget(&profile.id).await;
        let registry = self.registry().await?;
        registry.remove(&profile.id).await?;
        for file in companion_files(&self.cache_path(&profile.id, profile.environment)) {
            match std::fs::remove_file(&file) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    return Err(IpcError::new(
                        ErrorCode::Internal,
                        format!(
                            "the profile is removed but {} could not be deleted: {e}",
                            file.display()
                        ),
                    ))
                }
            }
        }
        Ok(registry.list().await?)
    }

    /// A signed `inquiryPayment` for a fresh random id: a verified `ORDER_NOT_EXIST` proves the
    /// keys and client ID work both ways.
    pub async fn profile_test_connection(
        &self,
        args: ProfileRef,
    ) -> Result<ConnectionTest, IpcError> {
        let profile = self.profile(&args.id).await?;
        let client = self.client(&profile).await?;
        let probe = self.parts.ids.next_id("CONSOLE_PROBE");
        let answer = client
            .inquiry_payment(&InquiryPaymentRequest::by_payment_request_id(probe))
            .await;
        let (verdict, message) = match answer {
            Err(ClientError::ResponseSignature { error, .. }) => (
                ConnectionVerdict::ResponseSignatureInvalid,
                format!(
                    "Antom answered, but its signature did not verify with the Antom public key \
                     of this profile ({}); paste Antom's public key for this environment again",
                    describe_verify(&error)
                ),
            ),
            Err(other) => (ConnectionVerdict::Unexpected, other.to_string()),
            Ok(call) => match call.outcome {
                CallOutcome::Failed { code, .. } if code == "ORDER_NOT_EXIST" => (
                    ConnectionVerdict::Ok,
                    "Antom accepted the signed request and its signed answer verified".to_owned(),
                ),
                CallOutcome::Failed { code, message }
                    if CREDENTIAL_CODES.contains(&code.as_str()) =>
                {
                    (
                        ConnectionVerdict::SignatureRejected,
                        format!(
                        "Antom rejected the request: {code} {message}. Check the client ID and \
                         that the merchant private key matches the public key uploaded to Antom"
                    ),
                    )
                }
                CallOutcome::Unknown(reason) if is_network(&reason) => (
                    ConnectionVerdict::NetworkFailure,
                    format!("could not reach the gateway: {reason}"),
                ),
                CallOutcome::Unknown(UnknownReason::HttpStatus(status)) => (
                    ConnectionVerdict::Unexpected,
                    format!("the gateway answered HTTP {status}; check the gateway URL"),
                ),
                CallOutcome::Unknown(reason) => (ConnectionVerdict::Unexpected, reason.to_string()),
                CallOutcome::Failed { code, message } => (
                    ConnectionVerdict::Unexpected,
                    format!("Antom answered {code} {message}"),
                ),
                CallOutcome::Succeeded(_) => (
                    ConnectionVerdict::Unexpected,
                    "Antom found a payment for a random id".to_owned(),
                ),
            },
        };
        Ok(ConnectionTest { verdict, message })
    }
}
