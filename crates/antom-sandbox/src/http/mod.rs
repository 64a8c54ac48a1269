//! The HTTP surface: Antom's API paths (production and sandbox), the hosted checkout page and
//! the control API. Thin: handlers parse, call the rules through `Shared`, and answer.

pub mod api;
pub mod checkout;
pub mod control;

use std::sync::Arc;

use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use tokio::sync::watch;

use crate::world::Shared;

#[derive(Clone)]
pub struct AppState {
    pub shared: Arc<Shared>,
    pub shutdown: watch::Receiver<bool>,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/ams/api/v1/payments/{api}", post(api::handle))
        .route("/ams/sandbox/api/v1/payments/{api}", post(api::handle))
        .route("/checkout/{id}", get(checkout::show))
        .route("/checkout/{id}/pay", post(checkout::submit))
        .route("/sandbox/v1/pay", post(control::pay))
        .route(
            "/sandbox/v1/faults",
            post(control::add_fault)
                .get(control::list_faults)
                .delete(control::clear_faults),
        )
        .route(
            "/sandbox/v1/clock",
            post(control::move_clock).get(control::get_clock),
        )
        .route("/sandbox/v1/state", get(control::state))
        .fallback(|| async { StatusCode::NOT_FOUND })
        .with_state(state)
}
