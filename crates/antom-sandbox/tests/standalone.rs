//! The sandbox as a user runs it: state kept in SQLite across restarts, the hosted checkout page
//! in a browser's place, and the `antom-sandbox` binary's `keys` and `serve` contract.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use antom::model::{InquiryPaymentRequest, PaymentStatus};
use antom_sandbox::SandboxKeys;
use common::*;

#[tokio::test]
async fn state_survives_a_restart_on_the_same_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("sandbox.db");
    let opts = || Options {
        db: Some(db.clone()),
        ..Options::default()
    };
    let h = start_with(opts()).await;
    let payment_id = h.paid(&ckp("PAY-DB-1", "1000", "USD", true), "CARD").await;
    h.sandbox.shutdown().await;
    let h = start_with(opts()).await;
    let got = succeeded(
        h.client
            .inquiry_payment(&InquiryPaymentRequest::by_payment_id(&payment_id))
            .await
            .unwrap()
            .outcome,
    );
    assert_eq!(got.payment_status, Some(PaymentStatus::Success));
    assert_eq!(got.payment_request_id.as_deref(), Some("PAY-DB-1"));
    let state = h.state().await;
    assert_eq!(state["sessions"].as_array().unwrap().len(), 1);
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn hosted_checkout_page_lists_methods_and_pays() {
    let h = start().await;
    let req = ckp("PAY-WEB-1", "1234", "USD", false);
    let session = succeeded(h.client.create_payment_session(&req).await.unwrap().outcome);
    let url = session.normal_url.unwrap();
    let page = h.http.get(&url).send().await.unwrap();
    assert_eq!(page.status().as_u16(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Antom sandbox (local simulator)"));
    assert!(html.contains("USD 12.34"));
    for method in [
        "CARD",
        "ALIPAY_CN",
        "GCASH",
        "DANA",
        "KAKAOPAY",
        "TRUEMONEY",
        "PAYPAY",
        "JKOPAY",
    ] {
        assert!(html.contains(&format!("value=\"{method}\"")), "{method}");
    }
    assert!(html.contains("value=\"THREEDS_ABANDONED\""));
    let id = session.payment_session_id.unwrap();
    let paid = h
        .http
        .post(h.url(&format!("/checkout/{id}/pay")))
        .form(&[("paymentMethodType", "KAKAOPAY"), ("outcome", "SUCCESS")])
        .send()
        .await
        .unwrap();
    assert_eq!(paid.status().as_u16(), 200);
    assert!(paid
        .text()
        .await
        .unwrap()
        .contains("merchant.example/return"));
    let got = succeeded(
        h.client
            .inquiry_payment(&InquiryPaymentRequest::by_payment_request_id("PAY-WEB-1"))
            .await
            .unwrap()
            .outcome,
    );
    assert_eq!(got.payment_status, Some(PaymentStatus::Success));
    assert_eq!(got.payment_method_type.as_deref(), Some("KAKAOPAY"));
    let missing = h.http.get(h.url("/checkout/NOPE")).send().await.unwrap();
    assert_eq!(missing.status().as_u16(), 404);
    h.sandbox.shutdown().await;
}

struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn binary_writes_keys_and_serves_signed_calls() {
    let bin = env!("CARGO_BIN_EXE_antom-sandbox");
    let dir = tempfile::tempdir().unwrap();
    let keys_dir = dir.path().join("keys");
    let status = Command::new(bin)
        .args(["keys", "--out"])
        .arg(&keys_dir)
        .status()
        .unwrap();
    assert!(status.success());
    for file in [
        "merchant_private_key.pem",
        "merchant_public_key.pem",
        "antom_private_key.pem",
        "antom_public_key.pem",
        "client_id.txt",
    ] {
        assert!(keys_dir.join(file).is_file(), "{file}");
    }
    let client_id = std::fs::read_to_string(keys_dir.join("client_id.txt")).unwrap();
    assert!(client_id.trim().starts_with("SANDBOX_"));
    let mut child = Child(
        Command::new(bin)
            .args(["serve", "--addr", "127.0.0.1:0", "--keys"])
            .arg(&keys_dir)
            .arg("--db")
            .arg(dir.path().join("state.db"))
            .args(["--retry-schedule", "none", "--time-scale", "60"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let stdout = child.0.stdout.take().unwrap();
    let line = tokio::task::spawn_blocking(move || {
        let mut lines = BufReader::new(stdout).lines();
        lines
            .find_map(|l| l.ok().filter(|l| l.starts_with("listening on ")))
            .expect("a listening line")
    });
    let line = tokio::time::timeout(Duration::from_secs(30), line)
        .await
        .expect("listening within 30 s")
        .unwrap();
    let base = line.trim_start_matches("listening on ").trim().to_owned();
    assert!(base.starts_with("http://127.0.0.1:"));
    assert!(!base.ends_with(":0"), "the real port is printed: {base}");
    // Keys as a merchant would load them from the folder.
    let keys = SandboxKeys::read_dir(&keys_dir).unwrap();
    let client = client_for(&base, &keys, Duration::from_secs(10));
    let req = ckp("PAY-CLI-1", "1000", "USD", false);
    let session = succeeded(client.create_payment_session(&req).await.unwrap().outcome);
    assert!(session.normal_url.unwrap().starts_with(&base));
    drop(child);
}
