//! The notification queue: each delivery's body, target, attempts and next due time on Antom's
//! retry schedule (time-scaled), with notification faults applied on enqueue. No I/O here.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::faults::{FaultKind, Strike};
use crate::reply::{NotifyKind, Outgoing};

/// Gaps before each send: 0, 2 m, 10 m, 10 m, 1 h, 2 h, 6 h, 15 h (eight sends in all).
pub const ANTOM_SCHEDULE_SECS: [i64; 8] = [0, 120, 600, 600, 3600, 7200, 21600, 54000];

/// Whether unacknowledged notifications are resent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetrySchedule {
    /// Antom production: up to eight sends on `ANTOM_SCHEDULE_SECS`.
    Antom,
    /// Antom's real sandbox: one send only.
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DeliveryState {
    /// Waiting for its next send.
    Pending,
    /// Held by a REORDER fault until the next notification is queued.
    Held,
    Acknowledged,
    /// Every allowed send went unacknowledged.
    GaveUp,
    /// Removed by a DROP fault.
    Dropped,
    /// No paymentNotifyUrl / refundNotifyUrl and no --notify-url.
    NoTarget,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Attempt {
    pub at: DateTime<Utc>,
    pub status: Option<u16>,
    pub acknowledged: bool,
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Delivery {
    pub id: u64,
    pub kind: NotifyKind,
    pub url: Option<String>,
    /// The exact bytes sent (UTF-8 JSON).
    pub body: String,
    pub state: DeliveryState,
    pub created_at: DateTime<Utc>,
    pub next_at: Option<DateTime<Utc>>,
    /// Ties between equal `next_at` are sent in this order.
    pub order: u64,
    pub attempts: Vec<Attempt>,
}

/// A send to make now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: u64,
    pub url: String,
    pub body: String,
}

#[derive(Debug)]
pub struct Outbox {
    pub deliveries: Vec<Delivery>,
    schedule: RetrySchedule,
    time_scale: f64,
    next_id: u64,
    held: Option<u64>,
    dirty: BTreeSet<u64>,
}

impl Outbox {
    pub fn new(schedule: RetrySchedule, time_scale: f64) -> Outbox {
        Outbox {
            deliveries: Vec::new(),
            schedule,
            time_scale: if time_scale.is_finite() && time_scale > 0.0 {
                time_scale
            } else {
                1.0
            },
            next_id: 1,
            held: None,
            dirty: BTreeSet::new(),
        }
    }

    fn push(&mut self, mut d: Delivery) -> u64 {
        d.id = self.next_id;
        d.order = self.next_id;
        self.next_id += 1;
        self.dirty.insert(d.id);
        let id = d.id;
        self.deliveries.push(d);
        id
    }

    fn get_mut(&mut self, id: u64) -> Option<&mut Delivery> {
        self.dirty.insert(id);
        self.deliveries.iter_mut().find(|d| d.id == id)
    }

    /// Queues a notification, applying `fault` if one is due.
    pub fn enqueue(&mut self, note: &Outgoing, fault: Option<Strike>, now: DateTime<Utc>) {
        let body = serde_json::to_string(&note.body).unwrap_or_default();
        let mut d = Delivery {
            id: 0,
            kind: note.kind,
            url: note.url.clone(),
            body,
            state: DeliveryState::Pending,
            created_at: now,
            next_at: Some(now),
            order: 0,
            attempts: Vec::new(),
        };
        if d.url.is_none() {
            d.state = DeliveryState::NoTarget;
            d.next_at = None;
            self.push(d);
            return;
        }
        match fault.map(|f| (f.kind, f.delay_seconds)) {
            Some((FaultKind::Drop, _)) => {
                d.state = DeliveryState::Dropped;
                d.next_at = None;
                self.push(d);
                return;
            }
            Some((FaultKind::Duplicate, _)) => {
                self.push(d.clone());
            }
            Some((FaultKind::Delay, secs)) => {
                d.next_at = Some(now + Duration::seconds(i64::try_from(secs).unwrap_or(0)));
            }
            Some((FaultKind::Reorder, _)) => {
                d.state = DeliveryState::Held;
                d.next_at = None;
                let id = self.push(d);
                self.release_held(now);
                self.held = Some(id);
                return;
            }
            _ => {}
        }
        self.push(d);
        self.release_held(now);
    }

    /// Sends a held notification right after the one just queued.
    fn release_held(&mut self, now: DateTime<Utc>) {
        if let Some(id) = self.held.take() {
            let order = self.next_id;
            self.next_id += 1;
            if let Some(d) = self.get_mut(id) {
                d.state = DeliveryState::Pending;
                d.next_at = Some(now);
                d.order = order;
            }
        }
    }

    /// The pending delivery due first, if any is due at `now`.
    pub fn due(&self, now: DateTime<Utc>) -> Option<Job> {
        self.deliveries
            .iter()
            .filter(|d| d.state == DeliveryState::Pending)
            .filter_map(|d| Some((d.next_at?, d.order, d)))
            .filter(|(at, _, _)| *at <= now)
            .min_by_key(|(at, order, _)| (*at, *order))
            .and_then(|(_, _, d)| {
                Some(Job {
                    id: d.id,
                    url: d.url.clone()?,
                    body: d.body.clone(),
                })
            })
    }

    /// When the next pending delivery falls due.
    pub fn next_due(&self) -> Option<DateTime<Utc>> {
        self.deliveries
            .iter()
            .filter(|d| d.state == DeliveryState::Pending)
            .filter_map(|d| d.next_at)
            .min()
    }

    /// Records a send and schedules the next one (or gives up).
    pub fn record(&mut self, id: u64, attempt: Attempt) {
        let (schedule, scale) = (self.schedule, self.time_scale);
        let Some(d) = self.get_mut(id) else { return };
        let at = attempt.at;
        let acked = attempt.acknowledged;
        d.attempts.push(attempt);
        let sent = d.attempts.len();
        if acked {
            d.state = DeliveryState::Acknowledged;
            d.next_at = None;
            return;
        }
        let gap = match schedule {
            RetrySchedule::Antom => ANTOM_SCHEDULE_SECS.get(sent).copied(),
            RetrySchedule::None => None,
        };
        match gap {
            Some(secs) => {
                // Whole milliseconds; truncation of a sub-millisecond remainder is harmless.
                #[allow(clippy::cast_possible_truncation)]
                let millis = ((secs as f64) * 1000.0 / scale) as i64;
                d.next_at = Some(at + Duration::milliseconds(millis));
            }
            None => {
                d.state = DeliveryState::GaveUp;
                d.next_at = None;
            }
        }
    }

    /// Deliveries changed since the last call (for the store).
    pub fn take_dirty(&mut self) -> Vec<(u64, String)> {
        let dirty = std::mem::take(&mut self.dirty);
        dirty
            .into_iter()
            .filter_map(|id| {
                let d = self.deliveries.iter().find(|d| d.id == id)?;
                Some((id, serde_json::to_string(d).ok()?))
            })
            .collect()
    }

    /// Restores a delivery read from the store.
    pub fn restore(&mut self, body: &str) -> bool {
        let Ok(d) = serde_json::from_str::<Delivery>(body) else {
            return false;
        };
        self.next_id = self.next_id.max(d.id.max(d.order) + 1);
        if d.state == DeliveryState::Held {
            self.held = Some(d.id);
        }
        self.deliveries.push(d);
        self.deliveries.sort_by_key(|d| d.id);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::parse_time;
    use serde_json::json;

    fn note(n: u32) -> Outgoing {
        Outgoing {
            kind: NotifyKind::PaymentResult,
            url: Some("http://127.0.0.1:9/n".into()),
            body: json!({"n": n}),
        }
    }

    fn miss(at: DateTime<Utc>) -> Attempt {
        Attempt {
            at,
            status: Some(500),
            acknowledged: false,
            error: None,
        }
    }

    fn strike(kind: FaultKind) -> Option<Strike> {
        Some(Strike {
            kind,
            process: false,
            delay_seconds: 30,
        })
    }

    #[test]
    fn antom_schedule_resends_eight_times_then_gives_up() {
        let t0 = parse_time("2026-01-01T00:00:00Z").unwrap();
        let mut outbox = Outbox::new(RetrySchedule::Antom, 1.0);
        outbox.enqueue(&note(1), None, t0);
        let mut now = t0;
        let mut gaps = Vec::new();
        for _ in 0..8 {
            let job = outbox.due(now).unwrap();
            outbox.record(job.id, miss(now));
            if let Some(next) = outbox.next_due() {
                gaps.push((next - now).num_seconds());
                assert!(outbox.due(now).is_none());
                now = next;
            }
        }
        assert_eq!(gaps, vec![120, 600, 600, 3600, 7200, 21600, 54000]);
        assert_eq!(outbox.deliveries[0].state, DeliveryState::GaveUp);
        assert_eq!(outbox.deliveries[0].attempts.len(), 8);
    }

    #[test]
    fn time_scale_shrinks_gaps_and_none_sends_once() {
        let t0 = parse_time("2026-01-01T00:00:00Z").unwrap();
        let mut fast = Outbox::new(RetrySchedule::Antom, 120.0);
        fast.enqueue(&note(1), None, t0);
        fast.record(1, miss(t0));
        assert_eq!(fast.next_due(), Some(t0 + Duration::seconds(1)));
        let mut once = Outbox::new(RetrySchedule::None, 1.0);
        once.enqueue(&note(1), None, t0);
        once.record(1, miss(t0));
        assert_eq!(once.deliveries[0].state, DeliveryState::GaveUp);
        assert!(once.due(t0 + Duration::days(2)).is_none());
    }

    #[test]
    fn notification_faults() {
        let t0 = parse_time("2026-01-01T00:00:00Z").unwrap();
        let mut o = Outbox::new(RetrySchedule::Antom, 1.0);
        o.enqueue(&note(1), strike(FaultKind::Drop), t0);
        assert!(o.due(t0).is_none());
        o.enqueue(&note(2), strike(FaultKind::Duplicate), t0);
        let a = o.due(t0).unwrap();
        o.record(
            a.id,
            Attempt {
                acknowledged: true,
                ..miss(t0)
            },
        );
        let b = o.due(t0).unwrap();
        assert_eq!(a.body, b.body);
        assert_ne!(a.id, b.id);
        o.record(
            b.id,
            Attempt {
                acknowledged: true,
                ..miss(t0)
            },
        );
        o.enqueue(&note(3), strike(FaultKind::Delay), t0);
        assert!(o.due(t0).is_none());
        let c = o.due(t0 + Duration::seconds(30)).unwrap();
        o.record(
            c.id,
            Attempt {
                acknowledged: true,
                ..miss(t0)
            },
        );
        o.enqueue(&note(4), strike(FaultKind::Reorder), t0);
        assert!(o.due(t0).is_none());
        o.enqueue(&note(5), None, t0);
        let first = o.due(t0).unwrap();
        assert_eq!(first.body, r#"{"n":5}"#);
        o.record(
            first.id,
            Attempt {
                acknowledged: true,
                ..miss(t0)
            },
        );
        assert_eq!(o.due(t0).unwrap().body, r#"{"n":4}"#);
    }
}
