//! Payment methods the sandbox knows: which are cards, what the checkout page offers, and the
//! cancellation window of each (protocol.md §3.4). Pure functions of the method and times.

use chrono::{DateTime, Duration, FixedOffset, NaiveTime, Offset, TimeZone, Utc};

/// Methods offered on the hosted checkout page, with display names.
pub const CHECKOUT_METHODS: &[(&str, &str)] = &[
    ("CARD", "Card (Visa / Mastercard)"),
    ("ALIPAY_CN", "Alipay"),
    ("ALIPAY_HK", "AlipayHK"),
    ("GCASH", "GCash"),
    ("DANA", "DANA"),
    ("KAKAOPAY", "Kakao Pay"),
    ("TRUEMONEY", "TrueMoney"),
    ("TNG", "Touch'n Go eWallet"),
    ("PAYPAY", "PayPay"),
    ("JKOPAY", "JKOPay"),
    ("ONLINEBANKING_FPX", "FPX online banking"),
];

/// Card-like methods: payment success is only an authorisation; captures apply.
pub fn is_card(method: &str) -> bool {
    matches!(method, "CARD" | "APPLEPAY" | "GOOGLEPAY")
}

fn is_indonesian(method: &str) -> bool {
    matches!(
        method,
        "DANA" | "OVO" | "QRIS" | "LINKAJA" | "GOPAY_ID" | "SHOPEEPAY_ID" | "AKULAKU_PAYLATER_ID"
    ) || method.ends_with("_ID")
}

fn is_thai_banking(method: &str) -> bool {
    matches!(
        method,
        "BANGKOKBANK" | "KRUNGTHAIBANK" | "SIAMCOMMERCIALBANK" | "KRUNGSRIBANK" | "KASIKORNBANK"
    ) || (method.starts_with("ONLINEBANKING_") && method.ends_with("_TH"))
}

/// Until when a paid payment may be cancelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CancelWindow {
    /// Indonesian methods and JKOPay.
    Never,
    /// Thai online/mobile banking: only while unpaid.
    BeforePayment,
    /// Up to and including this instant.
    Until(DateTime<Utc>),
}

/// The window for a payment made with `method` and completed at `paid_at`.
pub fn cancel_window(method: &str, paid_at: DateTime<Utc>) -> CancelWindow {
    if is_indonesian(method) || method == "JKOPAY" {
        CancelWindow::Never
    } else if is_thai_banking(method) {
        CancelWindow::BeforePayment
    } else if is_card(method) || method.starts_with("MERCADOPAGO") {
        CancelWindow::Until(paid_at + Duration::days(7))
    } else {
        CancelWindow::Until(next_day_0015_utc8(paid_at))
    }
}

/// 00:15 (UTC+8) on the day after `at`'s date in UTC+8.
fn next_day_0015_utc8(at: DateTime<Utc>) -> DateTime<Utc> {
    let utc8 = FixedOffset::east_opt(8 * 3600).unwrap_or_else(|| Utc.fix());
    let local_date = at.with_timezone(&utc8).date_naive();
    let next = local_date.succ_opt().unwrap_or(local_date);
    let time = NaiveTime::from_hms_opt(0, 15, 0).unwrap_or_default();
    utc8.from_local_datetime(&next.and_time(time))
        .single()
        .map_or(at, |t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::parse_time;

    #[test]
    fn windows_per_method() {
        let paid = parse_time("2026-03-10T15:00:00+08:00").unwrap();
        assert_eq!(cancel_window("DANA", paid), CancelWindow::Never);
        assert_eq!(cancel_window("JKOPAY", paid), CancelWindow::Never);
        assert_eq!(cancel_window("GOPAY_ID", paid), CancelWindow::Never);
        assert_eq!(
            cancel_window("KRUNGTHAIBANK", paid),
            CancelWindow::BeforePayment
        );
        assert_eq!(
            cancel_window("CARD", paid),
            CancelWindow::Until(paid + Duration::days(7))
        );
        assert_eq!(
            cancel_window("GCASH", paid),
            CancelWindow::Until(parse_time("2026-03-11T00:15:00+08:00").unwrap())
        );
        // Paid 00:10 UTC+8: still "next day" 00:15, almost a full day later.
        let early = parse_time("2026-03-10T00:10:00+08:00").unwrap();
        assert_eq!(
            cancel_window("ALIPAY_CN", early),
            CancelWindow::Until(parse_time("2026-03-11T00:15:00+08:00").unwrap())
        );
    }
}
