//! The payment cache of one (profile, environment): its SQLite file, rows, events and lists.
//! Stores and queries what callers observed; never calls Antom or the keychain itself.

mod cursor;
mod events;
mod plans;
pub(crate) mod query;
mod record;
mod schema;
mod search;
pub mod state;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use sqlx::SqlitePool;

use crate::database::{self, DatabaseError};
use plans::PlanMemo;

pub use cursor::Cursor;
pub use events::{merge, Applied, Facts, Observation, StoredEvent};
pub use query::{prefix_upper_bound, PaymentQuery, RecordPage, MAX_PAGE};
pub use record::{money_view, parse_antom_time, rfc3339, PaymentRecord, COLUMNS};
pub use schema::MIGRATIONS;

#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    #[error(transparent)]
    Database(#[from] DatabaseError),
    #[error("payment cache: {0}")]
    Sql(#[from] sqlx::Error),
    /// The caller's filter or cursor is wrong.
    #[error("{0}")]
    Invalid(String),
    /// An event cannot be applied with what is known.
    #[error("{0}")]
    Incomplete(String),
}

/// An open payment cache.
#[derive(Debug, Clone)]
pub struct PaymentCache {
    pool: SqlitePool,
    /// Every write goes through this one connection (`database::writer`).
    writer: SqlitePool,
    path: PathBuf,
    plans: Arc<PlanMemo>,
}

impl PaymentCache {
    /// Opens (creating and migrating) the cache file at `path`.
    pub async fn open(path: &Path) -> Result<PaymentCache, CacheError> {
        let pool = database::open(path, MIGRATIONS).await?;
        let writer = database::writer(path).await?;
        Ok(PaymentCache {
            pool,
            writer,
            path: path.to_owned(),
            plans: Arc::default(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    pub(crate) fn writer(&self) -> &SqlitePool {
        &self.writer
    }

    pub(crate) fn plans(&self) -> &PlanMemo {
        &self.plans
    }

    /// Refreshes the planner's statistics (after bulk loads).
    pub async fn analyze(&self) -> Result<(), CacheError> {
        sqlx::query("ANALYZE").execute(&self.pool).await?;
        self.plans.forget();
        Ok(())
    }

    pub async fn close(&self) {
        self.writer.close().await;
        self.pool.close().await;
    }
}

#[cfg(test)]
mod tests;
