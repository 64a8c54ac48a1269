//! `create_session`: a createPaymentSession for the Checkout Page or Payment Element, recorded
//! as a `SessionCreated` event. Ids come from the injected id source; money is minor units.

use antom::model::{
    Amount, AvailablePaymentMethod, Buyer, CaptureMode, CreatePaymentSessionRequest, Order,
    PaymentFactor, PaymentMethodTypeItem, SessionShape,
};
use antom::{CallOutcome, Money};
use serde::Serialize;

use super::errors::outcome_error;
use super::observe::body_text;
use super::Console;
use crate::cache::{Facts, Observation};
use crate::ipc::dto::{EventSource, PaymentState};
use crate::ipc::{ErrorCode, IpcError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionScene {
    CheckoutPage,
    Element,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaptureChoice {
    Automatic,
    Manual,
}

/// What to charge and how.
#[derive(Debug, Clone)]
pub struct SessionOrder {
    pub amount: Money,
    pub scene: SessionScene,
    pub capture: CaptureChoice,
    /// Offer only this method (e.g. `CARD`).
    pub method: Option<String>,
    pub description: String,
    pub redirect_url: String,
}

/// The created session, as `antomctl session create` prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionCreated {
    pub payment_request_id: String,
    pub payment_session_id: Option<String>,
    pub normal_url: Option<String>,
    pub payment_session_data: Option<String>,
}

impl Console {
    pub async fn create_session(&self, order: SessionOrder) -> Result<SessionCreated, IpcError> {
        let profile = self.current_profile().await?;
        let client = self.client(&profile).await?;
        let cache = self.cache(&profile).await?;
        if order.amount.minor <= 0 {
            return Err(IpcError::new(
                ErrorCode::Validation,
                "the amount must be above zero",
            ));
        }
        let amount = Amount::from_money(order.amount)
            .map_err(|e| IpcError::new(ErrorCode::Validation, e.to_string()))?;
        let payment_request_id = self.parts.ids.next_id("PAY");
        let reference_order_id = self.parts.ids.next_id("ORDER");
        let buyer_reference = self.parts.ids.next_id("BUYER");
        let shape = match order.scene {
            SessionScene::CheckoutPage => SessionShape::CheckoutPage,
            SessionScene::Element => SessionShape::Element,
        };
        let mut request = CreatePaymentSessionRequest::new(
            shape,
            payment_request_id.clone(),
            amount.clone(),
            Order {
                reference_order_id: reference_order_id.clone(),
                order_description: order.description.clone(),
                order_amount: amount,
                buyer: Some(Buyer {
                    reference_buyer_id: Some(buyer_reference.clone()),
                    ..Buyer::default()
                }),
                goods: None,
                extra: Default::default(),
            },
            order.redirect_url.clone(),
        );
        let capture_mode = match order.capture {
            CaptureChoice::Automatic => CaptureMode::Automatic,
            CaptureChoice::Manual => CaptureMode::Manual,
        };
        request.payment_factor = Some(PaymentFactor {
            capture_mode: Some(capture_mode.clone()),
            ..PaymentFactor::default()
        });
        if let Some(method) = &order.method {
            request.available_payment_method = Some(AvailablePaymentMethod {
                payment_method_type_list: Some(vec![PaymentMethodTypeItem {
                    payment_method_type: method.clone(),
                    payment_method_order: None,
                    express_checkout: None,
                    extra: Default::default(),
                }]),
                ..AvailablePaymentMethod::default()
            });
        }
        if let Some(currency) = &profile.settlement_currency {
            request.settlement_strategy = Some(antom::model::SettlementStrategy {
                settlement_currency: Some(currency.clone()),
                extra: Default::default(),
            });
        }
        let call = client.create_payment_session(&request).await?;
        let response = match &call.outcome {
            CallOutcome::Succeeded(r) => r,
            other => return Err(outcome_error("createPaymentSession", other)),
        };
        let sent = body_text(&call.exchange.request.body);
        let received = call
            .exchange
            .response
            .as_ref()
            .map(|r| body_text(&r.body))
            .unwrap_or_default();
        let raw_json = format!("{{\"request\":{sent},\"response\":{received}}}");
        let now = self.now_millis();
        cache
            .apply(&Observation {
                payment_request_id: payment_request_id.clone(),
                source: EventSource::SessionCreated,
                summary: format!(
                    "createPaymentSession: {} {} ({})",
                    order.amount.format_amount(),
                    order.amount.currency,
                    capture_mode
                ),
                recorded_at: now,
                raw_json,
                facts: Facts {
                    reference_order_id: Some(reference_order_id),
                    method: order.method.clone(),
                    state: Some(PaymentState::Initiated),
                    amount: Some((order.amount.minor, order.amount.currency.code().to_owned())),
                    capture_mode: Some(capture_mode.as_str().to_owned()),
                    created_at: Some(now),
                    buyer_reference: Some(buyer_reference),
                    ..Facts::default()
                },
            })
            .await?;
        Ok(SessionCreated {
            payment_request_id,
            payment_session_id: response.payment_session_id.clone(),
            normal_url: response.normal_url.clone(),
            payment_session_data: response.payment_session_data.clone(),
        })
    }
}
