//! Joins with `FOR SYSTEM_TIME AS OF`: the validator wants a timestamp of the left side
//! (a constant asks the catalog for time travel, which the in-memory catalog cannot do);
//! the planner wants an equality join key, and for an event-time join a versioned table
//! with a primary key and a rowtime attribute; a processing-time join needs a lookup
//! source (`jdbc`, `hbase-*`, `starrocks`).

use sluice_common::{Diagnostic, TimestampKind};
use sqlparser::ast::{BinaryOperator, Expr, Join, JoinConstraint, JoinOperator, Spanned, TableFactor, TableVersion};

use super::from::lookup;
use crate::catalog::CatalogObject;
use crate::expr::{Clause, ExprTyper, Field, Scope};
use crate::types::family::calcite_name;

/// Connectors whose tables are lookup sources.
fn is_lookup_connector(connector: &str) -> bool {
    matches!(connector, "jdbc" | "starrocks") || connector.starts_with("hbase")
}

/// Whether `e` reads a column.
fn reads_column(e: &Expr) -> bool {
    match e {
        Expr::Identifier(_) | Expr::CompoundIdentifier(_) => true,
        other => super::select::direct_children(other).into_iter().any(reads_column),
    }
}

/// The qualifier a column reference names, if written.
fn qualifier(e: &Expr) -> Option<&str> {
    match e {
        Expr::CompoundIdentifier(parts) if parts.len() >= 2 => Some(parts[0].value.as_str()),
        Expr::Nested(inner) => qualifier(inner),
        _ => None,
    }
}

/// Whether the ON condition equates a column of the versioned table with something else.
fn has_equi_key(cond: &Expr, right: &str) -> bool {
    match cond {
        Expr::BinaryOp { left, op: BinaryOperator::And, right: r } => {
            has_equi_key(left, right) || has_equi_key(r, right)
        }
        Expr::BinaryOp { left, op: BinaryOperator::Eq, right: r } => {
            let sides = [qualifier(left), qualifier(r)];
            sides.contains(&Some(right)) && sides.iter().any(|s| *s != Some(right))
        }
        Expr::Nested(inner) => has_equi_key(inner, right),
        _ => false,
    }
}

/// `FOR SYSTEM_TIME AS OF` a value that reads no column: a literal asks for an old version
/// of the table, which the in-memory catalog cannot give; another constant
/// (`CURRENT_TIMESTAMP`) fails in the planner.
pub fn time_travel(t: &ExprTyper<'_>, at: &Expr) -> Result<(), Diagnostic> {
    if reads_column(at) {
        return Ok(());
    }
    if matches!(at, Expr::TypedString(_)) {
        return Err(t.err(
            at,
            "getTable(ObjectPath, long) is not implemented for class org.apache.flink.table.catalog.GenericInMemoryCatalog.",
        ));
    }
    t.env.planning_errors.borrow_mut().push(t.err(at, "Error while applying rule FlinkLogicalSnapshotConverter"));
    Ok(())
}

/// Checks a join whose right side is `table FOR SYSTEM_TIME AS OF expr`.
pub fn check_temporal_join(t: &ExprTyper<'_>, join: &Join, left: &[Field]) -> Result<(), Diagnostic> {
    let TableFactor::Table { name, alias, version: Some(TableVersion::ForSystemTimeAsOf(at)), .. } = &join.relation
    else {
        return Ok(());
    };
    let scope = Scope { fields: left.to_vec(), outer: None };
    let typer = ExprTyper::new(t.env, &scope, Clause::NoAggregates);
    let ty = typer.type_of(at)?;
    if !ty.is_timestamp() {
        return Err(typer.err(
            at,
            format!("The system time period specification expects Timestamp type but is '{}'", calcite_name(&ty)),
        ));
    }
    let planner_error = |message: &str| t.env.planning_errors.borrow_mut().push(typer.err(at, message));
    if !reads_column(at) {
        return time_travel(&typer, at);
    }
    let (condition, full) = match &join.join_operator {
        JoinOperator::FullOuter(c) => (c, true),
        JoinOperator::Join(c)
        | JoinOperator::Inner(c)
        | JoinOperator::Left(c)
        | JoinOperator::LeftOuter(c)
        | JoinOperator::Right(c)
        | JoinOperator::RightOuter(c) => (c, false),
        _ => return Ok(()),
    };
    if full {
        return Err(Diagnostic::error("Unknown join type FULL", t.env.loc.span(join.relation.span())));
    }
    let names: Vec<String> = name.0.iter().filter_map(|p| p.as_ident()).map(|i| i.value.clone()).collect();
    let right =
        alias.as_ref().map(|a| a.name.value.clone()).unwrap_or_else(|| names.last().cloned().unwrap_or_default());
    if let JoinConstraint::On(cond) = condition
        && !has_equi_key(cond, &right)
    {
        planner_error("Currently the join key in Temporal Table Join can not be empty.");
        return Ok(());
    }
    let Ok((_, CatalogObject::Table(table))) = lookup(t, &names, t.env.loc.span(name.span())) else {
        // A view may be a versioned view (a deduplicating query); the planner decides.
        return Ok(());
    };
    let has_pk = table.schema.primary_key.is_some();
    let has_rowtime = !table.schema.watermarks.is_empty();
    let no_pk = "Temporal Table Join requires primary key in versioned table, but no primary key can be found.";
    match ty.time_attribute() {
        TimestampKind::Rowtime if !has_pk => planner_error(no_pk),
        TimestampKind::Rowtime if !has_rowtime => planner_error(
            "Event-Time Temporal Table Join requires both primary key and row time attribute in versioned table, but no row time attribute can be found.",
        ),
        TimestampKind::Proctime if !table.option("connector").is_some_and(is_lookup_connector) => {
            planner_error(if has_pk { "Processing-time temporal join is not supported yet." } else { no_pk })
        }
        _ => {}
    }
    Ok(())
}
