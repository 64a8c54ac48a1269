//! Access to the OS keychain (macOS Keychain, Windows Credential Manager, Secret Service).
//! Reports reachability in words a user can act on; never falls back to files.

use serde::Serialize;
use ts_rs::TS;

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

    /// Looks up an entry that never exists: "not found" proves the keychain answered.
    pub fn probe(&self) -> KeychainStatus {
        let backend = Self::backend_name().to_owned();
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
