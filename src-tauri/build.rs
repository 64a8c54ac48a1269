// Build script: Tauri codegen plus the app manifest, whose command list comes from the
// one command table in crates/console, so capabilities can grant exactly our commands.

include!("../crates/console/src/ipc/command_table.rs");

macro_rules! command_list {
    ($($name:ident : $args:ty => $result:ty,)*) => {
        &[$(stringify!($name)),*]
    };
}

fn main() {
    let commands: &'static [&'static str] = for_each_command!(command_list);
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .expect("tauri build script");
}
