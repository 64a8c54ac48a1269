//! The demo seeder drives a real sandbox over HTTP into every state the plan asks for, and
//! inquiryPayment (what the console will use) reports each payment in that state.

mod common;

use antom::model::{InquiryPaymentRequest, PaymentStatus, TransactionStatus, TransactionType};
use antom::CallOutcome;
use antom_sandbox::demo::{demo_plan, seed, Scenario};
use std::sync::atomic::{AtomicUsize, Ordering};

#[tokio::test]
async fn every_planned_fate_is_what_inquiry_reports_afterwards() {
    let h = common::start().await;
    let now = common::START.parse().unwrap();
    let plan = demo_plan(300, now, 11);
    let reported = AtomicUsize::new(0);
    let ids = seed(&h.sandbox, &plan, now, |p| {
        assert_eq!(p.total, 300);
        reported.store(p.done, Ordering::SeqCst);
    })
    .await
    .expect("seeding succeeds");
    assert_eq!(ids.len(), 300);
    assert_eq!(reported.load(Ordering::SeqCst), 300);
    assert_eq!(h.sandbox.clock.now(), now, "the clock is put back");

    for p in &plan {
        let call = h
            .client
            .inquiry_payment(&InquiryPaymentRequest::by_payment_request_id(
                &p.payment_request_id,
            ))
            .await
            .unwrap();
        let response = match call.outcome {
            CallOutcome::Succeeded(r) => r,
            CallOutcome::Failed { code, .. } => {
                assert_eq!(p.scenario, Scenario::Initiated, "{p:?}: {code}");
                assert_eq!(code, "ORDER_NOT_EXIST");
                continue;
            }
            other => panic!("{p:?}: {other:?}"),
        };
        let status = response.payment_status.clone().unwrap();
        let sum = |kind: TransactionType| -> i64 {
            response
                .transactions
                .iter()
                .flatten()
                .filter(|t| t.transaction_type == kind)
                .filter(|t| t.transaction_status == TransactionStatus::Success)
                .map(|t| {
                    t.transaction_amount
                        .as_ref()
                        .unwrap()
                        .value
                        .parse::<i64>()
                        .unwrap()
                })
                .sum()
        };
        let expected = match p.scenario {
            Scenario::Initiated => panic!("{p:?} should not exist yet"),
            Scenario::Processing => PaymentStatus::Processing,
            Scenario::Pending => PaymentStatus::Pending,
            Scenario::Failed => PaymentStatus::Fail,
            Scenario::Cancelled => PaymentStatus::Cancelled,
            _ => PaymentStatus::Success,
        };
        assert_eq!(status, expected, "{p:?}");
        match p.scenario {
            Scenario::Authorized => assert_eq!(sum(TransactionType::Capture), 0, "{p:?}"),
            Scenario::Captured => assert_eq!(sum(TransactionType::Capture), p.amount, "{p:?}"),
            Scenario::Refunded => assert_eq!(sum(TransactionType::Refund), p.amount, "{p:?}"),
            Scenario::PartiallyRefunded => {
                let refunded = sum(TransactionType::Refund);
                assert!(refunded > 0 && refunded < p.amount, "{p:?}: {refunded}");
            }
            _ => {}
        }
    }
}
