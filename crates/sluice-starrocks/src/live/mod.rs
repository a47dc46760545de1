//! `sluice validate --live`: each StarRocks table checked against the real table over the
//! FE's MySQL port and the load URL's HTTP port, as the connector does when a job is
//! submitted — all findings at once, each at the DDL column or option it concerns.

mod catalog_client;
mod jdbc_url;
mod load_url_probe;
mod schema_check;
mod starrocks_table;

use futures::future::join_all;
use sluice_common::Diagnostic;
use sluice_common::connector::TableContext;

pub use catalog_client::{CatalogClient, CatalogError};
pub use jdbc_url::{FeAddress, fe_addresses};
pub use load_url_probe::{ProbeOutcome, probe};
pub use schema_check::{ColumnsItem, SinkCheck, split_columns};
pub use starrocks_table::{StarRocksColumn, StarRocksTable, TableModel, Version};

use crate::ddl::create_table_sql;
use crate::options::StarRocksSinkOptions;

/// What `--live` may change.
#[derive(Debug, Clone, Copy, Default)]
pub struct LiveSettings {
    /// Create missing databases and tables (`--create-missing`).
    pub create_missing: bool,
}

/// Checks every table concurrently; the findings of table `i` are at index `i`.
pub async fn check_tables(tables: &[TableContext<'_>], settings: LiveSettings) -> Vec<Vec<Diagnostic>> {
    join_all(tables.iter().map(|t| check_table(t, settings))).await
}

/// Checks one StarRocks table. Tables whose options are incomplete are left to the offline
/// check, which already reported them.
pub async fn check_table(table: &TableContext<'_>, settings: LiveSettings) -> Vec<Diagnostic> {
    let is_sink = table.option("load-url").is_some() || table.option("scan-url").is_none();
    let (options, _) = StarRocksSinkOptions::parse(table.options.iter().map(|e| (e.key.as_str(), e.value.as_str())));
    let Some(options) = options.filter(|_| is_sink) else {
        return source_check(table, settings).await;
    };
    let span_of = |key: &str| table.option(key).map_or(table.span, |e| e.value_span);
    let fes = match fe_addresses(&options.jdbc_url) {
        Ok(fes) => fes,
        Err(why) => return vec![Diagnostic::error(why, span_of("jdbc-url"))],
    };
    let options = &options;
    let probes = join_all(options.load_urls.iter().map(|url| async move {
        (url.clone(), probe(url, &options.username, &options.password, options.connect_timeout).await)
    }));
    let catalog = async {
        let mut client =
            CatalogClient::connect(&fes, &options.username, &options.password, options.connect_timeout).await?;
        let described = describe(&mut client, options, table, settings).await;
        client.close().await;
        Ok::<_, Vec<CatalogError>>(described)
    };
    let (probes, catalog) = futures::join!(probes, catalog);
    let mut out = Vec::new();
    let mut transactions = None;
    let mysql_refused =
        matches!(&catalog, Err(errors) if errors.iter().any(|e| matches!(e, CatalogError::AccessDenied { .. })));
    for (url, outcome) in probes {
        match outcome {
            ProbeOutcome::StarRocks { transactions: t } => transactions = Some(transactions.unwrap_or(true) && t),
            ProbeOutcome::Unauthorized(_) if mysql_refused => {}
            ProbeOutcome::Unauthorized(message) => out.push(
                Diagnostic::error(format!("The FE at {url} refused the credentials: {message}"), span_of("username"))
                    .with_help("check 'username' and 'password'"),
            ),
            ProbeOutcome::NotStarRocks(what) => out.push(
                Diagnostic::error(format!("{url} does not answer like a StarRocks FE: {what}"), span_of("load-url"))
                    .with_help("'load-url' names FE HTTP ports (8030 by default), 'host:port' separated by ';'"),
            ),
            ProbeOutcome::Unreachable(why) => out.push(
                Diagnostic::error(format!("Load URL {url} is not reachable: {why}"), span_of("load-url"))
                    .with_help("'load-url' names FE HTTP ports (8030 by default), 'host:port' separated by ';'"),
            ),
        }
    }
    match catalog {
        Err(errors) => out.extend(connect_findings(table, &errors)),
        Ok(Err(d)) => out.extend(d),
        Ok(Ok(described)) => {
            out.extend(described.notes);
            let check =
                SinkCheck { table, options, starrocks: &described.table, version: described.version, transactions };
            out.extend(check.run());
        }
    }
    out
}

/// The table as the FE describes it, after creating it when asked to.
struct Described {
    table: StarRocksTable,
    version: Option<Version>,
    notes: Vec<Diagnostic>,
}

async fn describe(
    client: &mut CatalogClient,
    options: &StarRocksSinkOptions,
    table: &TableContext<'_>,
    settings: LiveSettings,
) -> Result<Described, Vec<Diagnostic>> {
    let span_of = |key: &str| table.option(key).map_or(table.span, |e| e.value_span);
    let query_failed = |e: CatalogError| vec![Diagnostic::error(e.to_string(), span_of("jdbc-url"))];
    let mut notes = Vec::new();
    let mut starrocks = client.table(&options.database, &options.table).await.map_err(query_failed)?;
    if starrocks.columns.is_empty() {
        let database_exists = client.database_exists(&options.database).await.map_err(query_failed)?;
        if !settings.create_missing {
            return Err(vec![missing_table(table, options, database_exists)]);
        }
        let sql = create_table_sql(table.schema, &options.database, &options.table).map_err(|why| {
            vec![missing_table(table, options, database_exists).with_note(format!("cannot create it: {why}"))]
        })?;
        if !database_exists {
            let create_db = format!("CREATE DATABASE IF NOT EXISTS {}", crate::ddl::quote_ident(&options.database));
            client.execute(&create_db).await.map_err(query_failed)?;
        }
        client.execute(&sql).await.map_err(query_failed)?;
        notes.push(
            Diagnostic::warning(
                format!("Created StarRocks table {}.{}.", options.database, options.table),
                span_of("table-name"),
            )
            .with_note(sql),
        );
        starrocks = client.table(&options.database, &options.table).await.map_err(query_failed)?;
    }
    let version = client.current_version().await.ok().and_then(|v| Version::parse(&v));
    Ok(Described { table: starrocks, version, notes })
}

fn missing_table(table: &TableContext<'_>, options: &StarRocksSinkOptions, database_exists: bool) -> Diagnostic {
    let span_of = |key: &str| table.option(key).map_or(table.span, |e| e.value_span);
    let (message, span) = if database_exists {
        (format!("StarRocks table {}.{} does not exist.", options.database, options.table), span_of("table-name"))
    } else {
        (format!("StarRocks database {} does not exist.", options.database), span_of("database-name"))
    };
    Diagnostic::error(message, span)
        .with_note("the connector fails at job submission: Couldn't get the sink table's column info.")
        .with_help("create it (`sluice ddl starrocks` prints a CREATE TABLE), or run with --create-missing")
}

fn connect_findings(table: &TableContext<'_>, errors: &[CatalogError]) -> Vec<Diagnostic> {
    let span_of = |key: &str| table.option(key).map_or(table.span, |e| e.value_span);
    if let Some(CatalogError::AccessDenied { message }) =
        errors.iter().find(|e| matches!(e, CatalogError::AccessDenied { .. }))
    {
        return vec![
            Diagnostic::error(format!("The FE refused the credentials: {message}"), span_of("username"))
                .with_help("check 'username' and 'password'"),
        ];
    }
    let d = match errors {
        [only] => Diagnostic::error(capitalized(&only.to_string()), span_of("jdbc-url")),
        _ => {
            let mut d = Diagnostic::error("No FE of 'jdbc-url' answered.", span_of("jdbc-url"));
            for e in errors {
                d = d.with_note(e.to_string());
            }
            d
        }
    };
    vec![d.with_help("'jdbc-url' names FE MySQL ports (9030 by default): 'jdbc:mysql://host:port[,host2:port2]'")]
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// A StarRocks source table: the table must exist and have the Flink columns.
async fn source_check(table: &TableContext<'_>, _settings: LiveSettings) -> Vec<Diagnostic> {
    let value = |key: &str| table.option(key).map(|e| e.value.as_str());
    let span_of = |key: &str| table.option(key).map_or(table.span, |e| e.value_span);
    let (Some(jdbc), Some(user), Some(password), Some(database), Some(name)) =
        (value("jdbc-url"), value("username"), value("password"), value("database-name"), value("table-name"))
    else {
        return Vec::new();
    };
    let fes = match fe_addresses(jdbc) {
        Ok(fes) => fes,
        Err(why) => return vec![Diagnostic::error(why, span_of("jdbc-url"))],
    };
    let timeout = std::time::Duration::from_millis(
        value("scan.connect.timeout-ms").and_then(|v| v.parse::<u64>().ok()).unwrap_or(1000).max(100),
    );
    let mut client = match CatalogClient::connect(&fes, user, password, timeout).await {
        Ok(c) => c,
        Err(errors) => return connect_findings(table, &errors),
    };
    let described = client.table(database, name).await;
    client.close().await;
    match described {
        Err(e) => vec![Diagnostic::error(e.to_string(), span_of("jdbc-url"))],
        Ok(t) if t.columns.is_empty() => {
            vec![Diagnostic::error(format!("StarRocks table {database}.{name} does not exist."), span_of("table-name"))]
        }
        Ok(t) => table
            .schema
            .physical_columns()
            .filter(|c| t.column(&c.name).is_none())
            .map(|c| {
                Diagnostic::error(format!("StarRocks does not have column {}", c.name), c.span.unwrap_or(table.span))
            })
            .collect(),
    }
}
