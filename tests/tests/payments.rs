//! Payments end to end against a real antom-sandbox: session → buyer pays → sync → state,
//! add-by-id, detail, watch (on a scripted sleeper), and no secret reaching any file.

use std::sync::Arc;
use std::time::Duration;

use antom::{Currency, Money};
use console::ipc::dto::{
    EventSource, PaymentFilter, PaymentPageRequest, PaymentRef, PaymentSort, PaymentState,
};
use console::ipc::NoArgs;
use console::{CaptureChoice, SessionOrder, SessionScene, WatchLimits, POLL_INTERVAL};
use integration_tests::{buyer_pays, profile_for, start_sandbox, Harness, ScriptedSleeper};

fn order(minor: i64, capture: CaptureChoice, method: Option<&str>) -> SessionOrder {
    SessionOrder {
        amount: Money::new(minor, Currency::from_code("SGD").unwrap()),
        scene: SessionScene::CheckoutPage,
        capture,
        method: method.map(str::to_owned),
        description: "integration test order".to_owned(),
        redirect_url: "https://merchant.example/return".to_owned(),
    }
}

fn page(states: Vec<PaymentState>) -> PaymentPageRequest {
    PaymentPageRequest {
        filter: PaymentFilter {
            states,
            ..PaymentFilter::default()
        },
        sort: PaymentSort::CreatedDesc,
        limit: 50,
        cursor: None,
        offset: None,
    }
}

#[tokio::test]
async fn sessions_paid_by_the_buyer_sync_to_paid_and_authorized() {
    let sandbox = start_sandbox().await;
    let h = Harness::new();
    let p = h
        .console
        .profile_create(profile_for(&sandbox, "pay"))
        .await
        .unwrap();
    h.console.pin_profile(&p.id).await.unwrap();
    let wallet = h
        .console
        .create_session(order(1234, CaptureChoice::Automatic, None))
        .await
        .unwrap();
    let card = h
        .console
        .create_session(order(5000, CaptureChoice::Manual, Some("CARD")))
        .await
        .unwrap();
    let unpaid = h
        .console
        .create_session(order(700, CaptureChoice::Automatic, None))
        .await
        .unwrap();
    assert!(wallet
        .normal_url
        .as_deref()
        .unwrap()
        .starts_with(&sandbox.base_url));
    let initiated = h
        .console
        .payments_page(page(vec![PaymentState::Initiated]))
        .await
        .unwrap();
    assert_eq!(initiated.rows.len(), 3);

    buyer_pays(&sandbox, &wallet.payment_request_id, "GCASH").await;
    buyer_pays(&sandbox, &card.payment_request_id, "CARD").await;
    let report = h.console.payments_sync(NoArgs {}).await.unwrap();
    assert_eq!(
        (report.inquired, report.changed, report.failed),
        (3, 2, 0),
        "{report:?}"
    );

    let detail = h
        .console
        .payment_detail(PaymentRef {
            id: wallet.payment_request_id.clone(),
        })
        .await
        .unwrap();
    assert_eq!(detail.payment.state, PaymentState::Paid);
    assert_eq!(detail.payment.amount.formatted, "12.34");
    assert_eq!(detail.refundable.minor, 1234);
    assert_eq!(detail.capturable.minor, 0);
    assert_eq!(detail.events[0].source, EventSource::Inquiry);
    assert_eq!(
        detail.events.last().unwrap().source,
        EventSource::SessionCreated
    );
    assert!(detail.events[0]
        .raw_json
        .contains("\n  \"paymentStatus\": \"SUCCESS\""));

    let card_detail = h
        .console
        .payment_detail(PaymentRef {
            id: card.payment_request_id.clone(),
        })
        .await
        .unwrap();
    assert_eq!(card_detail.payment.state, PaymentState::Authorized);
    assert_eq!(card_detail.capturable.minor, 5000);
    assert_eq!(card_detail.refundable.minor, 0);
    assert!(card_detail.auth_expires_at.is_some());

    let by_payment_id = h
        .console
        .payment_detail(PaymentRef {
            id: detail.payment.payment_id.clone().unwrap(),
        })
        .await
        .unwrap();
    assert_eq!(
        by_payment_id.payment.payment_request_id,
        wallet.payment_request_id
    );
    let still_open = h
        .console
        .payments_page(page(vec![PaymentState::Initiated]))
        .await
        .unwrap();
    assert_eq!(
        still_open
            .rows
            .iter()
            .map(|r| &r.payment_request_id)
            .collect::<Vec<_>>(),
        vec![&unpaid.payment_request_id]
    );

    // A second sync changes nothing: the same answers are the same events.
    let again = h.console.payments_sync(NoArgs {}).await.unwrap();
    assert_eq!(
        (again.inquired, again.changed, again.failed),
        (2, 0, 0),
        "{again:?}"
    );
    let events_after = h
        .console
        .payment_detail(PaymentRef {
            id: card.payment_request_id.clone(),
        })
        .await
        .unwrap()
        .events
        .len();
    assert_eq!(events_after, card_detail.events.len());

    // A jump by offset lands on the same rows as the full list, and its cursor carries on.
    let all = h.console.payments_page(page(vec![])).await.unwrap();
    assert_eq!(all.rows.len(), 3);
    let jump = h
        .console
        .payments_page(PaymentPageRequest {
            limit: 1,
            offset: Some(1),
            ..page(vec![])
        })
        .await
        .unwrap();
    assert_eq!(jump.rows, all.rows[1..2]);
    let rest = h
        .console
        .payments_page(PaymentPageRequest {
            cursor: jump.next_cursor.clone(),
            ..page(vec![])
        })
        .await
        .unwrap();
    assert_eq!(rest.rows, all.rows[2..]);
    let both = h
        .console
        .payments_page(PaymentPageRequest {
            cursor: jump.next_cursor,
            offset: Some(1),
            ..page(vec![])
        })
        .await
        .unwrap_err();
    assert_eq!(both.code, console::ipc::ErrorCode::Validation, "{both:?}");
    sandbox.shutdown().await;
}

#[tokio::test]
async fn add_by_id_caches_a_payment_made_elsewhere() {
    let sandbox = start_sandbox().await;
    let elsewhere = Harness::new();
    let p = elsewhere
        .console
        .profile_create(profile_for(&sandbox, "elsewhere"))
        .await
        .unwrap();
    elsewhere.console.pin_profile(&p.id).await.unwrap();
    let session = elsewhere
        .console
        .create_session(order(990, CaptureChoice::Automatic, None))
        .await
        .unwrap();
    buyer_pays(&sandbox, &session.payment_request_id, "GCASH").await;

    let here = Harness::new();
    let q = here
        .console
        .profile_create(profile_for(&sandbox, "here"))
        .await
        .unwrap();
    here.console.pin_profile(&q.id).await.unwrap();
    let row = here
        .console
        .payment_add_by_id(PaymentRef {
            id: session.payment_request_id.clone(),
        })
        .await
        .unwrap();
    assert_eq!((row.state, row.amount.minor), (PaymentState::Paid, 990));
    let payment_id = row.payment_id.clone().unwrap();
    let third = Harness::new();
    let r = third
        .console
        .profile_create(profile_for(&sandbox, "third"))
        .await
        .unwrap();
    third.console.pin_profile(&r.id).await.unwrap();
    let by_payment_id = third
        .console
        .payment_add_by_id(PaymentRef { id: payment_id })
        .await
        .unwrap();
    assert_eq!(by_payment_id.payment_request_id, session.payment_request_id);
    let missing = here
        .console
        .payment_add_by_id(PaymentRef {
            id: "NOPE_123".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(missing.code, console::ErrorCode::NotFound);
    assert_eq!(
        here.console
            .payments_count(PaymentFilter::default())
            .await
            .unwrap()
            .total,
        1
    );
    for (h, id) in [(&elsewhere, p.id), (&here, q.id), (&third, r.id)] {
        h.console
            .profile_remove(console::ipc::dto::ProfileRef { id })
            .await
            .unwrap();
    }
    sandbox.shutdown().await;
}

#[tokio::test]
async fn watch_polls_every_two_seconds_until_the_result_is_final() {
    let sandbox = Arc::new(start_sandbox().await);
    let pay_id = Arc::new(std::sync::Mutex::new(String::new()));
    let (sb, id) = (sandbox.clone(), pay_id.clone());
    let sleeper = Arc::new(ScriptedSleeper::new(Box::pin(async move {
        let prid = id.lock().unwrap().clone();
        buyer_pays(&sb, &prid, "GCASH").await;
    })));
    let h = Harness::with_sleeper(sleeper.clone());
    let p = h
        .console
        .profile_create(profile_for(&sandbox, "watch"))
        .await
        .unwrap();
    h.console.pin_profile(&p.id).await.unwrap();
    let session = h
        .console
        .create_session(order(100, CaptureChoice::Automatic, None))
        .await
        .unwrap();
    *pay_id.lock().unwrap() = session.payment_request_id.clone();
    let row = h
        .console
        .watch(&session.payment_request_id, WatchLimits::default())
        .await
        .unwrap();
    assert_eq!(row.state, PaymentState::Paid);
    assert_eq!(*sleeper.pauses.lock().unwrap(), vec![POLL_INTERVAL]);
    assert_eq!(POLL_INTERVAL, Duration::from_secs(2));
    h.console
        .profile_remove(console::ipc::dto::ProfileRef { id: p.id })
        .await
        .unwrap();
}

#[tokio::test]
async fn no_key_material_or_full_client_id_reaches_any_file() {
    let sandbox = start_sandbox().await;
    let h = Harness::new();
    let p = h
        .console
        .profile_create(profile_for(&sandbox, "secretive"))
        .await
        .unwrap();
    h.console.pin_profile(&p.id).await.unwrap();
    let s = h
        .console
        .create_session(order(4200, CaptureChoice::Manual, Some("CARD")))
        .await
        .unwrap();
    buyer_pays(&sandbox, &s.payment_request_id, "CARD").await;
    h.console.payments_sync(NoArgs {}).await.unwrap();
    h.console
        .profile_test_connection(console::ipc::dto::ProfileRef { id: p.id.clone() })
        .await
        .unwrap();
    let merchant = sandbox.keys.merchant_private.clone().unwrap();
    let pkcs8_b64 = merchant.to_pkcs8_base64().to_string();
    let needles: Vec<(&str, String)> = vec![
        ("client id", sandbox.keys.client_id.clone()),
        ("private key body", pkcs8_b64[40..120].to_owned()),
        (
            "antom public key body",
            sandbox.keys.antom_public.to_spki_base64()[40..120].to_owned(),
        ),
        (
            "merchant public key body",
            merchant.public_key().to_spki_base64()[40..120].to_owned(),
        ),
    ];
    let mut checked = 0;
    let mut stack = vec![h.dir.path().to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            checked += 1;
            for (what, needle) in &needles {
                let found = bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
                assert!(!found, "{what} found in {}", path.display());
            }
        }
    }
    assert!(
        checked >= 2,
        "expected the registry and the cache files, saw {checked}"
    );
    h.console
        .profile_remove(console::ipc::dto::ProfileRef { id: p.id })
        .await
        .unwrap();
    sandbox.shutdown().await;
}
