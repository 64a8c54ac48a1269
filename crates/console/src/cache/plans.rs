//! Page plans remembered per (filter, sort): choosing one probes several indexes, which costs
//! more than the page itself, and scrolling asks for many pages of one filter. Any write forgets
//! them all, since a plan rests on how the rows are spread. A plan is only a speed choice: every
//! access shape returns the same rows, so a plan that is stale for a moment is still correct.

use std::collections::HashMap;
use std::sync::Mutex;

use super::query::{Access, PaymentQuery};
use crate::ipc::dto::PaymentSort;

/// More distinct filters than this and the memo starts afresh.
const MAX_PLANS: usize = 256;

#[derive(Debug, Default)]
pub(crate) struct PlanMemo {
    plans: Mutex<HashMap<(PaymentQuery, PaymentSort), Option<Access>>>,
}

impl PlanMemo {
    /// The plan remembered for `query` in `sort` order (`Some(None)`: read the search's rows).
    pub(crate) fn recall(&self, query: &PaymentQuery, sort: PaymentSort) -> Option<Option<Access>> {
        self.lock().get(&(query.clone(), sort)).copied()
    }

    pub(crate) fn remember(&self, query: &PaymentQuery, sort: PaymentSort, access: Option<Access>) {
        let mut plans = self.lock();
        if plans.len() >= MAX_PLANS {
            plans.clear();
        }
        plans.insert((query.clone(), sort), access);
    }

    /// Called after every write to the cache.
    pub(crate) fn forget(&self) {
        self.lock().clear();
    }

    fn lock(
        &self,
    ) -> std::sync::MutexGuard<'_, HashMap<(PaymentQuery, PaymentSort), Option<Access>>> {
        // A panic while holding the lock leaves a map that is still whole.
        self.plans.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(search: &str) -> PaymentQuery {
        PaymentQuery {
            search: Some(search.to_owned()),
            ..PaymentQuery::default()
        }
    }

    #[test]
    fn plans_are_kept_per_filter_and_sort_until_a_write() {
        let memo = PlanMemo::default();
        assert_eq!(memo.recall(&query("A"), PaymentSort::CreatedDesc), None);
        memo.remember(&query("A"), PaymentSort::CreatedDesc, None);
        assert_eq!(
            memo.recall(&query("A"), PaymentSort::CreatedDesc),
            Some(None)
        );
        assert_eq!(memo.recall(&query("A"), PaymentSort::AmountAsc), None);
        assert_eq!(memo.recall(&query("B"), PaymentSort::CreatedDesc), None);
        memo.forget();
        assert_eq!(memo.recall(&query("A"), PaymentSort::CreatedDesc), None);
    }

    #[test]
    fn the_memo_starts_afresh_past_its_bound() {
        let memo = PlanMemo::default();
        for i in 0..MAX_PLANS {
            memo.remember(&query(&i.to_string()), PaymentSort::CreatedDesc, None);
        }
        assert_eq!(
            memo.recall(&query("0"), PaymentSort::CreatedDesc),
            Some(None)
        );
        memo.remember(&query("new"), PaymentSort::CreatedDesc, None);
        assert_eq!(memo.recall(&query("0"), PaymentSort::CreatedDesc), None);
        assert_eq!(
            memo.recall(&query("new"), PaymentSort::CreatedDesc),
            Some(None)
        );
    }
}
