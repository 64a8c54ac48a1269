//! Faults on demand: the next N calls of an API answer U, time out, fail with HTTP 500 or carry
//! a bad signature; the next N notifications are dropped, duplicated, delayed or reordered.

use serde::{Deserialize, Serialize};

pub const API_ENDPOINTS: [&str; 6] = [
    "createPaymentSession",
    "inquiryPayment",
    "capture",
    "cancel",
    "refund",
    "inquiryRefund",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FaultKind {
    /// `resultStatus` U, `UNKNOWN_EXCEPTION` (signed, HTTP 200).
    #[serde(rename = "UNKNOWN", alias = "U")]
    Unknown,
    /// The answer is held back for `delaySeconds` (default 60, real time).
    #[serde(rename = "TIMEOUT")]
    Timeout,
    /// HTTP 500, unsigned.
    #[serde(rename = "HTTP_500")]
    Http500,
    /// A well-formed answer whose signature does not verify.
    #[serde(rename = "BAD_SIGNATURE")]
    BadSignature,
    /// The notification is never sent.
    #[serde(rename = "DROP")]
    Drop,
    /// The notification is sent twice.
    #[serde(rename = "DUPLICATE")]
    Duplicate,
    /// The notification's first attempt waits `delaySeconds` of sandbox time.
    #[serde(rename = "DELAY")]
    Delay,
    /// The notification is held and sent after the next one.
    #[serde(rename = "REORDER")]
    Reorder,
}

impl FaultKind {
    pub fn is_notification(self) -> bool {
        matches!(
            self,
            FaultKind::Drop | FaultKind::Duplicate | FaultKind::Delay | FaultKind::Reorder
        )
    }
}

/// `POST /sandbox/v1/faults` body.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FaultSpec {
    /// An endpoint name (`capture`, …) or `*`; not used by notification faults.
    #[serde(default)]
    pub api: Option<String>,
    pub kind: FaultKind,
    #[serde(default = "one")]
    pub count: u32,
    /// Whether the request is still carried out (default: only for BAD_SIGNATURE).
    #[serde(default)]
    pub process: Option<bool>,
    #[serde(default)]
    pub delay_seconds: Option<u64>,
}

fn one() -> u32 {
    1
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ActiveFault {
    pub fault_id: u64,
    #[serde(flatten)]
    pub spec: FaultSpec,
    pub remaining: u32,
}

/// A fault to apply to one call or notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Strike {
    pub kind: FaultKind,
    pub process: bool,
    pub delay_seconds: u64,
}

#[derive(Debug, Default)]
pub struct FaultBoard {
    next_id: u64,
    active: Vec<ActiveFault>,
}

impl FaultBoard {
    pub fn add(&mut self, spec: FaultSpec) -> Result<ActiveFault, String> {
        if spec.count == 0 {
            return Err("count must be at least 1".into());
        }
        if !spec.kind.is_notification() {
            match spec.api.as_deref() {
                Some("*") => {}
                Some(api) if API_ENDPOINTS.contains(&api) => {}
                Some(api) => return Err(format!("unknown api `{api}`")),
                None => return Err("api is required for this kind".into()),
            }
        }
        self.next_id += 1;
        let fault = ActiveFault {
            fault_id: self.next_id,
            remaining: spec.count,
            spec,
        };
        self.active.push(fault.clone());
        Ok(fault)
    }

    pub fn clear(&mut self) {
        self.active.clear();
    }

    pub fn active(&self) -> &[ActiveFault] {
        &self.active
    }

    fn take(&mut self, matches: impl Fn(&ActiveFault) -> bool) -> Option<Strike> {
        let i = self
            .active
            .iter()
            .position(|f| f.remaining > 0 && matches(f))?;
        let fault = &mut self.active[i];
        fault.remaining -= 1;
        let strike = Strike {
            kind: fault.spec.kind,
            process: fault
                .spec
                .process
                .unwrap_or(fault.spec.kind == FaultKind::BadSignature),
            delay_seconds: fault.spec.delay_seconds.unwrap_or(60),
        };
        if fault.remaining == 0 {
            self.active.remove(i);
        }
        Some(strike)
    }

    /// Consumes one use of the first fault aimed at `endpoint`.
    pub fn take_for_api(&mut self, endpoint: &str) -> Option<Strike> {
        self.take(|f| {
            !f.spec.kind.is_notification()
                && matches!(f.spec.api.as_deref(), Some(a) if a == "*" || a == endpoint)
        })
    }

    /// Consumes one use of the first notification fault.
    pub fn take_for_notification(&mut self) -> Option<Strike> {
        self.take(|f| f.spec.kind.is_notification())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(json: &str) -> FaultSpec {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn faults_are_used_up_in_order() {
        let mut board = FaultBoard::default();
        board
            .add(spec(r#"{"api":"capture","kind":"UNKNOWN","count":2}"#))
            .unwrap();
        board.add(spec(r#"{"kind":"DROP"}"#)).unwrap();
        assert!(board.take_for_api("refund").is_none());
        let s = board.take_for_api("capture").unwrap();
        assert_eq!(s.kind, FaultKind::Unknown);
        assert!(!s.process);
        assert!(board.take_for_api("capture").is_some());
        assert!(board.take_for_api("capture").is_none());
        assert_eq!(board.take_for_notification().unwrap().kind, FaultKind::Drop);
        assert!(board.take_for_notification().is_none());
        assert!(board
            .add(spec(r#"{"api":"nope","kind":"HTTP_500"}"#))
            .is_err());
        assert!(board.add(spec(r#"{"kind":"TIMEOUT"}"#)).is_err());
        let bad = board
            .add(spec(r#"{"api":"*","kind":"BAD_SIGNATURE"}"#))
            .unwrap();
        assert_eq!(bad.remaining, 1);
        assert!(board.take_for_api("inquiryRefund").unwrap().process);
    }
}
