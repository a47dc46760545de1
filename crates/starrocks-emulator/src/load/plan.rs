//! The load plan: how file fields map to table columns (`columns` header, wire spec §6.3),
//! `__op` (§6.4), defaults, `where`, and the per-row conversion with strict-mode rules and
//! sink checks (§6.1, §6.7).

use crate::catalog::Table;
use crate::catalog::schema::KeysType;
use crate::catalog::types::ColumnType;
use crate::sql::expr::{self, Scope, eval, eval_predicate, parse_expr};
use crate::storage::RowOp;
use crate::value::complex::{Source, is_complex, parse_complex};
use crate::value::{Value, parse_text};
use sqlparser::ast::Expr;
use std::sync::Arc;

/// What one file field feeds.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldTarget {
    /// A table column, parsed directly into its type.
    Column(usize),
    /// The `__op` column.
    Op,
    /// Read but only used by expressions.
    Placeholder,
}

/// Where a row's `__op` comes from.
#[derive(Debug, Clone)]
enum OpSource {
    None,
    Field,
    Const(RowOp),
    Expr(Box<Expr>),
}

/// One row's fields, as the body parser sees them.
pub trait Fields {
    /// Number of fields.
    fn count(&self) -> usize;
    /// Field `i`; `None` is NULL.
    fn get(&self, i: usize) -> Option<&[u8]>;
    /// The row as text for the error log.
    fn row_text(&self) -> String;
}

/// The outcome of converting one row.
#[derive(Debug)]
pub enum RowOutcome {
    /// The row (left in the caller's buffer) reaches the table.
    Loaded(RowOp),
    /// The row is rejected; the reason goes to the error log.
    Filtered(String),
    /// The row is dropped by `where`.
    Unselected,
}

/// What a load asks of the plan.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlanOptions<'a> {
    /// `columns` header.
    pub columns: Option<&'a str>,
    /// `where` header.
    pub where_clause: Option<&'a str>,
    /// `strict_mode`.
    pub strict: bool,
    /// The body is JSON (fields are matched by key).
    pub json: bool,
    /// `partial_update` (primary key tables).
    pub partial_update: bool,
    /// `partial_update_mode`.
    pub partial_update_mode: super::params::PartialUpdateMode,
    /// `merge_condition` column (primary key tables).
    pub merge_condition: Option<&'a str>,
}

impl<'a> PlanOptions<'a> {
    /// The options of a load's parameters.
    pub fn from_params(p: &'a super::params::LoadParams) -> Self {
        PlanOptions {
            columns: p.columns.as_deref(),
            where_clause: p.where_clause.as_deref(),
            strict: p.strict_mode,
            json: p.format == super::params::Format::Json,
            partial_update: p.partial_update,
            partial_update_mode: p.partial_update_mode,
            merge_condition: p.merge_condition.as_deref(),
        }
    }
}

/// A compiled load plan for one table.
#[derive(Debug)]
pub struct LoadPlan {
    /// The target table.
    pub table: Arc<Table>,
    /// Names of the file fields, in file order (also the JSON keys in simple mode).
    pub field_names: Vec<String>,
    targets: Vec<FieldTarget>,
    mappings: Vec<(usize, Expr)>,
    op: OpSource,
    defaults: Vec<Option<Value>>,
    auto_increment: Vec<usize>,
    where_expr: Option<Expr>,
    strict: bool,
    source: Source,
    direct_only: bool,
    /// Partial update: the columns the load provides.
    pub partial_columns: Option<Vec<bool>>,
    /// Conditional update column.
    pub merge_condition: Option<usize>,
}

/// Splits the `columns` header at top-level commas.
fn split_items(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut cur = String::new();
    for ch in text.chars() {
        match quote {
            Some(q) => {
                if ch == q {
                    quote = None;
                }
                cur.push(ch);
            }
            None => match ch {
                '\'' | '"' | '`' => {
                    quote = Some(ch);
                    cur.push(ch);
                }
                '(' => {
                    depth += 1;
                    cur.push(ch);
                }
                ')' => {
                    depth -= 1;
                    cur.push(ch);
                }
                ',' if depth == 0 => items.push(std::mem::take(&mut cur)),
                _ => cur.push(ch),
            },
        }
    }
    items.push(cur);
    items.into_iter().map(|s| s.trim().to_string()).collect()
}

fn unquote(name: &str) -> String {
    let n = name.trim();
    n.strip_prefix('`').and_then(|x| x.strip_suffix('`')).unwrap_or(n).to_string()
}

/// Splits `name = expr` at the first top-level `=` that is not part of `<=`, `>=`, `!=`.
fn split_mapping(item: &str) -> Option<(String, String)> {
    let b = item.as_bytes();
    let mut quote = None;
    for i in 0..b.len() {
        let c = b[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => {
                if c == b'\'' || c == b'"' || c == b'`' {
                    quote = Some(c);
                } else if c == b'=' {
                    let prev = if i > 0 { b[i - 1] } else { b' ' };
                    if matches!(prev, b'<' | b'>' | b'!') {
                        continue;
                    }
                    return Some((unquote(&item[..i]), item[i + 1..].trim().to_string()));
                }
            }
        }
    }
    None
}

fn op_constant(expr_text: &str) -> Result<Option<RowOp>, String> {
    let t = expr_text.trim();
    let unq = t.trim_matches(|c| c == '\'' || c == '"');
    if unq.len() != t.len() {
        return match unq.to_ascii_lowercase().as_str() {
            "upsert" => Ok(Some(RowOp::Upsert)),
            "delete" => Ok(Some(RowOp::Delete)),
            other => Err(format!("load op type string not supported: {other}")),
        };
    }
    match t.parse::<i64>() {
        Ok(0) => Ok(Some(RowOp::Upsert)),
        Ok(1) => Ok(Some(RowOp::Delete)),
        Ok(_) => Err("const load op type column should only be upsert(0)/delete(1)".into()),
        Err(_) => Ok(None),
    }
}

impl LoadPlan {
    /// Compiles the plan; `Err` carries the planner's message.
    pub fn new(table: Arc<Table>, opts: PlanOptions<'_>) -> Result<Self, String> {
        let PlanOptions { columns, where_clause, strict, json, partial_update, partial_update_mode, merge_condition } =
            opts;
        let schema = &table.schema;
        let is_pk = schema.keys_type == KeysType::Primary;
        let mut field_names = Vec::new();
        let mut mappings: Vec<(usize, Expr)> = Vec::new();
        let mut op = OpSource::None;
        let mut mentioned = vec![false; schema.columns.len()];
        let mut mapped_names: Vec<String> = Vec::new();
        let items =
            columns.map(split_items).unwrap_or_default().into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>();
        let mut plain = Vec::new();
        let mut exprs = Vec::new();
        for item in &items {
            match split_mapping(item) {
                Some((name, e)) => exprs.push((name, e)),
                None => plain.push(unquote(item)),
            }
        }
        if plain.is_empty() {
            plain = schema.columns.iter().filter(|c| !c.auto_increment || json).map(|c| c.name.clone()).collect();
        }
        let mut targets = Vec::new();
        for name in &plain {
            if name.eq_ignore_ascii_case("__op") {
                if is_pk {
                    op = OpSource::Field;
                    targets.push(FieldTarget::Op);
                } else {
                    targets.push(FieldTarget::Placeholder);
                }
            } else if let Some(idx) = schema.column_index(name) {
                if mentioned[idx] {
                    return Err(format!("Duplicate column mapping: {name}"));
                }
                mentioned[idx] = true;
                targets.push(FieldTarget::Column(idx));
            } else {
                targets.push(FieldTarget::Placeholder);
            }
            field_names.push(name.clone());
        }
        for (name, text) in exprs {
            if mapped_names.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
                return Err(format!("Duplicate column mapping: {name}"));
            }
            mapped_names.push(name.clone());
            if name.eq_ignore_ascii_case("__op") {
                if !is_pk {
                    continue;
                }
                op = match op_constant(&text)? {
                    Some(c) => OpSource::Const(c),
                    None => OpSource::Expr(Box::new(parse_expr(&text)?)),
                };
                continue;
            }
            let idx =
                schema.column_index(&name).ok_or_else(|| format!("Mapping column is not in table. column: {name}"))?;
            if let Some(pos) = targets.iter().position(|t| *t == FieldTarget::Column(idx)) {
                targets[pos] = FieldTarget::Placeholder;
            }
            mentioned[idx] = true;
            mappings.push((idx, parse_expr(&text)?));
        }
        // JSON into a primary-key table reads an `__op` key even when `columns` does not
        // name it (wire spec §6.4).
        if json
            && is_pk
            && matches!(op, OpSource::None)
            && !targets.contains(&FieldTarget::Op)
            && !mapped_names.iter().any(|n| n.eq_ignore_ascii_case("__op"))
        {
            op = OpSource::Field;
            targets.push(FieldTarget::Op);
            field_names.push("__op".into());
        }
        for t in &targets {
            if let FieldTarget::Column(c) = t {
                check_sketch_source(&schema.columns[*c], None)?;
            }
        }
        for (c, e) in &mappings {
            check_sketch_source(&schema.columns[*c], Some(e))?;
        }
        let partial_columns = if partial_update {
            if !is_pk {
                return Err("Only primary key table support partial update".into());
            }
            for &k in &schema.key_columns {
                if !mentioned[k] {
                    return Err(format!("key column {} not in partial update columns", schema.columns[k].name));
                }
            }
            check_partial_update_mode(schema, partial_update_mode, &mentioned)?;
            Some(mentioned.clone())
        } else {
            None
        };
        let merge_condition = match merge_condition {
            None => None,
            Some(_) if !is_pk => {
                return Err(format!("Conditional update only support primary key table {}", schema.name));
            }
            Some(c) => Some(check_merge_condition(&table, c, &mentioned)?),
        };
        let mut defaults = vec![None; schema.columns.len()];
        let mut auto_increment = Vec::new();
        for (i, col) in schema.columns.iter().enumerate() {
            if mentioned[i] {
                continue;
            }
            if col.auto_increment {
                auto_increment.push(i);
                continue;
            }
            defaults[i] = Some(match col.default_value() {
                Ok(v) => v,
                Err(_) if partial_update => Value::Null,
                Err(e) => return Err(e),
            });
        }
        let where_expr = where_clause.map(parse_expr).transpose()?;
        let direct_only = mappings.is_empty() && where_expr.is_none() && !matches!(op, OpSource::Expr(_));
        Ok(LoadPlan {
            table,
            field_names,
            targets,
            mappings,
            op,
            defaults,
            auto_increment,
            where_expr,
            strict,
            source: if json { Source::Json } else { Source::Csv },
            direct_only,
            partial_columns,
            merge_condition,
        })
    }

    /// Number of fields each record must have.
    pub fn field_count(&self) -> usize {
        self.targets.len()
    }

    /// Per field: whether it feeds a JSON, ARRAY, MAP or STRUCT column (a JSON body then
    /// hands over the value's JSON text).
    pub fn json_text_fields(&self) -> Vec<bool> {
        self.targets
            .iter()
            .map(|t| matches!(t, FieldTarget::Column(c) if is_complex(&self.table.schema.columns[*c].ty)))
            .collect()
    }

    /// Converts one record into `row` (a reusable buffer).
    pub fn convert(&self, fields: &dyn Fields, row: &mut Vec<Value>) -> RowOutcome {
        let schema = &self.table.schema;
        row.clear();
        row.resize(schema.columns.len(), Value::Null);
        let mut op = match self.op {
            OpSource::Const(c) => c,
            _ => RowOp::Upsert,
        };
        for (i, target) in self.targets.iter().enumerate() {
            match target {
                FieldTarget::Column(c) => {
                    let Some(raw) = fields.get(i) else {
                        continue;
                    };
                    let col = &schema.columns[*c];
                    let parsed = if is_complex(&col.ty) {
                        parse_complex(raw, &col.ty, self.source, self.strict).map(Value::Str)
                    } else {
                        parse_text(raw, &col.ty)
                    };
                    match parsed {
                        Ok(v) => row[*c] = v,
                        Err(_) if self.strict => {
                            return RowOutcome::Filtered(format!(
                                "The field (name = {}, pos = {i}) is out of range. Type: {}, Value length: {}, Value: {}",
                                col.name,
                                col.ty.error_name(),
                                raw.len(),
                                String::from_utf8_lossy(raw)
                            ));
                        }
                        Err(_) => {}
                    }
                }
                FieldTarget::Op => {
                    if let Some(raw) = fields.get(i) {
                        match parse_text(raw, &ColumnType::TinyInt) {
                            Ok(Value::Int(1)) => op = RowOp::Delete,
                            Ok(_) => {}
                            Err(_) if self.strict => {
                                return RowOutcome::Filtered(format!(
                                    "The field (name = __op, pos = {i}) is out of range. Type: TINYINT, Value length: {}, Value: {}",
                                    raw.len(),
                                    String::from_utf8_lossy(raw)
                                ));
                            }
                            Err(_) => {}
                        }
                    }
                }
                FieldTarget::Placeholder => {}
            }
        }
        if !self.direct_only {
            let scope = FieldScope { names: &self.field_names, fields };
            if let Some(w) = &self.where_expr {
                match eval_predicate(w, &scope) {
                    Ok(true) => {}
                    Ok(false) => return RowOutcome::Unselected,
                    Err(e) => return RowOutcome::Filtered(e),
                }
            }
            for (c, e) in &self.mappings {
                let col = &schema.columns[*c];
                let v = match eval(e, &scope) {
                    Ok(v) => v,
                    Err(msg) => return RowOutcome::Filtered(msg),
                };
                let converted = expr::cast(&v, &col.ty);
                if converted.is_null()
                    && !v.is_null()
                    && let Some(msg) = sink_error(col.name.as_str(), &col.ty, &v)
                {
                    return RowOutcome::Filtered(msg);
                }
                row[*c] = converted;
            }
            if let OpSource::Expr(e) = &self.op {
                match eval(e, &scope) {
                    Ok(v) if v.as_i128() == Some(1) => op = RowOp::Delete,
                    Ok(_) => {}
                    Err(msg) => return RowOutcome::Filtered(msg),
                }
            }
        }
        for (i, d) in self.defaults.iter().enumerate() {
            if let Some(d) = d {
                row[i] = d.clone();
            }
        }
        if !self.auto_increment.is_empty() {
            for &i in &self.auto_increment {
                row[i] = Value::Int(self.table.reserve_auto_increment(1));
            }
        }
        for (i, (col, v)) in schema.columns.iter().zip(row.iter()).enumerate() {
            let provided = self.partial_columns.as_ref().is_none_or(|m| m[i]);
            if provided && v.is_null() && !col.nullable {
                return RowOutcome::Filtered(format!("NULL value in non-nullable column '{}'", col.name));
            }
        }
        RowOutcome::Loaded(op)
    }
}

/// BITMAP and HLL columns must be loaded through their functions (wire spec §3.6, §7).
fn check_sketch_source(col: &crate::catalog::schema::Column, expr: Option<&Expr>) -> Result<(), String> {
    let fname = match expr {
        Some(Expr::Function(f)) => f.name.to_string().to_ascii_lowercase(),
        _ => String::new(),
    };
    match col.ty {
        ColumnType::Hll if !matches!(fname.as_str(), "hll_hash" | "hll_empty") => {
            Err(format!("HLL column must use hll_hash function, like {0}=hll_hash(xxx) or {0}=hll_empty()", col.name))
        }
        ColumnType::Bitmap
            if !matches!(fname.as_str(), "to_bitmap" | "bitmap_hash" | "bitmap_empty" | "bitmap_from_string") =>
        {
            Err(format!("bitmap column {} require the function return type is BITMAP", col.name))
        }
        _ => Ok(()),
    }
}

/// The restrictions of `partial_update_mode` (wire spec §6.5): column mode is refused on
/// tables with row storage; a table with a sort key needs all of it in row mode and none of
/// its non-key columns in column mode.
fn check_partial_update_mode(
    schema: &crate::catalog::schema::TableSchema,
    mode: super::params::PartialUpdateMode,
    mentioned: &[bool],
) -> Result<(), String> {
    use super::params::PartialUpdateMode;
    let row_store = schema.properties.get("storage_type").is_some_and(|v| v.eq_ignore_ascii_case("column_with_row"));
    if mode == PartialUpdateMode::Column && row_store {
        return Err("column with row table only support row mode partial update".into());
    }
    let sort_key: Vec<usize> = schema.order_by.iter().filter_map(|c| schema.column_index(c)).collect();
    if sort_key.is_empty() {
        return Ok(());
    }
    if mode == PartialUpdateMode::Column {
        if sort_key.iter().any(|&c| mentioned[c] && !schema.columns[c].is_key) {
            return Err("column mode partial update on table with sort key cannot update sort key column".into());
        }
    } else if sort_key.iter().any(|&c| !mentioned[c]) {
        return Err("partial update on table with sort key must provide all sort key columns".into());
    }
    Ok(())
}

fn check_merge_condition(table: &Table, c: &str, mentioned: &[bool]) -> Result<usize, String> {
    let schema = &table.schema;
    let idx = schema
        .column_index(c)
        .filter(|&i| mentioned[i])
        .ok_or_else(|| {
            format!(
                "Merge condition column {c} does not exist. If you are doing partial update with condition update, please check condition column is in the given update columns. Otherwise please check condition column is in table {}",
                schema.name
            )
        })?;
    let col = &schema.columns[idx];
    if col.is_key {
        return Err(format!("Merge condition column {c} should not be primary key!"));
    }
    if matches!(
        col.ty,
        ColumnType::Char(_)
            | ColumnType::Varchar(_)
            | ColumnType::Bitmap
            | ColumnType::Hll
            | ColumnType::Percentile
            | ColumnType::Json
            | ColumnType::Varbinary(_)
    ) {
        return Err("Merge condition column has invalid type maybe bitmap/hll/percentile/json/varchar!".into());
    }
    Ok(idx)
}

fn sink_error(name: &str, ty: &ColumnType, v: &Value) -> Option<String> {
    match ty {
        ColumnType::Char(n) | ColumnType::Varchar(n) | ColumnType::Varbinary(Some(n)) => {
            let len = v.to_text().map(|t| t.len()).unwrap_or(0);
            (len > *n as usize).then(|| format!("String (length={len}) is too long. The max length of '{name}' is {n}"))
        }
        ColumnType::Decimal { .. } => Some(format!(
            "Decimal '{}' is out of range. The type of '{name}' is {}'",
            expr::display(v),
            ty.error_name()
        )),
        _ => None,
    }
}

struct FieldScope<'a> {
    names: &'a [String],
    fields: &'a dyn Fields,
}

impl Scope for FieldScope<'_> {
    fn column(&self, name: &str) -> Result<Value, String> {
        let idx = self
            .names
            .iter()
            .position(|n| n.eq_ignore_ascii_case(name))
            .ok_or_else(|| format!("Unknown column '{name}' in 'columns'"))?;
        Ok(match self.fields.get(idx) {
            None => Value::Null,
            Some(raw) => Value::Str(String::from_utf8_lossy(raw).into_owned()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_items_split_at_top_level() {
        assert_eq!(
            split_items("`id`,`name`, v = concat(a, ','), __op"),
            vec!["`id`", "`name`", "v = concat(a, ',')", "__op"]
        );
        assert_eq!(split_mapping("id = tmp * 100"), Some(("id".to_string(), "tmp * 100".to_string())));
        assert_eq!(split_mapping("x"), None);
        assert_eq!(op_constant("'delete'"), Ok(Some(RowOp::Delete)));
        assert_eq!(op_constant("0"), Ok(Some(RowOp::Upsert)));
        assert!(op_constant("'merge'").is_err());
        assert!(op_constant("2").is_err());
    }
}
