//! Recording a payment event and merging its facts into the payment row, idempotently
//! (the same event twice changes nothing). No Antom calls; callers turn responses into facts.

use sha2::{Digest, Sha256};
use sqlx::Row;

use super::record::{PaymentRecord, COLUMNS};
use super::state::progress_rank;
use super::{CacheError, PaymentCache};
use crate::ipc::dto::{EventSource, PaymentState};

/// What one event says about a payment; `None` means "does not say".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    pub payment_id: Option<String>,
    pub reference_order_id: Option<String>,
    pub method: Option<String>,
    pub state: Option<PaymentState>,
    /// (minor units, currency code)
    pub amount: Option<(i64, String)>,
    pub captured_minor: Option<i64>,
    pub refunded_minor: Option<i64>,
    pub capture_mode: Option<String>,
    pub created_at: Option<i64>,
    pub paid_at: Option<i64>,
    pub auth_expires_at: Option<i64>,
    pub buyer_reference: Option<String>,
}

/// One event to record against a payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observation {
    pub payment_request_id: String,
    pub source: EventSource,
    pub summary: String,
    /// Epoch milliseconds, UTC.
    pub recorded_at: i64,
    pub raw_json: String,
    pub facts: Facts,
}

/// What recording an event did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// The same event was recorded before; nothing changed.
    Duplicate,
    /// New event; the payment row is as it was.
    Unchanged,
    /// New event; the payment row was created or changed.
    Changed,
}

pub fn source_name(source: EventSource) -> &'static str {
    match source {
        EventSource::SessionCreated => "sessionCreated",
        EventSource::Inquiry => "inquiry",
        EventSource::Notification => "notification",
        EventSource::Operation => "operation",
        EventSource::ReportRow => "reportRow",
    }
}

pub fn parse_source(text: &str) -> Option<EventSource> {
    [
        EventSource::SessionCreated,
        EventSource::Inquiry,
        EventSource::Notification,
        EventSource::Operation,
        EventSource::ReportRow,
    ]
    .into_iter()
    .find(|s| source_name(*s) == text)
}

fn fingerprint(obs: &Observation) -> String {
    let mut hash = Sha256::new();
    for part in [
        obs.payment_request_id.as_bytes(),
        source_name(obs.source).as_bytes(),
        obs.raw_json.as_bytes(),
    ] {
        hash.update((part.len() as u64).to_be_bytes());
        hash.update(part);
    }
    hex::encode(hash.finalize())
}

/// Merges `obs` into `existing`. Inquiries are snapshots and set the state and sums outright;
/// other sources only move a payment forward.
pub fn merge(
    existing: Option<&PaymentRecord>,
    obs: &Observation,
) -> Result<PaymentRecord, CacheError> {
    let f = &obs.facts;
    let snapshot = obs.source == EventSource::Inquiry;
    let pick = |new: &Option<String>, old: Option<&Option<String>>| {
        new.clone().or_else(|| old.cloned().flatten())
    };
    let (amount_minor, currency) = match (&f.amount, existing) {
        (Some((minor, currency)), _) => (*minor, currency.clone()),
        (None, Some(row)) => (row.amount_minor, row.currency.clone()),
        (None, None) => {
            return Err(CacheError::Incomplete(format!(
                "{} is not cached yet and this event carries no amount",
                obs.payment_request_id
            )))
        }
    };
    let old_state = existing.map(|r| r.state);
    let state = match (f.state, old_state) {
        (Some(new), Some(old)) if !snapshot && progress_rank(new) < progress_rank(old) => old,
        (Some(new), _) => new,
        (None, Some(old)) => old,
        (None, None) => PaymentState::Initiated,
    };
    let sum = |new: Option<i64>, old: Option<i64>| match (new, old) {
        (Some(n), Some(o)) if !snapshot => n.max(o),
        (Some(n), _) => n,
        (None, o) => o.unwrap_or(0),
    };
    let mut merged = PaymentRecord {
        payment_request_id: obs.payment_request_id.clone(),
        payment_id: pick(&f.payment_id, existing.map(|r| &r.payment_id)),
        reference_order_id: pick(
            &f.reference_order_id,
            existing.map(|r| &r.reference_order_id),
        ),
        method: pick(&f.method, existing.map(|r| &r.method)),
        state,
        amount_minor,
        currency,
        captured_minor: sum(f.captured_minor, existing.map(|r| r.captured_minor)),
        refunded_minor: sum(f.refunded_minor, existing.map(|r| r.refunded_minor)),
        capture_mode: pick(&f.capture_mode, existing.map(|r| &r.capture_mode)),
        created_at: existing
            .map(|r| r.created_at)
            .or(f.created_at)
            .unwrap_or(obs.recorded_at),
        updated_at: existing.map_or(obs.recorded_at, |r| r.updated_at),
        paid_at: f.paid_at.or(existing.and_then(|r| r.paid_at)),
        auth_expires_at: f
            .auth_expires_at
            .or(existing.and_then(|r| r.auth_expires_at)),
        buyer_reference: pick(&f.buyer_reference, existing.map(|r| &r.buyer_reference)),
    };
    if let Some(old) = existing {
        if &merged != old {
            merged.updated_at = old.updated_at.max(obs.recorded_at);
        }
    }
    Ok(merged)
}

impl PaymentCache {
    /// Records `obs` as an event and merges it into its payment row, in one transaction.
    pub async fn apply(&self, obs: &Observation) -> Result<Applied, CacheError> {
        let mut tx = self.writer().begin_with("BEGIN IMMEDIATE").await?;
        let inserted = sqlx::query(
            "INSERT OR IGNORE INTO payment_events \
             (payment_request_id, source, summary, recorded_at, fingerprint, raw_json) \
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(&obs.payment_request_id)
        .bind(source_name(obs.source))
        .bind(&obs.summary)
        .bind(obs.recorded_at)
        .bind(fingerprint(obs))
        .bind(&obs.raw_json)
        .execute(&mut *tx)
        .await?;
        if inserted.rows_affected() == 0 {
            tx.rollback().await?;
            return Ok(Applied::Duplicate);
        }
        let existing = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM payments WHERE payment_request_id = ?"
        ))
        .bind(&obs.payment_request_id)
        .fetch_optional(&mut *tx)
        .await?
        .map(|row| PaymentRecord::from_row(&row))
        .transpose()?;
        let merged = merge(existing.as_ref(), obs)?;
        if existing.as_ref() == Some(&merged) {
            tx.commit().await?;
            return Ok(Applied::Unchanged);
        }
        let sql = format!(
            "INSERT OR REPLACE INTO payments ({COLUMNS}) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        );
        merged.bind_all(sqlx::query(&sql)).execute(&mut *tx).await?;
        tx.commit().await?;
        self.plans().forget();
        Ok(Applied::Changed)
    }

    /// Writes many payment rows at once (report import, benchmarks): multi-row inserts inside
    /// one transaction per call; existing rows with the same id are overwritten.
    pub async fn insert_records(&self, records: &[PaymentRecord]) -> Result<(), CacheError> {
        const PER_STATEMENT: usize = 64;
        // Existing rows are deleted, then every row inserted `OR FAIL`: SQLite journals each
        // page a statement touches when the statement may have to undo its own earlier rows
        // (`OR REPLACE`, upserts), and that copying cost more than the inserts themselves. A
        // failed row fails the call and the transaction is rolled back whole, so nothing
        // half-written remains either way.
        let mut tx = self.writer().begin_with("BEGIN IMMEDIATE").await?;
        let row_marks = format!("({})", vec!["?"; 15].join(", "));
        for chunk in records.chunks(PER_STATEMENT) {
            let mut delete = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
                "DELETE FROM payments WHERE payment_request_id IN (",
            );
            let mut ids = delete.separated(", ");
            for record in chunk {
                ids.push_bind(&record.payment_request_id);
            }
            delete.push(")").build().execute(&mut *tx).await?;
            let sql = format!(
                "INSERT OR FAIL INTO payments ({COLUMNS}) VALUES {}",
                vec![row_marks.as_str(); chunk.len()].join(", ")
            );
            let mut q = sqlx::query(&sql);
            for record in chunk {
                q = record.bind_all(q);
            }
            q.execute(&mut *tx).await?;
        }
        tx.commit().await?;
        self.plans().forget();
        Ok(())
    }

    /// One payment by paymentRequestId, or by Antom paymentId.
    pub async fn find(&self, id: &str) -> Result<Option<PaymentRecord>, CacheError> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM payments WHERE payment_request_id = ?1 \
             UNION ALL SELECT {COLUMNS} FROM payments WHERE payment_id = ?1 LIMIT 1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|r| PaymentRecord::from_row(&r)).transpose()?)
    }

    /// Events of a payment, newest first.
    pub async fn events(&self, payment_request_id: &str) -> Result<Vec<StoredEvent>, CacheError> {
        let rows = sqlx::query(
            "SELECT id, source, summary, recorded_at, raw_json FROM payment_events \
             WHERE payment_request_id = ? ORDER BY id DESC",
        )
        .bind(payment_request_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                let source: String = row.try_get("source")?;
                Ok(StoredEvent {
                    id: row.try_get("id")?,
                    source: parse_source(&source).ok_or_else(|| {
                        CacheError::Incomplete(format!("unknown event source `{source}`"))
                    })?,
                    summary: row.try_get("summary")?,
                    recorded_at: row.try_get("recorded_at")?,
                    raw_json: row.try_get("raw_json")?,
                })
            })
            .collect()
    }

    /// The ids of payments in any of `states`.
    pub async fn ids_in_states(&self, states: &[PaymentState]) -> Result<Vec<String>, CacheError> {
        let mut q = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
            "SELECT payment_request_id FROM payments WHERE state IN (",
        );
        let mut list = q.separated(", ");
        for s in states {
            list.push_bind(super::state::state_name(*s));
        }
        q.push(") ORDER BY created_at");
        let rows = q.build().fetch_all(self.pool()).await?;
        Ok(rows
            .iter()
            .map(|r| r.try_get::<String, _>(0))
            .collect::<Result<_, _>>()?)
    }
}

/// An event as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEvent {
    pub id: i64,
    pub source: EventSource,
    pub summary: String,
    pub recorded_at: i64,
    pub raw_json: String,
}
