//! Receiving a notification: verify the signature over the raw bytes, then parse them.
//! Stores nothing and acknowledges nothing; the caller keeps the raw request first.

use crate::error::NotificationError;
use crate::keys::PublicKey;
use crate::model::notification::Notification;
use crate::signature::{verify_notification, HeaderSource};

/// Verifies a notification POSTed to `endpoint_path` (path only, as registered with Antom)
/// and parses it. An unsigned or tampered notification never reaches the parser.
pub fn receive_notification<H: HeaderSource + ?Sized>(
    antom_key: &PublicKey,
    endpoint_path: &str,
    expected_client_id: &str,
    headers: &H,
    body: &[u8],
) -> Result<Notification, NotificationError> {
    verify_notification(antom_key, endpoint_path, expected_client_id, headers, body)?;
    Notification::parse(body)
}
