//! The offline half of the type check: Flink column types that cannot be loaded into any
//! StarRocks column, or that the Java connector fails on at run time. The live check
//! compares each column with the real StarRocks column (see `types`).

use sluice_common::connector::{FLINK_ACCEPTS_NOTE, TableContext};
use sluice_common::{DataType, Diagnostic, TypeKind};

/// Problems of the table's physical columns, each at its column.
pub fn check(table: &TableContext<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for column in table.schema.physical_columns() {
        let span = column.span.unwrap_or(table.span);
        if let Some(kind) = unloadable(&column.data_type) {
            out.push(
                Diagnostic::error(
                    format!("Column {} of type {} cannot be loaded into StarRocks.", column.name, column.data_type.summary()),
                    span,
                )
                .with_note(if top_level(&column.data_type) {
                    format!("StarRocks has no type for {kind}; the Java connector fails on the first row with: Unsupported type:{kind}")
                } else {
                    format!("StarRocks has no type for {kind}, which this column contains")
                })
                .with_note(format!("{FLINK_ACCEPTS_NOTE}; the job fails at run time"))
                .with_help(format!("declare the column as STRING and CAST the {kind} value in the INSERT")),
            );
            continue;
        }
        match &column.data_type.kind {
            TypeKind::VarBinary(_) => out.push(
                Diagnostic::warning(
                    format!("The Java connector cannot load column {} of type {}.", column.name, column.data_type.summary()),
                    span,
                )
                .with_note("sluice loads BYTES into StarRocks VARBINARY columns; the same script fails on Flink at run time with: Unsupported type:BYTES")
                .with_help("to run it on Flink too, load text instead: a STRING column filled with TO_BASE64(…)"),
            ),
            TypeKind::Binary(n) if *n > 8 => out.push(
                Diagnostic::warning(
                    format!("Column {} of type BINARY({n}) does not fit the connector's 64-bit integer.", column.name),
                    span,
                )
                .with_note("the connector maps BINARY to a big-endian integer; values wider than 8 bytes overflow and are loaded wrongly by the Java connector")
                .with_help("use BINARY(n) with n <= 8, or BYTES into a StarRocks VARBINARY column"),
            ),
            _ => {}
        }
    }
    out
}

/// Whether the unloadable type is the column's own type (not nested in it).
fn top_level(ty: &DataType) -> bool {
    !matches!(ty.kind, TypeKind::Array(_) | TypeKind::Map(..) | TypeKind::Row(_))
}

/// The name of a type inside `ty` that no StarRocks column can hold.
fn unloadable(ty: &DataType) -> Option<&'static str> {
    match &ty.kind {
        TypeKind::Time(_) => Some("TIME"),
        TypeKind::Interval(_) => Some("INTERVAL"),
        TypeKind::Multiset(_) => Some("MULTISET"),
        TypeKind::Raw { .. } => Some("RAW"),
        TypeKind::Null => Some("NULL"),
        TypeKind::Symbol => Some("SYMBOL"),
        TypeKind::Array(e) => unloadable(e),
        TypeKind::Map(k, v) => unloadable(k).or_else(|| unloadable(v)),
        TypeKind::Row(fields) => fields.iter().find_map(|f| unloadable(&f.data_type)),
        _ => None,
    }
}
