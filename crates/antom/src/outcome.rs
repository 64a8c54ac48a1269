//! What a call to Antom came to: the APIs, their retry rules (protocol.md §3), the S/F/U/timeout
//! classification and the raw exchange for the request log. Pure data and rules; no I/O.

use std::fmt;

use serde::Deserialize;

use crate::model::{AntomResponse, ResultInfo, ResultStatus};

/// The Antom APIs the console calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Api {
    CreatePaymentSession,
    InquiryPayment,
    Capture,
    Cancel,
    Refund,
    InquiryRefund,
}

impl Api {
    pub const ALL: [Api; 6] = [
        Api::CreatePaymentSession,
        Api::InquiryPayment,
        Api::Capture,
        Api::Cancel,
        Api::Refund,
        Api::InquiryRefund,
    ];

    /// The last path segment, e.g. `createPaymentSession`.
    pub fn endpoint(&self) -> &'static str {
        match self {
            Api::CreatePaymentSession => "createPaymentSession",
            Api::InquiryPayment => "inquiryPayment",
            Api::Capture => "capture",
            Api::Cancel => "cancel",
            Api::Refund => "refund",
            Api::InquiryRefund => "inquiryRefund",
        }
    }

    /// What to do when the outcome is unknown (timeout, `U`, non-200, unverifiable answer).
    pub fn retry_rule(&self) -> RetryRule {
        match self {
            Api::CreatePaymentSession => RetryRule::NewRequestId,
            Api::Capture | Api::Refund => RetryRule::SameRequestId,
            Api::Cancel => RetryRule::RepeatSame,
            Api::InquiryPayment | Api::InquiryRefund => RetryRule::SafeToRepeat,
        }
    }
}

impl fmt::Display for Api {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.endpoint())
    }
}

/// How an API may be retried after an unknown outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryRule {
    /// capture, refund: resend with the same `captureRequestId` / `refundRequestId` and the same
    /// amount (a different amount under the same id is `REPEAT_REQ_INCONSISTENT`), or inquire.
    SameRequestId,
    /// createPaymentSession: start again with a new `paymentRequestId`.
    NewRequestId,
    /// cancel: repeat with the same payment ids; after three consecutive unknowns, support.
    RepeatSame,
    /// Inquiries change nothing and can be repeated freely.
    SafeToRepeat,
}

/// Consecutive unknown cancel outcomes after which Antom says to contact support.
pub const CANCEL_UNKNOWN_LIMIT: u32 = 3;

impl RetryRule {
    /// The next step after `consecutive_unknowns` unknown outcomes in a row (including this one).
    pub fn after_unknown(&self, consecutive_unknowns: u32) -> NextStep {
        match self {
            RetryRule::SameRequestId | RetryRule::SafeToRepeat => NextStep::ResendSame,
            RetryRule::NewRequestId => NextStep::ResendWithNewRequestId,
            RetryRule::RepeatSame if consecutive_unknowns >= CANCEL_UNKNOWN_LIMIT => {
                NextStep::ContactSupport
            }
            RetryRule::RepeatSame => NextStep::ResendSame,
        }
    }
}

/// What the caller should do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    /// Antom answered `S`: the call is done.
    Done,
    /// Antom answered `F`: act on the code; resending the same request will not help.
    HandleFailure,
    /// Send the same request again (same ids and body; new request-time and signature).
    ResendSame,
    /// Start again with a new request id.
    ResendWithNewRequestId,
    /// Stop retrying and contact Antom support.
    ContactSupport,
}

/// Why the outcome of a call is not known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnknownReason {
    /// No complete answer within the timeout.
    Timeout,
    /// Could not connect (the request may or may not have been sent).
    Connection(String),
    /// Any other transport failure.
    Transport(String),
    /// HTTP status other than 200; Antom's SDKs ignore the body of these.
    HttpStatus(u16),
    /// `result.resultStatus` was `U`.
    ResultUnknown { code: String, message: String },
    /// `result.resultStatus` was something other than S, F or U.
    UnrecognisedStatus(String),
    /// A verified 200 response whose body does not match the model.
    UnparseableBody(String),
}

impl fmt::Display for UnknownReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnknownReason::Timeout => f.write_str("timed out"),
            UnknownReason::Connection(e) => write!(f, "connection failed: {e}"),
            UnknownReason::Transport(e) => write!(f, "transport error: {e}"),
            UnknownReason::HttpStatus(s) => write!(f, "HTTP status {s}"),
            UnknownReason::ResultUnknown { code, message } => {
                write!(f, "Antom answered U: {code} {message}")
            }
            UnknownReason::UnrecognisedStatus(s) => write!(f, "unrecognised resultStatus `{s}`"),
            UnknownReason::UnparseableBody(e) => write!(f, "unparseable response: {e}"),
        }
    }
}

/// The classified outcome of one call.
#[derive(Debug, Clone, PartialEq)]
pub enum CallOutcome<T> {
    Succeeded(T),
    Failed { code: String, message: String },
    Unknown(UnknownReason),
}

impl<T> CallOutcome<T> {
    pub fn is_unknown(&self) -> bool {
        matches!(self, CallOutcome::Unknown(_))
    }
}

#[derive(Deserialize)]
struct ResultEnvelope {
    result: ResultInfo,
}

/// Classifies an HTTP status and a body whose signature has already been verified.
pub fn classify<T: AntomResponse>(status: u16, body: &[u8]) -> CallOutcome<T> {
    if status != 200 {
        return CallOutcome::Unknown(UnknownReason::HttpStatus(status));
    }
    let envelope: ResultEnvelope = match serde_json::from_slice(body) {
        Ok(e) => e,
        Err(e) => return CallOutcome::Unknown(UnknownReason::UnparseableBody(e.to_string())),
    };
    let result = envelope.result;
    let message = result.result_message.clone().unwrap_or_default();
    match result.result_status {
        ResultStatus::Success => match serde_json::from_slice::<T>(body) {
            Ok(parsed) => CallOutcome::Succeeded(parsed),
            Err(e) => CallOutcome::Unknown(UnknownReason::UnparseableBody(e.to_string())),
        },
        ResultStatus::Failure => CallOutcome::Failed {
            code: result.result_code,
            message,
        },
        ResultStatus::Unknown => CallOutcome::Unknown(UnknownReason::ResultUnknown {
            code: result.result_code,
            message,
        }),
        ResultStatus::Other(s) => CallOutcome::Unknown(UnknownReason::UnrecognisedStatus(s)),
    }
}

/// The request exactly as sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRequest {
    pub method: String,
    pub url: String,
    /// The path that was signed.
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// The response exactly as received (headers lossily decoded to text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// One request and, when one arrived, its response: what the request log stores (redacted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exchange {
    pub request: RawRequest,
    pub response: Option<RawResponse>,
}

/// A finished call: the API, the classified outcome and the raw exchange.
#[derive(Debug, Clone)]
pub struct Call<T> {
    pub api: Api,
    pub outcome: CallOutcome<T>,
    pub exchange: Exchange,
}

impl<T> Call<T> {
    /// The next step, given how many unknown outcomes in a row preceded this call.
    pub fn next_step(&self, previous_consecutive_unknowns: u32) -> NextStep {
        match &self.outcome {
            CallOutcome::Succeeded(_) => NextStep::Done,
            CallOutcome::Failed { .. } => NextStep::HandleFailure,
            CallOutcome::Unknown(_) => self
                .api
                .retry_rule()
                .after_unknown(previous_consecutive_unknowns + 1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CaptureResponse;

    #[test]
    fn retry_rules_per_api() {
        assert_eq!(Api::Capture.retry_rule(), RetryRule::SameRequestId);
        assert_eq!(Api::Refund.retry_rule(), RetryRule::SameRequestId);
        assert_eq!(
            Api::CreatePaymentSession.retry_rule(),
            RetryRule::NewRequestId
        );
        assert_eq!(Api::Cancel.retry_rule(), RetryRule::RepeatSame);
        assert_eq!(Api::InquiryPayment.retry_rule(), RetryRule::SafeToRepeat);
        assert_eq!(Api::InquiryRefund.retry_rule(), RetryRule::SafeToRepeat);
        assert_eq!(RetryRule::RepeatSame.after_unknown(2), NextStep::ResendSame);
        assert_eq!(
            RetryRule::RepeatSame.after_unknown(3),
            NextStep::ContactSupport
        );
        assert_eq!(
            RetryRule::SameRequestId.after_unknown(9),
            NextStep::ResendSame
        );
        assert_eq!(
            RetryRule::NewRequestId.after_unknown(1),
            NextStep::ResendWithNewRequestId
        );
    }

    #[test]
    fn classifies_statuses() {
        let s = br#"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"ok"},"captureId":"C1"}"#;
        match classify::<CaptureResponse>(200, s) {
            CallOutcome::Succeeded(r) => assert_eq!(r.capture_id.as_deref(), Some("C1")),
            other => panic!("{other:?}"),
        }
        let f =
            br#"{"result":{"resultCode":"PROCESS_FAIL","resultStatus":"F","resultMessage":"no"}}"#;
        assert_eq!(
            classify::<CaptureResponse>(200, f),
            CallOutcome::Failed {
                code: "PROCESS_FAIL".into(),
                message: "no".into()
            }
        );
        let u = br#"{"result":{"resultCode":"PAYMENT_IN_PROCESS","resultStatus":"U"}}"#;
        assert_eq!(
            classify::<CaptureResponse>(200, u),
            CallOutcome::Unknown(UnknownReason::ResultUnknown {
                code: "PAYMENT_IN_PROCESS".into(),
                message: String::new()
            })
        );
        assert_eq!(
            classify::<CaptureResponse>(500, s),
            CallOutcome::Unknown(UnknownReason::HttpStatus(500))
        );
        assert!(matches!(
            classify::<CaptureResponse>(200, b"<html>"),
            CallOutcome::Unknown(UnknownReason::UnparseableBody(_))
        ));
        let odd = br#"{"result":{"resultCode":"X","resultStatus":"Z"}}"#;
        assert_eq!(
            classify::<CaptureResponse>(200, odd),
            CallOutcome::Unknown(UnknownReason::UnrecognisedStatus("Z".into()))
        );
    }
}
