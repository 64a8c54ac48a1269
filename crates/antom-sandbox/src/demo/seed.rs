//! Carries out a demo plan against a running sandbox the way a merchant and buyers would:
//! signed API calls with the merchant key, and the buyer's pay endpoint over HTTP.

use std::sync::Arc;

use antom::model::{
    Amount, CancelRequest, CaptureMode, CaptureRequest, CreatePaymentSessionRequest, Order,
    PaymentFactor, RefundRequest, SessionShape,
};
use antom::{CallOutcome, Client, ClientConfig, Environment, Gateway, SystemClock};
use chrono::{DateTime, Duration, Utc};
use serde_json::{json, Value};

use super::plan::{DemoPayment, Scenario};
use crate::server::RunningSandbox;

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("the sandbox keys carry no merchant private key")]
    NoMerchantKey,
    #[error("cannot build the demo client: {0}")]
    Client(String),
    #[error("{payment}: {step} did not succeed: {detail}")]
    Step {
        payment: String,
        step: &'static str,
        detail: String,
    },
}

/// Reported after each payment of the plan is carried out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeedProgress {
    pub done: usize,
    pub total: usize,
}

/// Runs `plan` against `sandbox` (moving its clock to each payment's creation time and back to
/// `now` at the end). Returns the paymentRequestIds, in plan order.
pub async fn seed(
    sandbox: &RunningSandbox,
    plan: &[DemoPayment],
    now: DateTime<Utc>,
    on_progress: impl Fn(SeedProgress),
) -> Result<Vec<String>, DemoError> {
    let merchant = sandbox
        .keys
        .merchant_private
        .clone()
        .ok_or(DemoError::NoMerchantKey)?;
    let config = ClientConfig::new(
        Gateway::Custom(sandbox.base_url.clone()),
        Environment::Sandbox,
        sandbox.keys.client_id.clone(),
    );
    let client = Client::new(
        config,
        merchant,
        sandbox.keys.antom_public.clone(),
        Arc::new(SystemClock),
    )
    .map_err(|e| DemoError::Client(e.to_string()))?;
    let buyer = BuyerBrowser::new(&sandbox.base_url);
    let mut ids = Vec::with_capacity(plan.len());
    for (done, payment) in plan.iter().enumerate() {
        sandbox.clock.set(payment.created_at);
        carry_out(&client, &buyer, sandbox, payment).await?;
        ids.push(payment.payment_request_id.clone());
        on_progress(SeedProgress {
            done: done + 1,
            total: plan.len(),
        });
    }
    sandbox.clock.set(now);
    Ok(ids)
}

async fn carry_out(
    client: &Client,
    buyer: &BuyerBrowser,
    sandbox: &RunningSandbox,
    p: &DemoPayment,
) -> Result<(), DemoError> {
    let id = p.payment_request_id.as_str();
    let amount = Amount {
        currency: p.currency.to_owned(),
        value: p.amount.to_string(),
    };
    let session = session_request(p, amount.clone());
    let call = client
        .create_payment_session(&session)
        .await
        .map_err(|e| step(id, "createPaymentSession", e))?;
    expect_success(id, "createPaymentSession", call.outcome)?;
    let outcome = match p.scenario {
        Scenario::Initiated => return Ok(()),
        Scenario::Processing => "THREEDS_ABANDONED",
        Scenario::Pending => "PENDING",
        Scenario::Failed => "FAILURE",
        _ => "SUCCESS",
    };
    let payment_id = buyer.pay(id, p.method, outcome).await?;
    // Merchant actions happen a few minutes after the buyer paid.
    sandbox.clock.advance(Duration::minutes(7));
    match p.scenario {
        Scenario::Captured => {
            let req = CaptureRequest::new(format!("{id}-CAP"), &payment_id, amount);
            let call = client
                .capture(&req)
                .await
                .map_err(|e| step(id, "capture", e))?;
            expect_success(id, "capture", call.outcome)?;
        }
        Scenario::PartiallyRefunded => {
            let part = Amount {
                value: partial(p).to_string(),
                ..amount
            };
            refund(client, id, "REF1", &payment_id, part).await?;
        }
        Scenario::Refunded => {
            let first = partial(p);
            let rest = p.amount - first;
            for (suffix, value) in [("REF1", first), ("REF2", rest)] {
                let part = Amount {
                    value: value.to_string(),
                    ..amount.clone()
                };
                refund(client, id, suffix, &payment_id, part).await?;
            }
        }
        Scenario::Cancelled => {
            let call = client
                .cancel(&CancelRequest::by_payment_id(&payment_id))
                .await
                .map_err(|e| step(id, "cancel", e))?;
            expect_success(id, "cancel", call.outcome)?;
        }
        _ => {}
    }
    Ok(())
}

fn session_request(p: &DemoPayment, amount: Amount) -> CreatePaymentSessionRequest {
    let order = Order {
        reference_order_id: p.reference_order_id.clone(),
        order_description: format!("Demo order {}", p.reference_order_id),
        order_amount: amount.clone(),
        buyer: Some(antom::model::Buyer {
            reference_buyer_id: Some(format!("buyer-{}", &p.reference_order_id[6..])),
            ..Default::default()
        }),
        goods: None,
        extra: Default::default(),
    };
    let mut req = CreatePaymentSessionRequest::new(
        SessionShape::CheckoutPage,
        &p.payment_request_id,
        amount,
        order,
        "https://merchant.example/return",
    );
    if p.manual_capture {
        req.payment_factor = Some(PaymentFactor {
            capture_mode: Some(CaptureMode::Manual),
            ..PaymentFactor::default()
        });
    }
    req
}

/// A partial amount that keeps the currency's rules (whole units where fractions are not allowed).
fn partial(p: &DemoPayment) -> i64 {
    let third = p.amount / 3;
    if p.amount % 100 == 0 {
        (third / 100).max(1) * 100
    } else {
        third.max(1)
    }
}

async fn refund(
    client: &Client,
    id: &str,
    suffix: &str,
    payment_id: &str,
    amount: Amount,
) -> Result<(), DemoError> {
    let req = RefundRequest::new(format!("{id}-{suffix}"), payment_id, amount);
    let call = client
        .refund(&req)
        .await
        .map_err(|e| step(id, "refund", e))?;
    expect_success(id, "refund", call.outcome)
}

fn expect_success<T: std::fmt::Debug>(
    id: &str,
    what: &'static str,
    outcome: CallOutcome<T>,
) -> Result<(), DemoError> {
    match outcome {
        CallOutcome::Succeeded(_) => Ok(()),
        other => Err(step(id, what, format!("{other:?}"))),
    }
}

fn step(payment: &str, step: &'static str, detail: impl ToString) -> DemoError {
    DemoError::Step {
        payment: payment.to_owned(),
        step,
        detail: detail.to_string(),
    }
}

/// The buyer's browser: `POST /sandbox/v1/pay`, as the hosted checkout page's form does.
struct BuyerBrowser {
    pay_url: String,
    http: reqwest::Client,
}

impl BuyerBrowser {
    fn new(base_url: &str) -> Self {
        BuyerBrowser {
            pay_url: format!("{base_url}/sandbox/v1/pay"),
            http: reqwest::Client::builder()
                .no_proxy()
                .build()
                .unwrap_or_default(),
        }
    }

    async fn pay(&self, id: &str, method: &str, outcome: &str) -> Result<String, DemoError> {
        let body = json!({"paymentRequestId": id, "paymentMethodType": method, "outcome": outcome});
        let response = self
            .http
            .post(&self.pay_url)
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
            .await
            .map_err(|e| step(id, "pay", e))?;
        let status = response.status();
        let text = response.text().await.map_err(|e| step(id, "pay", e))?;
        let value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        match value.get("paymentId").and_then(Value::as_str) {
            Some(payment_id) if status.is_success() => Ok(payment_id.to_owned()),
            _ => Err(step(id, "pay", format!("HTTP {status}: {text}"))),
        }
    }
}
