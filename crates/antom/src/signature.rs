//! Antom's message signatures: the content to be signed, the `signature` header (parse/format),
//! signing, and verification of responses and notifications over raw bytes. Never parses JSON.

use std::fmt;
use std::str::FromStr;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;

use crate::error::{HeaderError, SignError, VerifyError};
use crate::keys::{PrivateKey, PublicKey};

/// The only algorithm Antom uses: SHA256withRSA, PKCS#1 v1.5.
pub const ALGORITHM: &str = "RSA256";
/// Longest `signature` header value accepted (an 8192-bit signature is ~1.4 KB encoded).
const MAX_HEADER_LEN: usize = 4096;

/// `METHOD PATH\nCLIENT_ID.REQUEST_TIME.BODY` over the exact bytes; an empty body keeps the dot.
pub fn sign_content(
    method: &str,
    path: &str,
    client_id: &str,
    request_time: &str,
    body: &[u8],
) -> Vec<u8> {
    let mut out = Vec::with_capacity(
        method.len() + path.len() + client_id.len() + request_time.len() + body.len() + 4,
    );
    out.extend_from_slice(method.as_bytes());
    out.push(b' ');
    out.extend_from_slice(path.as_bytes());
    out.push(b'\n');
    out.extend_from_slice(client_id.as_bytes());
    out.push(b'.');
    out.extend_from_slice(request_time.as_bytes());
    out.push(b'.');
    out.extend_from_slice(body);
    out
}

/// A parsed `signature` header: `algorithm=RSA256,keyVersion=N,signature=<url-encoded base64>`.
#[derive(Clone, PartialEq, Eq)]
pub struct SignatureHeader {
    /// `None` when the header has no keyVersion (Antom defaults to the latest).
    pub key_version: Option<u32>,
    /// The raw RSA signature bytes (after URL- and base64-decoding).
    pub signature: Vec<u8>,
}

impl SignatureHeader {
    /// Parses tolerantly where it does not matter (spaces after commas, key order, either hex
    /// case in %-escapes) and strictly where it does (algorithm, base64, duplicates).
    pub fn parse(value: &str) -> Result<SignatureHeader, HeaderError> {
        if value.len() > MAX_HEADER_LEN {
            return Err(HeaderError::TooLong(value.len()));
        }
        if value.trim().is_empty() {
            return Err(HeaderError::Empty);
        }
        let mut algorithm: Option<&str> = None;
        let mut key_version: Option<&str> = None;
        let mut signature: Option<&str> = None;
        for part in value.split(',') {
            let part = part.trim();
            if part.is_empty() {
                continue;
            }
            let (key, val) = part
                .split_once('=')
                .ok_or_else(|| HeaderError::MalformedPart(truncate(part)))?;
            let slot = match key.trim() {
                "algorithm" => &mut algorithm,
                "keyVersion" => &mut key_version,
                "signature" => &mut signature,
                _ => continue,
            };
            if slot.is_some() {
                return Err(HeaderError::DuplicateKey(key.trim().to_owned()));
            }
            *slot = Some(val.trim());
        }
        match algorithm {
            None => return Err(HeaderError::MissingAlgorithm),
            Some(ALGORITHM) => {}
            Some(other) => return Err(HeaderError::UnsupportedAlgorithm(truncate(other))),
        }
        let key_version = key_version
            .map(|v| {
                v.parse::<u32>()
                    .map_err(|_| HeaderError::InvalidKeyVersion(truncate(v)))
            })
            .transpose()?;
        let encoded = signature.ok_or(HeaderError::MissingSignature)?;
        if encoded.is_empty() {
            return Err(HeaderError::EmptySignature);
        }
        let b64 = url_decode(encoded)?;
        if b64.contains(&b' ') {
            return Err(HeaderError::NotBase64(
                " (a raw `+` must be sent URL-encoded as %2B)",
            ));
        }
        let signature = STANDARD
            .decode(&b64)
            .map_err(|_| HeaderError::NotBase64(""))?;
        if signature.is_empty() {
            return Err(HeaderError::EmptySignature);
        }
        Ok(SignatureHeader {
            key_version,
            signature,
        })
    }

    /// Standard base64 of the signature (no URL encoding).
    pub fn signature_base64(&self) -> String {
        STANDARD.encode(&self.signature)
    }

    /// The header value as the official SDKs write it (no spaces, upper-case escapes).
    pub fn to_header_value(&self) -> String {
        let encoded = url_encode_base64(&self.signature_base64());
        match self.key_version {
            Some(v) => format!("algorithm={ALGORITHM},keyVersion={v},signature={encoded}"),
            None => format!("algorithm={ALGORITHM},signature={encoded}"),
        }
    }
}

impl fmt::Display for SignatureHeader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_header_value())
    }
}

impl fmt::Debug for SignatureHeader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_header_value())
    }
}

impl FromStr for SignatureHeader {
    type Err = HeaderError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SignatureHeader::parse(s)
    }
}

/// Signs `content` (see [`sign_content`]) and returns the header to send.
pub fn sign(
    key: &PrivateKey,
    key_version: u32,
    content: &[u8],
) -> Result<SignatureHeader, SignError> {
    Ok(SignatureHeader {
        key_version: Some(key_version),
        signature: key.sign(content)?,
    })
}

/// Checks `header` against `content` with `key`.
pub fn verify(
    key: &PublicKey,
    content: &[u8],
    header: &SignatureHeader,
) -> Result<(), VerifyError> {
    let expected = key.signature_len();
    if header.signature.len() != expected {
        return Err(VerifyError::SignatureLength {
            expected,
            found: header.signature.len(),
        });
    }
    if key.verify(content, &header.signature) {
        Ok(())
    } else {
        Err(VerifyError::Mismatch)
    }
}

/// Case-insensitive access to HTTP headers, whatever type holds them.
pub trait HeaderSource {
    /// Every value of the header `name` (lower-case), in order.
    fn header_values(&self, name: &str) -> Vec<&str>;
}

impl HeaderSource for reqwest::header::HeaderMap {
    fn header_values(&self, name: &str) -> Vec<&str> {
        self.get_all(name)
            .iter()
            // A value that is not visible ASCII cannot be a valid header of ours; an empty
            // string makes the caller report it as empty rather than missing.
            .map(|v| v.to_str().unwrap_or(""))
            .collect()
    }
}

impl<K: AsRef<str>, V: AsRef<str>> HeaderSource for [(K, V)] {
    fn header_values(&self, name: &str) -> Vec<&str> {
        self.iter()
            .filter(|(k, _)| k.as_ref().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_ref())
            .collect()
    }
}

impl<K: AsRef<str>, V: AsRef<str>> HeaderSource for Vec<(K, V)> {
    fn header_values(&self, name: &str) -> Vec<&str> {
        self.as_slice().header_values(name)
    }
}

fn one_header<'a, H: HeaderSource + ?Sized>(
    headers: &'a H,
    name: &'static str,
) -> Result<&'a str, VerifyError> {
    let values = headers.header_values(name);
    match values.as_slice() {
        [] => Err(VerifyError::MissingHeader(name)),
        [v] if v.trim().is_empty() => Err(VerifyError::EmptyHeader(name)),
        [v] => Ok(v.trim()),
        _ => Err(VerifyError::DuplicateHeader(name)),
    }
}

/// Verifies a signed message from Antom whose time header is `time_header`.
fn verify_inbound<H: HeaderSource + ?Sized>(
    key: &PublicKey,
    path: &str,
    expected_client_id: &str,
    time_header: &'static str,
    headers: &H,
    body: &[u8],
) -> Result<(), VerifyError> {
    let signature = SignatureHeader::parse(one_header(headers, "signature")?)?;
    let client_id = one_header(headers, "client-id")?;
    let time = one_header(headers, time_header)?;
    if client_id != expected_client_id {
        return Err(VerifyError::ClientIdMismatch {
            expected: expected_client_id.to_owned(),
            found: client_id.to_owned(),
        });
    }
    verify(
        key,
        &sign_content("POST", path, client_id, time, body),
        &signature,
    )
}

/// Verifies an API response over its raw body, before any parsing: content
/// `POST <request path>\n<client-id>.<response-time>.<body>`. Fails closed when a header is
/// missing, empty or repeated, or when the response's client-id is not ours.
pub fn verify_response<H: HeaderSource + ?Sized>(
    antom_key: &PublicKey,
    request_path: &str,
    expected_client_id: &str,
    headers: &H,
    body: &[u8],
) -> Result<(), VerifyError> {
    verify_inbound(
        antom_key,
        request_path,
        expected_client_id,
        "response-time",
        headers,
        body,
    )
}

/// Verifies a notification over its raw body: content
/// `POST <your endpoint path>\n<client-id>.<request-time>.<body>`. Same strictness as responses.
pub fn verify_notification<H: HeaderSource + ?Sized>(
    antom_key: &PublicKey,
    endpoint_path: &str,
    expected_client_id: &str,
    headers: &H,
    body: &[u8],
) -> Result<(), VerifyError> {
    verify_inbound(
        antom_key,
        endpoint_path,
        expected_client_id,
        "request-time",
        headers,
        body,
    )
}

/// SHA-256 of `bytes` (for showing what was signed).
pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, bytes);
    let mut out = [0u8; 32];
    out.copy_from_slice(digest.as_ref());
    out
}

/// Form-URL-encodes standard base64 the way every official SDK does (`%2B %2F %3D`).
pub fn url_encode_base64(b64: &str) -> String {
    let mut out = String::with_capacity(b64.len() + 32);
    for c in b64.chars() {
        match c {
            '+' => out.push_str("%2B"),
            '/' => out.push_str("%2F"),
            '=' => out.push_str("%3D"),
            c => out.push(c),
        }
    }
    out
}

/// Form-URL-decodes (`%XX` in either case, `+` as space as the SDKs do).
fn url_decode(s: &str) -> Result<Vec<u8>, HeaderError> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hi = bytes.get(i + 1).and_then(|b| hex_digit(*b));
                let lo = bytes.get(i + 2).and_then(|b| hex_digit(*b));
                match (hi, lo) {
                    (Some(h), Some(l)) => out.push(h << 4 | l),
                    _ => return Err(HeaderError::BadPercentEncoding),
                }
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    Ok(out)
}

fn hex_digit(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

fn truncate(s: &str) -> String {
    s.chars().take(40).collect()
}

/// Shows bytes with every invisible character escaped: `\n`, `\r`, `\t`, `\\`, `\xNN` for bytes
/// that are not UTF-8 or are control characters, `\u{..}` for non-ASCII and invisible characters.
pub fn escape_visible(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 16);
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\\' => out.push_str("\\\\"),
                ' '..='~' => out.push(c),
                c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02X}", c as u32)),
                c => out.push_str(&format!("\\u{{{:X}}}", c as u32)),
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const SIG_B64: &str = "AAECAwQFBgcICQoLDA0ODw+/+w==";

    fn bytes() -> Vec<u8> {
        STANDARD.decode(SIG_B64).unwrap()
    }

    #[test]
    fn content_has_exact_layout() {
        assert_eq!(
            sign_content("POST", "/ams/api/v1/payments/cancel", "C", "1", b""),
            b"POST /ams/api/v1/payments/cancel\nC.1.".to_vec()
        );
    }

    #[test]
    fn header_round_trips() {
        let h = SignatureHeader {
            key_version: Some(1),
            signature: bytes(),
        };
        let text = h.to_header_value();
        assert_eq!(
            text,
            "algorithm=RSA256,keyVersion=1,signature=AAECAwQFBgcICQoLDA0ODw%2B%2F%2Bw%3D%3D"
        );
        assert_eq!(SignatureHeader::parse(&text).unwrap(), h);
    }

    #[test]
    fn header_parse_is_tolerant_where_harmless() {
        for value in [
            "algorithm=RSA256, keyVersion=1, signature=AAECAwQFBgcICQoLDA0ODw%2b%2f%2bw%3d%3d",
            "signature=AAECAwQFBgcICQoLDA0ODw%2B%2F%2Bw%3D%3D,keyVersion=1,algorithm=RSA256",
            " keyVersion = 1 ,algorithm=RSA256,signature=AAECAwQFBgcICQoLDA0ODw%2B/%2Bw==,",
        ] {
            let h = SignatureHeader::parse(value).unwrap();
            assert_eq!(h.signature, bytes(), "{value}");
            assert_eq!(h.key_version, Some(1));
        }
        let no_version = SignatureHeader::parse(
            "algorithm=RSA256,signature=AAECAwQFBgcICQoLDA0ODw%2B%2F%2Bw%3D%3D",
        )
        .unwrap();
        assert_eq!(no_version.key_version, None);
    }

    #[test]
    fn header_parse_is_strict_where_it_matters() {
        let sig = "signature=AAECAwQFBgcICQoLDA0ODw%2B%2F%2Bw%3D%3D";
        let cases: Vec<(String, HeaderError)> = vec![
            ("".into(), HeaderError::Empty),
            (format!("keyVersion=1,{sig}"), HeaderError::MissingAlgorithm),
            (
                format!("algorithm=RSA,{sig}"),
                HeaderError::UnsupportedAlgorithm("RSA".into()),
            ),
            (
                format!("algorithm=rsa256,{sig}"),
                HeaderError::UnsupportedAlgorithm("rsa256".into()),
            ),
            (
                "algorithm=RSA256,keyVersion=1".into(),
                HeaderError::MissingSignature,
            ),
            (
                "algorithm=RSA256,signature=".into(),
                HeaderError::EmptySignature,
            ),
            (
                format!("algorithm=RSA256,keyVersion=x,{sig}"),
                HeaderError::InvalidKeyVersion("x".into()),
            ),
            (
                format!("algorithm=RSA256,{sig},{sig}"),
                HeaderError::DuplicateKey("signature".into()),
            ),
            (
                "algorithm=RSA256,signature=AAEC%2".into(),
                HeaderError::BadPercentEncoding,
            ),
            (
                "algorithm=RSA256,signature=AAEC%zz".into(),
                HeaderError::BadPercentEncoding,
            ),
            (
                "algorithm=RSA256,signature=AAECAwQFBgcICQoLDA0ODw+/+w==".into(),
                HeaderError::NotBase64(" (a raw `+` must be sent URL-encoded as %2B)"),
            ),
            (
                "algorithm=RSA256,signature=@@@@".into(),
                HeaderError::NotBase64(""),
            ),
            (
                "algorithm=RSA256,signature=AAE".into(),
                HeaderError::NotBase64(""),
            ),
            (
                format!("algorithm=RSA256 {sig}"),
                HeaderError::UnsupportedAlgorithm(
                    "RSA256 signature=AAECAwQFBgcICQoLDA0ODw%".into(),
                ),
            ),
            (
                format!("RSA256,{sig}"),
                HeaderError::MalformedPart("RSA256".into()),
            ),
            ("x".repeat(5000), HeaderError::TooLong(5000)),
        ];
        for (value, want) in cases {
            assert_eq!(SignatureHeader::parse(&value), Err(want), "{value}");
        }
    }

    #[test]
    fn escapes_are_visible() {
        assert_eq!(
            escape_visible("a\nb\t\\ é\u{200b}\u{7}".as_bytes()),
            "a\\nb\\t\\\\ \\u{E9}\\u{200B}\\x07"
        );
        assert_eq!(escape_visible(&[b'x', 0xff, b'y']), "x\\xFFy");
    }

    #[test]
    fn header_sources_are_case_insensitive() {
        let headers = vec![("Signature", "a"), ("CLIENT-ID", "b")];
        assert_eq!(headers.header_values("signature"), vec!["a"]);
        assert_eq!(one_header(&headers, "client-id"), Ok("b"));
        assert_eq!(
            one_header(&headers, "request-time"),
            Err(VerifyError::MissingHeader("request-time"))
        );
        let dup = vec![("client-id", "a"), ("Client-Id", "b")];
        assert_eq!(
            one_header(&dup, "client-id"),
            Err(VerifyError::DuplicateHeader("client-id"))
        );
        let empty = vec![("client-id", " ")];
        assert_eq!(
            one_header(&empty, "client-id"),
            Err(VerifyError::EmptyHeader("client-id"))
        );
    }

    proptest! {
        #[test]
        fn header_parse_never_panics(s in "\\PC{0,200}") {
            let _ = SignatureHeader::parse(&s);
        }

        #[test]
        fn header_parse_never_panics_on_near_misses(
            parts in prop::collection::vec(
                prop_oneof![
                    Just("algorithm=RSA256".to_owned()),
                    Just("keyVersion=1".to_owned()),
                    "signature=[A-Za-z0-9%+/=]{0,24}",
                    "[a-zA-Z]{0,10}=[ -~]{0,12}",
                    "[ -~]{0,12}",
                ],
                0..6,
            ),
            sep in prop_oneof![Just(","), Just(", "), Just(" ,")],
        ) {
            let _ = SignatureHeader::parse(&parts.join(sep));
        }

        #[test]
        fn header_format_parse_round_trips(
            sig in prop::collection::vec(any::<u8>(), 1..300),
            version in proptest::option::of(any::<u32>()),
        ) {
            let h = SignatureHeader { key_version: version, signature: sig };
            prop_assert_eq!(SignatureHeader::parse(&h.to_header_value()), Ok(h.clone()));
            let spaced = h.to_header_value().replace(',', ", ")
                .replace("%2B", "%2b").replace("%2F", "%2f").replace("%3D", "%3d");
            prop_assert_eq!(SignatureHeader::parse(&spaced), Ok(h));
        }

        #[test]
        fn escape_visible_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
            let shown = escape_visible(&bytes);
            prop_assert!(shown.chars().all(|c| (' '..='~').contains(&c)));
        }
    }
}
