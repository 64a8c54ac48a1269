//! The Antom online-payments protocol: money, wire models, signing, verification and the client.
//! No database, no keychain, no Tauri, no clock or id generation of its own (callers pass them in).

pub mod client;
pub mod error;
pub mod inbound;
pub mod keys;
pub mod model;
pub mod money;
pub mod outcome;
pub mod signature;

pub use client::{Client, ClientConfig, Clock, Environment, Gateway, SystemClock, Timeouts};
pub use error::{
    ClientError, HeaderError, KeyError, MoneyError, NotificationError, SignError, VerifyError,
};
pub use inbound::receive_notification;
pub use keys::{generate_rsa_2048, PrivateKey, PublicKey};
pub use model::notification::{Notification, NOTIFICATION_ACK_BODY};
pub use money::{AmountHint, Currency, Money};
pub use outcome::{
    Api, Call, CallOutcome, Exchange, NextStep, RawRequest, RawResponse, RetryRule, UnknownReason,
};
pub use signature::{
    sign, sign_content, verify, verify_notification, verify_response, HeaderSource, SignatureHeader,
};
