//! The real OS keychain answers: run under a Secret Service (scripts/test starts gnome-keyring).
//! A probe must report it reachable, and a stored secret must be readable by a second entry.
#![cfg(target_os = "linux")]

use console::{Keychain, KeychainStatus};

#[test]
fn probe_reports_a_running_secret_service_as_reachable() {
    let status: KeychainStatus = Keychain::new("dev.antomconsole.test").probe();
    assert!(
        status.reachable,
        "no Secret Service answered (run the suite via scripts/test, which starts gnome-keyring): {}",
        status.message
    );
    assert_eq!(status.backend, "Secret Service (D-Bus)");
}

#[test]
fn secret_round_trips_through_the_real_keychain() {
    let account = format!("roundtrip-{}", std::process::id());
    let writer = keyring::Entry::new("dev.antomconsole.test", &account).unwrap();
    writer.set_password("s3cret").unwrap();
    let reader = keyring::Entry::new("dev.antomconsole.test", &account).unwrap();
    assert_eq!(reader.get_password().unwrap(), "s3cret");
    reader.delete_credential().unwrap();
    assert!(matches!(
        writer.get_password(),
        Err(keyring::Error::NoEntry)
    ));
}
