//! StarRocks' answers (wire spec §2.4, §3.4–3.8, §4.3–4.5) and the one place that decides
//! what an answer means for the client: [`classify`].
//!
//! Keys are read case-insensitively (`Status` from a BE, `status` from a `RestBaseResult`),
//! unknown keys are ignored, and the raw text is kept for error messages.

use serde_json::{Map, Value};

/// A JSON answer of a load, a transaction step, or the FE.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reply {
    /// `Status` / `status`.
    pub status: String,
    /// `Message`, `msg` or `message`.
    pub message: String,
    /// `Label`.
    pub label: Option<String>,
    /// `ExistingJobStatus` (with `Label Already Exists`).
    pub existing_job_status: Option<String>,
    /// `TxnId`.
    pub txn_id: Option<i64>,
    /// `NumberLoadedRows`.
    pub loaded_rows: Option<u64>,
    /// `NumberFilteredRows`.
    pub filtered_rows: Option<u64>,
    /// `LoadBytes`.
    pub load_bytes: Option<u64>,
    /// `ErrorURL`.
    pub error_url: Option<String>,
    /// `state` of `get_load_state`.
    pub state: Option<String>,
    /// `reason` of `get_load_state`.
    pub reason: Option<String>,
}

impl Reply {
    /// Parses an answer body; `None` when it is not a JSON object.
    pub fn parse(body: &[u8]) -> Option<Reply> {
        let map: Map<String, Value> = serde_json::from_slice(body).ok()?;
        let get = |names: &[&str]| {
            names.iter().find_map(|n| map.iter().find(|(k, _)| k.eq_ignore_ascii_case(n)).map(|(_, v)| v))
        };
        let text = |names: &[&str]| {
            get(names).and_then(|v| match v {
                Value::String(s) => Some(s.clone()),
                Value::Null => None,
                other => Some(other.to_string()),
            })
        };
        let int = |name: &str| get(&[name]).and_then(Value::as_i64);
        let uint = |name: &str| get(&[name]).and_then(Value::as_u64);
        Some(Reply {
            status: text(&["Status"]).unwrap_or_default(),
            message: text(&["Message", "msg"]).unwrap_or_default(),
            label: text(&["Label"]),
            existing_job_status: text(&["ExistingJobStatus"]),
            txn_id: int("TxnId"),
            loaded_rows: uint("NumberLoadedRows"),
            filtered_rows: uint("NumberFilteredRows"),
            load_bytes: uint("LoadBytes"),
            error_url: text(&["ErrorURL"]),
            state: text(&["state"]),
            reason: text(&["reason"]),
        })
    }
}

/// The request an answer belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// `PUT /api/{db}/{table}/_stream_load`.
    StreamLoad,
    /// `POST /api/transaction/begin`.
    Begin,
    /// `PUT /api/transaction/load`.
    Load,
    /// `POST /api/transaction/prepare`.
    Prepare,
    /// `POST /api/transaction/commit`.
    Commit,
    /// `POST /api/transaction/rollback`.
    Rollback,
}

impl Op {
    /// The step's name in messages.
    pub fn name(self) -> &'static str {
        match self {
            Op::StreamLoad => "stream load",
            Op::Begin => "begin",
            Op::Load => "load",
            Op::Prepare => "prepare",
            Op::Commit => "commit",
            Op::Rollback => "rollback",
        }
    }
}

/// What an answer means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Done.
    Success,
    /// Nothing happened that matters; send the same request again after a pause.
    Retry(String),
    /// The label's data is already committed (an earlier attempt landed): done, and sending
    /// again would load it twice.
    AlreadyCommitted,
    /// The answer does not tell; the label's state does (`get_load_state`).
    CheckLabelState,
    /// Failed for good. `data_error`: StarRocks rejected rows.
    Fail {
        /// Whether the rows themselves were rejected.
        data_error: bool,
    },
}

/// Messages of failures that the rows cause; sending them again never helps.
const DATA_ERRORS: &[&str] = &[
    "too many filtered rows",
    "parse error",
    "target column count",
    "invalid utf-8",
    "is out of range",
    "value length is beyond",
    "null value in non-nullable column",
    "is too long",
    "primary key size exceed",
];

/// Messages of failures that a pause can cure.
const TRANSIENT: &[&str] = &[
    "current running txns on db",
    "is in processing",
    "service is shutting down",
    "no backend alive",
    "exceed http cuncurrent limit",
    "please try again later",
    "publish timeout",
];

/// Messages of failures that no retry can cure: configuration, privileges, missing objects.
const PERMANENT: &[&str] = &[
    "access denied",
    "no valid basic authorization",
    "unknown database",
    "unknown table",
    "does not exist",
    "label format error",
    "invalid",
    "only primary key table",
    "not support",
    "materialized view",
    "exceed limit",
    "exceed the max size",
    "no partitions have data",
    "all partitions have no load data",
    "mapping column is not in table",
    "column has no default value",
    "duplicate column mapping",
];

fn has(message: &str, list: &[&str]) -> bool {
    let m = message.to_ascii_lowercase();
    list.iter().any(|p| m.contains(p))
}

fn is_data_error(r: &Reply) -> bool {
    r.filtered_rows.is_some_and(|n| n > 0) || has(&r.message, DATA_ERRORS)
}

/// Decides what an answer to `op` means. `http` is the final HTTP status (after
/// redirects), `reply` the parsed body, if it was JSON.
///
/// The rules: success words per step; `Label Already Exists` is done when the existing job
/// FINISHED and otherwise needs the label state; a rejected row is never retried; a
/// transient answer is retried; a commit or prepare whose answer is unclear is settled by
/// the label state; a plain stream load may be sent again with the same label whenever its
/// failure is not known to be permanent, because StarRocks de-duplicates labels.
pub fn classify(op: Op, http: u16, reply: Option<&Reply>) -> Outcome {
    let fail = Outcome::Fail { data_error: false };
    match http {
        200 => {}
        401 | 403 | 404 | 405 | 400 => return fail,
        500..=599 => return Outcome::Retry(format!("HTTP {http}")),
        _ => return fail,
    }
    let Some(r) = reply else {
        return match op {
            Op::StreamLoad | Op::Begin => Outcome::Retry("the answer is not JSON".into()),
            Op::Prepare | Op::Commit => Outcome::CheckLabelState,
            Op::Load | Op::Rollback => fail,
        };
    };
    let status = r.status.to_ascii_uppercase();
    let finished = r.existing_job_status.as_deref().is_some_and(|s| s.eq_ignore_ascii_case("FINISHED"));
    let transient = || status == "TXN_IN_PROCESSING" || status == "SERVICE_UNAVAILABLE" || has(&r.message, TRANSIENT);
    match (op, status.as_str()) {
        (Op::StreamLoad, "SUCCESS" | "OK" | "PUBLISH TIMEOUT") => Outcome::Success,
        (Op::StreamLoad, "LABEL ALREADY EXISTS") if finished => Outcome::AlreadyCommitted,
        (Op::StreamLoad, "LABEL ALREADY EXISTS") => Outcome::CheckLabelState,
        (Op::StreamLoad, _) if is_data_error(r) => Outcome::Fail { data_error: true },
        (Op::StreamLoad, _) if transient() => Outcome::Retry(r.message.clone()),
        (Op::StreamLoad, _) if has(&r.message, PERMANENT) => fail,
        (Op::StreamLoad, _) => Outcome::Retry(format!("{}: {}", r.status, r.message)),

        (Op::Begin, "OK") => Outcome::Success,
        // Labels are random: an existing one is this sink's own earlier, answered-too-late begin.
        (Op::Begin, "LABEL_ALREADY_EXISTS" | "LABEL ALREADY EXISTS") if finished => Outcome::AlreadyCommitted,
        (Op::Begin, "LABEL_ALREADY_EXISTS" | "LABEL ALREADY EXISTS") => Outcome::Success,
        (Op::Begin, _) if transient() => Outcome::Retry(r.message.clone()),
        (Op::Begin, "TIMEOUT") => Outcome::Retry(r.message.clone()),

        (Op::Load, "OK") => Outcome::Success,
        (Op::Load, "TXN_IN_PROCESSING" | "SERVICE_UNAVAILABLE") => Outcome::Retry(r.message.clone()),
        (Op::Load, _) => Outcome::Fail { data_error: is_data_error(r) },

        (Op::Prepare, "OK") => Outcome::Success,
        (Op::Prepare, "TXN_NOT_EXISTS") => Outcome::CheckLabelState,
        (Op::Prepare, _) if is_data_error(r) => Outcome::Fail { data_error: true },
        (Op::Prepare, _) if transient() => Outcome::Retry(r.message.clone()),

        (Op::Commit, "OK") => Outcome::Success,
        (Op::Commit, "PUBLISH_TIMEOUT") => Outcome::AlreadyCommitted,
        (Op::Commit, _) if is_data_error(r) => Outcome::Fail { data_error: true },
        (Op::Commit, "TXN_IN_PROCESSING" | "SERVICE_UNAVAILABLE") => Outcome::Retry(r.message.clone()),
        (Op::Commit, _) => Outcome::CheckLabelState,

        (Op::Rollback, "OK" | "SUCCESS") => Outcome::Success,
        _ => fail,
    }
}

/// Whether the label-less begin probe says the server has the transaction API (spec §2.4:
/// only `{"status":"FAILED","msg":"Not implemented"}` means it has not).
pub fn probe_supports_transactions(reply: Option<&Reply>) -> bool {
    !reply.is_some_and(|r| r.status.eq_ignore_ascii_case("FAILED") && r.message == "Not implemented")
}

/// A label's state from `get_load_state`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelState {
    /// Never used, or forgotten.
    Unknown,
    /// Loading.
    Prepare,
    /// Prepared (two-phase), waiting for commit.
    Prepared,
    /// Committed, not yet visible.
    Committed,
    /// Visible.
    Visible,
    /// Aborted; the label can be used again.
    Aborted,
}

impl LabelState {
    /// Parses `state`.
    pub fn parse(s: &str) -> Option<LabelState> {
        Some(match s.to_ascii_uppercase().as_str() {
            "UNKNOWN" => LabelState::Unknown,
            "PREPARE" => LabelState::Prepare,
            "PREPARED" => LabelState::Prepared,
            "COMMITTED" => LabelState::Committed,
            "VISIBLE" => LabelState::Visible,
            "ABORTED" => LabelState::Aborted,
            _ => return None,
        })
    }

    /// Whether the label's data is committed.
    pub fn is_committed(self) -> bool {
        matches!(self, LabelState::Committed | LabelState::Visible)
    }

    /// The state as StarRocks names it.
    pub fn name(self) -> &'static str {
        match self {
            LabelState::Unknown => "UNKNOWN",
            LabelState::Prepare => "PREPARE",
            LabelState::Prepared => "PREPARED",
            LabelState::Committed => "COMMITTED",
            LabelState::Visible => "VISIBLE",
            LabelState::Aborted => "ABORTED",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(json: &str) -> Reply {
        Reply::parse(json.as_bytes()).unwrap()
    }

    fn c(op: Op, json: &str) -> Outcome {
        classify(op, 200, Some(&reply(json)))
    }

    #[test]
    fn parses_be_and_fe_shapes() {
        let r = reply(
            r#"{"TxnId": 7, "Label": "l", "Status": "Fail", "Message": "too many filtered rows", "NumberFilteredRows": 2, "ErrorURL": "http://h:1/api/_load_error_log?file=x"}"#,
        );
        assert_eq!((r.status.as_str(), r.txn_id, r.filtered_rows), ("Fail", Some(7), Some(2)));
        assert_eq!(r.error_url.as_deref(), Some("http://h:1/api/_load_error_log?file=x"));
        let r = reply(r#"{"state":"VISIBLE","reason":"","status":"OK","code":"0","msg":"Success","message":"OK"}"#);
        assert_eq!((r.state.as_deref(), r.status.as_str(), r.message.as_str()), (Some("VISIBLE"), "OK", "OK"));
        assert!(Reply::parse(b"Not Found").is_none());
    }

    #[test]
    fn a_data_error_is_never_retried() {
        let rejected = r#"{"Status": "Fail", "Message": "too many filtered rows", "NumberFilteredRows": 1, "ErrorURL": "http://be/x"}"#;
        assert_eq!(c(Op::StreamLoad, rejected), Outcome::Fail { data_error: true });
        assert_eq!(c(Op::Load, rejected), Outcome::Fail { data_error: true });
        let on_prepare = r#"{"Status": "INTERNAL_ERROR", "Message": "too many filtered rows"}"#;
        assert_eq!(c(Op::Prepare, on_prepare), Outcome::Fail { data_error: true });
        assert_eq!(c(Op::Commit, on_prepare), Outcome::Fail { data_error: true });
    }

    #[test]
    fn stream_load_outcomes() {
        assert_eq!(c(Op::StreamLoad, r#"{"Status": "Success"}"#), Outcome::Success);
        assert_eq!(c(Op::StreamLoad, r#"{"Status": "Publish Timeout"}"#), Outcome::Success);
        let exists = r#"{"Status": "Label Already Exists", "ExistingJobStatus": "FINISHED"}"#;
        assert_eq!(c(Op::StreamLoad, exists), Outcome::AlreadyCommitted);
        let running = r#"{"Status": "Label Already Exists", "ExistingJobStatus": "RUNNING"}"#;
        assert_eq!(c(Op::StreamLoad, running), Outcome::CheckLabelState);
        let busy = r#"{"Status": "Fail", "Message": "current running txns on db 10 is 1000, larger than limit 1000"}"#;
        assert!(matches!(c(Op::StreamLoad, busy), Outcome::Retry(_)));
        let denied = r#"{"Status": "Fail", "Message": "Access denied for user 'u' (using password: YES)"}"#;
        assert_eq!(c(Op::StreamLoad, denied), Outcome::Fail { data_error: false });
        assert_eq!(
            c(Op::StreamLoad, r#"{"Status": "Fail", "Message": "unknown table \"d.t\""}"#),
            Outcome::Fail { data_error: false }
        );
        assert!(matches!(c(Op::StreamLoad, r#"{"Status": "Fail", "Message": "rpc failed"}"#), Outcome::Retry(_)));
        assert!(matches!(classify(Op::StreamLoad, 200, None), Outcome::Retry(_)));
        assert!(matches!(classify(Op::StreamLoad, 503, None), Outcome::Retry(_)));
        assert_eq!(classify(Op::StreamLoad, 401, None), Outcome::Fail { data_error: false });
    }

    #[test]
    fn transaction_outcomes() {
        assert_eq!(c(Op::Begin, r#"{"Status": "OK"}"#), Outcome::Success);
        assert_eq!(
            c(Op::Begin, r#"{"Status": "LABEL_ALREADY_EXISTS", "ExistingJobStatus": "RUNNING"}"#),
            Outcome::Success
        );
        assert!(matches!(
            c(
                Op::Begin,
                r#"{"Status": "FAILED", "Message": "current running txns on db 1 is 100, larger than limit 100"}"#
            ),
            Outcome::Retry(_)
        ));
        assert_eq!(
            c(Op::Begin, r#"{"Status": "ANALYSIS_ERROR", "Message": "unknown table"}"#),
            Outcome::Fail { data_error: false }
        );
        let busy = r#"{"Status": "TXN_IN_PROCESSING", "Label": "l", "Message": "Transaction is in processing"}"#;
        for op in [Op::Load, Op::Prepare, Op::Commit] {
            assert!(matches!(c(op, busy), Outcome::Retry(_)), "{op:?}");
        }
        assert_eq!(c(Op::Load, r#"{"Status": "TXN_NOT_EXISTS"}"#), Outcome::Fail { data_error: false });
        assert_eq!(c(Op::Prepare, r#"{"Status": "TXN_NOT_EXISTS"}"#), Outcome::CheckLabelState);
        assert_eq!(c(Op::Commit, r#"{"Status": "PUBLISH_TIMEOUT"}"#), Outcome::AlreadyCommitted);
        let fe_publish = r#"{"Status": "FAILED", "Message": "class com.starrocks.common.StarRocksException: publish timeout: 20000, transactionId=3"}"#;
        assert_eq!(c(Op::Commit, fe_publish), Outcome::CheckLabelState);
        assert_eq!(classify(Op::Commit, 200, None), Outcome::CheckLabelState);
        assert_eq!(c(Op::Rollback, r#"{"Status": "OK"}"#), Outcome::Success);
    }

    #[test]
    fn probe_and_states() {
        assert!(probe_supports_transactions(Some(&reply(r#"{"Status": "FAILED", "Message": "empty label"}"#))));
        assert!(!probe_supports_transactions(Some(&reply(r#"{"status": "FAILED", "msg": "Not implemented"}"#))));
        assert!(probe_supports_transactions(None));
        assert!(LabelState::parse("visible").unwrap().is_committed());
        assert_eq!(LabelState::parse("PREPARED"), Some(LabelState::Prepared));
        assert_eq!(LabelState::parse("nonsense"), None);
    }
}
