//! The HTTP client: paths per gateway/environment, signs the bytes sent, verifies raw responses.
//! Must not retry, store, or read the clock itself: request-time comes from the injected `Clock`.

use std::fmt;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use reqwest::Url;
use serde::Serialize;

use crate::error::ClientError;
use crate::keys::{PrivateKey, PublicKey};
use crate::model::{
    AntomResponse, CancelRequest, CancelResponse, CaptureRequest, CaptureResponse,
    CreatePaymentSessionRequest, CreatePaymentSessionResponse, InquiryPaymentRequest,
    InquiryPaymentResponse, InquiryRefundRequest, InquiryRefundResponse, RefundRequest,
    RefundResponse,
};
use crate::outcome::{
    classify, Api, Call, CallOutcome, Exchange, RawRequest, RawResponse, UnknownReason,
};
use crate::signature::{sign, sign_content, verify_response};

/// Source of the request-time: milliseconds since the Unix epoch.
pub trait Clock: Send + Sync {
    fn now_millis(&self) -> i64;
}

/// The real clock, for production wiring only; tests pass a fixed one.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_millis(&self) -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
    }
}

/// Where requests go. Pick by contract region; `Custom` is for the local sandbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gateway {
    /// `open-sea-global.alipay.com`
    Asia,
    /// `open-na-global.alipay.com` (non-US North American merchants)
    NorthAmerica,
    /// `open.antglobal-us.com` (US-domiciled merchants)
    UnitedStates,
    /// `open-de-global.alipay.com`
    Europe,
    /// Any base URL with no path: `https://host[:port]`, or `http://` on a loopback host only.
    Custom(String),
}

impl Gateway {
    /// The base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        match self {
            Gateway::Asia => "https://open-sea-global.alipay.com",
            Gateway::NorthAmerica => "https://open-na-global.alipay.com",
            Gateway::UnitedStates => "https://open.antglobal-us.com",
            Gateway::Europe => "https://open-de-global.alipay.com",
            Gateway::Custom(url) => url.trim_end_matches('/'),
        }
    }
}

/// Production or sandbox: the sandbox is a path (`/ams/sandbox/api/…`), not a host.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Environment {
    Production,
    Sandbox,
}

impl Environment {
    /// The path that is requested and signed, e.g. `/ams/sandbox/api/v1/payments/capture`.
    pub fn path(&self, api: Api) -> String {
        match self {
            Environment::Production => format!("/ams/api/v1/payments/{}", api.endpoint()),
            Environment::Sandbox => format!("/ams/sandbox/api/v1/payments/{}", api.endpoint()),
        }
    }
}

/// Connection and whole-call time limits (the official SDKs use 15 s to connect, 15–30 s total).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    pub connect: Duration,
    pub total: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: Duration::from_secs(15),
            total: Duration::from_secs(30),
        }
    }
}

/// Everything about a merchant's Antom account except the keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientConfig {
    pub gateway: Gateway,
    pub environment: Environment,
    pub client_id: String,
    /// Sent as `keyVersion`; every official SDK sends 1.
    pub key_version: u32,
    pub timeouts: Timeouts,
}

impl ClientConfig {
    pub fn new(gateway: Gateway, environment: Environment, client_id: impl Into<String>) -> Self {
        ClientConfig {
            gateway,
            environment,
            client_id: client_id.into(),
            key_version: 1,
            timeouts: Timeouts::default(),
        }
    }
}

/// A signed, verifying Antom client. Cheap to share behind an `Arc`.
pub struct Client {
    http: reqwest::Client,
    base_url: String,
    config: ClientConfig,
    merchant_key: Arc<PrivateKey>,
    antom_key: Arc<PublicKey>,
    clock: Arc<dyn Clock>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.base_url)
            .field("config", &self.config)
            .field("merchant_key", &self.merchant_key)
            .field("antom_key", &self.antom_key)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// `merchant_key` signs requests; `antom_key` (Antom's public key for this environment)
    /// verifies responses.
    pub fn new(
        config: ClientConfig,
        merchant_key: Arc<PrivateKey>,
        antom_key: Arc<PublicKey>,
        clock: Arc<dyn Clock>,
    ) -> Result<Client, ClientError> {
        let id = &config.client_id;
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(ClientError::Config(
                "client id must be non-empty visible ASCII".to_owned(),
            ));
        }
        if config.environment == Environment::Production && id.starts_with("SANDBOX_") {
            return Err(ClientError::Config(
                "a SANDBOX_ client id cannot be used in production".to_owned(),
            ));
        }
        let (base_url, loopback) = check_base_url(config.gateway.base_url())?;
        let mut builder = reqwest::Client::builder()
            .use_rustls_tls()
            .connect_timeout(config.timeouts.connect)
            .timeout(config.timeouts.total)
            .redirect(reqwest::redirect::Policy::none());
        if loopback {
            builder = builder.no_proxy();
        } else {
            builder = builder.https_only(true);
        }
        let http = builder
            .build()
            .map_err(|e| ClientError::Config(e.to_string()))?;
        Ok(Client {
            http,
            base_url,
            config,
            merchant_key,
            antom_key,
            clock,
        })
    }

    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    pub async fn create_payment_session(
        &self,
        request: &CreatePaymentSessionRequest,
    ) -> Result<Call<CreatePaymentSessionResponse>, ClientError> {
        self.call(Api::CreatePaymentSession, request).await
    }

    pub async fn inquiry_payment(
        &self,
        request: &InquiryPaymentRequest,
    ) -> Result<Call<InquiryPaymentResponse>, ClientError> {
        self.call(Api::InquiryPayment, request).await
    }

    pub async fn capture(
        &self,
        request: &CaptureRequest,
    ) -> Result<Call<CaptureResponse>, ClientError> {
        self.call(Api::Capture, request).await
    }

    pub async fn cancel(
        &self,
        request: &CancelRequest,
    ) -> Result<Call<CancelResponse>, ClientError> {
        self.call(Api::Cancel, request).await
    }

    pub async fn refund(
        &self,
        request: &RefundRequest,
    ) -> Result<Call<RefundResponse>, ClientError> {
        self.call(Api::Refund, request).await
    }

    pub async fn inquiry_refund(
        &self,
        request: &InquiryRefundRequest,
    ) -> Result<Call<InquiryRefundResponse>, ClientError> {
        self.call(Api::InquiryRefund, request).await
    }

    /// Serialises `request` once (compact JSON) and sends those bytes.
    pub async fn call<Req: Serialize, Resp: AntomResponse>(
        &self,
        api: Api,
        request: &Req,
    ) -> Result<Call<Resp>, ClientError> {
        let body = serde_json::to_vec(request).map_err(ClientError::Serialize)?;
        self.call_with_body(api, body).await
    }

    /// Sends pre-serialised bytes as they are (for replaying a logged request, say).
    pub async fn call_with_body<Resp: AntomResponse>(
        &self,
        api: Api,
        body: Vec<u8>,
    ) -> Result<Call<Resp>, ClientError> {
        let request = self.prepare(api, body)?;
        let mut exchange = Exchange {
            request,
            response: None,
        };
        let mut builder = self.http.post(&exchange.request.url);
        for (name, value) in &exchange.request.headers {
            builder = builder.header(name, value);
        }
        let unknown = |exchange: Exchange, reason| Call {
            api,
            outcome: CallOutcome::Unknown(reason),
            exchange,
        };
        let response = match builder.body(exchange.request.body.clone()).send().await {
            Ok(r) => r,
            Err(e) => return Ok(unknown(exchange, transport_reason(&e))),
        };
        let status = response.status().as_u16();
        let headers: Vec<(String, String)> = response
            .headers()
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_owned(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect();
        let body = response.bytes().await;
        let (body, read_error) = match body {
            Ok(b) => (b.to_vec(), None),
            Err(e) => (Vec::new(), Some(transport_reason(&e))),
        };
        exchange.response = Some(RawResponse {
            status,
            headers,
            body,
        });
        if let Some(reason) = read_error {
            return Ok(unknown(exchange, reason));
        }
        if status == 200 {
            let raw = exchange.response.as_ref().map(|r| (&r.headers, &r.body));
            if let Some((headers, body)) = raw {
                if let Err(error) = verify_response(
                    &self.antom_key,
                    &exchange.request.path,
                    &self.config.client_id,
                    headers,
                    body,
                ) {
                    return Err(ClientError::ResponseSignature {
                        error,
                        exchange: Box::new(exchange),
                    });
                }
            }
        }
        let outcome = match &exchange.response {
            Some(r) => classify::<Resp>(r.status, &r.body),
            None => CallOutcome::Unknown(UnknownReason::Transport("no response".to_owned())),
        };
        Ok(Call {
            api,
            outcome,
            exchange,
        })
    }

    /// Builds and signs the request for `body` without sending it: URL, headers, exact bytes.
    pub fn prepare(&self, api: Api, body: Vec<u8>) -> Result<RawRequest, ClientError> {
        let path = self.config.environment.path(api);
        let request_time = self.clock.now_millis().to_string();
        let content = sign_content("POST", &path, &self.config.client_id, &request_time, &body);
        let signature = sign(&self.merchant_key, self.config.key_version, &content)?;
        Ok(RawRequest {
            method: "POST".to_owned(),
            url: format!("{}{}", self.base_url, path),
            headers: vec![
                (
                    "content-type".to_owned(),
                    "application/json; charset=UTF-8".to_owned(),
                ),
                ("client-id".to_owned(), self.config.client_id.clone()),
                ("request-time".to_owned(), request_time),
                ("signature".to_owned(), signature.to_header_value()),
            ],
            path,
            body,
        })
    }
}

fn transport_reason(e: &reqwest::Error) -> UnknownReason {
    if e.is_timeout() {
        UnknownReason::Timeout
    } else if e.is_connect() {
        UnknownReason::Connection(error_chain(e))
    } else {
        UnknownReason::Transport(error_chain(e))
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// Validates a base URL; returns it normalised and whether its host is loopback.
fn check_base_url(base: &str) -> Result<(String, bool), ClientError> {
    let bad = |why: &str| ClientError::Config(format!("gateway URL `{base}`: {why}"));
    let url = Url::parse(base).map_err(|e| bad(&e.to_string()))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad("must not contain credentials"));
    }
    if url.query().is_some() || url.fragment().is_some() || url.path() != "/" {
        return Err(bad("must be scheme://host[:port] with no path"));
    }
    let host = url.host_str().ok_or_else(|| bad("has no host"))?;
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let loopback = host.eq_ignore_ascii_case("localhost")
        || bare.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback());
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        "http" => return Err(bad("plain http is allowed only on a loopback host")),
        _ => return Err(bad("scheme must be https")),
    }
    Ok((url.origin().ascii_serialization(), loopback))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_per_environment() {
        assert_eq!(
            Environment::Production.path(Api::CreatePaymentSession),
            "/ams/api/v1/payments/createPaymentSession"
        );
        assert_eq!(
            Environment::Sandbox.path(Api::InquiryRefund),
            "/ams/sandbox/api/v1/payments/inquiryRefund"
        );
    }

    #[test]
    fn base_urls_are_checked() {
        assert_eq!(
            check_base_url("http://127.0.0.1:8080/").unwrap(),
            ("http://127.0.0.1:8080".to_owned(), true)
        );
        assert!(check_base_url("http://localhost:1").unwrap().1);
        assert!(check_base_url("http://[::1]:1").unwrap().1);
        assert_eq!(
            check_base_url(Gateway::Asia.base_url()).unwrap(),
            ("https://open-sea-global.alipay.com".to_owned(), false)
        );
        for bad in [
            "http://example.com",
            "ftp://127.0.0.1",
            "https://h/ams",
            "https://u:p@h",
            "https://h/?q",
            "not a url",
        ] {
            assert!(check_base_url(bad).is_err(), "{bad}");
        }
    }
}
