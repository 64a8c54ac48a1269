//! The payment cache's migrations: typed payment rows for lists, raw events kept apart.
//! Forward-only: append a new `Migration`, never edit a landed one.

use crate::database::Migration;

pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        sql: r#"
CREATE TABLE payments (
    payment_request_id TEXT NOT NULL PRIMARY KEY,
    payment_id         TEXT,
    reference_order_id TEXT,
    method             TEXT,
    state              TEXT NOT NULL,
    amount_minor       INTEGER NOT NULL,
    currency           TEXT NOT NULL,
    captured_minor     INTEGER NOT NULL DEFAULT 0,
    refunded_minor     INTEGER NOT NULL DEFAULT 0,
    capture_mode       TEXT,
    created_at         INTEGER NOT NULL, -- epoch milliseconds, UTC
    updated_at         INTEGER NOT NULL,
    paid_at            INTEGER,
    auth_expires_at    INTEGER,
    buyer_reference    TEXT
) WITHOUT ROWID;

CREATE INDEX payments_created          ON payments (created_at, payment_request_id);
CREATE INDEX payments_amount           ON payments (amount_minor, payment_request_id);
CREATE INDEX payments_state_created    ON payments (state, created_at, payment_request_id);
CREATE INDEX payments_state_amount     ON payments (state, amount_minor, payment_request_id);
CREATE INDEX payments_method_created   ON payments (method, created_at, payment_request_id);
CREATE INDEX payments_currency_created ON payments (currency, created_at, payment_request_id);
CREATE INDEX payments_currency_amount  ON payments (currency, amount_minor, payment_request_id);
CREATE INDEX payments_payment_id       ON payments (payment_id);
CREATE INDEX payments_reference_order  ON payments (reference_order_id);

CREATE TABLE payment_events (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    payment_request_id TEXT NOT NULL,
    source             TEXT NOT NULL,
    summary            TEXT NOT NULL,
    recorded_at        INTEGER NOT NULL,
    fingerprint        TEXT NOT NULL UNIQUE,
    raw_json           TEXT NOT NULL
);
CREATE INDEX payment_events_payment ON payment_events (payment_request_id, id);
"#,
    },
    // Version 2: one list index per (leading equality filter, sort key) pair, each ordered
    // (lead, key, payment_request_id) so a keyset page walks it in sort order, and each carrying
    // every other filter column so a page's id-only inner query never touches the table rows
    // (`query.rs` looks the page's rows up by key afterwards). Replaces the v1 list indexes.
    Migration {
        version: 2,
        sql: r#"
DROP INDEX payments_created;
DROP INDEX payments_amount;
DROP INDEX payments_state_created;
DROP INDEX payments_state_amount;
DROP INDEX payments_method_created;
DROP INDEX payments_currency_created;
DROP INDEX payments_currency_amount;

CREATE INDEX payments_created
    ON payments (created_at, payment_request_id, state, method, currency, amount_minor);
CREATE INDEX payments_amount
    ON payments (amount_minor, payment_request_id, state, method, currency, created_at);
CREATE INDEX payments_state_created
    ON payments (state, created_at, payment_request_id, method, currency, amount_minor);
CREATE INDEX payments_state_amount
    ON payments (state, amount_minor, payment_request_id, method, currency, created_at);
CREATE INDEX payments_method_created
    ON payments (method, created_at, payment_request_id, state, currency, amount_minor);
CREATE INDEX payments_method_amount
    ON payments (method, amount_minor, payment_request_id, state, currency, created_at);
CREATE INDEX payments_currency_created
    ON payments (currency, created_at, payment_request_id, state, method, amount_minor);
CREATE INDEX payments_currency_amount
    ON payments (currency, amount_minor, payment_request_id, state, method, created_at);
"#,
    },
    // Version 3: the paymentId and order reference indexes carry the filter columns and sort
    // keys, so a search is filtered, counted and ordered from its index ranges alone
    // (`search.rs`); the reference index also holds paymentId, which its branch must exclude.
    Migration {
        version: 3,
        sql: r#"
DROP INDEX payments_payment_id;
DROP INDEX payments_reference_order;

CREATE INDEX payments_payment_id
    ON payments (payment_id, created_at, amount_minor, state, method, currency);
CREATE INDEX payments_reference_order
    ON payments (reference_order_id, created_at, amount_minor, state, method, currency, payment_id);
"#,
    },
];
