//! The buyer's side: paying a session with a chosen method and outcome (checkout page and
//! `POST /sandbox/v1/pay`), and closing abandoned payments when their session expires.

use chrono::Duration;
use serde::Deserialize;
use serde_json::json;

use crate::bodies::{capture_notification, payment_notification};
use crate::ids::IdKind;
use crate::ledger::{Capture, Ledger, Payment, PaymentState};
use crate::methods::is_card;
use crate::reply::{Ctx, Done, Outgoing, Reject, Reply};

/// Cards authorised for manual capture must be captured within this.
pub const AUTH_VALIDITY_DAYS: i64 = 7;

/// What the buyer's attempt comes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PayOutcome {
    Success,
    #[serde(alias = "FAIL")]
    Failure,
    /// The buyer left the 3-D Secure challenge: PROCESSING until the session expires, then FAIL.
    #[serde(alias = "3DS_ABANDONED")]
    ThreedsAbandoned,
    /// Buyer paid, result pending (`PAYMENT_PENDING`), settled later by another pay call.
    Pending,
}

impl PayOutcome {
    pub const CHOICES: &'static [(&'static str, &'static str)] = &[
        ("SUCCESS", "Success"),
        ("FAILURE", "Failure"),
        ("THREEDS_ABANDONED", "3DS abandoned"),
        ("PENDING", "Pending"),
    ];
}

/// `POST /sandbox/v1/pay` and the checkout form.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PayRequest {
    #[serde(default)]
    pub payment_request_id: Option<String>,
    #[serde(default)]
    pub payment_session_id: Option<String>,
    #[serde(default)]
    pub payment_method_type: Option<String>,
    pub outcome: PayOutcome,
    /// Overrides the failure's `paymentResultCode` (default `RISK_REJECT`).
    #[serde(default)]
    pub result_code: Option<String>,
}

pub fn pay(ledger: &mut Ledger, ctx: &Ctx<'_>, req: &PayRequest) -> Reply {
    let session = match (&req.payment_session_id, &req.payment_request_id) {
        (Some(id), _) => ledger.sessions.get(id),
        (None, Some(req_id)) => ledger.session_for_request(req_id),
        (None, None) => {
            return Err(Reject::new(
                "PARAM_ILLEGAL",
                "paymentRequestId or paymentSessionId is required",
            ))
        }
    }
    .cloned()
    .ok_or_else(|| Reject::new("SESSION_NOT_FOUND", "no such payment session"))?;
    if session.cancelled_at.is_some() {
        return Err(Reject::new("SESSION_CLOSED", "the order was cancelled"));
    }
    let existing = session
        .payment_id
        .as_ref()
        .and_then(|id| ledger.payments.get(id))
        .cloned();
    let outcome = req.outcome;
    if let Some(p) = &existing {
        let open = matches!(p.state, PaymentState::Pending | PaymentState::Processing);
        if open && matches!(outcome, PayOutcome::Success | PayOutcome::Failure) {
            return settle(ledger, ctx, p.clone(), outcome, req.result_code.as_deref());
        }
        if p.state != PaymentState::Fail {
            return Err(Reject::new(
                "PAYMENT_FINAL",
                format!("the payment is {} already", p.state.wire()),
            ));
        }
    }
    if session.expires_at <= ctx.now {
        return Err(Reject::new(
            "SESSION_EXPIRED",
            "the payment session has expired",
        ));
    }
    let method = req
        .payment_method_type
        .clone()
        .or_else(|| session.fixed_method.clone())
        .ok_or_else(|| Reject::new("PARAM_ILLEGAL", "paymentMethodType is required"))?;
    if let Some(fixed) = &session.fixed_method {
        if *fixed != method {
            return Err(Reject::new(
                "METHOD_NOT_ALLOWED",
                format!("this session is for {fixed} only"),
            ));
        }
    }
    if !session.allowed_methods.is_empty() && !session.allowed_methods.contains(&method) {
        return Err(Reject::new(
            "METHOD_NOT_ALLOWED",
            format!("{method} is not in availablePaymentMethod"),
        ));
    }
    let card = is_card(&method);
    if card && !session.has_buyer {
        return Err(Reject::new(
            "BUYER_REQUIRED",
            "card payments need order.buyer on the session",
        ));
    }
    if outcome == PayOutcome::ThreedsAbandoned && !card {
        return Err(Reject::new(
            "PARAM_ILLEGAL",
            "3DS abandoned applies to card payments only",
        ));
    }
    let payment_id = existing
        .as_ref()
        .map(|p| p.payment_id.clone())
        .unwrap_or_else(|| ctx.ids.next_id(IdKind::Payment, ctx.now));
    let payment = Payment {
        payment_id: payment_id.clone(),
        payment_request_id: session.payment_request_id.clone(),
        payment_session_id: session.payment_session_id.clone(),
        amount: session.amount,
        method,
        state: PaymentState::Processing,
        result_code: "PAYMENT_IN_PROCESS".into(),
        result_message: "payment in process".into(),
        created_at: existing.as_ref().map_or(ctx.now, |p| p.created_at),
        paid_at: None,
        auth_expiry: None,
        card,
        manual_capture: card && session.manual_capture,
        captures: Vec::new(),
        refund_ids: Vec::new(),
        cancelled_at: None,
        notify_url: session.notify_url.clone(),
    };
    let mut session = session;
    session.payment_id = Some(payment_id);
    ledger.put_session(session);
    match outcome {
        PayOutcome::ThreedsAbandoned => {
            ledger.put_payment(payment.clone());
            Ok(Done::quiet(pay_body(&payment)))
        }
        PayOutcome::Pending => {
            let mut p = payment;
            p.state = PaymentState::Pending;
            let note = payment_notification(&p, ctx.default_notify_url);
            ledger.put_payment(p.clone());
            Ok(Done {
                body: pay_body(&p),
                notifications: vec![note],
            })
        }
        _ => settle(ledger, ctx, payment, outcome, req.result_code.as_deref()),
    }
}

/// Completes a payment as SUCCESS (authorising, capturing automatically or settling) or FAIL.
fn settle(
    ledger: &mut Ledger,
    ctx: &Ctx<'_>,
    mut p: Payment,
    outcome: PayOutcome,
    fail_code: Option<&str>,
) -> Reply {
    let mut notifications: Vec<Outgoing> = Vec::new();
    if outcome == PayOutcome::Success {
        p.state = PaymentState::Success;
        p.result_code = "SUCCESS".into();
        p.result_message = "success".into();
        p.paid_at = Some(ctx.now);
        if p.manual_capture {
            p.auth_expiry = Some(ctx.now + Duration::days(AUTH_VALIDITY_DAYS));
        }
        notifications.push(payment_notification(&p, ctx.default_notify_url));
        if p.card && !p.manual_capture {
            let capture = Capture {
                capture_id: ctx.ids.next_id(IdKind::Capture, ctx.now),
                capture_request_id: p.payment_request_id.clone(),
                amount: p.amount,
                captured_at: ctx.now,
            };
            notifications.push(capture_notification(&p, &capture, ctx.default_notify_url));
            p.captures.push(capture);
        }
    } else {
        p.state = PaymentState::Fail;
        p.result_code = fail_code.unwrap_or("RISK_REJECT").to_owned();
        p.result_message = "the payment failed (sandbox)".into();
        notifications.push(payment_notification(&p, ctx.default_notify_url));
    }
    let body = pay_body(&p);
    ledger.put_payment(p);
    Ok(Done {
        body,
        notifications,
    })
}

fn pay_body(p: &Payment) -> serde_json::Value {
    json!({
        "paymentId": p.payment_id,
        "paymentRequestId": p.payment_request_id,
        "paymentStatus": p.state.wire(),
        "paymentMethodType": p.method,
    })
}

/// Closes payments left PROCESSING (3DS abandoned) once their session has expired: FAIL with
/// `ORDER_IS_CLOSED` and a failure notification, as Antom does when the last order closes.
pub fn close_expired(ledger: &mut Ledger, ctx: &Ctx<'_>) -> Vec<Outgoing> {
    let due: Vec<Payment> = ledger
        .payments
        .values()
        .filter(|p| p.state == PaymentState::Processing)
        .filter(|p| {
            ledger
                .sessions
                .get(&p.payment_session_id)
                .is_some_and(|s| s.expires_at <= ctx.now)
        })
        .cloned()
        .collect();
    let mut out = Vec::new();
    for mut p in due {
        p.state = PaymentState::Fail;
        p.result_code = "ORDER_IS_CLOSED".into();
        p.result_message = "the order was closed when the session expired".into();
        out.push(payment_notification(&p, ctx.default_notify_url));
        ledger.put_payment(p);
    }
    out
}
