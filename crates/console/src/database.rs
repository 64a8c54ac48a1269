//! Opening a console SQLite file: WAL, forward-only migrations tracked in `PRAGMA user_version`,
//! refusal of files written by a newer console and of files that are not databases. No queries.

use std::path::{Path, PathBuf};
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Connection, Executor, SqliteConnection, SqlitePool};

/// One forward-only migration: applied once, in order, never edited after it lands.
pub struct Migration {
    pub version: i64,
    pub sql: &'static str,
}

#[derive(Debug, thiserror::Error)]
pub enum DatabaseError {
    #[error(
        "{path} was written by a newer Antom Console (schema version {found}, this version knows up \
         to {known}); update the console, or point it at another data directory"
    )]
    NewerSchema {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error(
        "{path} is not a readable SQLite database ({detail}); it was left untouched. Move it away \
         (the console will start a fresh one) or restore it from a backup"
    )]
    Corrupt { path: PathBuf, detail: String },
    #[error("cannot create the folder for {path}: {source}")]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: migration to schema version {version} failed: {source}")]
    Migration {
        path: PathBuf,
        version: i64,
        source: sqlx::Error,
    },
    #[error("database error: {0}")]
    Sql(#[from] sqlx::Error),
}

/// Page cache per connection, in KiB (negative: SQLite's unit for a size rather than pages). A
/// payment cache of a million rows is several hundred MB; SQLite's 2 MB default made every insert
/// and every page walk re-read index pages through system calls.
pub const CACHE_SIZE: &str = "-65536";
/// Reads through a memory map up to this many bytes of the file (writes still go through SQLite's
/// journal, so a full disk is reported as an error, not a fault).
pub const MMAP_SIZE: &str = "1073741824";

/// The highest version in `migrations`.
pub fn latest(migrations: &[Migration]) -> i64 {
    migrations.iter().map(|m| m.version).max().unwrap_or(0)
}

fn options(path: &Path) -> SqliteConnectOptions {
    SqliteConnectOptions::new()
        .filename(path)
        .busy_timeout(Duration::from_secs(5))
        .foreign_keys(true)
}

fn corrupt(path: &Path, e: &sqlx::Error) -> DatabaseError {
    DatabaseError::Corrupt {
        path: path.to_owned(),
        detail: e.to_string(),
    }
}

/// Opens (creating if missing) the database at `path` and brings it to the latest schema.
pub async fn open(path: &Path, migrations: &[Migration]) -> Result<SqlitePool, DatabaseError> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|source| DatabaseError::Folder {
            path: path.to_owned(),
            source,
        })?;
    }
    let known = latest(migrations);
    // Inspect first, with one connection that changes nothing (no journal mode switch yet).
    let mut probe = SqliteConnection::connect_with(&options(path).create_if_missing(true))
        .await
        .map_err(|e| corrupt(path, &e))?;
    let found: i64 = sqlx::query_scalar("PRAGMA user_version")
        .fetch_one(&mut probe)
        .await
        .map_err(|e| corrupt(path, &e))?;
    sqlx::query("SELECT count(*) FROM sqlite_master")
        .execute(&mut probe)
        .await
        .map_err(|e| corrupt(path, &e))?;
    if found > known {
        let _ = probe.close().await;
        return Err(DatabaseError::NewerSchema {
            path: path.to_owned(),
            found,
            known,
        });
    }
    let mut ordered: Vec<&Migration> = migrations.iter().filter(|m| m.version > found).collect();
    ordered.sort_by_key(|m| m.version);
    for migration in ordered {
        let failed = |source| DatabaseError::Migration {
            path: path.to_owned(),
            version: migration.version,
            source,
        };
        let mut tx = probe.begin().await.map_err(failed)?;
        tx.execute(migration.sql).await.map_err(failed)?;
        tx.execute(format!("PRAGMA user_version = {}", migration.version).as_str())
            .await
            .map_err(failed)?;
        tx.commit().await.map_err(failed)?;
    }
    probe.close().await?;
    let pool = connect(path, 4).await?;
    sqlx::query("PRAGMA optimize=0x10002")
        .execute(&pool)
        .await?;
    Ok(pool)
}

/// One more connection to a database `open` has prepared, for a caller that sends all its writes
/// through it: its page cache then stays warm from one write to the next, where writes spread
/// over a pool would each find their connection's cache outdated by the others'.
pub async fn writer(path: &Path) -> Result<SqlitePool, DatabaseError> {
    connect(path, 1).await
}

async fn connect(path: &Path, connections: u32) -> Result<SqlitePool, DatabaseError> {
    Ok(SqlitePoolOptions::new()
        .max_connections(connections)
        .connect_with(
            options(path)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .pragma("cache_size", CACHE_SIZE)
                .pragma("mmap_size", MMAP_SIZE)
                // Statement journals and sort b-trees in memory: a multi-row insert into the
                // payments table's eleven b-trees journals megabytes per statement, which as
                // temporary files cost several write calls per row.
                .pragma("temp_store", "MEMORY")
                .pragma("analysis_limit", "400"),
        )
        .await?)
}

/// The paths SQLite may keep next to a database in WAL mode.
pub fn companion_files(path: &Path) -> [PathBuf; 3] {
    let with = |suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    [path.to_owned(), with("-wal"), with("-shm")]
}

#[cfg(test)]
mod tests {
    use super::*;

    const V1: &[Migration] = &[Migration {
        version: 1,
        sql: "CREATE TABLE t (x INTEGER);",
    }];
    const V2: &[Migration] = &[
        Migration {
            version: 1,
            sql: "CREATE TABLE t (x INTEGER);",
        },
        Migration {
            version: 2,
            sql: "ALTER TABLE t ADD COLUMN y TEXT;",
        },
    ];

    #[tokio::test]
    async fn migrates_forward_and_reopens() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.db");
        open(&path, V1).await.unwrap().close().await;
        let pool = open(&path, V2).await.unwrap();
        let v: i64 = sqlx::query_scalar("PRAGMA user_version")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(v, 2);
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(mode, "wal");
        sqlx::query("INSERT INTO t (x, y) VALUES (1, 'a')")
            .execute(&pool)
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn refuses_a_database_from_a_newer_console() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.db");
        open(&path, V2).await.unwrap().close().await;
        let err = open(&path, V1).await.unwrap_err();
        assert!(
            matches!(
                err,
                DatabaseError::NewerSchema {
                    found: 2,
                    known: 1,
                    ..
                }
            ),
            "{err}"
        );
        assert!(err.to_string().contains("newer Antom Console"));
    }

    #[tokio::test]
    async fn a_corrupted_file_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.db");
        let garbage: Vec<u8> = (0..8192u32).map(|i| (i * 7 % 251) as u8).collect();
        std::fs::write(&path, &garbage).unwrap();
        let err = open(&path, V1).await.unwrap_err();
        assert!(matches!(err, DatabaseError::Corrupt { .. }), "{err}");
        assert!(err.to_string().contains("left untouched"));
        assert_eq!(std::fs::read(&path).unwrap(), garbage);
    }
}
