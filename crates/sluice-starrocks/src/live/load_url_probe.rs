//! The connector's plan-time HTTP probe (connector-behavior.md §2.4): an empty
//! `POST /api/transaction/begin` with Basic auth to each `load-url`. It shows whether the
//! address answers like a StarRocks FE, whether the credentials work over HTTP, and
//! whether transaction stream load exists (`Not implemented` means it does not).

use std::time::Duration;

use base64::Engine;

/// What one load URL answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProbeOutcome {
    /// A StarRocks answer; `transactions` is false for `Not implemented`.
    StarRocks {
        /// Whether `/api/transaction/begin` exists.
        transactions: bool,
    },
    /// HTTP 401: the FE refused the credentials; its message (never the password).
    Unauthorized(String),
    /// An answer, but not a StarRocks one.
    NotStarRocks(String),
    /// No answer: refused, unknown host, or timed out.
    Unreachable(String),
}

/// Probes one load URL (`http://host:port`).
pub async fn probe(url: &str, user: &str, password: &str, timeout: Duration) -> ProbeOutcome {
    let client = match reqwest::Client::builder()
        .connect_timeout(timeout)
        .timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .build()
    {
        Ok(c) => c,
        Err(e) => return ProbeOutcome::Unreachable(e.to_string()),
    };
    let auth = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    let endpoint = format!("{}/api/transaction/begin", url.trim_end_matches('/'));
    tracing::debug!(%endpoint, user, "probing the load URL");
    let response = match client
        .post(&endpoint)
        .header("Authorization", format!("Basic {auth}"))
        .header("Content-Length", "0")
        .send()
        .await
    {
        Ok(r) => r,
        Err(e) if e.is_timeout() => {
            return ProbeOutcome::Unreachable(format!("no answer within {} ms", timeout.as_millis()));
        }
        Err(e) if e.is_connect() => return ProbeOutcome::Unreachable(connect_reason(&e)),
        Err(e) => return ProbeOutcome::Unreachable(e.to_string()),
    };
    let status = response.status();
    if status.is_redirection() && response.headers().contains_key("location") {
        return ProbeOutcome::StarRocks { transactions: true };
    }
    let body = match tokio::time::timeout(timeout, response.text()).await {
        Ok(Ok(b)) => b,
        _ => return ProbeOutcome::Unreachable(format!("no complete answer within {} ms", timeout.as_millis())),
    };
    tracing::debug!(%endpoint, status = status.as_u16(), body, "load URL answered");
    let json: Option<serde_json::Value> = serde_json::from_str(&body).ok();
    let field = |names: &[&str]| -> Option<String> {
        let obj = json.as_ref()?.as_object()?;
        names.iter().find_map(|n| obj.get(*n).and_then(|v| v.as_str()).map(str::to_string))
    };
    if status == reqwest::StatusCode::UNAUTHORIZED {
        let message = field(&["msg", "message", "Message"]).unwrap_or_else(|| "HTTP 401 Unauthorized".into());
        return ProbeOutcome::Unauthorized(message);
    }
    match field(&["Status", "status"]) {
        Some(s) => {
            let message = field(&["Message", "msg", "message"]).unwrap_or_default();
            let not_implemented = s.eq_ignore_ascii_case("FAILED") && message == "Not implemented";
            ProbeOutcome::StarRocks { transactions: !not_implemented }
        }
        None => {
            let snippet: String = body.chars().take(80).collect();
            ProbeOutcome::NotStarRocks(format!("HTTP {} with body '{}'", status.as_u16(), snippet.trim()))
        }
    }
}

fn connect_reason(e: &reqwest::Error) -> String {
    let mut source: Option<&dyn std::error::Error> = Some(e);
    let mut last = e.to_string();
    while let Some(s) = source {
        last = s.to_string();
        source = s.source();
    }
    last
}
