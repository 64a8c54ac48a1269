//! List queries over the payment cache: the Payments screen's filter, sorts with keyset
//! pagination, and counts. Index-friendly SQL only (ranges, IN, prefix bounds; never `LIKE '%…'`).

use chrono::{Days, NaiveDate, TimeZone};
use chrono_tz::Tz;
use sqlx::{QueryBuilder, Sqlite};

use super::cursor::Cursor;
use super::record::{PaymentRecord, COLUMNS};
use super::search::ID_COLUMNS;
use super::state::state_name;
use super::{CacheError, PaymentCache};
use crate::ipc::dto::{PaymentFilter, PaymentSort, PaymentState};

/// The largest page a caller may ask for.
pub const MAX_PAGE: u32 = 500;

/// A validated filter, with dates resolved to UTC instants.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
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

    /// Appends ` WHERE …` (always present, possibly `1`) for this filter. `lead`, when given,
    /// replaces that column's list by the one value of a per-value branch.
    fn push_where(&self, q: &mut QueryBuilder<'_, Sqlite>, lead: Option<(Lead, &str)>) {
        q.push(" WHERE 1");
        let lists: [(Lead, &str, Vec<String>); 2] = [
            (
                Lead::State,
                "state",
                self.states
                    .iter()
                    .map(|s| state_name(*s).to_owned())
                    .collect(),
            ),
            (Lead::Method, "method", self.methods.clone()),
        ];
        for (which, column, values) in lists {
            match lead {
                Some((l, v)) if l == which => {
                    q.push(format!(" AND {column} = ")).push_bind(v.to_owned());
                }
                _ if values.is_empty() => {}
                _ => {
                    q.push(format!(" AND {column} IN ("));
                    let mut list = q.separated(", ");
                    for v in values {
                        list.push_bind(v);
                    }
                    q.push(")");
                }
            }
        }
        if let Some(c) = &self.currency {
            q.push(" AND currency = ").push_bind(c.clone());
        }
        self.push_ranges(q, true, true);
    }

    fn push_ranges(&self, q: &mut QueryBuilder<'_, Sqlite>, amount: bool, created: bool) {
        if amount {
            if let Some(v) = self.min_minor {
                q.push(" AND amount_minor >= ").push_bind(v);
            }
            if let Some(v) = self.max_minor {
                q.push(" AND amount_minor <= ").push_bind(v);
            }
        }
        if created {
            if let Some(v) = self.created_from {
                q.push(" AND created_at >= ").push_bind(v);
            }
            if let Some(v) = self.created_before {
                q.push(" AND created_at < ").push_bind(v);
            }
        }
    }

    fn has_range(&self, key: &str) -> bool {
        if key == "created_at" {
            self.created_from.is_some() || self.created_before.is_some()
        } else {
            self.min_minor.is_some() || self.max_minor.is_some()
        }
    }

    /// The values of `lead` in this filter (one empty string for `Lead::None`).
    fn lead_values(&self, lead: Lead) -> Vec<String> {
        let mut values = match lead {
            Lead::None => vec![String::new()],
            Lead::State => self
                .states
                .iter()
                .map(|s| state_name(*s).to_owned())
                .collect(),
            Lead::Method => self.methods.clone(),
            Lead::Currency => self.currency.iter().cloned().collect::<Vec<_>>(),
        };
        // One branch per distinct value: a repeated value would fill the merged page twice.
        let mut seen = std::collections::HashSet::new();
        values.retain(|v| seen.insert(v.clone()));
        values
    }
}

/// The equality filter column a list index leads with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lead {
    None,
    State,
    Method,
    Currency,
}

impl Lead {
    fn column(self) -> Option<&'static str> {
        match self {
            Lead::None => None,
            Lead::State => Some("state"),
            Lead::Method => Some("method"),
            Lead::Currency => Some("currency"),
        }
    }
}

/// The list index `(lead, key, payment_request_id, …every other filter column)` (migration 2).
fn index_name(lead: Lead, key: &str) -> &'static str {
    match (lead, key) {
        (Lead::None, "created_at") => "payments_created",
        (Lead::None, _) => "payments_amount",
        (Lead::State, "created_at") => "payments_state_created",
        (Lead::State, _) => "payments_state_amount",
        (Lead::Method, "created_at") => "payments_method_created",
        (Lead::Method, _) => "payments_method_amount",
        (Lead::Currency, "created_at") => "payments_currency_created",
        (Lead::Currency, _) => "payments_currency_amount",
    }
}

/// How a page finds its keys: which index, one branch per value of its leading column, and
/// whether the index is walked in sort order (stopping after a page) or only its range on the
/// other key is read and sorted (when that range is known to be small).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Access {
    lead: Lead,
    key: &'static str,
}

/// Every access shape usable for `query` (for tests).
#[cfg(test)]
pub(crate) fn all_accesses(query: &PaymentQuery) -> Vec<Access> {
    let mut out = Vec::new();
    for lead in [Lead::None, Lead::State, Lead::Method, Lead::Currency] {
        if !query.lead_values(lead).is_empty() {
            for key in ["created_at", "amount_minor"] {
                out.push(Access { lead, key });
            }
        }
    }
    out
}

/// Index entries sampled from the start of a walk to estimate how many of them match.
const SAMPLE: i64 = 1000;
/// The most entries a range that is read whole and sorted may hold.
const SORTED_RANGE: i64 = 4000;
/// Searches whose ranges hold fewer entries than this are read whole and sorted.
const SEARCH_FIRST: i64 = 4000;
/// The cost of a walk's entry, in search range entries, when the walk tests a search.
const LOOKUP_WEIGHT: i64 = 4;
/// Search ranges are counted up to this when weighed against a walk.
const SEARCH_BOUND: i64 = 1_000_000;
/// The rows a page asks for, for cost estimates.
const PAGE_ESTIMATE: i64 = 51;

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
    /// Reads up to `limit` entries of `access`'s index prefix (per leading value, bounded by the
    /// filter's range on the index's key) and returns (entries read, how many match the filter).
    async fn probe(
        &self,
        query: &PaymentQuery,
        access: Access,
        limit: i64,
    ) -> Result<(i64, i64), CacheError> {
        let (mut read, mut matched) = (0, 0);
        for value in query.lead_values(access.lead) {
            let mut q = QueryBuilder::<Sqlite>::new("SELECT count(*), count(*) FILTER (");
            query.push_where(&mut q, None);
            // With a search, the sample looks rows up for the other id columns, as the walk will.
            query.push_search_test(&mut q, "sample");
            q.push(format!(
                ") FROM (SELECT state, method, currency, amount_minor, created_at, \
                 payment_request_id FROM payments INDEXED BY {} WHERE 1",
                index_name(access.lead, access.key)
            ));
            if let Some(column) = access.lead.column() {
                q.push(format!(" AND {column} = ")).push_bind(value);
            }
            query.push_ranges(
                &mut q,
                access.key == "amount_minor",
                access.key == "created_at",
            );
            q.push(" LIMIT ")
                .push_bind(limit - read)
                .push(") AS sample");
            let (n, m): (i64, i64) = q.build_query_as().fetch_one(self.pool()).await?;
            read += n;
            matched += m;
            if read >= limit {
                break;
            }
        }
        Ok((read, matched))
    }

    /// Picks how a page of `query` in `sort` order finds its keys, by estimated index entries
    /// read. Walks: each equality filter's (lead, sort key) index in order, one branch per value,
    /// and the plain sort index; a sample from each walk's start gives its match rate, so its cost
    /// per page is about a page over that rate (or its whole prefix, if smaller). Sorted ranges:
    /// with a range on the other key, each (lead, other key) index's range read whole and sorted,
    /// counted only up to the best walk's cost (it must be smaller to win). The cheapest wins.
    /// Every index carries all filter columns, so no estimate touches table rows, except that a
    /// search's other ids are looked up for sampled rows whose paymentRequestId misses. Returns
    /// the winner's estimated entries read per page with it.
    async fn choose(
        &self,
        query: &PaymentQuery,
        sort: PaymentSort,
    ) -> Result<(i64, Access), CacheError> {
        let (key, _, _) = sort_parts(sort);
        let other = if key == "created_at" {
            "amount_minor"
        } else {
            "created_at"
        };
        let leads: Vec<Lead> = [Lead::State, Lead::Method, Lead::Currency]
            .into_iter()
            .filter(|l| !query.lead_values(*l).is_empty())
            .chain([Lead::None])
            .collect();
        let mut best: Option<(i64, Access)> = None;
        for &lead in &leads {
            let access = Access { lead, key };
            let (read, matched) = self.probe(query, access, SAMPLE).await?;
            let cost = if read < SAMPLE {
                read
            } else if matched == 0 {
                i64::MAX / 2
            } else {
                (PAGE_ESTIMATE * read / matched).max(PAGE_ESTIMATE)
            };
            if best.is_none_or(|(b, _)| cost < b) {
                best = Some((cost, access));
            }
        }
        if query.has_range(other) {
            for &lead in &leads {
                let bound = best.map_or(SORTED_RANGE, |(b, _)| b.min(SORTED_RANGE));
                if bound <= 1 {
                    break;
                }
                let access = Access { lead, key: other };
                let (read, _) = self.probe(query, access, bound).await?;
                if read < bound {
                    best = Some((read, access));
                }
            }
        }
        Ok(best.unwrap_or((
            i64::MAX / 2,
            Access {
                lead: Lead::None,
                key,
            },
        )))
    }

    /// How many index entries each id column's prefix range holds, each counted up to `bound`
    /// (filters aside: this is what reading the search's rows costs).
    async fn range_sizes(&self, query: &PaymentQuery, bound: i64) -> Result<[i64; 3], CacheError> {
        let mut q = QueryBuilder::<Sqlite>::new("SELECT ");
        for (i, (col, index)) in ID_COLUMNS.iter().enumerate() {
            if i > 0 {
                q.push(", ");
            }
            q.push(format!(
                "(SELECT count(*) FROM (SELECT 1 FROM payments INDEXED BY {index} WHERE 1"
            ));
            query.push_prefix_range(&mut q, col, false);
            q.push(" LIMIT ").push_bind(bound).push("))");
        }
        let (a, b, c): (i64, i64, i64) = q.build_query_as().fetch_one(self.pool()).await?;
        Ok([a, b, c])
    }

    /// The access for a page: a chosen index walked in sort order, or for a search whose id
    /// ranges are small (under `SEARCH_FIRST` entries, or cheaper than the best walk) those
    /// ranges read and their keys sorted (`None`). Chosen once per filter and sort until the
    /// cache is written (scrolling asks for many pages of one filter; probes cost more than a page).
    async fn access_for(
        &self,
        query: &PaymentQuery,
        sort: PaymentSort,
    ) -> Result<Option<Access>, CacheError> {
        if let Some(remembered) = self.plans().recall(query, sort) {
            return Ok(remembered);
        }
        let access = if query.search.is_none() {
            Some(self.choose(query, sort).await?.1)
        } else if self
            .range_sizes(query, SEARCH_FIRST)
            .await?
            .iter()
            .sum::<i64>()
            < SEARCH_FIRST
        {
            None
        } else {
            // A walk may look visited rows up to test the search; reading the search's ranges
            // never does. The walk wins only if it reads `LOOKUP_WEIGHT` times fewer entries.
            let (cost, walk) = self.choose(query, sort).await?;
            let bound = cost.saturating_mul(LOOKUP_WEIGHT).min(SEARCH_BOUND);
            let found: i64 = self.range_sizes(query, bound).await?.iter().sum();
            (found >= bound).then_some(walk)
        };
        self.plans().remember(query, sort, access);
        Ok(access)
    }

    /// The page query for `access`: an id-only inner query over one covering index (per leading
    /// value, merged by the sort key when there are several), then the rows looked up by key.
    /// `None` access: the search shape, left to the planner (the id prefix ranges drive it).
    fn page_sql<'a>(
        query: &'a PaymentQuery,
        sort: PaymentSort,
        access: Option<Access>,
        fetch: i64,
        cursor: Option<&'a Cursor>,
        skip: i64,
        explain: bool,
    ) -> QueryBuilder<'a, Sqlite> {
        let (column, direction, after) = sort_parts(sort);
        let order =
            format!(" ORDER BY {column} {direction}, payment_request_id {direction} LIMIT ");
        let mut q = QueryBuilder::<Sqlite>::new(if explain { "EXPLAIN QUERY PLAN " } else { "" });
        let push_cursor = |q: &mut QueryBuilder<'a, Sqlite>| {
            if let Some(c) = cursor {
                q.push(format!(" AND ({column}, payment_request_id) {after} ("))
                    .push_bind(c.key)
                    .push(", ")
                    .push_bind(c.payment_request_id.clone())
                    .push(")");
            }
        };
        let Some(access) = access else {
            // The search's disjoint branches, each an index range carrying the filter columns
            // and sort key; only the page's keys are sorted, then its rows looked up.
            q.push(format!(
                "SELECT {COLUMNS} FROM payments WHERE payment_request_id IN (SELECT id FROM ("
            ));
            for (i, (_, index)) in ID_COLUMNS.iter().enumerate() {
                if i > 0 {
                    q.push(" UNION ALL ");
                }
                q.push(format!(
                    "SELECT payment_request_id AS id, {column} AS k FROM payments INDEXED BY {index}"
                ));
                query.push_where(&mut q, None);
                query.push_branch(&mut q, i, false);
                push_cursor(&mut q);
            }
            q.push(format!(") ORDER BY k {direction}, id {direction} LIMIT "))
                .push_bind(fetch)
                .push(" OFFSET ")
                .push_bind(skip)
                .push(")");
            return q;
        };
        let index = index_name(access.lead, access.key);
        let values = query.lead_values(access.lead);
        q.push(format!(
            "SELECT {COLUMNS} FROM payments WHERE payment_request_id IN ("
        ));
        let several = values.len() > 1;
        if several {
            q.push("SELECT payment_request_id FROM (");
        }
        for (i, value) in values.iter().enumerate() {
            if several {
                if i > 0 {
                    q.push(" UNION ALL ");
                }
                q.push(format!(
                    "SELECT * FROM (SELECT payment_request_id, {column} AS k FROM payments \
                     INDEXED BY {index}"
                ));
            } else {
                q.push(format!(
                    "SELECT payment_request_id FROM payments INDEXED BY {index}"
                ));
            }
            query.push_where(
                &mut q,
                access.lead.column().map(|_| (access.lead, value.as_str())),
            );
            query.push_search_test(&mut q, "payments");
            push_cursor(&mut q);
            if several {
                // Each branch may hold every skipped row; the merge skips them.
                q.push(order.clone()).push_bind(fetch + skip).push(")");
            } else {
                q.push(order.clone())
                    .push_bind(fetch)
                    .push(" OFFSET ")
                    .push_bind(skip);
            }
        }
        if several {
            q.push(format!(
                ") ORDER BY k {direction}, payment_request_id {direction} LIMIT "
            ))
            .push_bind(fetch)
            .push(" OFFSET ")
            .push_bind(skip);
        }
        q.push(")");
        q
    }

    /// A page of `limit` rows after `cursor` (none: the first page).
    pub async fn page(
        &self,
        query: &PaymentQuery,
        sort: PaymentSort,
        limit: u32,
        cursor: Option<&Cursor>,
    ) -> Result<RecordPage, CacheError> {
        let access = self.access_for(query, sort).await?;
        self.page_via(query, sort, limit, cursor, access).await
    }

    /// The page after the first `offset` matching rows: a jump into a long list. Its cursor
    /// carries on from there. Skipping reads the skipped index entries (no table rows): tens of
    /// milliseconds for a million.
    pub async fn page_at(
        &self,
        query: &PaymentQuery,
        sort: PaymentSort,
        limit: u32,
        offset: u64,
    ) -> Result<RecordPage, CacheError> {
        let skip = i64::try_from(offset).map_err(|_| invalid("the offset is too large"))?;
        let access = match self.access_for(query, sort).await? {
            // Merged branches would each produce every skipped row: walk the sort key's own
            // index, which holds every filter column too.
            Some(a) if query.lead_values(a.lead).len() > 1 => Some(Access {
                lead: Lead::None,
                key: sort_parts(sort).0,
            }),
            other => other,
        };
        self.page_with(query, sort, limit, None, skip, access).await
    }

    /// `page` through a given access shape (tests walk every shape).
    pub(crate) async fn page_via(
        &self,
        query: &PaymentQuery,
        sort: PaymentSort,
        limit: u32,
        cursor: Option<&Cursor>,
        access: Option<Access>,
    ) -> Result<RecordPage, CacheError> {
        self.page_with(query, sort, limit, cursor, 0, access).await
    }

    async fn page_with(
        &self,
        query: &PaymentQuery,
        sort: PaymentSort,
        limit: u32,
        cursor: Option<&Cursor>,
        skip: i64,
        access: Option<Access>,
    ) -> Result<RecordPage, CacheError> {
        if limit == 0 || limit > MAX_PAGE {
            return Err(invalid(format!("a page holds 1 to {MAX_PAGE} rows")));
        }
        if let Some(c) = cursor {
            if c.sort != sort {
                return Err(invalid(
                    "the cursor belongs to another sort; start from the first page",
                ));
            }
        }
        let key = |r: &PaymentRecord| match sort {
            PaymentSort::CreatedDesc | PaymentSort::CreatedAsc => r.created_at,
            PaymentSort::AmountDesc | PaymentSort::AmountAsc => r.amount_minor,
        };
        let mut q = Self::page_sql(
            query,
            sort,
            access,
            i64::from(limit) + 1,
            cursor,
            skip,
            false,
        );
        let rows = q.build().fetch_all(self.pool()).await?;
        let mut records = rows
            .iter()
            .map(PaymentRecord::from_row)
            .collect::<Result<Vec<_>, _>>()?;
        // The outer lookup by key does not keep the inner order; SQLite's BINARY collation
        // orders text as bytes, like `String`.
        records.sort_by(|a, b| {
            let o = (key(a), &a.payment_request_id).cmp(&(key(b), &b.payment_request_id));
            match sort {
                PaymentSort::CreatedDesc | PaymentSort::AmountDesc => o.reverse(),
                PaymentSort::CreatedAsc | PaymentSort::AmountAsc => o,
            }
        });
        let more = records.len() > limit as usize;
        records.truncate(limit as usize);
        let next = match records.last() {
            Some(last) if more => Some(Cursor {
                sort,
                key: key(last),
                payment_request_id: last.payment_request_id.clone(),
            }),
            _ => None,
        };
        Ok(RecordPage { records, next })
    }

    /// How many payments match `query`.
    pub async fn count(&self, query: &PaymentQuery) -> Result<u64, CacheError> {
        let Some(_) = &query.search else {
            let mut q = QueryBuilder::<Sqlite>::new("SELECT count(*) FROM payments");
            query.push_where(&mut q, None);
            let n: i64 = q.build_query_scalar().fetch_one(self.pool()).await?;
            return Ok(u64::try_from(n).unwrap_or(0));
        };
        // The sum of the search's disjoint branches. The paymentRequestId branch reads its rows
        // from the table when they are few; when many, a list index holding every filter column
        // is scanned instead (or a narrower one the planner finds for the filters).
        let wide = self.range_sizes(query, SEARCH_FIRST).await?[0] >= SEARCH_FIRST;
        let mut q = QueryBuilder::<Sqlite>::new("SELECT 0");
        for (i, (_, index)) in ID_COLUMNS.iter().enumerate() {
            q.push(" + (SELECT count(*) FROM payments");
            if i > 0 || !wide {
                q.push(format!(" INDEXED BY {index}"));
            }
            query.push_where(&mut q, None);
            query.push_branch(&mut q, i, i == 0 && wide);
            q.push(")");
        }
        let n: i64 = q.build_query_scalar().fetch_one(self.pool()).await?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// SQLite's plan for the first page query (for benchmarks and index checks).
    pub async fn explain_page(
        &self,
        query: &PaymentQuery,
        sort: PaymentSort,
    ) -> Result<Vec<String>, CacheError> {
        let access = self.access_for(query, sort).await?;
        self.explain_via(query, sort, access).await
    }

    async fn explain_via(
        &self,
        query: &PaymentQuery,
        sort: PaymentSort,
        access: Option<Access>,
    ) -> Result<Vec<String>, CacheError> {
        let mut q = Self::page_sql(query, sort, access, 51, None, 0, true);
        let rows = q.build().fetch_all(self.pool()).await?;
        use sqlx::Row;
        rows.iter()
            .map(|r| r.try_get::<String, _>("detail").map_err(CacheError::from))
            .collect()
    }
}
