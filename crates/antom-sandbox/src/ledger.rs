//! What the sandbox remembers: sessions, payments (with captures) and refunds, plus lookup
//! indexes and the set of rows changed since the last save. Data only; the rules live elsewhere.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use antom::Money;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// How the merchant integrates the session (protocol.md §3.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SessionKind {
    CheckoutPage,
    Element,
    Legacy,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub payment_session_id: String,
    pub payment_request_id: String,
    pub kind: SessionKind,
    pub amount: Money,
    pub order_description: String,
    pub reference_order_id: String,
    /// The legacy shape's fixed method.
    pub fixed_method: Option<String>,
    /// `availablePaymentMethod.paymentMethodTypeList`, when given.
    pub allowed_methods: Vec<String>,
    pub manual_capture: bool,
    pub has_buyer: bool,
    pub redirect_url: String,
    pub notify_url: Option<String>,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub payment_id: Option<String>,
    /// Closed by a cancel before the buyer paid.
    pub cancelled_at: Option<DateTime<Utc>>,
}

/// Antom's `paymentStatus`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PaymentState {
    Processing,
    Pending,
    Success,
    Fail,
    Cancelled,
}

impl PaymentState {
    pub fn wire(self) -> &'static str {
        match self {
            PaymentState::Processing => "PROCESSING",
            PaymentState::Pending => "PENDING",
            PaymentState::Success => "SUCCESS",
            PaymentState::Fail => "FAIL",
            PaymentState::Cancelled => "CANCELLED",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Capture {
    pub capture_id: String,
    pub capture_request_id: String,
    pub amount: Money,
    pub captured_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Payment {
    pub payment_id: String,
    pub payment_request_id: String,
    pub payment_session_id: String,
    pub amount: Money,
    pub method: String,
    pub state: PaymentState,
    pub result_code: String,
    pub result_message: String,
    pub created_at: DateTime<Utc>,
    pub paid_at: Option<DateTime<Utc>>,
    /// Cards held for manual capture: no capture after this.
    pub auth_expiry: Option<DateTime<Utc>>,
    pub card: bool,
    pub manual_capture: bool,
    pub captures: Vec<Capture>,
    pub refund_ids: Vec<String>,
    pub cancelled_at: Option<DateTime<Utc>>,
    pub notify_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Refund {
    pub refund_id: String,
    pub refund_request_id: String,
    pub payment_id: String,
    pub amount: Money,
    pub refunded_at: DateTime<Utc>,
    pub notify_url: Option<String>,
}

/// A row kind in the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RowKind {
    Session,
    Payment,
    Refund,
}

impl RowKind {
    pub fn name(self) -> &'static str {
        match self {
            RowKind::Session => "session",
            RowKind::Payment => "payment",
            RowKind::Refund => "refund",
        }
    }
}

#[derive(Debug, Default)]
pub struct Ledger {
    pub sessions: BTreeMap<String, Session>,
    pub payments: BTreeMap<String, Payment>,
    pub refunds: BTreeMap<String, Refund>,
    session_by_request: HashMap<String, String>,
    payment_by_request: HashMap<String, String>,
    refund_by_request: HashMap<String, String>,
    dirty: BTreeSet<(RowKind, String)>,
}

impl Ledger {
    pub fn put_session(&mut self, s: Session) {
        self.session_by_request
            .insert(s.payment_request_id.clone(), s.payment_session_id.clone());
        self.dirty
            .insert((RowKind::Session, s.payment_session_id.clone()));
        self.sessions.insert(s.payment_session_id.clone(), s);
    }

    pub fn put_payment(&mut self, p: Payment) {
        self.payment_by_request
            .insert(p.payment_request_id.clone(), p.payment_id.clone());
        self.dirty.insert((RowKind::Payment, p.payment_id.clone()));
        self.payments.insert(p.payment_id.clone(), p);
    }

    pub fn put_refund(&mut self, r: Refund) {
        self.refund_by_request
            .insert(r.refund_request_id.clone(), r.refund_id.clone());
        self.dirty.insert((RowKind::Refund, r.refund_id.clone()));
        self.refunds.insert(r.refund_id.clone(), r);
    }

    pub fn session_for_request(&self, payment_request_id: &str) -> Option<&Session> {
        self.session_by_request
            .get(payment_request_id)
            .and_then(|id| self.sessions.get(id))
    }

    pub fn payment_for_request(&self, payment_request_id: &str) -> Option<&Payment> {
        self.payment_by_request
            .get(payment_request_id)
            .and_then(|id| self.payments.get(id))
    }

    /// By `paymentId` when given (it wins), else by `paymentRequestId`.
    pub fn find_payment(
        &self,
        payment_id: Option<&str>,
        request_id: Option<&str>,
    ) -> Option<&Payment> {
        match (payment_id, request_id) {
            (Some(id), _) => self.payments.get(id),
            (None, Some(req)) => self.payment_for_request(req),
            (None, None) => None,
        }
    }

    pub fn refund_for_request(&self, refund_request_id: &str) -> Option<&Refund> {
        self.refund_by_request
            .get(refund_request_id)
            .and_then(|id| self.refunds.get(id))
    }

    /// Rows changed since the last call, with their JSON.
    pub fn take_dirty(&mut self) -> Vec<(RowKind, String, String)> {
        let dirty = std::mem::take(&mut self.dirty);
        dirty
            .into_iter()
            .filter_map(|(kind, id)| {
                let json = match kind {
                    RowKind::Session => self.sessions.get(&id).map(serde_json::to_string),
                    RowKind::Payment => self.payments.get(&id).map(serde_json::to_string),
                    RowKind::Refund => self.refunds.get(&id).map(serde_json::to_string),
                }?;
                json.ok().map(|j| (kind, id, j))
            })
            .collect()
    }

    /// Restores a row read from the store; unknown kinds and unreadable rows are skipped.
    pub fn restore(&mut self, kind: &str, body: &str) -> bool {
        let restored = match kind {
            "session" => serde_json::from_str(body).map(|s| self.put_session(s)),
            "payment" => serde_json::from_str(body).map(|p| self.put_payment(p)),
            "refund" => serde_json::from_str(body).map(|r| self.put_refund(r)),
            _ => return false,
        };
        self.dirty.clear();
        restored.is_ok()
    }
}
