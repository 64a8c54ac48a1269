//! Tauri command handlers, generated from the console's command table: one per row, each
//! forwarding its `args` to the `Console` method of the same name. Nothing else lives here.

use console::ipc::dto::*;
use console::ipc::NoArgs;
use console::{AppInfo, Console, IpcError};

macro_rules! handlers {
    ($($name:ident : $args:ty => $result:ty,)*) => {
        $(
            #[tauri::command]
            pub async fn $name(
                console: tauri::State<'_, Console>,
                args: $args,
            ) -> Result<$result, IpcError> {
                console.$name(args).await
            }
        )*
    };
}

console::for_each_command!(handlers);
