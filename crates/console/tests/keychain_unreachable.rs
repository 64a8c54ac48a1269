//! With no D-Bus session the keychain must be reported unreachable, with what to do about it.
//! Its own test binary: it changes this process's environment before anything else runs.
#![cfg(target_os = "linux")]

#[test]
fn probe_without_a_session_bus_says_unreachable_and_how_to_fix_it() {
    let tmp = tempfile::tempdir().unwrap();
    let socket = tmp.path().join("no-bus");
    // The only test in this binary, so no other thread reads the environment concurrently.
    std::env::set_var(
        "DBUS_SESSION_BUS_ADDRESS",
        format!("unix:path={}", socket.display()),
    );
    std::env::remove_var("DISPLAY");
    let status = console::Keychain::new("dev.antomconsole.test").probe();
    assert!(
        !status.reachable,
        "unexpectedly reachable: {}",
        status.message
    );
    assert!(
        status.message.contains("not reachable"),
        "{}",
        status.message
    );
    assert!(
        status.message.contains("gnome-keyring"),
        "{}",
        status.message
    );
}
