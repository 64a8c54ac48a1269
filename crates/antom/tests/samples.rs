//! Every JSON sample from the seed guides parses into its model and re-serialises to the same
//! JSON (modulo nulls, and booleans which we send as strings), with no field left unmodelled.

mod common;

use antom::model::{
    Amount, AvailablePaymentMethod, Buyer, CancelRequest, CaptureRequest,
    CreatePaymentSessionRequest, CreatePaymentSessionResponse, InquiryPaymentRequest,
    InquiryPaymentResponse, InquiryRefundResponse, PaymentStatus, RefundRequest, RefundStatus,
    ResultInfo, Transaction, TransactionStatus, TransactionType,
};
use antom::{Currency, Money, Notification, NOTIFICATION_ACK_BODY};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// Drops nulls and turns booleans into the strings we send.
fn normalise(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::String(b.to_string()),
        Value::Array(a) => Value::Array(a.iter().map(normalise).collect()),
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), normalise(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

fn round_trip<T: DeserializeOwned + Serialize>(name: &str, text: &str) -> T {
    let parsed: T = serde_json::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let original: Value = serde_json::from_str(text).unwrap();
    let again = serde_json::to_value(&parsed).unwrap();
    assert_eq!(normalise(&again), normalise(&original), "{name}");
    parsed
}

fn check_amount(name: &str, amount: &Amount) {
    let money = amount.to_money().unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(Amount::try_from(money).unwrap(), *amount, "{name}");
}

#[test]
fn every_sample_parses_and_round_trips() {
    let dir = common::shared_dir().join("samples");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".json") && n != "index.json")
        .collect();
    names.sort();
    assert!(names.len() >= 45, "only {} samples found", names.len());
    for name in &names {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        if name.starts_with("createPaymentSession_fragment_") {
            let mut seen = 0;
            if let Some(apm) = value.get("availablePaymentMethod") {
                let parsed: AvailablePaymentMethod = round_trip(name, &apm.to_string());
                assert!(parsed.extra.is_empty(), "{name}");
                seen += 1;
            }
            if let Some(buyer) = value.pointer("/order/buyer") {
                let parsed: Buyer = round_trip(name, &buyer.to_string());
                assert!(parsed.extra.is_empty(), "{name}");
                seen += 1;
            }
            assert_eq!(
                seen,
                value.as_object().unwrap().len(),
                "{name}: unmodelled fragment"
            );
        } else if name.starts_with("createPaymentSession_") && name.contains("_request") {
            let req: CreatePaymentSessionRequest = round_trip(name, &text);
            assert!(req.extra.is_empty(), "{name}: {:?}", req.extra.keys());
            assert!(req.shape().is_some(), "{name}: no recognisable shape");
            if req.order.goods.is_some() {
                assert_eq!(req.goods_sum_matches_order(), Some(true), "{name}");
            }
            check_amount(name, &req.payment_amount);
            check_amount(name, &req.order.order_amount);
        } else if name.starts_with("createPaymentSession_") && name.contains("_response") {
            let resp: CreatePaymentSessionResponse = round_trip(name, &text);
            assert!(resp.extra.is_empty(), "{name}");
            assert!(resp.payment_session_data.is_some(), "{name}");
        } else if name == "inquiryPayment_request.json" {
            let req: InquiryPaymentRequest = round_trip(name, &text);
            assert!(req.extra.is_empty() && req.payment_request_id.is_some());
        } else if name.starts_with("inquiryPayment_response_") {
            let resp: InquiryPaymentResponse = round_trip(name, &text);
            assert!(resp.extra.is_empty(), "{name}: {:?}", resp.extra.keys());
            assert_eq!(resp.payment_status, Some(PaymentStatus::Success), "{name}");
            check_amount(name, resp.payment_amount.as_ref().unwrap());
        } else if name.starts_with("inquiryPayment_fragment_transactions_") {
            let list = value["transactions"].to_string();
            let txs: Vec<Transaction> = round_trip(name, &list);
            assert_eq!(txs.len(), 1);
            let tx = &txs[0];
            assert_eq!(tx.transaction_type, TransactionType::Capture);
            assert!(tx.extra.is_empty(), "{name}");
            let want = if name.contains("_legacy") && name.contains("_fail") {
                TransactionStatus::Fail
            } else if name.contains("_legacy") && name.contains("_processing") {
                TransactionStatus::Processing
            } else {
                TransactionStatus::Success
            };
            assert_eq!(tx.transaction_status, want, "{name}");
            check_amount(name, tx.transaction_amount.as_ref().unwrap());
        } else if name.starts_with("notifyPayment_") || name.starts_with("notifyCapture_") {
            match Notification::parse(text.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}")) {
                Notification::Payment(n) => {
                    assert!(name.starts_with("notifyPayment_"), "{name}");
                    assert!(n.extra.is_empty(), "{name}: {:?}", n.extra.keys());
                    let again: antom::model::PaymentNotification = round_trip(name, &text);
                    assert_eq!(again, *n);
                    check_amount(name, n.payment_amount.as_ref().unwrap());
                }
                Notification::Capture(n) => {
                    assert!(name.starts_with("notifyCapture_"), "{name}");
                    assert!(n.extra.is_empty(), "{name}");
                    let again: antom::model::CaptureNotification = round_trip(name, &text);
                    assert_eq!(again, *n);
                    check_amount(name, n.capture_amount.as_ref().unwrap());
                }
                other => panic!("{name}: dispatched to {other:?}"),
            }
        } else if name == "notification_ack_response.json" {
            let ack: Value = serde_json::from_str(NOTIFICATION_ACK_BODY).unwrap();
            assert_eq!(ack, value);
            let result: ResultInfo = round_trip(name, &value["result"].to_string());
            assert!(result.extra.is_empty());
        } else {
            panic!("no model claims sample {name}");
        }
    }
}

#[test]
fn capture_notification_for_automatic_capture_echoes_payment_request_id() {
    let text = std::fs::read_to_string(
        common::shared_dir().join("samples/notifyCapture_auto_capture_ckp.json"),
    )
    .unwrap();
    let Notification::Capture(n) = Notification::parse(text.as_bytes()).unwrap() else {
        panic!("not a capture");
    };
    assert_eq!(
        n.capture_request_id.as_deref(),
        Some("PAYMENT_20241119155126620_AUTO")
    );
}

#[test]
fn requests_serialise_amounts_and_booleans_as_strings() {
    let amount = Amount::try_from(Money::parse("42.00", Currency::SGD).unwrap()).unwrap();
    let mut capture = CaptureRequest::new("cap_1", "pay_1", amount.clone());
    capture.is_last_capture = Some(true);
    assert_eq!(
        serde_json::to_string(&capture).unwrap(),
        r#"{"captureRequestId":"cap_1","paymentId":"pay_1","captureAmount":{"currency":"SGD","value":"4200"},"isLastCapture":"true"}"#
    );
    let mut refund = RefundRequest::new("ref_1", "pay_1", amount);
    refund.refund_reason = Some("damaged".into());
    assert_eq!(
        serde_json::to_string(&refund).unwrap(),
        r#"{"refundRequestId":"ref_1","paymentId":"pay_1","refundAmount":{"currency":"SGD","value":"4200"},"refundReason":"damaged"}"#
    );
    assert_eq!(
        serde_json::to_string(&CancelRequest::by_payment_id("pay_1")).unwrap(),
        r#"{"paymentId":"pay_1"}"#
    );
}

#[test]
fn unknown_fields_are_kept_and_refund_inquiry_parses() {
    let text = r#"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"},
        "refundId":"R1","refundRequestId":"ref_1","refundStatus":"PROCESSING",
        "refundAmount":{"currency":"KRW","value":"100"},"newField":{"x":[1,2]}}"#;
    let parsed: InquiryRefundResponse = round_trip("inline", text);
    assert_eq!(parsed.refund_status, Some(RefundStatus::Processing));
    assert_eq!(parsed.extra["newField"]["x"][1], 2);
    assert_eq!(
        parsed.refund_amount.unwrap().to_money().unwrap(),
        Money::new(100, Currency::KRW)
    );
}
