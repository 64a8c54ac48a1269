// The one command table: each IPC command, its argument type and its result type, declared once.
// Plain tokens only (no paths), so the shell's build script can `include!` this file as well.

/// Calls `$callback! { name: Args => Result, ... }` with every IPC command.
#[macro_export]
macro_rules! for_each_command {
    ($callback:ident) => {
        $callback! {
            app_info: NoArgs => AppInfo,
        }
    };
}
