//! Profiles against the real keychain and real SQLite: keys in every encoding, refusals, the
//! connection test verdicts against a real antom-sandbox, removal. Run under scripts/with-keychain.

use base64::Engine as _;
use console::ipc::dto::{ConnectionVerdict, Environment, GatewayChoice, ProfileRef};
use console::ipc::NoArgs;
use console::ErrorCode;
use integration_tests::{profile_for, start_sandbox, Harness};

fn strip_pem(pem: &str) -> String {
    pem.lines().filter(|l| !l.starts_with("-----")).collect()
}

#[tokio::test]
async fn keys_are_accepted_in_every_encoding_and_only_fingerprints_come_back() {
    let sandbox = start_sandbox().await;
    let h = Harness::new();
    let merchant = sandbox.keys.merchant_private.clone().unwrap();
    let antom = sandbox.keys.antom_public.clone();
    let pkcs8_pem = merchant.to_pkcs8_pem().to_string();
    let spki_pem = antom.to_spki_pem();
    let encodings = [
        ("pem", pkcs8_pem.clone(), spki_pem.clone()),
        (
            "one-line base64",
            merchant.to_pkcs8_base64().to_string(),
            antom.to_spki_base64(),
        ),
        (
            "base64 from pem body",
            strip_pem(&pkcs8_pem),
            strip_pem(&spki_pem),
        ),
        (
            "pem with crlf and blanks",
            format!("\r\n{}\r\n", pkcs8_pem.replace('\n', "\r\n")),
            format!("  {spki_pem}  "),
        ),
    ];
    for (i, (label, private, public)) in encodings.into_iter().enumerate() {
        let mut new = profile_for(&sandbox, &format!("enc {i}"));
        new.merchant_private_key = private;
        new.antom_public_key = public;
        let summary = h
            .console
            .profile_create(new)
            .await
            .unwrap_or_else(|e| panic!("{label}: {e}"));
        assert_eq!(
            summary.merchant_key_fingerprint,
            merchant.public_key().fingerprint(),
            "{label}"
        );
        assert_eq!(
            summary.antom_key_fingerprint,
            antom.fingerprint(),
            "{label}"
        );
        assert!(summary.client_id_hint.contains('…'));
        assert_ne!(summary.client_id_hint, sandbox.keys.client_id);
        let test = h
            .console
            .profile_test_connection(ProfileRef {
                id: summary.id.clone(),
            })
            .await
            .unwrap();
        assert_eq!(
            test.verdict,
            ConnectionVerdict::Ok,
            "{label}: {}",
            test.message
        );
    }
    let list = h.console.profiles_list(NoArgs {}).await.unwrap();
    assert_eq!(list.profiles.len(), 4);
    assert_eq!(
        list.active_id.as_deref(),
        Some(list.profiles[0].id.as_str())
    );
    for p in list.profiles {
        h.console
            .profile_remove(ProfileRef { id: p.id })
            .await
            .unwrap();
    }
    sandbox.shutdown().await;
}

#[tokio::test]
async fn wrong_or_mismatched_keys_and_client_ids_are_refused_and_nothing_is_stored() {
    let sandbox = start_sandbox().await;
    let h = Harness::new();
    let merchant = sandbox.keys.merchant_private.clone().unwrap();
    let refused = |e: &console::IpcError, needle: &str| {
        assert_eq!(e.code, ErrorCode::Validation, "{e}");
        assert!(e.message.contains(needle), "{needle}: {}", e.message);
    };
    let mut own_public = profile_for(&sandbox, "a");
    own_public.antom_public_key = merchant.public_key().to_spki_pem();
    refused(
        &h.console.profile_create(own_public).await.unwrap_err(),
        "public half of your merchant key",
    );
    let mut public_as_private = profile_for(&sandbox, "b");
    public_as_private.merchant_private_key = sandbox.keys.antom_public.to_spki_pem();
    refused(
        &h.console
            .profile_create(public_as_private)
            .await
            .unwrap_err(),
        "merchant private key",
    );
    let mut garbage = profile_for(&sandbox, "c");
    garbage.antom_public_key =
        base64::engine::general_purpose::STANDARD.encode(b"not a key at all");
    refused(
        &h.console.profile_create(garbage).await.unwrap_err(),
        "Antom public key",
    );
    let mut sandbox_id_in_production = profile_for(&sandbox, "d");
    sandbox_id_in_production.environment = Environment::Production;
    sandbox_id_in_production.gateway = GatewayChoice::Asia;
    refused(
        &h.console
            .profile_create(sandbox_id_in_production)
            .await
            .unwrap_err(),
        "SANDBOX_",
    );
    let mut production_id_in_sandbox = profile_for(&sandbox, "e");
    production_id_in_sandbox.gateway = GatewayChoice::Europe;
    production_id_in_sandbox.client_id = "2YA3SL9K0001LIVE".into();
    refused(
        &h.console
            .profile_create(production_id_in_sandbox)
            .await
            .unwrap_err(),
        "start with SANDBOX_",
    );
    let mut bad_zone = profile_for(&sandbox, "f");
    bad_zone.time_zone = Some("Mars/Olympus".into());
    refused(
        &h.console.profile_create(bad_zone).await.unwrap_err(),
        "IANA",
    );
    assert!(h
        .console
        .profiles_list(NoArgs {})
        .await
        .unwrap()
        .profiles
        .is_empty());
    h.console
        .profile_create(profile_for(&sandbox, "Same"))
        .await
        .unwrap();
    let dup = h
        .console
        .profile_create(profile_for(&sandbox, "same"))
        .await
        .unwrap_err();
    assert_eq!(dup.code, ErrorCode::Conflict);
    let list = h.console.profiles_list(NoArgs {}).await.unwrap();
    assert_eq!(list.profiles.len(), 1);
    h.console
        .profile_remove(ProfileRef {
            id: list.profiles[0].id.clone(),
        })
        .await
        .unwrap();
    sandbox.shutdown().await;
}

#[tokio::test]
async fn connection_test_tells_which_side_is_wrong() {
    let sandbox = start_sandbox().await;
    let other = antom::generate_rsa_2048().unwrap();
    let h = Harness::new();
    let mut wrong_antom = profile_for(&sandbox, "wrong antom key");
    wrong_antom.antom_public_key = other.public_key().to_spki_pem();
    let mut wrong_merchant = profile_for(&sandbox, "wrong merchant key");
    wrong_merchant.merchant_private_key = other.to_pkcs8_pem().to_string();
    let mut wrong_client = profile_for(&sandbox, "wrong client id");
    wrong_client.client_id = "SANDBOX_NOTTHISONE0000".into();
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed_port = closed.local_addr().unwrap().port();
    drop(closed);
    let mut closed_port_profile = profile_for(&sandbox, "closed port");
    closed_port_profile.gateway = GatewayChoice::Custom(format!("http://127.0.0.1:{closed_port}"));
    for (new, want) in [
        (wrong_antom, ConnectionVerdict::ResponseSignatureInvalid),
        (wrong_merchant, ConnectionVerdict::SignatureRejected),
        (wrong_client, ConnectionVerdict::SignatureRejected),
        (closed_port_profile, ConnectionVerdict::NetworkFailure),
    ] {
        let name = new.name.clone();
        let p = h.console.profile_create(new).await.unwrap();
        let test = h
            .console
            .profile_test_connection(ProfileRef { id: p.id.clone() })
            .await
            .unwrap();
        assert_eq!(test.verdict, want, "{name}: {}", test.message);
        assert!(
            !test.message.contains(&sandbox.keys.client_id),
            "{name}: message leaks the client id"
        );
        h.console
            .profile_remove(ProfileRef { id: p.id })
            .await
            .unwrap();
    }
    sandbox.shutdown().await;
}

#[tokio::test]
async fn removing_a_profile_deletes_its_keychain_entries_and_cache_files() {
    let sandbox = start_sandbox().await;
    let h = Harness::new();
    let p = h
        .console
        .profile_create(profile_for(&sandbox, "gone soon"))
        .await
        .unwrap();
    h.console.pin_profile(&p.id).await.unwrap();
    h.console.payments_count(Default::default()).await.unwrap();
    let cache_dir = h.dir.path().join("cache");
    assert!(std::fs::read_dir(&cache_dir).unwrap().count() > 0);
    let keychain = console::Keychain::default();
    let account = console::secrets::account(
        &p.id,
        Environment::Sandbox,
        console::secrets::SecretKind::ClientId,
    );
    assert_eq!(
        keychain.get(&account).unwrap().as_deref(),
        Some(sandbox.keys.client_id.as_str())
    );
    let list = h
        .console
        .profile_remove(ProfileRef { id: p.id.clone() })
        .await
        .unwrap();
    assert!(list.profiles.is_empty() && list.active_id.is_none());
    for kind in console::secrets::SecretKind::ALL {
        let account = console::secrets::account(&p.id, Environment::Sandbox, kind);
        assert_eq!(keychain.get(&account).unwrap(), None);
    }
    let left: Vec<_> = std::fs::read_dir(&cache_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "{left:?}");
    sandbox.shutdown().await;
}
