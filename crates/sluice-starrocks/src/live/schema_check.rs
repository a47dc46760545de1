//! The live schema check, pure: a sink table's resolved Flink schema and options against
//! the StarRocks table the FE describes. The connector's own checks come first, with its
//! messages (connector-behavior.md §2.2–2.3); then what StarRocks would reject at load
//! time or load wrongly. Every finding points at the DDL column, key or option.

use sluice_common::connector::{FLINK_ACCEPTS_NOTE, TableContext};
use sluice_common::schema::Column;
use sluice_common::{Diagnostic, Span};

use super::starrocks_table::{StarRocksTable, TableModel, Version};
use crate::options::{Compression, Semantic, SinkVersion, StarRocksSinkOptions};
use crate::types::{Grade, StarRocksType, grade, java_accepts};

/// Everything the check compares.
pub struct SinkCheck<'a> {
    /// The Flink table.
    pub table: &'a TableContext<'a>,
    /// Its parsed sink options.
    pub options: &'a StarRocksSinkOptions,
    /// The StarRocks table.
    pub starrocks: &'a StarRocksTable,
    /// The server version, when `current_version()` answered.
    pub version: Option<Version>,
    /// Whether the load URL supports transaction stream load (the connector's probe).
    pub transactions: Option<bool>,
}

/// Merge commit exists since StarRocks 3.4.0.
const MERGE_COMMIT_SINCE: Version = Version::new(3, 4, 0);
/// `prepared_timeout` is read since 3.5.4.
const PREPARED_TIMEOUT_SINCE: Version = Version::new(3, 5, 4);
/// Compressed JSON bodies are read since 3.2.7.
const JSON_COMPRESSION_SINCE: Version = Version::new(3, 2, 7);
/// Transaction stream load exists since 2.4.
const TRANSACTIONS_SINCE: Version = Version::new(2, 4, 0);

impl SinkCheck<'_> {
    /// Every finding.
    pub fn run(&self) -> Vec<Diagnostic> {
        let mut out = self.primary_key();
        let user_columns = self.options.properties.columns.is_some();
        if user_columns {
            out.extend(self.columns_property());
        } else if self.options.version == SinkVersion::V1 {
            out.extend(self.v1_columns());
        } else {
            out.extend(self.v2_columns());
        }
        if !user_columns {
            out.extend(self.types());
        }
        out.extend(self.model_features());
        out.extend(self.version_features());
        out
    }

    fn physical(&self) -> impl Iterator<Item = &Column> {
        self.table.schema.physical_columns()
    }

    fn column_span(&self, c: &Column) -> Span {
        c.span.unwrap_or(self.table.span)
    }

    fn option_span(&self, key: &str) -> Span {
        self.table.option(key).map_or(self.table.span, |e| e.value_span)
    }

    fn qualified(&self) -> String {
        format!("{}.{}", self.options.database, self.options.table)
    }

    fn primary_key(&self) -> Vec<Diagnostic> {
        let sr_pk = self.starrocks.primary_key();
        let flink_pk = self.table.schema.primary_key.as_ref();
        let pk_span = flink_pk.and_then(|p| p.span).unwrap_or(self.table.span);
        if sr_pk.is_empty() {
            let model = self.starrocks.model();
            return match flink_pk {
                Some(_) => vec![
                    Diagnostic::warning(
                        format!("StarRocks table {} is a {} table: the Flink primary key is ignored.", self.qualified(), model.name()),
                        pk_span,
                    )
                    .with_note("rows are appended; deletes and update-befores reaching this sink are dropped (the Java connector drops them silently)")
                    .with_help("load into a StarRocks primary key table to apply updates and deletes"),
                ],
                None => Vec::new(),
            };
        }
        let shown_sr = sr_pk.join(", ");
        match flink_pk {
            None => vec![
                Diagnostic::error("Primary keys not defined in the sink `TableSchema`.", self.table.span)
                    .with_note(format!("{} is a primary key table with key ({shown_sr})", self.qualified()))
                    .with_help(format!("add PRIMARY KEY ({shown_sr}) NOT ENFORCED")),
            ],
            Some(pk) => {
                let same = pk.columns.len() == sr_pk.len()
                    && pk.columns.iter().all(|c| sr_pk.contains(&c.to_ascii_lowercase()));
                if same {
                    Vec::new()
                } else {
                    vec![
                        Diagnostic::error(
                            "Primary keys of the flink `TableSchema` do not match with the ones from starrocks table.",
                            pk_span,
                        )
                        .with_note(format!("the primary key of {} is ({shown_sr})", self.qualified()))
                        .with_help(format!("use PRIMARY KEY ({shown_sr}) NOT ENFORCED")),
                    ]
                }
            }
        }
    }

    fn v2_columns(&self) -> Vec<Diagnostic> {
        let mut out: Vec<Diagnostic> = self
            .physical()
            .filter(|c| self.starrocks.column(&c.name).is_none())
            .map(|c| {
                Diagnostic::error(format!("StarRocks does not have column {}", c.name), self.column_span(c))
                    .with_note(format!("columns of {}: {}", self.qualified(), self.starrocks_names()))
            })
            .collect();
        if self.options.properties.partial_update {
            return out;
        }
        for sr in &self.starrocks.columns {
            let written = self.physical().any(|c| c.name.eq_ignore_ascii_case(&sr.name));
            if !written && !sr.nullable && sr.default.is_none() {
                out.push(
                    Diagnostic::error(
                        format!(
                            "StarRocks column {} is NOT NULL without a default, and the Flink table does not write it.",
                            sr.name
                        ),
                        self.table.span,
                    )
                    .with_note("StarRocks rejects every row of such a load: Column has no default value")
                    .with_note(format!("{FLINK_ACCEPTS_NOTE}; the loads fail at run time"))
                    .with_help(format!("add column {} to the Flink table", sr.name)),
                );
            }
        }
        out
    }

    fn v1_columns(&self) -> Vec<Diagnostic> {
        let flink: Vec<&Column> = self.physical().collect();
        if flink.len() != self.starrocks.columns.len() {
            let names = flink.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(",");
            return vec![
                Diagnostic::error(
                    format!(
                        "Fields count of {} mismatch. flinkSchema[{}]:{names} realTab[{}]:{}",
                        self.options.table,
                        flink.len(),
                        self.starrocks.columns.len(),
                        self.starrocks.columns.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(",")
                    ),
                    self.table.span,
                )
                .with_note("sink.version V1 requires the Flink table to have exactly the StarRocks table's columns")
                .with_help("declare every StarRocks column, or use 'sink.version' = 'V2', which allows a subset"),
            ];
        }
        self.starrocks
            .columns
            .iter()
            .filter(|sr| !flink.iter().any(|c| c.name.eq_ignore_ascii_case(&sr.name)))
            .map(|sr| {
                Diagnostic::error(format!("Fields name or type mismatch for:{}", sr.name), self.table.span)
                    .with_help(format!("the Flink table has no column {}", sr.name))
            })
            .collect()
    }

    fn starrocks_names(&self) -> String {
        self.starrocks.columns.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ")
    }

    fn types(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for c in self.physical() {
            let Some(sr) = self.starrocks.column(&c.name) else { continue };
            let span = self.column_span(c);
            let flink_type = c.data_type.without_time_attribute().with_nullable(true);
            let java_ok = java_accepts(&flink_type, &sr.data_type);
            let java_message = format!(
                "Flink and StarRocks types are not matched for column {}, flink type is {}, starrocks type is {}",
                c.name,
                c.data_type.summary(),
                sr.data_type
            );
            let graded = match (&sr.column_type, self.options.properties.is_json()) {
                (StarRocksType::Struct(_), false) => Grade::Incompatible(
                    "StarRocks cannot read STRUCT columns from CSV; load with 'sink.properties.format' = 'json'".into(),
                ),
                (sr_type, _) => grade(&flink_type, sr_type),
            };
            match graded {
                Grade::Incompatible(why) => {
                    let mut d = Diagnostic::error(
                        format!(
                            "Column {} of type {} cannot be loaded into StarRocks column {} {}.",
                            c.name,
                            flink_type.summary(),
                            sr.name,
                            sr.column_type
                        ),
                        span,
                    )
                    .with_note(why);
                    d = if java_ok {
                        d.with_note(format!("{FLINK_ACCEPTS_NOTE}; the loads fail at run time"))
                    } else {
                        d.with_note(format!("the Java connector fails at job submission: {java_message}"))
                    };
                    let help =
                        if matches!(sr.column_type, StarRocksType::Struct(_)) && !self.options.properties.is_json() {
                            "add 'sink.properties.format' = 'json'".to_string()
                        } else {
                            type_help(&sr.column_type, &c.name, &flink_type)
                        };
                    out.push(d.with_help(help));
                }
                graded => {
                    let lossy = match graded {
                        Grade::Lossy(why) => Some(why),
                        _ => None,
                    };
                    if !java_ok {
                        let mut d = Diagnostic::warning(
                            format!("The Java connector rejects column {}: {java_message}", c.name),
                            span,
                        )
                        .with_note("sluice loads it; the same script fails on Flink at job submission");
                        if let Some(why) = &lossy {
                            d = d.with_note(why.clone());
                        }
                        out.push(d.with_help(format!(
                            "declare {} as {} to run on Flink too",
                            c.name,
                            flink_suggestion(&sr.column_type, &flink_type)
                        )));
                    } else if let Some(why) = lossy {
                        out.push(
                            Diagnostic::warning(
                                format!(
                                    "Column {} of type {} may lose data in StarRocks column {} {}.",
                                    c.name,
                                    flink_type.summary(),
                                    sr.name,
                                    sr.column_type
                                ),
                                span,
                            )
                            .with_note(why)
                            .with_help(format!(
                                "declare {} as {}",
                                c.name,
                                flink_suggestion(&sr.column_type, &flink_type)
                            )),
                        );
                    }
                }
            }
            if c.data_type.nullable && !sr.nullable {
                out.push(
                    Diagnostic::warning(
                        format!("Column {} is nullable, but StarRocks column {} is NOT NULL.", c.name, sr.name),
                        span,
                    )
                    .with_note("a NULL value is filtered out by StarRocks and fails the load (max_filter_ratio 0)")
                    .with_help(format!(
                        "declare {} {} NOT NULL, or filter NULLs in the INSERT",
                        c.name,
                        flink_type.summary()
                    )),
                );
            }
        }
        out
    }

    fn model_features(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let model = self.starrocks.model();
        let props = &self.options.properties;
        let pk_table = model == TableModel::PrimaryKey;
        if props.partial_update && !pk_table {
            out.push(
                Diagnostic::error(
                    format!(
                        "Partial update needs a primary key table, but {} is a {} table.",
                        self.qualified(),
                        model.name()
                    ),
                    self.option_span("sink.properties.partial_update"),
                )
                .with_note(format!("{FLINK_ACCEPTS_NOTE}; StarRocks rejects the loads"))
                .with_help("remove 'sink.properties.partial_update' or load into a primary key table"),
            );
        }
        let op_column = props.columns.as_deref().is_some_and(|l| split_columns(l).iter().any(|i| i.target == "__op"));
        if op_column && !pk_table {
            out.push(
                Diagnostic::error(
                    format!(
                        "'sink.properties.columns' loads __op, but {} is a {} table.",
                        self.qualified(),
                        model.name()
                    ),
                    self.option_span("sink.properties.columns"),
                )
                .with_note("only primary key tables apply __op: StarRocks loads delete rows as ordinary rows")
                .with_note(format!("{FLINK_ACCEPTS_NOTE}; deletes would silently become inserts"))
                .with_help("remove __op from the columns, or load into a primary key table"),
            );
        }
        if let Some(cond) = &props.merge_condition {
            out.extend(self.merge_condition(cond, pk_table));
        }
        if !pk_table && !self.options.ignore_update_before && self.table.option("sink.ignore.update-before").is_some() {
            out.push(
                Diagnostic::warning(
                    format!(
                        "'sink.ignore.update-before' has no effect on the {} table {}.",
                        model.name(),
                        self.qualified()
                    ),
                    self.option_span("sink.ignore.update-before"),
                )
                .with_note("only primary key tables apply deletes; update-befores are dropped"),
            );
        }
        out
    }

    fn merge_condition(&self, cond: &str, pk_table: bool) -> Vec<Diagnostic> {
        let span = self.option_span("sink.properties.merge_condition");
        let fail = |message: String| {
            Diagnostic::error(message, span).with_note(format!("{FLINK_ACCEPTS_NOTE}; StarRocks rejects the loads"))
        };
        if !pk_table {
            return vec![
                fail(format!("Conditional update only support primary key table {}", self.options.table))
                    .with_help("remove 'sink.properties.merge_condition' or load into a primary key table"),
            ];
        }
        let loaded = self.loaded_names();
        let Some(column) = self.starrocks.column(cond).filter(|_| loaded.iter().any(|n| n.eq_ignore_ascii_case(cond)))
        else {
            return vec![
                fail(format!(
                    "Merge condition column {cond} does not exist. If you are doing partial update with condition update, please check condition column is in the given update columns. Otherwise please check condition column is in table {}",
                    self.options.table
                ))
                .with_help(self.merge_condition_help()),
            ];
        };
        if column.key == "PRI" {
            return vec![
                fail(format!("Merge condition column {cond} should not be primary key!"))
                    .with_help(self.merge_condition_help()),
            ];
        }
        if !valid_merge_condition_type(&column.column_type) {
            return vec![
                fail("Merge condition column has invalid type maybe bitmap/hll/percentile/json/varchar!".into())
                    .with_note(format!("{cond} is {}", column.column_type))
                    .with_help(self.merge_condition_help()),
            ];
        }
        Vec::new()
    }

    /// Names of the columns a load writes: the `columns` property's targets, or the Flink columns.
    fn loaded_names(&self) -> Vec<String> {
        match &self.options.properties.columns {
            Some(list) => split_columns(list).into_iter().map(|item| item.target).collect(),
            None => self.physical().map(|c| c.name.clone()).collect(),
        }
    }

    /// Names the columns a merge condition may use: loaded, not a key, of an ordered type.
    fn merge_condition_help(&self) -> String {
        let loaded = self.loaded_names();
        let usable: Vec<&str> = self
            .starrocks
            .columns
            .iter()
            .filter(|c| c.key.is_empty() && valid_merge_condition_type(&c.column_type))
            .filter(|c| loaded.iter().any(|n| n.eq_ignore_ascii_case(&c.name)))
            .map(|c| c.name.as_str())
            .collect();
        if usable.is_empty() {
            "no loaded non-key column has a numeric, DATE or DATETIME type; load one such as a version or update time"
                .into()
        } else {
            format!("name a loaded non-key numeric, DATE or DATETIME column: {}", usable.join(", "))
        }
    }

    fn columns_property(&self) -> Vec<Diagnostic> {
        let Some(list) = &self.options.properties.columns else { return Vec::new() };
        let span = self.option_span("sink.properties.columns");
        let items = split_columns(list);
        let mut out = Vec::new();
        for item in &items {
            let known = item.target.eq_ignore_ascii_case("__op") || self.starrocks.column(&item.target).is_some();
            if item.expr.is_some() && !known {
                out.push(
                    Diagnostic::error(
                        format!(
                            "'sink.properties.columns' computes {}, which is not a column of {}.",
                            item.target,
                            self.qualified()
                        ),
                        span,
                    )
                    .with_note(format!("{FLINK_ACCEPTS_NOTE}; StarRocks rejects the loads"))
                    .with_note(format!(
                        "columns of {}: {}",
                        self.qualified(),
                        self.starrocks_names()
                    )),
                );
            } else if item.expr.is_none() && !known {
                let used = items.iter().any(|other| other.expr.as_deref().is_some_and(|e| mentions(e, &item.target)));
                if !used {
                    out.push(
                        Diagnostic::error(
                            format!(
                                "'sink.properties.columns' names {}, which is not a column of {}.",
                                item.target,
                                self.qualified()
                            ),
                            span,
                        )
                        .with_note("StarRocks reads such a field and drops it")
                        .with_note(format!("{FLINK_ACCEPTS_NOTE}; the field's values are silently lost"))
                        .with_note(format!(
                            "columns of {}: {}",
                            self.qualified(),
                            self.starrocks_names()
                        )),
                    );
                }
            }
        }
        out
    }

    fn version_features(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let props = &self.options.properties;
        let wants_transactions = match self.options.version {
            SinkVersion::V1 => false,
            _ => self.options.semantic == Semantic::ExactlyOnce || self.options.use_transaction_stream_load,
        } && !props.enable_merge_commit;
        let transactions = match (self.transactions, self.version) {
            (Some(false), _) => Some(false),
            (_, Some(v)) => Some(v >= TRANSACTIONS_SINCE),
            (probe, None) => probe,
        };
        if wants_transactions && transactions == Some(false) {
            let exactly_once = self.options.semantic == Semantic::ExactlyOnce;
            if exactly_once && self.options.version == SinkVersion::V2 {
                out.push(
                    Diagnostic::error(
                        "You must use transaction stream load if not enable auto-commit",
                        self.option_span("sink.version"),
                    )
                    .with_note(self.without_transactions_note())
                    .with_help("use 'sink.version' = 'AUTO', which falls back to V1 for exactly-once"),
                );
            } else {
                out.push(
                    Diagnostic::warning(
                        "The server has no transaction stream load: loads fall back to plain stream load.",
                        self.option_span("load-url"),
                    )
                    .with_note(self.without_transactions_note()),
                );
            }
        }
        let Some(version) = self.version else { return out };
        if props.enable_merge_commit && version < MERGE_COMMIT_SINCE {
            out.push(
                Diagnostic::error(
                    format!("Merge commit needs StarRocks {MERGE_COMMIT_SINCE} or later; the server runs {version}."),
                    self.option_span("sink.properties.enable_merge_commit"),
                )
                .with_note(format!("{FLINK_ACCEPTS_NOTE}; the loads fail at run time"))
                .with_help("remove 'sink.properties.enable_merge_commit' or upgrade StarRocks"),
            );
        }
        if props.prepared_timeout_secs.is_some() && version < PREPARED_TIMEOUT_SINCE {
            out.push(
                Diagnostic::warning(
                    format!("'prepared_timeout' is ignored before StarRocks {PREPARED_TIMEOUT_SINCE}; the server runs {version}."),
                    self.option_span("sink.properties.prepared_timeout"),
                )
                .with_note("the FE's prepared_transaction_default_timeout_second applies instead"),
            );
        }
        if props.compression == Some(Compression::Lz4Frame) && props.is_json() && version < JSON_COMPRESSION_SINCE {
            out.push(
                Diagnostic::error(
                    format!("Compressed JSON loads need StarRocks {JSON_COMPRESSION_SINCE} or later; the server runs {version}."),
                    self.option_span("sink.properties.compression"),
                )
                .with_note(format!("{FLINK_ACCEPTS_NOTE}; the loads fail at run time"))
                .with_help("remove 'sink.properties.compression' or upgrade StarRocks"),
            );
        }
        out
    }

    fn without_transactions_note(&self) -> String {
        match (self.transactions, self.version) {
            (Some(false), _) | (_, None) => "the load URL answered 'Not implemented' to /api/transaction/begin".into(),
            (_, Some(v)) => {
                format!("transaction stream load needs StarRocks {TRANSACTIONS_SINCE} or later; the server runs {v}")
            }
        }
    }
}

/// Types StarRocks compares for a merge condition (wire §6.6 rejects the others).
fn valid_merge_condition_type(t: &StarRocksType) -> bool {
    !matches!(
        t,
        StarRocksType::Char(_)
            | StarRocksType::Varchar(_)
            | StarRocksType::Json
            | StarRocksType::Bitmap
            | StarRocksType::Hll
            | StarRocksType::Percentile
            | StarRocksType::Varbinary(_)
    )
}

fn type_help(sr: &StarRocksType, column: &str, flink: &sluice_common::DataType) -> String {
    match sr {
        StarRocksType::Bitmap => format!("add 'sink.properties.columns' = '…, {column} = to_bitmap(<source column>)'"),
        StarRocksType::Hll => format!("add 'sink.properties.columns' = '…, {column} = hll_hash(<source column>)'"),
        other => format!("declare {column} as {}", flink_suggestion(other, flink)),
    }
}

/// The Flink type that loads into a StarRocks type as the seed's table maps it, keeping the
/// current type's family where it fits (`TIMESTAMP_LTZ` stays `TIMESTAMP_LTZ`).
fn flink_suggestion(sr: &StarRocksType, current: &sluice_common::DataType) -> String {
    use StarRocksType as S;
    use sluice_common::TypeKind as F;
    let any = sluice_common::DataType::string();
    match (sr, &current.kind) {
        (S::Datetime, F::TimestampLtz(..)) => return "TIMESTAMP_LTZ(6)".into(),
        (S::Array(e), F::Array(inner)) => return format!("ARRAY<{}>", flink_suggestion(e, inner)),
        (S::Array(e), _) => return format!("ARRAY<{}>", flink_suggestion(e, &any)),
        (S::Map(k, v), F::Map(fk, fv)) => {
            return format!("MAP<{}, {}>", flink_suggestion(k, fk), flink_suggestion(v, fv));
        }
        (S::Map(k, v), _) => return format!("MAP<{}, {}>", flink_suggestion(k, &any), flink_suggestion(v, &any)),
        _ => {}
    }
    match sr {
        S::Boolean => "BOOLEAN".into(),
        S::TinyInt => "TINYINT".into(),
        S::SmallInt => "SMALLINT".into(),
        S::Int => "INT".into(),
        S::BigInt => "BIGINT".into(),
        S::LargeInt => "DECIMAL(38, 0)".into(),
        S::Float => "FLOAT".into(),
        S::Double => "DOUBLE".into(),
        S::Decimal(p, s) => format!("DECIMAL({}, {s})", (*p).min(38)),
        S::Char(n) => format!("CHAR({})", (n / 3).max(1)),
        S::Varchar(n) if *n >= crate::types::starrocks_type::STRING_LENGTH => "STRING".into(),
        S::Varchar(n) => format!("VARCHAR({})", (n / 3).max(1)),
        S::Date => "DATE".into(),
        S::Datetime => "TIMESTAMP(6)".into(),
        S::Json => "a MAP, ROW or ARRAY type".into(),
        S::Struct(fields) => format!(
            "ROW<{}>",
            fields
                .iter()
                .map(|(n, t)| format!("`{n}` {}", flink_suggestion(t, &sluice_common::DataType::string())))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        S::Varbinary(Some(n)) => format!("VARBINARY({n})"),
        S::Varbinary(None) => "BYTES".into(),
        _ => "STRING".into(),
    }
}

/// One item of `sink.properties.columns`: a name, or `name = expression`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnsItem {
    /// The column (or placeholder) name, without backticks.
    pub target: String,
    /// The expression after `=`.
    pub expr: Option<String>,
}

/// Splits a `columns` header at top-level commas (not inside parentheses or quotes).
pub fn split_columns(list: &str) -> Vec<ColumnsItem> {
    let mut items = Vec::new();
    let (mut depth, mut quote, mut start) = (0i32, None::<char>, 0usize);
    let mut push = |piece: &str| {
        let piece = piece.trim();
        if piece.is_empty() {
            return;
        }
        let (target, expr) = match piece.split_once('=') {
            Some((t, e)) => (t.trim(), Some(e.trim().to_string())),
            None => (piece, None),
        };
        items.push(ColumnsItem { target: target.trim_matches('`').to_string(), expr });
    };
    for (i, ch) in list.char_indices() {
        match (quote, ch) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(ch),
            (None, '(') => depth += 1,
            (None, ')') => depth -= 1,
            (None, ',') if depth == 0 => {
                push(&list[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    push(&list[start..]);
    items
}

/// Whether an expression mentions an identifier (as a whole word, case-insensitively).
fn mentions(expr: &str, name: &str) -> bool {
    expr.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '`'))
        .any(|w| w.trim_matches('`').eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_columns_with_expressions() {
        let items = split_columns("id, `name`, v = to_bitmap(id), x = ifnull(tmp, 'a,b'), __op");
        let targets: Vec<&str> = items.iter().map(|i| i.target.as_str()).collect();
        assert_eq!(targets, ["id", "name", "v", "x", "__op"]);
        assert_eq!(items[3].expr.as_deref(), Some("ifnull(tmp, 'a,b')"));
        assert!(mentions("ifnull(tmp, 'a')", "TMP"));
        assert!(!mentions("ifnull(tmp2, 'a')", "tmp"));
    }
}
