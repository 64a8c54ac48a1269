//! Conformance with the official SDKs: every signing vector byte for byte, every key encoding,
//! rejection of tampered messages, and strict key parsing.

mod common;

use antom::error::KeyError;
use antom::signature::{escape_visible, sign, sign_content, verify, SignatureHeader};
use antom::{PrivateKey, PublicKey, VerifyError};
use common::{fixture, key_text, s, vectors};

fn merchant_private_encodings() -> Vec<(&'static str, String)> {
    let pkcs8_b64 = key_text("merchant", "private_key_pkcs8_base64_oneline");
    let wrapped: String = pkcs8_b64
        .as_bytes()
        .chunks(64)
        .map(|c| format!("  {}\r\n", std::str::from_utf8(c).unwrap()))
        .collect();
    vec![
        ("pkcs8 pem", key_text("merchant", "private_key_pkcs8_pem")),
        ("pkcs1 pem", key_text("merchant", "private_key_pkcs1_pem")),
        ("pkcs8 one-line base64", pkcs8_b64.clone()),
        ("pkcs8 base64 with whitespace", wrapped),
        (
            "pkcs8 pem with CRLF and indentation",
            key_text("merchant", "private_key_pkcs8_pem").replace('\n', "\r\n    "),
        ),
    ]
}

#[test]
fn every_vector_is_reproduced_byte_for_byte_with_every_key_encoding() {
    let cases = vectors();
    assert_eq!(cases.len(), 6);
    for (encoding, text) in merchant_private_encodings() {
        let key = PrivateKey::from_text(&text).unwrap_or_else(|e| panic!("{encoding}: {e}"));
        assert_eq!(key.bits(), 2048);
        for case in &cases {
            let id = s(case, "id");
            let content = sign_content(
                s(case, "method"),
                s(case, "path"),
                s(case, "client_id"),
                s(case, "request_time"),
                s(case, "body").as_bytes(),
            );
            assert_eq!(content, s(case, "content_to_be_signed").as_bytes(), "{id}");
            let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, &content);
            assert_eq!(
                hex::encode(digest),
                s(case, "content_to_be_signed_utf8_sha256"),
                "{id}"
            );
            let expected = SignatureHeader::parse(s(case, "signature_header")).unwrap();
            let version = expected.key_version.expect("vectors carry keyVersion");
            let header = sign(&key, version, &content).unwrap();
            assert_eq!(
                header.signature_base64(),
                s(case, "signature_base64"),
                "{id} {encoding}"
            );
            assert_eq!(
                header.to_header_value(),
                s(case, "signature_header"),
                "{id} {encoding}"
            );
            assert!(
                s(case, "signature_header").ends_with(s(case, "signature_urlencoded")),
                "{id}"
            );
        }
    }
}

#[test]
fn every_vector_verifies_and_any_tampering_fails() {
    for text in [
        key_text("merchant", "public_key_spki_pem"),
        key_text("merchant", "public_key_spki_base64_oneline"),
    ] {
        let key = PublicKey::from_text(&text).unwrap();
        for case in vectors() {
            let id = s(&case, "id");
            let (method, path, client, time, body) = (
                s(&case, "method"),
                s(&case, "path"),
                s(&case, "client_id"),
                s(&case, "request_time"),
                s(&case, "body"),
            );
            let header = SignatureHeader::parse(s(&case, "signature_header")).unwrap();
            let content = sign_content(method, path, client, time, body.as_bytes());
            assert_eq!(verify(&key, &content, &header), Ok(()), "{id}");

            let lower = s(&case, "signature_header")
                .replace("%2B", "%2b")
                .replace("%2F", "%2f")
                .replace("%3D", "%3d")
                .replace(',', ", ");
            let lower = SignatureHeader::parse(&lower).unwrap();
            assert_eq!(
                verify(&key, &content, &lower),
                Ok(()),
                "{id} lower-case escapes"
            );

            let tampered = [
                sign_content(method, &format!("{path}x"), client, time, body.as_bytes()),
                sign_content(method, path, client, &format!("{time}0"), body.as_bytes()),
                sign_content(method, path, &format!("{client}X"), time, body.as_bytes()),
                sign_content(method, path, client, time, format!("{body} ").as_bytes()),
                sign_content("GET", path, client, time, body.as_bytes()),
            ];
            for t in tampered {
                assert_eq!(
                    verify(&key, &t, &header),
                    Err(VerifyError::Mismatch),
                    "{id}: {}",
                    escape_visible(&t)
                );
            }
            let mut flipped = header.clone();
            flipped.signature[10] ^= 1;
            assert_eq!(verify(&key, &content, &flipped), Err(VerifyError::Mismatch));
            let mut short = header.clone();
            short.signature.pop();
            assert_eq!(
                verify(&key, &content, &short),
                Err(VerifyError::SignatureLength {
                    expected: 256,
                    found: 255
                })
            );
        }
    }
    let unrelated = PublicKey::from_text(&key_text("unrelated", "public_key_spki_pem")).unwrap();
    for case in vectors() {
        let content = s(&case, "content_to_be_signed").as_bytes().to_vec();
        let header = SignatureHeader::parse(s(&case, "signature_header")).unwrap();
        assert_eq!(
            verify(&unrelated, &content, &header),
            Err(VerifyError::Mismatch)
        );
    }
}

#[test]
fn every_encoding_normalises_to_the_same_key() {
    let public =
        PublicKey::from_text(&key_text("merchant", "public_key_spki_base64_oneline")).unwrap();
    let mut pkcs8 = Vec::new();
    for (encoding, text) in merchant_private_encodings() {
        let key = PrivateKey::from_text(&text).unwrap();
        assert_eq!(key.public_key(), &public, "{encoding}");
        assert_eq!(key.fingerprint(), public.fingerprint());
        pkcs8.push(key.to_pkcs8_der().to_vec());
    }
    assert!(pkcs8.windows(2).all(|w| w[0] == w[1]));
    assert_eq!(public.fingerprint().len(), 64);
    let again = PublicKey::from_text(&public.to_spki_pem()).unwrap();
    assert_eq!(again, public);
    let key = PrivateKey::from_text(&key_text("merchant", "private_key_pkcs1_pem")).unwrap();
    assert_eq!(
        key.to_pkcs8_base64().as_str(),
        key_text("merchant", "private_key_pkcs8_base64_oneline")
    );
    assert_eq!(
        PrivateKey::from_text(&key.to_pkcs8_pem())
            .unwrap()
            .fingerprint(),
        key.fingerprint()
    );
    assert!(!format!("{key:?}").contains(&key.to_pkcs8_base64()[..40]));
}

#[test]
fn pkcs1_public_keys_are_accepted() {
    use rsa::pkcs1::EncodeRsaPublicKey;
    use rsa::pkcs8::DecodePublicKey;
    let spki = key_text("merchant", "public_key_spki_pem");
    let pkcs1 = rsa::RsaPublicKey::from_public_key_pem(&spki)
        .unwrap()
        .to_pkcs1_pem(rsa::pkcs8::LineEnding::LF)
        .unwrap();
    assert!(pkcs1.starts_with("-----BEGIN RSA PUBLIC KEY-----"));
    assert_eq!(
        PublicKey::from_text(&pkcs1).unwrap(),
        PublicKey::from_text(&spki).unwrap()
    );
}

#[test]
fn unusable_keys_are_rejected_precisely() {
    let public_pem = key_text("merchant", "public_key_spki_pem");
    let public_b64 = key_text("merchant", "public_key_spki_base64_oneline");
    let private_pem = key_text("merchant", "private_key_pkcs8_pem");
    let private_b64 = key_text("merchant", "private_key_pkcs8_base64_oneline");
    let pkcs1_pem = key_text("merchant", "private_key_pkcs1_pem");

    assert_eq!(
        PrivateKey::from_text(&public_pem).unwrap_err(),
        KeyError::PublicGivenForPrivate
    );
    assert_eq!(
        PrivateKey::from_text(&public_b64).unwrap_err(),
        KeyError::PublicGivenForPrivate
    );
    assert_eq!(
        PublicKey::from_text(&private_pem).unwrap_err(),
        KeyError::PrivateGivenForPublic
    );
    assert_eq!(
        PublicKey::from_text(&private_b64).unwrap_err(),
        KeyError::PrivateGivenForPublic
    );
    assert_eq!(
        PublicKey::from_text(&pkcs1_pem).unwrap_err(),
        KeyError::PrivateGivenForPublic
    );

    assert_eq!(
        PrivateKey::from_text(&fixture("rsa1024_pkcs8.pem")).unwrap_err(),
        KeyError::TooSmall { bits: 1024 }
    );
    assert_eq!(
        PublicKey::from_text(&fixture("rsa1024_spki.pem")).unwrap_err(),
        KeyError::TooSmall { bits: 1024 }
    );
    let ec = KeyError::WrongKeyType { found: "EC".into() };
    assert_eq!(
        PrivateKey::from_text(&fixture("ec_p256_pkcs8.pem")).unwrap_err(),
        ec
    );
    assert_eq!(
        PrivateKey::from_text(&fixture("ec_p256_sec1.pem")).unwrap_err(),
        ec
    );
    assert_eq!(
        PublicKey::from_text(&fixture("ec_p256_spki.pem")).unwrap_err(),
        ec
    );
    assert_eq!(
        PrivateKey::from_text(&fixture("ed25519_pkcs8.pem")).unwrap_err(),
        KeyError::WrongKeyType {
            found: "Ed25519".into()
        }
    );
    assert_eq!(
        PrivateKey::from_text(&fixture("rsa1024_encrypted.pem")).unwrap_err(),
        KeyError::Encrypted
    );
    assert_eq!(
        PublicKey::from_text(&fixture("cert.pem")).unwrap_err(),
        KeyError::Certificate
    );
    assert_eq!(PrivateKey::from_text("  \n").unwrap_err(), KeyError::Empty);
    assert!(matches!(
        PrivateKey::from_text("hello world!").unwrap_err(),
        KeyError::Malformed(_)
    ));
    assert!(matches!(
        PrivateKey::from_text(&private_b64[..private_b64.len() - 8]).unwrap_err(),
        KeyError::Malformed(_)
    ));
    assert!(matches!(
        PrivateKey::from_text(&private_pem.replace("-----END PRIVATE KEY-----", "")).unwrap_err(),
        KeyError::Malformed(_)
    ));
    let two = format!("{private_pem}\n{private_pem}");
    assert!(matches!(
        PrivateKey::from_text(&two).unwrap_err(),
        KeyError::Malformed(_)
    ));
    assert!(KeyError::TooSmall { bits: 1024 }
        .to_string()
        .contains("at least 2048"));
}

#[test]
fn generated_keys_sign_and_verify() {
    let key = antom::generate_rsa_2048().unwrap();
    assert_eq!(key.bits(), 2048);
    let content = sign_content("POST", "/p", "c", "1", b"{}");
    let header = sign(&key, 1, &content).unwrap();
    assert_eq!(verify(key.public_key(), &content, &header), Ok(()));
    let reread = PrivateKey::from_text(&key.to_pkcs8_base64()).unwrap();
    assert_eq!(reread.fingerprint(), key.fingerprint());
}
