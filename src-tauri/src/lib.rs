//! The desktop shell: builds the console context, registers the command table, opens windows.
//! Glue only; every behaviour lives in the `console` crate.

mod commands;

use console::{AppContext, DataDir, Keychain};

macro_rules! handlers {
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
    let ctx = AppContext {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        data_dir,
        keychain: Keychain::default(),
    };
    tauri::Builder::default()
        .manage(ctx)
        .invoke_handler(console::for_each_command!(handlers))
        .run(tauri::generate_context!())
        .unwrap_or_else(|err| {
            eprintln!("antom-console: {err}");
            std::process::exit(1);
        });
}
