//! A profile's secrets in the OS keychain: client ID, merchant private key, Antom public key,
//! one entry each per (profile id, environment). Never written anywhere else, never logged.

use std::sync::Arc;

use antom::{PrivateKey, PublicKey};
use zeroize::Zeroizing;

use crate::ipc::dto::Environment;
use crate::keychain::{Keychain, KeychainError};

/// The three kinds of secret a profile keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKind {
    ClientId,
    MerchantPrivateKey,
    AntomPublicKey,
}

impl SecretKind {
    pub const ALL: [SecretKind; 3] = [
        SecretKind::ClientId,
        SecretKind::MerchantPrivateKey,
        SecretKind::AntomPublicKey,
    ];

    fn as_str(self) -> &'static str {
        match self {
            SecretKind::ClientId => "client_id",
            SecretKind::MerchantPrivateKey => "merchant_private_key",
            SecretKind::AntomPublicKey => "antom_public_key",
        }
    }
}

/// The keychain account of one secret, e.g. `PROF_X/sandbox/client_id`.
pub fn account(profile_id: &str, environment: Environment, kind: SecretKind) -> String {
    let env = match environment {
        Environment::Sandbox => "sandbox",
        Environment::Production => "production",
    };
    format!("{profile_id}/{env}/{}", kind.as_str())
}

/// A profile's secrets, parsed and ready to sign with.
pub struct ProfileSecrets {
    pub client_id: Zeroizing<String>,
    pub merchant_key: Arc<PrivateKey>,
    pub antom_key: Arc<PublicKey>,
}

impl std::fmt::Debug for ProfileSecrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProfileSecrets")
            .field("merchant_key", &self.merchant_key)
            .field("antom_key", &self.antom_key)
            .finish_non_exhaustive()
    }
}

/// Why a profile's secrets could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum SecretsError {
    #[error(transparent)]
    Keychain(#[from] KeychainError),
    #[error("the keychain has no {0} for this profile; remove the profile and add it again")]
    Missing(&'static str),
    #[error(
        "the {0} stored in the keychain does not parse ({1}); remove the profile and add it again"
    )]
    Unreadable(&'static str, antom::KeyError),
}

impl ProfileSecrets {
    /// Writes all three entries. If one write fails, the ones already written are deleted again.
    pub fn store(
        &self,
        keychain: &Keychain,
        profile_id: &str,
        environment: Environment,
    ) -> Result<(), KeychainError> {
        let values: [Zeroizing<String>; 3] = [
            self.client_id.clone(),
            self.merchant_key.to_pkcs8_base64(),
            Zeroizing::new(self.antom_key.to_spki_base64()),
        ];
        for (i, (kind, value)) in SecretKind::ALL.iter().zip(values.iter()).enumerate() {
            if let Err(e) = keychain.set(&account(profile_id, environment, *kind), value) {
                for done in &SecretKind::ALL[..i] {
                    let _ = keychain.delete(&account(profile_id, environment, *done));
                }
                return Err(e);
            }
        }
        Ok(())
    }

    /// Reads and parses all three entries.
    pub fn load(
        keychain: &Keychain,
        profile_id: &str,
        environment: Environment,
    ) -> Result<ProfileSecrets, SecretsError> {
        let read = |kind: SecretKind, what: &'static str| {
            keychain
                .get(&account(profile_id, environment, kind))?
                .map(Zeroizing::new)
                .ok_or(SecretsError::Missing(what))
        };
        let client_id = read(SecretKind::ClientId, "client ID")?;
        let merchant = read(SecretKind::MerchantPrivateKey, "merchant private key")?;
        let antom_key = read(SecretKind::AntomPublicKey, "Antom public key")?;
        Ok(ProfileSecrets {
            client_id,
            merchant_key: Arc::new(
                PrivateKey::from_text(&merchant)
                    .map_err(|e| SecretsError::Unreadable("merchant private key", e))?,
            ),
            antom_key: Arc::new(
                PublicKey::from_text(&antom_key)
                    .map_err(|e| SecretsError::Unreadable("Antom public key", e))?,
            ),
        })
    }

    /// Deletes all three entries (missing ones are fine).
    pub fn delete(
        keychain: &Keychain,
        profile_id: &str,
        environment: Environment,
    ) -> Result<(), KeychainError> {
        for kind in SecretKind::ALL {
            keychain.delete(&account(profile_id, environment, kind))?;
        }
        Ok(())
    }
}
