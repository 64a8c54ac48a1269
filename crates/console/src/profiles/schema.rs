//! The profile registry's migrations (profiles.db): non-secret profile settings and the active id.
//! Forward-only; secrets never get a column here.

use crate::database::Migration;

pub const MIGRATIONS: &[Migration] = &[Migration {
    version: 1,
    sql: r#"
CREATE TABLE profiles (
    id                       TEXT NOT NULL PRIMARY KEY,
    name                     TEXT NOT NULL UNIQUE COLLATE NOCASE,
    environment              TEXT NOT NULL,
    gateway_kind             TEXT NOT NULL,
    gateway_url              TEXT,
    time_zone                TEXT NOT NULL DEFAULT 'UTC',
    settlement_currency      TEXT,
    client_id_hint           TEXT NOT NULL,
    merchant_key_fingerprint TEXT NOT NULL,
    antom_key_fingerprint    TEXT NOT NULL,
    is_local_simulator       INTEGER NOT NULL DEFAULT 0,
    created_at               INTEGER NOT NULL
);
CREATE TABLE settings (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
"#,
}];
