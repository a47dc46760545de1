//! `CREATE TABLE` in StarRocks' dialect: column definitions with every type, key models,
//! `PARTITION BY`, `DISTRIBUTED BY`, `ORDER BY`, `PROPERTIES`.

use super::schema::{Column, ColumnDefault, Distribution, KeysType, TableSchema};
use super::types::{ColumnType, DecimalWidth, StructField};
use crate::sql::lexer::{Cursor, Tok};
use std::collections::BTreeMap;

/// A parsed `CREATE TABLE`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateTable {
    /// `IF NOT EXISTS` was given.
    pub if_not_exists: bool,
    /// Database qualifier, if any.
    pub database: Option<String>,
    /// The table definition.
    pub schema: TableSchema,
}

/// Parses a complete `CREATE TABLE` statement.
pub fn parse_create_table(sql: &str) -> Result<CreateTable, String> {
    let mut c = Cursor::new(sql)?;
    c.expect_kw("CREATE")?;
    c.eat_kw("EXTERNAL");
    c.expect_kw("TABLE")?;
    let if_not_exists = c.eat_kws(&["IF", "NOT", "EXISTS"]);
    let (database, name) = c.qualified()?;
    c.expect_sym('(')?;
    let mut columns = Vec::new();
    loop {
        if c.eat_kw("INDEX") {
            c.ident()?;
            c.skip_group()?;
            if c.eat_kw("USING") {
                c.ident()?;
            }
            if c.eat_kw("COMMENT") {
                c.string()?;
            }
        } else {
            columns.push(parse_column(&mut c)?);
        }
        if c.eat_sym(',') {
            continue;
        }
        c.expect_sym(')')?;
        break;
    }
    let mut keys: Option<(KeysType, Vec<String>)> = None;
    let mut partition = None;
    let mut distribution = None;
    let mut order_by = Vec::new();
    let mut properties = BTreeMap::new();
    let mut comment = None;
    while !c.at_end() {
        if c.eat_kw("ENGINE") {
            c.expect_sym('=')?;
            let engine = c.ident()?;
            if !engine.eq_ignore_ascii_case("OLAP") {
                return Err(format!("Unknown engine name: {engine}"));
            }
        } else if let Some(kt) = parse_keys_kind(&mut c) {
            let group = c.skip_group()?;
            keys = Some((kt, split_names(group)?));
        } else if c.eat_kw("COMMENT") {
            comment = Some(c.string()?);
        } else if c.peek_kw("PARTITION") {
            let start = c.offset();
            c.expect_kw("PARTITION")?;
            c.expect_kw("BY")?;
            while !c.at_end() && !c.peek_kw("DISTRIBUTED") && !c.peek_kw("PROPERTIES") && !c.peek_kw("ORDER") {
                if c.peek() == Some(&Tok::Sym('(')) {
                    c.skip_group()?;
                } else {
                    c.next_tok();
                }
            }
            partition = Some(c.text(start, c.offset()).trim().to_string());
        } else if c.eat_kw("DISTRIBUTED") {
            c.expect_kw("BY")?;
            if c.eat_kw("HASH") {
                let cols = split_names(c.skip_group()?)?;
                let buckets = parse_buckets(&mut c)?;
                distribution = Some(Distribution::Hash(cols, buckets));
            } else if c.eat_kw("RANDOM") {
                distribution = Some(Distribution::Random(parse_buckets(&mut c)?));
            } else {
                return Err(c.unexpected("HASH or RANDOM"));
            }
        } else if c.eat_kw("ORDER") {
            c.expect_kw("BY")?;
            order_by = split_names(c.skip_group()?)?;
        } else if c.eat_kw("PROPERTIES") {
            c.expect_sym('(')?;
            loop {
                if c.eat_sym(')') {
                    break;
                }
                let k = c.string()?;
                c.expect_sym('=')?;
                let v = c.string()?;
                properties.insert(k, v);
                if !c.eat_sym(',') {
                    c.expect_sym(')')?;
                    break;
                }
            }
        } else {
            return Err(c.unexpected("ENGINE, a key clause, PARTITION BY, DISTRIBUTED BY or PROPERTIES"));
        }
    }
    let schema = build_schema(name, columns, keys, partition, distribution, order_by, properties, comment)?;
    Ok(CreateTable { if_not_exists, database, schema })
}

trait PeekKw {
    fn peek_kw(&self, kw: &str) -> bool;
}

impl PeekKw for Cursor<'_> {
    fn peek_kw(&self, kw: &str) -> bool {
        matches!(self.peek(), Some(Tok::Word(w)) if w.eq_ignore_ascii_case(kw))
    }
}

fn parse_keys_kind(c: &mut Cursor<'_>) -> Option<KeysType> {
    for (kw, kt) in [
        ("DUPLICATE", KeysType::Duplicate),
        ("AGGREGATE", KeysType::Aggregate),
        ("UNIQUE", KeysType::Unique),
        ("PRIMARY", KeysType::Primary),
    ] {
        if c.eat_kws(&[kw, "KEY"]) {
            return Some(kt);
        }
    }
    None
}

fn parse_buckets(c: &mut Cursor<'_>) -> Result<Option<u32>, String> {
    if c.eat_kw("BUCKETS") {
        let n = c.number()?;
        u32::try_from(n).map(Some).map_err(|_| "Buckets number is too large".to_string())
    } else {
        Ok(None)
    }
}

fn split_names(group: &str) -> Result<Vec<String>, String> {
    let mut c = Cursor::new(group)?;
    let mut out = Vec::new();
    while !c.at_end() {
        out.push(c.ident()?);
        if !c.eat_sym(',') {
            break;
        }
    }
    Ok(out)
}

fn parse_column(c: &mut Cursor<'_>) -> Result<Column, String> {
    let name = c.ident()?;
    let ty = parse_type(c)?;
    let mut col = Column {
        name,
        ty,
        nullable: true,
        default: None,
        auto_increment: false,
        comment: String::new(),
        is_key: false,
        aggregation: None,
    };
    loop {
        if c.eat_kws(&["NOT", "NULL"]) {
            col.nullable = false;
        } else if c.eat_kw("NULL") {
            col.nullable = true;
        } else if c.eat_kw("AUTO_INCREMENT") {
            col.auto_increment = true;
        } else if c.eat_kw("DEFAULT") {
            col.default = Some(match c.peek().cloned() {
                Some(Tok::Str(s)) => {
                    c.next_tok();
                    ColumnDefault::Literal(s)
                }
                Some(Tok::Number(n)) => {
                    c.next_tok();
                    ColumnDefault::Literal(n)
                }
                Some(Tok::Sym('-')) => {
                    c.next_tok();
                    let n = c.number()?;
                    ColumnDefault::Literal(format!("-{n}"))
                }
                Some(Tok::Sym('(')) => ColumnDefault::Expr(c.skip_group()?.trim().to_string()),
                Some(Tok::Word(w)) if w.eq_ignore_ascii_case("CURRENT_TIMESTAMP") || w.eq_ignore_ascii_case("NOW") => {
                    c.next_tok();
                    if c.peek() == Some(&Tok::Sym('(')) {
                        c.skip_group()?;
                    }
                    ColumnDefault::CurrentTimestamp
                }
                Some(Tok::Word(w)) if w.eq_ignore_ascii_case("NULL") => {
                    c.next_tok();
                    continue;
                }
                _ => return Err(c.unexpected("a default value")),
            });
        } else if c.eat_kw("COMMENT") {
            col.comment = c.string()?;
        } else if c.eat_kw("AS") {
            c.skip_group()?;
        } else if c.eat_kw("CHARSET") || c.eat_kws(&["CHARACTER", "SET"]) || c.eat_kw("COLLATE") {
            c.ident()?;
        } else if let Some(agg) = aggregate_name(c) {
            col.aggregation = Some(agg);
        } else {
            break;
        }
    }
    Ok(col)
}

fn aggregate_name(c: &mut Cursor<'_>) -> Option<String> {
    const AGGS: [&str; 8] =
        ["SUM", "MAX", "MIN", "REPLACE", "REPLACE_IF_NOT_NULL", "HLL_UNION", "BITMAP_UNION", "PERCENTILE_UNION"];
    for a in AGGS {
        if c.eat_kw(a) {
            return Some(a.to_string());
        }
    }
    None
}

fn type_args(c: &mut Cursor<'_>) -> Result<Vec<u64>, String> {
    let mut args = Vec::new();
    if c.eat_sym('(') {
        loop {
            args.push(c.number()?);
            if !c.eat_sym(',') {
                break;
            }
        }
        c.expect_sym(')')?;
    }
    Ok(args)
}

/// Parses one column type.
pub fn parse_type(c: &mut Cursor<'_>) -> Result<ColumnType, String> {
    let name = c.ident()?.to_ascii_uppercase();
    let ty = match name.as_str() {
        "BOOLEAN" | "BOOL" => ColumnType::Boolean,
        "TINYINT" => {
            type_args(c)?;
            ColumnType::TinyInt
        }
        "SMALLINT" => {
            type_args(c)?;
            ColumnType::SmallInt
        }
        "INT" | "INTEGER" => {
            type_args(c)?;
            ColumnType::Int
        }
        "BIGINT" => {
            type_args(c)?;
            ColumnType::BigInt
        }
        "LARGEINT" => {
            type_args(c)?;
            ColumnType::LargeInt
        }
        "FLOAT" => ColumnType::Float,
        "DOUBLE" => ColumnType::Double,
        "DECIMAL" | "DECIMALV2" | "NUMERIC" | "DECIMAL32" | "DECIMAL64" | "DECIMAL128" | "DECIMAL256" => {
            let args = type_args(c)?;
            let precision = args.first().copied().unwrap_or(10);
            let scale = args.get(1).copied().unwrap_or(0);
            if precision == 0 || precision > 76 || scale > precision {
                return Err(format!(
                    "Getting analyzing error. Detail message: Invalid decimal type with precision = {precision}, scale = {scale}."
                ));
            }
            let precision = precision as u8;
            let width = match name.as_str() {
                "DECIMAL32" => DecimalWidth::D32,
                "DECIMAL64" => DecimalWidth::D64,
                "DECIMAL128" => DecimalWidth::D128,
                "DECIMAL256" => DecimalWidth::D256,
                _ => DecimalWidth::for_precision(precision),
            };
            ColumnType::Decimal { precision, scale: scale as u8, width }
        }
        "CHAR" => ColumnType::Char(type_args(c)?.first().copied().unwrap_or(1) as u32),
        "VARCHAR" => ColumnType::Varchar(type_args(c)?.first().copied().unwrap_or(1) as u32),
        "STRING" | "TEXT" => ColumnType::Varchar(65533),
        "BINARY" | "VARBINARY" => ColumnType::Varbinary(type_args(c)?.first().map(|&n| n as u32)),
        "DATE" => ColumnType::Date,
        "DATETIME" => ColumnType::DateTime,
        "JSON" => ColumnType::Json,
        "BITMAP" => ColumnType::Bitmap,
        "HLL" => ColumnType::Hll,
        "PERCENTILE" => ColumnType::Percentile,
        "ARRAY" => {
            c.expect_sym('<')?;
            let inner = parse_type(c)?;
            c.expect_sym('>')?;
            ColumnType::Array(Box::new(inner))
        }
        "MAP" => {
            c.expect_sym('<')?;
            let k = parse_type(c)?;
            c.expect_sym(',')?;
            let v = parse_type(c)?;
            c.expect_sym('>')?;
            ColumnType::Map(Box::new(k), Box::new(v))
        }
        "STRUCT" => {
            c.expect_sym('<')?;
            let mut fields = Vec::new();
            loop {
                let name = c.ident()?;
                c.eat_sym(':');
                let ty = parse_type(c)?;
                let comment = if c.eat_kw("COMMENT") { Some(c.string()?) } else { None };
                fields.push(StructField { name, ty, comment });
                if !c.eat_sym(',') {
                    break;
                }
            }
            c.expect_sym('>')?;
            ColumnType::Struct(fields)
        }
        other => {
            return Err(format!("Getting syntax error. Detail message: Unsupported type specification: '{other}'."));
        }
    };
    Ok(ty)
}

#[allow(clippy::too_many_arguments)]
fn build_schema(
    name: String,
    mut columns: Vec<Column>,
    keys: Option<(KeysType, Vec<String>)>,
    partition: Option<String>,
    distribution: Option<Distribution>,
    order_by: Vec<String>,
    mut properties: BTreeMap<String, String>,
    comment: Option<String>,
) -> Result<TableSchema, String> {
    if columns.is_empty() {
        return Err("Getting analyzing error. Detail message: Table must have at least one column.".into());
    }
    for (i, col) in columns.iter().enumerate() {
        if columns[..i].iter().any(|c| c.name.eq_ignore_ascii_case(&col.name)) {
            return Err(format!("Getting analyzing error. Detail message: Duplicate column name '{}'.", col.name));
        }
    }
    let (keys_type, key_names) = match keys {
        Some(k) => k,
        None => (KeysType::Duplicate, default_duplicate_keys(&columns)),
    };
    let mut key_columns = Vec::new();
    for k in &key_names {
        let idx = columns
            .iter()
            .position(|c| c.name.eq_ignore_ascii_case(k))
            .ok_or_else(|| format!("Getting analyzing error. Detail message: Key column({k}) doesn't exist."))?;
        key_columns.push(idx);
    }
    for (pos, &idx) in key_columns.iter().enumerate() {
        if idx != pos {
            return Err(format!(
                "Getting analyzing error. Detail message: Key columns should be a ordered prefix of the schema. KeyColumns[{pos}] (starts from zero) is {}, but corresponding column is {} in the previous columns declaration.",
                columns[idx].name, columns[pos].name
            ));
        }
        columns[idx].is_key = true;
        if keys_type == KeysType::Primary {
            columns[idx].nullable = false;
        }
    }
    let distribution = match distribution {
        Some(Distribution::Hash(cols, b)) => {
            for c in &cols {
                if !columns.iter().any(|col| col.name.eq_ignore_ascii_case(c)) {
                    return Err(format!(
                        "Getting analyzing error. Detail message: Distribution column({c}) doesn't exist."
                    ));
                }
            }
            Distribution::Hash(cols, b)
        }
        Some(d) => d,
        None if keys_type == KeysType::Duplicate => Distribution::Random(None),
        None => Distribution::Hash(key_columns.iter().map(|&i| columns[i].name.clone()).collect(), None),
    };
    properties.entry("compression".into()).or_insert_with(|| "LZ4".into());
    properties.entry("fast_schema_evolution".into()).or_insert_with(|| "true".into());
    properties.entry("replicated_storage".into()).or_insert_with(|| "true".into());
    properties.entry("replication_num".into()).or_insert_with(|| "1".into());
    if keys_type == KeysType::Primary {
        properties.entry("enable_persistent_index".into()).or_insert_with(|| "true".into());
    }
    Ok(TableSchema { name, columns, keys_type, key_columns, partition, distribution, order_by, properties, comment })
}

/// StarRocks' implicit duplicate key: leading columns, at most three, stopping after the
/// first string column and before types that cannot be keys.
fn default_duplicate_keys(columns: &[Column]) -> Vec<String> {
    let mut keys = Vec::new();
    for c in columns.iter().take(3) {
        match c.ty {
            ColumnType::Float
            | ColumnType::Double
            | ColumnType::Json
            | ColumnType::Array(_)
            | ColumnType::Map(..)
            | ColumnType::Struct(_)
            | ColumnType::Bitmap
            | ColumnType::Hll
            | ColumnType::Percentile
            | ColumnType::Varbinary(_) => break,
            ColumnType::Char(_) | ColumnType::Varchar(_) => {
                keys.push(c.name.clone());
                break;
            }
            _ => keys.push(c.name.clone()),
        }
    }
    if keys.is_empty() {
        keys.push(columns[0].name.clone());
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn primary_key_table_with_every_clause() {
        let sql = "CREATE TABLE IF NOT EXISTS test_db.score_board (
            id INT NOT NULL COMMENT 'pk',
            name VARCHAR(65533) NULL DEFAULT '',
            score INT NOT NULL DEFAULT '0',
            tags ARRAY<INT>,
            m MAP<VARCHAR(10), INT>,
            s STRUCT<a INT, b VARCHAR(10)>,
            d DECIMAL(10, 2),
            ts DATETIME DEFAULT CURRENT_TIMESTAMP
        ) ENGINE=OLAP PRIMARY KEY(id) COMMENT 'board'
        PARTITION BY RANGE(id) (PARTITION p1 VALUES LESS THAN ('100'))
        DISTRIBUTED BY HASH(id) BUCKETS 4 ORDER BY (score)
        PROPERTIES ('replication_num' = '1');";
        let ct = parse_create_table(sql).unwrap();
        assert!(ct.if_not_exists);
        assert_eq!(ct.database.as_deref(), Some("test_db"));
        let s = &ct.schema;
        assert_eq!(s.keys_type, KeysType::Primary);
        assert_eq!(s.key_columns, vec![0]);
        assert_eq!(s.columns.len(), 8);
        assert_eq!(s.columns[3].ty.column_type(), "array<int(11)>");
        assert_eq!(s.columns[6].ty.column_type(), "decimal(10, 2)");
        assert_eq!(s.distribution, Distribution::Hash(vec!["id".into()], Some(4)));
        assert_eq!(s.order_by, vec!["score".to_string()]);
        assert_eq!(s.partition.as_deref(), Some("PARTITION BY RANGE(id) (PARTITION p1 VALUES LESS THAN ('100'))"));
        assert_eq!(s.comment.as_deref(), Some("board"));
    }

    #[test]
    fn show_create_table_matches_the_documented_layout() {
        let ct = parse_create_table(
            "CREATE TABLE t (k INT NOT NULL, v INT) PRIMARY KEY(k) DISTRIBUTED BY HASH(k) PROPERTIES ('replication_num'='3')",
        )
        .unwrap();
        assert_eq!(
            ct.schema.show_create(),
            "CREATE TABLE `t` (\n  `k` int(11) NOT NULL COMMENT \"\",\n  `v` int(11) NULL COMMENT \"\"\n) ENGINE=OLAP \nPRIMARY KEY(`k`)\nDISTRIBUTED BY HASH(`k`)\nPROPERTIES (\n\"compression\" = \"LZ4\",\n\"enable_persistent_index\" = \"true\",\n\"fast_schema_evolution\" = \"true\",\n\"replicated_storage\" = \"true\",\n\"replication_num\" = \"3\"\n);"
        );
    }

    #[test]
    fn implicit_duplicate_key_and_errors() {
        let ct = parse_create_table("create table e (a bigint, b varchar(10), c int)").unwrap();
        assert_eq!(ct.schema.keys_type, KeysType::Duplicate);
        assert_eq!(ct.schema.key_columns, vec![0, 1]);
        assert!(parse_create_table("create table e (a blob)").is_err());
        assert!(parse_create_table("create table e (a int, b int) primary key(b)").is_err());
        assert!(parse_create_table("create table e (a int").is_err());
    }
}
