//! The profile registry (profiles.db in the data dir): non-secret settings, fingerprints, the
//! active profile. Secrets live in the keychain (`secrets`); this module never sees them in full.

mod local;
mod schema;
pub mod validation;

use std::path::Path;

use sqlx::sqlite::SqliteRow;
use sqlx::{Row, SqlitePool};

use crate::database::{self, DatabaseError};
use crate::ipc::dto::{Environment, GatewayChoice, ProfileList, ProfileSummary};

pub const REGISTRY_FILE: &str = "profiles.db";

#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error(transparent)]
    Database(#[from] DatabaseError),
    #[error("profile registry: {0}")]
    Sql(#[from] sqlx::Error),
    #[error("a profile named `{0}` exists already; choose another name")]
    NameTaken(String),
    #[error("profile registry: {0}")]
    Corrupt(String),
}

#[derive(Debug, Clone)]
pub struct ProfileRegistry {
    pool: SqlitePool,
}

pub fn env_name(env: Environment) -> &'static str {
    match env {
        Environment::Sandbox => "sandbox",
        Environment::Production => "production",
    }
}

fn gateway_columns(g: &GatewayChoice) -> (&'static str, Option<&str>) {
    match g {
        GatewayChoice::Asia => ("asia", None),
        GatewayChoice::NorthAmerica => ("northAmerica", None),
        GatewayChoice::UnitedStates => ("unitedStates", None),
        GatewayChoice::Europe => ("europe", None),
        GatewayChoice::Custom(url) => ("custom", Some(url.as_str())),
    }
}

fn summary_from_row(row: &SqliteRow) -> Result<ProfileSummary, RegistryError> {
    let env: String = row.try_get("environment")?;
    let environment = match env.as_str() {
        "sandbox" => Environment::Sandbox,
        "production" => Environment::Production,
        other => {
            return Err(RegistryError::Corrupt(format!(
                "unknown environment `{other}`"
            )))
        }
    };
    let kind: String = row.try_get("gateway_kind")?;
    let url: Option<String> = row.try_get("gateway_url")?;
    let gateway = match (kind.as_str(), url) {
        ("asia", _) => GatewayChoice::Asia,
        ("northAmerica", _) => GatewayChoice::NorthAmerica,
        ("unitedStates", _) => GatewayChoice::UnitedStates,
        ("europe", _) => GatewayChoice::Europe,
        ("custom", Some(url)) => GatewayChoice::Custom(url),
        (other, _) => return Err(RegistryError::Corrupt(format!("unknown gateway `{other}`"))),
    };
    Ok(ProfileSummary {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        environment,
        gateway,
        client_id_hint: row.try_get("client_id_hint")?,
        time_zone: row.try_get("time_zone")?,
        settlement_currency: row.try_get("settlement_currency")?,
        merchant_key_fingerprint: row.try_get("merchant_key_fingerprint")?,
        antom_key_fingerprint: row.try_get("antom_key_fingerprint")?,
        is_local_simulator: row.try_get::<i64, _>("is_local_simulator")? != 0,
    })
}

const ACTIVE_KEY: &str = "active_profile_id";

impl ProfileRegistry {
    /// Opens (creating and migrating) `profiles.db` in `data_dir`.
    pub async fn open(data_dir: &Path) -> Result<ProfileRegistry, RegistryError> {
        let pool = database::open(&data_dir.join(REGISTRY_FILE), schema::MIGRATIONS).await?;
        Ok(ProfileRegistry { pool })
    }

    pub async fn list(&self) -> Result<ProfileList, RegistryError> {
        let rows = sqlx::query("SELECT * FROM profiles ORDER BY name COLLATE NOCASE, id")
            .fetch_all(&self.pool)
            .await?;
        let profiles = rows
            .iter()
            .map(summary_from_row)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ProfileList {
            profiles,
            active_id: self.active_id().await?,
        })
    }

    pub async fn get(&self, id: &str) -> Result<Option<ProfileSummary>, RegistryError> {
        let row = sqlx::query("SELECT * FROM profiles WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(summary_from_row).transpose()
    }

    pub async fn find_by_name(&self, name: &str) -> Result<Option<ProfileSummary>, RegistryError> {
        let row = sqlx::query("SELECT * FROM profiles WHERE name = ? COLLATE NOCASE")
            .bind(name.trim())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(summary_from_row).transpose()
    }

    pub async fn name_taken(&self, name: &str) -> Result<bool, RegistryError> {
        Ok(self.find_by_name(name).await?.is_some())
    }

    /// Inserts a profile; the first profile becomes the active one.
    pub async fn insert(&self, p: &ProfileSummary, created_at: i64) -> Result<(), RegistryError> {
        let (kind, url) = gateway_columns(&p.gateway);
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let inserted = sqlx::query(
            "INSERT INTO profiles (id, name, environment, gateway_kind, gateway_url, time_zone, \
             settlement_currency, client_id_hint, merchant_key_fingerprint, antom_key_fingerprint, \
             is_local_simulator, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&p.id)
        .bind(&p.name)
        .bind(env_name(p.environment))
        .bind(kind)
        .bind(url)
        .bind(&p.time_zone)
        .bind(&p.settlement_currency)
        .bind(&p.client_id_hint)
        .bind(&p.merchant_key_fingerprint)
        .bind(&p.antom_key_fingerprint)
        .bind(i64::from(p.is_local_simulator))
        .bind(created_at)
        .execute(&mut *tx)
        .await;
        match inserted {
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                return Err(RegistryError::NameTaken(p.name.clone()))
            }
            other => {
                other?;
            }
        }
        sqlx::query("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)")
            .bind(ACTIVE_KEY)
            .bind(&p.id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes a profile; if it was active, the first remaining one (by name) becomes active.
    pub async fn remove(&self, id: &str) -> Result<bool, RegistryError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let gone = sqlx::query("DELETE FROM profiles WHERE id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            > 0;
        let was_active = sqlx::query("DELETE FROM settings WHERE key = ? AND value = ?")
            .bind(ACTIVE_KEY)
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            > 0;
        if was_active {
            sqlx::query(
                "INSERT INTO settings (key, value) \
                 SELECT ?, id FROM profiles ORDER BY name COLLATE NOCASE, id LIMIT 1",
            )
            .bind(ACTIVE_KEY)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(gone)
    }

    pub async fn set_active(&self, id: &str) -> Result<(), RegistryError> {
        sqlx::query("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)")
            .bind(ACTIVE_KEY)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn active_id(&self) -> Result<Option<String>, RegistryError> {
        Ok(
            sqlx::query_scalar("SELECT value FROM settings WHERE key = ?")
                .bind(ACTIVE_KEY)
                .fetch_optional(&self.pool)
                .await?,
        )
    }
}
