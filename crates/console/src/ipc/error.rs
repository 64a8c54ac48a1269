//! Errors as they cross IPC: `{code, message}`, where the UI switches on `code` only.
//! Add a code only when the UI acts on it differently.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export_to = "ErrorCode.ts")]
pub enum ErrorCode {
    /// The user's input is wrong; the message says what to fix.
    Validation,
    /// The OS keychain is locked, missing or refused access.
    Keychain,
    /// The thing asked for does not exist (any more).
    NotFound,
    /// It clashes with something that exists (e.g. a profile name already taken).
    Conflict,
    /// The gateway could not be reached (DNS, TLS, refused, timeout); trying again may help.
    Network,
    /// A signature did not verify: Antom rejected ours, or Antom's did not match its public key.
    SignatureInvalid,
    /// Antom answered `F`: the message carries its result code; resending will not help.
    AntomFailed,
    /// Antom's answer is unknown (`U`, timeout); the message says whether and how to retry.
    AntomUnknown,
    /// A bug or an unexpected environment failure.
    Internal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[ts(export_to = "IpcError.ts")]
#[error("{code:?}: {message}")]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
}

impl IpcError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_code_and_message() {
        let err = IpcError::new(ErrorCode::Keychain, "locked");
        assert_eq!(
            serde_json::to_string(&err).unwrap(),
            r#"{"code":"Keychain","message":"locked"}"#
        );
    }
}
