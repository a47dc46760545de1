//! `datagen`: a source of random or sequential rows (dialect spec §12.1).

use sluice_common::Diagnostic;
use sluice_common::connector::{ConnectorFactory, ConnectorRole, TableContext, check_declared};
use sluice_common::options::{OptionDecl, OptionType};

/// The `datagen` connector.
pub struct Datagen;

static OPTIONS: &[OptionDecl] = &[
    OptionDecl::new("rows-per-second", OptionType::Long).default("10000").doc("Rows per second to emit."),
    OptionDecl::new("number-of-rows", OptionType::Long).doc("Total number of rows to emit; unbounded when not set."),
    OptionDecl::new("scan.parallelism", OptionType::Int).doc("Parallelism of the source."),
    OptionDecl::new("fields.#.kind", OptionType::String)
        .default("random")
        .doc("Generator of this field: 'random' or 'sequence'."),
    OptionDecl::new("fields.#.min", OptionType::String).doc("Minimum value of the random generator."),
    OptionDecl::new("fields.#.max", OptionType::String).doc("Maximum value of the random generator."),
    OptionDecl::new("fields.#.max-past", OptionType::Duration).default("0").doc("Maximum past of a random timestamp."),
    OptionDecl::new("fields.#.length", OptionType::Int).doc("Length of random strings, bytes and collections."),
    OptionDecl::new("fields.#.var-len", OptionType::Bool)
        .default("false")
        .doc("Whether random strings and bytes have variable length."),
    OptionDecl::new("fields.#.start", OptionType::String).doc("Start value of the sequence generator."),
    OptionDecl::new("fields.#.end", OptionType::String).doc("End value of the sequence generator."),
    OptionDecl::new("fields.#.null-rate", OptionType::Float).default("0").doc("Fraction of NULL values."),
];

impl ConnectorFactory for Datagen {
    fn identifier(&self) -> &'static str {
        "datagen"
    }
    fn is_source(&self) -> bool {
        true
    }
    fn is_sink(&self) -> bool {
        false
    }
    fn options(&self) -> &'static [OptionDecl] {
        OPTIONS
    }

    fn is_bounded(&self, table: &TableContext<'_>) -> bool {
        table.option("number-of-rows").is_some()
    }

    fn validate(&self, table: &TableContext<'_>, role: Option<ConnectorRole>) -> Vec<Diagnostic> {
        let mut out = check_declared(self.identifier(), OPTIONS, table, role, &[]);
        for entry in table.options {
            let Some(field) = OPTIONS.iter().find_map(|d| d.matches(&entry.key).filter(|f| !f.is_empty())) else {
                continue;
            };
            let column = table.schema.physical_columns().find(|c| c.name == field);
            let Some(column) = column else {
                out.push(
                    Diagnostic::error(
                        format!("Unsupported options found for '{}'.", self.identifier()),
                        entry.key_span,
                    )
                    .with_help(format!("'{field}' is not a physical column of the table")),
                );
                continue;
            };
            if let Some(d) = field_option_problem(&entry.key, &entry.value, &column.data_type) {
                out.push(Diagnostic::error(d, entry.key_span));
            }
            if entry.key.ends_with(".kind") && !matches!(entry.value.as_str(), "random" | "sequence") {
                out.push(
                    Diagnostic::error(format!("Unsupported generator kind: {}", entry.value), entry.value_span)
                        .with_help("use 'random' or 'sequence'"),
                );
            }
            if entry.key.ends_with(".kind") && entry.value == "sequence" {
                for bound in ["start", "end"] {
                    let key = format!("fields.{field}.{bound}");
                    if table.option(&key).is_none() {
                        out.push(
                            Diagnostic::error(
                                format!("Could not find required property '{key}' for sequence generator."),
                                entry.value_span,
                            )
                            .with_help(format!("add '{key}' = '…'")),
                        );
                    }
                }
            }
        }
        out
    }
}

/// Per-type rules of the random and sequence generators.
fn field_option_problem(key: &str, value: &str, t: &sluice_common::DataType) -> Option<String> {
    use sluice_common::TypeKind;
    let option = key.rsplit('.').next().unwrap_or("");
    match (option, &t.kind) {
        ("length", TypeKind::Char(_) | TypeKind::Binary(_)) => {
            Some(format!("Custom length for fixed-length type {} field is not supported.", t.summary()))
        }
        ("length", TypeKind::VarChar(n) | TypeKind::VarBinary(n)) => match value.parse::<u64>() {
            Ok(l) if l > *n as u64 => Some(format!(
                "Custom length '{l}' for variable-length type {} field should be shorter than '{n}'.",
                t.summary()
            )),
            _ => None,
        },
        ("var-len", kind) if !matches!(kind, TypeKind::VarChar(_) | TypeKind::VarBinary(_)) => Some(format!(
            "Only supports specifying 'fields.#.var-len' option for variable-length types (VARCHAR/STRING/VARBINARY/BYTES). The type of field '{}' is not within this range.",
            key.split('.').nth(1).unwrap_or("")
        )),
        (
            "start" | "end",
            TypeKind::Boolean
            | TypeKind::Date
            | TypeKind::Time(_)
            | TypeKind::Timestamp(..)
            | TypeKind::TimestampLtz(..),
        ) => Some(format!("Unsupported options found for 'datagen': {key}")),
        _ => None,
    }
}
