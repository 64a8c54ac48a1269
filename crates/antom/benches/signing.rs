//! Signing throughput against the shared vectors: sign, verify, and a notification end to end
//! (verify over raw bytes, then parse). `scripts/bench-signing.sh` compares these with OpenSSL.

use std::hint::black_box;
use std::path::PathBuf;

use antom::signature::{sign, sign_content, verify, SignatureHeader};
use antom::{receive_notification, PrivateKey, PublicKey};
use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::Value;

fn shared(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/antom")
        .join(relative)
}

fn key(owner: &str, name: &str) -> String {
    let keys: Value =
        serde_json::from_str(&std::fs::read_to_string(shared("vectors/keys.json")).unwrap())
            .unwrap();
    keys["keys"][owner][name].as_str().unwrap().to_owned()
}

fn benches(c: &mut Criterion) {
    let vectors: Value = serde_json::from_str(
        &std::fs::read_to_string(shared("vectors/sign_vectors.json")).unwrap(),
    )
    .unwrap();
    let case = &vectors["cases"][1];
    let content = case["content_to_be_signed"]
        .as_str()
        .unwrap()
        .as_bytes()
        .to_vec();
    let header = SignatureHeader::parse(case["signature_header"].as_str().unwrap()).unwrap();

    let merchant = PrivateKey::from_text(&key("merchant", "private_key_pkcs8_pem")).unwrap();
    let merchant_public = PublicKey::from_text(&key("merchant", "public_key_spki_pem")).unwrap();
    c.bench_function("sign", |b| {
        b.iter(|| sign(black_box(&merchant), 1, black_box(&content)).unwrap())
    });
    c.bench_function("verify", |b| {
        b.iter(|| verify(black_box(&merchant_public), black_box(&content), &header).unwrap())
    });

    let antom = PrivateKey::from_text(&key("antom_simulated", "private_key_pkcs8_pem")).unwrap();
    let antom_public =
        PublicKey::from_text(&key("antom_simulated", "public_key_spki_pem")).unwrap();
    let body = std::fs::read(shared("samples/notifyPayment_card_ckp.json")).unwrap();
    let (path, client, time) = (
        "/antom/notify",
        "SANDBOX_5YEXAMPLE00000001",
        "2025-01-15T08:30:00+08:00",
    );
    let signed = sign(&antom, 1, &sign_content("POST", path, client, time, &body)).unwrap();
    let headers = vec![
        ("signature".to_owned(), signed.to_header_value()),
        ("client-id".to_owned(), client.to_owned()),
        ("request-time".to_owned(), time.to_owned()),
    ];
    c.bench_function("notification_verify_parse", |b| {
        b.iter(|| {
            receive_notification(
                &antom_public,
                path,
                client,
                black_box(&headers),
                black_box(&body),
            )
            .unwrap()
        })
    });
}

criterion_group!(signing, benches);
criterion_main!(signing);
