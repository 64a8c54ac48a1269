//! The shell's start-up checks, run on the real binary before any window opens.
//! (This also makes `cargo test` build the binary the end-to-end suite drives.)

use std::process::Command;

#[test]
fn a_relative_data_dir_override_is_refused_with_a_clear_message() {
    let out = Command::new(env!("CARGO_BIN_EXE_antom-console"))
        .env("ANTOM_CONSOLE_DATA_DIR", "relative/dir")
        .output()
        .expect("the app binary runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("ANTOM_CONSOLE_DATA_DIR must be an absolute path"),
        "{stderr}"
    );
}

#[test]
fn an_uncreatable_data_dir_is_refused_with_a_clear_message() {
    let tmp = std::env::temp_dir().join(format!("antom-startup-{}", std::process::id()));
    std::fs::write(&tmp, b"a file, not a folder").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_antom-console"))
        .env("ANTOM_CONSOLE_DATA_DIR", tmp.join("data"))
        .output()
        .expect("the app binary runs");
    std::fs::remove_file(&tmp).unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cannot create the data directory"),
        "{stderr}"
    );
}
