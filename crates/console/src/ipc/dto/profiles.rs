//! Profile shapes crossing IPC. Key material goes in once (`NewProfile`) and never comes back:
//! only SHA-256 fingerprints of public keys are ever returned.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "Environment.ts")]
pub enum Environment {
    Sandbox,
    Production,
}

/// Antom gateway by contract region, or a custom base URL (the local sandbox).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind", content = "url")]
#[ts(export_to = "GatewayChoice.ts")]
pub enum GatewayChoice {
    Asia,
    NorthAmerica,
    UnitedStates,
    Europe,
    Custom(String),
}

/// What the Add-profile form submits. The two keys are pasted text or a chosen file's contents.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "NewProfile.ts")]
pub struct NewProfile {
    pub name: String,
    pub environment: Environment,
    pub gateway: GatewayChoice,
    pub client_id: String,
    pub merchant_private_key: String,
    pub antom_public_key: String,
    /// IANA zone (e.g. "Asia/Singapore") for displaying and filtering dates; default UTC.
    pub time_zone: Option<String>,
    /// ISO currency, e.g. "USD".
    pub settlement_currency: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "ProfileSummary.ts")]
pub struct ProfileSummary {
    pub id: String,
    pub name: String,
    pub environment: Environment,
    pub gateway: GatewayChoice,
    /// Enough of the client ID to recognise it (e.g. "SANDBOX_5Y…0001"); never the whole ID.
    pub client_id_hint: String,
    pub time_zone: String,
    pub settlement_currency: Option<String>,
    /// SHA-256 (hex) of the merchant public key derived from the stored private key.
    pub merchant_key_fingerprint: String,
    pub antom_key_fingerprint: String,
    /// True for the console's built-in "Local sandbox (demo)" profile.
    pub is_local_simulator: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "ProfileList.ts")]
pub struct ProfileList {
    pub profiles: Vec<ProfileSummary>,
    pub active_id: Option<String>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "ProfileRef.ts")]
pub struct ProfileRef {
    pub id: String,
}

/// How a signed `inquiryPayment` for a random id went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "ConnectionVerdict.ts")]
pub enum ConnectionVerdict {
    /// Verified `ORDER_NOT_EXIST`: keys and signatures work both ways.
    Ok,
    /// The gateway could not be reached (DNS, TLS, refused, timeout).
    NetworkFailure,
    /// Antom rejected our signature (wrong private key or client ID).
    SignatureRejected,
    /// Antom's response signature did not verify (wrong Antom public key).
    ResponseSignatureInvalid,
    /// Anything else; the message says what came back.
    Unexpected,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "ConnectionTest.ts")]
pub struct ConnectionTest {
    pub verdict: ConnectionVerdict,
    pub message: String,
}
