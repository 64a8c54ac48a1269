//! The desktop shell: builds the console context, registers the command table, opens windows.
//! Glue only; every behaviour lives in the `console` crate.

mod commands;
mod local_sandbox;

use console::ipc::NoArgs;
use console::{AppContext, Console, DataDir, Keychain};
use tauri::Manager;

/// The embedded local sandbox, kept alive for as long as the app runs.
#[derive(Default)]
struct LocalSandboxSlot(tokio::sync::Mutex<Option<antom_sandbox::RunningSandbox>>);

macro_rules! invoke_handler {
    ($($name:ident : $args:ty => $result:ty,)*) => {
        tauri::generate_handler![$(commands::$name),*]
    };
}

pub fn run() {
    let data_dir = match DataDir::from_process_env() {
        Ok(dir) => dir,
        Err(err) => {
            eprintln!("antom-console: {err}");
            std::process::exit(2);
        }
    };
    if let Err(err) = data_dir.ensure_exists() {
        eprintln!(
            "antom-console: cannot create the data directory {}: {err}",
            data_dir.path().display()
        );
        std::process::exit(2);
    }
    let data_path = data_dir.path().to_path_buf();
    let ctx = AppContext {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        data_dir,
        keychain: Keychain::default(),
    };
    tauri::Builder::default()
        .manage(Console::new(ctx))
        .manage(LocalSandboxSlot::default())
        .setup(move |app| {
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                let console = handle.state::<Console>();
                let running = local_sandbox::bring_up(&console, &data_path).await;
                *handle.state::<LocalSandboxSlot>().0.lock().await = running;
                // Re-inquire every payment that is not final yet (Antom has no list API).
                let _ = console.payments_sync(NoArgs {}).await;
            });
            Ok(())
        })
        .invoke_handler(console::for_each_command!(invoke_handler))
        .run(tauri::generate_context!())
        .unwrap_or_else(|err| {
            eprintln!("antom-console: {err}");
            std::process::exit(1);
        });
}
