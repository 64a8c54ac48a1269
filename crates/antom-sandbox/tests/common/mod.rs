//! Test harness: a sandbox on 127.0.0.1 (port 0) with generated keys, an `antom::Client` wired
//! to it, request builders, the control API, and a notification receiver that signals a channel.
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use antom::model::{
    Amount, Buyer, CaptureMode, CreatePaymentSessionRequest, Order, PaymentFactor, SessionShape,
};
use antom::{CallOutcome, Client, ClientConfig, Environment, Gateway, SystemClock};
use antom_sandbox::{
    RetrySchedule, RunningSandbox, Sandbox, SandboxClock, SandboxConfig, SandboxKeys, SequentialIds,
};
use axum::body::Bytes;
use axum::http::HeaderMap;
use serde_json::{json, Value};
use tokio::sync::mpsc;

/// 2026-03-10 14:00 in UTC+8: a fixed start so windows are predictable.
pub const START: &str = "2026-03-10T06:00:00Z";

/// Key generation is slow in debug builds; every test shares one set.
pub fn keys() -> SandboxKeys {
    static KEYS: OnceLock<SandboxKeys> = OnceLock::new();
    KEYS.get_or_init(|| SandboxKeys::generate().expect("keys"))
        .clone()
}

pub struct Harness {
    pub sandbox: RunningSandbox,
    pub client: Client,
    pub http: reqwest::Client,
}

pub struct Options {
    pub manual_clock: bool,
    pub notify_url: Option<String>,
    pub retry: RetrySchedule,
    pub time_scale: f64,
    pub db: Option<std::path::PathBuf>,
    pub client_timeout: Duration,
    pub keys: Option<SandboxKeys>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            manual_clock: true,
            notify_url: None,
            retry: RetrySchedule::Antom,
            time_scale: 1.0,
            db: None,
            client_timeout: Duration::from_secs(10),
            keys: None,
        }
    }
}

pub async fn start() -> Harness {
    start_with(Options::default()).await
}

pub async fn start_with(opts: Options) -> Harness {
    let keys = opts.keys.unwrap_or_else(keys);
    let mut config = SandboxConfig::new(keys.clone());
    config.clock = Arc::new(if opts.manual_clock {
        SandboxClock::manual(START.parse().unwrap())
    } else {
        SandboxClock::real()
    });
    config.ids = Arc::new(SequentialIds::seeded_from_wall_clock());
    config.notify_url = opts.notify_url;
    config.retry = opts.retry;
    config.time_scale = opts.time_scale;
    config.db = opts.db;
    let sandbox = Sandbox::start(config).await.expect("sandbox starts");
    let client = client_for(&sandbox.base_url, &keys, opts.client_timeout);
    Harness {
        sandbox,
        client,
        http: reqwest::Client::builder().no_proxy().build().unwrap(),
    }
}

pub fn client_for(base_url: &str, keys: &SandboxKeys, timeout: Duration) -> Client {
    let environment = if keys.client_id.starts_with("SANDBOX_") {
        Environment::Sandbox
    } else {
        Environment::Production
    };
    let mut config = ClientConfig::new(
        Gateway::Custom(base_url.to_owned()),
        environment,
        keys.client_id.clone(),
    );
    config.timeouts.total = timeout;
    Client::new(
        config,
        keys.merchant_private.clone().expect("merchant key"),
        keys.antom_public.clone(),
        Arc::new(SystemClock),
    )
    .expect("client")
}

pub fn amount(value: &str, currency: &str) -> Amount {
    Amount {
        currency: currency.into(),
        value: value.into(),
    }
}

pub fn order(value: &str, currency: &str, buyer: bool) -> Order {
    Order {
        reference_order_id: "ORDER-1".into(),
        order_description: "Sandbox test order".into(),
        order_amount: amount(value, currency),
        buyer: buyer.then(|| Buyer {
            reference_buyer_id: Some("buyer-1".into()),
            ..Buyer::default()
        }),
        goods: None,
        extra: Default::default(),
    }
}

/// A Checkout Page session; `manual` asks for captureMode MANUAL.
pub fn ckp(
    request_id: &str,
    value: &str,
    currency: &str,
    manual: bool,
) -> CreatePaymentSessionRequest {
    let mut req = CreatePaymentSessionRequest::new(
        SessionShape::CheckoutPage,
        request_id,
        amount(value, currency),
        order(value, currency, true),
        "https://merchant.example/return",
    );
    if manual {
        req.payment_factor = Some(PaymentFactor {
            capture_mode: Some(CaptureMode::Manual),
            ..PaymentFactor::default()
        });
    }
    req
}

pub fn succeeded<T: std::fmt::Debug>(outcome: CallOutcome<T>) -> T {
    match outcome {
        CallOutcome::Succeeded(t) => t,
        other => panic!("expected success, got {other:?}"),
    }
}

pub fn failed_code<T: std::fmt::Debug>(outcome: CallOutcome<T>) -> String {
    match outcome {
        CallOutcome::Failed { code, .. } => code,
        other => panic!("expected F, got {other:?}"),
    }
}

impl Harness {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.sandbox.base_url)
    }

    pub async fn control(&self, path: &str, body: Value) -> (u16, Value) {
        let r = self
            .http
            .post(self.url(path))
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    pub async fn state(&self) -> Value {
        self.http
            .get(self.url("/sandbox/v1/state"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    pub async fn advance(&self, secs: i64) {
        let (status, _) = self
            .control("/sandbox/v1/clock", json!({"advanceSeconds": secs}))
            .await;
        assert_eq!(status, 200);
    }

    /// Creates a session and pays it; returns the paymentId.
    pub async fn paid(&self, req: &CreatePaymentSessionRequest, method: &str) -> String {
        succeeded(
            self.client
                .create_payment_session(req)
                .await
                .unwrap()
                .outcome,
        );
        self.pay(&req.payment_request_id, method, "SUCCESS").await
    }

    pub async fn pay(&self, request_id: &str, method: &str, outcome: &str) -> String {
        let (status, body) = self
            .control(
                "/sandbox/v1/pay",
                json!({"paymentRequestId": request_id, "paymentMethodType": method, "outcome": outcome}),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        body["paymentId"].as_str().unwrap().to_owned()
    }
}

/// One notification as the merchant's server saw it.
#[derive(Debug, Clone)]
pub struct Received {
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Bytes,
}

impl Received {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap()
    }
}

/// A merchant notification endpoint at `<url>` (path `/notify`). It answers the first
/// `refuse_first` notifications with HTTP 500 and acknowledges the rest.
pub struct Receiver {
    pub url: String,
    pub rx: mpsc::UnboundedReceiver<Received>,
}

impl Receiver {
    pub async fn next(&mut self) -> Received {
        tokio::time::timeout(Duration::from_secs(20), self.rx.recv())
            .await
            .expect("a notification within 20 s")
            .expect("receiver open")
    }

    /// Asserts nothing more arrives within `wait` (for "exactly one attempt" checks, after
    /// the sandbox state already shows the delivery as finished).
    pub async fn nothing_within(&mut self, wait: Duration) {
        if let Ok(Some(extra)) = tokio::time::timeout(wait, self.rx.recv()).await {
            panic!("unexpected notification: {extra:?}");
        }
    }
}

pub async fn receiver(refuse_first: usize) -> Receiver {
    let (tx, rx) = mpsc::unbounded_channel();
    let seen = Arc::new(AtomicUsize::new(0));
    let handler = move |uri: axum::http::Uri, headers: HeaderMap, body: Bytes| {
        let tx = tx.clone();
        let seen = seen.clone();
        async move {
            let headers = headers
                .iter()
                .map(|(k, v)| (k.as_str().to_owned(), v.to_str().unwrap_or("").to_owned()))
                .collect();
            let _ = tx.send(Received {
                path: uri.path().to_owned(),
                headers,
                body,
            });
            if seen.fetch_add(1, Ordering::SeqCst) < refuse_first {
                (
                    axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                    "busy".to_owned(),
                )
            } else {
                (
                    axum::http::StatusCode::OK,
                    antom::NOTIFICATION_ACK_BODY.to_owned(),
                )
            }
        }
    };
    let app = axum::Router::new().route("/notify", axum::routing::post(handler));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Receiver {
        url: format!("http://{addr}/notify"),
        rx,
    }
}

/// Polls the state dump until `pred` holds (bounded; no fixed sleeps as synchronisation).
pub async fn wait_state(h: &Harness, pred: impl Fn(&Value) -> bool) -> Value {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let state = h.state().await;
        if pred(&state) {
            return state;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "state never matched: {state}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
