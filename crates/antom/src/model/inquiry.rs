//! inquiryPayment request and response, including `transactions[]`. `result` describes the
//! inquiry call only; the payment's state is `paymentStatus`. No HTTP, no signing.

use serde::{Deserialize, Serialize};

use super::common::{Amount, CardInfo, PspCustomerInfo, ResultInfo};
use super::{wire_enum, AntomResponse, Extra};

wire_enum! {
    PaymentStatus {
        Success = "SUCCESS",
        Fail = "FAIL",
        Processing = "PROCESSING",
        Cancelled = "CANCELLED",
        Pending = "PENDING",
    }
}

wire_enum! {
    TransactionType {
        Payment = "PAYMENT",
        Refund = "REFUND",
        Capture = "CAPTURE",
        Cancel = "CANCEL",
        Authorization = "AUTHORIZATION",
        Void = "VOID",
        Incremental = "INCREMENTAL",
    }
}

wire_enum! {
    TransactionStatus {
        Success = "SUCCESS",
        Fail = "FAIL",
        Processing = "PROCESSING",
        Cancelled = "CANCELLED",
        Pending = "PENDING",
    }
}

/// Look a payment up by `paymentId` (wins when both are set) or `paymentRequestId`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InquiryPaymentRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_request_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_account_id: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl InquiryPaymentRequest {
    pub fn by_payment_request_id(id: impl Into<String>) -> Self {
        InquiryPaymentRequest {
            payment_request_id: Some(id.into()),
            ..Self::default()
        }
    }

    pub fn by_payment_id(id: impl Into<String>) -> Self {
        InquiryPaymentRequest {
            payment_id: Some(id.into()),
            ..Self::default()
        }
    }
}

/// One capture, refund, cancel… recorded against the payment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Transaction {
    pub transaction_type: TransactionType,
    /// Authoritative for the transaction's state (some doc samples contradict `transactionResult`).
    pub transaction_status: TransactionStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_request_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_result: Option<ResultInfo>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InquiryPaymentResponse {
    pub result: ResultInfo,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_status: Option<PaymentStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_result_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_result_message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_request_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_payment_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customs_declaration_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gross_settlement_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_expiry_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_create_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_info: Option<CardInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_result_info: Option<CardInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub psp_customer_info: Option<PspCustomerInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acquirer_reference_no: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transactions: Option<Vec<Transaction>>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl InquiryPaymentResponse {
    /// The `CAPTURE` entries of `transactions[]`.
    pub fn captures(&self) -> impl Iterator<Item = &Transaction> {
        self.transactions
            .iter()
            .flatten()
            .filter(|t| t.transaction_type == TransactionType::Capture)
    }
}

impl AntomResponse for InquiryPaymentResponse {
    fn result(&self) -> &ResultInfo {
        &self.result
    }
}
