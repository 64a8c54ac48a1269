//! cancel request and response. Keyed by the payment's ids, so repeating it is safe.
//! No HTTP, no signing.

use serde::{Deserialize, Serialize};

use super::common::ResultInfo;
use super::{AntomResponse, Extra};

/// Cancel by `paymentId` (wins when both are set) or `paymentRequestId`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CancelRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_request_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_account_id: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl CancelRequest {
    pub fn by_payment_id(id: impl Into<String>) -> Self {
        CancelRequest {
            payment_id: Some(id.into()),
            ..Self::default()
        }
    }

    pub fn by_payment_request_id(id: impl Into<String>) -> Self {
        CancelRequest {
            payment_request_id: Some(id.into()),
            ..Self::default()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CancelResponse {
    pub result: ResultInfo,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_request_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancel_time: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl AntomResponse for CancelResponse {
    fn result(&self) -> &ResultInfo {
        &self.result
    }
}
