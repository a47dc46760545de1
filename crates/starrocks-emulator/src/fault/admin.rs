//! The admin HTTP endpoint, served on every FE and BE HTTP port under
//! `/api/_emulator/` (Basic auth of any user; never subject to faults):
//!
//! | method and path | body | effect |
//! | --- | --- | --- |
//! | `GET /api/_emulator/faults` | | installed faults with `seen`/`fired` counters, node states |
//! | `POST /api/_emulator/faults` | a fault object or an array of them | installs them; answers their ids |
//! | `DELETE /api/_emulator/faults` | | removes every fault and brings every node back |
//! | `POST /api/_emulator/stall` | `{"node": "be", "ms": 2000}` | the node accepts nothing for `ms` |
//! | `POST /api/_emulator/refuse` | `{"node": "fe:1", "ms": 1000}` | the node refuses connections (`ms` omitted: until `up`) |
//! | `POST /api/_emulator/down` | `{"node": "fe:1"}` | the node refuses connections and drops open ones |
//! | `POST /api/_emulator/up` | `{"node": "fe:1"}` | the node serves again |
//!
//! Node changes are answered once the node's listeners applied them (at most 2 s later);
//! send `down` for a node to another node's port, as the node's own connections are
//! dropped.

use super::parse::{fault_from_json, node_from_name, status_json};
use super::{Fault, Node};
use crate::http::auth;
use crate::http::reply::{Resp, respond};
use crate::state::Shared;
use http::StatusCode;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use serde_json::{Value, json};
use std::time::Duration;

/// Path prefix of the admin endpoint.
pub const PREFIX: &str = "/api/_emulator/";

fn answer(status: StatusCode, v: Value) -> Resp {
    respond(status, Some("application/json"), v.to_string())
}

fn bad(msg: impl Into<String>) -> Resp {
    answer(StatusCode::BAD_REQUEST, json!({"error": msg.into()}))
}

/// Handles one admin request.
pub async fn handle(shared: &Shared, req: http::Request<Incoming>) -> Resp {
    let authorized = auth::basic(req.headers()).is_some_and(|c| shared.check_password(&c.user, &c.password));
    if !authorized {
        return answer(StatusCode::UNAUTHORIZED, json!({"error": "Need auth information."}));
    }
    let action = req.uri().path().trim_start_matches(PREFIX).trim_end_matches('/').to_string();
    let method = req.method().clone();
    let body = match req.into_body().collect().await {
        Ok(b) => b.to_bytes(),
        Err(_) => return bad("the request body could not be read"),
    };
    let parsed = || -> Result<Value, String> {
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(json!({}));
        }
        serde_json::from_slice(&body).map_err(|e| format!("the body is not JSON: {e}"))
    };
    let faults = &shared.faults;
    match (method.as_str(), action.as_str()) {
        ("GET", "faults") => {
            let list: Vec<Value> = faults.list().iter().map(status_json).collect();
            let nodes: serde_json::Map<String, Value> = faults
                .nodes
                .states()
                .into_iter()
                .map(|(n, s)| {
                    let now = tokio::time::Instant::now();
                    let stalled = s.stalled_until.map(|t| t.saturating_duration_since(now).as_millis() as u64);
                    let refusing = match s.refusing {
                        super::listener::Refusal::No => json!(false),
                        super::listener::Refusal::Forever => json!(true),
                        super::listener::Refusal::Until(t) => {
                            json!(t.saturating_duration_since(now).as_millis() as u64)
                        }
                    };
                    (n.name(), json!({"stalled_ms": stalled, "refusing": refusing}))
                })
                .collect();
            answer(StatusCode::OK, json!({"faults": list, "nodes": nodes}))
        }
        ("POST", "faults") => {
            let v = match parsed() {
                Ok(v) => v,
                Err(e) => return bad(e),
            };
            let items = match v {
                Value::Array(items) => items,
                other => vec![other],
            };
            let mut parsed_faults: Vec<Fault> = Vec::new();
            for (i, item) in items.iter().enumerate() {
                match fault_from_json(item) {
                    Ok(f) => parsed_faults.push(f),
                    Err(e) => return bad(if items.len() > 1 { format!("fault {i}: {e}") } else { e }),
                }
            }
            let mut ids = Vec::new();
            for f in parsed_faults {
                match faults.inject(f) {
                    Ok(id) => ids.push(id.0),
                    Err(e) => return bad(e),
                }
            }
            answer(StatusCode::OK, json!({"ids": ids}))
        }
        ("DELETE", "faults") => {
            faults.clear_rules();
            for p in faults.nodes.up_all() {
                p.wait().await;
            }
            answer(StatusCode::OK, json!({"status": "OK"}))
        }
        ("POST", op @ ("stall" | "refuse" | "down" | "up")) => {
            let v = match parsed() {
                Ok(v) => v,
                Err(e) => return bad(e),
            };
            match node_op(faults, op, &v) {
                Ok(pending) => {
                    pending.wait().await;
                    answer(StatusCode::OK, json!({"status": "OK"}))
                }
                Err(e) => bad(e),
            }
        }
        _ => answer(StatusCode::NOT_FOUND, json!({"error": format!("unknown admin action {method} {action}")})),
    }
}

fn node_op(faults: &super::Faults, op: &str, v: &Value) -> Result<super::Pending, String> {
    let obj = v.as_object().ok_or("the body must be a JSON object")?;
    if let Some(k) = obj.keys().find(|k| !matches!(k.as_str(), "node" | "ms")) {
        return Err(format!("unknown key '{k}'"));
    }
    let node: Node = node_from_name(obj.get("node").and_then(Value::as_str).ok_or("'node' is required")?)?;
    let ms = match obj.get("ms") {
        None => None,
        Some(m) => Some(Duration::from_millis(m.as_u64().ok_or("'ms' must be a non-negative integer")?)),
    };
    Ok(match op {
        "stall" => faults.nodes.stall(node, ms.ok_or("'ms' is required")?),
        "refuse" => faults.nodes.refuse(node, ms),
        "down" => faults.nodes.down(node),
        _ => faults.nodes.up(node),
    })
}
