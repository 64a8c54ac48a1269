//! `antomctl sign` / `verify` as scripts use them: the built binary against the shared vectors,
//! checking output and the exit-code contract (0 valid, 1 invalid, 2 unusable input).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn shared(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/antom")
        .join(relative)
}

fn vectors() -> Vec<Value> {
    let text = std::fs::read_to_string(shared("vectors/sign_vectors.json")).unwrap();
    serde_json::from_str::<Value>(&text).unwrap()["cases"]
        .as_array()
        .unwrap()
        .clone()
}

fn key(owner: &str, name: &str) -> String {
    let text = std::fs::read_to_string(shared("vectors/keys.json")).unwrap();
    serde_json::from_str::<Value>(&text).unwrap()["keys"][owner][name]
        .as_str()
        .unwrap()
        .to_owned()
}

fn s<'a>(v: &'a Value, field: &str) -> &'a str {
    v[field].as_str().unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_antomctl"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The binary may exit before reading stdin (unusable input); a broken pipe is expected then.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn sign_reproduces_every_vector() {
    let dir = tempfile::tempdir().unwrap();
    let private = write(
        dir.path(),
        "merchant.pem",
        key("merchant", "private_key_pkcs8_pem").as_bytes(),
    );
    for case in vectors() {
        let expected = s(&case, "signature_header");
        let version = if expected.contains("keyVersion=2") {
            "2"
        } else {
            "1"
        };
        let body = write(dir.path(), "body", s(&case, "body").as_bytes());
        let out = run(
            &[
                "sign",
                "--private-key",
                private.to_str().unwrap(),
                "--client-id",
                s(&case, "client_id"),
                "--request-time",
                s(&case, "request_time"),
                "--path",
                s(&case, "path"),
                "--method",
                s(&case, "method"),
                "--key-version",
                version,
                "--body-file",
                body.to_str().unwrap(),
            ],
            b"",
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: {}",
            s(&case, "id"),
            stderr(&out)
        );
        assert_eq!(stdout(&out), format!("{expected}\n"), "{}", s(&case, "id"));
    }
}

#[test]
fn sign_reads_the_body_from_stdin_and_explains() {
    let case = &vectors()[0];
    let dir = tempfile::tempdir().unwrap();
    let private = write(
        dir.path(),
        "merchant.txt",
        key("merchant", "private_key_pkcs8_base64_oneline").as_bytes(),
    );
    let out = run(
        &[
            "sign",
            "--private-key",
            private.to_str().unwrap(),
            "--client-id",
            s(case, "client_id"),
            "--request-time",
            s(case, "request_time"),
            "--path",
            s(case, "path"),
            "--explain",
        ],
        s(case, "body").as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim_end(), s(case, "signature_header"));
    let explained = stderr(&out);
    let first_line = format!("POST {}\\n{}.", s(case, "path"), s(case, "client_id"));
    assert!(explained.contains(&first_line), "{explained}");
    assert!(
        explained.contains(s(case, "content_to_be_signed_utf8_sha256")),
        "{explained}"
    );
}

#[test]
fn verify_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let public = write(
        dir.path(),
        "pub.pem",
        key("merchant", "public_key_spki_pem").as_bytes(),
    );
    let unrelated = write(
        dir.path(),
        "other.pem",
        key("unrelated", "public_key_spki_pem").as_bytes(),
    );
    let private = write(
        dir.path(),
        "priv.pem",
        key("merchant", "private_key_pkcs8_pem").as_bytes(),
    );
    for case in vectors() {
        let body = write(dir.path(), "body", s(&case, "body").as_bytes());
        let verify = |key: &Path, time: &str, header: &str| {
            run(
                &[
                    "verify",
                    "--public-key",
                    key.to_str().unwrap(),
                    "--client-id",
                    s(&case, "client_id"),
                    "--request-time",
                    time,
                    "--path",
                    s(&case, "path"),
                    "--signature",
                    header,
                    "--body-file",
                    body.to_str().unwrap(),
                ],
                b"",
            )
        };
        let id = s(&case, "id");
        let header = s(&case, "signature_header");
        let time = s(&case, "request_time");

        let ok = verify(&public, time, header);
        assert_eq!(ok.status.code(), Some(0), "{id}: {}", stdout(&ok));
        assert_eq!(stdout(&ok), "valid\n");

        let tampered = verify(&public, &format!("{time}1"), header);
        assert_eq!(tampered.status.code(), Some(1), "{id}");
        assert!(
            stdout(&tampered).starts_with("invalid: signature does not match"),
            "{id}"
        );

        let wrong_key = verify(&unrelated, time, header);
        assert_eq!(wrong_key.status.code(), Some(1), "{id}");

        let garbage = verify(&public, time, "algorithm=RSA256,signature=%%%");
        assert_eq!(garbage.status.code(), Some(1), "{id}");
        assert!(
            stdout(&garbage).starts_with("invalid: signature header"),
            "{id}"
        );

        let given_private = verify(&private, time, header);
        assert_eq!(given_private.status.code(), Some(2), "{id}");
        assert!(stderr(&given_private).contains("private key was given where a public key"));

        let missing = verify(&dir.path().join("nope.pem"), time, header);
        assert_eq!(missing.status.code(), Some(2), "{id}");
        assert!(stderr(&missing).contains("cannot read public key file"));
    }
}

#[test]
fn verify_explain_shows_escapes() {
    let case = vectors()
        .into_iter()
        .find(|c| s(c, "id").starts_with("sign-05"))
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let public = write(
        dir.path(),
        "pub.pem",
        key("merchant", "public_key_spki_pem").as_bytes(),
    );
    let out = run(
        &[
            "verify",
            "--public-key",
            public.to_str().unwrap(),
            "--client-id",
            s(&case, "client_id"),
            "--request-time",
            s(&case, "request_time"),
            "--path",
            s(&case, "path"),
            "--signature",
            s(&case, "signature_header"),
            "--explain",
        ],
        s(&case, "body").as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("{\\n   \"captureRequestId\""),
        "{}",
        stderr(&out)
    );
}

#[test]
fn unusable_inputs_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let public = write(
        dir.path(),
        "pub.pem",
        key("merchant", "public_key_spki_pem").as_bytes(),
    );
    let private = write(
        dir.path(),
        "priv.pem",
        key("merchant", "private_key_pkcs1_pem").as_bytes(),
    );
    let junk = write(dir.path(), "junk.pem", b"not a key");

    let sign = |key: &Path, path: &str| {
        run(
            &[
                "sign",
                "--private-key",
                key.to_str().unwrap(),
                "--client-id",
                "C",
                "--request-time",
                "1",
                "--path",
                path,
            ],
            b"{}",
        )
    };
    let with_public = sign(&public, "/p");
    assert_eq!(with_public.status.code(), Some(2));
    assert!(stderr(&with_public).contains("public key was given where a private key"));
    assert_eq!(sign(&junk, "/p").status.code(), Some(2));
    let no_slash = sign(&private, "ams/api");
    assert_eq!(no_slash.status.code(), Some(2));
    assert!(stderr(&no_slash).contains("--path must start with `/`"));
    assert_eq!(sign(&private, "/p").status.code(), Some(0));
    let missing_arg = run(&["verify", "--public-key", public.to_str().unwrap()], b"");
    assert_eq!(missing_arg.status.code(), Some(2));
    let newline = run(
        &[
            "sign",
            "--private-key",
            private.to_str().unwrap(),
            "--client-id",
            "C\n",
            "--request-time",
            "1",
            "--path",
            "/p",
        ],
        b"",
    );
    assert_eq!(newline.status.code(), Some(2));
    assert!(stderr(&newline).contains("C\\n"), "{}", stderr(&newline));
}
