//! The committed TypeScript bindings must equal what the Rust contract generates.
//! `ANTOM_UPDATE_BINDINGS=1 cargo test -p console --test bindings_drift` rewrites them.

use std::path::PathBuf;

fn bindings_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/bindings")
}

#[test]
fn committed_bindings_match_the_rust_contract() {
    let dir = bindings_dir();
    let files = console::ipc::bindings::render();
    if std::env::var_os("ANTOM_UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for file in &files {
            std::fs::write(dir.join(&file.name), &file.contents).unwrap();
        }
    }
    let mut drifted = Vec::new();
    for file in &files {
        let committed = std::fs::read_to_string(dir.join(&file.name)).unwrap_or_default();
        if committed != file.contents {
            drifted.push(file.name.clone());
        }
    }
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    on_disk.retain(|name| !files.iter().any(|f| &f.name == name));
    assert!(
        drifted.is_empty() && on_disk.is_empty(),
        "ui/src/bindings drifted from the Rust contract (changed: {drifted:?}, stale: {on_disk:?}); \
         run scripts/gen-bindings and commit the result"
    );
}
