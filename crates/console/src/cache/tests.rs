//! Tests of the payment cache against real SQLite files in temp folders.
//! Pagination, filters, search, counts and idempotent event application.

use std::collections::HashSet;

use chrono_tz::Tz;

use super::*;
use crate::ipc::dto::{EventSource, PaymentFilter, PaymentSort, PaymentState};

const STATES: [PaymentState; 4] = [
    PaymentState::Paid,
    PaymentState::Authorized,
    PaymentState::Failed,
    PaymentState::Refunded,
];

/// Deterministic rows: many share created_at and amount so the tiebreak matters.
fn record(i: usize) -> PaymentRecord {
    let base = 1_700_000_000_000_i64;
    PaymentRecord {
        payment_request_id: format!("PR{:05}", (i * 7919) % 100_000),
        payment_id: Some(format!("2024{:08}", i)),
        reference_order_id: Some(format!("ORD-{}", i % 50)),
        method: Some(if i % 3 == 0 { "CARD" } else { "GCASH" }.to_owned()),
        state: STATES[i % STATES.len()],
        amount_minor: ((i % 13) * 100) as i64,
        currency: if i % 2 == 0 { "SGD" } else { "USD" }.to_owned(),
        captured_minor: 0,
        refunded_minor: 0,
        capture_mode: None,
        created_at: base + ((i / 3) as i64) * 3_600_000,
        updated_at: base,
        paid_at: None,
        auth_expires_at: None,
        buyer_reference: None,
    }
}

async fn filled(n: usize) -> (tempfile::TempDir, PaymentCache, Vec<PaymentRecord>) {
    let dir = tempfile::tempdir().unwrap();
    let cache = PaymentCache::open(&dir.path().join("cache.db"))
        .await
        .unwrap();
    let rows: Vec<PaymentRecord> = (0..n).map(record).collect();
    cache.insert_records(&rows).await.unwrap();
    (dir, cache, rows)
}

async fn walk(
    cache: &PaymentCache,
    q: &PaymentQuery,
    sort: PaymentSort,
    limit: u32,
) -> Vec<PaymentRecord> {
    let mut out = Vec::new();
    let mut cursor = None;
    loop {
        let page = cache.page(q, sort, limit, cursor.as_ref()).await.unwrap();
        assert!(page.records.len() <= limit as usize);
        out.extend(page.records);
        match page.next {
            Some(c) => {
                let text = c.encode();
                cursor = Some(Cursor::decode(&text, sort).unwrap());
            }
            None => break,
        }
    }
    out
}

fn expected(
    rows: &[PaymentRecord],
    keep: impl Fn(&PaymentRecord) -> bool,
    sort: PaymentSort,
) -> Vec<String> {
    let mut v: Vec<&PaymentRecord> = rows.iter().filter(|r| keep(r)).collect();
    v.sort_by(|a, b| {
        let ka = match sort {
            PaymentSort::CreatedAsc | PaymentSort::CreatedDesc => a.created_at,
            _ => a.amount_minor,
        };
        let kb = match sort {
            PaymentSort::CreatedAsc | PaymentSort::CreatedDesc => b.created_at,
            _ => b.amount_minor,
        };
        (ka, &a.payment_request_id).cmp(&(kb, &b.payment_request_id))
    });
    if matches!(sort, PaymentSort::CreatedDesc | PaymentSort::AmountDesc) {
        v.reverse();
    }
    v.into_iter()
        .map(|r| r.payment_request_id.clone())
        .collect()
}

const SORTS: [PaymentSort; 4] = [
    PaymentSort::CreatedDesc,
    PaymentSort::CreatedAsc,
    PaymentSort::AmountDesc,
    PaymentSort::AmountAsc,
];

#[tokio::test]
async fn walking_all_pages_yields_every_row_once_in_order_for_each_sort() {
    let (_dir, cache, rows) = filled(997).await;
    let q = PaymentQuery::default();
    for sort in SORTS {
        let got: Vec<String> = walk(&cache, &q, sort, 37)
            .await
            .into_iter()
            .map(|r| r.payment_request_id)
            .collect();
        let unique: HashSet<&String> = got.iter().collect();
        assert_eq!(unique.len(), rows.len(), "{sort:?}: duplicates or gaps");
        assert_eq!(got, expected(&rows, |_| true, sort), "{sort:?}");
    }
}

#[tokio::test]
async fn filters_combine_and_count_agrees_with_the_walk() {
    let (_dir, cache, rows) = filled(600).await;
    let filter = PaymentFilter {
        states: vec![PaymentState::Paid, PaymentState::Failed],
        methods: vec!["GCASH".into()],
        currency: Some("sgd".into()),
        min_minor: Some(300),
        max_minor: Some(900),
        ..PaymentFilter::default()
    };
    let q = PaymentQuery::from_filter(&filter, Tz::UTC).unwrap();
    let keep = |r: &PaymentRecord| {
        matches!(r.state, PaymentState::Paid | PaymentState::Failed)
            && r.method.as_deref() == Some("GCASH")
            && r.currency == "SGD"
            && (300..=900).contains(&r.amount_minor)
    };
    for sort in SORTS {
        let got: Vec<String> = walk(&cache, &q, sort, 7)
            .await
            .into_iter()
            .map(|r| r.payment_request_id)
            .collect();
        assert_eq!(got, expected(&rows, keep, sort));
    }
    let want = rows.iter().filter(|r| keep(r)).count() as u64;
    assert!(want > 0);
    assert_eq!(cache.count(&q).await.unwrap(), want);
    assert_eq!(cache.count(&PaymentQuery::default()).await.unwrap(), 600);
}

#[tokio::test]
async fn created_dates_are_local_days_in_the_profile_time_zone() {
    let dir = tempfile::tempdir().unwrap();
    let cache = PaymentCache::open(&dir.path().join("c.db")).await.unwrap();
    // 2024-03-01T15:30Z is 2024-03-01 23:30 in Singapore; 16:30Z is already 2024-03-02 there.
    let mut a = record(1);
    a.payment_request_id = "A".into();
    a.created_at = 1_709_307_000_000;
    let mut b = record(2);
    b.payment_request_id = "B".into();
    b.created_at = 1_709_310_600_000;
    cache.insert_records(&[a, b]).await.unwrap();
    let day = |tz: Tz, from: &str, to: &str| {
        PaymentQuery::from_filter(
            &PaymentFilter {
                created_from: Some(from.into()),
                created_to: Some(to.into()),
                ..PaymentFilter::default()
            },
            tz,
        )
        .unwrap()
    };
    let sg: Tz = "Asia/Singapore".parse().unwrap();
    let ids = |page: RecordPage| {
        page.records
            .into_iter()
            .map(|r| r.payment_request_id)
            .collect::<Vec<_>>()
    };
    let p = cache
        .page(
            &day(sg, "2024-03-01", "2024-03-01"),
            PaymentSort::CreatedAsc,
            10,
            None,
        )
        .await
        .unwrap();
    assert_eq!(ids(p), vec!["A"]);
    let p = cache
        .page(
            &day(sg, "2024-03-02", "2024-03-02"),
            PaymentSort::CreatedAsc,
            10,
            None,
        )
        .await
        .unwrap();
    assert_eq!(ids(p), vec!["B"]);
    let p = cache
        .page(
            &day(Tz::UTC, "2024-03-01", "2024-03-01"),
            PaymentSort::CreatedAsc,
            10,
            None,
        )
        .await
        .unwrap();
    assert_eq!(ids(p), vec!["A", "B"]);
}

#[tokio::test]
async fn prefix_search_matches_any_id_column_and_uses_indexes() {
    let (_dir, cache, rows) = filled(300).await;
    for (term, keep) in [
        (
            "PR0",
            Box::new(|r: &PaymentRecord| r.payment_request_id.starts_with("PR0"))
                as Box<dyn Fn(&PaymentRecord) -> bool>,
        ),
        (
            "20240000012",
            Box::new(|r: &PaymentRecord| {
                r.payment_id.as_deref().unwrap().starts_with("20240000012")
            }),
        ),
        (
            "ORD-4",
            Box::new(|r: &PaymentRecord| {
                r.reference_order_id
                    .as_deref()
                    .unwrap()
                    .starts_with("ORD-4")
            }),
        ),
        ("nothing", Box::new(|_: &PaymentRecord| false)),
    ] {
        let q = PaymentQuery::from_filter(
            &PaymentFilter {
                search: Some(format!(" {term} ")),
                ..PaymentFilter::default()
            },
            Tz::UTC,
        )
        .unwrap();
        let got: Vec<String> = walk(&cache, &q, PaymentSort::CreatedDesc, 50)
            .await
            .into_iter()
            .map(|r| r.payment_request_id)
            .collect();
        assert_eq!(
            got,
            expected(&rows, &keep, PaymentSort::CreatedDesc),
            "{term}"
        );
        assert_eq!(cache.count(&q).await.unwrap(), got.len() as u64);
        let plan = cache
            .explain_page(&q, PaymentSort::CreatedDesc)
            .await
            .unwrap()
            .join("\n");
        for index in ["payments_payment_id", "payments_reference_order"] {
            assert!(
                plan.contains(index),
                "{term}: plan does not use {index}:\n{plan}"
            );
        }
        assert!(
            !plan.contains("SCAN payments"),
            "{term}: full scan:\n{plan}"
        );
    }
    assert_eq!(prefix_upper_bound("AB9"), Some("AB:".to_owned()));
    assert_eq!(prefix_upper_bound(&char::MAX.to_string()), None);
}

#[tokio::test]
async fn bad_filters_and_cursors_are_refused() {
    let (_dir, cache, _) = filled(5).await;
    let amount_only = PaymentFilter {
        min_minor: Some(1),
        ..PaymentFilter::default()
    };
    assert!(matches!(
        PaymentQuery::from_filter(&amount_only, Tz::UTC),
        Err(CacheError::Invalid(_))
    ));
    let bad_date = PaymentFilter {
        created_from: Some("01/02/2024".into()),
        ..PaymentFilter::default()
    };
    assert!(matches!(
        PaymentQuery::from_filter(&bad_date, Tz::UTC),
        Err(CacheError::Invalid(_))
    ));
    let q = PaymentQuery::default();
    let c = Cursor {
        sort: PaymentSort::AmountAsc,
        key: 0,
        payment_request_id: "x".into(),
    };
    assert!(cache
        .page(&q, PaymentSort::CreatedAsc, 10, Some(&c))
        .await
        .is_err());
    assert!(cache
        .page(&q, PaymentSort::CreatedAsc, 0, None)
        .await
        .is_err());
}

fn observation(source: EventSource, raw: &str, facts: Facts, at: i64) -> Observation {
    Observation {
        payment_request_id: "PAY_1".into(),
        source,
        summary: "s".into(),
        recorded_at: at,
        raw_json: raw.into(),
        facts,
    }
}

#[tokio::test]
async fn applying_the_same_event_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let cache = PaymentCache::open(&dir.path().join("c.db")).await.unwrap();
    let created = observation(
        EventSource::SessionCreated,
        "{\"a\":1}",
        Facts {
            amount: Some((1234, "SGD".into())),
            state: Some(PaymentState::Initiated),
            ..Facts::default()
        },
        1_000,
    );
    assert_eq!(cache.apply(&created).await.unwrap(), Applied::Changed);
    assert_eq!(cache.apply(&created).await.unwrap(), Applied::Duplicate);
    let paid = observation(
        EventSource::Inquiry,
        "{\"b\":2}",
        Facts {
            state: Some(PaymentState::Paid),
            payment_id: Some("P9".into()),
            ..Facts::default()
        },
        2_000,
    );
    assert_eq!(cache.apply(&paid).await.unwrap(), Applied::Changed);
    let row = cache.find("P9").await.unwrap().unwrap();
    assert_eq!(
        (row.state, row.amount_minor, row.created_at, row.updated_at),
        (PaymentState::Paid, 1234, 1_000, 2_000)
    );
    assert_eq!(cache.apply(&paid).await.unwrap(), Applied::Duplicate);
    // A late non-snapshot event cannot move the payment backwards.
    let late = observation(
        EventSource::Notification,
        "{\"c\":3}",
        Facts {
            state: Some(PaymentState::Processing),
            ..Facts::default()
        },
        3_000,
    );
    assert_eq!(cache.apply(&late).await.unwrap(), Applied::Unchanged);
    assert_eq!(cache.find("PAY_1").await.unwrap().unwrap(), row);
    let events = cache.events("PAY_1").await.unwrap();
    assert_eq!(events.len(), 3);
    assert_eq!(events[0].source, EventSource::Notification);
    // An event for an unknown payment without an amount cannot create a row.
    let mut orphan = observation(EventSource::Inquiry, "{}", Facts::default(), 1);
    orphan.payment_request_id = "OTHER".into();
    assert!(matches!(
        cache.apply(&orphan).await,
        Err(CacheError::Incomplete(_))
    ));
    assert!(cache.events("OTHER").await.unwrap().is_empty());
}

async fn walk_via(
    cache: &PaymentCache,
    q: &PaymentQuery,
    sort: PaymentSort,
    limit: u32,
    access: Option<query::Access>,
) -> Vec<String> {
    let mut out = Vec::new();
    let mut cursor: Option<Cursor> = None;
    loop {
        let page = cache
            .page_via(q, sort, limit, cursor.as_ref(), access)
            .await
            .unwrap();
        assert!(page.records.len() <= limit as usize);
        out.extend(page.records.into_iter().map(|r| r.payment_request_id));
        match page.next {
            Some(c) => cursor = Some(Cursor::decode(&c.encode(), sort).unwrap()),
            None => break,
        }
    }
    out
}

#[tokio::test]
async fn every_access_shape_pages_in_order_including_per_value_union_branches() {
    let (_dir, cache, rows) = filled(900).await;
    let filters = [
        PaymentFilter {
            states: vec![PaymentState::Paid, PaymentState::Failed],
            methods: vec!["GCASH".into(), "CARD".into()],
            currency: Some("SGD".into()),
            min_minor: Some(200),
            max_minor: Some(1000),
            created_from: Some("2023-11-16".into()),
            created_to: Some("2023-12-20".into()),
            ..PaymentFilter::default()
        },
        PaymentFilter {
            states: vec![
                PaymentState::Refunded,
                PaymentState::Authorized,
                PaymentState::Paid,
            ],
            ..PaymentFilter::default()
        },
        PaymentFilter {
            methods: vec!["CARD".into()],
            created_from: Some("2023-11-20".into()),
            ..PaymentFilter::default()
        },
    ];
    for filter in &filters {
        let q = PaymentQuery::from_filter(filter, Tz::UTC).unwrap();
        let keep = |r: &PaymentRecord| {
            (q.states.is_empty() || q.states.contains(&r.state))
                && (q.methods.is_empty() || q.methods.iter().any(|m| Some(m) == r.method.as_ref()))
                && q.currency.as_ref().is_none_or(|c| *c == r.currency)
                && q.min_minor.is_none_or(|v| r.amount_minor >= v)
                && q.max_minor.is_none_or(|v| r.amount_minor <= v)
                && q.created_from.is_none_or(|v| r.created_at >= v)
                && q.created_before.is_none_or(|v| r.created_at < v)
        };
        let want_count = rows.iter().filter(|r| keep(r)).count();
        assert!(want_count > 3, "{filter:?}: too few rows to page");
        assert_eq!(cache.count(&q).await.unwrap(), want_count as u64);
        for sort in SORTS {
            let want = expected(&rows, keep, sort);
            assert_eq!(walk(&cache, &q, sort, 3).await.len(), want.len());
            for access in query::all_accesses(&q) {
                for limit in [1, 4, 50] {
                    let got = walk_via(&cache, &q, sort, limit, Some(access)).await;
                    assert_eq!(got, want, "{filter:?} {sort:?} {access:?} limit {limit}");
                }
            }
        }
    }
}

#[tokio::test]
async fn amount_sorted_method_filter_walks_its_index_without_sorting() {
    let (_dir, cache, _) = filled(600).await;
    for methods in [vec!["CARD".to_owned()], vec!["CARD".into(), "GCASH".into()]] {
        let q = PaymentQuery::from_filter(
            &PaymentFilter {
                methods: methods.clone(),
                ..PaymentFilter::default()
            },
            Tz::UTC,
        )
        .unwrap();
        for sort in [PaymentSort::AmountDesc, PaymentSort::AmountAsc] {
            let plan = cache.explain_page(&q, sort).await.unwrap().join("\n");
            assert!(
                plan.contains("USING COVERING INDEX payments_method_amount"),
                "{methods:?} {sort:?}:\n{plan}"
            );
            // One branch per method walks the index in order; only the merge of the branches'
            // pages (at most a page per method) may be sorted.
            let sorts = plan.matches("USE TEMP B-TREE").count();
            assert_eq!(
                sorts,
                usize::from(methods.len() > 1),
                "{methods:?} {sort:?}:\n{plan}"
            );
        }
    }
}

#[tokio::test]
async fn repeated_filter_values_and_search_with_filters_page_once_per_row() {
    let (_dir, cache, mut rows) = filled(400).await;
    let mut both = record(0);
    both.payment_request_id = "PR0_BOTH".into();
    both.payment_id = Some("PR0_BOTH_PAYMENT".into());
    both.state = PaymentState::Paid;
    cache
        .insert_records(std::slice::from_ref(&both))
        .await
        .unwrap();
    rows.push(both);
    let q = PaymentQuery::from_filter(
        &PaymentFilter {
            states: vec![PaymentState::Paid, PaymentState::Failed, PaymentState::Paid],
            methods: vec!["CARD".into(), "CARD".into()],
            ..PaymentFilter::default()
        },
        Tz::UTC,
    )
    .unwrap();
    let keep = |r: &PaymentRecord| {
        matches!(r.state, PaymentState::Paid | PaymentState::Failed)
            && r.method.as_deref() == Some("CARD")
    };
    for sort in SORTS {
        let want = expected(&rows, keep, sort);
        for access in query::all_accesses(&q) {
            assert_eq!(walk_via(&cache, &q, sort, 5, Some(access)).await, want);
        }
    }
    // A prefix matching two id columns of one row, narrowed by a state filter.
    let q = PaymentQuery::from_filter(
        &PaymentFilter {
            search: Some("PR0".into()),
            states: vec![PaymentState::Paid],
            ..PaymentFilter::default()
        },
        Tz::UTC,
    )
    .unwrap();
    let keep = |r: &PaymentRecord| {
        r.payment_request_id.starts_with("PR0") && r.state == PaymentState::Paid
    };
    for sort in SORTS {
        let got: Vec<String> = walk(&cache, &q, sort, 4)
            .await
            .into_iter()
            .map(|r| r.payment_request_id)
            .collect();
        assert_eq!(got, expected(&rows, keep, sort), "{sort:?}");
        // The same search tested row by row on index walks (a search matching many rows).
        for access in query::all_accesses(&q) {
            let got = walk_via(&cache, &q, sort, 4, Some(access)).await;
            assert_eq!(got, expected(&rows, keep, sort), "{sort:?} {access:?}");
        }
    }
    assert_eq!(
        cache.count(&q).await.unwrap(),
        rows.iter().filter(|r| keep(r)).count() as u64
    );
}

#[tokio::test]
async fn a_version_1_cache_gains_the_list_indexes_and_keeps_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.db");
    let v1 = crate::database::open(&path, &MIGRATIONS[..1])
        .await
        .unwrap();
    sqlx::query(&format!(
        "INSERT INTO payments ({COLUMNS}) VALUES (?, NULL, NULL, 'CARD', 'PAID', 5, 'SGD', 0, 0, \
         NULL, 1, 1, NULL, NULL, NULL)"
    ))
    .bind("PR_OLD")
    .execute(&v1)
    .await
    .unwrap();
    v1.close().await;
    let cache = PaymentCache::open(&path).await.unwrap();
    let version: i64 = sqlx::query_scalar("PRAGMA user_version")
        .fetch_one(cache.pool())
        .await
        .unwrap();
    assert_eq!(version, crate::database::latest(MIGRATIONS));
    let q = PaymentQuery::from_filter(
        &PaymentFilter {
            methods: vec!["CARD".into()],
            ..PaymentFilter::default()
        },
        Tz::UTC,
    )
    .unwrap();
    let page = cache
        .page(&q, PaymentSort::AmountDesc, 10, None)
        .await
        .unwrap();
    assert_eq!(page.records.len(), 1);
    let plan = cache
        .explain_page(&q, PaymentSort::AmountDesc)
        .await
        .unwrap()
        .join("\n");
    assert!(plan.contains("payments_method_amount"), "{plan}");
}

#[tokio::test]
async fn searches_matching_thousands_count_and_page_each_row_once() {
    // Over SEARCH_FIRST rows match: the counts scan wide indexes and pages may walk.
    let (_dir, cache, mut rows) = filled(4500).await;
    let mut every_column = record(4500);
    every_column.payment_request_id = "PR_EVERY".into();
    every_column.payment_id = Some("PR_EVERY_PAYMENT".into());
    every_column.reference_order_id = Some("PR_EVERY_ORDER".into());
    every_column.state = PaymentState::Paid;
    let mut no_ids = record(4501);
    no_ids.payment_request_id = "PR_NO_IDS".into();
    no_ids.payment_id = None;
    no_ids.reference_order_id = None;
    let extra = [every_column, no_ids];
    cache.insert_records(&extra).await.unwrap();
    rows.extend(extra);
    for (search, states) in [
        ("PR", vec![]),
        ("PR", vec![PaymentState::Paid]),
        ("2024", vec![PaymentState::Refunded, PaymentState::Paid]),
    ] {
        let q = PaymentQuery::from_filter(
            &PaymentFilter {
                search: Some(search.into()),
                states: states.clone(),
                ..PaymentFilter::default()
            },
            Tz::UTC,
        )
        .unwrap();
        let keep = |r: &PaymentRecord| {
            [
                Some(&r.payment_request_id),
                r.payment_id.as_ref(),
                r.reference_order_id.as_ref(),
            ]
            .iter()
            .flatten()
            .any(|id| id.starts_with(search))
                && (states.is_empty() || states.contains(&r.state))
        };
        let want = rows.iter().filter(|r| keep(r)).count() as u64;
        assert!(want > 1000, "{search}: the test needs many matches");
        assert_eq!(cache.count(&q).await.unwrap(), want, "{search} {states:?}");
        for sort in [PaymentSort::CreatedDesc, PaymentSort::AmountAsc] {
            let got: Vec<String> = walk(&cache, &q, sort, 500)
                .await
                .into_iter()
                .map(|r| r.payment_request_id)
                .collect();
            assert_eq!(got, expected(&rows, keep, sort), "{search} {sort:?}");
        }
    }
}

#[tokio::test]
async fn a_page_at_an_offset_starts_there_and_its_cursor_carries_on() {
    let (_dir, cache, rows) = filled(300).await;
    type Keep = Box<dyn Fn(&PaymentRecord) -> bool>;
    let cases: Vec<(PaymentFilter, Keep)> = vec![
        (PaymentFilter::default(), Box::new(|_| true)),
        (
            // Several leading values: the merged walk is replaced by the plain sort index.
            PaymentFilter {
                states: vec![PaymentState::Paid, PaymentState::Refunded],
                ..PaymentFilter::default()
            },
            Box::new(|r| matches!(r.state, PaymentState::Paid | PaymentState::Refunded)),
        ),
        (
            PaymentFilter {
                methods: vec!["CARD".into()],
                ..PaymentFilter::default()
            },
            Box::new(|r| r.method.as_deref() == Some("CARD")),
        ),
        (
            PaymentFilter {
                search: Some("ORD-1".into()),
                ..PaymentFilter::default()
            },
            Box::new(|r| {
                r.reference_order_id
                    .as_deref()
                    .is_some_and(|o| o.starts_with("ORD-1"))
            }),
        ),
    ];
    for (filter, keep) in &cases {
        let q = PaymentQuery::from_filter(filter, Tz::UTC).unwrap();
        for sort in SORTS {
            let want = expected(&rows, keep, sort);
            for offset in [1_usize, 7, 40, want.len() - 1, want.len(), want.len() + 5] {
                let page = cache.page_at(&q, sort, 10, offset as u64).await.unwrap();
                let got: Vec<String> = page
                    .records
                    .iter()
                    .map(|r| r.payment_request_id.clone())
                    .collect();
                let end = (offset + 10).min(want.len());
                let from = offset.min(want.len());
                assert_eq!(got, want[from..end], "{filter:?} {sort:?} at {offset}");
                if let Some(next) = page.next {
                    let more = cache.page(&q, sort, 10, Some(&next)).await.unwrap();
                    let got: Vec<String> = more
                        .records
                        .iter()
                        .map(|r| r.payment_request_id.clone())
                        .collect();
                    assert_eq!(got, want[end..(end + 10).min(want.len())]);
                } else {
                    assert_eq!(end, want.len(), "no cursor before the end");
                }
            }
        }
    }
}
