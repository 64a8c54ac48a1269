//! refund and inquiryRefund requests and responses. `refundRequestId` is the idempotency key:
//! retry with the same one after a timeout or `U`. No HTTP, no signing.

use serde::{Deserialize, Serialize};

use super::common::{flex_bool, Amount, ResultInfo};
use super::{wire_enum, AntomResponse, Extra};

wire_enum! {
    RefundStatus { Success = "SUCCESS", Processing = "PROCESSING", Fail = "FAIL" }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RefundRequest {
    pub refund_request_id: String,
    pub payment_id: String,
    pub refund_amount: Amount,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_refund_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_notify_url: Option<String>,
    /// Required when the payment was captured several times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_id: Option<String>,
    #[serde(default, with = "flex_bool", skip_serializing_if = "Option::is_none")]
    pub is_async_refund: Option<bool>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl RefundRequest {
    pub fn new(
        refund_request_id: impl Into<String>,
        payment_id: impl Into<String>,
        refund_amount: Amount,
    ) -> Self {
        RefundRequest {
            refund_request_id: refund_request_id.into(),
            payment_id: payment_id.into(),
            refund_amount,
            reference_refund_id: None,
            refund_reason: None,
            refund_notify_url: None,
            capture_id: None,
            is_async_refund: None,
            extra: Extra::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RefundResponse {
    pub result: ResultInfo,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_request_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gross_settlement_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acquirer_reference_no: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl AntomResponse for RefundResponse {
    fn result(&self) -> &ResultInfo {
        &self.result
    }
}

/// Look a refund up by `refundId` (wins when both are set) or `refundRequestId`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InquiryRefundRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_request_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_account_id: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl InquiryRefundRequest {
    pub fn by_refund_request_id(id: impl Into<String>) -> Self {
        InquiryRefundRequest {
            refund_request_id: Some(id.into()),
            ..Self::default()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InquiryRefundResponse {
    pub result: ResultInfo,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_request_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_amount: Option<Amount>,
    /// Antom's side of the refund; `result` is about the inquiry call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_status: Option<RefundStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gross_settlement_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_refund_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl AntomResponse for InquiryRefundResponse {
    fn result(&self) -> &ResultInfo {
        &self.result
    }
}
