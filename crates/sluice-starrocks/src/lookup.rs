//! Reading state back from StarRocks: a label's state (`get_load_state`, asked of the FE)
//! and the rejected rows of a failed load (its `ErrorURL`, asked of the BE without
//! credentials), masked when `sink.sanitize-error-log` is set.

use std::time::{Duration, Instant};

use http::Method;

use crate::error::{LoadError, TransportError};
use crate::response::{LabelState, Reply};
use crate::transport::{Request, Transport};

/// How many rejected rows an error message shows.
const SHOWN_ROWS: usize = 5;
/// How much of the error log is read (as the connector: 3000 characters).
const LOG_CHARS: usize = 3000;

/// The state of `label` in `db` and its reason.
pub async fn label_state(t: &Transport, db: &str, label: &str) -> Result<(LabelState, String), TransportError> {
    let req = Request {
        method: Method::GET,
        path: format!("/api/{db}/get_load_state?label={label}"),
        headers: Vec::new(),
        body: None,
        expect_continue: None,
    };
    let resp = t.send(&req, true).await?;
    let reply = Reply::parse(&resp.body);
    let state = reply.as_ref().and_then(|r| r.state.as_deref()).and_then(LabelState::parse);
    match state {
        Some(s) => Ok((s, reply.and_then(|r| r.reason).unwrap_or_default())),
        // An answer without a state (unknown database, …) tells nothing about the label.
        None => Ok((LabelState::Unknown, resp.text())),
    }
}

/// Asks for the state of `label` until it is final (not PREPARE or PREPARED) or `timeout`
/// passes, pausing `pause × min(k, 5)` between questions.
pub async fn final_label_state(
    t: &Transport,
    db: &str,
    label: &str,
    pause: Duration,
    timeout: Duration,
) -> Result<(LabelState, String), TransportError> {
    let deadline = Instant::now() + timeout;
    let mut k = 0u32;
    loop {
        let (state, reason) = label_state(t, db, label).await?;
        if !matches!(state, LabelState::Prepare | LabelState::Prepared) || Instant::now() >= deadline {
            return Ok((state, reason));
        }
        k += 1;
        tokio::time::sleep(pause * k.min(5)).await;
    }
}

/// Which load StarRocks rejected: the step, the table and the label.
#[derive(Debug, Clone, Copy)]
pub struct LoadAt<'a> {
    /// The step (`stream load`, `prepare`, `merge commit`, …).
    pub op: &'static str,
    /// Database.
    pub db: &'a str,
    /// Table.
    pub table: &'a str,
    /// The label (or request id).
    pub label: &'a str,
}

/// The error of a rejected load: StarRocks' answer (or the body, when it was not a JSON
/// answer) and the first rejected rows, read from `error_url`.
pub async fn rejected_load(
    t: &Transport,
    sanitize: bool,
    at: LoadAt<'_>,
    error_url: Option<&str>,
    reply: Option<Reply>,
    body: String,
    data_error: bool,
) -> LoadError {
    let rows = rejected_rows(t, error_url, sanitize).await;
    let reply = reply.unwrap_or_else(|| Reply {
        status: "not a JSON answer".into(),
        message: body.clone(),
        ..Reply::default()
    });
    LoadError::Rejected {
        op: at.op,
        db: at.db.to_string(),
        table: at.table.to_string(),
        label: at.label.to_string(),
        status: reply.status,
        message: reply.message,
        body,
        rejected_rows: rows,
        data_error,
    }
}

/// The first rejected rows of a failed load, with StarRocks' reasons.
pub async fn rejected_rows(t: &Transport, error_url: Option<&str>, sanitize: bool) -> Option<String> {
    let url = error_url.filter(|u| u.starts_with("http"))?;
    let text = match t.get_url(url).await {
        Ok(resp) => resp.text(),
        Err(e) => return Some(format!("    (cannot read {url}: {e})")),
    };
    let text: String = text.chars().take(LOG_CHARS).collect();
    let text = if sanitize { sanitize_log(&text) } else { text };
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut out: Vec<String> = lines.iter().take(SHOWN_ROWS).map(|l| format!("    {l}")).collect();
    if lines.len() > SHOWN_ROWS {
        out.push(format!("    … {} more in {url}", lines.len() - SHOWN_ROWS));
    }
    Some(out.join("\n"))
}

/// The connector's masking (spec §6.3): `Value '…'` / `Value "…"` become `column value`,
/// everything from `Row:` to the end of a line goes, empty lines are dropped.
pub fn sanitize_log(log: &str) -> String {
    let mut out = Vec::new();
    for line in log.split(['\r', '\n']) {
        let mut l = mask_values(line);
        if let Some(i) = l.find("Row:") {
            l.truncate(i);
        }
        let l = l.trim_end().to_string();
        if !l.trim().is_empty() {
            out.push(l);
        }
    }
    if out.is_empty() {
        "Data validation errors detected. Row data has been redacted for security.".to_string()
    } else {
        out.join("\n")
    }
}

fn mask_values(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(i) = rest.find("Value ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 6..];
        let quote = if after.starts_with("''") {
            Some("''")
        } else if after.starts_with('\'') {
            Some("'")
        } else if after.starts_with('"') {
            Some("\"")
        } else {
            None
        };
        match quote.and_then(|q| after[q.len()..].find(q).map(|end| (q, end))) {
            Some((q, end)) => {
                out.push_str("column value");
                rest = &after[q.len() + end + q.len()..];
            }
            None => {
                out.push_str("Value ");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitizing_removes_row_text() {
        let log = "Error: Value count does not match column count. Expect 3, but got 2. Row: 'bad\trow'\n\
                   Error: Value 'abc' is invalid for column 'id'\r\n\r\n";
        assert_eq!(
            sanitize_log(log),
            "Error: Value count does not match column count. Expect 3, but got 2.\nError: column value is invalid for column 'id'"
        );
        assert_eq!(
            sanitize_log("Row: [1]"),
            "Data validation errors detected. Row data has been redacted for security."
        );
    }
}
