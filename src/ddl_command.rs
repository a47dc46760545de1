//! `sluice ddl starrocks FILE`: a StarRocks `CREATE TABLE` for each StarRocks sink table
//! of a script (the SQL-client counterpart of Flink CDC's automatic table creation).

use std::path::Path;

use sluice_plan::script::validate_script;
use sluice_starrocks::ddl::{create_table_sql, quote_ident};

use crate::cli::DdlArgs;

/// Prints the DDL; returns the exit code (1 when a table cannot be translated).
pub fn run(args: &DdlArgs) -> u8 {
    if args.connector != "starrocks" {
        eprintln!("error: DDL translation exists for 'starrocks' only, not '{}'", args.connector);
        return 2;
    }
    let text = match std::fs::read_to_string(&args.file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", args.file.display());
            return 2;
        }
    };
    let report = validate_script(&display(&args.file), &text, crate::registry::connectors());
    let mut code = 0;
    let mut databases = Vec::new();
    let mut statements = Vec::new();
    let mut written: Vec<(&str, &str, &str)> = Vec::new();
    let mut tables: Vec<_> = report
        .tables
        .iter()
        .filter(|t| t.table.option("connector") == Some("starrocks") && t.table.option("load-url").is_some())
        .collect();
    tables.sort_by_key(|t| t.table.span.start);
    for t in tables {
        let (Some(database), Some(table)) = (t.table.option("database-name"), t.table.option("table-name")) else {
            eprintln!("error: {} lacks 'database-name' or 'table-name'", t.name);
            code = 1;
            continue;
        };
        if let Some((_, _, first)) = written.iter().find(|(d, n, _)| *d == database && *n == table) {
            statements.push(format!("-- Flink table {} also writes {database}.{table}, created for {first}", t.name));
            continue;
        }
        written.push((database, table, &t.name));
        match create_table_sql(&t.table.schema, database, table) {
            Ok(sql) => {
                if !databases.contains(&database) {
                    databases.push(database);
                }
                statements.push(format!("-- for Flink table {}\n{sql}", t.name));
            }
            Err(why) => {
                eprintln!("error: cannot translate {}: {why}", t.name);
                code = 1;
            }
        }
    }
    for database in databases {
        println!("CREATE DATABASE IF NOT EXISTS {};\n", quote_ident(database));
    }
    println!("{}", statements.join("\n\n"));
    code
}

fn display(path: &Path) -> String {
    path.display().to_string()
}
