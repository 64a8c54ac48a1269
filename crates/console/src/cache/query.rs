//! List queries over the payment cache: the Payments screen's filter, sorts with keyset
//! pagination, and counts. Index-friendly SQL only (ranges, IN, prefix bounds; never `LIKE '%…'`).

use chrono::{Days, NaiveDate, TimeZone};
use chrono_tz::Tz;
use sqlx::{QueryBuilder, Sqlite};

use super::cursor::Cursor;
use super::record::{PaymentRecord, COLUMNS};
use super::state::state_name;
use super::{CacheError, PaymentCache};
use crate::ipc::dto::{PaymentFilter, PaymentSort, PaymentState};

/// The largest page a caller may ask for.
pub const MAX_PAGE: u32 = 500;

/// A validated filter, with dates resolved to UTC instants.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PaymentQuery {
    pub states: Vec<PaymentState>,
    pub methods: Vec<String>,
    pub currency: Option<String>,
    pub min_minor: Option<i64>,
    pub max_minor: Option<i64>,
    /// Inclusive lower bound, epoch ms.
    pub created_from: Option<i64>,
    /// Exclusive upper bound, epoch ms.
    pub created_before: Option<i64>,
    pub search: Option<String>,
}

fn invalid(message: impl Into<String>) -> CacheError {
    CacheError::Invalid(message.into())
}

fn local_midnight(date: &str, tz: Tz, field: &str) -> Result<(NaiveDate, i64), CacheError> {
    let day = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
        .map_err(|_| invalid(format!("{field} `{date}` is not a date (YYYY-MM-DD)")))?;
    Ok((day, start_of_day(day, tz)))
}

/// The first instant of `day` in `tz`, in epoch ms (the earliest, if midnight repeats or is skipped).
fn start_of_day(day: NaiveDate, tz: Tz) -> i64 {
    let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    match tz.from_local_datetime(&midnight).earliest() {
        Some(t) => t.timestamp_millis(),
        // Midnight skipped by a DST jump: take the first valid minute after it.
        None => (1..=180)
            .filter_map(|m| {
                tz.from_local_datetime(&(midnight + chrono::Duration::minutes(m)))
                    .earliest()
            })
            .map(|t| t.timestamp_millis())
            .next()
            .unwrap_or_else(|| midnight.and_utc().timestamp_millis()),
    }
}

/// The smallest string greater than every string starting with `prefix`, if any.
pub fn prefix_upper_bound(prefix: &str) -> Option<String> {
    let mut chars: Vec<char> = prefix.chars().collect();
    while let Some(last) = chars.pop() {
        let mut next = u32::from(last) + 1;
        if (0xD800..0xE000).contains(&next) {
            next = 0xE000;
        }
        if let Some(c) = char::from_u32(next) {
            chars.push(c);
            return Some(chars.into_iter().collect());
        }
    }
    None
}

impl PaymentQuery {
    /// Validates `filter`; local dates are read in the profile's time zone `tz`.
    pub fn from_filter(filter: &PaymentFilter, tz: Tz) -> Result<PaymentQuery, CacheError> {
        let currency = filter
            .currency
            .as_deref()
            .map(|c| c.trim().to_ascii_uppercase())
            .filter(|c| !c.is_empty());
        if (filter.min_minor.is_some() || filter.max_minor.is_some()) && currency.is_none() {
            return Err(invalid(
                "an amount range needs a currency: amounts in different currencies do not compare",
            ));
        }
        if let (Some(lo), Some(hi)) = (filter.min_minor, filter.max_minor) {
            if lo > hi {
                return Err(invalid("the minimum amount is above the maximum"));
            }
        }
        let created_from = filter
            .created_from
            .as_deref()
            .map(|d| local_midnight(d, tz, "createdFrom"))
            .transpose()?;
        let created_to = filter
            .created_to
            .as_deref()
            .map(|d| local_midnight(d, tz, "createdTo"))
            .transpose()?;
        if let (Some((from, _)), Some((to, _))) = (created_from, created_to) {
            if from > to {
                return Err(invalid("createdFrom is after createdTo"));
            }
        }
        let created_before = created_to.map(|(day, _)| {
            day.checked_add_days(Days::new(1))
                .map_or(i64::MAX, |next| start_of_day(next, tz))
        });
        let search = filter
            .search
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned);
        let mut states = filter.states.clone();
        states.dedup();
        Ok(PaymentQuery {
            states,
            methods: filter.methods.iter().map(|m| m.trim().to_owned()).collect(),
            currency,
            min_minor: filter.min_minor,
            max_minor: filter.max_minor,
            created_from: created_from.map(|(_, ms)| ms),
            created_before,
            search,
        })
    }

    /// Appends ` WHERE …` (always present, possibly `1`) for this filter.
    /// For pages, several states are matched without their index (`+state`) so SQLite walks
    /// the sort's index and stops after a page instead of sorting every matching row.
    fn push_where(&self, q: &mut QueryBuilder<'_, Sqlite>, for_page: bool) {
        q.push(" WHERE 1");
        if !self.states.is_empty() {
            let unindexed = for_page && self.states.len() > 1;
            q.push(if unindexed {
                " AND +state IN ("
            } else {
                " AND state IN ("
            });
            let mut list = q.separated(", ");
            for s in &self.states {
                list.push_bind(state_name(*s));
            }
            q.push(")");
        }
        if !self.methods.is_empty() {
            let unindexed = for_page && self.methods.len() > 1;
            q.push(if unindexed {
                " AND +method IN ("
            } else {
                " AND method IN ("
            });
            let mut list = q.separated(", ");
            for m in &self.methods {
                list.push_bind(m.clone());
            }
            q.push(")");
        }
        if let Some(c) = &self.currency {
            q.push(" AND currency = ").push_bind(c.clone());
        }
        if let Some(v) = self.min_minor {
            q.push(" AND amount_minor >= ").push_bind(v);
        }
        if let Some(v) = self.max_minor {
            q.push(" AND amount_minor <= ").push_bind(v);
        }
        if let Some(v) = self.created_from {
            q.push(" AND created_at >= ").push_bind(v);
        }
        if let Some(v) = self.created_before {
            q.push(" AND created_at < ").push_bind(v);
        }
        if let Some(prefix) = &self.search {
            // One indexed range per id column, unioned; the outer query looks rows up by key.
            let upper = prefix_upper_bound(prefix);
            q.push(" AND payment_request_id IN (");
            for (i, col) in ["payment_request_id", "payment_id", "reference_order_id"]
                .iter()
                .enumerate()
            {
                if i > 0 {
                    q.push(" UNION ALL ");
                }
                q.push(format!(
                    "SELECT payment_request_id FROM payments WHERE {col} >= "
                ))
                .push_bind(prefix.clone());
                if let Some(upper) = &upper {
                    q.push(format!(" AND {col} < ")).push_bind(upper.clone());
                }
            }
            q.push(")");
        }
    }
}

fn sort_parts(sort: PaymentSort) -> (&'static str, &'static str, &'static str) {
    match sort {
        PaymentSort::CreatedDesc => ("created_at", "DESC", "<"),
        PaymentSort::CreatedAsc => ("created_at", "ASC", ">"),
        PaymentSort::AmountDesc => ("amount_minor", "DESC", "<"),
        PaymentSort::AmountAsc => ("amount_minor", "ASC", ">"),
    }
}

/// One page of rows plus the cursor of the next page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordPage {
    pub records: Vec<PaymentRecord>,
    pub next: Option<Cursor>,
}

impl PaymentCache {
    /// A page of `limit` rows after `cursor` (none: the first page).
    pub async fn page(
        &self,
        query: &PaymentQuery,
        sort: PaymentSort,
        limit: u32,
        cursor: Option<&Cursor>,
    ) -> Result<RecordPage, CacheError> {
        if limit == 0 || limit > MAX_PAGE {
            return Err(invalid(format!("a page holds 1 to {MAX_PAGE} rows")));
        }
        let (column, direction, after) = sort_parts(sort);
        let mut q = QueryBuilder::<Sqlite>::new(format!("SELECT {COLUMNS} FROM payments"));
        query.push_where(&mut q, true);
        if let Some(c) = cursor {
            if c.sort != sort {
                return Err(invalid(
                    "the cursor belongs to another sort; start from the first page",
                ));
            }
            q.push(format!(" AND ({column}, payment_request_id) {after} ("))
                .push_bind(c.key)
                .push(", ")
                .push_bind(c.payment_request_id.clone())
                .push(")");
        }
        q.push(format!(
            " ORDER BY {column} {direction}, payment_request_id {direction} LIMIT "
        ))
        .push_bind(i64::from(limit) + 1);
        let rows = q.build().fetch_all(self.pool()).await?;
        let mut records = rows
            .iter()
            .map(PaymentRecord::from_row)
            .collect::<Result<Vec<_>, _>>()?;
        let more = records.len() > limit as usize;
        records.truncate(limit as usize);
        let next = match records.last() {
            Some(last) if more => Some(Cursor {
                sort,
                key: match sort {
                    PaymentSort::CreatedDesc | PaymentSort::CreatedAsc => last.created_at,
                    PaymentSort::AmountDesc | PaymentSort::AmountAsc => last.amount_minor,
                },
                payment_request_id: last.payment_request_id.clone(),
            }),
            _ => None,
        };
        Ok(RecordPage { records, next })
    }

    /// How many payments match `query`.
    pub async fn count(&self, query: &PaymentQuery) -> Result<u64, CacheError> {
        let mut q = QueryBuilder::<Sqlite>::new("SELECT count(*) FROM payments");
        query.push_where(&mut q, false);
        let n: i64 = q.build_query_scalar().fetch_one(self.pool()).await?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// SQLite's plan for a page query (for benchmarks and index checks).
    pub async fn explain_page(
        &self,
        query: &PaymentQuery,
        sort: PaymentSort,
    ) -> Result<Vec<String>, CacheError> {
        let (column, direction, _) = sort_parts(sort);
        let mut q = QueryBuilder::<Sqlite>::new(format!(
            "EXPLAIN QUERY PLAN SELECT {COLUMNS} FROM payments"
        ));
        query.push_where(&mut q, true);
        q.push(format!(
            " ORDER BY {column} {direction}, payment_request_id {direction} LIMIT 51"
        ));
        let rows = q.build().fetch_all(self.pool()).await?;
        use sqlx::Row;
        rows.iter()
            .map(|r| r.try_get::<String, _>("detail").map_err(CacheError::from))
            .collect()
    }
}
