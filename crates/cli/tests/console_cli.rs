//! `antomctl profile / session / payments` as a script uses them: the real binary, a real
//! `antom-sandbox` process on 127.0.0.1, a temp data directory and the real keychain.
//! Run under scripts/with-keychain (as `scripts/test` does).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

use serde_json::Value;

const ANTOMCTL: &str = env!("CARGO_BIN_EXE_antomctl");

fn sandbox_binary() -> std::path::PathBuf {
    // Built by the workspace (antom-sandbox's own tests need it); sits beside antomctl.
    Path::new(ANTOMCTL).with_file_name("antom-sandbox")
}

struct Sandbox {
    child: Child,
    base_url: String,
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_sandbox(keys: &Path) -> Sandbox {
    let status = Command::new(sandbox_binary())
        .args(["keys", "--out"])
        .arg(keys)
        .status()
        .expect("antom-sandbox is built (cargo build --workspace)");
    assert!(status.success());
    let mut child = Command::new(sandbox_binary())
        .args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--retry-schedule",
            "none",
            "--keys",
        ])
        .arg(keys)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let base_url = loop {
        let line = lines.next().expect("sandbox printed its address").unwrap();
        if let Some(url) = line.strip_prefix("listening on ") {
            break url.trim().to_owned();
        }
    };
    Sandbox { child, base_url }
}

fn antomctl(data: &Path, args: &[&str]) -> Output {
    Command::new(ANTOMCTL)
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .unwrap()
}

fn json_of(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

/// The buyer pays through the sandbox's control API, as the hosted checkout page does.
fn pay(base_url: &str, payment_request_id: &str, method: &str) {
    let body = format!(
        r#"{{"paymentRequestId":"{payment_request_id}","paymentMethodType":"{method}","outcome":"SUCCESS"}}"#
    );
    let url = format!("{base_url}/sandbox/v1/pay");
    let authority = url
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let mut stream = std::net::TcpStream::connect(&authority).unwrap();
    use std::io::{Read, Write};
    write!(
        stream,
        "POST /sandbox/v1/pay HTTP/1.1\r\nHost: {authority}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
}

#[test]
fn a_script_adds_a_profile_creates_sessions_and_lists_synced_payments() {
    let tmp = tempfile::tempdir().unwrap();
    let keys = tmp.path().join("keys");
    let data = tmp.path().join("data");
    let sandbox = start_sandbox(&keys);
    let client_id = std::fs::read_to_string(keys.join("client_id.txt")).unwrap();
    let name = format!("CLI shop {}", std::process::id());

    let added = json_of(&antomctl(
        &data,
        &[
            "profile",
            "add",
            "--name",
            &name,
            "--env",
            "sandbox",
            "--gateway",
            &sandbox.base_url,
            "--client-id",
            client_id.trim(),
            "--private-key",
            keys.join("merchant_private_key.pem").to_str().unwrap(),
            "--antom-public-key",
            keys.join("antom_public_key.pem").to_str().unwrap(),
        ],
    ));
    assert_eq!(added["name"], name.as_str());
    assert_eq!(added["merchantKeyFingerprint"].as_str().unwrap().len(), 64);

    let tested = json_of(&antomctl(&data, &["profile", "test", &name]));
    assert_eq!(tested["verdict"], "ok");

    let mut ids = Vec::new();
    for (amount, currency, capture, method) in [
        ("12.34", "SGD", "automatic", "GCASH"),
        ("99.00", "USD", "manual", "CARD"),
    ] {
        let session = json_of(&antomctl(
            &data,
            &[
                "--profile",
                &name,
                "session",
                "create",
                "--amount",
                amount,
                "--currency",
                currency,
                "--capture",
                capture,
            ],
        ));
        let id = session["paymentRequestId"].as_str().unwrap().to_owned();
        assert!(session["normalUrl"]
            .as_str()
            .unwrap()
            .starts_with(&sandbox.base_url));
        pay(&sandbox.base_url, &id, method);
        ids.push(id);
    }

    let report = json_of(&antomctl(&data, &["--profile", &name, "payments", "sync"]));
    assert_eq!(report["inquired"], 2);
    assert_eq!(report["failed"], 0);

    let rows = json_of(&antomctl(
        &data,
        &["--profile", &name, "payments", "list", "--format", "json"],
    ));
    let state_of = |id: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["paymentRequestId"] == id)
            .map(|r| r["state"].as_str().unwrap().to_owned())
    };
    assert_eq!(state_of(&ids[0]).as_deref(), Some("paid"));
    assert_eq!(state_of(&ids[1]).as_deref(), Some("authorized"));

    let usd = json_of(&antomctl(
        &data,
        &[
            "--profile",
            &name,
            "payments",
            "list",
            "--currency",
            "USD",
            "--format",
            "json",
        ],
    ));
    assert_eq!(usd.as_array().unwrap().len(), 1);

    let removed = antomctl(&data, &["profile", "remove", &name]);
    assert!(removed.status.success());
    let unknown = antomctl(&data, &["profile", "test", &name]);
    assert_eq!(unknown.status.code(), Some(2));
}
