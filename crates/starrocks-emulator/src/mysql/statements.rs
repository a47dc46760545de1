//! Statement dispatch for the MySQL port: DDL, users, SHOW/DESC, INSERT and SELECT.

use super::result::{Outcome, ResultSet, SqlError};
use super::select::{self, Session};
use crate::catalog::CatalogError;
use crate::catalog::ddl::parse_create_table;
use crate::load::plan::{Fields, LoadPlan, PlanOptions, RowOutcome};
use crate::load::{Counters, LoadOutput};
use crate::sql::expr::eval;
use crate::sql::lexer::{Cursor, Tok};
use crate::state::Shared;
use crate::storage::RowBatch;
use crate::value::Value;
use sqlparser::ast::{SetExpr, Statement, TableObject};
use sqlparser::dialect::MySqlDialect;
use sqlparser::parser::Parser;

/// Per-connection state.
#[derive(Debug, Clone)]
pub struct Conn {
    /// Current database.
    pub db: Option<String>,
    /// Logged-in user.
    pub user: String,
    /// Connection id.
    pub conn_id: u32,
}

fn catalog_err(e: CatalogError) -> SqlError {
    match e {
        CatalogError::UnknownDatabase(d) => SqlError::unknown_db(&d),
        CatalogError::UnknownTable(d, t) => SqlError::unknown_table(&d, &t),
        CatalogError::DatabaseExists(_) => {
            SqlError { code: 1007, state: "HY000", message: format!("Getting analyzing error. Detail message: {e}.") }
        }
        CatalogError::TableExists(_) => {
            SqlError { code: 1050, state: "42S01", message: format!("Getting analyzing error. Detail message: {e}.") }
        }
        other => SqlError::generic(other.to_string()),
    }
}

fn ok_or(r: Result<Outcome, SqlError>) -> Outcome {
    r.unwrap_or_else(Outcome::Err)
}

fn text(rows: Vec<Vec<String>>) -> Vec<Vec<Option<String>>> {
    rows.into_iter().map(|r| r.into_iter().map(Some).collect()).collect()
}

/// Executes one statement.
pub fn execute(shared: &Shared, conn: &mut Conn, sql: &str) -> Outcome {
    let sql = sql.trim().trim_end_matches(';').trim();
    if sql.is_empty() {
        return Outcome::Err(SqlError::generic("Getting syntax error. Detail message: Empty statement."));
    }
    let mut c = match Cursor::new(sql) {
        Ok(c) => c,
        Err(e) => return Outcome::Err(SqlError::generic(e)),
    };
    let first = match c.peek() {
        Some(Tok::Word(w)) => w.to_ascii_uppercase(),
        Some(Tok::Sym('(')) => "SELECT".into(),
        _ => return Outcome::Err(SqlError::generic(c.unexpected("a statement"))),
    };
    match first.as_str() {
        "SELECT" | "WITH" => query(shared, conn, sql),
        "SET" | "BEGIN" | "COMMIT" | "ROLLBACK" | "START" | "ADMIN" | "GRANT" | "REVOKE" | "KILL" => Outcome::Ok(0),
        "USE" => {
            c.next_tok();
            ok_or(c.ident().map_err(SqlError::generic).and_then(|db| use_db(shared, conn, &db)))
        }
        "SHOW" => ok_or(show(shared, conn, &mut c)),
        "DESC" | "DESCRIBE" => {
            c.next_tok();
            ok_or(c.qualified().map_err(SqlError::generic).and_then(|(d, t)| describe(shared, conn, d, &t)))
        }
        "CREATE" => ok_or(create(shared, conn, sql, &mut c)),
        "DROP" => ok_or(drop_stmt(shared, conn, &mut c)),
        "TRUNCATE" => {
            c.next_tok();
            c.eat_kw("TABLE");
            ok_or(c.qualified().map_err(SqlError::generic).and_then(|(d, t)| {
                let db = resolve_db(conn, d)?;
                shared.catalog().truncate(&db, &t).map_err(catalog_err)?;
                Ok(Outcome::Ok(0))
            }))
        }
        "INSERT" => ok_or(insert(shared, conn, sql)),
        _ => Outcome::Err(SqlError::generic(c.unexpected("a statement"))),
    }
}

/// Switches the current database.
pub fn use_db(shared: &Shared, conn: &mut Conn, db: &str) -> Result<Outcome, SqlError> {
    match shared.catalog().database(db) {
        Some(d) => {
            conn.db = Some(d.name.clone());
            Ok(Outcome::Ok(0))
        }
        None => Err(SqlError::unknown_db(db)),
    }
}

fn resolve_db(conn: &Conn, db: Option<String>) -> Result<String, SqlError> {
    db.or_else(|| conn.db.clone()).ok_or_else(SqlError::no_db)
}

fn query(shared: &Shared, conn: &Conn, sql: &str) -> Outcome {
    let stmts = match Parser::parse_sql(&MySqlDialect {}, sql) {
        Ok(s) => s,
        Err(e) => {
            return Outcome::Err(SqlError::generic(format!("Getting syntax error. Detail message: {e}.")));
        }
    };
    match stmts.as_slice() {
        [Statement::Query(q)] => {
            select::run(&Session { shared, db: conn.db.as_deref(), user: &conn.user, conn_id: conn.conn_id }, q)
        }
        _ => Outcome::Err(SqlError::generic("Only one SELECT statement is supported")),
    }
}

fn show(shared: &Shared, conn: &Conn, c: &mut Cursor<'_>) -> Result<Outcome, SqlError> {
    c.expect_kw("SHOW").map_err(SqlError::generic)?;
    c.eat_kw("FULL");
    if c.eat_kw("DATABASES") || c.eat_kw("SCHEMAS") {
        let mut rows = vec![vec!["information_schema".to_string()]];
        rows.extend(shared.catalog().databases().map(|d| vec![d.name.clone()]));
        return Ok(Outcome::Rows(ResultSet::text(&["Database"], text(rows))));
    }
    if c.eat_kw("TABLES") {
        let db = if c.eat_kw("FROM") || c.eat_kw("IN") { Some(c.ident().map_err(SqlError::generic)?) } else { None };
        let db = resolve_db(conn, db)?;
        let catalog = shared.catalog();
        let d = catalog.database(&db).ok_or_else(|| SqlError::unknown_db(&db))?;
        let rows = d.tables.values().map(|t| vec![t.schema.name.clone()]).collect();
        let col = format!("Tables_in_{}", d.name);
        return Ok(Outcome::Rows(ResultSet::text(&[&col], text(rows))));
    }
    if c.eat_kws(&["CREATE", "TABLE"]) {
        let (d, t) = c.qualified().map_err(SqlError::generic)?;
        let db = resolve_db(conn, d)?;
        let table = shared.catalog().table(&db, &t).map_err(catalog_err)?;
        return Ok(Outcome::Rows(ResultSet::text(
            &["Table", "Create Table"],
            text(vec![vec![table.schema.name.clone(), table.schema.show_create()]]),
        )));
    }
    if c.eat_kw("COLUMNS") || c.eat_kw("FIELDS") {
        if !(c.eat_kw("FROM") || c.eat_kw("IN")) {
            return Err(SqlError::generic(c.unexpected("FROM")));
        }
        let (d, t) = c.qualified().map_err(SqlError::generic)?;
        return describe(shared, conn, d, &t);
    }
    if c.eat_kw("VARIABLES") || c.eat_kws(&["SESSION", "VARIABLES"]) || c.eat_kws(&["GLOBAL", "VARIABLES"]) {
        return Ok(Outcome::Rows(ResultSet::text(&["Variable_name", "Value"], Vec::new())));
    }
    if c.eat_kw("WARNINGS") || c.eat_kw("ERRORS") {
        return Ok(Outcome::Rows(ResultSet::text(&["Level", "Code", "Message"], Vec::new())));
    }
    Err(SqlError::generic(c.unexpected("DATABASES, TABLES, CREATE TABLE, COLUMNS or VARIABLES")))
}

fn describe(shared: &Shared, conn: &Conn, d: Option<String>, t: &str) -> Result<Outcome, SqlError> {
    let db = resolve_db(conn, d)?;
    let table = shared.catalog().table(&db, t).map_err(catalog_err)?;
    let rows = table
        .schema
        .columns
        .iter()
        .map(|c| {
            vec![
                Some(c.name.clone()),
                Some(c.ty.to_sql()),
                Some(if c.nullable { "YES" } else { "NO" }.to_string()),
                Some(if c.is_key { "true" } else { "false" }.to_string()),
                match &c.default {
                    Some(crate::catalog::schema::ColumnDefault::Literal(v)) => Some(v.clone()),
                    Some(crate::catalog::schema::ColumnDefault::CurrentTimestamp) => Some("CURRENT_TIMESTAMP".into()),
                    Some(crate::catalog::schema::ColumnDefault::Expr(e)) => Some(e.clone()),
                    None => None,
                },
                Some(if c.auto_increment { "auto_increment" } else { "" }.to_string()),
            ]
        })
        .collect();
    Ok(Outcome::Rows(ResultSet::text(&["Field", "Type", "Null", "Key", "Default", "Extra"], rows)))
}

fn user_name(c: &mut Cursor<'_>) -> Result<String, SqlError> {
    let u = c.name_or_string().map_err(SqlError::generic)?;
    if c.eat_sym('@') {
        c.name_or_string().map_err(SqlError::generic)?;
    }
    Ok(u)
}

fn create(shared: &Shared, conn: &Conn, sql: &str, c: &mut Cursor<'_>) -> Result<Outcome, SqlError> {
    c.expect_kw("CREATE").map_err(SqlError::generic)?;
    if c.eat_kw("DATABASE") || c.eat_kw("SCHEMA") {
        let if_not = c.eat_kws(&["IF", "NOT", "EXISTS"]);
        let name = c.ident().map_err(SqlError::generic)?;
        return match shared.catalog_mut().create_database(&name) {
            Ok(()) => Ok(Outcome::Ok(0)),
            Err(CatalogError::DatabaseExists(_)) if if_not => Ok(Outcome::Ok(0)),
            Err(e) => Err(catalog_err(e)),
        };
    }
    if c.eat_kw("USER") {
        let if_not = c.eat_kws(&["IF", "NOT", "EXISTS"]);
        let user = user_name(c)?;
        let password = if c.eat_kw("IDENTIFIED") {
            c.expect_kw("BY").map_err(SqlError::generic)?;
            c.eat_kw("PASSWORD");
            c.string().map_err(SqlError::generic)?
        } else {
            String::new()
        };
        if !shared.catalog_mut().create_user(&user, &password) && !if_not {
            return Err(SqlError {
                code: 1396,
                state: "HY000",
                message: format!("Operation CREATE USER failed for '{user}'@'%' : user already exists"),
            });
        }
        return Ok(Outcome::Ok(0));
    }
    let ct = parse_create_table(sql).map_err(SqlError::generic)?;
    let db = resolve_db(conn, ct.database.clone())?;
    shared.catalog_mut().create_table(&db, ct.schema, ct.if_not_exists).map_err(catalog_err)?;
    Ok(Outcome::Ok(0))
}

fn drop_stmt(shared: &Shared, conn: &Conn, c: &mut Cursor<'_>) -> Result<Outcome, SqlError> {
    c.expect_kw("DROP").map_err(SqlError::generic)?;
    if c.eat_kw("DATABASE") || c.eat_kw("SCHEMA") {
        let if_exists = c.eat_kws(&["IF", "EXISTS"]);
        let name = c.ident().map_err(SqlError::generic)?;
        return match shared.catalog_mut().drop_database(&name) {
            Ok(()) => Ok(Outcome::Ok(0)),
            Err(_) if if_exists => Ok(Outcome::Ok(0)),
            Err(e) => Err(catalog_err(e)),
        };
    }
    if c.eat_kw("TABLE") {
        let if_exists = c.eat_kws(&["IF", "EXISTS"]);
        let (d, t) = c.qualified().map_err(SqlError::generic)?;
        let db = resolve_db(conn, d)?;
        return match shared.catalog_mut().drop_table(&db, &t) {
            Ok(()) => Ok(Outcome::Ok(0)),
            Err(_) if if_exists => Ok(Outcome::Ok(0)),
            Err(e) => Err(catalog_err(e)),
        };
    }
    if c.eat_kw("USER") {
        let if_exists = c.eat_kws(&["IF", "EXISTS"]);
        let user = user_name(c)?;
        if !shared.catalog_mut().drop_user(&user) && !if_exists {
            return Err(SqlError {
                code: 1396,
                state: "HY000",
                message: format!("Operation DROP USER failed for '{user}'@'%' : user not exists"),
            });
        }
        return Ok(Outcome::Ok(0));
    }
    Err(SqlError::generic(c.unexpected("DATABASE, TABLE or USER")))
}

struct ValueFields(Vec<Option<Vec<u8>>>);

impl Fields for ValueFields {
    fn count(&self) -> usize {
        self.0.len()
    }
    fn get(&self, i: usize) -> Option<&[u8]> {
        self.0.get(i).and_then(|v| v.as_deref())
    }
    fn row_text(&self) -> String {
        self.0
            .iter()
            .map(|v| v.as_deref().map_or("NULL".into(), |b| String::from_utf8_lossy(b).into_owned()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

struct NoColumns;
impl crate::sql::expr::Scope for NoColumns {
    fn column(&self, name: &str) -> Result<Value, String> {
        Err(format!("Getting analyzing error. Detail message: Column '{name}' cannot be resolved."))
    }
}

fn insert(shared: &Shared, conn: &Conn, sql: &str) -> Result<Outcome, SqlError> {
    let stmts = Parser::parse_sql(&MySqlDialect {}, sql)
        .map_err(|e| SqlError::generic(format!("Getting syntax error. Detail message: {e}.")))?;
    let [Statement::Insert(ins)] = stmts.as_slice() else {
        return Err(SqlError::generic("Only INSERT INTO ... VALUES is supported"));
    };
    let TableObject::TableName(name) = &ins.table else {
        return Err(SqlError::generic("Only INSERT INTO <table> is supported"));
    };
    let parts: Vec<String> = name.0.iter().map(|p| p.as_ident().map_or(p.to_string(), |i| i.value.clone())).collect();
    let (db, table) = match parts.as_slice() {
        [t] => (resolve_db(conn, None)?, t.clone()),
        [d, t] => (d.clone(), t.clone()),
        _ => return Err(SqlError::generic(format!("Invalid table name {name}"))),
    };
    let Some(SetExpr::Values(values)) = ins.source.as_ref().map(|q| q.body.as_ref()) else {
        return Err(SqlError::generic("Only INSERT INTO ... VALUES is supported"));
    };
    let (db_id, tbl) = {
        let catalog = shared.catalog();
        let d = catalog.database(&db).ok_or_else(|| SqlError::unknown_db(&db))?;
        (d.id, catalog.table(&db, &table).map_err(catalog_err)?)
    };
    let columns = if ins.columns.is_empty() {
        None
    } else {
        Some(ins.columns.iter().map(|c| format!("`{}`", c.to_string().trim_matches('`'))).collect::<Vec<_>>().join(","))
    };
    let opts = PlanOptions { columns: columns.as_deref(), strict: true, ..PlanOptions::default() };
    let plan = LoadPlan::new(tbl.clone(), opts).map_err(SqlError::generic)?;
    let mut out = LoadOutput::default();
    let is_pk = tbl.schema.keys_type == crate::catalog::schema::KeysType::Primary;
    let mut row_buf = Vec::new();
    for row in &values.rows {
        let mut fields = Vec::new();
        for e in &row.content {
            let v = eval(e, &NoColumns).map_err(SqlError::generic)?;
            fields.push(v.to_text().map(String::into_bytes));
        }
        if fields.len() != plan.field_count() {
            return Err(SqlError::generic(
                "Getting analyzing error. Detail message: Column count doesn't match value count.",
            ));
        }
        match plan.convert(&ValueFields(fields), &mut row_buf) {
            RowOutcome::Loaded(op) => {
                out.batch.rows.push(&row_buf);
                if is_pk {
                    out.batch.ops.push(op);
                }
                out.counters.loaded += 1;
            }
            RowOutcome::Filtered(reason) => {
                return Err(SqlError::generic(format!("Insert has filtered data in strict mode. Reason: {reason}")));
            }
            RowOutcome::Unselected => {}
        }
    }
    let n = out.counters.loaded;
    out.counters = Counters { total: n, loaded: n, ..Counters::default() };
    let label = format!("insert_{}", crate::http::random_label());
    let mut txns = shared.txns();
    let id = txns
        .begin(db_id, &db, tbl.clone(), &label, 600)
        .map_err(|_| SqlError::generic("Failed to begin the insert transaction"))?;
    if !tbl.store.keeps_rows() {
        out.batch = RowBatch { counted: n, ..RowBatch::default() };
    }
    txns.commit(id, Some(out));
    Ok(Outcome::Ok(n))
}
