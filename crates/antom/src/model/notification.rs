//! Notifications Antom POSTs to the merchant: payment, capture, refund and dispute, dispatched
//! on `notifyType` (or `disputeNotificationType`). Parses verified bytes only; never verifies.

use serde::{Deserialize, Serialize};

use super::common::{flex_bool, Amount, CardInfo, PspCustomerInfo, ResultInfo};
use super::refund::RefundStatus;
use super::{wire_enum, Extra};
use crate::error::NotificationError;

/// The exact body that acknowledges a notification (HTTP 200, unsigned).
pub const NOTIFICATION_ACK_BODY: &str =
    r#"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}"#;

wire_enum! {
    NotifyType {
        PaymentResult = "PAYMENT_RESULT",
        PaymentPending = "PAYMENT_PENDING",
        CaptureResult = "CAPTURE_RESULT",
        RefundResult = "REFUND_RESULT",
    }
}

wire_enum! {
    DisputeNotificationType {
        DisputeCreated = "DISPUTE_CREATED",
        DisputeJudged = "DISPUTE_JUDGED",
        DisputeCancelled = "DISPUTE_CANCELLED",
        DefenseSupplied = "DEFENSE_SUPPLIED",
        DefenseDueAlert = "DEFENSE_DUE_ALERT",
        RdrResolved = "RDR_RESOLVED",
        DisputeAccepted = "DISPUTE_ACCEPTED",
    }
}

/// notifyPayment: `PAYMENT_RESULT` (S = paid, or only authorised for cards) or `PAYMENT_PENDING`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentNotification {
    pub notify_type: NotifyType,
    pub result: ResultInfo,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_request_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_payment_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customs_declaration_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gross_settlement_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_create_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_expiry_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_info: Option<CardInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_result_info: Option<CardInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub psp_customer_info: Option<PspCustomerInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acquirer_reference_no: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// notifyCapture (`CAPTURE_RESULT`); with automatic capture `captureRequestId` equals the
/// payment's `paymentRequestId`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CaptureNotification {
    pub notify_type: NotifyType,
    pub result: ResultInfo,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_request_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acquirer_reference_no: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_result_info: Option<CardInfo>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// notifyRefund (`REFUND_RESULT`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RefundNotification {
    pub notify_type: NotifyType,
    pub result: ResultInfo,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_status: Option<RefundStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_request_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gross_settlement_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_refund_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// notifyDispute: no `notifyType`; recognised by `disputeNotificationType`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DisputeNotification {
    pub dispute_notification_type: DisputeNotificationType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_request_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capture_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute_reason_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute_reason_msg: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute_judged_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute_judged_amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute_judged_result: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defense_due_time: Option<String>,
    #[serde(default, with = "flex_bool", skip_serializing_if = "Option::is_none")]
    pub defendable: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute_source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<ResultInfo>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A parsed notification (boxed: the models are large). Unknown kinds are kept whole so they can be stored and acknowledged.
#[derive(Debug, Clone, PartialEq)]
pub enum Notification {
    Payment(Box<PaymentNotification>),
    Capture(Box<CaptureNotification>),
    Refund(Box<RefundNotification>),
    Dispute(Box<DisputeNotification>),
    Unrecognised(Extra),
}

#[derive(Deserialize)]
struct Probe {
    #[serde(rename = "notifyType", default)]
    notify_type: Option<serde_json::Value>,
    #[serde(rename = "disputeNotificationType", default)]
    dispute_notification_type: Option<serde_json::Value>,
}

impl Notification {
    /// Parses the raw body of a notification whose signature has already been verified.
    /// Never panics, whatever the input.
    pub fn parse(body: &[u8]) -> Result<Notification, NotificationError> {
        let not_object = |e: serde_json::Error| NotificationError::NotJsonObject(e.to_string());
        if body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
            return Err(NotificationError::NotJsonObject("expected `{`".to_owned()));
        }
        let probe: Probe = serde_json::from_slice(body).map_err(not_object)?;
        let kind = match &probe.notify_type {
            Some(serde_json::Value::String(s)) => Some(NotifyType::from(s.as_str())),
            _ => None,
        };
        fn typed<T: serde::de::DeserializeOwned>(
            body: &[u8],
            kind: &'static str,
        ) -> Result<T, NotificationError> {
            serde_json::from_slice(body).map_err(|source| NotificationError::Model { kind, source })
        }
        Ok(match kind {
            Some(NotifyType::PaymentResult | NotifyType::PaymentPending) => {
                Notification::Payment(typed(body, "payment")?)
            }
            Some(NotifyType::CaptureResult) => Notification::Capture(typed(body, "capture")?),
            Some(NotifyType::RefundResult) => Notification::Refund(typed(body, "refund")?),
            None if probe.notify_type.is_none()
                && matches!(
                    probe.dispute_notification_type,
                    Some(serde_json::Value::String(_))
                ) =>
            {
                Notification::Dispute(typed(body, "dispute")?)
            }
            _ => Notification::Unrecognised(serde_json::from_slice(body).map_err(not_object)?),
        })
    }

    /// The `result` object, when the notification has one.
    pub fn result(&self) -> Option<&ResultInfo> {
        match self {
            Notification::Payment(n) => Some(&n.result),
            Notification::Capture(n) => Some(&n.result),
            Notification::Refund(n) => Some(&n.result),
            Notification::Dispute(n) => n.result.as_ref(),
            Notification::Unrecognised(_) => None,
        }
    }

    /// A short name for logs and the inbox: the notifyType or dispute type.
    pub fn kind(&self) -> String {
        match self {
            Notification::Payment(n) => n.notify_type.to_string(),
            Notification::Capture(n) => n.notify_type.to_string(),
            Notification::Refund(n) => n.notify_type.to_string(),
            Notification::Dispute(n) => format!("DISPUTE/{}", n.dispute_notification_type),
            Notification::Unrecognised(map) => match map.get("notifyType") {
                Some(serde_json::Value::String(s)) => s.clone(),
                _ => "UNRECOGNISED".to_owned(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn dispatches_on_notify_type() {
        let payment = br#"{"notifyType":"PAYMENT_PENDING","result":{"resultCode":"SUCCESS","resultStatus":"S"}}"#;
        assert!(matches!(
            Notification::parse(payment),
            Ok(Notification::Payment(_))
        ));
        let refund = br#"{"notifyType":"REFUND_RESULT","refundStatus":"FAIL","result":{"resultCode":"X","resultStatus":"F"}}"#;
        match Notification::parse(refund).unwrap() {
            Notification::Refund(r) => assert_eq!(r.refund_status, Some(RefundStatus::Fail)),
            other => panic!("{other:?}"),
        }
        let dispute = br#"{"disputeId":"D1","disputeNotificationType":"DISPUTE_CREATED","defendable":"true","disputeAmount":{"currency":"USD","value":"100"}}"#;
        match Notification::parse(dispute).unwrap() {
            Notification::Dispute(d) => {
                assert_eq!(
                    d.dispute_notification_type,
                    DisputeNotificationType::DisputeCreated
                );
                assert_eq!(d.defendable, Some(true));
            }
            other => panic!("{other:?}"),
        }
        let new_kind = br#"{"notifyType":"VAULTING_RESULT","x":1}"#;
        let parsed = Notification::parse(new_kind).unwrap();
        assert!(matches!(parsed, Notification::Unrecognised(_)));
        assert_eq!(parsed.kind(), "VAULTING_RESULT");
    }

    #[test]
    fn rejects_non_objects_and_broken_models() {
        assert!(matches!(
            Notification::parse(b"[1]"),
            Err(NotificationError::NotJsonObject(_))
        ));
        assert!(matches!(
            Notification::parse(b""),
            Err(NotificationError::NotJsonObject(_))
        ));
        assert!(matches!(
            Notification::parse(br#"{"notifyType":"PAYMENT_RESULT"}"#),
            Err(NotificationError::Model {
                kind: "payment",
                ..
            })
        ));
    }

    #[test]
    fn ack_body_matches_sample() {
        let sample: serde_json::Value = serde_json::from_str(NOTIFICATION_ACK_BODY).unwrap();
        assert_eq!(sample["result"]["resultStatus"], "S");
        assert_eq!(sample["result"]["resultMessage"], "success");
    }

    fn json_value() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            prop_oneof![
                Just("PAYMENT_RESULT".to_owned()),
                Just("CAPTURE_RESULT".to_owned()),
                Just("REFUND_RESULT".to_owned()),
                Just("DISPUTE_CREATED".to_owned()),
                Just("S".to_owned()),
                "\\PC{0,8}",
            ]
            .prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(3, 24, 6, |inner| {
            let keys = prop_oneof![
                Just("notifyType".to_owned()),
                Just("disputeNotificationType".to_owned()),
                Just("result".to_owned()),
                Just("resultStatus".to_owned()),
                Just("resultCode".to_owned()),
                Just("paymentAmount".to_owned()),
                Just("currency".to_owned()),
                Just("value".to_owned()),
                Just("defendable".to_owned()),
                "[a-zA-Z]{1,6}",
            ];
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
                prop::collection::btree_map(keys, inner, 0..6)
                    .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn parse_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
            let _ = Notification::parse(&bytes);
        }

        #[test]
        fn parse_never_panics_on_json(value in json_value()) {
            let bytes = serde_json::to_vec(&value).unwrap();
            let _ = Notification::parse(&bytes);
        }
    }
}
