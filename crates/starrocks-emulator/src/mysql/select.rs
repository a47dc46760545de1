//! `SELECT` good enough to verify loads: one table (or `information_schema`, or none),
//! projection, `WHERE`, `GROUP BY`, `ORDER BY`, `LIMIT`/`OFFSET`, and the aggregates
//! `count`, `sum`, `min`, `max`, `avg`.

use super::aggregate::{Acc, collect_aggregates};
use super::info_schema;
use super::result::{Kind, Outcome, ResultSet, SqlError};
use crate::sql::expr::{Scope, eval, eval_predicate, function_args};
use crate::state::Shared;
use crate::value::Value;
use sqlparser::ast::{
    Expr, GroupByExpr, LimitClause, ObjectNamePart, OrderByKind, OrderBySort, Query, SelectItem, SetExpr, TableFactor,
};
use std::collections::HashMap;

/// Session values a query can read.
pub struct Session<'a> {
    /// Shared state.
    pub shared: &'a Shared,
    /// Current database.
    pub db: Option<&'a str>,
    /// Current user.
    pub user: &'a str,
    /// Connection id.
    pub conn_id: u32,
}

impl Session<'_> {
    /// Value of a session function (`name()`) or variable (`@@name`).
    pub fn lookup(&self, name: &str) -> Option<Value> {
        let s = |v: &str| Some(Value::Str(v.to_string()));
        match name {
            "current_version()" | "@@version_comment" => s(&self.shared.settings.starrocks_version),
            "version()" | "@@version" => s(&self.shared.settings.server_version),
            "database()" | "schema()" => Some(self.db.map_or(Value::Null, |d| Value::Str(d.to_string()))),
            "user()" | "current_user()" => s(&format!("'{}'@'%'", self.user)),
            "connection_id()" => Some(Value::Int(i64::from(self.conn_id))),
            "@@max_allowed_packet" => Some(Value::Int(33_554_432)),
            "@@wait_timeout" | "@@interactive_timeout" => Some(Value::Int(28800)),
            "@@auto_increment_increment" | "@@autocommit" => Some(Value::Int(1)),
            "@@system_time_zone" => s("UTC"),
            "@@time_zone" => s("Asia/Shanghai"),
            "@@sql_mode" => s("ONLY_FULL_GROUP_BY"),
            "@@character_set_client"
            | "@@character_set_connection"
            | "@@character_set_results"
            | "@@character_set_server" => s("utf8"),
            "@@collation_connection" | "@@collation_server" | "@@collation_database" => s("utf8_general_ci"),
            "@@tx_isolation" | "@@transaction_isolation" => s("REPEATABLE-READ"),
            "@@tx_read_only" | "@@transaction_read_only" => Some(Value::Int(0)),
            "@@net_write_timeout" => Some(Value::Int(60)),
            "@@query_timeout" => Some(Value::Int(300)),
            "@@lower_case_table_names" => Some(Value::Int(0)),
            "@@license" => s("Apache License 2.0"),
            "@@performance_schema" => Some(Value::Int(0)),
            n if n.starts_with("@@") => Some(Value::Null),
            _ => None,
        }
    }
}

struct RowScope<'a> {
    names: &'a [String],
    row: &'a [Value],
    session: &'a Session<'a>,
    aliases: Option<(&'a [String], &'a [Value])>,
    aggs: Option<&'a HashMap<String, Value>>,
}

impl Scope for RowScope<'_> {
    fn column(&self, name: &str) -> Result<Value, String> {
        if let Some((names, vals)) = self.aliases
            && let Some(i) = names.iter().position(|n| n.eq_ignore_ascii_case(name))
        {
            return Ok(vals[i].clone());
        }
        match self.names.iter().position(|n| n.eq_ignore_ascii_case(name)) {
            Some(i) => Ok(self.row.get(i).cloned().unwrap_or(Value::Null)),
            None => Err(format!("Getting analyzing error. Detail message: Column '{name}' cannot be resolved.")),
        }
    }

    fn session(&self, name: &str) -> Option<Value> {
        self.session.lookup(name)
    }

    fn precomputed(&self, expr: &Expr) -> Option<Value> {
        self.aggs.and_then(|m| m.get(&expr.to_string()).cloned())
    }
}

struct Source {
    names: Vec<String>,
    kinds: Vec<Kind>,
    /// BITMAP/HLL columns: aggregated by union and shown as NULL.
    sketch: Vec<bool>,
    rows: Rows,
}

enum Rows {
    Generated(Vec<Vec<Value>>),
    Table(std::sync::Arc<crate::catalog::Table>),
}

impl Source {
    fn each(&self, f: &mut dyn FnMut(&[Value])) {
        match &self.rows {
            Rows::Generated(rows) => {
                for r in rows {
                    f(r);
                }
            }
            Rows::Table(t) => t.store.scan(f),
        }
    }
}

fn source(session: &Session<'_>, select: &sqlparser::ast::Select) -> Result<Source, SqlError> {
    let Some(first) = select.from.first() else {
        return Ok(Source {
            names: Vec::new(),
            kinds: Vec::new(),
            sketch: Vec::new(),
            rows: Rows::Generated(vec![Vec::new()]),
        });
    };
    if select.from.len() > 1 || !first.joins.is_empty() {
        return Err(SqlError::generic("Joins are not supported by this emulator"));
    }
    let TableFactor::Table { name, .. } = &first.relation else {
        return Err(SqlError::generic("Only plain tables are supported in FROM"));
    };
    let parts: Vec<String> = name
        .0
        .iter()
        .map(|p| match p {
            ObjectNamePart::Identifier(i) => i.value.clone(),
            other => other.to_string(),
        })
        .collect();
    let (db, table) = match parts.as_slice() {
        [t] => (session.db.map(str::to_string).ok_or_else(SqlError::no_db)?, t.clone()),
        [d, t] => (d.clone(), t.clone()),
        _ => return Err(SqlError::generic(format!("Invalid table name {name}"))),
    };
    let catalog = session.shared.catalog();
    if db.eq_ignore_ascii_case("information_schema") {
        let v = info_schema::table(&catalog, &table).ok_or_else(|| SqlError::unknown_table(&db, &table))?;
        let kinds = v
            .rows
            .first()
            .map(|r| r.iter().map(Kind::of_value).collect())
            .unwrap_or_else(|| vec![Kind::Varchar; v.columns.len()]);
        let kinds = kinds
            .into_iter()
            .enumerate()
            .map(|(i, k)| {
                if k == Kind::Varchar && v.rows.iter().any(|r| matches!(r[i], Value::Int(_))) {
                    Kind::BigInt
                } else {
                    k
                }
            })
            .collect();
        return Ok(Source {
            sketch: vec![false; v.columns.len()],
            names: v.columns.iter().map(|c| c.to_string()).collect(),
            kinds,
            rows: Rows::Generated(v.rows),
        });
    }
    if catalog.database(&db).is_none() {
        return Err(SqlError::unknown_db(&db));
    }
    let t = catalog.table(&db, &table).map_err(|_| SqlError::unknown_table(&db, &table))?;
    drop(catalog);
    Ok(Source {
        names: t.schema.columns.iter().map(|c| c.name.clone()).collect(),
        kinds: t.schema.columns.iter().map(|c| Kind::of_type(&c.ty)).collect(),
        sketch: t
            .schema
            .columns
            .iter()
            .map(|c| matches!(c.ty, crate::catalog::types::ColumnType::Bitmap | crate::catalog::types::ColumnType::Hll))
            .collect(),
        rows: Rows::Table(t),
    })
}

fn item_name(e: &Expr) -> String {
    match e {
        Expr::Identifier(i) => i.value.clone(),
        Expr::CompoundIdentifier(p) => {
            if p.first().is_some_and(|f| f.value.starts_with("@@")) {
                e.to_string()
            } else {
                p.last().map(|i| i.value.clone()).unwrap_or_default()
            }
        }
        Expr::Function(f) => {
            let distinct = matches!(&f.args, sqlparser::ast::FunctionArguments::List(l)
                if l.duplicate_treatment == Some(sqlparser::ast::DuplicateTreatment::Distinct));
            let args: Vec<String> = match &f.args {
                sqlparser::ast::FunctionArguments::List(l) => l
                    .args
                    .iter()
                    .map(|a| match a {
                        sqlparser::ast::FunctionArg::Unnamed(sqlparser::ast::FunctionArgExpr::Expr(e)) => item_name(e),
                        other => other.to_string(),
                    })
                    .collect(),
                other => return format!("{}{other}", f.name.to_string().to_ascii_lowercase()),
            };
            format!(
                "{}({}{})",
                f.name.to_string().to_ascii_lowercase(),
                if distinct { "DISTINCT " } else { "" },
                args.join(", ")
            )
        }
        other => other.to_string(),
    }
}

fn limit_of(q: &Query, scope: &dyn Scope) -> Result<(Option<usize>, usize), SqlError> {
    let num = |e: &Expr| -> Result<usize, SqlError> {
        eval(e, scope)
            .ok()
            .and_then(|v| v.as_i128())
            .map(|n| n.max(0) as usize)
            .ok_or_else(|| SqlError::generic("LIMIT must be an integer"))
    };
    Ok(match &q.limit_clause {
        None => (None, 0),
        Some(LimitClause::LimitOffset { limit, offset, .. }) => {
            (limit.as_ref().map(num).transpose()?, offset.as_ref().map(|o| num(&o.value)).transpose()?.unwrap_or(0))
        }
        Some(LimitClause::OffsetCommaLimit { offset, limit }) => (Some(num(limit)?), num(offset)?),
    })
}

/// Runs a parsed query.
pub fn run(session: &Session<'_>, q: &Query) -> Outcome {
    match run_inner(session, q) {
        Ok(rs) => Outcome::Rows(rs),
        Err(e) => Outcome::Err(e),
    }
}

fn run_inner(session: &Session<'_>, q: &Query) -> Result<ResultSet, SqlError> {
    let SetExpr::Select(select) = q.body.as_ref() else {
        return Err(SqlError::generic("Only simple SELECT statements are supported"));
    };
    let src = source(session, select)?;
    let gen_err = |m: String| SqlError::generic(m);
    let mut out_names = Vec::new();
    let mut out_exprs: Vec<Expr> = Vec::new();
    let mut out_kinds: Vec<Option<Kind>> = Vec::new();
    let mut out_hidden: Vec<bool> = Vec::new();
    for item in &select.projection {
        match item {
            SelectItem::Wildcard(_) | SelectItem::QualifiedWildcard(..) => {
                for (i, n) in src.names.iter().enumerate() {
                    out_names.push(n.clone());
                    out_exprs.push(Expr::Identifier(sqlparser::ast::Ident::with_quote('`', n)));
                    out_kinds.push(Some(src.kinds[i]));
                    out_hidden.push(src.sketch[i]);
                }
            }
            SelectItem::UnnamedExpr(e) => {
                out_names.push(item_name(e));
                out_kinds.push(direct_kind(e, &src));
                out_hidden.push(column_index(e, &src).is_some_and(|i| src.sketch[i]));
                out_exprs.push(e.clone());
            }
            SelectItem::ExprWithAlias { expr, alias } => {
                out_names.push(alias.value.clone());
                out_kinds.push(direct_kind(expr, &src));
                out_hidden.push(column_index(expr, &src).is_some_and(|i| src.sketch[i]));
                out_exprs.push(expr.clone());
            }
            SelectItem::ExprWithAliases { expr, aliases } => {
                out_names.push(aliases.first().map(|a| a.value.clone()).unwrap_or_default());
                out_kinds.push(direct_kind(expr, &src));
                out_hidden.push(column_index(expr, &src).is_some_and(|i| src.sketch[i]));
                out_exprs.push(expr.clone());
            }
        }
    }
    let order: Vec<(Expr, bool)> = match q.order_by.as_ref().map(|o| &o.kind) {
        Some(OrderByKind::Expressions(list)) => {
            list.iter().map(|o| (o.expr.clone(), matches!(o.options.sort, Some(OrderBySort::Desc)))).collect()
        }
        _ => Vec::new(),
    };
    let group_exprs: Vec<Expr> = match &select.group_by {
        GroupByExpr::Expressions(e, _) => e.clone(),
        GroupByExpr::All(_) => Vec::new(),
    };
    let mut agg_exprs = Vec::new();
    for e in &out_exprs {
        collect_aggregates(e, &mut agg_exprs);
    }
    if let Some(h) = &select.having {
        collect_aggregates(h, &mut agg_exprs);
    }
    for (e, _) in &order {
        collect_aggregates(e, &mut agg_exprs);
    }
    let aggregate = !agg_exprs.is_empty() || !group_exprs.is_empty();
    let mut produced: Vec<(Vec<Value>, Vec<Value>)> = Vec::new();
    let mut failure: Option<SqlError> = None;
    let mut groups: Vec<(Vec<Value>, Vec<Acc>)> = Vec::new();
    let mut index: HashMap<Vec<u8>, usize> = HashMap::new();
    let new_accs = || -> Vec<Acc> {
        agg_exprs
            .iter()
            .map(|e| match e {
                Expr::Function(f) => {
                    let sketch_arg = function_args(&f.args)
                        .first()
                        .and_then(|a| column_index(a, &src))
                        .is_some_and(|i| src.sketch[i]);
                    Acc::new(f, sketch_arg)
                }
                _ => Acc::Count(0),
            })
            .collect()
    };
    src.each(&mut |row: &[Value]| {
        if failure.is_some() {
            return;
        }
        let mut step = || -> Result<(), SqlError> {
            let scope = RowScope { names: &src.names, row, session, aliases: None, aggs: None };
            if let Some(w) = &select.selection
                && !eval_predicate(w, &scope).map_err(gen_err)?
            {
                return Ok(());
            }
            if aggregate {
                let mut key = Vec::new();
                for g in &group_exprs {
                    eval(g, &scope).map_err(gen_err)?.encode_key(&mut key);
                }
                let gi = match index.get(&key) {
                    Some(&i) => i,
                    None => {
                        groups.push((row.to_vec(), new_accs()));
                        index.insert(key, groups.len() - 1);
                        groups.len() - 1
                    }
                };
                for (ai, e) in agg_exprs.iter().enumerate() {
                    let Expr::Function(f) = e else { continue };
                    let v = match function_args(&f.args).first() {
                        Some(a) => Some(eval(a, &scope).map_err(gen_err)?),
                        None => None,
                    };
                    groups[gi].1[ai].update(v);
                }
                return Ok(());
            }
            let vals: Vec<Value> =
                out_exprs.iter().map(|e| eval(e, &scope)).collect::<Result<_, _>>().map_err(gen_err)?;
            let keys = if order.is_empty() {
                Vec::new()
            } else {
                let scope2 =
                    RowScope { names: &src.names, row, session, aliases: Some((&out_names, &vals)), aggs: None };
                order.iter().map(|(e, _)| eval(e, &scope2)).collect::<Result<_, _>>().map_err(gen_err)?
            };
            produced.push((vals, keys));
            Ok(())
        };
        if let Err(e) = step() {
            failure = Some(e);
        }
    });
    if let Some(e) = failure {
        return Err(e);
    }
    if aggregate {
        if groups.is_empty() && group_exprs.is_empty() {
            groups.push((Vec::new(), new_accs()));
        }
        for (first_row, accs) in &groups {
            let mut map = HashMap::new();
            for (e, a) in agg_exprs.iter().zip(accs) {
                map.insert(e.to_string(), a.value());
            }
            let scope = RowScope { names: &src.names, row: first_row, session, aliases: None, aggs: Some(&map) };
            if let Some(h) = &select.having
                && !eval_predicate(h, &scope).map_err(gen_err)?
            {
                continue;
            }
            let vals: Vec<Value> =
                out_exprs.iter().map(|e| eval(e, &scope)).collect::<Result<_, _>>().map_err(gen_err)?;
            let scope2 = RowScope {
                names: &src.names,
                row: first_row,
                session,
                aliases: Some((&out_names, &vals)),
                aggs: Some(&map),
            };
            let keys: Vec<Value> =
                order.iter().map(|(e, _)| eval(e, &scope2)).collect::<Result<_, _>>().map_err(gen_err)?;
            produced.push((vals, keys));
        }
    }
    if !order.is_empty() {
        produced.sort_by(|a, b| {
            for (i, (_, desc)) in order.iter().enumerate() {
                let o = a.1[i].order_cmp(&b.1[i]);
                let o = if *desc { o.reverse() } else { o };
                if o.is_ne() {
                    return o;
                }
            }
            std::cmp::Ordering::Equal
        });
    }
    let empty_scope = RowScope { names: &[], row: &[], session, aliases: None, aggs: None };
    let (limit, offset) = limit_of(q, &empty_scope)?;
    let rows_iter = produced.into_iter().skip(offset);
    let produced: Vec<Vec<Value>> = match limit {
        Some(n) => rows_iter.take(n).map(|p| p.0).collect(),
        None => rows_iter.map(|p| p.0).collect(),
    };
    let columns = out_names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let kind = out_kinds[i].unwrap_or_else(|| {
                produced.iter().map(|r| &r[i]).find(|v| !v.is_null()).map_or(Kind::Varchar, Kind::of_value)
            });
            (n.clone(), kind)
        })
        .collect();
    Ok(ResultSet {
        columns,
        rows: produced
            .into_iter()
            .map(|r| r.iter().zip(&out_hidden).map(|(v, hidden)| if *hidden { None } else { v.to_text() }).collect())
            .collect(),
    })
}

/// The source column an expression names directly.
fn column_index(e: &Expr, src: &Source) -> Option<usize> {
    let name = match e {
        Expr::Identifier(i) if !i.value.starts_with("@@") => &i.value,
        Expr::CompoundIdentifier(p) if !p.first()?.value.starts_with("@@") => &p.last()?.value,
        _ => return None,
    };
    src.names.iter().position(|n| n.eq_ignore_ascii_case(name))
}

fn direct_kind(e: &Expr, src: &Source) -> Option<Kind> {
    column_index(e, src).map(|i| src.kinds[i])
}
