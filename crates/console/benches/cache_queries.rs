//! Fills a payment cache with 1,000,000 rows and measures list pages (p95), counts, and the
//! fill's insert rate against a plain rusqlite prepared-statement loop on the same schema.

use std::time::{Duration, Instant};

use chrono_tz::Tz;
use console::cache::{PaymentCache, PaymentQuery, PaymentRecord};
use console::ipc::dto::{PaymentFilter, PaymentSort, PaymentState};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// The rows of the fill; `ANTOM_BENCH_ROWS` sets another count for quick experiments (the
/// targets are for a million).
fn rows_wanted() -> usize {
    std::env::var("ANTOM_BENCH_ROWS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000)
}
const BATCH: usize = 10_000;
const METHODS: [&str; 6] = ["CARD", "GCASH", "ALIPAY_CN", "DANA", "TNG", "PAYPAY"];
const CURRENCIES: [&str; 5] = ["SGD", "USD", "EUR", "HKD", "JPY"];
const STATES: [(PaymentState, u32); 8] = [
    (PaymentState::Paid, 40),
    (PaymentState::Captured, 25),
    (PaymentState::Authorized, 5),
    (PaymentState::Failed, 12),
    (PaymentState::Cancelled, 5),
    (PaymentState::PartiallyRefunded, 5),
    (PaymentState::Refunded, 3),
    (PaymentState::Initiated, 5),
];

fn record(rng: &mut StdRng, i: usize) -> PaymentRecord {
    let start = 1_704_067_200_000_i64; // 2024-01-01
    let mut pick = rng.gen_range(0..100);
    let state = STATES
        .iter()
        .find(|(_, w)| {
            if pick < *w {
                true
            } else {
                pick -= w;
                false
            }
        })
        .map_or(PaymentState::Paid, |(s, _)| *s);
    let created = start + rng.gen_range(0..365 * 86_400_000_i64);
    PaymentRecord {
        payment_request_id: format!("PAY_{:016X}{i:07}", rng.gen::<u64>()),
        // Antom's paymentIds start with the creation time (yyyyMMddHHmmss), then digits.
        payment_id: Some(format!(
            "{}{:018}",
            chrono::DateTime::from_timestamp_millis(created)
                .unwrap_or_default()
                .format("%Y%m%d%H%M%S"),
            rng.gen_range(0..1_000_000_000_000_000_000_u64)
        )),
        reference_order_id: Some(format!("ORDER-{:08}", rng.gen_range(0..100_000_000))),
        method: Some(METHODS[rng.gen_range(0..METHODS.len())].to_owned()),
        state,
        amount_minor: rng.gen_range(100..1_000_000),
        currency: CURRENCIES[rng.gen_range(0..CURRENCIES.len())].to_owned(),
        captured_minor: 0,
        refunded_minor: 0,
        capture_mode: None,
        created_at: created,
        updated_at: created,
        paid_at: None,
        auth_expires_at: None,
        buyer_reference: None,
    }
}

fn p95(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[(samples.len() * 95 / 100).min(samples.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The baseline connection, with the same pragmas as the cache's own connections.
fn rusqlite_connection(path: &std::path::Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "NORMAL").unwrap();
    conn.pragma_update(None, "cache_size", console::database::CACHE_SIZE)
        .unwrap();
    conn.pragma_update(None, "mmap_size", console::database::MMAP_SIZE)
        .unwrap();
    conn
}

/// One batch through a plain rusqlite prepared-statement loop, in one transaction.
fn rusqlite_insert(conn: &mut rusqlite::Connection, chunk: &[PaymentRecord]) -> Duration {
    let started = Instant::now();
    let tx = conn.transaction().unwrap();
    {
        let mut stmt = tx
            .prepare_cached(&format!(
                "INSERT OR REPLACE INTO payments ({}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                console::cache::COLUMNS
            ))
            .unwrap();
        for r in chunk {
            stmt.execute(rusqlite::params![
                r.payment_request_id,
                r.payment_id,
                r.reference_order_id,
                r.method,
                console::cache::state::state_name(r.state),
                r.amount_minor,
                r.currency,
                r.captured_minor,
                r.refunded_minor,
                r.capture_mode,
                r.created_at,
                r.updated_at,
                r.paid_at,
                r.auth_expires_at,
                r.buyer_reference
            ])
            .unwrap();
        }
    }
    tx.commit().unwrap();
    started.elapsed()
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(run());
}

async fn run() {
    let mut rng = StdRng::seed_from_u64(7);
    let rows: Vec<PaymentRecord> = (0..rows_wanted()).map(|i| record(&mut rng, i)).collect();
    // ANTOM_BENCH_DIR keeps the filled cache there, and a later run with the same directory
    // measures the queries again without refilling (the rows are generated from a fixed seed).
    let (_temp, dir) = match std::env::var_os("ANTOM_BENCH_DIR") {
        Some(dir) => (None, std::path::PathBuf::from(dir)),
        None => {
            let temp = tempfile::tempdir().unwrap();
            let path = temp.path().to_owned();
            (Some(temp), path)
        }
    };
    std::fs::create_dir_all(&dir).unwrap();
    let filled = dir.join("cache.db");
    let cache = if filled.exists() {
        let cache = PaymentCache::open(&filled).await.unwrap();
        let q = PaymentQuery::default();
        assert_eq!(
            cache.count(&q).await.unwrap(),
            rows.len() as u64,
            "{} holds another fill; remove it",
            filled.display()
        );
        println!("fill: reusing {}", filled.display());
        cache
    } else {
        fill(&dir, &rows).await
    };
    measure(&cache, &rows).await;
    cache.close().await;
}

async fn fill(dir: &std::path::Path, rows: &[PaymentRecord]) -> PaymentCache {
    // Both files get the cache's schema (migrations included). The fills alternate batch by
    // batch, so load from other processes on the machine weighs on both alike.
    let baseline_path = dir.join("baseline.db");
    PaymentCache::open(&baseline_path)
        .await
        .unwrap()
        .close()
        .await;
    let mut conn = rusqlite_connection(&baseline_path);
    let cache = PaymentCache::open(&dir.join("cache.db")).await.unwrap();
    let (mut baseline, mut ours) = (Duration::ZERO, Duration::ZERO);
    for chunk in rows.chunks(BATCH) {
        baseline += rusqlite_insert(&mut conn, chunk);
        let started = Instant::now();
        cache.insert_records(chunk).await.unwrap();
        ours += started.elapsed();
    }
    drop(conn);
    let _ = std::fs::remove_file(&baseline_path);
    cache.analyze().await.unwrap();
    let count = rows.len();
    println!("fill: {count} rows");
    println!(
        "  console insert_records: {:.0} rows/s ({:.1} s)",
        count as f64 / ours.as_secs_f64(),
        ours.as_secs_f64()
    );
    println!(
        "  rusqlite prepared loop: {:.0} rows/s ({:.1} s)",
        count as f64 / baseline.as_secs_f64(),
        baseline.as_secs_f64()
    );
    println!(
        "  ratio (console / rusqlite): {:.2}  (target >= 0.80)",
        baseline.as_secs_f64() / ours.as_secs_f64()
    );
    cache
}

async fn measure(cache: &PaymentCache, rows: &[PaymentRecord]) {
    let sample = &rows[12_345];
    let f = |build: fn(&PaymentRecord) -> PaymentFilter| build(sample);
    let filters: Vec<(&str, PaymentFilter)> = vec![
        ("no filter", PaymentFilter::default()),
        (
            "state=paid",
            f(|_| PaymentFilter {
                states: vec![PaymentState::Paid],
                ..Default::default()
            }),
        ),
        (
            "state=refunded (rare)",
            f(|_| PaymentFilter {
                states: vec![PaymentState::Refunded],
                ..Default::default()
            }),
        ),
        (
            "states=failed+cancelled",
            f(|_| PaymentFilter {
                states: vec![PaymentState::Failed, PaymentState::Cancelled],
                ..Default::default()
            }),
        ),
        (
            "method=CARD",
            f(|_| PaymentFilter {
                methods: vec!["CARD".into()],
                ..Default::default()
            }),
        ),
        (
            "currency=SGD amount 1000..5000",
            f(|_| PaymentFilter {
                currency: Some("SGD".into()),
                min_minor: Some(1000),
                max_minor: Some(5000),
                ..Default::default()
            }),
        ),
        (
            "created in one week (SG)",
            f(|_| PaymentFilter {
                created_from: Some("2024-06-01".into()),
                created_to: Some("2024-06-07".into()),
                ..Default::default()
            }),
        ),
        (
            "state+method+currency+week",
            f(|_| PaymentFilter {
                states: vec![PaymentState::Captured],
                methods: vec!["CARD".into()],
                currency: Some("USD".into()),
                created_from: Some("2024-06-01".into()),
                created_to: Some("2024-06-07".into()),
                ..Default::default()
            }),
        ),
        (
            "refunded+DANA+JPY+amount",
            f(|_| PaymentFilter {
                states: vec![PaymentState::Refunded],
                methods: vec!["DANA".into()],
                currency: Some("JPY".into()),
                min_minor: Some(500_000),
                max_minor: Some(600_000),
                ..Default::default()
            }),
        ),
        (
            "search paymentRequestId prefix",
            f(|r| PaymentFilter {
                search: Some(r.payment_request_id[..10].to_owned()),
                ..Default::default()
            }),
        ),
        (
            "search paymentId prefix",
            f(|r| PaymentFilter {
                search: Some(r.payment_id.clone().unwrap()[..14].to_owned()),
                ..Default::default()
            }),
        ),
        (
            "search paymentId day (yyyyMMdd)",
            f(|r| PaymentFilter {
                search: Some(r.payment_id.clone().unwrap()[..8].to_owned()),
                ..Default::default()
            }),
        ),
        (
            "search paymentId month (yyyyMM)",
            f(|r| PaymentFilter {
                search: Some(r.payment_id.clone().unwrap()[..6].to_owned()),
                ..Default::default()
            }),
        ),
        (
            "search paymentId year (every row)",
            f(|r| PaymentFilter {
                search: Some(r.payment_id.clone().unwrap()[..4].to_owned()),
                ..Default::default()
            }),
        ),
        (
            "search `PAY_` (every row)",
            f(|_| PaymentFilter {
                search: Some("PAY_".into()),
                ..Default::default()
            }),
        ),
        (
            "search `PAY_` + state=refunded",
            f(|_| PaymentFilter {
                search: Some("PAY_".into()),
                states: vec![PaymentState::Refunded],
                ..Default::default()
            }),
        ),
        (
            "search order ref prefix",
            f(|r| PaymentFilter {
                search: Some(r.reference_order_id.clone().unwrap()[..12].to_owned()),
                ..Default::default()
            }),
        ),
        (
            "search, no match",
            f(|_| PaymentFilter {
                search: Some("ZZZ_NOTHING".into()),
                ..Default::default()
            }),
        ),
    ];
    let tz: Tz = "Asia/Singapore".parse().unwrap();
    println!("\npages of 50 (p95 per sort key over 40 first + 40 follow-on pages in each direction; target <= 2 ms) and counts (p95 of 10; target <= 50 ms):");
    let mut worst_page = Duration::ZERO;
    let mut worst_count = Duration::ZERO;
    let mut worst_jump = Duration::ZERO;
    for (label, filter) in &filters {
        let q = PaymentQuery::from_filter(filter, tz).unwrap();
        let mut page_times = [Vec::new(), Vec::new()];
        for sort in [
            PaymentSort::CreatedDesc,
            PaymentSort::CreatedAsc,
            PaymentSort::AmountDesc,
            PaymentSort::AmountAsc,
        ] {
            let mut cursor = None;
            for i in 0..80 {
                let t = Instant::now();
                let page = cache
                    .page(
                        &q,
                        sort,
                        50,
                        if i % 2 == 1 { cursor.as_ref() } else { None },
                    )
                    .await
                    .unwrap();
                let created = matches!(sort, PaymentSort::CreatedDesc | PaymentSort::CreatedAsc);
                page_times[usize::from(!created)].push(t.elapsed());
                if page.next.is_some() {
                    cursor = page.next;
                }
            }
        }
        let mut count_times = Vec::new();
        let mut total = 0;
        for _ in 0..10 {
            let t = Instant::now();
            total = cache.count(&q).await.unwrap();
            count_times.push(t.elapsed());
        }
        // Jumps (a dragged scrollbar): the page after a quarter, half, three quarters and all
        // but the last rows, newest first.
        let mut jump_times = Vec::new();
        for eighth in [2, 4, 6, 8] {
            let offset = (total * eighth / 8).saturating_sub(u64::from(eighth == 8));
            let t = Instant::now();
            cache
                .page_at(&q, PaymentSort::CreatedDesc, 200, offset)
                .await
                .unwrap();
            jump_times.push(t.elapsed());
        }
        let jump = jump_times.iter().max().copied().unwrap_or_default();
        worst_jump = worst_jump.max(jump);
        let [by_created, by_amount] = page_times;
        let (pc, pa, cp) = (p95(by_created), p95(by_amount), p95(count_times));
        worst_page = worst_page.max(pc).max(pa);
        worst_count = worst_count.max(cp);
        println!(
            "  {label:<34} page p95 created {:>6.2} ms  amount {:>6.2} ms   count p95 {:>6.2} ms   jump max {:>6.2} ms   ({total} rows)",
            ms(pc),
            ms(pa),
            ms(cp),
            ms(jump)
        );
    }
    println!(
        "\nworst page p95: {:.2} ms; worst count p95: {:.2} ms; slowest jump: {:.2} ms",
        ms(worst_page),
        ms(worst_count),
        ms(worst_jump)
    );
}
