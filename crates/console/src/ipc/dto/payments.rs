//! Payment shapes crossing IPC: the list window, its filter, the detail view and sync reports.
//! Amounts travel as integer minor units plus a Rust-formatted string; times as RFC 3339 UTC.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the console shows as a payment's state (Antom's status plus capture/refund progress).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "PaymentState.ts")]
pub enum PaymentState {
    /// Session created; the buyer has not submitted (inquiry says ORDER_NOT_EXIST).
    Initiated,
    Processing,
    /// Buyer completed; final result pending.
    Pending,
    /// Card authorised, awaiting capture.
    Authorized,
    /// Card captured (fully or partly).
    Captured,
    /// APM paid.
    Paid,
    PartiallyRefunded,
    Refunded,
    Failed,
    Cancelled,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "MoneyView.ts")]
pub struct MoneyView {
    #[ts(type = "number")]
    pub minor: i64,
    pub currency: String,
    /// Formatted by the currency's exponent, e.g. "12.34" (no symbol).
    pub formatted: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "PaymentRow.ts")]
pub struct PaymentRow {
    pub payment_request_id: String,
    pub payment_id: Option<String>,
    pub reference_order_id: Option<String>,
    pub payment_method: Option<String>,
    pub amount: MoneyView,
    pub state: PaymentState,
    pub captured: MoneyView,
    pub refunded: MoneyView,
    pub buyer_reference: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub paid_at: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "PaymentSort.ts")]
pub enum PaymentSort {
    CreatedDesc,
    CreatedAsc,
    AmountDesc,
    AmountAsc,
}

/// Every filter the Payments screen offers; all optional and combinable.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "PaymentFilter.ts")]
pub struct PaymentFilter {
    #[serde(default)]
    pub states: Vec<PaymentState>,
    #[serde(default)]
    pub methods: Vec<String>,
    pub currency: Option<String>,
    /// Inclusive bounds in minor units; only meaningful together with `currency`.
    #[ts(type = "number | null")]
    pub min_minor: Option<i64>,
    #[ts(type = "number | null")]
    pub max_minor: Option<i64>,
    /// Local dates (YYYY-MM-DD) in the profile's time zone, inclusive.
    pub created_from: Option<String>,
    pub created_to: Option<String>,
    /// Prefix of a payment request id, payment id or order reference.
    pub search: Option<String>,
}

/// A keyset-paginated window request: pass back `cursor` from the previous page. A jump far
/// into the list (a dragged scrollbar) gives `offset` instead: the page starts after that many
/// rows, and scrolling on from it uses its cursor again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "PaymentPageRequest.ts")]
pub struct PaymentPageRequest {
    pub filter: PaymentFilter,
    pub sort: PaymentSort,
    pub limit: u32,
    pub cursor: Option<String>,
    #[serde(default)]
    #[ts(type = "number | null")]
    pub offset: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "PaymentPage.ts")]
pub struct PaymentPage {
    pub rows: Vec<PaymentRow>,
    /// Opaque; absent on the last page.
    pub next_cursor: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "PaymentCount.ts")]
pub struct PaymentCount {
    #[ts(type = "number")]
    pub total: u64,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "PaymentRef.ts")]
pub struct PaymentRef {
    /// A paymentRequestId or an Antom paymentId.
    pub id: String,
}

/// Where a fact about a payment came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "EventSource.ts")]
pub enum EventSource {
    SessionCreated,
    Inquiry,
    Notification,
    Operation,
    ReportRow,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "PaymentEvent.ts")]
pub struct PaymentEvent {
    #[ts(type = "number")]
    pub id: i64,
    pub source: EventSource,
    /// One line, e.g. "inquiryPayment: SUCCESS" or "CAPTURE_RESULT S 10.00 SGD".
    pub summary: String,
    pub recorded_at: String,
    /// The raw JSON body as received or sent, pretty-printed.
    pub raw_json: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "PaymentDetail.ts")]
pub struct PaymentDetail {
    pub payment: PaymentRow,
    pub capturable: MoneyView,
    pub refundable: MoneyView,
    pub auth_expires_at: Option<String>,
    pub events: Vec<PaymentEvent>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export_to = "SyncReport.ts")]
pub struct SyncReport {
    pub inquired: u32,
    pub changed: u32,
    pub failed: u32,
    /// One line per failure, e.g. "PAY_123: network failure".
    pub errors: Vec<String>,
}
