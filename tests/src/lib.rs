//! Shared set-up for the integration tests: a real antom-sandbox on 127.0.0.1, a console over a
//! temp data dir and the real keychain, and key texts in each encoding. No mocks of console code.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use antom_sandbox::{RunningSandbox, Sandbox, SandboxConfig, SandboxKeys};
use console::ipc::dto::{Environment, GatewayChoice, NewProfile};
use console::{AppContext, Console, DataDir, Keychain, Parts, RandomIds, SystemClock};

pub use console::Sleeper;

/// A console in its own temp data dir; the keychain service is the console's, so unique
/// (random) profile ids keep parallel tests apart.
pub struct Harness {
    pub dir: tempfile::TempDir,
    pub console: Console,
}

pub fn context(dir: &std::path::Path) -> AppContext {
    AppContext {
        version: "test".to_owned(),
        data_dir: DataDir::resolve(Some(dir.as_os_str().to_owned()), None).expect("absolute"),
        keychain: Keychain::default(),
    }
}

impl Harness {
    pub fn new() -> Harness {
        Self::with_sleeper(Arc::new(console::TokioSleeper))
    }

    pub fn with_sleeper(sleeper: Arc<dyn Sleeper>) -> Harness {
        let dir = tempfile::tempdir().expect("temp dir");
        let parts = Parts {
            clock: Arc::new(SystemClock),
            sleeper,
            ids: Arc::new(RandomIds),
        };
        let console = Console::with_parts(context(dir.path()), parts);
        Harness { dir, console }
    }
}

impl Default for Harness {
    fn default() -> Self {
        Self::new()
    }
}

pub async fn start_sandbox() -> RunningSandbox {
    let keys = SandboxKeys::generate().expect("keys");
    Sandbox::start(SandboxConfig::new(keys))
        .await
        .expect("sandbox starts")
}

/// A sandbox profile pointed at `sandbox` with its keys (PEM PKCS#8 / SPKI).
pub fn profile_for(sandbox: &RunningSandbox, name: &str) -> NewProfile {
    let keys = &sandbox.keys;
    NewProfile {
        name: name.to_owned(),
        environment: Environment::Sandbox,
        gateway: GatewayChoice::Custom(sandbox.base_url.clone()),
        client_id: keys.client_id.clone(),
        merchant_private_key: keys
            .merchant_private
            .as_ref()
            .expect("generated pair")
            .to_pkcs8_pem()
            .to_string(),
        antom_public_key: keys.antom_public.to_spki_pem(),
        time_zone: Some("Asia/Singapore".to_owned()),
        settlement_currency: Some("SGD".to_owned()),
    }
}

/// The buyer pays a session through the sandbox's control API.
pub async fn buyer_pays(sandbox: &RunningSandbox, payment_request_id: &str, method: &str) {
    let response = reqwest::Client::new()
        .post(format!("{}/sandbox/v1/pay", sandbox.base_url))
        .json(&serde_json::json!({
            "paymentRequestId": payment_request_id,
            "paymentMethodType": method,
            "outcome": "SUCCESS",
        }))
        .send()
        .await
        .expect("pay request");
    let status = response.status();
    let body = response.text().await.unwrap_or_default();
    assert!(status.is_success(), "pay failed: {status} {body}");
}

/// A sleeper for `watch`: records each requested pause and, on the first one, runs `on_first`
/// (the buyer paying) instead of waiting; never sleeps for real.
pub struct ScriptedSleeper {
    pub pauses: Mutex<Vec<Duration>>,
    calls: AtomicU32,
    on_first:
        tokio::sync::Mutex<Option<std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>>>,
}

impl ScriptedSleeper {
    pub fn new(on_first: std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>) -> Self {
        ScriptedSleeper {
            pauses: Mutex::new(Vec::new()),
            calls: AtomicU32::new(0),
            on_first: tokio::sync::Mutex::new(Some(on_first)),
        }
    }
}

impl Sleeper for ScriptedSleeper {
    fn sleep(
        &self,
        duration: Duration,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send + '_>> {
        self.pauses.lock().expect("lock").push(duration);
        self.calls.fetch_add(1, Ordering::SeqCst);
        Box::pin(async move {
            let job = self.on_first.lock().await.take();
            if let Some(job) = job {
                job.await;
            }
        })
    }
}
