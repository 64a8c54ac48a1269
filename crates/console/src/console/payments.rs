//! Payment commands over the cache: a page, a count, the detail view, and adding a payment by
//! id (an inquiry recorded as an event). Filters are read in the profile's time zone.

use chrono_tz::Tz;

use super::sync::{inquire_once, Inquired, Lookup};
use super::Console;
use crate::cache::state::is_card_method;
use crate::cache::{money_view, rfc3339, Cursor, PaymentQuery, PaymentRecord};
use crate::ipc::dto::{
    PaymentCount, PaymentDetail, PaymentEvent, PaymentFilter, PaymentPage, PaymentPageRequest,
    PaymentRef, PaymentRow, PaymentState, ProfileSummary,
};
use crate::ipc::{ErrorCode, IpcError};
use crate::profiles::validation::parse_time_zone;

fn zone(profile: &ProfileSummary) -> Tz {
    parse_time_zone(Some(&profile.time_zone)).unwrap_or(Tz::UTC)
}

/// (capturable, refundable) in minor units.
pub fn open_amounts(r: &PaymentRecord) -> (i64, i64) {
    let card_like = r.method.as_deref().is_some_and(is_card_method)
        || r.capture_mode.as_deref() == Some("MANUAL")
        || r.captured_minor > 0;
    let capturable = match r.state {
        PaymentState::Authorized | PaymentState::Captured if card_like => {
            (r.amount_minor - r.captured_minor).max(0)
        }
        _ => 0,
    };
    let settled = match r.state {
        PaymentState::Captured | PaymentState::PartiallyRefunded if card_like => r.captured_minor,
        PaymentState::Paid | PaymentState::PartiallyRefunded => r.amount_minor,
        _ => 0,
    };
    (capturable, (settled - r.refunded_minor).max(0))
}

fn pretty(raw: &str) -> String {
    serde_json::from_str::<serde_json::Value>(raw)
        .and_then(|v| serde_json::to_string_pretty(&v))
        .unwrap_or_else(|_| raw.to_owned())
}

impl Console {
    pub async fn payments_page(&self, req: PaymentPageRequest) -> Result<PaymentPage, IpcError> {
        let profile = self.current_profile().await?;
        let cache = self.cache(&profile).await?;
        let query = PaymentQuery::from_filter(&req.filter, zone(&profile))?;
        let cursor = match &req.cursor {
            Some(text) => Some(Cursor::decode(text, req.sort).ok_or_else(|| {
                IpcError::new(
                    ErrorCode::Validation,
                    "the page cursor is not valid for this sort; start from the first page",
                )
            })?),
            None => None,
        };
        let page = match (cursor, req.offset) {
            (Some(_), Some(_)) => {
                return Err(IpcError::new(
                    ErrorCode::Validation,
                    "a page starts at a cursor or at an offset, not both",
                ))
            }
            (None, Some(offset)) if offset > 0 => {
                cache.page_at(&query, req.sort, req.limit, offset).await?
            }
            (cursor, _) => {
                cache
                    .page(&query, req.sort, req.limit, cursor.as_ref())
                    .await?
            }
        };
        Ok(PaymentPage {
            rows: page.records.iter().map(PaymentRecord::to_row).collect(),
            next_cursor: page.next.map(|c| c.encode()),
        })
    }

    pub async fn payments_count(&self, filter: PaymentFilter) -> Result<PaymentCount, IpcError> {
        let profile = self.current_profile().await?;
        let cache = self.cache(&profile).await?;
        let query = PaymentQuery::from_filter(&filter, zone(&profile))?;
        Ok(PaymentCount {
            total: cache.count(&query).await?,
        })
    }

    pub async fn payment_detail(&self, args: PaymentRef) -> Result<PaymentDetail, IpcError> {
        let profile = self.current_profile().await?;
        let cache = self.cache(&profile).await?;
        let record = cache.find(args.id.trim()).await?.ok_or_else(|| {
            IpcError::new(
                ErrorCode::NotFound,
                format!("`{}` is not in the cache; add it by id first", args.id),
            )
        })?;
        let events = cache
            .events(&record.payment_request_id)
            .await?
            .into_iter()
            .map(|e| PaymentEvent {
                id: e.id,
                source: e.source,
                summary: e.summary,
                recorded_at: rfc3339(e.recorded_at),
                raw_json: pretty(&e.raw_json),
            })
            .collect();
        let (capturable, refundable) = open_amounts(&record);
        Ok(PaymentDetail {
            capturable: money_view(capturable, &record.currency),
            refundable: money_view(refundable, &record.currency),
            auth_expires_at: record.auth_expires_at.map(rfc3339),
            payment: record.to_row(),
            events,
        })
    }

    /// Inquires `id` as a paymentRequestId, then as a paymentId, and caches what comes back.
    pub async fn payment_add_by_id(&self, args: PaymentRef) -> Result<PaymentRow, IpcError> {
        let id = args.id.trim();
        if id.is_empty() {
            return Err(IpcError::new(
                ErrorCode::Validation,
                "give a paymentRequestId or paymentId",
            ));
        }
        let profile = self.current_profile().await?;
        self.add_payment_by_id_for(&profile, id).await
    }

    /// `payment_add_by_id` for a given profile rather than the active one (the shell's demo
    /// seeding uses it so a profile switch meanwhile cannot send ids to the wrong cache).
    pub async fn add_payment_by_id_for(
        &self,
        profile: &ProfileSummary,
        id: &str,
    ) -> Result<PaymentRow, IpcError> {
        let client = self.client(profile).await?;
        let cache = self.cache(profile).await?;
        let clock = self.parts.clock.as_ref();
        for lookup in [Lookup::RequestId(id), Lookup::PaymentId(id)] {
            match inquire_once(&client, &cache, clock, lookup)
                .await
                .map_err(|f| f.error)?
            {
                Inquired::Recorded {
                    payment_request_id, ..
                } => {
                    let row = cache.find(&payment_request_id).await?.ok_or_else(|| {
                        IpcError::new(ErrorCode::Internal, "the recorded payment is missing")
                    })?;
                    return Ok(row.to_row());
                }
                Inquired::NotExist => continue,
            }
        }
        Err(IpcError::new(
            ErrorCode::NotFound,
            format!("Antom knows no payment with paymentRequestId or paymentId `{id}`"),
        ))
    }
}
