//! Deriving a payment's `PaymentState` from an inquiry: paymentStatus, transactions[] sums and
//! capture mode. Pure functions; no storage, no I/O.

use antom::model::{
    CaptureMode, InquiryPaymentResponse, PaymentStatus, TransactionStatus, TransactionType,
};

use crate::ipc::dto::PaymentState;

/// The stored name of a state (the same as its JSON name).
pub fn state_name(state: PaymentState) -> &'static str {
    match state {
        PaymentState::Initiated => "initiated",
        PaymentState::Processing => "processing",
        PaymentState::Pending => "pending",
        PaymentState::Authorized => "authorized",
        PaymentState::Captured => "captured",
        PaymentState::Paid => "paid",
        PaymentState::PartiallyRefunded => "partiallyRefunded",
        PaymentState::Refunded => "refunded",
        PaymentState::Failed => "failed",
        PaymentState::Cancelled => "cancelled",
    }
}

pub const ALL_STATES: [PaymentState; 10] = [
    PaymentState::Initiated,
    PaymentState::Processing,
    PaymentState::Pending,
    PaymentState::Authorized,
    PaymentState::Captured,
    PaymentState::Paid,
    PaymentState::PartiallyRefunded,
    PaymentState::Refunded,
    PaymentState::Failed,
    PaymentState::Cancelled,
];

/// Parses a stored or typed state name (case-insensitive, `_`/`-` ignored).
pub fn parse_state(text: &str) -> Option<PaymentState> {
    let wanted: String = text
        .chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect();
    ALL_STATES
        .into_iter()
        .find(|s| state_name(*s).to_lowercase() == wanted)
}

/// States whose buyer-side outcome is not known yet: `watch` polls while a payment is in one.
pub fn awaiting_result(state: PaymentState) -> bool {
    matches!(
        state,
        PaymentState::Initiated | PaymentState::Processing | PaymentState::Pending
    )
}

/// States a sync re-inquires: no result yet, or authorised and waiting for a capture.
pub fn needs_sync(state: PaymentState) -> bool {
    awaiting_result(state) || state == PaymentState::Authorized
}

/// Payment methods whose `SUCCESS` is an authorisation that a capture must follow.
pub fn is_card_method(method: &str) -> bool {
    matches!(method, "CARD" | "APPLEPAY" | "GOOGLEPAY")
}

/// Ordering used when merging facts from sources that are not snapshots (higher wins).
pub fn progress_rank(state: PaymentState) -> u8 {
    match state {
        PaymentState::Initiated => 0,
        PaymentState::Processing => 1,
        PaymentState::Pending => 2,
        PaymentState::Authorized | PaymentState::Paid => 3,
        PaymentState::Captured => 4,
        PaymentState::PartiallyRefunded => 5,
        PaymentState::Refunded | PaymentState::Failed | PaymentState::Cancelled => 6,
    }
}

/// What an inquiry says about a payment's progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Derived {
    pub state: PaymentState,
    pub captured_minor: i64,
    pub refunded_minor: i64,
}

fn sum(inquiry: &InquiryPaymentResponse, kind: &TransactionType) -> i64 {
    inquiry
        .transactions
        .iter()
        .flatten()
        .filter(|t| {
            &t.transaction_type == kind && t.transaction_status == TransactionStatus::Success
        })
        .filter_map(|t| t.transaction_amount.as_ref())
        .filter_map(|a| a.value.parse::<i64>().ok())
        .sum()
}

/// Derives the state from an inquiry whose call succeeded. `capture_mode` and `known_method`
/// come from the session when the inquiry does not say.
pub fn derive(
    inquiry: &InquiryPaymentResponse,
    capture_mode: Option<&CaptureMode>,
    known_method: Option<&str>,
) -> Derived {
    let captured = sum(inquiry, &TransactionType::Capture);
    let refunded = sum(inquiry, &TransactionType::Refund);
    let cancelled = inquiry.transactions.iter().flatten().any(|t| {
        t.transaction_type == TransactionType::Cancel
            && t.transaction_status == TransactionStatus::Success
    });
    let method = inquiry.payment_method_type.as_deref().or(known_method);
    let card_like = method.is_some_and(is_card_method)
        || capture_mode == Some(&CaptureMode::Manual)
        || inquiry.captures().next().is_some();
    let paid: i64 = inquiry
        .payment_amount
        .as_ref()
        .and_then(|a| a.value.parse().ok())
        .unwrap_or(0);
    let state = match &inquiry.payment_status {
        None => PaymentState::Initiated,
        Some(PaymentStatus::Processing) => PaymentState::Processing,
        Some(PaymentStatus::Pending) => PaymentState::Pending,
        Some(PaymentStatus::Fail) => PaymentState::Failed,
        Some(PaymentStatus::Cancelled) => PaymentState::Cancelled,
        Some(PaymentStatus::Other(_)) => PaymentState::Processing,
        Some(PaymentStatus::Success) if cancelled => PaymentState::Cancelled,
        Some(PaymentStatus::Success) => {
            let base = if card_like { captured } else { paid };
            if refunded > 0 && refunded >= base {
                PaymentState::Refunded
            } else if refunded > 0 {
                PaymentState::PartiallyRefunded
            } else if card_like && captured > 0 {
                PaymentState::Captured
            } else if card_like {
                PaymentState::Authorized
            } else {
                PaymentState::Paid
            }
        }
    };
    Derived {
        state,
        captured_minor: captured,
        refunded_minor: refunded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inquiry(status: &str, method: &str, txs: &[(&str, &str, i64)]) -> InquiryPaymentResponse {
        let transactions: Vec<serde_json::Value> = txs
            .iter()
            .map(|(kind, status, value)| {
                serde_json::json!({
                    "transactionType": kind, "transactionStatus": status,
                    "transactionAmount": {"currency": "SGD", "value": value.to_string()}
                })
            })
            .collect();
        serde_json::from_value(serde_json::json!({
            "result": {"resultCode": "SUCCESS", "resultStatus": "S"},
            "paymentStatus": status,
            "paymentMethodType": method,
            "paymentAmount": {"currency": "SGD", "value": "1000"},
            "transactions": transactions,
        }))
        .unwrap()
    }

    fn state(i: &InquiryPaymentResponse, mode: Option<CaptureMode>) -> PaymentState {
        derive(i, mode.as_ref(), None).state
    }

    #[test]
    fn wallet_success_is_paid_then_refunds_count() {
        assert_eq!(
            state(&inquiry("SUCCESS", "GCASH", &[]), None),
            PaymentState::Paid
        );
        let part = inquiry("SUCCESS", "GCASH", &[("REFUND", "SUCCESS", 300)]);
        assert_eq!(state(&part, None), PaymentState::PartiallyRefunded);
        assert_eq!(derive(&part, None, None).refunded_minor, 300);
        let full = inquiry(
            "SUCCESS",
            "GCASH",
            &[("REFUND", "SUCCESS", 300), ("REFUND", "SUCCESS", 700)],
        );
        assert_eq!(state(&full, None), PaymentState::Refunded);
        let failed_refund = inquiry("SUCCESS", "GCASH", &[("REFUND", "FAIL", 1000)]);
        assert_eq!(state(&failed_refund, None), PaymentState::Paid);
    }

    #[test]
    fn card_success_is_an_authorisation_until_captured() {
        let auth = inquiry("SUCCESS", "CARD", &[]);
        assert_eq!(
            state(&auth, Some(CaptureMode::Manual)),
            PaymentState::Authorized
        );
        assert_eq!(state(&auth, None), PaymentState::Authorized);
        let captured = inquiry("SUCCESS", "CARD", &[("CAPTURE", "SUCCESS", 1000)]);
        let d = derive(&captured, None, None);
        assert_eq!((d.state, d.captured_minor), (PaymentState::Captured, 1000));
        let pending_capture = inquiry("SUCCESS", "CARD", &[("CAPTURE", "PROCESSING", 1000)]);
        assert_eq!(state(&pending_capture, None), PaymentState::Authorized);
        let refunded = inquiry(
            "SUCCESS",
            "CARD",
            &[("CAPTURE", "SUCCESS", 600), ("REFUND", "SUCCESS", 600)],
        );
        assert_eq!(state(&refunded, None), PaymentState::Refunded);
        let partly = inquiry(
            "SUCCESS",
            "CARD",
            &[("CAPTURE", "SUCCESS", 600), ("REFUND", "SUCCESS", 100)],
        );
        assert_eq!(state(&partly, None), PaymentState::PartiallyRefunded);
    }

    #[test]
    fn manual_capture_of_an_unknown_method_is_an_authorisation() {
        let i = inquiry("SUCCESS", "SOMETHING_NEW", &[]);
        assert_eq!(
            state(&i, Some(CaptureMode::Manual)),
            PaymentState::Authorized
        );
        assert_eq!(state(&i, Some(CaptureMode::Automatic)), PaymentState::Paid);
    }

    #[test]
    fn non_success_statuses_map_directly() {
        for (status, want) in [
            ("PROCESSING", PaymentState::Processing),
            ("PENDING", PaymentState::Pending),
            ("FAIL", PaymentState::Failed),
            ("CANCELLED", PaymentState::Cancelled),
        ] {
            assert_eq!(state(&inquiry(status, "CARD", &[]), None), want, "{status}");
        }
        let cancelled = inquiry("SUCCESS", "CARD", &[("CANCEL", "SUCCESS", 1000)]);
        assert_eq!(state(&cancelled, None), PaymentState::Cancelled);
    }

    #[test]
    fn state_names_round_trip_and_match_json() {
        for s in ALL_STATES {
            assert_eq!(parse_state(state_name(s)), Some(s));
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", state_name(s))
            );
        }
        assert_eq!(
            parse_state("PARTIALLY_REFUNDED"),
            Some(PaymentState::PartiallyRefunded)
        );
        assert_eq!(parse_state("nope"), None);
    }
}
