//! Response bodies with StarRocks' exact layouts (wire spec §2.4): BE JSON (4-space pretty,
//! fixed key order), FE `TransactionResult` (2-space pretty) and `RestBaseResult` (compact).

use bytes::Bytes;
use http::{HeaderValue, Response, StatusCode, header};
use http_body_util::Full;

/// The response type of both HTTP servers.
pub type Resp = Response<Full<Bytes>>;

/// A JSON value in a reply.
#[derive(Debug, Clone, PartialEq)]
pub enum J {
    /// A string.
    S(String),
    /// An integer.
    I(i64),
}

impl From<&str> for J {
    fn from(s: &str) -> Self {
        J::S(s.to_string())
    }
}

impl From<String> for J {
    fn from(s: String) -> Self {
        J::S(s)
    }
}

impl From<i64> for J {
    fn from(i: i64) -> Self {
        J::I(i)
    }
}

impl From<u64> for J {
    fn from(i: u64) -> Self {
        J::I(i as i64)
    }
}

fn render(v: &J) -> String {
    match v {
        J::S(s) => serde_json::Value::String(s.clone()).to_string(),
        J::I(i) => i.to_string(),
    }
}

/// Pretty JSON with `indent` spaces, keys in the given order.
pub fn pretty(fields: &[(&str, J)], indent: usize) -> String {
    let pad = " ".repeat(indent);
    let mut s = String::from("{\n");
    for (i, (k, v)) in fields.iter().enumerate() {
        s.push_str(&pad);
        s.push_str(&render(&J::S((*k).to_string())));
        s.push_str(": ");
        s.push_str(&render(v));
        if i + 1 < fields.len() {
            s.push(',');
        }
        s.push('\n');
    }
    s.push('}');
    s
}

/// Compact JSON, keys in the given order.
pub fn compact(fields: &[(&str, J)]) -> String {
    let parts: Vec<String> =
        fields.iter().map(|(k, v)| format!("{}:{}", render(&J::S((*k).to_string())), render(v))).collect();
    format!("{{{}}}", parts.join(","))
}

/// A response with a body and content type.
pub fn respond(status: StatusCode, content_type: Option<&'static str>, body: String) -> Resp {
    let mut r = Response::new(Full::new(Bytes::from(body)));
    *r.status_mut() = status;
    if let Some(ct) = content_type {
        r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(ct));
    }
    r
}

/// A BE JSON reply (HTTP 200, 4-space pretty).
pub fn be_json(fields: &[(&str, J)]) -> Resp {
    respond(StatusCode::OK, Some("application/json"), pretty(fields, 4))
}

/// An FE `TransactionResult` reply (HTTP 200, 2-space pretty).
pub fn fe_txn(fields: &[(&str, J)]) -> Resp {
    respond(StatusCode::OK, Some("application/json; charset=UTF-8"), pretty(fields, 2))
}

/// An FE `RestBaseResult` failure (HTTP 200, compact).
pub fn rest_failed(msg: &str) -> Resp {
    respond(
        StatusCode::OK,
        Some("application/json; charset=UTF-8"),
        compact(&[("status", "FAILED".into()), ("code", "1".into()), ("msg", msg.into()), ("message", msg.into())]),
    )
}

/// Marks a response `Connection: close`.
pub fn close(mut r: Resp) -> Resp {
    r.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
    r
}

/// HTTP 404 with body `Not Found`.
pub fn not_found() -> Resp {
    respond(StatusCode::NOT_FOUND, Some("text/plain"), "Not Found".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts() {
        assert_eq!(
            pretty(&[("Status", "OK".into()), ("TxnId", J::I(7))], 4),
            "{\n    \"Status\": \"OK\",\n    \"TxnId\": 7\n}"
        );
        assert_eq!(
            compact(&[("state", "VISIBLE".into()), ("code", "0".into())]),
            "{\"state\":\"VISIBLE\",\"code\":\"0\"}"
        );
    }
}
