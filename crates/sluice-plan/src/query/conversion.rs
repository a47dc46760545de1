//! Queries Calcite validates but cannot convert to relational algebra in Flink ("Conversion
//! to relational algebra failed to preserve datatypes"): a select item of interval type
//! computed from an interval column, whose day-time qualifier Flink widens to
//! `INTERVAL SECOND(3)` while Calcite keeps it.

use sluice_common::Diagnostic;
use sqlparser::ast::Expr;

use crate::expr::{ExprTyper, Field};

/// Whether `e` reads a column of interval type.
fn reads_interval_column(e: &Expr, fields: &[Field]) -> bool {
    let is_interval_field = |name: &str| fields.iter().any(|f| f.name == name && f.data_type.is_interval());
    match e {
        Expr::Identifier(id) => is_interval_field(&id.value),
        Expr::CompoundIdentifier(parts) => parts.last().is_some_and(|p| is_interval_field(&p.value)),
        other => super::select::direct_children(other).into_iter().any(|c| reads_interval_column(c, fields)),
    }
}

/// Checks one select item of the given type.
pub fn check_select_item(t: &ExprTyper<'_>, e: &Expr, ty: &sluice_common::DataType) -> Result<(), Diagnostic> {
    // A function call (ABS(iv)) is typed by Flink's own inference and converts fine.
    if ty.is_interval() && !matches!(e, Expr::Function(_)) && reads_interval_column(e, &t.scope.fields) {
        return Err(t.err(e, "Conversion to relational algebra failed to preserve datatypes:"));
    }
    Ok(())
}
