//! The table both benches load: `(id INT, name STRING, v INT)`, a duplicate-key table keyed
//! by `id` in StarRocks.

use sluice_common::{DataType, TypeKind};
use sluice_starrocks::{TargetColumn, TargetTable};

/// The Flink columns of the table.
pub fn columns() -> Vec<(String, DataType)> {
    vec![
        ("id".into(), DataType::nullable(TypeKind::Int)),
        ("name".into(), DataType::string()),
        ("v".into(), DataType::nullable(TypeKind::Int)),
    ]
}

/// What `information_schema.COLUMNS` says of the StarRocks table (aligned columns, `id` the
/// duplicate key).
pub fn target() -> TargetTable {
    TargetTable::new(
        ["id", "name", "v"]
            .iter()
            .enumerate()
            .map(|(i, n)| TargetColumn {
                name: n.to_string(),
                ordinal: i as u64 + 1,
                key: if i == 0 { "DUP".into() } else { String::new() },
            })
            .collect(),
    )
}
