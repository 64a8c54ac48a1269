//! The embedded local sandbox as the UI sees it: what it is doing and how far seeding got.
//! Reported by the shell that runs it; the console only keeps the latest report.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "LocalSandboxPhase.ts")]
pub enum LocalSandboxPhase {
    /// Not running: the user has profiles of their own and no demo profile.
    Off,
    Starting,
    /// Creating demo payments through the sandbox's API and buyer paths.
    Seeding,
    Ready,
    Failed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "LocalSandboxStatus.ts")]
pub struct LocalSandboxStatus {
    pub phase: LocalSandboxPhase,
    pub done: u32,
    pub total: u32,
    /// Where the simulator listens, e.g. `http://127.0.0.1:49152`.
    pub base_url: Option<String>,
    pub message: String,
}

impl LocalSandboxStatus {
    pub fn off() -> Self {
        LocalSandboxStatus {
            phase: LocalSandboxPhase::Off,
            done: 0,
            total: 0,
            base_url: None,
            message: "The local sandbox is not running".to_owned(),
        }
    }
}
