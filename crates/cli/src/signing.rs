//! `antomctl sign` and `antomctl verify`: read keys, body and fields, sign or verify, explain.
//! Exit codes are the contract: 0 done/valid, 1 invalid signature, 2 unusable input.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use antom::signature::{escape_visible, sign_content, SignatureHeader};
use antom::{PrivateKey, PublicKey};
use clap::Args;

/// Shared fields of the content to be signed.
#[derive(Args, Debug)]
pub struct ContentArgs {
    /// Client ID as sent in the `client-id` header.
    #[arg(long)]
    client_id: String,
    /// The `request-time` (or `response-time`) header value, exactly as sent.
    #[arg(long)]
    request_time: String,
    /// Request path as sent, e.g. /ams/sandbox/api/v1/payments/capture.
    #[arg(long)]
    path: String,
    /// HTTP method.
    #[arg(long, default_value = "POST")]
    method: String,
    /// File holding the exact body bytes; stdin when absent.
    #[arg(long)]
    body_file: Option<PathBuf>,
    /// Print the exact content signed or verified (escapes visible) to stderr.
    #[arg(long)]
    explain: bool,
}

#[derive(Args, Debug)]
pub struct SignArgs {
    /// Merchant private key: PKCS#8 or PKCS#1 PEM, one-line base64, or DER.
    #[arg(long)]
    private_key: PathBuf,
    /// keyVersion to put in the header.
    #[arg(long, default_value_t = 1)]
    key_version: u32,
    #[command(flatten)]
    content: ContentArgs,
}

#[derive(Args, Debug)]
pub struct VerifyArgs {
    /// Public key of the signer: SPKI or PKCS#1 PEM, one-line base64, or DER.
    #[arg(long)]
    public_key: PathBuf,
    /// The `signature` header value to check.
    #[arg(long)]
    signature: String,
    #[command(flatten)]
    content: ContentArgs,
}

/// Signs and prints the header value. Errors are unusable inputs (exit 2).
pub fn sign(args: &SignArgs) -> Result<ExitCode, String> {
    let key_bytes = read_file(&args.private_key, "private key")?;
    let key = match std::str::from_utf8(&key_bytes) {
        Ok(text) => PrivateKey::from_text(text),
        Err(_) => PrivateKey::from_der(&key_bytes),
    }
    .map_err(|e| format!("private key {}: {e}", args.private_key.display()))?;
    let content = build_content(&args.content)?;
    let header = antom::sign(&key, args.key_version, &content).map_err(|e| e.to_string())?;
    if args.content.explain {
        explain(&content, &format!("signed with key {}", key.fingerprint()));
    }
    println!("{}", header.to_header_value());
    Ok(ExitCode::SUCCESS)
}

/// Verifies and prints `valid` or `invalid: <reason>`.
pub fn verify(args: &VerifyArgs) -> Result<ExitCode, String> {
    let key_bytes = read_file(&args.public_key, "public key")?;
    let key = match std::str::from_utf8(&key_bytes) {
        Ok(text) => PublicKey::from_text(text),
        Err(_) => PublicKey::from_der(&key_bytes),
    }
    .map_err(|e| format!("public key {}: {e}", args.public_key.display()))?;
    let content = build_content(&args.content)?;
    if args.content.explain {
        explain(
            &content,
            &format!("verified with key {}", key.fingerprint()),
        );
    }
    let result = SignatureHeader::parse(&args.signature)
        .map_err(antom::VerifyError::from)
        .and_then(|header| antom::verify(&key, &content, &header));
    match result {
        Ok(()) => {
            println!("valid");
            Ok(ExitCode::SUCCESS)
        }
        Err(reason) => {
            println!("invalid: {reason}");
            Ok(ExitCode::from(1))
        }
    }
}

fn build_content(args: &ContentArgs) -> Result<Vec<u8>, String> {
    let fields = [
        ("--method", &args.method),
        ("--path", &args.path),
        ("--client-id", &args.client_id),
        ("--request-time", &args.request_time),
    ];
    for (name, value) in fields {
        if value.is_empty() {
            return Err(format!("{name} is empty"));
        }
        if value.chars().any(char::is_control) {
            return Err(format!(
                "{name} contains a control character: {}",
                escape_visible(value.as_bytes())
            ));
        }
    }
    if args.method.contains(' ') {
        return Err("--method must be a single word such as POST".to_owned());
    }
    if !args.path.starts_with('/') {
        return Err(format!("--path must start with `/` (got `{}`)", args.path));
    }
    let body = match &args.body_file {
        Some(path) => read_file(path, "body")?,
        None => {
            let mut body = Vec::new();
            std::io::stdin()
                .read_to_end(&mut body)
                .map_err(|e| format!("cannot read the body from stdin: {e}"))?;
            body
        }
    };
    Ok(sign_content(
        &args.method,
        &args.path,
        &args.client_id,
        &args.request_time,
        &body,
    ))
}

fn read_file(path: &Path, what: &str) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {what} file {}: {e}", path.display()))
}

fn explain(content: &[u8], key_note: &str) {
    let digest = sha256_hex(content);
    let mut err = std::io::stderr().lock();
    // Explanations are best effort: a closed stderr must not change the exit code.
    let _ = writeln!(err, "content ({} bytes, escapes visible):", content.len());
    let _ = writeln!(err, "{}", escape_visible(content));
    let _ = writeln!(err, "sha256: {digest}");
    let _ = writeln!(err, "{key_note}");
}

fn sha256_hex(content: &[u8]) -> String {
    hex::encode(antom::signature::sha256(content))
}
