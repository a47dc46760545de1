//! The statement kinds reported by `sluice validate` (a closed list external tools rely on).

use crate::ast::{DropKind, Statement};

/// The kind of a parsed statement.
pub fn statement_kind(s: &Statement) -> &'static str {
    match s {
        Statement::CreateTable(c) if c.as_query.is_some() => "create_table_as",
        Statement::CreateTable(_) => "create_table",
        Statement::CreateView(_) => "create_view",
        Statement::CreateDatabase(_) => "create_database",
        Statement::CreateCatalog(_) => "create_catalog",
        Statement::CreateFunction(_) => "create_function",
        Statement::Drop(d) => match d.kind {
            DropKind::Table => "drop_table",
            DropKind::View => "drop_view",
            DropKind::Database => "drop_database",
            DropKind::Catalog => "drop_catalog",
            DropKind::Function => "drop_function",
        },
        Statement::AlterTable(_) => "alter_table",
        Statement::AlterView(_) => "alter_view",
        Statement::AlterDatabase(_) => "alter_database",
        Statement::Insert(_) => "insert",
        Statement::StatementSet(_) => "statement_set",
        Statement::BeginStatementSet => "begin_statement_set",
        Statement::End => "end_statement_set",
        Statement::Set(_) => "set",
        Statement::Reset(_) => "reset",
        Statement::Use(_) => "use",
        Statement::UseCatalog(_) => "use_catalog",
        Statement::Show(_) => "show",
        Statement::Describe(_) => "describe",
        Statement::Explain(_) => "explain",
        Statement::Query(q) => match q.body.as_ref() {
            sqlparser::ast::SetExpr::Values(_) => "values",
            _ => "select",
        },
        _ => "other",
    }
}

/// The kind of a statement that did not parse, from its leading words.
pub fn kind_from_text(text: &str) -> &'static str {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .take(6)
        .map(|w| w.to_ascii_uppercase())
        .collect();
    let w = |i: usize| words.get(i).map(String::as_str).unwrap_or("");
    let after_create = {
        let mut i = 1;
        if w(i) == "OR" && w(i + 1) == "REPLACE" {
            i += 2;
        }
        if w(i) == "TEMPORARY" {
            i += 1;
        }
        if w(i) == "SYSTEM" {
            i += 1;
        }
        w(i)
    };
    match w(0) {
        "CREATE" => match after_create {
            "TABLE" if words.iter().any(|x| x == "AS") => "create_table",
            "TABLE" => "create_table",
            "VIEW" => "create_view",
            "DATABASE" => "create_database",
            "CATALOG" => "create_catalog",
            "FUNCTION" => "create_function",
            _ => "other",
        },
        "REPLACE" => "create_table_as",
        "DROP" => match if w(1) == "TEMPORARY" { w(2) } else { w(1) } {
            "TABLE" => "drop_table",
            "VIEW" => "drop_view",
            "DATABASE" => "drop_database",
            "CATALOG" => "drop_catalog",
            "FUNCTION" | "SYSTEM" => "drop_function",
            _ => "other",
        },
        "ALTER" => match w(1) {
            "TABLE" => "alter_table",
            "VIEW" => "alter_view",
            "DATABASE" => "alter_database",
            _ => "other",
        },
        "INSERT" | "UPSERT" => "insert",
        "EXECUTE" if w(1) == "STATEMENT" => "statement_set",
        "EXECUTE" if w(1) == "INSERT" => "insert",
        "BEGIN" => "begin_statement_set",
        "END" => "end_statement_set",
        "SET" => "set",
        "RESET" => "reset",
        "USE" if w(1) == "CATALOG" => "use_catalog",
        "USE" => "use",
        "SHOW" => "show",
        "DESC" | "DESCRIBE" => "describe",
        "EXPLAIN" => "explain",
        "SELECT" | "WITH" => "select",
        "VALUES" => "values",
        "" => "unparsed",
        _ => "other",
    }
}
