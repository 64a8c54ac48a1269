//! RSA keys: every encoding merchants meet, normalised with `rsa`; sign/verify with aws-lc-rs.
//! Must never run a private-key operation through `rsa` (not constant-time, RUSTSEC-2023-0071).

use std::fmt;

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{self as lc, ParsedPublicKey, RsaKeyPair};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use rsa::pkcs1::{DecodeRsaPrivateKey, DecodeRsaPublicKey};
use rsa::pkcs8::spki::SubjectPublicKeyInfoRef;
use rsa::pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey};
use rsa::traits::PublicKeyParts;
use rsa::{RsaPrivateKey, RsaPublicKey};
use zeroize::Zeroizing;

use crate::error::{KeyError, SignError};

const RSA_ENCRYPTION_OID: &str = "1.2.840.113549.1.1.1";
const MIN_BITS: usize = 2048;
const MAX_BITS: usize = 8192;

/// A merchant (or simulated Antom) private key, parsed once and held in memory.
/// The normalised PKCS#8 DER is zeroized on drop; aws-lc clears its own copy when freed.
pub struct PrivateKey {
    pkcs8: Zeroizing<Vec<u8>>,
    pair: RsaKeyPair,
    public: PublicKey,
    rng: SystemRandom,
}

/// A public key for verifying signatures, parsed once.
#[derive(Clone)]
pub struct PublicKey {
    spki: Vec<u8>,
    parsed: ParsedPublicKey,
    bits: usize,
}

/// What a piece of key text turned out to be before DER classification.
enum Armour {
    /// PEM with this label.
    Pem(String),
    /// Bare base64 (the Dashboard's one-line form) or raw DER.
    Bare,
}

impl PrivateKey {
    /// Reads PKCS#8 or PKCS#1 PEM, or the Dashboard's one-line base64 (whitespace ignored).
    pub fn from_text(text: &str) -> Result<PrivateKey, KeyError> {
        let (armour, der) = decode_text(text)?;
        if let Armour::Pem(label) = &armour {
            match label.as_str() {
                "PRIVATE KEY" | "RSA PRIVATE KEY" => {}
                "PUBLIC KEY" | "RSA PUBLIC KEY" => return Err(KeyError::PublicGivenForPrivate),
                other => return Err(pem_label_error(other)),
            }
        }
        PrivateKey::from_der(&der)
    }

    /// Reads PKCS#8 or PKCS#1 DER.
    pub fn from_der(der: &[u8]) -> Result<PrivateKey, KeyError> {
        if der.is_empty() {
            return Err(KeyError::Empty);
        }
        let key = if let Ok(info) = rsa::pkcs8::PrivateKeyInfo::try_from(der) {
            check_rsa_oid(&info.algorithm.oid.to_string())?;
            RsaPrivateKey::from_pkcs8_der(der).map_err(|e| KeyError::Malformed(e.to_string()))?
        } else if let Ok(key) = RsaPrivateKey::from_pkcs1_der(der) {
            key
        } else if looks_public(der) {
            return Err(KeyError::PublicGivenForPrivate);
        } else {
            return Err(KeyError::Malformed(
                "not a PKCS#8 or PKCS#1 RSA private key".to_owned(),
            ));
        };
        check_bits(key.n().bits())?;
        let pkcs8 = Zeroizing::new(
            key.to_pkcs8_der()
                .map_err(|e| KeyError::Rejected(e.to_string()))?
                .as_bytes()
                .to_vec(),
        );
        let spki = key
            .to_public_key()
            .to_public_key_der()
            .map_err(|e| KeyError::Rejected(e.to_string()))?;
        drop(key);
        let pair = RsaKeyPair::from_pkcs8(&pkcs8).map_err(|e| KeyError::Rejected(e.to_string()))?;
        let public = PublicKey::from_spki(spki.as_bytes().to_vec())?;
        Ok(PrivateKey {
            pkcs8,
            pair,
            public,
            rng: SystemRandom::new(),
        })
    }

    /// The matching public key.
    pub fn public_key(&self) -> &PublicKey {
        &self.public
    }

    /// Normalised PKCS#8 DER, for storing in a keychain.
    pub fn to_pkcs8_der(&self) -> &[u8] {
        &self.pkcs8
    }

    /// Normalised PKCS#8 as the Dashboard's one-line base64.
    pub fn to_pkcs8_base64(&self) -> Zeroizing<String> {
        Zeroizing::new(STANDARD.encode(&*self.pkcs8))
    }

    /// Normalised PKCS#8 PEM.
    pub fn to_pkcs8_pem(&self) -> Zeroizing<String> {
        Zeroizing::new(pem("PRIVATE KEY", &self.pkcs8))
    }

    pub fn bits(&self) -> usize {
        self.public.bits
    }

    /// SHA-256 of the public half's SPKI DER, lower-case hex.
    pub fn fingerprint(&self) -> String {
        self.public.fingerprint()
    }

    /// SHA256withRSA (PKCS#1 v1.5) over `content`, constant-time (aws-lc-rs).
    pub fn sign(&self, content: &[u8]) -> Result<Vec<u8>, SignError> {
        let mut sig = vec![0u8; self.pair.public_modulus_len()];
        self.pair
            .sign(&lc::RSA_PKCS1_SHA256, &self.rng, content, &mut sig)
            .map_err(|_| SignError::Provider)?;
        Ok(sig)
    }
}

impl fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PrivateKey")
            .field("bits", &self.bits())
            .field("fingerprint", &self.fingerprint())
            .finish_non_exhaustive()
    }
}

impl PublicKey {
    /// Reads SPKI or PKCS#1 PEM, or the Dashboard's one-line base64 (whitespace ignored).
    pub fn from_text(text: &str) -> Result<PublicKey, KeyError> {
        let (armour, der) = decode_text(text)?;
        if let Armour::Pem(label) = &armour {
            match label.as_str() {
                "PUBLIC KEY" | "RSA PUBLIC KEY" => {}
                "PRIVATE KEY" | "RSA PRIVATE KEY" => return Err(KeyError::PrivateGivenForPublic),
                other => return Err(pem_label_error(other)),
            }
        }
        PublicKey::from_der(&der)
    }

    /// Reads SPKI or PKCS#1 RSAPublicKey DER.
    pub fn from_der(der: &[u8]) -> Result<PublicKey, KeyError> {
        if der.is_empty() {
            return Err(KeyError::Empty);
        }
        let key = if let Ok(info) = SubjectPublicKeyInfoRef::try_from(der) {
            check_rsa_oid(&info.algorithm.oid.to_string())?;
            RsaPublicKey::from_public_key_der(der)
                .map_err(|e| KeyError::Malformed(e.to_string()))?
        } else if let Ok(key) = RsaPublicKey::from_pkcs1_der(der) {
            key
        } else if rsa::pkcs8::PrivateKeyInfo::try_from(der).is_ok()
            || RsaPrivateKey::from_pkcs1_der(der).is_ok()
        {
            return Err(KeyError::PrivateGivenForPublic);
        } else {
            return Err(KeyError::Malformed(
                "not an SPKI or PKCS#1 RSA public key".to_owned(),
            ));
        };
        check_bits(key.n().bits())?;
        let spki = key
            .to_public_key_der()
            .map_err(|e| KeyError::Rejected(e.to_string()))?;
        PublicKey::from_spki(spki.as_bytes().to_vec())
    }

    fn from_spki(spki: Vec<u8>) -> Result<PublicKey, KeyError> {
        let parsed = ParsedPublicKey::new(&lc::RSA_PKCS1_2048_8192_SHA256, &spki)
            .map_err(|e| KeyError::Rejected(e.to_string()))?;
        let bits = RsaPublicKey::from_public_key_der(&spki)
            .map_err(|e| KeyError::Rejected(e.to_string()))?
            .n()
            .bits();
        Ok(PublicKey { spki, parsed, bits })
    }

    /// Normalised SPKI DER.
    pub fn to_spki_der(&self) -> &[u8] {
        &self.spki
    }

    /// Normalised SPKI as the Dashboard's one-line base64.
    pub fn to_spki_base64(&self) -> String {
        STANDARD.encode(&self.spki)
    }

    /// Normalised SPKI PEM.
    pub fn to_spki_pem(&self) -> String {
        pem("PUBLIC KEY", &self.spki)
    }

    pub fn bits(&self) -> usize {
        self.bits
    }

    /// Length in bytes of a signature made with the matching private key.
    pub fn signature_len(&self) -> usize {
        self.bits.div_ceil(8)
    }

    /// SHA-256 of the SPKI DER, lower-case hex: the only thing the UI ever sees of a key.
    pub fn fingerprint(&self) -> String {
        hex::encode(aws_lc_rs::digest::digest(
            &aws_lc_rs::digest::SHA256,
            &self.spki,
        ))
    }

    /// True when `signature` is a valid SHA256withRSA (PKCS#1 v1.5) signature of `content`.
    pub fn verify(&self, content: &[u8], signature: &[u8]) -> bool {
        self.parsed.verify_sig(content, signature).is_ok()
    }
}

impl PartialEq for PublicKey {
    fn eq(&self, other: &Self) -> bool {
        self.spki == other.spki
    }
}

impl Eq for PublicKey {}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PublicKey")
            .field("bits", &self.bits)
            .field("fingerprint", &self.fingerprint())
            .finish()
    }
}

/// A fresh RSA-2048 key pair (for the sandbox and tests), generated with the `rsa` crate.
pub fn generate_rsa_2048() -> Result<PrivateKey, KeyError> {
    let key = RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048)
        .map_err(|e| KeyError::Rejected(e.to_string()))?;
    let der = key
        .to_pkcs8_der()
        .map_err(|e| KeyError::Rejected(e.to_string()))?;
    PrivateKey::from_der(der.as_bytes())
}

fn decode_text(text: &str) -> Result<(Armour, Zeroizing<Vec<u8>>), KeyError> {
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Err(KeyError::Empty);
    }
    if let Some(start) = text.find("-----BEGIN ") {
        let after = &text[start + "-----BEGIN ".len()..];
        let label_end = after
            .find("-----")
            .ok_or_else(|| KeyError::Malformed("unterminated PEM BEGIN line".to_owned()))?;
        let label = after[..label_end].trim().to_owned();
        let body_and_rest = &after[label_end + 5..];
        let end_marker = format!("-----END {label}-----");
        let body_end = body_and_rest
            .find(&end_marker)
            .ok_or_else(|| KeyError::Malformed(format!("no `{end_marker}` line")))?;
        let rest = &body_and_rest[body_end + end_marker.len()..];
        if rest.contains("-----BEGIN ") {
            return Err(KeyError::Malformed(
                "several PEM blocks; give exactly one key".to_owned(),
            ));
        }
        let body = &body_and_rest[..body_end];
        if body.contains("ENCRYPTED") {
            return Err(KeyError::Encrypted);
        }
        if body.contains(':') {
            return Err(KeyError::Malformed("unexpected PEM headers".to_owned()));
        }
        let der = decode_base64(body)?;
        return Ok((Armour::Pem(label), der));
    }
    Ok((Armour::Bare, decode_base64(text)?))
}

fn decode_base64(text: &str) -> Result<Zeroizing<Vec<u8>>, KeyError> {
    let compact: Zeroizing<String> =
        Zeroizing::new(text.chars().filter(|c| !c.is_whitespace()).collect());
    STANDARD
        .decode(compact.as_bytes())
        .map(Zeroizing::new)
        .map_err(|_| KeyError::Malformed("neither PEM nor base64".to_owned()))
}

fn pem_label_error(label: &str) -> KeyError {
    match label {
        "ENCRYPTED PRIVATE KEY" => KeyError::Encrypted,
        "CERTIFICATE" | "X509 CERTIFICATE" | "TRUSTED CERTIFICATE" => KeyError::Certificate,
        "EC PRIVATE KEY" | "EC PARAMETERS" => KeyError::WrongKeyType {
            found: "EC".to_owned(),
        },
        "DSA PRIVATE KEY" => KeyError::WrongKeyType {
            found: "DSA".to_owned(),
        },
        "OPENSSH PRIVATE KEY" => KeyError::UnsupportedFormat(
            "OpenSSH; convert it with ssh-keygen -p -m PKCS8 -f FILE".to_owned(),
        ),
        other => KeyError::UnsupportedFormat(format!("PEM `{other}`")),
    }
}

fn check_rsa_oid(oid: &str) -> Result<(), KeyError> {
    let found = match oid {
        RSA_ENCRYPTION_OID => return Ok(()),
        "1.2.840.113549.1.1.10" => "RSA-PSS",
        "1.2.840.10045.2.1" => "EC",
        "1.3.101.112" => "Ed25519",
        "1.3.101.113" => "Ed448",
        "1.3.101.110" => "X25519",
        "1.3.101.111" => "X448",
        "1.2.840.10040.4.1" => "DSA",
        other => other,
    };
    Err(KeyError::WrongKeyType {
        found: found.to_owned(),
    })
}

fn check_bits(bits: usize) -> Result<(), KeyError> {
    if bits < MIN_BITS {
        Err(KeyError::TooSmall { bits })
    } else if bits > MAX_BITS {
        Err(KeyError::TooLarge { bits })
    } else {
        Ok(())
    }
}

fn looks_public(der: &[u8]) -> bool {
    SubjectPublicKeyInfoRef::try_from(der).is_ok() || RsaPublicKey::from_pkcs1_der(der).is_ok()
}

fn pem(label: &str, der: &[u8]) -> String {
    let b64 = Zeroizing::new(STANDARD.encode(der));
    let mut out = format!("-----BEGIN {label}-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}
