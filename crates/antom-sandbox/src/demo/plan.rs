//! The demo plan: which payments to create, with which method, currency, amount, age and fate.
//! Pure and deterministic (a seed in, the same plan out); nothing here talks to the network.

use chrono::{DateTime, Duration, Utc};

/// What happens to a demo payment after its session is created.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scenario {
    /// The buyer never submits: the session stays open.
    Initiated,
    /// The buyer left 3-D Secure (cards only): PROCESSING until the session expires.
    Processing,
    /// Paid, final result pending.
    Pending,
    Failed,
    /// APM paid (or card captured automatically).
    Paid,
    /// Card authorised for manual capture, not captured yet.
    Authorized,
    /// Card authorised, then captured in full.
    Captured,
    PartiallyRefunded,
    Refunded,
    Cancelled,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoPayment {
    pub payment_request_id: String,
    pub reference_order_id: String,
    pub method: &'static str,
    pub currency: &'static str,
    /// Minor units.
    pub amount: i64,
    pub manual_capture: bool,
    pub scenario: Scenario,
    pub created_at: DateTime<Utc>,
}

/// (method, currencies it is offered in). Nine methods, ten currencies, JPY, KRW and IDR among them.
const METHODS: &[(&str, &[&str])] = &[
    ("CARD", &["SGD", "USD", "HKD", "JPY"]),
    ("ALIPAY_CN", &["CNY"]),
    ("ALIPAY_HK", &["HKD"]),
    ("GCASH", &["PHP"]),
    ("DANA", &["IDR"]),
    ("KAKAOPAY", &["KRW"]),
    ("TRUEMONEY", &["THB"]),
    ("PAYPAY", &["JPY"]),
    ("JKOPAY", &["TWD"]),
];

/// A small deterministic generator (xorshift64*), so the demo needs no randomness source.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// A realistic amount in minor units, respecting Antom's amount rules (IDR and JKOPay TWD in
/// whole units, 0-decimal JPY and KRW).
fn amount(dice: &mut Dice, method: &str, currency: &str) -> i64 {
    let units: i64 = match currency {
        "JPY" => 500 + 100 * dice.below(400) as i64,
        "KRW" => 1_000 + 1_000 * dice.below(300) as i64,
        "IDR" => 10_000 + 1_000 * dice.below(2_000) as i64,
        "PHP" | "THB" | "TWD" => 100 + 10 * dice.below(500) as i64,
        _ => 5 + dice.below(495) as i64,
    };
    match currency {
        "JPY" | "KRW" => units,
        "IDR" => units * 100,
        "TWD" if method == "JKOPAY" => units * 100,
        _ => units * 100 + dice.below(100) as i64,
    }
}

fn scenario_for(dice: &mut Dice, method: &str) -> (Scenario, bool) {
    let card = method == "CARD";
    // Indonesian methods and JKOPay can never be cancelled; give them another fate.
    let cancellable = !matches!(method, "DANA" | "JKOPAY");
    let roll = dice.below(100);
    let scenario = match roll {
        0..=3 => Scenario::Initiated,
        4..=7 if card => Scenario::Processing,
        8..=10 => Scenario::Pending,
        11..=18 => Scenario::Failed,
        19..=27 if cancellable => Scenario::Cancelled,
        28..=39 => Scenario::PartiallyRefunded,
        40..=47 => Scenario::Refunded,
        48..=62 if card => Scenario::Authorized,
        63..=72 if card => Scenario::Captured,
        _ => Scenario::Paid,
    };
    // Cards that must stay uncaptured (or be voided) are authorised for manual capture.
    let manual = card
        && matches!(
            scenario,
            Scenario::Authorized | Scenario::Captured | Scenario::Cancelled
        );
    (scenario, manual)
}

/// How far back a payment in this scenario may have been created and still show that state
/// (sessions expire after 1 h; authorisations after 7 days).
fn max_age(scenario: Scenario) -> Duration {
    match scenario {
        Scenario::Initiated | Scenario::Processing | Scenario::Pending => Duration::minutes(50),
        Scenario::Authorized => Duration::days(6),
        _ => Duration::days(30),
    }
}

/// `count` payments ending at `now`, oldest first. The same `seed` gives the same plan.
pub fn demo_plan(count: usize, now: DateTime<Utc>, seed: u64) -> Vec<DemoPayment> {
    let mut dice = Dice(seed | 1);
    let mut plan: Vec<DemoPayment> = (0..count)
        .map(|i| {
            let (method, currencies) = METHODS[i % METHODS.len()];
            let currency = currencies[dice.below(currencies.len() as u64) as usize];
            let (scenario, manual_capture) = scenario_for(&mut dice, method);
            let age_secs = dice.below(max_age(scenario).num_seconds() as u64) as i64;
            DemoPayment {
                payment_request_id: format!("DEMO-{seed:x}-{i:05}"),
                reference_order_id: format!("ORDER-{:06}", 100_000 + i),
                method,
                currency,
                amount: amount(&mut dice, method, currency),
                manual_capture,
                scenario,
                created_at: now - Duration::seconds(age_secs + 60),
            }
        })
        .collect();
    plan.sort_by_key(|p| p.created_at);
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn now() -> DateTime<Utc> {
        "2026-11-25T00:00:00Z".parse().unwrap()
    }

    #[test]
    fn the_plan_is_deterministic() {
        assert_eq!(demo_plan(120, now(), 7), demo_plan(120, now(), 7));
        assert_ne!(demo_plan(120, now(), 7), demo_plan(120, now(), 8));
    }

    #[test]
    fn a_few_hundred_payments_cover_every_state_method_and_currency_asked_for() {
        let plan = demo_plan(300, now(), 42);
        let scenarios: HashSet<_> = plan.iter().map(|p| p.scenario).collect();
        for s in [
            Scenario::Initiated,
            Scenario::Processing,
            Scenario::Pending,
            Scenario::Failed,
            Scenario::Paid,
            Scenario::Authorized,
            Scenario::Captured,
            Scenario::PartiallyRefunded,
            Scenario::Refunded,
            Scenario::Cancelled,
        ] {
            assert!(scenarios.contains(&s), "{s:?} missing");
        }
        let methods: HashSet<_> = plan.iter().map(|p| p.method).collect();
        assert!(methods.len() >= 8, "{methods:?}");
        let currencies: HashSet<_> = plan.iter().map(|p| p.currency).collect();
        assert!(currencies.len() >= 6, "{currencies:?}");
        for c in ["JPY", "KRW", "IDR"] {
            assert!(currencies.contains(c), "{c} missing");
        }
    }

    #[test]
    fn amounts_follow_antoms_amount_rules() {
        for p in demo_plan(300, now(), 42) {
            assert!(p.amount > 0);
            if p.currency == "IDR" || (p.currency == "TWD" && p.method == "JKOPAY") {
                assert_eq!(p.amount % 100, 0, "{p:?}");
            }
        }
    }

    #[test]
    fn fates_fit_their_windows_and_methods() {
        for p in demo_plan(300, now(), 42) {
            assert!(p.created_at <= now() - Duration::seconds(60));
            assert!(now() - p.created_at <= max_age(p.scenario) + Duration::seconds(60));
            if p.scenario == Scenario::Cancelled {
                assert!(!matches!(p.method, "DANA" | "JKOPAY"), "{p:?}");
            }
            if matches!(p.scenario, Scenario::Authorized | Scenario::Captured) {
                assert_eq!(p.method, "CARD");
                assert!(p.manual_capture);
            }
        }
    }
}
