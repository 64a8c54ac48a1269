//! Tauri command handlers, one per row of the console's command table.
//! Each only unwraps state and calls the console function; errors cross as `{code, message}`.

use console::{AppContext, AppInfo, IpcError};

#[tauri::command]
pub async fn app_info(ctx: tauri::State<'_, AppContext>) -> Result<AppInfo, IpcError> {
    let ctx = ctx.inner().clone();
    // The keychain probe may block on D-Bus; keep it off the IPC thread.
    tauri::async_runtime::spawn_blocking(move || console::app_info::app_info(&ctx))
        .await
        .map_err(|err| IpcError::new(console::ErrorCode::Internal, err.to_string()))
}
