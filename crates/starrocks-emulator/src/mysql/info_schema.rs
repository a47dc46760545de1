//! `information_schema` tables generated from the catalog (wire spec §8.3).

use crate::catalog::Catalog;
use crate::value::Value;

/// A generated table: column names and rows.
#[derive(Debug, Clone, Default)]
pub struct Virtual {
    /// Column names.
    pub columns: Vec<&'static str>,
    /// Rows.
    pub rows: Vec<Vec<Value>>,
}

fn s(v: &str) -> Value {
    Value::Str(v.to_string())
}

fn opt_i(v: Option<i64>) -> Value {
    v.map_or(Value::Null, Value::Int)
}

/// The named `information_schema` table, if the emulator has it.
pub fn table(catalog: &Catalog, name: &str) -> Option<Virtual> {
    match name.to_ascii_lowercase().as_str() {
        "columns" => Some(columns(catalog)),
        "tables" => Some(tables(catalog)),
        "schemata" => Some(schemata(catalog)),
        _ => None,
    }
}

fn columns(catalog: &Catalog) -> Virtual {
    let mut rows = Vec::new();
    for db in catalog.databases() {
        for t in db.tables.values() {
            let schema = &t.schema;
            for (i, c) in schema.columns.iter().enumerate() {
                let key = if c.is_key { schema.keys_type.column_key() } else { "" };
                let default = match &c.default {
                    Some(crate::catalog::schema::ColumnDefault::Literal(v)) => s(v),
                    Some(crate::catalog::schema::ColumnDefault::CurrentTimestamp) => s("CURRENT_TIMESTAMP"),
                    Some(crate::catalog::schema::ColumnDefault::Expr(e)) => s(e),
                    None => Value::Null,
                };
                rows.push(vec![
                    Value::Null,
                    s(&db.name),
                    s(&schema.name),
                    s(&c.name),
                    Value::Int(i as i64 + 1),
                    default,
                    s(if c.nullable { "YES" } else { "NO" }),
                    s(c.ty.data_type()),
                    opt_i(c.ty.char_max_length()),
                    opt_i(c.ty.char_max_length().map(|n| n * 3)),
                    opt_i(c.ty.numeric_precision()),
                    opt_i(if c.ty.is_numeric() { c.ty.decimal_digits() } else { None }),
                    Value::Null,
                    Value::Null,
                    Value::Null,
                    s(&c.ty.column_type()),
                    s(key),
                    s(""),
                    s(""),
                    s(&c.comment),
                    opt_i(c.ty.column_size()),
                    opt_i(c.ty.decimal_digits()),
                    Value::Null,
                    Value::Null,
                ]);
            }
        }
    }
    Virtual {
        columns: vec![
            "TABLE_CATALOG",
            "TABLE_SCHEMA",
            "TABLE_NAME",
            "COLUMN_NAME",
            "ORDINAL_POSITION",
            "COLUMN_DEFAULT",
            "IS_NULLABLE",
            "DATA_TYPE",
            "CHARACTER_MAXIMUM_LENGTH",
            "CHARACTER_OCTET_LENGTH",
            "NUMERIC_PRECISION",
            "NUMERIC_SCALE",
            "DATETIME_PRECISION",
            "CHARACTER_SET_NAME",
            "COLLATION_NAME",
            "COLUMN_TYPE",
            "COLUMN_KEY",
            "EXTRA",
            "PRIVILEGES",
            "COLUMN_COMMENT",
            "COLUMN_SIZE",
            "DECIMAL_DIGITS",
            "GENERATION_EXPRESSION",
            "SRS_ID",
        ],
        rows,
    }
}

fn tables(catalog: &Catalog) -> Virtual {
    let mut rows = Vec::new();
    for db in catalog.databases() {
        for t in db.tables.values() {
            rows.push(vec![
                s("def"),
                s(&db.name),
                s(&t.schema.name),
                s("BASE TABLE"),
                s("StarRocks"),
                Value::Null,
                s(""),
                Value::Int(t.store.row_count() as i64),
                Value::Int(0),
                Value::Int(0),
                Value::Null,
                Value::Null,
                Value::Null,
                Value::Null,
                Value::Null,
                Value::Null,
                Value::Null,
                s("utf8_general_ci"),
                Value::Null,
                s(""),
                s(t.schema.comment.as_deref().unwrap_or("")),
            ]);
        }
    }
    Virtual {
        columns: vec![
            "TABLE_CATALOG",
            "TABLE_SCHEMA",
            "TABLE_NAME",
            "TABLE_TYPE",
            "ENGINE",
            "VERSION",
            "ROW_FORMAT",
            "TABLE_ROWS",
            "AVG_ROW_LENGTH",
            "DATA_LENGTH",
            "MAX_DATA_LENGTH",
            "INDEX_LENGTH",
            "DATA_FREE",
            "AUTO_INCREMENT",
            "CREATE_TIME",
            "UPDATE_TIME",
            "CHECK_TIME",
            "TABLE_COLLATION",
            "CHECKSUM",
            "CREATE_OPTIONS",
            "TABLE_COMMENT",
        ],
        rows,
    }
}

fn schemata(catalog: &Catalog) -> Virtual {
    let mut rows = vec![vec![s("def"), s("information_schema"), s("utf8"), s("utf8_general_ci"), Value::Null]];
    for db in catalog.databases() {
        rows.push(vec![s("def"), s(&db.name), s("utf8"), s("utf8_general_ci"), Value::Null]);
    }
    Virtual {
        columns: vec![
            "CATALOG_NAME",
            "SCHEMA_NAME",
            "DEFAULT_CHARACTER_SET_NAME",
            "DEFAULT_COLLATION_NAME",
            "SQL_PATH",
        ],
        rows,
    }
}
