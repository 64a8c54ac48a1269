//! Delivers queued notifications: signs each send with Antom's key over the target's path,
//! POSTs it, and records whether it was acknowledged. Paced by the sandbox clock.

use std::sync::Arc;
use std::time::Duration as StdDuration;

use antom::signature::{sign, sign_content};
use antom::NOTIFICATION_ACK_BODY;
use tokio::sync::watch;

use crate::clock::antom_time;
use crate::outbox::{Attempt, Job};
use crate::world::Shared;

/// Longest the courier sleeps before looking again (expiries on a running clock need it).
const IDLE_POLL: StdDuration = StdDuration::from_millis(500);
/// Time allowed for the merchant's server to answer one send.
const SEND_TIMEOUT: StdDuration = StdDuration::from_secs(10);

/// Whether a response acknowledges a notification: HTTP 200 and Antom's ack JSON.
pub fn is_ack(status: u16, body: &[u8]) -> bool {
    if status != 200 {
        return false;
    }
    let expected: serde_json::Value =
        serde_json::from_str(NOTIFICATION_ACK_BODY).unwrap_or(serde_json::Value::Null);
    serde_json::from_slice::<serde_json::Value>(body).is_ok_and(|v| v == expected)
}

/// Runs until `shutdown` turns true.
pub async fn run(shared: Arc<Shared>, mut shutdown: watch::Receiver<bool>) {
    let http = match reqwest::Client::builder()
        .no_proxy()
        .timeout(SEND_TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .build()
    {
        Ok(c) => c,
        Err(e) => {
            eprintln!("antom-sandbox: cannot start the notification courier: {e}");
            return;
        }
    };
    let mut clock_moved = shared.clock.watch();
    loop {
        if *shutdown.borrow() {
            return;
        }
        shared.tick().await;
        let now = shared.clock.now();
        let (job, next_due) = {
            let world = shared.lock().await;
            (world.outbox.due(now), world.outbox.next_due())
        };
        if let Some(job) = job {
            let attempt = send(&shared, &http, &job).await;
            let mut world = shared.lock().await;
            world.outbox.record(job.id, attempt);
            shared.persist(&mut world).await;
            continue;
        }
        let wait = match next_due {
            Some(at) if shared.clock.is_running() => (at - now)
                .to_std()
                .unwrap_or(StdDuration::ZERO)
                .min(IDLE_POLL),
            _ => IDLE_POLL,
        };
        tokio::select! {
            () = tokio::time::sleep(wait) => {}
            () = shared.wake.notified() => {}
            _ = clock_moved.changed() => {}
            _ = shutdown.changed() => {}
        }
    }
}

async fn send(shared: &Shared, http: &reqwest::Client, job: &Job) -> Attempt {
    let at = shared.clock.now();
    let failed = |error: String| Attempt {
        at,
        status: None,
        acknowledged: false,
        error: Some(error),
    };
    let path = match reqwest::Url::parse(&job.url) {
        Ok(url) => url.path().to_owned(),
        Err(e) => return failed(format!("bad notify URL: {e}")),
    };
    let request_time = antom_time(at);
    let client_id = &shared.keys.client_id;
    let content = sign_content("POST", &path, client_id, &request_time, job.body.as_bytes());
    let signature = match sign(&shared.keys.antom_private, 1, &content) {
        Ok(s) => s.to_header_value(),
        Err(e) => return failed(format!("signing failed: {e}")),
    };
    let response = http
        .post(&job.url)
        .header("content-type", "application/json; charset=UTF-8")
        .header("client-id", client_id)
        .header("request-time", &request_time)
        .header("signature", signature)
        .body(job.body.clone())
        .send()
        .await;
    match response {
        Err(e) => failed(e.to_string()),
        Ok(r) => {
            let status = r.status().as_u16();
            let body = r.bytes().await.unwrap_or_default();
            Attempt {
                at,
                status: Some(status),
                acknowledged: is_ack(status, &body),
                error: None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_exact_ack_counts() {
        assert!(is_ack(200, NOTIFICATION_ACK_BODY.as_bytes()));
        assert!(!is_ack(500, NOTIFICATION_ACK_BODY.as_bytes()));
        assert!(!is_ack(200, b"OK"));
        assert!(!is_ack(
            200,
            br#"{"result":{"resultCode":"SUCCESS","resultStatus":"F","resultMessage":"success"}}"#
        ));
    }
}
