//! Types of expressions (Calcite's validator, as Flink configures it): literals, column
//! references, operators, CAST and the special forms, built-in functions, aggregates and
//! subqueries.

mod collections;
mod functions;
mod json;
mod literals;
mod operators;
mod signatures;
mod special;
mod strings;

use sluice_common::{DataType, Diagnostic, Span};
use sluice_sql::Locator;
use sqlparser::ast::{Expr, Spanned};

use crate::env::Env;
use crate::types::family::family_name;

pub(crate) use functions::AGGREGATES;
pub use literals::{number_type, typed_string_type};

/// A column visible to an expression: `qualifier.name` of some type.
#[derive(Debug, Clone)]
pub struct Field {
    /// The table name or alias it comes from, if any.
    pub qualifier: Option<String>,
    /// Column name, case kept.
    pub name: String,
    /// Its type.
    pub data_type: DataType,
}

/// The columns an expression can see, with the enclosing query's for correlation.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    /// Visible columns in order.
    pub fields: Vec<Field>,
    /// The enclosing query's scope (correlated subqueries).
    pub outer: Option<Box<Scope>>,
}

impl Scope {
    /// A scope over the given fields.
    pub fn new(fields: Vec<Field>) -> Self {
        Scope { fields, outer: None }
    }
}

/// Where an expression stands, which decides whether aggregates are allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clause {
    /// SELECT list, HAVING, ORDER BY: aggregates allowed.
    Select,
    /// WHERE, ON, GROUP BY, computed columns, VALUES: no aggregates.
    NoAggregates,
    /// MEASURES and DEFINE of MATCH_RECOGNIZE: aggregates and the pattern navigation
    /// functions (FIRST, LAST, PREV, NEXT, MATCH_ROWTIME …).
    MatchRecognize,
}

/// Types expressions against a scope.
pub struct ExprTyper<'a> {
    /// Catalogs, functions, locator.
    pub env: &'a Env<'a>,
    /// Visible columns.
    pub scope: &'a Scope,
    /// Whether aggregate calls are allowed here.
    pub clause: Clause,
    /// Whether the enclosing query has GROUP BY (its aggregates never see an empty group).
    pub grouped: bool,
}

/// Whether `e` is the bare literal `NULL`.
pub fn is_null_literal(e: &Expr) -> bool {
    match e {
        Expr::Value(v) => v.value == sqlparser::ast::Value::Null,
        Expr::Nested(inner) => is_null_literal(inner),
        _ => false,
    }
}

/// The file span of a `sqlparser` node.
pub fn span_of(loc: &Locator, node: &impl Spanned) -> Span {
    loc.span(node.span())
}

impl<'a> ExprTyper<'a> {
    /// A typer for `scope` in `clause`.
    pub fn new(env: &'a Env<'a>, scope: &'a Scope, clause: Clause) -> Self {
        ExprTyper { env, scope, clause, grouped: false }
    }

    /// The file span of an expression.
    pub fn span(&self, e: &Expr) -> Span {
        span_of(self.env.loc, e)
    }

    /// An error at `e`.
    pub fn err(&self, e: &Expr, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(message, self.span(e))
    }

    /// The type of `e`.
    pub fn type_of(&self, e: &Expr) -> Result<DataType, Diagnostic> {
        match e {
            // The unknown truth value, a literal in Flink.
            Expr::Identifier(id) if id.quote_style.is_none() && id.value.eq_ignore_ascii_case("UNKNOWN") => {
                Ok(DataType::nullable(sluice_common::TypeKind::Boolean))
            }
            Expr::Identifier(id) => self.column(None, &id.value, e),
            Expr::CompoundIdentifier(parts) => self.compound(parts, e),
            Expr::Value(v) => literals::value_type(self, &v.value, e),
            Expr::TypedString(ts) => typed_string_type(self, ts, e),
            Expr::Interval(i) => literals::interval_type(self, i, e),
            Expr::Nested(inner) => self.type_of(inner),
            Expr::BinaryOp { left, op, right } => operators::binary(self, left, op, right, e),
            Expr::UnaryOp { op, expr } => operators::unary(self, op, expr, e),
            Expr::IsNull(x) | Expr::IsNotNull(x) => {
                self.type_of(x)?;
                Ok(DataType::not_null(sluice_common::TypeKind::Boolean))
            }
            Expr::IsTrue(x)
            | Expr::IsNotTrue(x)
            | Expr::IsFalse(x)
            | Expr::IsNotFalse(x)
            | Expr::IsUnknown(x)
            | Expr::IsNotUnknown(x) => operators::is_boolean(self, x, e),
            Expr::IsJson { expr, kind, unique_keys, .. } => {
                special::is_json(self, expr, kind.as_ref(), unique_keys.is_some(), e)
            }
            Expr::IsDistinctFrom(a, b) | Expr::IsNotDistinctFrom(a, b) => operators::distinct_from(self, a, b, e),
            Expr::Between { expr, low, high, .. } => operators::between(self, expr, low, high, e),
            Expr::AnyOp { left, compare_op, right, .. } | Expr::AllOp { left, compare_op, right } => {
                operators::quantified(self, left, compare_op, right, e)
            }
            Expr::In { expr, target, .. } => operators::in_list(self, expr, target, e),
            Expr::Like { expr, pattern, escape_char, .. } | Expr::SimilarTo { expr, pattern, escape_char, .. } => {
                operators::like(self, expr, pattern, escape_char.as_deref(), e)
            }
            Expr::Cast { expr, data_type, kind, .. } => special::cast(self, expr, data_type, kind, e),
            Expr::Case { operand, conditions, else_result, .. } => {
                special::case(self, operand.as_deref(), conditions, else_result.as_deref(), e)
            }
            Expr::Function(f) => functions::call(self, f, e),
            Expr::Extract { field, expr, .. } => special::extract(self, field, expr, e),
            Expr::Ceil { expr, field } | Expr::Floor { expr, field } => special::ceil_floor(self, expr, field, e),
            Expr::Substring { expr, substring_from, substring_for, shorthand, .. } => {
                if *shorthand {
                    let parts =
                        std::iter::once(expr.as_ref()).chain(substring_from.as_deref()).chain(substring_for.as_deref());
                    if let Some(null) = parts.into_iter().find(|x| is_null_literal(x)) {
                        return Err(self.err(null, "Illegal use of 'NULL'"));
                    }
                }
                let ty = special::substring(self, expr, substring_from.as_deref(), substring_for.as_deref(), e)?;
                // SUBSTR may return NULL for any input.
                Ok(if *shorthand { ty.with_nullable(true) } else { ty })
            }
            Expr::Trim { expr, trim_what, .. } => special::trim(self, expr, trim_what.as_deref(), e),
            Expr::Position { expr, r#in } => special::position(self, expr, r#in, e),
            Expr::Overlay { expr, overlay_what, overlay_from, overlay_for } => {
                special::overlay(self, expr, overlay_what, overlay_from, overlay_for.as_deref(), e)
            }
            // `[a, b]` without ARRAY is another dialect's array.
            Expr::Array(a) if !a.named => Err(self.err(e, "SQL parse failed. Encountered \"[\"")),
            Expr::Array(a) => special::array(self, &a.elem, e),
            Expr::Map(m) => special::map(self, m, e),
            Expr::CompoundFieldAccess { root, access_chain } => special::field_access(self, root, access_chain, e),
            Expr::Subquery(q) => crate::query::scalar_subquery(self, q, e),
            Expr::Exists { subquery, .. } => {
                crate::query::type_subquery(self, subquery)?;
                Ok(DataType::not_null(sluice_common::TypeKind::Boolean))
            }
            Expr::Tuple(items) => special::row_constructor(self, items, e),
            // A character-set introducer: `_UTF16'abc'`.
            Expr::Prefixed { prefix, value } if prefix.value.starts_with('_') => {
                literals::charset_introducer(self, &prefix.value[1..], e)?;
                self.type_of(value)
            }
            Expr::Prefixed { .. } => {
                Err(self.err(e, "SQL validation failed. A TABLE argument is only valid in a table function call"))
            }
            _ => Err(self.err(e, format!("sluice does not support this expression yet: {e}"))),
        }
    }

    /// `name` or `qualifier.name`, looked up case-sensitively.
    fn column(&self, qualifier: Option<&str>, name: &str, e: &Expr) -> Result<DataType, Diagnostic> {
        let mut scope = Some(self.scope);
        while let Some(s) = scope {
            let hits: Vec<&Field> = s
                .fields
                .iter()
                .filter(|f| f.name == name && qualifier.is_none_or(|q| f.qualifier.as_deref() == Some(q)))
                .collect();
            // A field without qualifier stands for all copies of it (MATCH_RECOGNIZE's
            // columns next to their pattern-variable copies).
            let bare: Vec<&&Field> = hits.iter().filter(|f| f.qualifier.is_none()).collect();
            if qualifier.is_none()
                && let [one] = bare.as_slice()
            {
                return Ok(one.data_type.clone());
            }
            match hits.as_slice() {
                [one] => return Ok(one.data_type.clone()),
                [_, _, ..] if qualifier.is_none() => {
                    return Err(self.err(e, format!("Column '{name}' is ambiguous")));
                }
                [first, ..] => return Ok(first.data_type.clone()),
                [] => scope = s.outer.as_deref(),
            }
        }
        Err(match qualifier {
            None => self.err(e, format!("Column '{name}' not found in any table")),
            Some(q) if self.has_qualifier(q) => self.err(e, format!("Column '{name}' not found in table '{q}'")),
            Some(q) => self.err(e, format!("Table '{q}' not found")),
        })
    }

    fn has_qualifier(&self, q: &str) -> bool {
        let mut scope = Some(self.scope);
        while let Some(s) = scope {
            if s.fields.iter().any(|f| f.qualifier.as_deref() == Some(q)) {
                return true;
            }
            scope = s.outer.as_deref();
        }
        false
    }

    /// `t.col`, `col.field`, `t.col.field…`.
    fn compound(&self, parts: &[sqlparser::ast::Ident], e: &Expr) -> Result<DataType, Diagnostic> {
        let names: Vec<&str> = parts.iter().map(|p| p.value.as_str()).collect();
        // Prefer `qualifier.column` when the qualifier names a table of the scope; the
        // table may be written with its database (and catalog): `db.t.col`, `cat.db.t.col`.
        for skip in 0..names.len().min(3) {
            if names.len() >= skip + 2
                && self.has_qualifier(names[skip])
                && (skip == 0 || self.names_path(&names[..skip]))
            {
                let t = self.column(Some(names[skip]), names[skip + 1], e)?;
                return special::nested_fields(self, t, &names[skip + 2..], e);
            }
        }
        let t = self.column(None, names[0], e)?;
        special::nested_fields(self, t, &names[1..], e)
    }

    /// Whether `path` is a database (`db`) or catalog and database (`cat.db`) of the session.
    fn names_path(&self, path: &[&str]) -> bool {
        let names = &self.env.catalog.names;
        match path {
            [db] => *db == names.current_database,
            [cat, db] => self.env.catalog.catalogs.get(*cat).is_some_and(|c| c.databases.contains_key(*db)),
            _ => false,
        }
    }

    /// The type of an operand that must not be an untyped `NULL` (arithmetic, logic, most
    /// functions): Calcite cannot infer a type for it there.
    pub fn operand(&self, e: &Expr) -> Result<DataType, Diagnostic> {
        if is_null_literal(e) {
            return Err(self.err(e, "Illegal use of 'NULL'"));
        }
        self.type_of(e)
    }

    /// The types of several expressions.
    pub fn types_of(&self, exprs: &[Expr]) -> Result<Vec<DataType>, Diagnostic> {
        exprs.iter().map(|x| self.type_of(x)).collect()
    }

    /// `<NUMERIC>, <CHARACTER>` for a signature message.
    pub fn families(types: &[DataType]) -> String {
        types.iter().map(|t| format!("<{}>", family_name(t))).collect::<Vec<_>>().join(", ")
    }
}
