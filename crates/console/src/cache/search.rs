//! The Payments screen's search: a prefix of any id column (paymentRequestId, Antom paymentId,
//! order reference). Each column has an index whose range holds its matches, so a search is split
//! into three disjoint branches: rows whose paymentRequestId matches, rows whose paymentId matches
//! and whose paymentRequestId does not, rows whose reference matches and neither id does. The
//! branches never repeat a row, so they are concatenated (`UNION ALL`), never deduplicated, and
//! the paymentId and reference indexes carry every filter column and sort key (migration 3):
//! filtering, counting and ordering a branch reads no table row.

use sqlx::{QueryBuilder, Sqlite};

use super::query::PaymentQuery;

/// The id columns a search looks in, with the index holding each column's prefix ranges
/// (`sqlite_autoindex_payments_1` is the primary key of the WITHOUT ROWID table).
pub(crate) const ID_COLUMNS: [(&str, &str); 3] = [
    ("payment_request_id", "sqlite_autoindex_payments_1"),
    ("payment_id", "payments_payment_id"),
    ("reference_order_id", "payments_reference_order"),
];

impl PaymentQuery {
    /// ` AND <col> in the search's prefix range`; `plus` keeps the planner from using it as an
    /// index range (for tests on rows found another way).
    pub(crate) fn push_prefix_range(
        &self,
        q: &mut QueryBuilder<'_, Sqlite>,
        col: &str,
        plus: bool,
    ) {
        let Some(prefix) = &self.search else {
            return;
        };
        let col = if plus {
            format!("+{col}")
        } else {
            col.to_owned()
        };
        q.push(format!(" AND {col} >= ")).push_bind(prefix.clone());
        if let Some(upper) = super::prefix_upper_bound(prefix) {
            q.push(format!(" AND {col} < ")).push_bind(upper);
        }
    }

    /// Appends branch `i`'s conditions: column `i` in range, no earlier column in range.
    pub(crate) fn push_branch(&self, q: &mut QueryBuilder<'_, Sqlite>, i: usize, plus: bool) {
        self.push_prefix_range(q, ID_COLUMNS[i].0, plus);
        for (col, _) in &ID_COLUMNS[..i] {
            // NULL ids match nothing: coalesce keeps their rows in the later branch.
            q.push(" AND NOT coalesce(1");
            self.push_prefix_range(q, col, true);
            q.push(", 0)");
        }
    }

    /// Appends the search as a per-row test on rows of `outer` (a list index walk visiting rows
    /// in sort order): its paymentRequestId, which every list index holds, and only when that
    /// does not match, the other ids looked up by key. (Naming a table column in the test itself
    /// would make SQLite fetch every visited row, matching or not.) `+col`: an OR of ranges would
    /// otherwise let SQLite drive the query by one index per term.
    pub(crate) fn push_search_test(&self, q: &mut QueryBuilder<'_, Sqlite>, outer: &str) {
        if self.search.is_none() {
            return;
        }
        let (first, _) = ID_COLUMNS[0];
        q.push(" AND ((1");
        self.push_prefix_range(q, &format!("{outer}.{first}"), true);
        q.push(format!(
            ") OR EXISTS (SELECT 1 FROM payments AS by_key WHERE by_key.{first} = {outer}.{first} AND (0"
        ));
        for (col, _) in &ID_COLUMNS[1..] {
            q.push(" OR (1");
            self.push_prefix_range(q, &format!("by_key.{col}"), true);
            q.push(")");
        }
        q.push(")))");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_branches_exclude_earlier_columns() {
        let query = PaymentQuery {
            search: Some("AB".into()),
            ..PaymentQuery::default()
        };
        let mut q = QueryBuilder::<Sqlite>::new("");
        query.push_branch(&mut q, 2, false);
        assert_eq!(
            q.sql(),
            " AND reference_order_id >= ? AND reference_order_id < ? \
             AND NOT coalesce(1 AND +payment_request_id >= ? AND +payment_request_id < ?, 0) \
             AND NOT coalesce(1 AND +payment_id >= ? AND +payment_id < ?, 0)"
        );
    }
}
