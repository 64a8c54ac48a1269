//! Notifications and faults over real HTTP: Antom's bodies signed over the target path,
//! acknowledgement and retry schedules, and every API and notification fault.

mod common;

use std::time::Duration;

use antom::model::{CaptureRequest, InquiryPaymentRequest, RefundRequest};
use antom::signature::verify_notification;
use antom::{CallOutcome, ClientError, UnknownReason};
use antom_sandbox::RetrySchedule;
use common::*;
use serde_json::{json, Value};

fn with_notify(
    mut req: antom::model::CreatePaymentSessionRequest,
    url: &str,
) -> antom::model::CreatePaymentSessionRequest {
    req.payment_notify_url = Some(url.to_owned());
    req
}

fn deliveries(state: &Value) -> Vec<Value> {
    state["notifications"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[tokio::test]
async fn payment_and_automatic_capture_notifications_are_signed_antom_bodies() {
    let h = start().await;
    let mut rx = receiver(0).await;
    let req = with_notify(ckp("PAY-N-1", "3000", "USD", false), &rx.url);
    let payment_id = h.paid(&req, "CARD").await;
    let first = rx.next().await;
    let second = rx.next().await;
    for n in [&first, &second] {
        assert_eq!(n.path, "/notify");
        verify_notification(
            &keys().antom_public,
            "/notify",
            &keys().client_id,
            &n.headers,
            &n.body,
        )
        .expect("signed with the Antom key over the target path");
    }
    let pay = first.json();
    assert_eq!(pay["notifyType"], "PAYMENT_RESULT");
    assert_eq!(pay["result"]["resultStatus"], "S");
    assert_eq!(pay["paymentId"], payment_id.as_str());
    assert_eq!(pay["paymentRequestId"], "PAY-N-1");
    assert_eq!(
        pay["paymentAmount"],
        json!({"currency": "USD", "value": "3000"})
    );
    let cap = second.json();
    assert_eq!(cap["notifyType"], "CAPTURE_RESULT");
    assert_eq!(
        cap["captureRequestId"], "PAY-N-1",
        "automatic capture uses the paymentRequestId"
    );
    assert_eq!(cap["paymentId"], payment_id.as_str());
    // The typed parser agrees.
    assert!(matches!(
        antom::Notification::parse(&second.body).unwrap(),
        antom::Notification::Capture(_)
    ));
    let state = wait_state(&h, |s| {
        deliveries(s).iter().all(|d| d["state"] == "ACKNOWLEDGED") && deliveries(s).len() == 2
    })
    .await;
    assert_eq!(
        deliveries(&state)[0]["attempts"].as_array().unwrap().len(),
        1
    );
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn default_notify_url_manual_capture_and_refund_notifications() {
    let mut rx = receiver(0).await;
    let h = start_with(Options {
        notify_url: Some(rx.url.clone()),
        ..Options::default()
    })
    .await;
    let payment_id = h.paid(&ckp("PAY-N-2", "5000", "USD", true), "CARD").await;
    let auth = rx.next().await.json();
    assert_eq!(auth["notifyType"], "PAYMENT_RESULT");
    assert!(auth["authExpiryTime"].is_string());
    let cap = CaptureRequest::new("CAP-N-2", &payment_id, amount("5000", "USD"));
    succeeded(h.client.capture(&cap).await.unwrap().outcome);
    let captured = rx.next().await.json();
    assert_eq!(captured["notifyType"], "CAPTURE_RESULT");
    assert_eq!(captured["captureRequestId"], "CAP-N-2");
    let mut refund = RefundRequest::new("REF-N-2", &payment_id, amount("1200", "USD"));
    let mut refund_rx = receiver(0).await;
    refund.refund_notify_url = Some(refund_rx.url.clone());
    let done = succeeded(h.client.refund(&refund).await.unwrap().outcome);
    let note = refund_rx.next().await;
    let body = note.json();
    assert_eq!(body["notifyType"], "REFUND_RESULT");
    assert_eq!(body["refundStatus"], "SUCCESS");
    assert_eq!(body["refundId"], json!(done.refund_id));
    assert_eq!(
        body["refundAmount"],
        json!({"currency": "USD", "value": "1200"})
    );
    verify_notification(
        &keys().antom_public,
        "/notify",
        &keys().client_id,
        &note.headers,
        &note.body,
    )
    .unwrap();
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn unacknowledged_notifications_are_retried_on_the_scaled_schedule() {
    let mut rx = receiver(2).await;
    // 2 min / 600 = 0.2 s, 10 min / 600 = 1 s.
    let h = start_with(Options {
        manual_clock: false,
        time_scale: 600.0,
        ..Options::default()
    })
    .await;
    h.paid(
        &with_notify(ckp("PAY-R-1", "1000", "USD", false), &rx.url),
        "GCASH",
    )
    .await;
    let a = rx.next().await;
    let b = rx.next().await;
    let c = rx.next().await;
    assert_eq!(a.body, b.body);
    assert_eq!(b.body, c.body);
    let state = wait_state(&h, |s| deliveries(s)[0]["state"] == "ACKNOWLEDGED").await;
    let attempts = deliveries(&state)[0]["attempts"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(attempts.len(), 3);
    assert_eq!(attempts[0]["status"], 500);
    assert_eq!(attempts[2]["acknowledged"], true);
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn retries_follow_the_sandbox_clock() {
    let mut rx = receiver(1).await;
    let h = start().await;
    h.paid(
        &with_notify(ckp("PAY-R-2", "1000", "USD", false), &rx.url),
        "GCASH",
    )
    .await;
    rx.next().await;
    let state = wait_state(&h, |s| {
        deliveries(s)[0]["attempts"].as_array().unwrap().len() == 1
    })
    .await;
    assert_eq!(deliveries(&state)[0]["state"], "PENDING");
    assert_eq!(deliveries(&state)[0]["nextAt"], "2026-03-10T06:02:00Z");
    h.advance(120).await;
    rx.next().await;
    wait_state(&h, |s| deliveries(s)[0]["state"] == "ACKNOWLEDGED").await;
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn retry_schedule_none_sends_exactly_once() {
    let mut rx = receiver(usize::MAX).await;
    let h = start_with(Options {
        retry: RetrySchedule::None,
        ..Options::default()
    })
    .await;
    h.paid(
        &with_notify(ckp("PAY-R-3", "1000", "USD", false), &rx.url),
        "GCASH",
    )
    .await;
    rx.next().await;
    wait_state(&h, |s| deliveries(s)[0]["state"] == "GAVE_UP").await;
    h.advance(2 * 24 * 3600).await;
    rx.nothing_within(Duration::from_millis(300)).await;
    let state = h.state().await;
    assert_eq!(
        deliveries(&state)[0]["attempts"].as_array().unwrap().len(),
        1
    );
    h.sandbox.shutdown().await;
}

async fn fault(h: &Harness, spec: Value) {
    let (status, body) = h.control("/sandbox/v1/faults", spec).await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test]
async fn api_faults_unknown_http_500_and_bad_signature() {
    let h = start().await;
    let payment_id = h.paid(&ckp("PAY-F-1", "5000", "USD", true), "CARD").await;
    let cap = CaptureRequest::new("CAP-F-1", &payment_id, amount("5000", "USD"));
    fault(&h, json!({"api": "capture", "kind": "UNKNOWN", "count": 2})).await;
    for _ in 0..2 {
        let out = h.client.capture(&cap).await.unwrap().outcome;
        assert!(
            matches!(out, CallOutcome::Unknown(UnknownReason::ResultUnknown { ref code, .. }) if code == "UNKNOWN_EXCEPTION"),
            "{out:?}"
        );
    }
    // Not carried out: the state has no capture yet; the same id then succeeds.
    let state = h.state().await;
    assert_eq!(state["payments"][0]["captures"], json!([]));
    let done = succeeded(h.client.capture(&cap).await.unwrap().outcome);
    fault(&h, json!({"api": "inquiryPayment", "kind": "HTTP_500"})).await;
    let q = InquiryPaymentRequest::by_payment_id(&payment_id);
    let out = h.client.inquiry_payment(&q).await.unwrap().outcome;
    assert!(
        matches!(out, CallOutcome::Unknown(UnknownReason::HttpStatus(500))),
        "{out:?}"
    );
    fault(&h, json!({"api": "*", "kind": "BAD_SIGNATURE"})).await;
    let err = h.client.capture(&cap).await.unwrap_err();
    assert!(
        matches!(err, ClientError::ResponseSignature { .. }),
        "{err:?}"
    );
    // Faults are used up: the next calls are normal, and the capture is still the same one.
    let again = succeeded(h.client.capture(&cap).await.unwrap().outcome);
    assert_eq!(again.capture_id, done.capture_id);
    succeeded(h.client.inquiry_payment(&q).await.unwrap().outcome);
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn timeout_fault_can_still_carry_out_the_request() {
    let h = start_with(Options {
        client_timeout: Duration::from_millis(700),
        ..Options::default()
    })
    .await;
    let payment_id = h
        .paid(&ckp("PAY-T-1", "5000", "USD", false), "ALIPAY_CN")
        .await;
    fault(
        &h,
        json!({"api": "refund", "kind": "TIMEOUT", "process": true, "delaySeconds": 30}),
    )
    .await;
    let refund = RefundRequest::new("REF-T-1", &payment_id, amount("1000", "USD"));
    let out = h.client.refund(&refund).await.unwrap().outcome;
    assert!(
        matches!(out, CallOutcome::Unknown(UnknownReason::Timeout)),
        "{out:?}"
    );
    // It happened: retrying with the same refundRequestId returns that refund.
    let state = h.state().await;
    assert_eq!(state["refunds"].as_array().unwrap().len(), 1);
    let retried = succeeded(h.client.refund(&refund).await.unwrap().outcome);
    assert_eq!(
        retried.refund_id.as_deref(),
        state["refunds"][0]["refundId"].as_str()
    );
    // Shutdown does not wait for the held answer.
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn notification_faults_drop_duplicate_delay_reorder() {
    let mut rx = receiver(0).await;
    let h = start_with(Options {
        notify_url: Some(rx.url.clone()),
        ..Options::default()
    })
    .await;
    // DROP: the first notification never arrives; the next one does.
    fault(&h, json!({"kind": "DROP"})).await;
    h.paid(&ckp("PAY-D-1", "1000", "USD", false), "GCASH").await;
    h.paid(&ckp("PAY-D-2", "1000", "USD", false), "GCASH").await;
    assert_eq!(rx.next().await.json()["paymentRequestId"], "PAY-D-2");
    let state = h.state().await;
    assert_eq!(deliveries(&state)[0]["state"], "DROPPED");
    // DUPLICATE: the same body twice.
    fault(&h, json!({"kind": "DUPLICATE"})).await;
    h.paid(&ckp("PAY-D-3", "1000", "USD", false), "GCASH").await;
    let a = rx.next().await;
    let b = rx.next().await;
    assert_eq!(a.body, b.body);
    assert_eq!(a.json()["paymentRequestId"], "PAY-D-3");
    // DELAY: held for 30 s of sandbox time.
    fault(&h, json!({"kind": "DELAY", "delaySeconds": 30})).await;
    h.paid(&ckp("PAY-D-4", "1000", "USD", false), "GCASH").await;
    let state = h.state().await;
    let last = deliveries(&state).last().cloned().unwrap();
    assert_eq!(last["attempts"], json!([]));
    h.advance(30).await;
    assert_eq!(rx.next().await.json()["paymentRequestId"], "PAY-D-4");
    // REORDER: the automatic capture's CAPTURE_RESULT overtakes PAYMENT_RESULT.
    fault(&h, json!({"kind": "REORDER"})).await;
    h.paid(&ckp("PAY-D-5", "1000", "USD", false), "CARD").await;
    assert_eq!(rx.next().await.json()["notifyType"], "CAPTURE_RESULT");
    assert_eq!(rx.next().await.json()["notifyType"], "PAYMENT_RESULT");
    // Faults can be listed and cleared.
    fault(&h, json!({"kind": "DROP", "count": 5})).await;
    let listed: Value = h
        .http
        .get(h.url("/sandbox/v1/faults"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed["faults"][0]["remaining"], 5);
    h.http
        .delete(h.url("/sandbox/v1/faults"))
        .send()
        .await
        .unwrap();
    assert_eq!(h.state().await["faults"], json!([]));
    let (status, _) = h
        .control(
            "/sandbox/v1/faults",
            json!({"api": "nope", "kind": "HTTP_500"}),
        )
        .await;
    assert_eq!(status, 400);
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn abandoned_3ds_fails_with_a_notification_when_the_session_expires() {
    let mut rx = receiver(0).await;
    let h = start_with(Options {
        notify_url: Some(rx.url.clone()),
        ..Options::default()
    })
    .await;
    let req = ckp("PAY-3DS-N", "1000", "USD", false);
    succeeded(h.client.create_payment_session(&req).await.unwrap().outcome);
    h.pay("PAY-3DS-N", "CARD", "THREEDS_ABANDONED").await;
    h.advance(3600).await;
    let note = rx.next().await.json();
    assert_eq!(note["notifyType"], "PAYMENT_RESULT");
    assert_eq!(note["result"]["resultStatus"], "F");
    assert_eq!(note["result"]["resultCode"], "ORDER_IS_CLOSED");
    h.sandbox.shutdown().await;
}

#[tokio::test]
async fn the_clock_can_be_set() {
    let h = start().await;
    let (status, body) = h
        .control(
            "/sandbox/v1/clock",
            json!({"set": "2027-01-01T00:00:00+08:00"}),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(body["now"], "2026-12-31T16:00:00+00:00");
    let (status, _) = h
        .control("/sandbox/v1/clock", json!({"set": "tomorrow"}))
        .await;
    assert_eq!(status, 400);
    h.sandbox.shutdown().await;
}
