//! createPaymentSession: validates the three request shapes like Antom and opens a one-hour
//! session; inquiryPayment. Pure rules over the ledger; no HTTP, no clock reads.

use antom::model::{CaptureMode, CreatePaymentSessionRequest, InquiryPaymentRequest, SessionShape};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use chrono::Duration;
use serde_json::json;

use crate::bodies;
use crate::clock::{antom_time, parse_time};
use crate::ids::IdKind;
use crate::ledger::{Ledger, Session, SessionKind};
use crate::methods::is_card;
use crate::reply::{success_info, Ctx, Done, Reject, Reply};

/// Sessions last one hour unless the request asks for less.
pub const SESSION_LIFETIME_SECS: i64 = 3600;

const MAX_ID_LEN: usize = 64;

pub fn create_session(ledger: &mut Ledger, ctx: &Ctx<'_>, body: &[u8]) -> Reply {
    let req: CreatePaymentSessionRequest =
        serde_json::from_slice(body).map_err(|e| Reject::param(format!("request body: {e}")))?;
    if req.product_code != "CASHIER_PAYMENT" {
        return Err(Reject::param("productCode must be CASHIER_PAYMENT"));
    }
    check_id("paymentRequestId", &req.payment_request_id)?;
    let amount = req
        .payment_amount
        .to_money()
        .map_err(|e| Reject::param(format!("paymentAmount: {e}")))?;
    if amount.minor <= 0 {
        return Err(Reject::param("paymentAmount.value must be positive"));
    }
    if amount.currency.code() == "IDR" && amount.minor % 100 != 0 {
        return Err(Reject::param("IDR amounts must end in 00"));
    }
    req.order
        .order_amount
        .to_money()
        .map_err(|e| Reject::param(format!("order.orderAmount: {e}")))?;
    if req.order.reference_order_id.trim().is_empty() {
        return Err(Reject::param("order.referenceOrderId is required"));
    }
    if req.order.order_description.trim().is_empty() {
        return Err(Reject::param("order.orderDescription is required"));
    }
    if req.payment_redirect_url.trim().is_empty() {
        return Err(Reject::param("paymentRedirectUrl is required"));
    }
    let shape = req.shape().ok_or_else(|| {
        Reject::param(
            "give productScene (CHECKOUT_PAYMENT / ELEMENT_PAYMENT) or paymentMethod, not both",
        )
    })?;
    let has_buyer = req.order.buyer.as_ref().is_some_and(|b| {
        [&b.reference_buyer_id, &b.buyer_email, &b.buyer_phone_no]
            .iter()
            .any(|f| f.as_deref().is_some_and(|v| !v.trim().is_empty()))
    });
    let allowed_methods: Vec<String> = req
        .available_payment_method
        .as_ref()
        .and_then(|a| a.payment_method_type_list.as_ref())
        .map(|l| l.iter().map(|m| m.payment_method_type.clone()).collect())
        .unwrap_or_default();
    let (kind, fixed_method) = match &shape {
        SessionShape::CheckoutPage => (SessionKind::CheckoutPage, None),
        SessionShape::Element => (SessionKind::Element, None),
        SessionShape::Legacy {
            payment_method_type,
            ..
        } => (SessionKind::Legacy, Some(payment_method_type.clone())),
    };
    let only_cards = match &fixed_method {
        Some(m) => is_card(m),
        None => !allowed_methods.is_empty() && allowed_methods.iter().all(|m| is_card(m)),
    };
    if only_cards && !has_buyer {
        return Err(Reject::param(
            "order.buyer (referenceBuyerId, buyerEmail or buyerPhoneNo) is required for card payments",
        ));
    }
    if kind == SessionKind::CheckoutPage
        && req.order.goods.as_ref().is_some_and(|g| !g.is_empty())
        && req.goods_sum_matches_order() != Some(true)
    {
        return Err(Reject::param(
            "the sum of goodsUnitAmount x goodsQuantity must equal order.orderAmount",
        ));
    }
    let latest = ctx.now + Duration::seconds(SESSION_LIFETIME_SECS);
    let expires_at = match &req.payment_session_expiry_time {
        None => latest,
        Some(text) => {
            let at = parse_time(text)
                .ok_or_else(|| Reject::param("paymentSessionExpiryTime is not ISO 8601"))?;
            if at <= ctx.now || at > latest {
                return Err(Reject::param(
                    "paymentSessionExpiryTime must be within one hour after creation",
                ));
            }
            at
        }
    };
    if let Some(existing) = ledger.session_for_request(&req.payment_request_id) {
        let reusable = existing.amount == amount
            && existing.payment_id.is_none()
            && existing.cancelled_at.is_none()
            && existing.expires_at > ctx.now;
        if !reusable {
            return Err(Reject::new(
                "REPEAT_REQ_INCONSISTENT",
                "paymentRequestId was already used; use a new one",
            ));
        }
        return Ok(Done::quiet(session_body(existing, ctx)));
    }
    let manual_capture = req.payment_factor.as_ref().is_some_and(|f| {
        f.capture_mode == Some(CaptureMode::Manual) || f.is_authorization == Some(true)
    });
    let session = Session {
        payment_session_id: ctx.ids.next_id(IdKind::Session, ctx.now),
        payment_request_id: req.payment_request_id.clone(),
        kind,
        amount,
        order_description: req.order.order_description.clone(),
        reference_order_id: req.order.reference_order_id.clone(),
        fixed_method,
        allowed_methods,
        manual_capture,
        has_buyer,
        redirect_url: req.payment_redirect_url.clone(),
        notify_url: req.payment_notify_url.clone().filter(|u| !u.is_empty()),
        created_at: ctx.now,
        expires_at,
        payment_id: None,
        cancelled_at: None,
    };
    let body = session_body(&session, ctx);
    ledger.put_session(session);
    Ok(Done::quiet(body))
}

fn session_body(s: &Session, ctx: &Ctx<'_>) -> serde_json::Value {
    let token = STANDARD.encode(format!("antom-sandbox:{}", s.payment_session_id));
    json!({
        "result": success_info(),
        "paymentSessionData": format!("{token}&&SG&&111"),
        "paymentSessionExpiryTime": antom_time(s.expires_at),
        "paymentSessionId": s.payment_session_id,
        "normalUrl": format!("{}/checkout/{}", ctx.checkout_base, s.payment_session_id),
    })
}

pub fn check_id(field: &str, id: &str) -> Result<(), Reject> {
    if id.trim().is_empty() {
        return Err(Reject::param(format!("{field} is required")));
    }
    if id.len() > MAX_ID_LEN {
        return Err(Reject::param(format!(
            "{field} is longer than 64 characters"
        )));
    }
    Ok(())
}

pub fn inquiry_payment(ledger: &Ledger, body: &[u8]) -> Reply {
    let req: InquiryPaymentRequest =
        serde_json::from_slice(body).map_err(|e| Reject::param(format!("request body: {e}")))?;
    if req.payment_id.is_none() && req.payment_request_id.is_none() {
        return Err(Reject::param("paymentId or paymentRequestId is required"));
    }
    let payment = ledger
        .find_payment(req.payment_id.as_deref(), req.payment_request_id.as_deref())
        .ok_or_else(|| Reject::new("ORDER_NOT_EXIST", "the order does not exist"))?;
    let refunds: Vec<_> = payment
        .refund_ids
        .iter()
        .filter_map(|id| ledger.refunds.get(id))
        .collect();
    Ok(Done::quiet(bodies::inquiry(payment, &refunds)))
}
