//! Notification and response verification with the simulated Antom key: fail closed on missing
//! or repeated headers, reject tampering, tolerate header-name case, never panic.

mod common;

use antom::signature::{sign, sign_content};
use antom::{
    receive_notification, verify_response, Notification, NotificationError, PrivateKey, PublicKey,
    VerifyError,
};
use common::key_text;
use proptest::prelude::*;

const PATH: &str = "/antom/notify";
const CLIENT: &str = "SANDBOX_5YEXAMPLE00000001";
const TIME: &str = "2025-01-15T08:30:00+08:00";

fn antom_private() -> PrivateKey {
    PrivateKey::from_text(&key_text("antom_simulated", "private_key_pkcs8_pem")).unwrap()
}

fn antom_public() -> PublicKey {
    PublicKey::from_text(&key_text(
        "antom_simulated",
        "public_key_spki_base64_oneline",
    ))
    .unwrap()
}

fn body() -> Vec<u8> {
    std::fs::read(common::shared_dir().join("samples/notifyPayment_card_ckp.json")).unwrap()
}

fn signed_headers(path: &str, time_name: &str, body: &[u8]) -> Vec<(String, String)> {
    let content = sign_content("POST", path, CLIENT, TIME, body);
    let header = sign(&antom_private(), 1, &content).unwrap();
    vec![
        ("Signature".into(), header.to_header_value()),
        ("Client-Id".into(), CLIENT.into()),
        (time_name.into(), TIME.into()),
        ("content-type".into(), "application/json".into()),
    ]
}

#[test]
fn a_signed_notification_is_verified_then_parsed() {
    let body = body();
    let headers = signed_headers(PATH, "Request-Time", &body);
    let n = receive_notification(&antom_public(), PATH, CLIENT, &headers, &body).unwrap();
    let Notification::Payment(p) = n else {
        panic!("not a payment notification")
    };
    assert_eq!(
        p.payment_request_id.as_deref(),
        Some("PAYMENT_20241119155126620_AUTO")
    );
}

#[test]
fn tampering_and_missing_headers_fail_closed() {
    let key = antom_public();
    let body = body();
    let headers = signed_headers(PATH, "request-time", &body);
    let check =
        |headers: &Vec<(String, String)>, path: &str, body: &[u8]| match receive_notification(
            &key, path, CLIENT, headers, body,
        ) {
            Err(NotificationError::Signature(e)) => e,
            other => panic!("expected a signature error, got {other:?}"),
        };
    assert_eq!(
        check(&headers, "/antom/notify2", &body),
        VerifyError::Mismatch
    );
    let mut longer = body.clone();
    longer.push(b'\n');
    assert_eq!(check(&headers, PATH, &longer), VerifyError::Mismatch);
    for missing in ["signature", "client-id", "request-time"] {
        let without: Vec<_> = headers
            .iter()
            .filter(|(k, _)| !k.eq_ignore_ascii_case(missing))
            .cloned()
            .collect();
        assert!(
            matches!(check(&without, PATH, &body), VerifyError::MissingHeader(m) if m == missing)
        );
    }
    let mut other_time = headers.clone();
    other_time[2].1 = "2025-01-15T08:30:01+08:00".into();
    assert_eq!(check(&other_time, PATH, &body), VerifyError::Mismatch);
    let mut doubled = headers.clone();
    doubled.push(("signature".into(), headers[0].1.clone()));
    assert_eq!(
        check(&doubled, PATH, &body),
        VerifyError::DuplicateHeader("signature")
    );
    let mut empty = headers.clone();
    empty[0].1 = String::new();
    assert_eq!(
        check(&empty, PATH, &body),
        VerifyError::EmptyHeader("signature")
    );
    match receive_notification(&key, PATH, "SANDBOX_OTHER", &headers, &body) {
        Err(NotificationError::Signature(VerifyError::ClientIdMismatch { found, .. })) => {
            assert_eq!(found, CLIENT)
        }
        other => panic!("{other:?}"),
    }
    let merchant = PublicKey::from_text(&key_text("merchant", "public_key_spki_pem")).unwrap();
    assert!(matches!(
        receive_notification(&merchant, PATH, CLIENT, &headers, &body),
        Err(NotificationError::Signature(VerifyError::Mismatch))
    ));
}

#[test]
fn responses_use_response_time() {
    let body =
        br#"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}"#;
    let path = "/ams/sandbox/api/v1/payments/capture";
    let headers = signed_headers(path, "response-time", body);
    assert_eq!(
        verify_response(&antom_public(), path, CLIENT, &headers, body),
        Ok(())
    );
    let with_request_time = signed_headers(path, "request-time", body);
    assert_eq!(
        verify_response(&antom_public(), path, CLIENT, &with_request_time, body),
        Err(VerifyError::MissingHeader("response-time"))
    );
}

#[test]
fn header_maps_work_too() {
    let body = body();
    let mut map = reqwest::header::HeaderMap::new();
    for (k, v) in signed_headers(PATH, "request-time", &body) {
        map.insert(
            reqwest::header::HeaderName::from_bytes(k.as_bytes()).unwrap(),
            v.parse().unwrap(),
        );
    }
    assert!(receive_notification(&antom_public(), PATH, CLIENT, &map, &body).is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn verification_never_panics(
        sig in "\\PC{0,120}",
        client in "\\PC{0,20}",
        time in "\\PC{0,20}",
        body in prop::collection::vec(any::<u8>(), 0..200),
        dup in any::<bool>(),
    ) {
        let key = antom_public();
        let mut headers = vec![
            ("signature".to_owned(), format!("algorithm=RSA256,keyVersion=1,signature={sig}")),
            ("client-id".to_owned(), client.clone()),
            ("request-time".to_owned(), time),
        ];
        if dup {
            headers.push(("Signature".to_owned(), sig));
        }
        let result = receive_notification(&key, PATH, &client, &headers, &body);
        prop_assert!(result.is_err());
    }

    #[test]
    fn a_valid_signature_over_arbitrary_bytes_reaches_the_parser_safely(
        body in prop::collection::vec(any::<u8>(), 0..120),
    ) {
        let headers = signed_headers(PATH, "request-time", &body);
        let result = receive_notification(&antom_public(), PATH, CLIENT, &headers, &body);
        prop_assert!(
            !matches!(result, Err(NotificationError::Signature(_))),
            "signature rejected: {result:?}"
        );
    }
}
