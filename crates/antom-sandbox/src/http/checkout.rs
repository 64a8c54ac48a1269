//! The hosted checkout page a buyer is sent to (`normalUrl`): pick a method and an outcome and
//! "pay". Server-rendered HTML with inline CSS and no external assets.

use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;

use crate::buyer::{pay, PayOutcome, PayRequest};
use crate::ledger::Session;
use crate::methods::{is_card, CHECKOUT_METHODS};

use super::AppState;

const STYLE: &str = "body{font-family:system-ui,sans-serif;background:#f4f5f7;margin:0}\
main{max-width:480px;margin:40px auto;background:#fff;border-radius:12px;padding:24px;\
box-shadow:0 2px 12px rgba(0,0,0,.08)}.banner{background:#fff3cd;color:#664d03;\
border:1px solid #ffe69c;border-radius:8px;padding:8px 12px;font-weight:600}\
h1{font-size:20px}.amount{font-size:28px;font-weight:700}fieldset{border:1px solid #ddd;\
border-radius:8px;margin:12px 0}label{display:block;padding:4px 0}button{background:#1677ff;\
color:#fff;border:0;border-radius:8px;padding:12px 20px;font-size:16px;width:100%}\
.muted{color:#666;font-size:13px}";

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn page(title: &str, content: &str) -> Html<String> {
    Html(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
<title>{} – Antom sandbox</title><style>{STYLE}</style></head><body><main>\
<p class=\"banner\">Antom sandbox (local simulator) – no real money moves</p>{content}</main></body></html>",
        escape(title)
    ))
}

fn methods_for(session: &Session) -> Vec<(String, String)> {
    let known = |code: &str| {
        CHECKOUT_METHODS
            .iter()
            .find(|(c, _)| *c == code)
            .map_or_else(|| code.to_owned(), |(_, name)| (*name).to_owned())
    };
    let codes: Vec<String> = if let Some(fixed) = &session.fixed_method {
        vec![fixed.clone()]
    } else if !session.allowed_methods.is_empty() {
        session.allowed_methods.clone()
    } else {
        CHECKOUT_METHODS
            .iter()
            .map(|(c, _)| (*c).to_owned())
            .collect()
    };
    codes
        .into_iter()
        .filter(|c| session.has_buyer || !is_card(c))
        .map(|c| {
            let name = known(&c);
            (c, name)
        })
        .collect()
}

/// GET /checkout/{paymentSessionId}
pub async fn show(State(app): State<AppState>, Path(id): Path<String>) -> Response {
    let world = app.shared.lock().await;
    let Some(session) = world.ledger.sessions.get(&id) else {
        return (
            StatusCode::NOT_FOUND,
            page("Not found", "<h1>No such payment session</h1>"),
        )
            .into_response();
    };
    let amount = session.amount;
    let mut content = format!(
        "<h1>{}</h1><p class=\"amount\">{} {}</p><p class=\"muted\">Order {} · payment request {}</p>",
        escape(&session.order_description),
        escape(amount.currency.code()),
        escape(&amount.format_amount()),
        escape(&session.reference_order_id),
        escape(&session.payment_request_id),
    );
    let payment = session
        .payment_id
        .as_ref()
        .and_then(|p| world.ledger.payments.get(p));
    if let Some(p) = payment {
        content.push_str(&format!(
            "<p>Payment {} is <strong>{}</strong> ({}).</p>",
            escape(&p.payment_id),
            p.state.wire(),
            escape(&p.method)
        ));
    }
    let open = payment.is_none_or(|p| {
        matches!(
            p.state,
            crate::ledger::PaymentState::Fail
                | crate::ledger::PaymentState::Pending
                | crate::ledger::PaymentState::Processing
        )
    });
    if open && session.cancelled_at.is_none() {
        content.push_str(&format!(
            "<form method=\"post\" action=\"/checkout/{}/pay\"><fieldset><legend>Payment method</legend>",
            escape(&session.payment_session_id)
        ));
        for (i, (code, name)) in methods_for(session).iter().enumerate() {
            let checked = if i == 0 { " checked" } else { "" };
            content.push_str(&format!(
                "<label><input type=\"radio\" name=\"paymentMethodType\" value=\"{}\"{checked}> {}</label>",
                escape(code),
                escape(name)
            ));
        }
        content.push_str("</fieldset><fieldset><legend>Outcome</legend>");
        for (i, (code, name)) in PayOutcome::CHOICES.iter().enumerate() {
            let checked = if i == 0 { " checked" } else { "" };
            content.push_str(&format!(
                "<label><input type=\"radio\" name=\"outcome\" value=\"{code}\"{checked}> {name}</label>"
            ));
        }
        content.push_str(&format!(
            "</fieldset><button type=\"submit\">Pay</button></form>\
<p class=\"muted\">Session expires {}.</p>",
            escape(&crate::clock::antom_time(session.expires_at))
        ));
    }
    page("Checkout", &content).into_response()
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PayForm {
    payment_method_type: String,
    outcome: String,
}

/// POST /checkout/{paymentSessionId}/pay (form)
pub async fn submit(
    State(app): State<AppState>,
    Path(id): Path<String>,
    Form(form): Form<PayForm>,
) -> Response {
    let outcome: PayOutcome = match serde_json::from_value(serde_json::json!(form.outcome)) {
        Ok(o) => o,
        Err(_) => {
            return (
                StatusCode::BAD_REQUEST,
                page("Error", "<h1>Unknown outcome</h1>"),
            )
                .into_response()
        }
    };
    let req = PayRequest {
        payment_request_id: None,
        payment_session_id: Some(id.clone()),
        payment_method_type: Some(form.payment_method_type),
        outcome,
        result_code: None,
    };
    let result = app
        .shared
        .apply(|world, ctx| pay(&mut world.ledger, ctx, &req))
        .await;
    let redirect = {
        let world = app.shared.lock().await;
        world
            .ledger
            .sessions
            .get(&id)
            .map(|s| s.redirect_url.clone())
            .unwrap_or_default()
    };
    let back = format!(
        "<p><a href=\"{}\">Return to the merchant</a></p>",
        escape(&redirect)
    );
    match result {
        Ok(done) => {
            let status = done.body["paymentStatus"].as_str().unwrap_or("").to_owned();
            let pid = done.body["paymentId"].as_str().unwrap_or("").to_owned();
            page(
                "Paid",
                &format!(
                    "<h1>Payment {}</h1><p>Payment id <code>{}</code>.</p>{back}",
                    escape(&status),
                    escape(&pid)
                ),
            )
            .into_response()
        }
        Err(reject) => (
            StatusCode::CONFLICT,
            page(
                "Not paid",
                &format!(
                    "<h1>Could not pay</h1><p>{}: {}</p>{back}",
                    escape(reject.code),
                    escape(&reject.message)
                ),
            ),
        )
            .into_response(),
    }
}
