//! Turning domain and protocol errors into `IpcError` codes the UI switches on.
//! Messages say what to do; they never carry key material or a full client ID.

use antom::{CallOutcome, ClientError, UnknownReason, VerifyError};

use crate::cache::CacheError;
use crate::database::DatabaseError;
use crate::ipc::{ErrorCode, IpcError};
use crate::keychain::KeychainError;
use crate::profiles::RegistryError;
use crate::secrets::SecretsError;

impl From<KeychainError> for IpcError {
    fn from(e: KeychainError) -> Self {
        IpcError::new(ErrorCode::Keychain, e.to_string())
    }
}

impl From<SecretsError> for IpcError {
    fn from(e: SecretsError) -> Self {
        IpcError::new(ErrorCode::Keychain, e.to_string())
    }
}

impl From<DatabaseError> for IpcError {
    fn from(e: DatabaseError) -> Self {
        let code = match e {
            DatabaseError::NewerSchema { .. } => ErrorCode::Validation,
            _ => ErrorCode::Internal,
        };
        IpcError::new(code, e.to_string())
    }
}

impl From<CacheError> for IpcError {
    fn from(e: CacheError) -> Self {
        match e {
            CacheError::Database(d) => d.into(),
            CacheError::Invalid(m) => IpcError::new(ErrorCode::Validation, m),
            other => IpcError::new(ErrorCode::Internal, other.to_string()),
        }
    }
}

impl From<RegistryError> for IpcError {
    fn from(e: RegistryError) -> Self {
        match e {
            RegistryError::Database(d) => d.into(),
            RegistryError::NameTaken(_) => IpcError::new(ErrorCode::Conflict, e.to_string()),
            other => IpcError::new(ErrorCode::Internal, other.to_string()),
        }
    }
}

/// A response-verification failure in words, without echoing client IDs.
pub fn describe_verify(e: &VerifyError) -> String {
    match e {
        VerifyError::ClientIdMismatch { .. } => {
            "the response names a different client-id than this profile's".to_owned()
        }
        other => other.to_string(),
    }
}

impl From<ClientError> for IpcError {
    fn from(e: ClientError) -> Self {
        match e {
            ClientError::ResponseSignature { error, .. } => IpcError::new(
                ErrorCode::SignatureInvalid,
                format!(
                    "Antom's response signature did not verify with this profile's Antom public \
                     key ({}); check that the profile has Antom's public key for this environment",
                    describe_verify(&error)
                ),
            ),
            ClientError::Config(m) => IpcError::new(ErrorCode::Validation, m),
            other => IpcError::new(ErrorCode::Internal, other.to_string()),
        }
    }
}

/// Result codes meaning Antom did not accept our credentials or signature.
pub const CREDENTIAL_CODES: &[&str] = &[
    "INVALID_SIGNATURE",
    "KEY_NOT_FOUND",
    "INVALID_CLIENT",
    "CLIENT_INVALID",
    "ACCESS_DENIED",
];

/// Whether an unknown outcome is the network's doing (nothing reached or came back from Antom).
pub fn is_network(reason: &UnknownReason) -> bool {
    matches!(
        reason,
        UnknownReason::Timeout | UnknownReason::Connection(_) | UnknownReason::Transport(_)
    )
}

/// The error for a call that did not succeed. `what` names the call, e.g. "inquiryPayment".
pub fn outcome_error<T>(what: &str, outcome: &CallOutcome<T>) -> IpcError {
    match outcome {
        CallOutcome::Succeeded(_) => IpcError::new(ErrorCode::Internal, format!("{what} succeeded")),
        CallOutcome::Failed { code, message } if CREDENTIAL_CODES.contains(&code.as_str()) => {
            IpcError::new(
                ErrorCode::SignatureInvalid,
                format!("Antom rejected {what}: {code} {message}; check the client ID and merchant private key"),
            )
        }
        CallOutcome::Failed { code, message } => {
            IpcError::new(ErrorCode::AntomFailed, format!("{what}: {code} {message}"))
        }
        CallOutcome::Unknown(reason) if is_network(reason) => IpcError::new(
            ErrorCode::Network,
            format!("{what}: {reason}; check the network and the gateway, then try again"),
        ),
        CallOutcome::Unknown(reason) => IpcError::new(
            ErrorCode::AntomUnknown,
            format!("{what}: the outcome is unknown ({reason})"),
        ),
    }
}
