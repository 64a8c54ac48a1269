//! Time as business logic receives it: a `Clock` for "now" and a `Sleeper` for waiting.
//! Real implementations are for wiring only; nothing below `Console` calls the OS clock itself.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};

/// The current instant, UTC.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

/// A pause between polls or retries.
pub trait Sleeper: Send + Sync {
    fn sleep(&self, duration: Duration) -> Pin<Box<dyn Future<Output = ()> + Send + '_>>;
}

/// The OS clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// Real waiting on the tokio timer.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokioSleeper;

impl Sleeper for TokioSleeper {
    fn sleep(&self, duration: Duration) -> Pin<Box<dyn Future<Output = ()> + Send + '_>> {
        Box::pin(tokio::time::sleep(duration))
    }
}

/// Hands a console `Clock` to `antom::Client` (which wants epoch milliseconds).
pub(crate) struct AntomClock(pub Arc<dyn Clock>);

impl antom::Clock for AntomClock {
    fn now_millis(&self) -> i64 {
        self.0.now().timestamp_millis()
    }
}
