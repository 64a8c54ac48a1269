//! The client against a real HTTP server on 127.0.0.1 written here: signing what is sent,
//! verifying what comes back, and classifying S / F / U / non-200 / timeouts / bad signatures.

mod common;

use std::sync::Arc;
use std::time::Duration;

use antom::model::{
    Amount, CancelRequest, CaptureRequest, CreatePaymentSessionRequest, InquiryPaymentRequest,
    InquiryRefundRequest, Order, PaymentStatus, RefundRequest, SessionShape,
};
use antom::outcome::NextStep;
use antom::signature::{sign, sign_content, verify, SignatureHeader};
use antom::{
    Api, CallOutcome, Client, ClientConfig, ClientError, Clock, Environment, Gateway, PrivateKey,
    PublicKey, Timeouts, UnknownReason, VerifyError,
};
use common::key_text;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

const CLIENT_ID: &str = "SANDBOX_5YEXAMPLE00000001";
const NOW: i64 = 1_736_929_800_123;
const RESPONSE_TIME: &str = "2025-01-15T16:30:00+08:00";

struct FixedClock;
impl Clock for FixedClock {
    fn now_millis(&self) -> i64 {
        NOW
    }
}

/// A request as the server saw it.
#[derive(Debug, Clone)]
struct Seen {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Seen {
    fn header(&self, name: &str) -> &str {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .unwrap_or_else(|| panic!("request has no {name}"))
    }
}

/// How the server answers.
#[derive(Clone)]
enum Reply {
    /// 200, signed by the simulated Antom key.
    Signed(String),
    /// 200, signed by this key instead (a forgery).
    SignedBy(Arc<PrivateKey>, String),
    /// 200 with these headers and body, unsigned.
    Raw(u16, Vec<(String, String)>, String),
    /// Read the request and never answer.
    Hang,
}

struct Server {
    base_url: String,
    seen: mpsc::UnboundedReceiver<Seen>,
}

async fn start(reply: Reply) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base_url = format!("http://{}", listener.local_addr().unwrap());
    let (tx, seen) = mpsc::unbounded_channel();
    let antom = Arc::new(
        PrivateKey::from_text(&key_text("antom_simulated", "private_key_pkcs8_pem")).unwrap(),
    );
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let tx = tx.clone();
            let reply = reply.clone();
            let antom = antom.clone();
            tokio::spawn(async move { serve(stream, tx, reply, antom).await });
        }
    });
    Server { base_url, seen }
}

async fn serve(
    mut stream: TcpStream,
    tx: mpsc::UnboundedSender<Seen>,
    reply: Reply,
    antom: Arc<PrivateKey>,
) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let n = stream.read(&mut chunk).await.unwrap();
        assert!(n > 0, "client closed before sending a request");
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
    };
    let head = String::from_utf8(buf[..head_end].to_vec()).unwrap();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next().unwrap().split(' ');
    let method = request_line.next().unwrap().to_owned();
    let path = request_line.next().unwrap().to_owned();
    let headers: Vec<(String, String)> = lines
        .map(|l| {
            let (k, v) = l.split_once(':').unwrap();
            (k.trim().to_owned(), v.trim().to_owned())
        })
        .collect();
    let length: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .map_or(0, |(_, v)| v.parse().unwrap());
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut chunk).await.unwrap();
        assert!(n > 0);
        body.extend_from_slice(&chunk[..n]);
    }
    let seen = Seen {
        method,
        path: path.clone(),
        headers,
        body,
    };
    let client_id = seen.header("client-id").to_owned();
    let _ = tx.send(seen);
    let (status, headers, body) = match reply {
        Reply::Hang => {
            // Hold the connection open and never answer; the test ends the runtime.
            std::future::pending::<()>().await;
            unreachable!()
        }
        Reply::Raw(status, headers, body) => (status, headers, body),
        Reply::Signed(body) => signed(&antom, &path, &client_id, body),
        Reply::SignedBy(key, body) => signed(&key, &path, &client_id, body),
    };
    let mut out = format!("HTTP/1.1 {status} X\r\ncontent-length: {}\r\n", body.len());
    for (k, v) in headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("connection: close\r\n\r\n");
    out.push_str(&body);
    stream.write_all(out.as_bytes()).await.unwrap();
    stream.shutdown().await.unwrap();
}

fn signed(
    key: &PrivateKey,
    path: &str,
    client_id: &str,
    body: String,
) -> (u16, Vec<(String, String)>, String) {
    let content = sign_content("POST", path, client_id, RESPONSE_TIME, body.as_bytes());
    let header = sign(key, 1, &content).unwrap();
    let headers = vec![
        ("signature".to_owned(), header.to_header_value()),
        ("response-time".to_owned(), RESPONSE_TIME.to_owned()),
        ("client-id".to_owned(), client_id.to_owned()),
        ("content-type".to_owned(), "application/json".to_owned()),
    ];
    (200, headers, body)
}

fn client(base_url: &str, environment: Environment, total: Duration) -> Client {
    let client_id = match environment {
        Environment::Sandbox => CLIENT_ID,
        Environment::Production => "5YEXAMPLE00000002",
    };
    let mut config =
        ClientConfig::new(Gateway::Custom(base_url.to_owned()), environment, client_id);
    config.timeouts = Timeouts {
        connect: Duration::from_secs(5),
        total,
    };
    let merchant =
        PrivateKey::from_text(&key_text("merchant", "private_key_pkcs8_base64_oneline")).unwrap();
    let antom = PublicKey::from_text(&key_text("antom_simulated", "public_key_spki_pem")).unwrap();
    Client::new(
        config,
        Arc::new(merchant),
        Arc::new(antom),
        Arc::new(FixedClock),
    )
    .unwrap()
}

fn sandbox(base_url: &str) -> Client {
    client(base_url, Environment::Sandbox, Duration::from_secs(10))
}

fn sgd(value: &str) -> Amount {
    Amount {
        currency: "SGD".into(),
        value: value.into(),
    }
}

const S: &str =
    r#"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success."}}"#;

#[tokio::test]
async fn signs_exactly_what_it_sends_and_accepts_a_verified_success() {
    let body = r#"{"captureId":"C1","captureRequestId":"cap_1","result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success."}}"#;
    let mut server = start(Reply::Signed(body.to_owned())).await;
    let client = sandbox(&server.base_url);
    let call = client
        .capture(&CaptureRequest::new("cap_1", "pay_1", sgd("4200")))
        .await
        .unwrap();
    let seen = server.seen.recv().await.unwrap();

    assert_eq!(seen.method, "POST");
    assert_eq!(seen.path, "/ams/sandbox/api/v1/payments/capture");
    assert_eq!(seen.header("client-id"), CLIENT_ID);
    assert_eq!(seen.header("request-time"), NOW.to_string());
    assert_eq!(
        seen.header("content-type"),
        "application/json; charset=UTF-8"
    );
    let merchant = PublicKey::from_text(&key_text("merchant", "public_key_spki_pem")).unwrap();
    let header = SignatureHeader::parse(seen.header("signature")).unwrap();
    assert_eq!(header.key_version, Some(1));
    let content = sign_content("POST", &seen.path, CLIENT_ID, &NOW.to_string(), &seen.body);
    assert_eq!(verify(&merchant, &content, &header), Ok(()));
    assert_eq!(
        seen.body,
        br#"{"captureRequestId":"cap_1","paymentId":"pay_1","captureAmount":{"currency":"SGD","value":"4200"}}"#
    );

    match &call.outcome {
        CallOutcome::Succeeded(r) => assert_eq!(r.capture_id.as_deref(), Some("C1")),
        other => panic!("{other:?}"),
    }
    assert_eq!(call.next_step(0), NextStep::Done);
    assert_eq!(call.exchange.request.body, seen.body);
    assert_eq!(
        call.exchange.request.url,
        format!("{}{}", server.base_url, seen.path)
    );
    let response = call.exchange.response.as_ref().unwrap();
    assert_eq!(response.status, 200);
    assert_eq!(response.body, body.as_bytes());
}

#[tokio::test]
async fn every_api_goes_to_its_path_and_parses() {
    let cases: Vec<(Api, &str)> = vec![
        (
            Api::CreatePaymentSession,
            r#"{"paymentSessionData":"abc&&SG&&111","paymentSessionId":"sid","result":{"resultCode":"SUCCESS","resultStatus":"S"}}"#,
        ),
        (
            Api::InquiryPayment,
            r#"{"paymentStatus":"PROCESSING","paymentId":"P1","result":{"resultCode":"SUCCESS","resultStatus":"S"},"transactions":[{"transactionType":"CAPTURE","transactionStatus":"SUCCESS","transactionId":"C1"}]}"#,
        ),
        (Api::Capture, S),
        (
            Api::Cancel,
            r#"{"paymentId":"P1","cancelTime":"2025-01-15T16:30:00+08:00","result":{"resultCode":"SUCCESS","resultStatus":"S"}}"#,
        ),
        (
            Api::Refund,
            r#"{"refundId":"R1","refundRequestId":"ref_1","result":{"resultCode":"SUCCESS","resultStatus":"S"}}"#,
        ),
        (
            Api::InquiryRefund,
            r#"{"refundStatus":"SUCCESS","result":{"resultCode":"SUCCESS","resultStatus":"S"}}"#,
        ),
    ];
    for (api, body) in cases {
        for environment in [Environment::Sandbox, Environment::Production] {
            let mut server = start(Reply::Signed(body.to_owned())).await;
            let c = client(&server.base_url, environment, Duration::from_secs(10));
            let done = match api {
                Api::CreatePaymentSession => {
                    let order = Order {
                        reference_order_id: "o1".into(),
                        order_description: "d".into(),
                        order_amount: sgd("100"),
                        buyer: None,
                        goods: None,
                        extra: Default::default(),
                    };
                    let req = CreatePaymentSessionRequest::new(
                        SessionShape::CheckoutPage,
                        "pay_1",
                        sgd("100"),
                        order,
                        "https://m.example/r",
                    );
                    let call = c.create_payment_session(&req).await.unwrap();
                    matches!(call.outcome, CallOutcome::Succeeded(r) if r.payment_session_id.as_deref() == Some("sid"))
                }
                Api::InquiryPayment => {
                    let call = c
                        .inquiry_payment(&InquiryPaymentRequest::by_payment_request_id("pay_1"))
                        .await
                        .unwrap();
                    // result S is about the call; the payment itself is still processing.
                    matches!(call.outcome, CallOutcome::Succeeded(r)
                        if r.payment_status == Some(PaymentStatus::Processing) && r.captures().count() == 1)
                }
                Api::Capture => {
                    let call = c
                        .capture(&CaptureRequest::new("cap_1", "P1", sgd("100")))
                        .await
                        .unwrap();
                    matches!(call.outcome, CallOutcome::Succeeded(_))
                }
                Api::Cancel => {
                    let call = c.cancel(&CancelRequest::by_payment_id("P1")).await.unwrap();
                    matches!(call.outcome, CallOutcome::Succeeded(r) if r.cancel_time.is_some())
                }
                Api::Refund => {
                    let call = c
                        .refund(&RefundRequest::new("ref_1", "P1", sgd("100")))
                        .await
                        .unwrap();
                    matches!(call.outcome, CallOutcome::Succeeded(r) if r.refund_id.as_deref() == Some("R1"))
                }
                Api::InquiryRefund => {
                    let call = c
                        .inquiry_refund(&InquiryRefundRequest::by_refund_request_id("ref_1"))
                        .await
                        .unwrap();
                    matches!(call.outcome, CallOutcome::Succeeded(r) if r.refund_status.is_some())
                }
            };
            assert!(done, "{api} {environment:?}");
            let seen = server.seen.recv().await.unwrap();
            assert_eq!(seen.path, environment.path(api), "{api}");
        }
    }
}

#[tokio::test]
async fn failures_and_unknowns_are_classified_with_the_retry_rule_of_each_api() {
    let f = r#"{"result":{"resultCode":"REPEAT_REQ_INCONSISTENT","resultStatus":"F","resultMessage":"amount differs"}}"#;
    let server = start(Reply::Signed(f.to_owned())).await;
    let call = sandbox(&server.base_url)
        .refund(&RefundRequest::new("ref_1", "P1", sgd("100")))
        .await
        .unwrap();
    assert_eq!(
        call.outcome,
        CallOutcome::Failed {
            code: "REPEAT_REQ_INCONSISTENT".into(),
            message: "amount differs".into()
        }
    );
    assert_eq!(call.next_step(0), NextStep::HandleFailure);

    let u = r#"{"result":{"resultCode":"UNKNOWN_EXCEPTION","resultStatus":"U","resultMessage":"retry"}}"#;
    let server = start(Reply::Signed(u.to_owned())).await;
    let c = sandbox(&server.base_url);
    let capture = c
        .capture(&CaptureRequest::new("cap_1", "P1", sgd("100")))
        .await
        .unwrap();
    assert_eq!(
        capture.outcome,
        CallOutcome::Unknown(UnknownReason::ResultUnknown {
            code: "UNKNOWN_EXCEPTION".into(),
            message: "retry".into()
        })
    );
    assert_eq!(capture.next_step(0), NextStep::ResendSame);
    let refund = c
        .refund(&RefundRequest::new("ref_1", "P1", sgd("100")))
        .await
        .unwrap();
    assert_eq!(refund.next_step(5), NextStep::ResendSame);
    let cancel = c.cancel(&CancelRequest::by_payment_id("P1")).await.unwrap();
    assert!(cancel.outcome.is_unknown());
    assert_eq!(cancel.next_step(0), NextStep::ResendSame);
    assert_eq!(cancel.next_step(1), NextStep::ResendSame);
    assert_eq!(cancel.next_step(2), NextStep::ContactSupport);
    let order = Order {
        reference_order_id: "o1".into(),
        order_description: "d".into(),
        order_amount: sgd("100"),
        buyer: None,
        goods: None,
        extra: Default::default(),
    };
    let req = CreatePaymentSessionRequest::new(
        SessionShape::Element,
        "pay_1",
        sgd("100"),
        order,
        "https://m/r",
    );
    let session = c.create_payment_session(&req).await.unwrap();
    assert_eq!(session.next_step(0), NextStep::ResendWithNewRequestId);
    let inquiry = c
        .inquiry_payment(&InquiryPaymentRequest::by_payment_id("P1"))
        .await
        .unwrap();
    assert_eq!(inquiry.next_step(7), NextStep::ResendSame);
}

#[tokio::test]
async fn non_200_statuses_are_unknown() {
    for status in [500u16, 502, 404, 302] {
        let server = start(Reply::Raw(status, vec![], "oops".to_owned())).await;
        let call = sandbox(&server.base_url)
            .capture(&CaptureRequest::new("cap_1", "P1", sgd("100")))
            .await
            .unwrap();
        assert_eq!(
            call.outcome,
            CallOutcome::Unknown(UnknownReason::HttpStatus(status))
        );
        assert_eq!(call.next_step(0), NextStep::ResendSame);
        assert_eq!(call.exchange.response.unwrap().body, b"oops");
    }
}

#[tokio::test]
async fn unsigned_forged_or_foreign_responses_are_errors_not_outcomes() {
    let server = start(Reply::Raw(200, vec![], S.to_owned())).await;
    let err = sandbox(&server.base_url)
        .capture(&CaptureRequest::new("cap_1", "P1", sgd("100")))
        .await
        .unwrap_err();
    match err {
        ClientError::ResponseSignature { error, exchange } => {
            assert_eq!(error, VerifyError::MissingHeader("signature"));
            assert_eq!(exchange.response.unwrap().body, S.as_bytes());
        }
        other => panic!("{other:?}"),
    }

    let merchant =
        Arc::new(PrivateKey::from_text(&key_text("merchant", "private_key_pkcs8_pem")).unwrap());
    let server = start(Reply::SignedBy(merchant, S.to_owned())).await;
    let err = sandbox(&server.base_url)
        .capture(&CaptureRequest::new("cap_1", "P1", sgd("100")))
        .await
        .unwrap_err();
    assert!(matches!(
        err,
        ClientError::ResponseSignature {
            error: VerifyError::Mismatch,
            ..
        }
    ));

    let (_, mut headers, body) = signed(
        &PrivateKey::from_text(&key_text("antom_simulated", "private_key_pkcs8_pem")).unwrap(),
        "/ams/sandbox/api/v1/payments/capture",
        CLIENT_ID,
        S.to_owned(),
    );
    for (k, v) in headers.iter_mut() {
        if k == "client-id" {
            *v = "SANDBOX_SOMEONE_ELSE".into();
        }
    }
    let server = start(Reply::Raw(200, headers, body)).await;
    let err = sandbox(&server.base_url)
        .capture(&CaptureRequest::new("cap_1", "P1", sgd("100")))
        .await
        .unwrap_err();
    assert!(matches!(
        err,
        ClientError::ResponseSignature {
            error: VerifyError::ClientIdMismatch { .. },
            ..
        }
    ));
}

#[tokio::test]
async fn a_server_that_never_answers_times_out_as_unknown() {
    let server = start(Reply::Hang).await;
    let c = client(
        &server.base_url,
        Environment::Sandbox,
        Duration::from_millis(500),
    );
    let call = c
        .refund(&RefundRequest::new("ref_1", "P1", sgd("100")))
        .await
        .unwrap();
    assert_eq!(call.outcome, CallOutcome::Unknown(UnknownReason::Timeout));
    assert_eq!(call.next_step(0), NextStep::ResendSame);
    assert!(call.exchange.response.is_none());
}

#[tokio::test]
async fn a_refused_connection_is_unknown() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let call = sandbox(&base)
        .cancel(&CancelRequest::by_payment_id("P1"))
        .await
        .unwrap();
    assert!(
        matches!(
            call.outcome,
            CallOutcome::Unknown(UnknownReason::Connection(_))
        ),
        "{:?}",
        call.outcome
    );
}

#[test]
fn configuration_is_checked() {
    let merchant =
        Arc::new(PrivateKey::from_text(&key_text("merchant", "private_key_pkcs8_pem")).unwrap());
    let antom = Arc::new(
        PublicKey::from_text(&key_text("antom_simulated", "public_key_spki_pem")).unwrap(),
    );
    let make = |gateway: Gateway, env: Environment, id: &str| {
        Client::new(
            ClientConfig::new(gateway, env, id),
            merchant.clone(),
            antom.clone(),
            Arc::new(FixedClock),
        )
    };
    assert!(make(Gateway::Asia, Environment::Production, "5Y0001").is_ok());
    assert!(make(Gateway::UnitedStates, Environment::Sandbox, CLIENT_ID).is_ok());
    assert!(make(Gateway::Asia, Environment::Production, CLIENT_ID).is_err());
    assert!(make(Gateway::Asia, Environment::Sandbox, "bad id").is_err());
    assert!(make(
        Gateway::Custom("http://example.com".into()),
        Environment::Sandbox,
        CLIENT_ID
    )
    .is_err());
    let c = make(
        Gateway::Custom("http://127.0.0.1:9".into()),
        Environment::Sandbox,
        CLIENT_ID,
    )
    .unwrap();
    let prepared = c.prepare(Api::Cancel, Vec::new()).unwrap();
    assert_eq!(
        prepared.url,
        "http://127.0.0.1:9/ams/sandbox/api/v1/payments/cancel"
    );
    let signature = &prepared
        .headers
        .iter()
        .find(|(k, _)| k == "signature")
        .unwrap()
        .1;
    let content = sign_content("POST", &prepared.path, CLIENT_ID, &NOW.to_string(), b"");
    let public = PublicKey::from_text(&key_text("merchant", "public_key_spki_pem")).unwrap();
    assert_eq!(
        verify(
            &public,
            &content,
            &SignatureHeader::parse(signature).unwrap()
        ),
        Ok(())
    );
}
