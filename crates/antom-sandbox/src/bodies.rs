//! JSON bodies the sandbox sends: inquiryPayment's view of a payment and the notifyPayment,
//! notifyCapture and notifyRefund bodies, in Antom's field names. No state changes here.

use serde_json::{json, Map, Value};

use crate::clock::antom_time;
use crate::ledger::{Capture, Payment, PaymentState, Refund};
use crate::reply::{amount, result_info, success_info, NotifyKind, Outgoing};

/// The simulated card every card payment is made with.
pub fn card_info() -> Value {
    json!({
        "cardBrand": "VISA",
        "cardNo": "************1111",
        "funding": "CREDIT",
        "issuingCountry": "SG"
    })
}

fn insert(map: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(v) = value {
        map.insert(key.to_owned(), v);
    }
}

/// The payment fields shared by inquiryPayment and notifyPayment.
fn payment_fields(p: &Payment, map: &mut Map<String, Value>) {
    map.insert("paymentRequestId".into(), json!(p.payment_request_id));
    map.insert("paymentId".into(), json!(p.payment_id));
    map.insert("paymentAmount".into(), amount(p.amount));
    map.insert("paymentCreateTime".into(), json!(antom_time(p.created_at)));
    if p.state == PaymentState::Success || p.state == PaymentState::Cancelled {
        insert(map, "paymentTime", p.paid_at.map(|t| json!(antom_time(t))));
    }
    map.insert("paymentMethodType".into(), json!(p.method));
    insert(
        map,
        "authExpiryTime",
        p.auth_expiry.map(|t| json!(antom_time(t))),
    );
    if p.card {
        map.insert("cardInfo".into(), card_info());
        map.insert("paymentResultInfo".into(), card_info());
    } else {
        map.insert("paymentResultInfo".into(), json!({}));
    }
}

/// inquiryPayment's answer for a known payment, `transactions[]` included when non-empty.
pub fn inquiry(p: &Payment, refunds: &[&Refund]) -> Value {
    let mut map = Map::new();
    map.insert("result".into(), success_info());
    map.insert("paymentStatus".into(), json!(p.state.wire()));
    map.insert("paymentResultCode".into(), json!(p.result_code));
    map.insert("paymentResultMessage".into(), json!(p.result_message));
    payment_fields(p, &mut map);
    let mut transactions: Vec<Value> = Vec::new();
    for c in &p.captures {
        transactions.push(transaction(
            "CAPTURE",
            &c.capture_request_id,
            &c.capture_id,
            c.amount,
            c.captured_at,
        ));
    }
    for r in refunds {
        transactions.push(transaction(
            "REFUND",
            &r.refund_request_id,
            &r.refund_id,
            r.amount,
            r.refunded_at,
        ));
    }
    if let Some(at) = p.cancelled_at {
        transactions.push(json!({
            "transactionType": "CANCEL",
            "transactionStatus": "SUCCESS",
            "transactionRequestId": p.payment_request_id,
            "transactionId": p.payment_id,
            "transactionAmount": amount(p.amount),
            "transactionTime": antom_time(at),
            "transactionResult": success_info(),
        }));
    }
    if !transactions.is_empty() {
        map.insert("transactions".into(), Value::Array(transactions));
    }
    Value::Object(map)
}

fn transaction(
    kind: &str,
    request_id: &str,
    id: &str,
    money: antom::Money,
    at: chrono::DateTime<chrono::Utc>,
) -> Value {
    json!({
        "transactionType": kind,
        "transactionStatus": "SUCCESS",
        "transactionRequestId": request_id,
        "transactionId": id,
        "transactionAmount": amount(money),
        "transactionTime": antom_time(at),
        "transactionResult": success_info(),
    })
}

/// notifyPayment: `PAYMENT_RESULT` (S or F) or `PAYMENT_PENDING`.
pub fn payment_notification(p: &Payment, default_url: Option<&str>) -> Outgoing {
    let (kind, result) = match p.state {
        PaymentState::Pending => (NotifyKind::PaymentPending, success_info()),
        PaymentState::Success => (NotifyKind::PaymentResult, success_info()),
        _ => (
            NotifyKind::PaymentResult,
            result_info("F", &p.result_code, &p.result_message),
        ),
    };
    let mut map = Map::new();
    map.insert(
        "notifyType".into(),
        json!(match kind {
            NotifyKind::PaymentPending => "PAYMENT_PENDING",
            _ => "PAYMENT_RESULT",
        }),
    );
    map.insert("result".into(), result);
    payment_fields(p, &mut map);
    Outgoing {
        kind,
        url: p.notify_url.clone().or(default_url.map(str::to_owned)),
        body: Value::Object(map),
    }
}

/// notifyCapture (`CAPTURE_RESULT`, S).
pub fn capture_notification(p: &Payment, c: &Capture, default_url: Option<&str>) -> Outgoing {
    Outgoing {
        kind: NotifyKind::CaptureResult,
        url: p.notify_url.clone().or(default_url.map(str::to_owned)),
        body: json!({
            "notifyType": "CAPTURE_RESULT",
            "result": success_info(),
            "captureRequestId": c.capture_request_id,
            "captureId": c.capture_id,
            "paymentId": p.payment_id,
            "captureAmount": amount(c.amount),
            "captureTime": antom_time(c.captured_at),
        }),
    }
}

/// notifyRefund (`REFUND_RESULT`, S); goes to `refundNotifyUrl` or the default URL.
pub fn refund_notification(r: &Refund, default_url: Option<&str>) -> Outgoing {
    Outgoing {
        kind: NotifyKind::RefundResult,
        url: r.notify_url.clone().or(default_url.map(str::to_owned)),
        body: json!({
            "notifyType": "REFUND_RESULT",
            "result": success_info(),
            "refundStatus": "SUCCESS",
            "refundRequestId": r.refund_request_id,
            "refundId": r.refund_id,
            "refundAmount": amount(r.amount),
            "refundTime": antom_time(r.refunded_at),
        }),
    }
}
