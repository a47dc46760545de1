//! The JSON form of faults, nodes and targets used by the admin endpoint.

use super::{Action, Fault, FaultStatus, Node, RequestKind, Target};
use serde_json::{Map, Value, json};
use std::time::Duration;

/// `be`, `fe` (FE 0) or `fe:<i>`.
pub fn node_from_name(s: &str) -> Result<Node, String> {
    match s {
        "be" => Ok(Node::Be),
        "fe" => Ok(Node::Fe(0)),
        other => other
            .strip_prefix("fe:")
            .and_then(|i| i.parse().ok())
            .map(Node::Fe)
            .ok_or_else(|| format!("unknown node '{other}' (expected be, fe or fe:<i>)")),
    }
}

fn target_from_name(s: &str) -> Result<Target, String> {
    match s {
        "answering" => Ok(Target::Answering),
        "be" => Ok(Target::Be),
        "fe" => Ok(Target::Fe(None)),
        other => other
            .strip_prefix("fe:")
            .and_then(|i| i.parse().ok())
            .map(|i| Target::Fe(Some(i)))
            .ok_or_else(|| format!("unknown node '{other}' (expected answering, be, fe or fe:<i>)")),
    }
}

struct Obj<'a> {
    map: &'a Map<String, Value>,
    used: Vec<&'static str>,
}

impl Obj<'_> {
    fn get(&mut self, key: &'static str) -> Option<&Value> {
        self.used.push(key);
        self.map.get(key)
    }

    fn str(&mut self, key: &'static str) -> Result<Option<String>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(format!("'{key}' must be a string, got {other}")),
        }
    }

    fn u64(&mut self, key: &'static str) -> Result<Option<u64>, String> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => v.as_u64().map(Some).ok_or_else(|| format!("'{key}' must be a non-negative integer, got {v}")),
        }
    }

    fn required_u64(&mut self, key: &'static str) -> Result<u64, String> {
        self.u64(key)?.ok_or_else(|| format!("'{key}' is required"))
    }

    fn finish(&self) -> Result<(), String> {
        match self.map.keys().find(|k| !self.used.contains(&k.as_str())) {
            Some(k) => Err(format!("unknown key '{k}'")),
            None => Ok(()),
        }
    }
}

/// A fault from its JSON object.
pub fn fault_from_json(v: &Value) -> Result<Fault, String> {
    let map = v.as_object().ok_or("a fault must be a JSON object")?;
    let mut o = Obj { map, used: Vec::new() };
    let kind_name = o.str("kind")?.ok_or("'kind' is required")?;
    let kind = RequestKind::from_name(&kind_name).ok_or_else(|| {
        let names: Vec<&str> = RequestKind::ALL.iter().map(|k| k.name()).collect();
        format!("unknown kind '{kind_name}' (expected one of {})", names.join(", "))
    })?;
    let target = match o.str("node")? {
        Some(n) => target_from_name(&n)?,
        None => Target::Answering,
    };
    let nth = o.u64("nth")?.unwrap_or(1).max(1);
    let times = match o.u64("times")?.unwrap_or(1) {
        0 => u64::MAX,
        n => n,
    };
    let action_name = o.str("action")?.ok_or("'action' is required")?;
    let action = match action_name.as_str() {
        "http_status" => {
            let status = o.required_u64("http_status")?;
            if !(100..=599).contains(&status) {
                return Err(format!("'http_status' must be 100..599, got {status}"));
            }
            Action::HttpStatus {
                status: status as u16,
                content_type: o.str("content_type")?.unwrap_or_else(|| "text/html".into()),
                body: o.str("body")?.unwrap_or_default(),
            }
        }
        "status" => Action::Status {
            status: o.str("status")?.ok_or("'status' is required")?,
            message: o.str("message")?.unwrap_or_default(),
        },
        "txn_in_processing" => Action::txn_in_processing(),
        "fail" => {
            let error_log = match o.get("error_log") {
                None => Vec::new(),
                Some(Value::Array(items)) => items
                    .iter()
                    .map(|i| i.as_str().map(str::to_string).ok_or("'error_log' must be an array of strings"))
                    .collect::<Result<_, _>>()?,
                Some(_) => return Err("'error_log' must be an array of strings".into()),
            };
            Action::Fail { message: o.str("message")?.ok_or("'message' is required")?, error_log }
        }
        "publish_timeout" => {
            Action::PublishTimeout { publish_delay: Duration::from_millis(o.u64("publish_delay_ms")?.unwrap_or(1000)) }
        }
        "too_many_txns" => Action::TooManyTxns,
        "reset" => Action::Reset { after_body_bytes: o.u64("after_body_bytes")?.unwrap_or(0) },
        "delay" => Action::Delay { delay: Duration::from_millis(o.required_u64("ms")?) },
        "mysql_error" => {
            let code = o.u64("code")?.unwrap_or(1064);
            let state = o.str("state")?.unwrap_or_else(|| "HY000".into());
            if state.len() != 5 {
                return Err(format!("'state' must have 5 characters, got '{state}'"));
            }
            Action::MysqlError {
                code: u16::try_from(code).map_err(|_| format!("'code' out of range: {code}"))?,
                state,
                message: o.str("message")?.ok_or("'message' is required")?,
            }
        }
        other => return Err(format!("unknown action '{other}'")),
    };
    o.finish()?;
    let fault = Fault { kind, target, nth, times, action };
    fault.validate()?;
    Ok(fault)
}

fn action_json(a: &Action, out: &mut Map<String, Value>) {
    out.insert("action".into(), json!(a.name()));
    match a {
        Action::HttpStatus { status, content_type, body } => {
            out.insert("http_status".into(), json!(status));
            out.insert("content_type".into(), json!(content_type));
            out.insert("body".into(), json!(body));
        }
        Action::Status { status, message } => {
            out.insert("status".into(), json!(status));
            out.insert("message".into(), json!(message));
        }
        Action::Fail { message, error_log } => {
            out.insert("message".into(), json!(message));
            out.insert("error_log".into(), json!(error_log));
        }
        Action::PublishTimeout { publish_delay } => {
            out.insert("publish_delay_ms".into(), json!(publish_delay.as_millis() as u64));
        }
        Action::TooManyTxns => {}
        Action::Reset { after_body_bytes } => {
            out.insert("after_body_bytes".into(), json!(after_body_bytes));
        }
        Action::Delay { delay } => {
            out.insert("ms".into(), json!(delay.as_millis() as u64));
        }
        Action::MysqlError { code, state, message } => {
            out.insert("code".into(), json!(code));
            out.insert("state".into(), json!(state));
            out.insert("message".into(), json!(message));
        }
    }
}

/// An installed fault as JSON.
pub fn status_json(s: &FaultStatus) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), json!(s.id.0));
    m.insert("kind".into(), json!(s.fault.kind.name()));
    m.insert("node".into(), json!(s.fault.target.name()));
    m.insert("nth".into(), json!(s.fault.nth));
    m.insert("times".into(), json!(if s.fault.times == u64::MAX { 0 } else { s.fault.times }));
    action_json(&s.fault.action, &mut m);
    m.insert("seen".into(), json!(s.seen));
    m.insert("fired".into(), json!(s.fired));
    Value::Object(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_round_trip_and_reject_unknown_keys() {
        let v = json!({"kind": "txn_commit", "node": "fe:1", "nth": 2, "times": 0, "action": "status",
            "status": "FAILED", "message": "m"});
        let f = fault_from_json(&v).unwrap();
        assert_eq!(f.target, Target::Fe(Some(1)));
        assert_eq!(f.times, u64::MAX);
        let back = status_json(&FaultStatus { id: super::super::FaultId(7), fault: f, seen: 0, fired: 0 });
        assert_eq!(back["node"], "fe:1");
        assert_eq!(back["times"], 0);
        let bad = json!({"kind": "stream_load", "action": "fail", "message": "m", "oops": 1});
        assert_eq!(fault_from_json(&bad).unwrap_err(), "unknown key 'oops'");
        let bad = json!({"kind": "nope", "action": "fail"});
        assert!(fault_from_json(&bad).unwrap_err().starts_with("unknown kind 'nope'"));
        assert_eq!(node_from_name("fe:2"), Ok(Node::Fe(2)));
        assert!(node_from_name("x").is_err());
    }
}
