//! capture, cancel, refund and inquiryRefund: amounts, windows and idempotency as Antom applies
//! them (protocol.md §3.3–3.7). Pure rules over the ledger; no HTTP, no clock reads.

use antom::model::{CancelRequest, CaptureRequest, InquiryRefundRequest, RefundRequest};
use antom::Money;
use serde_json::json;

use crate::bodies::{capture_notification, refund_notification};
use crate::clock::antom_time;
use crate::ids::IdKind;
use crate::ledger::{Capture, Ledger, Payment, PaymentState, Refund};
use crate::methods::{cancel_window, CancelWindow};
use crate::reply::{amount, success_info, Ctx, Done, Reject, Reply};
use crate::sessions::check_id;

fn parse<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, Reject> {
    serde_json::from_slice(body).map_err(|e| Reject::param(format!("request body: {e}")))
}

fn not_exist() -> Reject {
    Reject::new("ORDER_NOT_EXIST", "the order does not exist")
}

fn money_of(
    a: &antom::model::Amount,
    field: &str,
    currency: antom::Currency,
) -> Result<Money, Reject> {
    let m = a
        .to_money()
        .map_err(|e| Reject::param(format!("{field}: {e}")))?;
    if m.minor <= 0 {
        return Err(Reject::param(format!("{field}.value must be positive")));
    }
    if m.currency != currency {
        return Err(Reject::new(
            "CURRENCY_NOT_SUPPORT",
            format!("{field} must be in {}", currency.code()),
        ));
    }
    Ok(m)
}

fn sum(items: impl Iterator<Item = Money>, zero: Money) -> Money {
    items.fold(zero, |acc, m| {
        Money::new(acc.minor.saturating_add(m.minor), acc.currency)
    })
}

fn capture_body(p: &Payment, c: &Capture) -> serde_json::Value {
    json!({
        "result": success_info(),
        "captureRequestId": c.capture_request_id,
        "captureId": c.capture_id,
        "paymentId": p.payment_id,
        "captureAmount": amount(c.amount),
        "captureTime": antom_time(c.captured_at),
    })
}

pub fn capture(ledger: &mut Ledger, ctx: &Ctx<'_>, body: &[u8]) -> Reply {
    let req: CaptureRequest = parse(body)?;
    check_id("captureRequestId", &req.capture_request_id)?;
    check_id("paymentId", &req.payment_id)?;
    let mut p = ledger
        .payments
        .get(&req.payment_id)
        .cloned()
        .ok_or_else(not_exist)?;
    let want = money_of(&req.capture_amount, "captureAmount", p.amount.currency)?;
    if let Some(done) = p
        .captures
        .iter()
        .find(|c| c.capture_request_id == req.capture_request_id)
    {
        if done.amount != want {
            return Err(Reject::new(
                "REPEAT_REQ_INCONSISTENT",
                "captureRequestId was used with a different captureAmount",
            ));
        }
        return Ok(Done::quiet(capture_body(&p, done)));
    }
    if !p.card || !p.manual_capture || p.state != PaymentState::Success {
        return Err(Reject::new(
            "ORDER_STATUS_INVALID",
            "only an authorised card payment awaiting capture can be captured",
        ));
    }
    if p.auth_expiry.is_some_and(|until| ctx.now > until) {
        return Err(Reject::new(
            "PROCESS_FAIL",
            "the authorisation has expired (authExpiryTime passed)",
        ));
    }
    let captured = sum(
        p.captures.iter().map(|c| c.amount),
        Money::new(0, p.amount.currency),
    );
    if captured.minor.saturating_add(want.minor) > p.amount.minor {
        return Err(Reject::new(
            "CAPTURE_AMOUNT_EXCEED",
            "the total captured would exceed the authorised amount",
        ));
    }
    let capture = Capture {
        capture_id: ctx.ids.next_id(IdKind::Capture, ctx.now),
        capture_request_id: req.capture_request_id.clone(),
        amount: want,
        captured_at: ctx.now,
    };
    let body = capture_body(&p, &capture);
    let note = capture_notification(&p, &capture, ctx.default_notify_url);
    p.captures.push(capture);
    ledger.put_payment(p);
    Ok(Done {
        body,
        notifications: vec![note],
    })
}

pub fn cancel(ledger: &mut Ledger, ctx: &Ctx<'_>, body: &[u8]) -> Reply {
    let req: CancelRequest = parse(body)?;
    if req.payment_id.is_none() && req.payment_request_id.is_none() {
        return Err(Reject::param("paymentId or paymentRequestId is required"));
    }
    let found = ledger
        .find_payment(req.payment_id.as_deref(), req.payment_request_id.as_deref())
        .cloned();
    let Some(mut p) = found else {
        // An order the buyer never submitted: close its session.
        let session = req
            .payment_request_id
            .as_deref()
            .filter(|_| req.payment_id.is_none())
            .and_then(|r| ledger.session_for_request(r))
            .cloned()
            .ok_or_else(not_exist)?;
        let mut session = session;
        let at = *session.cancelled_at.get_or_insert(ctx.now);
        let body = json!({
            "result": success_info(),
            "paymentRequestId": session.payment_request_id,
            "cancelTime": antom_time(at),
        });
        ledger.put_session(session);
        return Ok(Done::quiet(body));
    };
    let cancel_body = |p: &Payment, at| {
        json!({
            "result": success_info(),
            "paymentId": p.payment_id,
            "paymentRequestId": p.payment_request_id,
            "cancelTime": antom_time(at),
        })
    };
    if let Some(at) = p.cancelled_at {
        return Ok(Done::quiet(cancel_body(&p, at)));
    }
    if !p.refund_ids.is_empty() {
        return Err(Reject::new(
            "PROCESS_FAIL",
            "a payment with refunds cannot be cancelled",
        ));
    }
    if p.state == PaymentState::Fail {
        return Err(Reject::new(
            "ORDER_STATUS_INVALID",
            "the payment failed; nothing to cancel",
        ));
    }
    let paid_at = p.paid_at.filter(|_| p.state == PaymentState::Success);
    let window = cancel_window(&p.method, paid_at.unwrap_or(ctx.now));
    let allowed = match (window, paid_at) {
        (CancelWindow::Never, _) => false,
        (CancelWindow::BeforePayment, paid) => paid.is_none(),
        (CancelWindow::Until(_), None) => true,
        (CancelWindow::Until(deadline), Some(_)) => ctx.now <= deadline,
    };
    let captured = p.card && !p.captures.is_empty();
    if !allowed || captured {
        return Err(Reject::new(
            "CANCEL_WINDOW_EXCEED",
            if captured {
                "the payment was captured; refund it instead"
            } else {
                "the cancellation window has passed; refund instead"
            },
        ));
    }
    p.state = PaymentState::Cancelled;
    p.cancelled_at = Some(ctx.now);
    let body = cancel_body(&p, ctx.now);
    ledger.put_payment(p);
    Ok(Done::quiet(body))
}

fn refund_body(r: &Refund) -> serde_json::Value {
    json!({
        "result": success_info(),
        "refundRequestId": r.refund_request_id,
        "refundId": r.refund_id,
        "paymentId": r.payment_id,
        "refundAmount": amount(r.amount),
        "refundTime": antom_time(r.refunded_at),
    })
}

pub fn refund(ledger: &mut Ledger, ctx: &Ctx<'_>, body: &[u8]) -> Reply {
    let req: RefundRequest = parse(body)?;
    check_id("refundRequestId", &req.refund_request_id)?;
    check_id("paymentId", &req.payment_id)?;
    let mut p = ledger
        .payments
        .get(&req.payment_id)
        .cloned()
        .ok_or_else(not_exist)?;
    let want = money_of(&req.refund_amount, "refundAmount", p.amount.currency)?;
    if let Some(done) = ledger.refund_for_request(&req.refund_request_id) {
        if done.amount != want || done.payment_id != p.payment_id {
            return Err(Reject::new(
                "REPEAT_REQ_INCONSISTENT",
                "refundRequestId was used with a different refundAmount or payment",
            ));
        }
        return Ok(Done::quiet(refund_body(done)));
    }
    if p.state != PaymentState::Success {
        return Err(Reject::new(
            "ORDER_STATUS_INVALID",
            format!("a {} payment cannot be refunded", p.state.wire()),
        ));
    }
    let zero = Money::new(0, p.amount.currency);
    let refundable = if p.card {
        sum(p.captures.iter().map(|c| c.amount), zero)
    } else {
        p.amount
    };
    if refundable.minor == 0 {
        return Err(Reject::new(
            "ORDER_STATUS_INVALID",
            "nothing captured yet; cancel the authorisation instead",
        ));
    }
    let refunded = sum(
        p.refund_ids
            .iter()
            .filter_map(|id| ledger.refunds.get(id))
            .map(|r| r.amount),
        zero,
    );
    if refunded.minor.saturating_add(want.minor) > refundable.minor {
        return Err(Reject::new(
            "REFUND_AMOUNT_EXCEED",
            "the total refunded would exceed what was paid or captured",
        ));
    }
    let r = Refund {
        refund_id: ctx.ids.next_id(IdKind::Refund, ctx.now),
        refund_request_id: req.refund_request_id.clone(),
        payment_id: p.payment_id.clone(),
        amount: want,
        refunded_at: ctx.now,
        notify_url: req.refund_notify_url.clone().filter(|u| !u.is_empty()),
    };
    let body = refund_body(&r);
    let note = refund_notification(&r, ctx.default_notify_url);
    p.refund_ids.push(r.refund_id.clone());
    ledger.put_payment(p);
    ledger.put_refund(r);
    Ok(Done {
        body,
        notifications: vec![note],
    })
}

pub fn inquiry_refund(ledger: &Ledger, body: &[u8]) -> Reply {
    let req: InquiryRefundRequest = parse(body)?;
    let r = match (&req.refund_id, &req.refund_request_id) {
        (Some(id), _) => ledger.refunds.get(id),
        (None, Some(req_id)) => ledger.refund_for_request(req_id),
        (None, None) => return Err(Reject::param("refundId or refundRequestId is required")),
    }
    .ok_or_else(|| Reject::new("ORDER_NOT_EXIST", "the refund does not exist"))?;
    Ok(Done::quiet(json!({
        "result": success_info(),
        "refundId": r.refund_id,
        "refundRequestId": r.refund_request_id,
        "refundAmount": amount(r.amount),
        "refundStatus": "SUCCESS",
        "refundTime": antom_time(r.refunded_at),
        "actualRefundAmount": amount(r.amount),
    })))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::buyer::{pay, PayOutcome, PayRequest};
    use crate::ids::SequentialIds;
    use crate::sessions::create_session;
    use chrono::{DateTime, Duration, Utc};

    struct Fixture {
        ledger: Ledger,
        ids: SequentialIds,
        now: DateTime<Utc>,
    }

    impl Fixture {
        fn new() -> Fixture {
            Fixture {
                ledger: Ledger::default(),
                ids: SequentialIds::starting_at(1),
                now: crate::clock::parse_time("2026-03-10T06:00:00Z").unwrap(),
            }
        }

        fn ctx(ids: &SequentialIds, now: DateTime<Utc>) -> Ctx<'_> {
            Ctx {
                now,
                ids,
                checkout_base: "http://sandbox",
                default_notify_url: Some("http://merchant/notify"),
            }
        }

        /// A paid payment; returns its id.
        fn paid(&mut self, req_id: &str, method: &str, manual: bool) -> String {
            let factor = if manual {
                r#","paymentFactor":{"captureMode":"MANUAL"}"#
            } else {
                ""
            };
            let body = format!(
                r#"{{"productCode":"CASHIER_PAYMENT","productScene":"CHECKOUT_PAYMENT",
                "paymentRequestId":"{req_id}","paymentAmount":{{"currency":"USD","value":"1000"}},
                "order":{{"referenceOrderId":"o","orderDescription":"d",
                "orderAmount":{{"currency":"USD","value":"1000"}},"buyer":{{"referenceBuyerId":"b"}}}},
                "paymentRedirectUrl":"http://m/r"{factor}}}"#
            );
            let ctx = Fixture::ctx(&self.ids, self.now);
            let ledger = &mut self.ledger;
            create_session(ledger, &ctx, body.as_bytes()).unwrap();
            let done = pay(
                ledger,
                &ctx,
                &PayRequest {
                    payment_request_id: Some(req_id.into()),
                    payment_session_id: None,
                    payment_method_type: Some(method.into()),
                    outcome: PayOutcome::Success,
                    result_code: None,
                },
            )
            .unwrap();
            done.body["paymentId"].as_str().unwrap().to_owned()
        }

        fn call(&mut self, rule: fn(&mut Ledger, &Ctx<'_>, &[u8]) -> Reply, body: &str) -> Reply {
            let ctx = Fixture::ctx(&self.ids, self.now);
            rule(&mut self.ledger, &ctx, body.as_bytes())
        }
    }

    fn code(reply: Reply) -> &'static str {
        reply.map_or_else(|r| r.code, |_| "SUCCESS")
    }

    #[test]
    fn capture_rules() {
        let mut f = Fixture::new();
        let id = f.paid("P1", "CARD", true);
        let cap = |req: &str, v: &str| {
            format!(
                r#"{{"captureRequestId":"{req}","paymentId":"{id}","captureAmount":{{"currency":"USD","value":"{v}"}}}}"#
            )
        };
        let done = f.call(capture, &cap("C1", "400")).unwrap();
        assert_eq!(done.notifications.len(), 1);
        assert!(f
            .call(capture, &cap("C1", "400"))
            .unwrap()
            .notifications
            .is_empty());
        assert_eq!(
            code(f.call(capture, &cap("C1", "401"))),
            "REPEAT_REQ_INCONSISTENT"
        );
        assert_eq!(
            code(f.call(capture, &cap("C2", "601"))),
            "CAPTURE_AMOUNT_EXCEED"
        );
        f.now += Duration::days(8);
        assert_eq!(code(f.call(capture, &cap("C3", "100"))), "PROCESS_FAIL");
        let auto = f.paid("P2", "CARD", false);
        let p = &f.ledger.payments[&auto];
        assert_eq!(p.captures[0].capture_request_id, "P2");
    }

    #[test]
    fn refund_and_cancel_rules() {
        let mut f = Fixture::new();
        let id = f.paid("P1", "ALIPAY_CN", false);
        let refund_body = |req: &str, v: &str| {
            format!(
                r#"{{"refundRequestId":"{req}","paymentId":"{id}","refundAmount":{{"currency":"USD","value":"{v}"}}}}"#
            )
        };
        assert_eq!(code(f.call(refund, &refund_body("R1", "700"))), "SUCCESS");
        assert_eq!(
            code(f.call(refund, &refund_body("R1", "701"))),
            "REPEAT_REQ_INCONSISTENT"
        );
        assert_eq!(
            code(f.call(refund, &refund_body("R2", "301"))),
            "REFUND_AMOUNT_EXCEED"
        );
        assert_eq!(code(f.call(refund, &refund_body("R2", "300"))), "SUCCESS");
        let cancel_body = format!(r#"{{"paymentId":"{id}"}}"#);
        assert_eq!(code(f.call(cancel, &cancel_body)), "PROCESS_FAIL");
        let other = f.paid("P2", "GCASH", false);
        let cancel_other = format!(r#"{{"paymentId":"{other}"}}"#);
        f.now += Duration::hours(11);
        assert_eq!(code(f.call(cancel, &cancel_other)), "CANCEL_WINDOW_EXCEED");
        assert_eq!(
            code(f.call(cancel, r#"{"paymentId":"nope"}"#)),
            "ORDER_NOT_EXIST"
        );
        assert_eq!(code(f.call(cancel, "{}")), "PARAM_ILLEGAL");
    }
}
