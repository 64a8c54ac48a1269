//! Every error type of the protocol crate, in one place so the console can map them to its codes.
//! Holds no logic beyond messages; the modules that raise these errors decide when.

use thiserror::Error;

/// Parsing, formatting or converting an amount.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MoneyError {
    #[error("the amount is empty")]
    Empty,
    #[error(
        "`{input}` is not an amount: use digits with an optional `.` and decimals, e.g. 12.34"
    )]
    Malformed { input: String },
    #[error("the amount must not be negative")]
    Negative,
    #[error("{currency} amounts take at most {max} decimal place(s)")]
    TooManyDecimals { currency: String, max: u8 },
    #[error("the amount is too large")]
    Overflow,
    #[error("unknown currency `{code}`: expected an ISO 4217 code such as USD")]
    UnknownCurrency { code: String },
    #[error("currencies differ: {left} and {right}")]
    CurrencyMismatch { left: String, right: String },
    #[error("`{value}` is not a wire amount: expected a non-negative whole number of minor units")]
    MalformedWireValue { value: String },
    #[error("{value} minor units exceed Antom's 16-digit amount field")]
    TooLongForWire { value: String },
}

/// Reading a key from text or DER.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum KeyError {
    #[error("the key is empty")]
    Empty,
    #[error("not a key: {0}")]
    Malformed(String),
    #[error("a public key was given where a private key is needed")]
    PublicGivenForPrivate,
    #[error("a private key was given where a public key is needed; use the public half")]
    PrivateGivenForPublic,
    #[error("this is a certificate, not a key; export its public key (SPKI) instead")]
    Certificate,
    #[error(
        "encrypted keys are not supported; decrypt it first (openssl pkcs8 -in key.pem -nocrypt)"
    )]
    Encrypted,
    #[error("wrong key type: {found} key given, Antom uses RSA")]
    WrongKeyType { found: String },
    #[error("unsupported key format: {0}")]
    UnsupportedFormat(String),
    #[error("RSA key is {bits} bits; Antom requires at least 2048")]
    TooSmall { bits: usize },
    #[error("RSA key is {bits} bits; at most 8192 are supported")]
    TooLarge { bits: usize },
    #[error("the key was rejected: {0}")]
    Rejected(String),
}

/// Producing a signature.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SignError {
    #[error("signing failed in the crypto provider")]
    Provider,
}

/// Parsing a `signature` header value.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum HeaderError {
    #[error("the signature header is empty")]
    Empty,
    #[error("the signature header is too long ({0} bytes)")]
    TooLong(usize),
    #[error("`{0}` is not a key=value part")]
    MalformedPart(String),
    #[error("`{0}` appears more than once")]
    DuplicateKey(String),
    #[error("no algorithm given (expected algorithm=RSA256)")]
    MissingAlgorithm,
    #[error("algorithm `{0}` is not supported (expected RSA256)")]
    UnsupportedAlgorithm(String),
    #[error("keyVersion `{0}` is not a whole number")]
    InvalidKeyVersion(String),
    #[error("no signature= part")]
    MissingSignature,
    #[error("the signature value is empty")]
    EmptySignature,
    #[error("the signature value has a broken %-escape")]
    BadPercentEncoding,
    #[error("the signature value is not standard base64 after URL-decoding{0}")]
    NotBase64(&'static str),
}

/// Checking a signature over a response or notification.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum VerifyError {
    #[error("header `{0}` is missing (unsigned messages are rejected)")]
    MissingHeader(&'static str),
    #[error("header `{0}` appears more than once")]
    DuplicateHeader(&'static str),
    #[error("header `{0}` is empty")]
    EmptyHeader(&'static str),
    #[error("signature header: {0}")]
    Header(#[from] HeaderError),
    #[error("client-id `{found}` does not match `{expected}`")]
    ClientIdMismatch { expected: String, found: String },
    #[error("signature is {found} bytes; the key needs {expected}")]
    SignatureLength { expected: usize, found: usize },
    #[error("signature does not match the content (wrong key, or method, path, client-id, time or body differ)")]
    Mismatch,
}

/// Turning a notification body into a typed notification.
#[derive(Debug, Error)]
pub enum NotificationError {
    #[error("the notification body is not a JSON object: {0}")]
    NotJsonObject(String),
    #[error("the {kind} notification does not match its model: {source}")]
    Model {
        kind: &'static str,
        #[source]
        source: serde_json::Error,
    },
    #[error("notification signature: {0}")]
    Signature(#[from] VerifyError),
}

/// Things that stop a call before an outcome can be classified.
#[derive(Debug, Error)]
pub enum ClientError {
    #[error("invalid client configuration: {0}")]
    Config(String),
    #[error("the request could not be serialised: {0}")]
    Serialize(#[source] serde_json::Error),
    #[error("the request could not be signed: {0}")]
    Sign(#[from] SignError),
    /// The request was sent, Antom may have acted on it, but the answer is not authentic.
    /// Treat the operation as unknown (keep it pending) and alert: never as success.
    #[error("the response signature is not valid: {error}")]
    ResponseSignature {
        error: VerifyError,
        exchange: Box<crate::outcome::Exchange>,
    },
}
