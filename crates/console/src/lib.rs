//! Antom Console's domain, shared by the desktop shell and `antomctl`.
//! Owns data location, keychain access and the IPC contract; never imports Tauri.

pub mod app_info;
pub mod data_dir;
pub mod ipc;
pub mod keychain;

pub use app_info::{AppContext, AppInfo};
pub use data_dir::DataDir;
pub use ipc::{ErrorCode, IpcError};
pub use keychain::{Keychain, KeychainStatus};
