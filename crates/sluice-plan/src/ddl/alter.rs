//! `ALTER TABLE` schema changes (Flink's `AlterSchemaConverter`): add, modify, drop and
//! rename columns, primary keys, watermarks and distributions, each with Flink's checks.

use std::collections::BTreeSet;
use std::ops::ControlFlow;

use sluice_common::schema::{ColumnKind, PrimaryKey, TableSchema, WatermarkSpec};
use sluice_common::{Diagnostic, Span, TimestampKind, TypeKind};
use sluice_sql::ast::{
    AlterElement, AlterTableAction, ColumnDefKind, ColumnPosition, ConstraintKind, Enforcement, Ident,
};
use sluice_sql::resolve_type::resolve_type;
use sqlparser::ast::{Expr, visit_expressions};

use super::create_table::{Declared, DeclaredKind, distribution_spec, type_columns};
use super::flink_expr::flink_expr;
use crate::catalog::CatalogTable;
use crate::env::Env;
use crate::expr::{Clause, ExprTyper, Field, Scope};

fn failed(span: Span, cause: impl Into<String>) -> Diagnostic {
    Diagnostic::error("Failed to execute ALTER TABLE statement.", span).with_note(cause)
}

fn quote(s: &str) -> String {
    format!("`{s}`")
}

/// Columns a computed-column expression reads.
fn referenced(e: &Expr) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let _ = visit_expressions(e, |x| {
        match x {
            Expr::Identifier(i) => {
                out.insert(i.value.clone());
            }
            Expr::CompoundIdentifier(parts) => {
                if let Some(p) = parts.first() {
                    out.insert(p.value.clone());
                }
            }
            _ => {}
        }
        ControlFlow::<()>::Continue(())
    });
    out
}

fn declared_of(table: &CatalogTable) -> Vec<Declared> {
    table
        .schema
        .columns
        .iter()
        .map(|c| {
            let ty = c.data_type.without_time_attribute();
            let kind = match &c.kind {
                ColumnKind::Physical => DeclaredKind::Physical(ty),
                ColumnKind::Metadata { key, is_virtual } => {
                    DeclaredKind::Metadata { ty, key: key.clone(), is_virtual: *is_virtual }
                }
                ColumnKind::Computed { expr } => match table.computed.get(&c.name) {
                    Some(e) => DeclaredKind::Computed(Box::new(e.clone())),
                    None => DeclaredKind::ComputedResolved { ty, expr: expr.clone() },
                },
            };
            Declared { name: c.name.clone(), kind, comment: c.comment.clone(), span: c.span.unwrap_or(table.span) }
        })
        .collect()
}

fn declared_from_def(c: &sluice_sql::ast::ColumnDef) -> Result<Declared, Diagnostic> {
    let kind = match &c.kind {
        ColumnDefKind::Physical { ty, .. } => {
            DeclaredKind::Physical(resolve_type(ty).map_err(|e| e.into_diagnostic())?)
        }
        ColumnDefKind::Metadata { ty, from, is_virtual } => DeclaredKind::Metadata {
            ty: resolve_type(ty).map_err(|e| e.into_diagnostic())?,
            key: from.as_ref().map(|f| f.value.clone()),
            is_virtual: *is_virtual,
        },
        ColumnDefKind::Computed { expr } => DeclaredKind::Computed(Box::new(expr.clone())),
    };
    Ok(Declared {
        name: c.name.value.clone(),
        kind,
        comment: c.comment.as_ref().map(|s| s.value.clone()),
        span: c.span.0,
    })
}

fn place(cols: &mut Vec<Declared>, d: Declared, pos: &ColumnPosition, span: Span) -> Result<(), Diagnostic> {
    match pos {
        ColumnPosition::Default => cols.push(d),
        ColumnPosition::First => cols.insert(0, d),
        ColumnPosition::After(r) => match cols.iter().position(|c| c.name == r.value) {
            Some(i) => cols.insert(i + 1, d),
            None => {
                return Err(failed(
                    span,
                    format!("Referenced column {} by 'AFTER' does not exist in the table.", quote(&r.value)),
                ));
            }
        },
    }
    Ok(())
}

fn pk_of(c: &sluice_sql::ast::TableConstraint, span: Span) -> Result<(Option<String>, Vec<String>), Diagnostic> {
    if c.kind == ConstraintKind::Unique {
        return Err(Diagnostic::error("UNIQUE constraint is not supported yet", c.span.0));
    }
    if c.enforcement != Enforcement::NotEnforced {
        return Err(Diagnostic::error(
            "Flink doesn't support ENFORCED mode for PRIMARY KEY constraint. ENFORCED/NOT ENFORCED controls if the constraint checks are performed on the incoming/outgoing data. Flink does not own the data therefore the only supported mode is the NOT ENFORCED mode",
            span,
        ));
    }
    Ok((c.name.as_ref().map(|n| n.value.clone()), c.columns.iter().map(|i| i.value.clone()).collect()))
}

/// The table after `action`.
pub fn apply_alter(
    env: &Env<'_>,
    table: &CatalogTable,
    action: &AlterTableAction,
    span: Span,
) -> Result<CatalogTable, Diagnostic> {
    let mut new = table.clone();
    let mut cols = declared_of(table);
    let mut pk: Option<(Option<String>, Vec<String>)> =
        table.schema.primary_key.as_ref().map(|p| (Some(p.name.clone()), p.columns.clone()));
    let mut watermark: Option<Result<WatermarkSpec, sluice_sql::ast::Watermark>> =
        table.schema.watermarks.first().cloned().map(Ok);
    match action {
        AlterTableAction::Add(elements) | AlterTableAction::Modify(elements) => {
            let adding = matches!(action, AlterTableAction::Add(_));
            for e in elements {
                match e {
                    AlterElement::Column(def, pos) => {
                        let d = declared_from_def(def)?;
                        if let ColumnDefKind::Physical { constraint: Some(cc), .. } = &def.kind {
                            let c = sluice_sql::ast::TableConstraint {
                                name: cc.name.clone(),
                                kind: cc.kind,
                                columns: vec![def.name.clone()],
                                enforcement: cc.enforcement,
                                span: cc.span,
                            };
                            let new_pk = pk_of(&c, span)?;
                            match (adding, &pk) {
                                (true, Some((_, existing))) => {
                                    return Err(failed(
                                        span,
                                        format!(
                                            "The base table has already defined the primary key constraint [{}]. You might want to drop it before adding a new one.",
                                            existing.iter().map(|c| quote(c)).collect::<Vec<_>>().join(", ")
                                        ),
                                    ));
                                }
                                _ => pk = Some(new_pk),
                            }
                        }
                        let exists = cols.iter().position(|c| c.name == d.name);
                        match (adding, exists) {
                            (true, Some(_)) => {
                                return Err(failed(
                                    span,
                                    format!(
                                        "Try to add a column {} which already exists in the table.",
                                        quote(&d.name)
                                    ),
                                ));
                            }
                            (false, None) => {
                                return Err(failed(
                                    span,
                                    format!(
                                        "Try to modify a column {} which does not exist in the table.",
                                        quote(&d.name)
                                    ),
                                ));
                            }
                            (false, Some(i)) if *pos == ColumnPosition::Default => cols[i] = d,
                            (false, Some(i)) => {
                                cols.remove(i);
                                place(&mut cols, d, pos, span)?;
                            }
                            (true, None) => place(&mut cols, d, pos, span)?,
                        }
                    }
                    AlterElement::Constraint(c) => {
                        let new_pk = pk_of(c, span)?;
                        match (adding, &pk) {
                            (true, Some((_, existing))) => {
                                return Err(failed(
                                    span,
                                    format!(
                                        "The base table has already defined the primary key constraint [{}]. You might want to drop it before adding a new one.",
                                        existing.iter().map(|c| quote(c)).collect::<Vec<_>>().join(", ")
                                    ),
                                ));
                            }
                            (false, None) => {
                                return Err(failed(
                                    span,
                                    "The base table does not define any primary key constraint. You might want to add a new one.",
                                ));
                            }
                            _ => pk = Some(new_pk),
                        }
                    }
                    AlterElement::Watermark(w) => match (adding, &watermark) {
                        (true, Some(_)) => {
                            return Err(failed(
                                span,
                                "The base table has already defined the watermark strategy. You might want to drop it before adding a new one.",
                            ));
                        }
                        (false, None) => {
                            return Err(failed(
                                span,
                                "The base table does not define any watermark. You might want to add a new one.",
                            ));
                        }
                        _ => watermark = Some(Err(w.clone())),
                    },
                    AlterElement::Distribution(d) => match (adding, &new.distribution) {
                        (true, Some(_)) => {
                            return Err(failed(
                                span,
                                "The base table has already defined the distribution. You can modify it or drop it before adding a new one.",
                            ));
                        }
                        (false, None) => {
                            return Err(failed(
                                span,
                                "The base table does not define any distribution. You might want to add a new one.",
                            ));
                        }
                        _ => new.distribution = Some(distribution_spec(d).0),
                    },
                }
            }
        }
        AlterTableAction::DropColumns(names) => {
            let dropped: Vec<&str> = names.iter().map(|n| n.value.as_str()).collect();
            for n in names {
                if !cols.iter().any(|c| c.name == n.value) {
                    return Err(failed(
                        n.span(),
                        format!("The column {} does not exist in the base table.", quote(&n.value)),
                    ));
                }
                check_unreferenced(table, &n.value, n.span(), &dropped, true)?;
            }
            if names.len() >= cols.len() {
                return Err(failed(span, "There should be at least one column in the table after dropping columns."));
            }
            cols.retain(|c| !names.iter().any(|n| n.value == c.name));
        }
        AlterTableAction::RenameColumn(from, to) => {
            rename_column(table, &mut cols, from, to)?;
            if let Some((_, k)) = &mut pk {
                for c in k.iter_mut() {
                    if *c == from.value {
                        *c = to.value.clone();
                    }
                }
            }
        }
        AlterTableAction::DropPrimaryKey => {
            if pk.take().is_none() {
                return Err(failed(span, "The base table does not define any primary key."));
            }
        }
        AlterTableAction::DropConstraint(name) => match &pk {
            Some((Some(n), _)) if *n == name.value => pk = None,
            Some((n, _)) => {
                return Err(failed(
                    name.span(),
                    format!(
                        "The base table does not define a primary key constraint named '{}'. Available constraint name: ['{}'].",
                        name.value,
                        n.clone().unwrap_or_default()
                    ),
                ));
            }
            None => return Err(failed(name.span(), "The base table does not define any primary key.")),
        },
        AlterTableAction::DropWatermark => {
            if watermark.take().is_none() {
                return Err(failed(span, "The base table does not define any watermark strategy."));
            }
        }
        AlterTableAction::DropDistribution => {
            if new.distribution.take().is_none() {
                return Err(failed(span, "The base table does not define any distribution."));
            }
        }
        AlterTableAction::RenameTo(_) | AlterTableAction::Set(_) | AlterTableAction::Reset(_) => return Ok(new),
    }
    rebuild(env, new, cols, pk, watermark, span)
}

/// A column that a computed column or the watermark reads cannot be renamed or dropped
/// (a dropped one not as the primary key either), unless its readers go too.
fn check_unreferenced(
    table: &CatalogTable,
    name: &str,
    span: Span,
    going: &[&str],
    dropping: bool,
) -> Result<(), Diagnostic> {
    if dropping && table.schema.primary_key.as_ref().is_some_and(|p| p.columns.iter().any(|c| c == name)) {
        return Err(failed(span, format!("The column {} is used as the primary key.", quote(name))));
    }
    if table.partition_keys.iter().any(|p| p == name) {
        return Err(failed(span, format!("The column {} is used as the partition keys.", quote(name))));
    }
    if table
        .schema
        .watermarks
        .iter()
        .any(|w| (w.rowtime == name || w.expr.contains(&quote(name))) && !going.contains(&w.rowtime.as_str()))
    {
        return Err(failed(span, format!("The column {} is referenced by watermark expression.", quote(name))));
    }
    for (c, e) in &table.computed {
        if c != name && !going.contains(&c.as_str()) && referenced(e).contains(name) {
            return Err(failed(
                span,
                format!("The column {} is referenced by computed column {}.", quote(name), quote(c)),
            ));
        }
    }
    Ok(())
}

fn rename_column(table: &CatalogTable, cols: &mut [Declared], from: &Ident, to: &Ident) -> Result<(), Diagnostic> {
    if !cols.iter().any(|c| c.name == from.value) {
        return Err(failed(
            from.span(),
            format!("The column {} does not exist in the base table.", quote(&from.value)),
        ));
    }
    if cols.iter().any(|c| c.name == to.value) {
        return Err(failed(to.span(), format!("The column {} already existed in table schema.", quote(&to.value))));
    }
    check_unreferenced(table, &from.value, from.span(), &[], false)?;
    for c in cols.iter_mut() {
        if c.name == from.value {
            c.name = to.value.clone();
        }
    }
    Ok(())
}

fn rebuild(
    env: &Env<'_>,
    mut new: CatalogTable,
    cols: Vec<Declared>,
    pk: Option<(Option<String>, Vec<String>)>,
    watermark: Option<Result<WatermarkSpec, sluice_sql::ast::Watermark>>,
    span: Span,
) -> Result<CatalogTable, Diagnostic> {
    new.computed.retain(|name, _| cols.iter().any(|c| &c.name == name && matches!(c.kind, DeclaredKind::Computed(_))));
    for c in &cols {
        if let DeclaredKind::Computed(e) = &c.kind {
            new.computed.insert(c.name.clone(), (**e).clone());
        }
    }
    let mut columns = type_columns(env, &cols).map_err(|d| failed(span, d.message))?;
    let primary_key = match pk {
        Some((name, keys)) => {
            let name = name.unwrap_or_else(|| format!("PK_{}", keys.join("_")));
            for k in &keys {
                match columns.iter_mut().find(|c| &c.name == k) {
                    None => {
                        return Err(failed(
                            span,
                            format!("Invalid primary key '{name}'. Column '{k}' does not exist."),
                        ));
                    }
                    Some(c) if !c.is_physical() => {
                        return Err(failed(
                            span,
                            format!("Invalid primary key '{name}'. Column '{k}' is not a physical column."),
                        ));
                    }
                    Some(c) => c.data_type.nullable = false,
                }
            }
            Some(PrimaryKey { name, columns: keys, span: Some(span) })
        }
        None => None,
    };
    let watermarks = match watermark {
        None => Vec::new(),
        Some(Ok(w)) => {
            let Some(col) = columns.iter().find(|c| c.name == w.rowtime) else {
                return Err(failed(
                    span,
                    format!("The rowtime attribute field '{}' is not defined in the table schema", w.rowtime),
                ));
            };
            if !matches!(col.data_type.kind, TypeKind::Timestamp(p, _) | TypeKind::TimestampLtz(p, _) if p <= 3) {
                return Err(failed(
                    span,
                    format!(
                        "Invalid data type of time field for watermark definition. The field must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p), the supported precision 'p' is from 0 to 3, but the time field type is {}",
                        col.data_type.summary()
                    ),
                ));
            }
            vec![w]
        }
        Some(Err(w)) => vec![alter_watermark(env, &columns, &w, span)?],
    };
    for w in &watermarks {
        if let Some(c) = columns.iter_mut().find(|c| c.name == w.rowtime) {
            c.data_type.kind = match c.data_type.kind {
                TypeKind::Timestamp(p, _) => TypeKind::Timestamp(p, TimestampKind::Rowtime),
                TypeKind::TimestampLtz(p, _) => TypeKind::TimestampLtz(p, TimestampKind::Rowtime),
                ref k => k.clone(),
            };
        }
    }
    new.schema = TableSchema { columns, primary_key, watermarks };
    Ok(new)
}

fn alter_watermark(
    env: &Env<'_>,
    columns: &[sluice_common::schema::Column],
    w: &sluice_sql::ast::Watermark,
    span: Span,
) -> Result<WatermarkSpec, Diagnostic> {
    let rowtime = w.column.0.iter().map(|i| i.value.clone()).collect::<Vec<_>>().join(".");
    let names: Vec<String> = columns.iter().map(|c| c.name.clone()).collect();
    let Some(col) = columns.iter().find(|c| c.name == rowtime) else {
        return Err(failed(
            span,
            format!(
                "Invalid column name '{rowtime}' for rowtime attribute in watermark declaration. Available columns are: [{}]",
                names.join(", ")
            ),
        ));
    };
    let valid = |t: &sluice_common::DataType| matches!(t.kind, TypeKind::Timestamp(p, _) | TypeKind::TimestampLtz(p, _) if p <= 3);
    if !valid(&col.data_type) {
        return Err(failed(
            span,
            format!(
                "Invalid data type of time field for watermark definition. The field must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p), the supported precision 'p' is from 0 to 3, but the time field type is {}",
                col.data_type.summary()
            ),
        ));
    }
    let scope = Scope::new(
        columns
            .iter()
            .map(|c| Field { qualifier: None, name: c.name.clone(), data_type: c.data_type.clone() })
            .collect(),
    );
    let ty = ExprTyper::new(env, &scope, Clause::Select).type_of(&w.expr).map_err(|d| failed(span, d.message))?;
    if !valid(&ty) {
        return Err(failed(
            span,
            format!(
                "Invalid data type of expression for watermark definition. The field must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p), the supported precision 'p' is from 0 to 3, but the watermark expression type is {}",
                ty.summary()
            ),
        ));
    }
    Ok(WatermarkSpec { rowtime, expr: flink_expr(&w.expr), data_type: ty.without_time_attribute() })
}
