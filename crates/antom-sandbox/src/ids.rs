//! Where Antom-side ids come from: 35-digit date-prefixed ids like Antom's, from a counter.
//! Deterministic for a given seed; the caller picks the seed (1 in tests, the wall clock live).

use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, Utc};

/// The kinds of id the sandbox hands out (two digits inside each id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Session,
    Payment,
    Capture,
    Refund,
    Notification,
}

impl IdKind {
    fn code(self) -> u8 {
        match self {
            IdKind::Session => 10,
            IdKind::Payment => 11,
            IdKind::Capture => 12,
            IdKind::Refund => 13,
            IdKind::Notification => 14,
        }
    }
}

/// A source of fresh ids.
pub trait IdSource: Send + Sync {
    fn next_id(&self, kind: IdKind, now: DateTime<Utc>) -> String;
}

/// `YYYYMMDDhhmmss` + two-digit kind + 19-digit counter = 35 digits, like
/// `20241119194010800100188200260012929`. Sessions get a `SANDBOX_SESSION_` prefix instead.
#[derive(Debug)]
pub struct SequentialIds {
    next: AtomicU64,
}

impl SequentialIds {
    pub fn starting_at(first: u64) -> SequentialIds {
        SequentialIds {
            next: AtomicU64::new(first),
        }
    }

    /// Seeded from the wall clock so ids stay unique across restarts on one database.
    pub fn seeded_from_wall_clock() -> SequentialIds {
        let micros = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| u64::try_from(d.as_micros()).unwrap_or(1));
        SequentialIds::starting_at(micros)
    }
}

impl IdSource for SequentialIds {
    fn next_id(&self, kind: IdKind, now: DateTime<Utc>) -> String {
        let n = self.next.fetch_add(1, Ordering::Relaxed) % 10_000_000_000_000_000_000;
        let digits = format!("{}{:02}{n:019}", now.format("%Y%m%d%H%M%S"), kind.code());
        match kind {
            IdKind::Session => format!("SANDBOX_SESSION_{digits}"),
            _ => digits,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_35_digits_and_date_prefixed() {
        let ids = SequentialIds::starting_at(1);
        let now = crate::clock::parse_time("2024-11-19T19:40:10+00:00").unwrap();
        let a = ids.next_id(IdKind::Payment, now);
        let b = ids.next_id(IdKind::Payment, now);
        assert_eq!(a.len(), 35);
        assert!(a.bytes().all(|c| c.is_ascii_digit()));
        assert!(a.starts_with("20241119194010"));
        assert_ne!(a, b);
        assert!(ids
            .next_id(IdKind::Session, now)
            .starts_with("SANDBOX_SESSION_"));
    }
}
