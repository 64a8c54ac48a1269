//! The sandbox's clock: real time plus a movable offset, or fully manual, shared by every part.
//! Read once per request and passed down; business rules never read the time themselves.

use std::sync::Mutex;
use std::time::SystemTime;

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use tokio::sync::watch;

/// How the clock moves between explicit changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Real time shifted by `offset`.
    Offset(Duration),
    /// Frozen at this instant until moved.
    Manual(DateTime<Utc>),
}

/// A clock tests (and the control API) can move. Moving it wakes anyone waiting on `changed`.
#[derive(Debug)]
pub struct SandboxClock {
    mode: Mutex<Mode>,
    moved: watch::Sender<u64>,
}

impl SandboxClock {
    /// Follows real time (offset 0) until moved.
    pub fn real() -> SandboxClock {
        SandboxClock::with_mode(Mode::Offset(Duration::zero()))
    }

    /// Frozen at `at`; only `advance` and `set` move it.
    pub fn manual(at: DateTime<Utc>) -> SandboxClock {
        SandboxClock::with_mode(Mode::Manual(at))
    }

    fn with_mode(mode: Mode) -> SandboxClock {
        SandboxClock {
            mode: Mutex::new(mode),
            moved: watch::channel(0).0,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Mode> {
        self.mode.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The sandbox's current time.
    pub fn now(&self) -> DateTime<Utc> {
        match *self.lock() {
            Mode::Offset(offset) => real_now() + offset,
            Mode::Manual(at) => at,
        }
    }

    /// Whether the clock moves by itself (follows real time).
    pub fn is_running(&self) -> bool {
        matches!(*self.lock(), Mode::Offset(_))
    }

    /// Moves the clock forward (or back, with a negative duration).
    pub fn advance(&self, by: Duration) -> DateTime<Utc> {
        let now = {
            let mut mode = self.lock();
            *mode = match *mode {
                Mode::Offset(offset) => Mode::Offset(offset + by),
                Mode::Manual(at) => Mode::Manual(at + by),
            };
            match *mode {
                Mode::Offset(offset) => real_now() + offset,
                Mode::Manual(at) => at,
            }
        };
        self.moved.send_modify(|n| *n += 1);
        now
    }

    /// Jumps to `to`; a running clock keeps running from there.
    pub fn set(&self, to: DateTime<Utc>) -> DateTime<Utc> {
        {
            let mut mode = self.lock();
            *mode = match *mode {
                Mode::Offset(_) => Mode::Offset(to - real_now()),
                Mode::Manual(_) => Mode::Manual(to),
            };
        }
        self.moved.send_modify(|n| *n += 1);
        to
    }

    /// A receiver that sees a change every time the clock is moved explicitly.
    pub fn watch(&self) -> watch::Receiver<u64> {
        self.moved.subscribe()
    }
}

fn real_now() -> DateTime<Utc> {
    DateTime::<Utc>::from(SystemTime::now())
}

/// Antom's timestamp form: ISO 8601, whole seconds, numeric offset (`+00:00`).
pub fn antom_time(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// Parses an ISO 8601 / RFC 3339 timestamp with an offset.
pub fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text.trim())
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manual_clock_moves_only_when_told() {
        let start = parse_time("2026-01-01T00:00:00+00:00").unwrap();
        let clock = SandboxClock::manual(start);
        assert_eq!(clock.now(), start);
        let rx = clock.watch();
        clock.advance(Duration::seconds(90));
        assert!(rx.has_changed().unwrap());
        assert_eq!(antom_time(clock.now()), "2026-01-01T00:01:30+00:00");
        let later = parse_time("2026-02-01T08:00:00+08:00").unwrap();
        clock.set(later);
        assert_eq!(clock.now(), later);
        assert!(!clock.is_running());
    }

    #[test]
    fn running_clock_keeps_its_offset() {
        let clock = SandboxClock::real();
        clock.advance(Duration::days(3));
        let diff = clock.now() - real_now();
        assert!(diff > Duration::days(3) - Duration::seconds(5));
        assert!(diff < Duration::days(3) + Duration::seconds(5));
        assert!(clock.is_running());
    }
}
