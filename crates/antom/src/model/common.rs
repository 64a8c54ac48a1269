//! Shared wire pieces: Amount, ResultInfo, order/buyer/goods, env, card info and the flexible
//! boolean codec. No API-specific request or response types live here.

use serde::{Deserialize, Serialize};

use super::{wire_enum, Extra};
use crate::error::MoneyError;
use crate::money::Money;

/// Antom's amount: ISO currency code and minor units, both strings on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amount {
    pub currency: String,
    pub value: String,
}

impl Amount {
    pub fn to_money(&self) -> Result<Money, MoneyError> {
        Money::from_wire(&self.value, &self.currency)
    }

    pub fn from_money(money: Money) -> Result<Amount, MoneyError> {
        Ok(Amount {
            currency: money.currency.code().to_owned(),
            value: money.to_wire_value()?,
        })
    }
}

impl TryFrom<Money> for Amount {
    type Error = MoneyError;
    fn try_from(money: Money) -> Result<Self, Self::Error> {
        Amount::from_money(money)
    }
}

impl TryFrom<&Amount> for Money {
    type Error = MoneyError;
    fn try_from(amount: &Amount) -> Result<Self, Self::Error> {
        amount.to_money()
    }
}

wire_enum! {
    /// `S` success, `F` failure, `U` unknown: about the API call, not the money.
    ResultStatus { Success = "S", Failure = "F", Unknown = "U" }
}

/// The `result` object every response and notification carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResultInfo {
    pub result_code: String,
    pub result_status: ResultStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_message: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// Booleans as Antom's docs ask (strings `"true"`/`"false"`) when sending; JSON booleans or
/// strings when reading, because the official samples send real booleans.
pub mod flex_bool {
    use serde::de::{self, Visitor};
    use serde::{Deserializer, Serializer};
    use std::fmt;

    pub fn serialize<S: Serializer>(value: &Option<bool>, s: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(true) => s.serialize_str("true"),
            Some(false) => s.serialize_str("false"),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
        struct FlexBool;
        impl<'de> Visitor<'de> for FlexBool {
            type Value = Option<bool>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("true, false, \"true\" or \"false\"")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                Ok(Some(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                match v {
                    "true" => Ok(Some(true)),
                    "false" => Ok(Some(false)),
                    other => Err(E::invalid_value(de::Unexpected::Str(other), &self)),
                }
            }
            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }
            fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
                d.deserialize_any(FlexBool)
            }
        }
        d.deserialize_any(FlexBool)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Buyer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_buyer_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer_email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer_phone_no: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Goods {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_goods_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_brand: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_unit_amount: Option<Amount>,
    /// A decimal string, e.g. `"2"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_quantity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_sku_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_image_url: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Order {
    pub reference_order_id: String,
    pub order_description: String,
    pub order_amount: Amount,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer: Option<Buyer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods: Option<Vec<Goods>>,
    #[serde(flatten)]
    pub extra: Extra,
}

wire_enum! {
    TerminalType { Web = "WEB", Wap = "WAP", App = "APP", MiniApp = "MINI_APP" }
}

wire_enum! {
    OsType { Ios = "IOS", Android = "ANDROID" }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Env {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terminal_type: Option<TerminalType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub os_type: Option<OsType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_ip: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentMethod {
    pub payment_method_type: String,
    #[serde(flatten)]
    pub extra: Extra,
}

wire_enum! {
    CaptureMode { Automatic = "AUTOMATIC", Manual = "MANUAL" }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentFactor {
    #[serde(default, with = "flex_bool", skip_serializing_if = "Option::is_none")]
    pub is_authorization: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_mode: Option<CaptureMode>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SettlementStrategy {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settlement_currency: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentMethodTypeItem {
    pub payment_method_type: String,
    /// Smaller sorts earlier; a decimal string on the wire.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_order: Option<String>,
    #[serde(default, with = "flex_bool", skip_serializing_if = "Option::is_none")]
    pub express_checkout: Option<bool>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AvailablePaymentMethod {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_type_list: Option<Vec<PaymentMethodTypeItem>>,
    /// Free-form per-method data (`payerEmail`, `cpf`, `is3DSAuthentication`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_meta_data: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ThreeDsResult {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cavv: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eci: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `cardInfo` and `paymentResultInfo` share this shape (the latter is `{}` for wallets).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CardInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_brand: Option<String>,
    /// Masked by Antom, e.g. `************1876`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_no: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funding: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuing_country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avs_result_raw: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cvv_result_raw: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_transaction_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_region: Option<String>,
    #[serde(
        default,
        rename = "threeDSResult",
        skip_serializing_if = "Option::is_none"
    )]
    pub three_ds_result: Option<ThreeDsResult>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PspCustomerInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub psp_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub psp_customer_id: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;

    #[derive(Debug, Serialize, Deserialize)]
    struct Flag {
        #[serde(default, with = "flex_bool", skip_serializing_if = "Option::is_none")]
        f: Option<bool>,
        #[serde(flatten)]
        extra: Extra,
    }

    #[test]
    fn booleans_read_both_forms_and_write_strings() {
        for (json, want) in [
            (r#"{"f":true}"#, Some(true)),
            (r#"{"f":"false"}"#, Some(false)),
            (r#"{"f":null}"#, None),
            ("{}", None),
        ] {
            let flag: Flag = serde_json::from_str(json).unwrap();
            assert_eq!(flag.f, want, "{json}");
        }
        assert!(serde_json::from_str::<Flag>(r#"{"f":"yes"}"#).is_err());
        assert!(serde_json::from_str::<Flag>(r#"{"f":1}"#).is_err());
        let out = serde_json::to_string(&Flag {
            f: Some(true),
            extra: Extra::new(),
        })
        .unwrap();
        assert_eq!(out, r#"{"f":"true"}"#);
    }

    #[test]
    fn amount_converts_to_and_from_money() {
        let a = Amount {
            currency: "JPY".into(),
            value: "1200".into(),
        };
        let m = a.to_money().unwrap();
        assert_eq!(m, Money::new(1200, Currency::JPY));
        assert_eq!(Amount::try_from(m).unwrap(), a);
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            r#"{"currency":"JPY","value":"1200"}"#
        );
    }

    #[test]
    fn unknown_result_status_is_kept() {
        let r: ResultInfo =
            serde_json::from_str(r#"{"resultCode":"X","resultStatus":"Q","new":1}"#).unwrap();
        assert_eq!(r.result_status, ResultStatus::Other("Q".into()));
        assert_eq!(r.extra["new"], 1);
    }
}
