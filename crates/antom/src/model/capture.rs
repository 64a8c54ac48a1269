//! capture request and response. `captureRequestId` is the idempotency key: retry with the same
//! one after a timeout or `U`. No HTTP, no signing.

use serde::{Deserialize, Serialize};

use super::common::{flex_bool, Amount, ResultInfo};
use super::{AntomResponse, Extra};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CaptureRequest {
    pub capture_request_id: String,
    pub payment_id: String,
    pub capture_amount: Amount,
    #[serde(default, with = "flex_bool", skip_serializing_if = "Option::is_none")]
    pub is_last_capture: Option<bool>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl CaptureRequest {
    pub fn new(
        capture_request_id: impl Into<String>,
        payment_id: impl Into<String>,
        capture_amount: Amount,
    ) -> Self {
        CaptureRequest {
            capture_request_id: capture_request_id.into(),
            payment_id: payment_id.into(),
            capture_amount,
            is_last_capture: None,
            extra: Extra::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CaptureResponse {
    pub result: ResultInfo,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_request_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acquirer_reference_no: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl AntomResponse for CaptureResponse {
    fn result(&self) -> &ResultInfo {
        &self.result
    }
}
