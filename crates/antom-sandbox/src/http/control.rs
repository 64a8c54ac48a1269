//! The sandbox's own control API under /sandbox/v1: pay as the buyer, set faults, move the
//! clock, dump the state. Unsigned JSON; not part of Antom's API.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::Duration;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::buyer::{pay as buyer_pay, PayRequest};
use crate::clock::{antom_time, parse_time};
use crate::faults::FaultSpec;

use super::api::control_error;
use super::AppState;

fn bad_json(e: &serde_json::Error) -> Response {
    control_error(StatusCode::BAD_REQUEST, "BAD_REQUEST", &e.to_string())
}

/// POST /sandbox/v1/pay → `{"paymentId", "paymentRequestId", "paymentStatus", "paymentMethodType"}`.
pub async fn pay(State(app): State<AppState>, body: axum::body::Bytes) -> Response {
    let req: PayRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => return bad_json(&e),
    };
    match app
        .shared
        .apply(|world, ctx| buyer_pay(&mut world.ledger, ctx, &req))
        .await
    {
        Ok(done) => Json(done.body).into_response(),
        Err(reject) => {
            let status = match reject.code {
                "SESSION_NOT_FOUND" => StatusCode::NOT_FOUND,
                "PARAM_ILLEGAL" | "METHOD_NOT_ALLOWED" | "BUYER_REQUIRED" => {
                    StatusCode::BAD_REQUEST
                }
                _ => StatusCode::CONFLICT,
            };
            control_error(status, reject.code, &reject.message)
        }
    }
}

/// POST /sandbox/v1/faults → the fault as stored, with its `faultId` and `remaining`.
pub async fn add_fault(State(app): State<AppState>, body: axum::body::Bytes) -> Response {
    let spec: FaultSpec = match serde_json::from_slice(&body) {
        Ok(s) => s,
        Err(e) => return bad_json(&e),
    };
    match app.shared.lock().await.faults.add(spec) {
        Ok(fault) => Json(json!(fault)).into_response(),
        Err(message) => control_error(StatusCode::BAD_REQUEST, "BAD_FAULT", &message),
    }
}

/// GET /sandbox/v1/faults
pub async fn list_faults(State(app): State<AppState>) -> Response {
    let world = app.shared.lock().await;
    Json(json!({"faults": world.faults.active()})).into_response()
}

/// DELETE /sandbox/v1/faults
pub async fn clear_faults(State(app): State<AppState>) -> Response {
    app.shared.lock().await.faults.clear();
    Json(json!({"faults": []})).into_response()
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ClockMove {
    #[serde(default)]
    advance_seconds: Option<i64>,
    #[serde(default)]
    set: Option<String>,
}

/// POST /sandbox/v1/clock `{"advanceSeconds": N}` or `{"set": "<RFC 3339>"}` → `{"now": ..}`.
pub async fn move_clock(State(app): State<AppState>, body: axum::body::Bytes) -> Response {
    let m: ClockMove = match serde_json::from_slice(&body) {
        Ok(m) => m,
        Err(e) => return bad_json(&e),
    };
    let clock = &app.shared.clock;
    match (m.advance_seconds, m.set.as_deref()) {
        (Some(secs), None) => {
            clock.advance(Duration::seconds(secs));
        }
        (None, Some(text)) => match parse_time(text) {
            Some(at) => {
                clock.set(at);
            }
            None => {
                return control_error(StatusCode::BAD_REQUEST, "BAD_TIME", "set must be RFC 3339")
            }
        },
        _ => {
            return control_error(
                StatusCode::BAD_REQUEST,
                "BAD_REQUEST",
                "give exactly one of advanceSeconds or set",
            )
        }
    }
    app.shared.tick().await;
    app.shared.wake.notify_one();
    get_clock(State(app)).await
}

/// GET /sandbox/v1/clock
pub async fn get_clock(State(app): State<AppState>) -> Response {
    let clock = &app.shared.clock;
    Json(json!({"now": antom_time(clock.now()), "running": clock.is_running()})).into_response()
}

/// GET /sandbox/v1/state: everything, for tests and curious people.
pub async fn state(State(app): State<AppState>) -> Response {
    let shared = &app.shared;
    let world = shared.lock().await;
    let body: Value = json!({
        "now": antom_time(shared.clock.now()),
        "clientId": shared.keys.client_id,
        "sessions": world.ledger.sessions.values().collect::<Vec<_>>(),
        "payments": world.ledger.payments.values().collect::<Vec<_>>(),
        "refunds": world.ledger.refunds.values().collect::<Vec<_>>(),
        "notifications": world.outbox.deliveries,
        "faults": world.faults.active(),
    });
    Json(body).into_response()
}
