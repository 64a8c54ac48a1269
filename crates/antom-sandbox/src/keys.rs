//! The sandbox's key material: the merchant's pair (requests), Antom's pair (responses and
//! notifications) and the client id. Generated in memory or read from / written to a folder.

use std::path::Path;
use std::sync::Arc;

use antom::{PrivateKey, PublicKey};

pub const MERCHANT_PRIVATE_KEY_FILE: &str = "merchant_private_key.pem";
pub const MERCHANT_PUBLIC_KEY_FILE: &str = "merchant_public_key.pem";
pub const ANTOM_PRIVATE_KEY_FILE: &str = "antom_private_key.pem";
pub const ANTOM_PUBLIC_KEY_FILE: &str = "antom_public_key.pem";
pub const CLIENT_ID_FILE: &str = "client_id.txt";

#[derive(Debug, thiserror::Error)]
pub enum KeysError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Key {
        path: String,
        source: antom::KeyError,
    },
    #[error("key generation failed: {0}")]
    Generate(antom::KeyError),
    #[error("{path}: the client id is empty")]
    EmptyClientId { path: String },
}

/// Everything the sandbox and a merchant need to talk to each other.
#[derive(Debug, Clone)]
pub struct SandboxKeys {
    pub client_id: String,
    /// The merchant signs requests with this; give it to the merchant's server or console.
    /// Absent when the merchant brought their own pair and gave the sandbox only the public half.
    pub merchant_private: Option<Arc<PrivateKey>>,
    /// The sandbox verifies requests with this.
    pub merchant_public: Arc<PublicKey>,
    /// The sandbox signs responses and notifications with this.
    pub antom_private: Arc<PrivateKey>,
    /// The merchant verifies responses and notifications with this.
    pub antom_public: Arc<PublicKey>,
}

impl SandboxKeys {
    /// Two fresh RSA-2048 pairs and a random `SANDBOX_…` client id.
    pub fn generate() -> Result<SandboxKeys, KeysError> {
        let merchant = antom::generate_rsa_2048().map_err(KeysError::Generate)?;
        let antom_key = antom::generate_rsa_2048().map_err(KeysError::Generate)?;
        let suffix: String = (0..15)
            .map(|_| {
                const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
                let i = rand::random::<usize>() % ALPHABET.len();
                char::from(ALPHABET[i])
            })
            .collect();
        Ok(SandboxKeys::from_keys(
            format!("SANDBOX_{suffix}"),
            merchant,
            antom_key,
        ))
    }

    /// Builds the set from two private keys (their public halves are derived).
    pub fn from_keys(client_id: String, merchant: PrivateKey, antom_key: PrivateKey) -> Self {
        SandboxKeys {
            client_id,
            merchant_public: Arc::new(merchant.public_key().clone()),
            merchant_private: Some(Arc::new(merchant)),
            antom_public: Arc::new(antom_key.public_key().clone()),
            antom_private: Arc::new(antom_key),
        }
    }

    /// Writes the five files of `antom-sandbox keys --out DIR` (creating DIR).
    pub fn write_dir(&self, dir: &Path) -> Result<(), KeysError> {
        let io = |path: &Path| {
            let path = path.display().to_string();
            move |source| KeysError::Io { path, source }
        };
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let mut files: Vec<(&str, String)> = Vec::new();
        if let Some(key) = &self.merchant_private {
            files.push((MERCHANT_PRIVATE_KEY_FILE, key.to_pkcs8_pem().to_string()));
        }
        files.extend([
            (MERCHANT_PUBLIC_KEY_FILE, self.merchant_public.to_spki_pem()),
            (
                ANTOM_PRIVATE_KEY_FILE,
                self.antom_private.to_pkcs8_pem().to_string(),
            ),
            (ANTOM_PUBLIC_KEY_FILE, self.antom_public.to_spki_pem()),
            (CLIENT_ID_FILE, format!("{}\n", self.client_id)),
        ]);
        for (name, text) in files {
            let path = dir.join(name);
            std::fs::write(&path, text).map_err(io(&path))?;
        }
        Ok(())
    }

    /// Reads a folder written by `write_dir`. The merchant's public key is taken from its own
    /// file so a merchant can bring their own pair (give only the public half to the sandbox:
    /// the merchant private key file may be absent).
    pub fn read_dir(dir: &Path) -> Result<SandboxKeys, KeysError> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path).map_err(|source| KeysError::Io {
                path: path.display().to_string(),
                source,
            })
        };
        let key_err = |name: &str| {
            let path = dir.join(name).display().to_string();
            move |source| KeysError::Key { path, source }
        };
        let client_id = read(CLIENT_ID_FILE)?.trim().to_owned();
        if client_id.is_empty() {
            return Err(KeysError::EmptyClientId {
                path: dir.join(CLIENT_ID_FILE).display().to_string(),
            });
        }
        let antom_key = PrivateKey::from_text(&read(ANTOM_PRIVATE_KEY_FILE)?)
            .map_err(key_err(ANTOM_PRIVATE_KEY_FILE))?;
        let merchant_public = PublicKey::from_text(&read(MERCHANT_PUBLIC_KEY_FILE)?)
            .map_err(key_err(MERCHANT_PUBLIC_KEY_FILE))?;
        let merchant_private = match read(MERCHANT_PRIVATE_KEY_FILE) {
            Ok(text) => Some(Arc::new(
                PrivateKey::from_text(&text).map_err(key_err(MERCHANT_PRIVATE_KEY_FILE))?,
            )),
            Err(_) => None,
        };
        Ok(SandboxKeys {
            client_id,
            merchant_private,
            merchant_public: Arc::new(merchant_public),
            antom_public: Arc::new(antom_key.public_key().clone()),
            antom_private: Arc::new(antom_key),
        })
    }
}
