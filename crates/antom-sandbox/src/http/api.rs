//! Antom's API over HTTP: checks client-id and the request signature over the raw bytes, applies
//! faults, runs the rule, and signs the answer with Antom's key (lower-case headers, HTTP 200).

use std::sync::Arc;
use std::time::Duration as StdDuration;

use antom::signature::{sign, sign_content, verify, SignatureHeader};
use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};

use crate::clock::antom_time;
use crate::faults::{FaultKind, Strike, API_ENDPOINTS};
use crate::money_ops;
use crate::reply::{result_body, Reject};
use crate::sessions;
use crate::world::Shared;

use super::AppState;

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// POST /ams/api/v1/payments/{api} and /ams/sandbox/api/v1/payments/{api}.
pub async fn handle(
    State(app): State<AppState>,
    Path(endpoint): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let shared = &app.shared;
    let Some(endpoint) = API_ENDPOINTS.iter().copied().find(|e| *e == endpoint) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // Route and sign on the path even when the request line was in absolute form.
    let path = uri.path().to_owned();
    let client_id = header(&headers, "client-id")
        .unwrap_or(&shared.keys.client_id)
        .to_owned();
    if let Err(reject) = authenticate(shared, &path, &headers, &body) {
        return signed(shared, &path, &client_id, &reject.body(), None);
    }
    let strike = shared.lock().await.faults.take_for_api(endpoint);
    let answer = match strike {
        Some(s) if !s.process => None,
        _ => Some(run(shared, endpoint, body.to_vec()).await),
    };
    let Some(strike) = strike else {
        let answer = answer.unwrap_or(Value::Null);
        return signed(shared, &path, &client_id, &answer, None);
    };
    match strike.kind {
        FaultKind::Http500 => (
            StatusCode::INTERNAL_SERVER_ERROR,
            "antom-sandbox: injected HTTP 500",
        )
            .into_response(),
        FaultKind::Timeout => {
            hold(&app, strike).await;
            let answer = answer.unwrap_or_else(unknown_body);
            signed(shared, &path, &client_id, &answer, None)
        }
        FaultKind::BadSignature => {
            let answer = answer.unwrap_or_else(unknown_body);
            signed(shared, &path, &client_id, &answer, Some(b" (tampered)"))
        }
        _ => signed(shared, &path, &client_id, &unknown_body(), None),
    }
}

fn unknown_body() -> Value {
    result_body(
        "U",
        "UNKNOWN_EXCEPTION",
        "unknown exception (injected by the sandbox)",
    )
}

/// Holds a TIMEOUT answer back (real time), giving up early on shutdown.
async fn hold(app: &AppState, strike: Strike) {
    let mut shutdown = app.shutdown.clone();
    tokio::select! {
        () = tokio::time::sleep(StdDuration::from_secs(strike.delay_seconds)) => {}
        _ = shutdown.wait_for(|down| *down) => {}
    }
}

fn authenticate(
    shared: &Shared,
    path: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(), Reject> {
    let client_id = header(headers, "client-id")
        .ok_or_else(|| Reject::new("INVALID_CLIENT", "the client-id header is missing"))?;
    if client_id != shared.keys.client_id {
        return Err(Reject::new(
            "INVALID_CLIENT",
            format!("unknown client-id `{client_id}`"),
        ));
    }
    let request_time = header(headers, "request-time")
        .ok_or_else(|| Reject::param("the request-time header is missing"))?;
    let signature = header(headers, "signature")
        .ok_or_else(|| Reject::new("INVALID_SIGNATURE", "the signature header is missing"))?;
    let parsed = SignatureHeader::parse(signature).map_err(|e| {
        Reject::new(
            "INVALID_SIGNATURE",
            format!("malformed signature header: {e}"),
        )
    })?;
    let content = sign_content("POST", path, client_id, request_time, body);
    verify(&shared.keys.merchant_public, &content, &parsed).map_err(|e| {
        Reject::new(
            "INVALID_SIGNATURE",
            format!("the signature does not verify with the merchant public key: {e}"),
        )
    })
}

async fn run(shared: &Arc<Shared>, endpoint: &str, body: Vec<u8>) -> Value {
    let reply = shared
        .apply(|world, ctx| match endpoint {
            "createPaymentSession" => sessions::create_session(&mut world.ledger, ctx, &body),
            "inquiryPayment" => sessions::inquiry_payment(&world.ledger, &body),
            "capture" => money_ops::capture(&mut world.ledger, ctx, &body),
            "cancel" => money_ops::cancel(&mut world.ledger, ctx, &body),
            "refund" => money_ops::refund(&mut world.ledger, ctx, &body),
            _ => money_ops::inquiry_refund(&world.ledger, &body),
        })
        .await;
    match reply {
        Ok(done) => done.body,
        Err(reject) => reject.body(),
    }
}

/// HTTP 200, JSON, signed: `POST <path>\n<client-id>.<response-time>.<body>`. `tamper` makes
/// the signature cover different bytes than those sent.
fn signed(
    shared: &Shared,
    path: &str,
    client_id: &str,
    body: &Value,
    tamper: Option<&[u8]>,
) -> Response {
    let bytes = serde_json::to_vec(body).unwrap_or_else(|_| b"{}".to_vec());
    let response_time = antom_time(shared.clock.now());
    let mut content = sign_content("POST", path, client_id, &response_time, &bytes);
    if let Some(extra) = tamper {
        content.extend_from_slice(extra);
    }
    let mut builder = Response::builder()
        .status(StatusCode::OK)
        .header("content-type", "application/json; charset=UTF-8")
        .header("client-id", client_id)
        .header("response-time", &response_time);
    match sign(&shared.keys.antom_private, 1, &content) {
        Ok(sig) => builder = builder.header("signature", sig.to_header_value()),
        Err(e) => eprintln!("antom-sandbox: could not sign a response: {e}"),
    }
    builder
        .body(Body::from(bytes))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

/// JSON error for the sandbox's own endpoints (not Antom-shaped).
pub fn control_error(status: StatusCode, code: &str, message: &str) -> Response {
    (
        status,
        axum::Json(json!({"error": code, "message": message})),
    )
        .into_response()
}
