//! Antom Console's domain, shared by the desktop shell and `antomctl`.
//! Owns data location, keychain access, profiles, the payment cache and the IPC contract; never imports Tauri.

pub mod app_info;
pub mod cache;
pub mod clock;
mod console;
pub mod data_dir;
pub mod database;
pub mod ids;
pub mod ipc;
pub mod keychain;
pub mod profiles;
pub mod secrets;

pub use app_info::{AppContext, AppInfo};
pub use clock::{Clock, Sleeper, SystemClock, TokioSleeper};
pub use console::local_sandbox;
pub use console::{
    CaptureChoice, Console, Parts, SessionCreated, SessionOrder, SessionScene, WatchLimits,
    POLL_INTERVAL,
};
pub use data_dir::DataDir;
pub use ids::{IdSource, RandomIds};
pub use ipc::{ErrorCode, IpcError};
pub use keychain::{Keychain, KeychainError, KeychainStatus};
