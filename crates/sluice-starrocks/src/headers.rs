//! The headers of every request, as the connector sends them (spec §1.4, §3.5, §4.2): every
//! `sink.properties.*` entry on data loads, the defaults the connector adds, the `columns`
//! header, and the few headers of begin, prepare and commit.

use http::header::{HeaderName, HeaderValue};

use crate::error::ConfigError;
use crate::options::{Compression, Format, StarRocksSinkOptions};

/// An ordered header list.
pub type Headers = Vec<(HeaderName, HeaderValue)>;

/// How rows are loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadKind {
    /// `sink.version = V1`: one stream load per flush.
    V1,
    /// V2 with transaction stream load.
    Transaction,
    /// V2 with plain stream load (`sink.at-least-once.use-transaction-stream-load = false`,
    /// or a server without the transaction API).
    StreamLoad,
    /// V2 with merge commit (`sink.properties.enable_merge_commit = true`).
    MergeCommit,
}

/// Headers per request type (without `label`, which each request adds).
#[derive(Debug, Clone, Default)]
pub struct HeaderSet {
    /// Data loads (`_stream_load`, `/api/transaction/load`), before `label`.
    pub load: Headers,
    /// `/api/transaction/begin`, before `label`.
    pub begin: Headers,
    /// `/api/transaction/prepare`, before `label`.
    pub prepare: Headers,
}

fn header(name: &str, value: &str) -> Result<(HeaderName, HeaderValue), ConfigError> {
    let bad = || ConfigError::NotSupported {
        what: format!("the stream-load property '{name}' = '{value}' (not a valid HTTP header)"),
        help: "use printable ASCII in 'sink.properties.*' keys and values".into(),
    };
    Ok((HeaderName::from_bytes(name.as_bytes()).map_err(|_| bad())?, HeaderValue::from_str(value).map_err(|_| bad())?))
}

/// The `columns` header (spec §3.5): the user's own value (plus `__op` for a primary-key
/// table in CSV, so that the body's extra field is named); otherwise for CSV the Flink
/// column names in backticks and `__op` (unquoted in V1), left out when the table's
/// columns line up (V2); never for JSON, whose keys name the columns.
pub fn columns_header(
    kind: LoadKind,
    format: Format,
    user: Option<&str>,
    names: &[String],
    upsert: bool,
    aligned: bool,
) -> Option<String> {
    if let Some(user) = user {
        let names_op = user.split(',').any(|c| c.trim().trim_matches('`').eq_ignore_ascii_case("__op"));
        return Some(if upsert && format == Format::Csv && !names_op {
            format!("{user},__op")
        } else {
            user.to_string()
        });
    }
    if format == Format::Json || names.is_empty() || (kind != LoadKind::V1 && aligned) {
        return None;
    }
    let mut cols: Vec<String> = names.iter().map(|n| format!("`{}`", n.trim().replace('`', ""))).collect();
    if upsert {
        cols.push(if kind == LoadKind::V1 { "__op".into() } else { "`__op`".into() });
    }
    Some(cols.join(","))
}

/// The headers of a sink's requests.
pub fn build(kind: LoadKind, o: &StarRocksSinkOptions, columns: Option<&str>) -> Result<HeaderSet, ConfigError> {
    let p = &o.properties;
    let mut load: Headers = Vec::new();
    let set = |k: &str| p.get(k).is_some();
    let json = p.is_json();
    let lz4_csv = p.compression == Some(Compression::Lz4Frame) && p.format != Some(Format::Json);
    for (k, v) in &p.entries {
        if k == "format" && lz4_csv {
            continue;
        }
        load.push(header(k, v)?);
    }
    if lz4_csv {
        load.insert(0, header("format", "lz4")?);
    }
    let timeout = p.timeout_secs.unwrap_or(if kind == LoadKind::V1 { 60 } else { 600 }).to_string();
    if !set("timeout") {
        load.push(header("timeout", &timeout)?);
    }
    if json && !set("strip_outer_array") {
        load.push(header("strip_outer_array", "true")?);
    }
    if json && !set("ignore_json_size") {
        load.push(header("ignore_json_size", "true")?);
    }
    if let Some(c) = columns
        && !set("columns")
    {
        load.push(header("columns", c)?);
    }
    if let Some(c) = columns
        && set("columns")
    {
        let i = load.iter().position(|(k, _)| k == "columns").expect("columns property present");
        load[i] = header("columns", c)?;
    }
    if kind == LoadKind::MergeCommit {
        // The defaults the connector injects (spec §5); no Content-Type, as it sends none.
        for (k, v) in [("merge_commit_parallel", "3"), ("merge_commit_async", "true")] {
            if !set(k) {
                load.push(header(k, v)?);
            }
        }
    }
    if kind != LoadKind::V1 {
        load.push(header("db", &o.database)?);
        load.push(header("table", &o.table)?);
    }
    if kind == LoadKind::Transaction || kind == LoadKind::StreamLoad {
        load.push(header("content-type", "application/octet-stream")?);
    }
    let mut begin = vec![header("timeout", &p.timeout_secs.unwrap_or(600).to_string())?];
    if let Some(w) = &p.warehouse {
        begin.push(header("warehouse", w)?);
    }
    let prepare = vec![header("prepared_timeout", &p.prepared_timeout_secs.unwrap_or(180).to_string())?];
    Ok(HeaderSet { load, begin, prepare })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Vec<String> {
        ["id", "name", "score"].iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn columns_header_as_the_connector_computes_it() {
        let n = names();
        assert_eq!(
            columns_header(LoadKind::Transaction, Format::Csv, None, &n, true, false).as_deref(),
            Some("`id`,`name`,`score`,`__op`")
        );
        assert_eq!(
            columns_header(LoadKind::V1, Format::Csv, None, &n, true, false).as_deref(),
            Some("`id`,`name`,`score`,__op")
        );
        assert_eq!(columns_header(LoadKind::Transaction, Format::Csv, None, &n, false, true), None);
        assert_eq!(columns_header(LoadKind::Transaction, Format::Json, None, &n, true, false), None);
        assert_eq!(
            columns_header(LoadKind::Transaction, Format::Csv, Some("id,name"), &n, true, false).as_deref(),
            Some("id,name,__op")
        );
        assert_eq!(
            columns_header(LoadKind::Transaction, Format::Json, Some("id,name"), &n, true, false).as_deref(),
            Some("id,name")
        );
    }

    fn options(extra: &[(&str, &str)]) -> StarRocksSinkOptions {
        StarRocksSinkOptions::for_tests(extra)
    }

    fn pairs(h: &Headers) -> Vec<(String, String)> {
        h.iter().map(|(k, v)| (k.to_string(), v.to_str().unwrap().to_string())).collect()
    }

    #[test]
    fn v2_json_and_lz4_csv_headers() {
        let o = options(&[("sink.properties.format", "json"), ("sink.properties.strip_outer_array", "true")]);
        let h = build(LoadKind::Transaction, &o, None).unwrap();
        let p = pairs(&h.load);
        for want in
            [("format", "json"), ("strip_outer_array", "true"), ("ignore_json_size", "true"), ("timeout", "600")]
        {
            assert!(p.contains(&(want.0.into(), want.1.into())), "{p:?}");
        }
        let o = options(&[("sink.properties.compression", "lz4_frame")]);
        let p = pairs(&build(LoadKind::Transaction, &o, Some("`a`")).unwrap().load);
        assert_eq!(p[0], ("format".into(), "lz4".into()));
        assert!(p.contains(&("compression".into(), "lz4_frame".into())));
        let o = options(&[]);
        let h = build(LoadKind::V1, &o, Some("`a`,__op")).unwrap();
        assert_eq!(pairs(&h.load), [("timeout".to_string(), "60".to_string()), ("columns".into(), "`a`,__op".into())]);
        assert_eq!(pairs(&h.prepare), [("prepared_timeout".to_string(), "180".to_string())]);
    }
}
