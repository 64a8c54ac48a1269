//! A cached payment as stored (typed columns, epoch-ms times) and its IPC view `PaymentRow`.
//! Conversion only; reading and writing the table live in `events` and `query`.

use antom::{Currency, Money};
use chrono::{DateTime, SecondsFormat, Utc};
use sqlx::sqlite::SqliteRow;
use sqlx::Row;

use super::state::{parse_state, state_name};
use crate::ipc::dto::{MoneyView, PaymentRow, PaymentState};

/// The merged view of everything known about one payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentRecord {
    pub payment_request_id: String,
    pub payment_id: Option<String>,
    pub reference_order_id: Option<String>,
    pub method: Option<String>,
    pub state: PaymentState,
    pub amount_minor: i64,
    pub currency: String,
    pub captured_minor: i64,
    pub refunded_minor: i64,
    /// `AUTOMATIC` or `MANUAL`, as sent in the session.
    pub capture_mode: Option<String>,
    /// Epoch milliseconds, UTC.
    pub created_at: i64,
    pub updated_at: i64,
    pub paid_at: Option<i64>,
    pub auth_expires_at: Option<i64>,
    pub buyer_reference: Option<String>,
}

/// The column list in the order `from_row` and the inserts use.
pub const COLUMNS: &str = "payment_request_id, payment_id, reference_order_id, method, state, \
    amount_minor, currency, captured_minor, refunded_minor, capture_mode, created_at, updated_at, \
    paid_at, auth_expires_at, buyer_reference";

impl PaymentRecord {
    pub fn from_row(row: &SqliteRow) -> Result<PaymentRecord, sqlx::Error> {
        let state_text: String = row.try_get("state")?;
        let state = parse_state(&state_text).ok_or_else(|| sqlx::Error::ColumnDecode {
            index: "state".to_owned(),
            source: format!("unknown payment state `{state_text}`").into(),
        })?;
        Ok(PaymentRecord {
            payment_request_id: row.try_get("payment_request_id")?,
            payment_id: row.try_get("payment_id")?,
            reference_order_id: row.try_get("reference_order_id")?,
            method: row.try_get("method")?,
            state,
            amount_minor: row.try_get("amount_minor")?,
            currency: row.try_get("currency")?,
            captured_minor: row.try_get("captured_minor")?,
            refunded_minor: row.try_get("refunded_minor")?,
            capture_mode: row.try_get("capture_mode")?,
            created_at: row.try_get("created_at")?,
            updated_at: row.try_get("updated_at")?,
            paid_at: row.try_get("paid_at")?,
            auth_expires_at: row.try_get("auth_expires_at")?,
            buyer_reference: row.try_get("buyer_reference")?,
        })
    }

    /// Binds every column, in `COLUMNS` order, onto a query.
    pub fn bind_all<'q>(
        &'q self,
        q: sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments<'q>>,
    ) -> sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments<'q>> {
        q.bind(&self.payment_request_id)
            .bind(&self.payment_id)
            .bind(&self.reference_order_id)
            .bind(&self.method)
            .bind(state_name(self.state))
            .bind(self.amount_minor)
            .bind(&self.currency)
            .bind(self.captured_minor)
            .bind(self.refunded_minor)
            .bind(&self.capture_mode)
            .bind(self.created_at)
            .bind(self.updated_at)
            .bind(self.paid_at)
            .bind(self.auth_expires_at)
            .bind(&self.buyer_reference)
    }

    pub fn to_row(&self) -> PaymentRow {
        PaymentRow {
            payment_request_id: self.payment_request_id.clone(),
            payment_id: self.payment_id.clone(),
            reference_order_id: self.reference_order_id.clone(),
            payment_method: self.method.clone(),
            amount: money_view(self.amount_minor, &self.currency),
            state: self.state,
            captured: money_view(self.captured_minor, &self.currency),
            refunded: money_view(self.refunded_minor, &self.currency),
            buyer_reference: self.buyer_reference.clone(),
            created_at: rfc3339(self.created_at),
            updated_at: rfc3339(self.updated_at),
            paid_at: self.paid_at.map(rfc3339),
        }
    }
}

/// An amount for display: formatted by the currency's exponent, or raw minor units if unknown.
pub fn money_view(minor: i64, currency: &str) -> MoneyView {
    let formatted = match Currency::from_code(currency) {
        Ok(c) => Money::new(minor, c).format_amount(),
        Err(_) => minor.to_string(),
    };
    MoneyView {
        minor,
        currency: currency.to_owned(),
        formatted,
    }
}

/// Epoch milliseconds as RFC 3339 UTC (`2024-05-01T10:00:00Z`).
pub fn rfc3339(millis: i64) -> String {
    DateTime::<Utc>::from_timestamp_millis(millis)
        .unwrap_or_default()
        .to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Parses an Antom body timestamp (ISO 8601 with offset) into epoch milliseconds.
pub fn parse_antom_time(text: &str) -> Option<i64> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.timestamp_millis())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_and_times_render() {
        assert_eq!(money_view(1234, "SGD").formatted, "12.34");
        assert_eq!(money_view(1200, "JPY").formatted, "1200");
        assert_eq!(money_view(5, "XXQ").formatted, "5");
        let ms = parse_antom_time("2019-11-27T12:01:01+08:00").unwrap();
        assert_eq!(rfc3339(ms), "2019-11-27T04:01:01Z");
    }
}
