//! Access to the OS keychain (macOS Keychain, Windows Credential Manager, Secret Service).
//! Reports reachability in words a user can act on; never falls back to files.

use serde::Serialize;
use ts_rs::TS;

/// One keychain call at a time per process: each call opens its own D-Bus session with the
/// Secret Service, and gnome-keyring was seen dropping concurrent requests ("recipient
/// disconnected without replying") when several threads hit it at once.
fn serialised() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The keychain service name under which every console entry lives.
pub const KEYCHAIN_SERVICE: &str = "dev.antomconsole.console";

const PROBE_ACCOUNT: &str = "antom-console-probe";

/// Whether the OS keychain answered, and what to do if it did not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "KeychainStatus.ts")]
pub struct KeychainStatus {
    pub reachable: bool,
    pub backend: String,
    pub message: String,
}

/// The OS keychain as the console uses it: one service, entries per (profile, environment, kind).
#[derive(Debug, Clone)]
pub struct Keychain {
    service: String,
}

impl Default for Keychain {
    fn default() -> Self {
        Self::new(KEYCHAIN_SERVICE)
    }
}

impl Keychain {
    pub fn new(service: impl Into<String>) -> Self {
        Self {
            service: service.into(),
        }
    }

    /// The human name of the platform's keychain backend.
    pub fn backend_name() -> &'static str {
        if cfg!(target_os = "macos") {
            "macOS Keychain"
        } else if cfg!(target_os = "windows") {
            "Windows Credential Manager"
        } else {
            "Secret Service (D-Bus)"
        }
    }

    pub fn service(&self) -> &str {
        &self.service
    }

    /// Stores `secret` under `account`, replacing what was there.
    pub fn set(&self, account: &str, secret: &str) -> Result<(), KeychainError> {
        let _one_at_a_time = serialised();
        keyring::Entry::new(&self.service, account)
            .and_then(|entry| entry.set_password(secret))
            .map_err(|e| KeychainError::from_keyring("store a secret in", e))
    }

    /// Reads the secret under `account`; `Ok(None)` when there is none.
    pub fn get(&self, account: &str) -> Result<Option<String>, KeychainError> {
        let _one_at_a_time = serialised();
        match keyring::Entry::new(&self.service, account).and_then(|entry| entry.get_password()) {
            Ok(secret) => Ok(Some(secret)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(KeychainError::from_keyring("read a secret from", e)),
        }
    }

    /// Deletes the secret under `account`; deleting a missing one is not an error.
    pub fn delete(&self, account: &str) -> Result<(), KeychainError> {
        let _one_at_a_time = serialised();
        match keyring::Entry::new(&self.service, account)
            .and_then(|entry| entry.delete_credential())
        {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(KeychainError::from_keyring("delete a secret from", e)),
        }
    }

    /// Looks up an entry that never exists: "not found" proves the keychain answered.
    pub fn probe(&self) -> KeychainStatus {
        let backend = Self::backend_name().to_owned();
        let _one_at_a_time = serialised();
        let answer = keyring::Entry::new(&self.service, PROBE_ACCOUNT)
            .and_then(|entry| entry.get_password());
        match answer {
            Ok(_) | Err(keyring::Error::NoEntry) => KeychainStatus {
                reachable: true,
                message: format!("{backend} is available"),
                backend,
            },
            Err(err) => KeychainStatus {
                reachable: false,
                message: format!("{backend} is not reachable: {err}. {}", remedy()),
                backend,
            },
        }
    }
}

/// The keychain did not do what was asked; the message says what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("could not {action} the {backend}: {detail}. {remedy}")]
pub struct KeychainError {
    pub action: &'static str,
    pub backend: &'static str,
    pub detail: String,
    pub remedy: &'static str,
}

impl KeychainError {
    fn from_keyring(action: &'static str, e: keyring::Error) -> Self {
        KeychainError {
            action,
            backend: Keychain::backend_name(),
            detail: e.to_string(),
            remedy: remedy(),
        }
    }
}

fn remedy() -> &'static str {
    if cfg!(target_os = "macos") {
        "Unlock the login keychain in Keychain Access and try again."
    } else if cfg!(target_os = "windows") {
        "Make sure the Credential Manager service is running and try again."
    } else {
        "Start a Secret Service provider (gnome-keyring or KeePassXC) in a D-Bus session and unlock it; \
         on a headless machine: dbus-run-session with gnome-keyring-daemon --unlock."
    }
}
