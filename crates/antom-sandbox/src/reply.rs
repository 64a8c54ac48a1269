//! What a rule answers: a success body (as JSON), a business failure (F with Antom's code), and
//! the notifications it causes. Shapes only; signing and HTTP happen in `http`.

use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use crate::ids::IdSource;

/// The facts a rule needs besides the ledger: the time (read once per request), ids, and where
/// the hosted checkout page and the default notification URL are.
pub struct Ctx<'a> {
    pub now: DateTime<Utc>,
    pub ids: &'a dyn IdSource,
    /// e.g. `http://127.0.0.1:8080`; `normalUrl` is `<base>/checkout/<sessionId>`.
    pub checkout_base: &'a str,
    /// `--notify-url`: the "Dashboard" URL used when a request names none.
    pub default_notify_url: Option<&'a str>,
}

/// A business failure: HTTP 200 with `resultStatus` F and this code (Antom style).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reject {
    pub code: &'static str,
    pub message: String,
}

impl Reject {
    pub fn new(code: &'static str, message: impl Into<String>) -> Reject {
        Reject {
            code,
            message: message.into(),
        }
    }

    pub fn param(message: impl Into<String>) -> Reject {
        Reject::new("PARAM_ILLEGAL", message)
    }

    pub fn body(&self) -> Value {
        result_body("F", self.code, &self.message)
    }
}

/// Which notification API a notification belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum NotifyKind {
    PaymentResult,
    PaymentPending,
    CaptureResult,
    RefundResult,
}

/// A notification a rule wants sent; `url` is None when neither the request nor
/// `--notify-url` names one (it is then recorded but not sent).
#[derive(Debug, Clone, PartialEq)]
pub struct Outgoing {
    pub kind: NotifyKind,
    pub url: Option<String>,
    pub body: Value,
}

/// A rule's success: the response body and the notifications to send.
#[derive(Debug, Clone, PartialEq)]
pub struct Done {
    pub body: Value,
    pub notifications: Vec<Outgoing>,
}

impl Done {
    pub fn quiet(body: Value) -> Done {
        Done {
            body,
            notifications: Vec::new(),
        }
    }
}

pub type Reply = Result<Done, Reject>;

/// `{"result": {...}}`
pub fn result_body(status: &str, code: &str, message: &str) -> Value {
    json!({"result": result_info(status, code, message)})
}

pub fn result_info(status: &str, code: &str, message: &str) -> Value {
    json!({"resultCode": code, "resultStatus": status, "resultMessage": message})
}

pub fn success_info() -> Value {
    result_info("S", "SUCCESS", "success")
}

/// `{"currency": .., "value": ..}` from Money (minor units as a string).
pub fn amount(money: antom::Money) -> Value {
    json!({"currency": money.currency.code(), "value": money.minor.to_string()})
}
