//! Conformance of the sandbox's API to protocol.md, driven with `antom::Client` over real HTTP
//! on 127.0.0.1: sessions, payments, capture, cancel, refund, inquiries and request checks.

mod common;

use antom::model::{
    CancelRequest, CaptureRequest, Goods, InquiryPaymentRequest, InquiryRefundRequest,
    PaymentStatus, RefundRequest, RefundStatus, SessionShape, TransactionType,
};
use common::*;
use serde_json::json;

#[tokio::test]
async fn checkout_page_session_then_paid_apm_settles() {
    let h = start().await;
    let req = ckp("PAY-APM-1", "4200", "SGD", false);
    let session = succeeded(h.client.create_payment_session(&req).await.unwrap().outcome);
    let id = session.payment_session_id.clone().unwrap();
    assert!(session.payment_session_data.unwrap().contains("&&"));
    assert_eq!(
        session.normal_url.as_deref(),
        Some(format!("{}/checkout/{id}", h.sandbox.base_url).as_str())
    );
    assert_eq!(
        session.payment_session_expiry_time.as_deref(),
        Some("2026-03-10T07:00:00+00:00"),
        "sessions last one hour"
    );
    // Before the buyer submits anything the order does not exist.
    let q = InquiryPaymentRequest::by_payment_request_id("PAY-APM-1");
    let early = h.client.inquiry_payment(&q).await.unwrap().outcome;
    assert_eq!(failed_code(early), "ORDER_NOT_EXIST");
    let payment_id = h.pay("PAY-APM-1", "GCASH", "SUCCESS").await;
    assert_eq!(payment_id.len(), 35);
    let got = succeeded(h.client.inquiry_payment(&q).await.unwrap().outcome);
    assert_eq!(got.payment_status, Some(PaymentStatus::Success));
    assert_eq!(got.payment_id.as_deref(), Some(payment_id.as_str()));
    assert_eq!(got.payment_method_type.as_deref(), Some("GCASH"));
    assert!(got.payment_time.is_some());
    assert!(got.auth_expiry_time.is_none());
    assert!(got.transactions.is_none());
    // An APM settles on payment: it can be refunded at once.
    let refund = RefundRequest::new("REF-APM-1", &payment_id, amount("4200", "SGD"));
    succeeded(h.client.refund(&refund).await.unwrap().outcome);
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn session_requests_are_validated_like_antom() {
    let h = start().await;
    // Cards need a buyer.
    let mut legacy = ckp("PAY-V-1", "1000", "USD", false);
    legacy.product_scene = None;
    legacy.payment_method = Some(antom::model::PaymentMethod {
        payment_method_type: "CARD".into(),
        extra: Default::default(),
    });
    legacy.order.buyer = None;
    let out = h
        .client
        .create_payment_session(&legacy)
        .await
        .unwrap()
        .outcome;
    assert_eq!(failed_code(out), "PARAM_ILLEGAL");
    // A non-card legacy session without a buyer is fine.
    legacy.payment_method.as_mut().unwrap().payment_method_type = "ONLINEBANKING_FPX".into();
    succeeded(
        h.client
            .create_payment_session(&legacy)
            .await
            .unwrap()
            .outcome,
    );
    // Checkout Page goods must add up to the order amount.
    let mut goods = ckp("PAY-V-2", "1000", "USD", false);
    let item = |unit: &str, qty: &str| Goods {
        reference_goods_id: Some("g".into()),
        goods_name: Some("thing".into()),
        goods_unit_amount: Some(amount(unit, "USD")),
        goods_quantity: Some(qty.into()),
        ..Goods::default()
    };
    goods.order.goods = Some(vec![item("300", "3")]);
    let out = h
        .client
        .create_payment_session(&goods)
        .await
        .unwrap()
        .outcome;
    assert_eq!(failed_code(out), "PARAM_ILLEGAL");
    goods.order.goods = Some(vec![item("300", "3"), item("100", "1")]);
    succeeded(
        h.client
            .create_payment_session(&goods)
            .await
            .unwrap()
            .outcome,
    );
    // Required fields: a body without `order` is a parameter error, not a crash.
    let mut element = ckp("PAY-V-3", "1000", "USD", false);
    element.product_scene = Some(antom::model::ProductScene::Element);
    let mut raw = serde_json::to_value(&element).unwrap();
    raw.as_object_mut().unwrap().remove("order");
    let call = h
        .client
        .call_with_body::<antom::model::CreatePaymentSessionResponse>(
            antom::Api::CreatePaymentSession,
            serde_json::to_vec(&raw).unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(failed_code(call.outcome), "PARAM_ILLEGAL");
    // Mixed shapes (a scene and a fixed method) are refused; Element alone is accepted.
    let mut mixed = element.clone();
    mixed.payment_method = legacy.payment_method.clone();
    let out = h
        .client
        .create_payment_session(&mixed)
        .await
        .unwrap()
        .outcome;
    assert_eq!(failed_code(out), "PARAM_ILLEGAL");
    assert_eq!(element.shape(), Some(SessionShape::Element));
    succeeded(
        h.client
            .create_payment_session(&element)
            .await
            .unwrap()
            .outcome,
    );
    // Expiry can only be set within one hour.
    let mut late = ckp("PAY-V-4", "1000", "USD", false);
    late.payment_session_expiry_time = Some("2026-03-10T08:00:00+00:00".into());
    let out = h
        .client
        .create_payment_session(&late)
        .await
        .unwrap()
        .outcome;
    assert_eq!(failed_code(out), "PARAM_ILLEGAL");
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn sessions_expire_after_an_hour() {
    let h = start().await;
    let req = ckp("PAY-EXP-1", "1000", "USD", false);
    succeeded(h.client.create_payment_session(&req).await.unwrap().outcome);
    h.advance(3601).await;
    let (status, body) = h
        .control(
            "/sandbox/v1/pay",
            json!({"paymentRequestId": "PAY-EXP-1", "paymentMethodType": "GCASH", "outcome": "SUCCESS"}),
        )
        .await;
    assert_eq!(status, 409);
    assert_eq!(body["error"], "SESSION_EXPIRED");
    let q = InquiryPaymentRequest::by_payment_request_id("PAY-EXP-1");
    let out = h.client.inquiry_payment(&q).await.unwrap().outcome;
    assert_eq!(failed_code(out), "ORDER_NOT_EXIST");
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn manual_capture_card_is_authorised_for_seven_days_and_captured_up_to_the_amount() {
    let h = start().await;
    let req = ckp("PAY-CARD-M", "10000", "USD", true);
    let payment_id = h.paid(&req, "CARD").await;
    let q = InquiryPaymentRequest::by_payment_id(&payment_id);
    let got = succeeded(h.client.inquiry_payment(&q).await.unwrap().outcome);
    assert_eq!(got.payment_status, Some(PaymentStatus::Success));
    assert_eq!(
        got.auth_expiry_time.as_deref(),
        Some("2026-03-17T06:00:00+00:00"),
        "authExpiryTime = authorisation + 7 days"
    );
    assert_eq!(got.captures().count(), 0);
    // Refund before capture is refused: nothing captured yet.
    let early = RefundRequest::new("REF-EARLY", &payment_id, amount("100", "USD"));
    assert_eq!(
        failed_code(h.client.refund(&early).await.unwrap().outcome),
        "ORDER_STATUS_INVALID"
    );
    let first = CaptureRequest::new("CAP-1", &payment_id, amount("6000", "USD"));
    let c1 = succeeded(h.client.capture(&first).await.unwrap().outcome);
    // Same id, same amount: the same result.
    let again = succeeded(h.client.capture(&first).await.unwrap().outcome);
    assert_eq!(c1.capture_id, again.capture_id);
    // Same id, different amount.
    let changed = CaptureRequest::new("CAP-1", &payment_id, amount("6001", "USD"));
    assert_eq!(
        failed_code(h.client.capture(&changed).await.unwrap().outcome),
        "REPEAT_REQ_INCONSISTENT"
    );
    // Beyond the authorised total.
    let over = CaptureRequest::new("CAP-2", &payment_id, amount("4001", "USD"));
    assert_eq!(
        failed_code(h.client.capture(&over).await.unwrap().outcome),
        "CAPTURE_AMOUNT_EXCEED"
    );
    let rest = CaptureRequest::new("CAP-3", &payment_id, amount("4000", "USD"));
    succeeded(h.client.capture(&rest).await.unwrap().outcome);
    let got = succeeded(h.client.inquiry_payment(&q).await.unwrap().outcome);
    let captures: Vec<_> = got.captures().collect();
    assert_eq!(captures.len(), 2);
    assert_eq!(captures[0].transaction_request_id.as_deref(), Some("CAP-1"));
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn capture_after_authorisation_expiry_fails() {
    let h = start().await;
    let payment_id = h
        .paid(&ckp("PAY-CARD-X", "5000", "USD", true), "CARD")
        .await;
    h.advance(7 * 24 * 3600 + 1).await;
    let late = CaptureRequest::new("CAP-LATE", &payment_id, amount("5000", "USD"));
    assert_eq!(
        failed_code(h.client.capture(&late).await.unwrap().outcome),
        "PROCESS_FAIL"
    );
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn is_authorization_legacy_card_awaits_capture() {
    let h = start().await;
    let mut req = ckp("PAY-LEG-1", "2500", "USD", false);
    req.product_scene = None;
    req.payment_method = Some(antom::model::PaymentMethod {
        payment_method_type: "CARD".into(),
        extra: Default::default(),
    });
    req.payment_factor = Some(antom::model::PaymentFactor {
        is_authorization: Some(true),
        ..Default::default()
    });
    let payment_id = h.paid(&req, "CARD").await;
    let got = succeeded(
        h.client
            .inquiry_payment(&InquiryPaymentRequest::by_payment_id(&payment_id))
            .await
            .unwrap()
            .outcome,
    );
    assert!(got.auth_expiry_time.is_some());
    assert_eq!(got.captures().count(), 0);
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn automatic_capture_card_is_captured_with_the_payment_request_id() {
    let h = start().await;
    let payment_id = h
        .paid(&ckp("PAY-CARD-A", "3000", "USD", false), "CARD")
        .await;
    let got = succeeded(
        h.client
            .inquiry_payment(&InquiryPaymentRequest::by_payment_id(&payment_id))
            .await
            .unwrap()
            .outcome,
    );
    let captures: Vec<_> = got.captures().collect();
    assert_eq!(captures.len(), 1);
    assert_eq!(
        captures[0].transaction_request_id.as_deref(),
        Some("PAY-CARD-A")
    );
    // Already captured: a manual capture is refused, and cancel is too late.
    let cap = CaptureRequest::new("CAP-X", &payment_id, amount("3000", "USD"));
    assert_eq!(
        failed_code(h.client.capture(&cap).await.unwrap().outcome),
        "ORDER_STATUS_INVALID"
    );
    let cancel = CancelRequest::by_payment_id(&payment_id);
    assert_eq!(
        failed_code(h.client.cancel(&cancel).await.unwrap().outcome),
        "CANCEL_WINDOW_EXCEED"
    );
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn cancel_windows_follow_the_payment_method() {
    let h = start().await;
    // Card authorisation: cancellable within 7 days, repeat-safe.
    let card = h
        .paid(&ckp("PAY-C-CARD", "1000", "USD", true), "CARD")
        .await;
    let cancel = CancelRequest::by_payment_id(&card);
    let first = succeeded(h.client.cancel(&cancel).await.unwrap().outcome);
    let again = succeeded(h.client.cancel(&cancel).await.unwrap().outcome);
    assert_eq!(first.cancel_time, again.cancel_time);
    let got = succeeded(
        h.client
            .inquiry_payment(&InquiryPaymentRequest::by_payment_id(&card))
            .await
            .unwrap()
            .outcome,
    );
    assert_eq!(got.payment_status, Some(PaymentStatus::Cancelled));
    // Card older than 7 days.
    let old_card = h
        .paid(&ckp("PAY-C-CARD2", "1000", "USD", true), "CARD")
        .await;
    // Wallet paid 14:00 UTC+8 on the 10th: cancellable until 00:15 UTC+8 on the 11th.
    let wallet = h
        .paid(&ckp("PAY-C-GCASH", "1000", "USD", false), "GCASH")
        .await;
    let wallet2 = h
        .paid(&ckp("PAY-C-GCASH2", "1000", "USD", false), "ALIPAY_HK")
        .await;
    // Indonesian wallet and JKOPay: never.
    let dana = h
        .paid(&ckp("PAY-C-DANA", "30000", "IDR", false), "DANA")
        .await;
    let jko = h
        .paid(&ckp("PAY-C-JKO", "10000", "TWD", false), "JKOPAY")
        .await;
    for id in [&dana, &jko] {
        let out = h
            .client
            .cancel(&CancelRequest::by_payment_id(id))
            .await
            .unwrap();
        assert_eq!(failed_code(out.outcome), "CANCEL_WINDOW_EXCEED");
    }
    // 10 h later = 00:00 UTC+8 on the 11th: still inside.
    h.advance(10 * 3600).await;
    succeeded(
        h.client
            .cancel(&CancelRequest::by_payment_request_id("PAY-C-GCASH"))
            .await
            .unwrap()
            .outcome,
    );
    let _ = wallet;
    // 00:16 UTC+8: past the window.
    h.advance(16 * 60).await;
    let out = h
        .client
        .cancel(&CancelRequest::by_payment_id(&wallet2))
        .await
        .unwrap();
    assert_eq!(failed_code(out.outcome), "CANCEL_WINDOW_EXCEED");
    h.advance(7 * 24 * 3600).await;
    let out = h
        .client
        .cancel(&CancelRequest::by_payment_id(&old_card))
        .await
        .unwrap();
    assert_eq!(failed_code(out.outcome), "CANCEL_WINDOW_EXCEED");
    // Unknown payment.
    let out = h
        .client
        .cancel(&CancelRequest::by_payment_id(
            "20260310000000119999999999999999999",
        ))
        .await
        .unwrap();
    assert_eq!(failed_code(out.outcome), "ORDER_NOT_EXIST");
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn a_refunded_payment_cannot_be_cancelled() {
    let h = start().await;
    let id = h
        .paid(&ckp("PAY-RC-1", "1000", "USD", false), "ALIPAY_CN")
        .await;
    let refund = RefundRequest::new("REF-RC-1", &id, amount("100", "USD"));
    succeeded(h.client.refund(&refund).await.unwrap().outcome);
    let out = h
        .client
        .cancel(&CancelRequest::by_payment_id(&id))
        .await
        .unwrap();
    assert_eq!(failed_code(out.outcome), "PROCESS_FAIL");
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn partial_refunds_up_to_the_captured_amount_and_idempotent() {
    let h = start().await;
    let id = h.paid(&ckp("PAY-RF-1", "10000", "USD", true), "CARD").await;
    let cap = CaptureRequest::new("CAP-RF-1", &id, amount("8000", "USD"));
    succeeded(h.client.capture(&cap).await.unwrap().outcome);
    let r1 = RefundRequest::new("REF-1", &id, amount("3000", "USD"));
    let first = succeeded(h.client.refund(&r1).await.unwrap().outcome);
    let replay = succeeded(h.client.refund(&r1).await.unwrap().outcome);
    assert_eq!(first.refund_id, replay.refund_id);
    let changed = RefundRequest::new("REF-1", &id, amount("3001", "USD"));
    assert_eq!(
        failed_code(h.client.refund(&changed).await.unwrap().outcome),
        "REPEAT_REQ_INCONSISTENT"
    );
    let r2 = RefundRequest::new("REF-2", &id, amount("5000", "USD"));
    succeeded(h.client.refund(&r2).await.unwrap().outcome);
    // 8000 captured, 8000 refunded: one more cent is too much.
    let r3 = RefundRequest::new("REF-3", &id, amount("1", "USD"));
    assert_eq!(
        failed_code(h.client.refund(&r3).await.unwrap().outcome),
        "REFUND_AMOUNT_EXCEED"
    );
    let by_req = succeeded(
        h.client
            .inquiry_refund(&InquiryRefundRequest::by_refund_request_id("REF-2"))
            .await
            .unwrap()
            .outcome,
    );
    assert_eq!(by_req.refund_status, Some(RefundStatus::Success));
    assert_eq!(by_req.refund_amount, Some(amount("5000", "USD")));
    let by_id = InquiryRefundRequest {
        refund_id: first.refund_id.clone(),
        ..Default::default()
    };
    let got = succeeded(h.client.inquiry_refund(&by_id).await.unwrap().outcome);
    assert_eq!(got.refund_request_id.as_deref(), Some("REF-1"));
    let missing = InquiryRefundRequest::by_refund_request_id("REF-NONE");
    assert_eq!(
        failed_code(h.client.inquiry_refund(&missing).await.unwrap().outcome),
        "ORDER_NOT_EXIST"
    );
    // inquiryPayment lists the capture and both refunds.
    let got = succeeded(
        h.client
            .inquiry_payment(&InquiryPaymentRequest::by_payment_id(&id))
            .await
            .unwrap()
            .outcome,
    );
    let kinds: Vec<_> = got
        .transactions
        .unwrap()
        .iter()
        .map(|t| t.transaction_type.clone())
        .collect();
    assert_eq!(
        kinds,
        vec![
            TransactionType::Capture,
            TransactionType::Refund,
            TransactionType::Refund
        ]
    );
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn failed_and_pending_outcomes() {
    let h = start().await;
    let req = ckp("PAY-F-1", "1000", "USD", false);
    succeeded(h.client.create_payment_session(&req).await.unwrap().outcome);
    h.pay("PAY-F-1", "GCASH", "FAILURE").await;
    let q = InquiryPaymentRequest::by_payment_request_id("PAY-F-1");
    let got = succeeded(h.client.inquiry_payment(&q).await.unwrap().outcome);
    assert_eq!(got.payment_status, Some(PaymentStatus::Fail));
    let req = ckp("PAY-P-1", "1000", "USD", false);
    succeeded(h.client.create_payment_session(&req).await.unwrap().outcome);
    h.pay("PAY-P-1", "TRUEMONEY", "PENDING").await;
    let q = InquiryPaymentRequest::by_payment_request_id("PAY-P-1");
    let got = succeeded(h.client.inquiry_payment(&q).await.unwrap().outcome);
    assert_eq!(got.payment_status, Some(PaymentStatus::Pending));
    h.pay("PAY-P-1", "TRUEMONEY", "SUCCESS").await;
    let got = succeeded(h.client.inquiry_payment(&q).await.unwrap().outcome);
    assert_eq!(got.payment_status, Some(PaymentStatus::Success));
    // 3DS abandoned: PROCESSING until the session expires, then FAIL.
    let req = ckp("PAY-3DS-1", "1000", "USD", false);
    succeeded(h.client.create_payment_session(&req).await.unwrap().outcome);
    h.pay("PAY-3DS-1", "CARD", "THREEDS_ABANDONED").await;
    let q = InquiryPaymentRequest::by_payment_request_id("PAY-3DS-1");
    let got = succeeded(h.client.inquiry_payment(&q).await.unwrap().outcome);
    assert_eq!(got.payment_status, Some(PaymentStatus::Processing));
    h.advance(3600).await;
    let got = succeeded(h.client.inquiry_payment(&q).await.unwrap().outcome);
    assert_eq!(got.payment_status, Some(PaymentStatus::Fail));
    assert_eq!(got.payment_result_code.as_deref(), Some("ORDER_IS_CLOSED"));
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn bad_signatures_and_clients_fail_without_crashing() {
    let h = start().await;
    let req = ckp("PAY-SIG-1", "1000", "USD", false);
    let body = serde_json::to_vec(&req).unwrap();
    let prepared = h
        .client
        .prepare(antom::Api::CreatePaymentSession, body.clone())
        .unwrap();
    let send = |headers: Vec<(String, String)>, body: Vec<u8>| {
        let mut b = h.http.post(&prepared.url);
        for (k, v) in headers {
            b = b.header(k, v);
        }
        async move {
            let r = b.body(body).send().await.unwrap();
            assert_eq!(r.status().as_u16(), 200);
            assert!(r.headers().get("signature").is_some());
            let v: serde_json::Value = r.json().await.unwrap();
            (
                v["result"]["resultStatus"].as_str().unwrap().to_owned(),
                v["result"]["resultCode"].as_str().unwrap().to_owned(),
            )
        }
    };
    let without = |name: &str| {
        prepared
            .headers
            .iter()
            .filter(|(k, _)| k != name)
            .cloned()
            .collect::<Vec<_>>()
    };
    let with = |name: &str, value: &str| {
        let mut h = without(name);
        h.push((name.to_owned(), value.to_owned()));
        h
    };
    let f = |code: &str| ("F".to_owned(), code.to_owned());
    assert_eq!(
        send(without("signature"), body.clone()).await,
        f("INVALID_SIGNATURE")
    );
    assert_eq!(
        send(
            with("signature", "algorithm=RSA256,keyVersion=1,signature=!!"),
            body.clone()
        )
        .await,
        f("INVALID_SIGNATURE")
    );
    let mut tampered = body.clone();
    tampered.push(b' ');
    assert_eq!(
        send(prepared.headers.clone(), tampered).await,
        f("INVALID_SIGNATURE")
    );
    assert_eq!(
        send(with("client-id", "SANDBOX_SOMEONE_ELSE"), body.clone()).await,
        f("INVALID_CLIENT")
    );
    // Title-case header names are fine; the untouched request still succeeds.
    let title: Vec<_> = prepared
        .headers
        .iter()
        .map(|(k, v)| (k.to_uppercase(), v.clone()))
        .collect();
    assert_eq!(
        send(title, body.clone()).await,
        ("S".to_owned(), "SUCCESS".to_owned())
    );
    // Unknown API and unknown path: 404.
    let r = h
        .http
        .post(h.url("/ams/api/v1/payments/pay"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 404);
    let r = h.http.get(h.url("/nope")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 404);
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn absolute_form_request_line_is_routed_on_its_path() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let h = start().await;
    let body = serde_json::to_vec(&ckp("PAY-ABS-1", "1000", "USD", false)).unwrap();
    let prepared = h
        .client
        .prepare(antom::Api::CreatePaymentSession, body.clone())
        .unwrap();
    let mut head = format!(
        "POST {} HTTP/1.1\r\nHost: {}\r\nContent-Length: {}\r\nConnection: close\r\n",
        prepared.url,
        h.sandbox.addr,
        body.len()
    );
    for (k, v) in &prepared.headers {
        // The Python SDK's spelling.
        let name = match k.as_str() {
            "request-time" => "Request-Time",
            "signature" => "Signature",
            other => other,
        };
        head.push_str(&format!("{name}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let mut stream = tokio::net::TcpStream::connect(h.sandbox.addr)
        .await
        .unwrap();
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(&body).await.unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.unwrap();
    let text = String::from_utf8_lossy(&response);
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    assert!(text.contains("\"resultStatus\":\"S\""), "{text}");
    assert!(
        text.contains("\r\nsignature: "),
        "lower-case header names: {text}"
    );
    assert!(text.contains("\r\nresponse-time: "), "{text}");
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn production_paths_are_served_too() {
    // A production (non-SANDBOX_) client id signs /ams/api/v1/... paths.
    let mut keys = keys();
    keys.client_id = "PROD_LOCAL_CLIENT".into();
    let h = start_with(Options {
        keys: Some(keys),
        ..Options::default()
    })
    .await;
    assert_eq!(
        h.client.config().environment,
        antom::Environment::Production
    );
    let req = ckp("PAY-PROD-1", "1000", "USD", false);
    let call = h.client.create_payment_session(&req).await.unwrap();
    assert_eq!(
        call.exchange.request.path,
        "/ams/api/v1/payments/createPaymentSession"
    );
    succeeded(call.outcome);
    h.sandbox.shutdown().await;
}
