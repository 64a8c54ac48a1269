//! The `app_info` query: version, data directory and keychain reachability.
//! Pure over an `AppContext`; the shell decides how to show it.

use serde::Serialize;
use ts_rs::TS;

use crate::data_dir::DataDir;
use crate::keychain::{Keychain, KeychainStatus};

/// What a running console knows about itself, built once at start-up by the shell or CLI.
#[derive(Debug, Clone)]
pub struct AppContext {
    pub version: String,
    pub data_dir: DataDir,
    pub keychain: Keychain,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "AppInfo.ts")]
pub struct AppInfo {
    pub version: String,
    pub data_dir: String,
    pub data_dir_from_env: bool,
    pub platform: String,
    pub keychain: KeychainStatus,
}

pub fn app_info(ctx: &AppContext) -> AppInfo {
    AppInfo {
        version: ctx.version.clone(),
        data_dir: ctx.data_dir.path().display().to_string(),
        data_dir_from_env: ctx.data_dir.from_env(),
        platform: format!("{} {}", std::env::consts::OS, std::env::consts::ARCH),
        keychain: ctx.keychain.probe(),
    }
}
