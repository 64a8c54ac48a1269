//! The running sandbox's shared state: ledger, notification outbox and faults behind one lock,
//! with the clock, ids, keys and store. Every change goes through `apply`, which persists it.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use tokio::sync::{Mutex, MutexGuard, Notify};

use crate::buyer::close_expired;
use crate::clock::SandboxClock;
use crate::faults::FaultBoard;
use crate::ids::IdSource;
use crate::keys::SandboxKeys;
use crate::ledger::Ledger;
use crate::outbox::Outbox;
use crate::reply::{Ctx, Done, Outgoing, Reply};
use crate::store::{Row, Store};

#[derive(Debug)]
pub struct World {
    pub ledger: Ledger,
    pub outbox: Outbox,
    pub faults: FaultBoard,
}

impl World {
    /// Queues notifications, each taking the next notification fault if one is set.
    pub fn enqueue(&mut self, notes: &[Outgoing], now: DateTime<Utc>) {
        for note in notes {
            let fault = if note.url.is_some() {
                self.faults.take_for_notification()
            } else {
                None
            };
            self.outbox.enqueue(note, fault, now);
        }
    }

    fn dirty_rows(&mut self) -> Vec<Row> {
        let mut rows: Vec<Row> = self
            .ledger
            .take_dirty()
            .into_iter()
            .map(|(kind, id, body)| Row {
                kind: kind.name().to_owned(),
                id,
                body,
            })
            .collect();
        rows.extend(self.outbox.take_dirty().into_iter().map(|(id, body)| Row {
            kind: "delivery".to_owned(),
            id: format!("{id:020}"),
            body,
        }));
        rows
    }
}

pub struct Shared {
    world: Mutex<World>,
    pub store: Store,
    pub clock: Arc<SandboxClock>,
    pub ids: Arc<dyn IdSource>,
    pub keys: SandboxKeys,
    /// `http://host:port` the sandbox is reached at (for `normalUrl`).
    pub base_url: String,
    pub notify_url: Option<String>,
    /// Wakes the courier when something was queued.
    pub wake: Notify,
}

impl Shared {
    pub fn new(
        world: World,
        store: Store,
        clock: Arc<SandboxClock>,
        ids: Arc<dyn IdSource>,
        keys: SandboxKeys,
        base_url: String,
        notify_url: Option<String>,
    ) -> Shared {
        Shared {
            world: Mutex::new(world),
            store,
            clock,
            ids,
            keys,
            base_url,
            notify_url,
            wake: Notify::new(),
        }
    }

    /// Locks the world for reading or for changes the caller persists with `persist`.
    pub async fn lock(&self) -> MutexGuard<'_, World> {
        self.world.lock().await
    }

    fn ctx(&self, now: DateTime<Utc>) -> Ctx<'_> {
        Ctx {
            now,
            ids: self.ids.as_ref(),
            checkout_base: &self.base_url,
            default_notify_url: self.notify_url.as_deref(),
        }
    }

    /// Runs a rule at the sandbox's current time: first closes what has expired, then the
    /// rule; queues its notifications, persists every changed row and wakes the courier.
    pub async fn apply(&self, rule: impl FnOnce(&mut World, &Ctx<'_>) -> Reply) -> Reply {
        self.run(rule, true).await
    }

    async fn run(&self, rule: impl FnOnce(&mut World, &Ctx<'_>) -> Reply, wake: bool) -> Reply {
        let now = self.clock.now();
        let ctx = self.ctx(now);
        let mut world = self.world.lock().await;
        let expired = close_expired(&mut world.ledger, &ctx);
        world.enqueue(&expired, now);
        let reply = rule(&mut world, &ctx);
        if let Ok(Done { notifications, .. }) = &reply {
            world.enqueue(notifications, now);
        }
        self.persist(&mut world).await;
        drop(world);
        if wake {
            self.wake.notify_one();
        }
        reply
    }

    /// Writes changed rows; a failing store is reported, not fatal (the state stays in memory).
    pub async fn persist(&self, world: &mut World) {
        let rows = world.dirty_rows();
        if let Err(e) = self.store.save(&rows).await {
            eprintln!("antom-sandbox: could not save state: {e}");
        }
    }

    /// Closes expired payments without any request (driven by the courier's loop).
    pub async fn tick(&self) {
        let _ = self
            .run(|_, _| Ok(Done::quiet(serde_json::Value::Null)), false)
            .await;
    }
}
