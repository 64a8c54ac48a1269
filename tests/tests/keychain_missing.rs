//! Without a Secret Service (a headless Linux box with no D-Bus session) adding a profile fails
//! with a `Keychain` error that says what to do, and nothing is left behind in SQLite or on disk.
//! Its own test binary: it points this process at a bus that does not exist before anything runs.
#![cfg(target_os = "linux")]

use console::ipc::NoArgs;
use console::ErrorCode;
use integration_tests::{profile_for, start_sandbox, Harness};

#[tokio::test]
async fn a_missing_keychain_refuses_the_profile_and_keeps_nothing() {
    let bus = tempfile::tempdir().unwrap();
    // The only test in this binary, so no other thread reads the environment concurrently.
    std::env::set_var(
        "DBUS_SESSION_BUS_ADDRESS",
        format!("unix:path={}", bus.path().join("no-bus").display()),
    );
    std::env::remove_var("DISPLAY");

    let sandbox = start_sandbox().await;
    let h = Harness::new();
    let err = h
        .console
        .profile_create(profile_for(&sandbox, "No keychain"))
        .await
        .expect_err("no keychain, no profile");
    assert_eq!(err.code, ErrorCode::Keychain, "{}", err.message);
    assert!(err.message.contains("gnome-keyring"), "{}", err.message);

    let list = h.console.profiles_list(NoArgs {}).await.unwrap();
    assert!(list.profiles.is_empty(), "{:?}", list.profiles);
    assert_eq!(list.active_id, None);
    // No key material fell back to a file anywhere in the data directory.
    let pem_body = profile_for(&sandbox, "x").merchant_private_key;
    let key_line = pem_body.lines().nth(1).unwrap();
    for entry in walk(h.dir.path()) {
        let bytes = std::fs::read(&entry).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains(key_line),
            "key text found in {}",
            entry.display()
        );
        assert!(
            !text.contains(&sandbox.keys.client_id),
            "client id in {}",
            entry.display()
        );
    }
    sandbox.shutdown().await;
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}
