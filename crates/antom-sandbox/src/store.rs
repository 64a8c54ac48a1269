//! Persistence: every session, payment, refund and delivery as one JSON row keyed by
//! (kind, id) in SQLite (`--db`), or nothing at all in memory. Loaded whole at start.

use std::path::Path;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};
use sqlx::Row as _;

#[derive(Debug, thiserror::Error)]
#[error("sandbox database: {0}")]
pub struct StoreError(#[from] sqlx::Error);

/// One stored row: kind (`session`, `payment`, `refund`, `delivery`), id and JSON body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub kind: String,
    pub id: String,
    pub body: String,
}

#[derive(Debug, Clone)]
pub enum Store {
    Memory,
    Sqlite(SqlitePool),
}

impl Store {
    pub async fn open(path: Option<&Path>) -> Result<Store, StoreError> {
        let Some(path) = path else {
            return Ok(Store::Memory);
        };
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal);
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options)
            .await?;
        sqlx::query(
            "CREATE TABLE IF NOT EXISTS sandbox_rows (
                kind TEXT NOT NULL,
                id   TEXT NOT NULL,
                body TEXT NOT NULL,
                PRIMARY KEY (kind, id)
            )",
        )
        .execute(&pool)
        .await?;
        Ok(Store::Sqlite(pool))
    }

    pub async fn load(&self) -> Result<Vec<Row>, StoreError> {
        let Store::Sqlite(pool) = self else {
            return Ok(Vec::new());
        };
        let rows = sqlx::query("SELECT kind, id, body FROM sandbox_rows ORDER BY kind, id")
            .fetch_all(pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Row {
                    kind: r.try_get("kind")?,
                    id: r.try_get("id")?,
                    body: r.try_get("body")?,
                })
            })
            .collect()
    }

    /// Writes the rows in one transaction (insert or replace).
    pub async fn save(&self, rows: &[Row]) -> Result<(), StoreError> {
        let Store::Sqlite(pool) = self else {
            return Ok(());
        };
        if rows.is_empty() {
            return Ok(());
        }
        let mut tx = pool.begin().await?;
        for row in rows {
            sqlx::query(
                "INSERT INTO sandbox_rows (kind, id, body) VALUES (?1, ?2, ?3)
                 ON CONFLICT (kind, id) DO UPDATE SET body = excluded.body",
            )
            .bind(&row.kind)
            .bind(&row.id)
            .bind(&row.body)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn close(&self) {
        if let Store::Sqlite(pool) = self {
            pool.close().await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn rows_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sandbox.db");
        let store = Store::open(Some(&path)).await.unwrap();
        let row = |body: &str| Row {
            kind: "payment".into(),
            id: "1".into(),
            body: body.into(),
        };
        store.save(&[row("{}")]).await.unwrap();
        store.save(&[row(r#"{"a":1}"#)]).await.unwrap();
        store.close().await;
        let again = Store::open(Some(&path)).await.unwrap();
        assert_eq!(again.load().await.unwrap(), vec![row(r#"{"a":1}"#)]);
        assert!(Store::open(None)
            .await
            .unwrap()
            .load()
            .await
            .unwrap()
            .is_empty());
    }
}
