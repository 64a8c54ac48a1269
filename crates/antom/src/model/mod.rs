//! Antom's JSON wire models: string-typed, camelCase, unknown fields kept in `extra`.
//! Transport types only; domain logic (state, money arithmetic) lives with the callers.

pub mod cancel;
pub mod capture;
pub mod common;
pub mod inquiry;
pub mod notification;
pub mod refund;
pub mod session;

pub use cancel::{CancelRequest, CancelResponse};
pub use capture::{CaptureRequest, CaptureResponse};
pub use common::{
    Amount, AvailablePaymentMethod, Buyer, CaptureMode, CardInfo, Env, Goods, Order, OsType,
    PaymentFactor, PaymentMethod, PaymentMethodTypeItem, PspCustomerInfo, ResultInfo, ResultStatus,
    SettlementStrategy, TerminalType, ThreeDsResult,
};
pub use inquiry::{
    InquiryPaymentRequest, InquiryPaymentResponse, PaymentStatus, Transaction, TransactionStatus,
    TransactionType,
};
pub use notification::{
    CaptureNotification, DisputeNotification, DisputeNotificationType, Notification, NotifyType,
    PaymentNotification, RefundNotification,
};
pub use refund::{
    InquiryRefundRequest, InquiryRefundResponse, RefundRequest, RefundResponse, RefundStatus,
};
pub use session::{
    CreatePaymentSessionRequest, CreatePaymentSessionResponse, ProductScene, SessionShape,
};

/// A response body of any Antom API: every one carries `result`.
pub trait AntomResponse: serde::de::DeserializeOwned {
    fn result(&self) -> &ResultInfo;
}

/// Unknown JSON members, kept so nothing Antom sends is lost and re-serialisation round-trips.
pub type Extra = serde_json::Map<String, serde_json::Value>;

/// Declares a string enum with a catch-all `Other` so new values from Antom never fail parsing.
macro_rules! wire_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $wire:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant,)+
            /// A value this crate does not know yet, kept verbatim.
            Other(String),
        }

        impl $name {
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)+
                    Self::Other(s) => s,
                }
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                match s {
                    $($wire => Self::$variant,)+
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                Ok(Self::from(s.as_ref()))
            }
        }
    };
}
pub(crate) use wire_enum;
