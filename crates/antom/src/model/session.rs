//! createPaymentSession: request in its three shapes (Checkout Page, Payment Element, legacy
//! paymentMethod + isAuthorization) and response. No HTTP, no signing.

use serde::{Deserialize, Serialize};

use super::common::{
    Amount, AvailablePaymentMethod, Env, Order, PaymentFactor, PaymentMethod, ResultInfo,
    SettlementStrategy,
};
use super::{wire_enum, AntomResponse, Extra};

wire_enum! {
    ProductScene { CheckoutPage = "CHECKOUT_PAYMENT", Element = "ELEMENT_PAYMENT" }
}

/// Which client integration a session is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionShape {
    /// Embedded or hosted Checkout Page (`productScene=CHECKOUT_PAYMENT`).
    CheckoutPage,
    /// Payment Element (`productScene=ELEMENT_PAYMENT`).
    Element,
    /// Deprecated AMSCashierPayment flow: a fixed payment method, optionally card authorisation.
    Legacy {
        payment_method_type: String,
        is_authorization: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SavedPaymentMethod {
    pub payment_method_id: String,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatePaymentSessionRequest {
    /// `CASHIER_PAYMENT` for every shape the console uses.
    pub product_code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_scene: Option<ProductScene>,
    pub payment_request_id: String,
    pub payment_amount: Amount,
    pub order: Order,
    pub payment_redirect_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_notify_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settlement_strategy: Option<SettlementStrategy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<PaymentMethod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_factor: Option<PaymentFactor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Env>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_payment_method: Option<AvailablePaymentMethod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_payment_methods: Option<Vec<SavedPaymentMethod>>,
    /// ISO 8601; at most one hour after creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_session_expiry_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_account_id: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl CreatePaymentSessionRequest {
    /// A request of the given shape with the required fields; set optional ones on the result.
    pub fn new(
        shape: SessionShape,
        payment_request_id: impl Into<String>,
        payment_amount: Amount,
        order: Order,
        payment_redirect_url: impl Into<String>,
    ) -> Self {
        let (product_scene, payment_method, payment_factor) = match shape {
            SessionShape::CheckoutPage => (Some(ProductScene::CheckoutPage), None, None),
            SessionShape::Element => (Some(ProductScene::Element), None, None),
            SessionShape::Legacy {
                payment_method_type,
                is_authorization,
            } => (
                None,
                Some(PaymentMethod {
                    payment_method_type,
                    extra: Extra::new(),
                }),
                is_authorization.then(|| PaymentFactor {
                    is_authorization: Some(true),
                    ..PaymentFactor::default()
                }),
            ),
        };
        CreatePaymentSessionRequest {
            product_code: "CASHIER_PAYMENT".to_owned(),
            product_scene,
            payment_request_id: payment_request_id.into(),
            payment_amount,
            order,
            payment_redirect_url: payment_redirect_url.into(),
            payment_notify_url: None,
            settlement_strategy: None,
            payment_method,
            payment_factor,
            env: None,
            available_payment_method: None,
            saved_payment_methods: None,
            payment_session_expiry_time: None,
            locale: None,
            merchant_region: None,
            merchant_account_id: None,
            extra: Extra::new(),
        }
    }

    /// Checkout Page rule: Σ goodsUnitAmount × goodsQuantity must equal orderAmount. `None` when
    /// there are no goods or an amount or quantity is not a whole number; otherwise whether it holds.
    pub fn goods_sum_matches_order(&self) -> Option<bool> {
        let goods = self.order.goods.as_ref().filter(|g| !g.is_empty())?;
        let mut total: i64 = 0;
        for item in goods {
            let unit = item.goods_unit_amount.as_ref()?;
            if unit.currency != self.order.order_amount.currency {
                return Some(false);
            }
            let unit: i64 = unit.value.parse().ok()?;
            let quantity: i64 = item.goods_quantity.as_deref()?.parse().ok()?;
            total = total.checked_add(unit.checked_mul(quantity)?)?;
        }
        let order: i64 = self.order.order_amount.value.parse().ok()?;
        Some(total == order)
    }

    /// The shape this request has, or `None` when it mixes shapes (a scene and a fixed method).
    pub fn shape(&self) -> Option<SessionShape> {
        match (&self.product_scene, &self.payment_method) {
            (Some(ProductScene::CheckoutPage), None) => Some(SessionShape::CheckoutPage),
            (Some(ProductScene::Element), None) => Some(SessionShape::Element),
            (None, Some(method)) => Some(SessionShape::Legacy {
                payment_method_type: method.payment_method_type.clone(),
                is_authorization: self
                    .payment_factor
                    .as_ref()
                    .and_then(|f| f.is_authorization)
                    .unwrap_or(false),
            }),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatePaymentSessionResponse {
    pub result: ResultInfo,
    /// Pass to the client SDK unmodified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_session_data: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_session_expiry_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_session_id: Option<String>,
    /// Hosted Checkout Page URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normal_url: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl AntomResponse for CreatePaymentSessionResponse {
    fn result(&self) -> &ResultInfo {
        &self.result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order() -> Order {
        Order {
            reference_order_id: "ORDER_1".into(),
            order_description: "test".into(),
            order_amount: Amount {
                currency: "SGD".into(),
                value: "4200".into(),
            },
            buyer: None,
            goods: None,
            extra: Extra::new(),
        }
    }

    #[test]
    fn builds_each_shape() {
        let amount = order().order_amount;
        for shape in [
            SessionShape::CheckoutPage,
            SessionShape::Element,
            SessionShape::Legacy {
                payment_method_type: "CARD".into(),
                is_authorization: true,
            },
            SessionShape::Legacy {
                payment_method_type: "ONLINEBANKING_FPX".into(),
                is_authorization: false,
            },
        ] {
            let req = CreatePaymentSessionRequest::new(
                shape.clone(),
                "PAY_1",
                amount.clone(),
                order(),
                "https://m.example/return",
            );
            assert_eq!(req.shape(), Some(shape));
        }
        let legacy = CreatePaymentSessionRequest::new(
            SessionShape::Legacy {
                payment_method_type: "CARD".into(),
                is_authorization: true,
            },
            "PAY_1",
            amount,
            order(),
            "https://m.example/return",
        );
        let json = serde_json::to_value(&legacy).unwrap();
        assert_eq!(json["paymentFactor"]["isAuthorization"], "true");
        assert_eq!(json["paymentMethod"]["paymentMethodType"], "CARD");
        assert!(json.get("productScene").is_none());
    }

    #[test]
    fn goods_must_sum_to_the_order_amount() {
        let mut req = CreatePaymentSessionRequest::new(
            SessionShape::CheckoutPage,
            "PAY_1",
            order().order_amount,
            order(),
            "https://m.example/return",
        );
        assert_eq!(req.goods_sum_matches_order(), None);
        let goods = |unit: &str, qty: &str| crate::model::Goods {
            goods_unit_amount: Some(Amount {
                currency: "SGD".into(),
                value: unit.into(),
            }),
            goods_quantity: Some(qty.into()),
            ..Default::default()
        };
        req.order.goods = Some(vec![goods("2100", "2")]);
        assert_eq!(req.goods_sum_matches_order(), Some(true));
        req.order.goods = Some(vec![goods("2100", "1"), goods("2000", "1")]);
        assert_eq!(req.goods_sum_matches_order(), Some(false));
        req.order.goods = Some(vec![goods("2100", "x")]);
        assert_eq!(req.goods_sum_matches_order(), None);
    }
}
