//! StarRocks `CREATE TABLE` for a Flink sink table: a primary-key table when the Flink
//! table has a primary key, else a duplicate-key table keyed on its first column; types by
//! the reverse of the seed's mapping; `DISTRIBUTED BY HASH(key)` without fixed buckets.

use sluice_common::schema::{Column, TableSchema};

use crate::types::reverse::{can_be_key, to_starrocks};

/// The `CREATE TABLE` statement; `Err` says which column StarRocks cannot hold.
pub fn create_table_sql(schema: &TableSchema, database: &str, table: &str) -> Result<String, String> {
    let columns: Vec<&Column> = schema.physical_columns().collect();
    let mut typed = Vec::with_capacity(columns.len());
    for c in &columns {
        let ty = to_starrocks(&c.data_type)
            .map_err(|t| format!("column {} of type {t} has no StarRocks counterpart", c.name))?;
        typed.push((*c, ty));
    }
    let (model, keys) = match &schema.primary_key {
        Some(pk) => ("PRIMARY KEY", pk.columns.clone()),
        None => {
            let first = typed
                .iter()
                .find(|(_, ty)| can_be_key(ty))
                .map(|(c, _)| c.name.clone())
                .ok_or_else(|| "no column can be a StarRocks sort key".to_string())?;
            ("DUPLICATE KEY", vec![first])
        }
    };
    // StarRocks wants the key columns first, in key order.
    typed.sort_by_key(|(c, _)| keys.iter().position(|k| k == &c.name).unwrap_or(usize::MAX));
    let mut sql = format!("CREATE TABLE {}.{} (\n", quote_ident(database), quote_ident(table));
    for (i, (c, ty)) in typed.iter().enumerate() {
        let not_null = keys.contains(&c.name) && model == "PRIMARY KEY" || !c.data_type.nullable;
        sql.push_str(&format!("  {} {ty} {}", quote_ident(&c.name), if not_null { "NOT NULL" } else { "NULL" }));
        if let Some(comment) = &c.comment {
            sql.push_str(&format!(" COMMENT \"{}\"", comment.replace('\\', "\\\\").replace('"', "\\\"")));
        }
        sql.push_str(if i + 1 < typed.len() { ",\n" } else { "\n" });
    }
    let key_list = keys.iter().map(|k| quote_ident(k)).collect::<Vec<_>>().join(", ");
    sql.push_str(&format!(") ENGINE=OLAP\n{model}({key_list})\nDISTRIBUTED BY HASH({key_list});"));
    Ok(sql)
}

/// A back-quoted StarRocks identifier.
pub fn quote_ident(name: &str) -> String {
    format!("`{}`", name.replace('`', "``"))
}

#[cfg(test)]
mod tests {
    use sluice_common::schema::{ColumnKind, PrimaryKey};
    use sluice_common::{DataType, TypeKind};

    use super::*;

    fn col(name: &str, kind: TypeKind, nullable: bool) -> Column {
        Column {
            name: name.into(),
            data_type: DataType { kind, nullable },
            kind: ColumnKind::Physical,
            comment: None,
            span: None,
        }
    }

    #[test]
    fn primary_key_table_puts_keys_first() {
        let schema = TableSchema {
            columns: vec![
                col("name", TypeKind::VarChar(u32::MAX >> 1), true),
                col("id", TypeKind::Int, false),
                col("score", TypeKind::Decimal(10, 2), true),
            ],
            primary_key: Some(PrimaryKey { name: "PK_id".into(), columns: vec!["id".into()], span: None }),
            watermarks: vec![],
        };
        assert_eq!(
            create_table_sql(&schema, "test", "score_board").unwrap(),
            "CREATE TABLE `test`.`score_board` (\n  `id` INT NOT NULL,\n  `name` STRING NULL,\n  `score` DECIMAL(10, 2) NULL\n) ENGINE=OLAP\nPRIMARY KEY(`id`)\nDISTRIBUTED BY HASH(`id`);"
        );
    }

    #[test]
    fn duplicate_key_on_first_keyable_column() {
        let schema = TableSchema {
            columns: vec![
                col("d", TypeKind::Double, true),
                col("ts", TypeKind::Timestamp(3, Default::default()), true),
            ],
            primary_key: None,
            watermarks: vec![],
        };
        let sql = create_table_sql(&schema, "db", "t").unwrap();
        assert!(sql.ends_with("DUPLICATE KEY(`ts`)\nDISTRIBUTED BY HASH(`ts`);"), "{sql}");
        assert!(sql.contains("`ts` DATETIME NULL,\n  `d` DOUBLE NULL"), "{sql}");
    }
}
