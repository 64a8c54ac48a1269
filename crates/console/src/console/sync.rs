//! Re-inquiring payments: one inquiry recorded as an event, `payments_sync` over every payment
//! still in flight (bounded concurrency, back-off on unknown outcomes) and `watch` (poll every 2 s).

use std::sync::Arc;
use std::time::Duration;

use antom::model::InquiryPaymentRequest;
use antom::CallOutcome;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use super::errors::outcome_error;
use super::observe::{body_text, inquiry_observation, not_submitted_observation};
use super::Console;
use crate::cache::state::{awaiting_result, needs_sync, ALL_STATES};
use crate::cache::{Applied, PaymentCache};
use crate::clock::{Clock, Sleeper};
use crate::ipc::dto::{PaymentRef, PaymentRow, SyncReport};
use crate::ipc::{ErrorCode, IpcError, NoArgs};

/// Antom's guidance: poll every 2 seconds until the result is final.
pub const POLL_INTERVAL: Duration = Duration::from_secs(2);
/// How many inquiries a sync runs at once.
pub const SYNC_CONCURRENCY: usize = 4;
/// Attempts per payment when Antom's answer is unknown, and the first back-off.
const SYNC_ATTEMPTS: u32 = 4;
const FIRST_BACKOFF: Duration = Duration::from_secs(1);

/// How long `watch` keeps polling.
#[derive(Debug, Clone, Copy)]
pub struct WatchLimits {
    pub max_duration: chrono::Duration,
}

impl Default for WatchLimits {
    /// A session lives 1 h; an Element order up to 1 h plus the method's timeout (often 14 min).
    fn default() -> Self {
        WatchLimits {
            max_duration: chrono::Duration::minutes(75),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum Lookup<'a> {
    RequestId(&'a str),
    PaymentId(&'a str),
}

pub(crate) enum Inquired {
    Recorded {
        payment_request_id: String,
        applied: Applied,
    },
    /// Antom does not know the id and neither does the cache.
    NotExist,
}

pub(crate) struct InquiryFailure {
    pub error: IpcError,
    pub retryable: bool,
}

impl From<IpcError> for InquiryFailure {
    fn from(error: IpcError) -> Self {
        InquiryFailure {
            error,
            retryable: false,
        }
    }
}

/// One inquiryPayment, recorded as an event when there is something to record.
pub(crate) async fn inquire_once(
    client: &antom::Client,
    cache: &PaymentCache,
    clock: &dyn Clock,
    lookup: Lookup<'_>,
) -> Result<Inquired, InquiryFailure> {
    let request = match lookup {
        Lookup::RequestId(id) => InquiryPaymentRequest::by_payment_request_id(id),
        Lookup::PaymentId(id) => InquiryPaymentRequest::by_payment_id(id),
    };
    let call = client
        .inquiry_payment(&request)
        .await
        .map_err(IpcError::from)?;
    let raw = call
        .exchange
        .response
        .as_ref()
        .map(|r| body_text(&r.body))
        .unwrap_or_default();
    let recorded_at = clock.now().timestamp_millis();
    let known = match lookup {
        Lookup::RequestId(id) | Lookup::PaymentId(id) => {
            cache.find(id).await.map_err(IpcError::from)?
        }
    };
    let observation = match &call.outcome {
        CallOutcome::Succeeded(inquiry) => {
            let prid = inquiry
                .payment_request_id
                .clone()
                .or_else(|| known.as_ref().map(|r| r.payment_request_id.clone()))
                .or(match lookup {
                    Lookup::RequestId(id) => Some(id.to_owned()),
                    Lookup::PaymentId(_) => None,
                })
                .ok_or_else(|| {
                    IpcError::new(
                        ErrorCode::Internal,
                        "Antom's answer names no paymentRequestId",
                    )
                })?;
            let existing = match &known {
                Some(r) if r.payment_request_id == prid => Some(r.clone()),
                _ => cache.find(&prid).await.map_err(IpcError::from)?,
            };
            inquiry_observation(&prid, inquiry, raw, existing.as_ref(), recorded_at)
        }
        CallOutcome::Failed { code, .. } if code == "ORDER_NOT_EXIST" => match &known {
            Some(row) => not_submitted_observation(&row.payment_request_id, raw, recorded_at),
            None => return Ok(Inquired::NotExist),
        },
        other => {
            return Err(InquiryFailure {
                error: outcome_error("inquiryPayment", other),
                retryable: other.is_unknown(),
            })
        }
    };
    let applied = cache.apply(&observation).await.map_err(IpcError::from)?;
    Ok(Inquired::Recorded {
        payment_request_id: observation.payment_request_id,
        applied,
    })
}

/// `inquire_once` with exponential back-off (1 s, 2 s, 4 s) while the outcome is unknown.
async fn inquire_with_backoff(
    client: &antom::Client,
    cache: &PaymentCache,
    clock: &dyn Clock,
    sleeper: &dyn Sleeper,
    id: &str,
) -> Result<Inquired, IpcError> {
    let mut attempt = 0;
    loop {
        match inquire_once(client, cache, clock, Lookup::RequestId(id)).await {
            Ok(done) => return Ok(done),
            Err(f) if f.retryable && attempt + 1 < SYNC_ATTEMPTS => {
                sleeper.sleep(FIRST_BACKOFF * 2u32.pow(attempt)).await;
                attempt += 1;
            }
            Err(f) => return Err(f.error),
        }
    }
}

impl Console {
    /// Re-inquires every payment that is not final, at most `SYNC_CONCURRENCY` at a time.
    pub async fn payments_sync(&self, _args: NoArgs) -> Result<SyncReport, IpcError> {
        let profile = self.current_profile().await?;
        let client = self.client(&profile).await?;
        let cache = self.cache(&profile).await?;
        let states: Vec<_> = ALL_STATES.into_iter().filter(|s| needs_sync(*s)).collect();
        let ids = cache.ids_in_states(&states).await?;
        let permits = Arc::new(Semaphore::new(SYNC_CONCURRENCY));
        let mut tasks = JoinSet::new();
        for id in ids {
            let (client, cache, permits) = (client.clone(), cache.clone(), permits.clone());
            let (clock, sleeper) = (self.parts.clock.clone(), self.parts.sleeper.clone());
            tasks.spawn(async move {
                let _permit = permits.acquire_owned().await;
                let result =
                    inquire_with_backoff(&client, &cache, clock.as_ref(), sleeper.as_ref(), &id)
                        .await;
                (id, result)
            });
        }
        let mut report = SyncReport {
            inquired: 0,
            changed: 0,
            failed: 0,
            errors: Vec::new(),
        };
        while let Some(joined) = tasks.join_next().await {
            let (id, result) =
                joined.map_err(|e| IpcError::new(ErrorCode::Internal, e.to_string()))?;
            report.inquired += 1;
            match result {
                Ok(Inquired::Recorded {
                    applied: Applied::Changed,
                    ..
                }) => report.changed += 1,
                Ok(_) => {}
                Err(e) => {
                    report.failed += 1;
                    report.errors.push(format!("{id}: {}", e.message));
                }
            }
        }
        report.errors.sort();
        Ok(report)
    }

    /// The Payments screen's watch on an open, non-final payment: `watch` with default limits.
    pub async fn payment_watch(&self, args: PaymentRef) -> Result<PaymentRow, IpcError> {
        self.watch(args.id.trim(), WatchLimits::default()).await
    }

    /// Polls a payment every `POLL_INTERVAL` (on the injected sleeper) until its result is known
    /// or `limits` run out on the injected clock. Unknown answers just mean "poll again".
    pub async fn watch(
        &self,
        payment_request_id: &str,
        limits: WatchLimits,
    ) -> Result<PaymentRow, IpcError> {
        let profile = self.current_profile().await?;
        let client = self.client(&profile).await?;
        let cache = self.cache(&profile).await?;
        let clock = self.parts.clock.as_ref();
        let deadline = clock.now() + limits.max_duration;
        loop {
            match inquire_once(
                &client,
                &cache,
                clock,
                Lookup::RequestId(payment_request_id),
            )
            .await
            {
                Ok(Inquired::NotExist) => {
                    return Err(IpcError::new(
                        ErrorCode::NotFound,
                        format!("neither Antom nor the cache knows `{payment_request_id}`"),
                    ))
                }
                Ok(Inquired::Recorded { .. }) => {}
                Err(f) if f.retryable => {}
                Err(f) => return Err(f.error),
            }
            let row = cache.find(payment_request_id).await?;
            if let Some(row) = row.filter(|r| !awaiting_result(r.state)) {
                return Ok(row.to_row());
            }
            if clock.now() >= deadline {
                return Err(IpcError::new(
                    ErrorCode::AntomUnknown,
                    format!("`{payment_request_id}` has no final result yet; sync later"),
                ));
            }
            self.parts.sleeper.sleep(POLL_INTERVAL).await;
        }
    }
}
