//! Turning Antom answers into cache observations: an inquiry becomes an `Inquiry` event with
//! derived state and sums; a created session becomes a `SessionCreated` event. No I/O.

use antom::model::{CaptureMode, InquiryPaymentResponse};

use crate::cache::state::derive;
use crate::cache::{parse_antom_time, Facts, Observation, PaymentRecord};
use crate::ipc::dto::{EventSource, PaymentState};

/// The body bytes as text (Antom sends UTF-8 JSON).
pub fn body_text(body: &[u8]) -> String {
    String::from_utf8_lossy(body).into_owned()
}

/// An `Inquiry` event for a successful inquiryPayment answer.
pub fn inquiry_observation(
    payment_request_id: &str,
    inquiry: &InquiryPaymentResponse,
    raw_json: String,
    existing: Option<&PaymentRecord>,
    recorded_at: i64,
) -> Observation {
    let capture_mode = existing
        .and_then(|r| r.capture_mode.as_deref())
        .map(CaptureMode::from);
    let derived = derive(
        inquiry,
        capture_mode.as_ref(),
        existing.and_then(|r| r.method.as_deref()),
    );
    let amount = inquiry
        .payment_amount
        .as_ref()
        .and_then(|a| a.value.parse::<i64>().ok().map(|v| (v, a.currency.clone())));
    let status = inquiry
        .payment_status
        .as_ref()
        .map_or("no status", |s| s.as_str());
    Observation {
        payment_request_id: payment_request_id.to_owned(),
        source: EventSource::Inquiry,
        summary: format!("inquiryPayment: {status}"),
        recorded_at,
        raw_json,
        facts: Facts {
            payment_id: inquiry.payment_id.clone(),
            method: inquiry.payment_method_type.clone(),
            state: Some(derived.state),
            amount,
            captured_minor: Some(derived.captured_minor),
            refunded_minor: Some(derived.refunded_minor),
            created_at: inquiry
                .payment_create_time
                .as_deref()
                .and_then(parse_antom_time),
            paid_at: inquiry.payment_time.as_deref().and_then(parse_antom_time),
            auth_expires_at: inquiry
                .auth_expiry_time
                .as_deref()
                .and_then(parse_antom_time),
            ..Facts::default()
        },
    }
}

/// An `Inquiry` event for `ORDER_NOT_EXIST` on a payment we know: the buyer has not submitted.
pub fn not_submitted_observation(
    payment_request_id: &str,
    raw_json: String,
    recorded_at: i64,
) -> Observation {
    Observation {
        payment_request_id: payment_request_id.to_owned(),
        source: EventSource::Inquiry,
        summary: "inquiryPayment: ORDER_NOT_EXIST (buyer has not submitted)".to_owned(),
        recorded_at,
        raw_json,
        facts: Facts {
            state: Some(PaymentState::Initiated),
            ..Facts::default()
        },
    }
}
