//! `CREATE TABLE`: columns, computed and metadata columns, primary key, watermark,
//! partitioning, distribution and options, merged with a `LIKE` source, into a resolved
//! table as Flink's `SqlCreateTableConverter` builds it.

use sluice_common::options::OptionEntry;
use sluice_common::schema::{Column, ColumnKind, PrimaryKey, TableSchema, WatermarkSpec};
use sluice_common::{DataType, Diagnostic, Span, TimestampKind, TypeKind};
use sluice_sql::ast::{
    ColumnDefKind, ConstraintKind, CreateTable, Enforcement, ObjectName, TableConstraint, TableElement, Watermark,
};
use sluice_sql::resolve_type::resolve_type;
use sqlparser::ast::Expr;

use super::flink_expr::flink_expr;
use super::like::{LikeSource, merge_like};
use crate::catalog::{CatalogTable, DistributionSpec};
use crate::env::Env;
use crate::expr::{Clause, ExprTyper, Field, Scope};

/// A column as declared, before computed columns are typed.
pub(crate) struct Declared {
    pub name: String,
    pub kind: DeclaredKind,
    pub comment: Option<String>,
    pub span: Span,
}

/// A declared primary key: its name, its columns with where each is named, and its span.
pub(crate) type PrimaryKeyDecl = (Option<String>, Vec<(String, Span)>, Span);

/// The kind of a declared column.
pub(crate) enum DeclaredKind {
    Physical(DataType),
    Metadata {
        ty: DataType,
        key: Option<String>,
        is_virtual: bool,
    },
    Computed(Box<Expr>),
    /// A computed column inherited from a LIKE source, already typed.
    ComputedResolved {
        ty: DataType,
        expr: String,
    },
}

fn pk_error(span: Span) -> Diagnostic {
    Diagnostic::error(
        "Flink doesn't support ENFORCED mode for PRIMARY KEY constraint. ENFORCED/NOT ENFORCED controls if the constraint checks are performed on the incoming/outgoing data. Flink does not own the data therefore the only supported mode is the NOT ENFORCED mode",
        span,
    )
    .with_help("write `PRIMARY KEY (…) NOT ENFORCED`")
}

/// The declared primary key: `(name, columns, span)`.
fn primary_key(ct: &CreateTable) -> Result<Option<PrimaryKeyDecl>, Diagnostic> {
    let mut found: Option<PrimaryKeyDecl> = None;
    let mut set =
        |name: Option<String>, cols: Vec<(String, Span)>, span: Span, enf: Enforcement, kind: ConstraintKind| {
            if kind == ConstraintKind::Unique {
                return Err(Diagnostic::error("UNIQUE constraint is not supported yet", span));
            }
            if found.is_some() {
                return Err(Diagnostic::error("Duplicate primary key definition", span));
            }
            if enf != Enforcement::NotEnforced {
                return Err(pk_error(span));
            }
            found = Some((name, cols, span));
            Ok(())
        };
    for e in &ct.elements {
        match e {
            TableElement::Column(c) => {
                if let ColumnDefKind::Physical { constraint: Some(cc), .. } = &c.kind {
                    set(
                        cc.name.as_ref().map(|n| n.value.clone()),
                        vec![(c.name.value.clone(), c.name.span())],
                        cc.span.0,
                        cc.enforcement,
                        cc.kind,
                    )?;
                }
            }
            TableElement::Constraint(TableConstraint { name, kind, columns, enforcement, span }) => {
                let cols = columns.iter().map(|c| (c.value.clone(), c.span())).collect();
                set(name.as_ref().map(|n| n.value.clone()), cols, span.0, *enforcement, *kind)?;
            }
            TableElement::Watermark(_) => {}
        }
    }
    Ok(found)
}

/// Declared columns of the statement itself.
fn declared_columns(ct: &CreateTable) -> Result<Vec<Declared>, Diagnostic> {
    let mut out: Vec<Declared> = Vec::new();
    for e in &ct.elements {
        let TableElement::Column(c) = e else { continue };
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
        if out.iter().any(|d| d.name == c.name.value) {
            let what = match kind {
                DeclaredKind::Physical(_) => "regular",
                DeclaredKind::Metadata { .. } => "metadata",
                _ => "computed",
            };
            return Err(Diagnostic::error(
                format!("A {what} Column named '{}' already exists in the table.", c.name.value),
                c.name.span(),
            ));
        }
        out.push(Declared {
            name: c.name.value.clone(),
            kind,
            comment: c.comment.as_ref().map(|s| s.value.clone()),
            span: c.span.0,
        });
    }
    Ok(out)
}

/// Options of the statement with their spans.
pub fn option_entries(ct: &CreateTable) -> Vec<OptionEntry> {
    ct.with
        .iter()
        .flatten()
        .map(|o| OptionEntry {
            key: o.key.value.clone(),
            value: o.value.value.clone(),
            key_span: o.key.span(),
            value_span: o.value.span(),
        })
        .collect()
}

/// Resolves a CREATE TABLE (without AS) to a catalog table.
pub fn resolve_create_table(
    env: &Env<'_>,
    ct: &CreateTable,
    like: Option<LikeSource>,
) -> Result<CatalogTable, Diagnostic> {
    let pk = primary_key(ct)?;
    let declared = declared_columns(ct)?;
    let watermark =
        ct.elements.iter().find_map(|e| if let TableElement::Watermark(w) = e { Some(w.clone()) } else { None });
    let base_computed = like.as_ref().map(|l| l.table.computed.clone()).unwrap_or_default();
    let merged = merge_like(ct, declared, pk, watermark, option_entries(ct), like)?;
    let mut merged_computed = base_computed;
    for d in &merged.columns {
        if let DeclaredKind::Computed(e) = &d.kind {
            merged_computed.insert(d.name.clone(), (**e).clone());
        }
    }
    merged_computed.retain(|name, _| merged.columns.iter().any(|d| &d.name == name));
    // Key columns are NOT NULL before computed columns are typed over them.
    let mut declared_columns = merged.columns;
    let key_columns: Vec<String> = match (&merged.primary_key, &merged.inherited_pk) {
        (Some((_, cols, _)), _) => cols.iter().map(|(c, _)| c.clone()).collect(),
        (None, Some(pk)) => pk.columns.clone(),
        _ => Vec::new(),
    };
    if !merged.pk_from_base_strict {
        for d in &mut declared_columns {
            if let DeclaredKind::Physical(t) = &mut d.kind
                && key_columns.contains(&d.name)
            {
                t.nullable = false;
            }
        }
    }
    let mut columns = type_columns(env, &declared_columns)?;
    let primary_key = match merged.primary_key {
        Some((name, cols, span)) => Some(resolve_pk(&mut columns, name, cols, span, merged.pk_from_base_strict)?),
        None => merged.inherited_pk,
    };
    let mut watermarks = merged.inherited_watermarks;
    if let Some(w) = &merged.watermark {
        watermarks.retain(|x| x.rowtime != w.column.object());
        watermarks.push(resolve_watermark(env, &mut columns, w, merged.watermark_scope.as_deref())?);
    }
    for w in &watermarks {
        if let Some(c) = columns.iter_mut().find(|c| c.name == w.rowtime) {
            c.data_type = with_rowtime(&c.data_type);
        }
    }
    let names: Vec<String> = columns.iter().map(|c| c.name.clone()).collect();
    let physical: Vec<String> = columns.iter().filter(|c| c.is_physical()).map(|c| c.name.clone()).collect();
    for (p, span) in &merged.partition_keys {
        if !names.contains(p) {
            return Err(Diagnostic::error(
                format!(
                    "Partition column '{p}' not defined in the table schema. Available columns: [{}]",
                    names.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ")
                ),
                *span,
            ));
        }
        if !physical.contains(p) {
            return Err(Diagnostic::error(
                format!(
                    "Invalid partition key '{p}'. A partition key must reference a physical column in the schema. Available columns are: [{}]",
                    physical.join(", ")
                ),
                *span,
            ));
        }
    }
    if let Some((d, span)) = &merged.distribution {
        let physical: Vec<String> = columns.iter().filter(|c| c.is_physical()).map(|c| c.name.clone()).collect();
        for k in &d.keys {
            if !physical.contains(k) {
                return Err(Diagnostic::error(
                    format!(
                        "Invalid bucket key '{k}'. A bucket key for a distribution must reference a physical column in the schema. Available columns are: [{}]",
                        physical.join(", ")
                    ),
                    *span,
                ));
            }
        }
        if let Some(n) = d.buckets.filter(|n| *n < 1) {
            return Err(Diagnostic::error(
                format!(
                    "Invalid bucket count '{n}'. The number of buckets for a distributed table must be at least 1."
                ),
                *span,
            ));
        }
    }
    Ok(CatalogTable {
        schema: TableSchema { columns, primary_key, watermarks },
        options: merged.options,
        partition_keys: merged.partition_keys.into_iter().map(|(p, _)| p).collect(),
        distribution: merged.distribution.map(|(d, _)| d),
        comment: ct.comment.as_ref().map(|c| c.value.clone()),
        span: ct.name.span(),
        computed: merged_computed,
    })
}

/// Types computed columns against the physical and metadata columns.
pub(crate) fn type_columns(env: &Env<'_>, declared: &[Declared]) -> Result<Vec<Column>, Diagnostic> {
    let base: Vec<Field> = declared
        .iter()
        .filter_map(|d| match &d.kind {
            DeclaredKind::Physical(t) | DeclaredKind::Metadata { ty: t, .. } => {
                Some(Field { qualifier: None, name: d.name.clone(), data_type: t.clone() })
            }
            _ => None,
        })
        .collect();
    let scope = Scope::new(base);
    let typer = ExprTyper::new(env, &scope, Clause::Select);
    let mut seen_keys: Vec<(String, String)> = Vec::new();
    let mut out = Vec::with_capacity(declared.len());
    for d in declared {
        let (data_type, kind) = match &d.kind {
            DeclaredKind::Physical(t) => (t.clone(), ColumnKind::Physical),
            DeclaredKind::Metadata { ty, key, is_virtual } => {
                let k = key.clone().unwrap_or_else(|| d.name.clone());
                if let Some((other, _)) = seen_keys.iter().find(|(_, kk)| *kk == k) {
                    return Err(Diagnostic::error(
                        format!(
                            "The column `{other}` and `{}` in the table are both from the same metadata key '{k}'. Please specify one of the columns as the metadata column and use the computed column syntax to specify the others.",
                            d.name
                        ),
                        d.span,
                    ));
                }
                seen_keys.push((d.name.clone(), k));
                (ty.clone(), ColumnKind::Metadata { key: key.clone(), is_virtual: *is_virtual })
            }
            DeclaredKind::Computed(expr) => {
                let ty = typer.type_of(expr).map_err(unknown_identifier)?;
                (ty, ColumnKind::Computed { expr: flink_expr(expr) })
            }
            DeclaredKind::ComputedResolved { ty, expr } => (ty.clone(), ColumnKind::Computed { expr: expr.clone() }),
        };
        out.push(Column { name: d.name.clone(), data_type, kind, comment: d.comment.clone(), span: Some(d.span) });
    }
    Ok(out)
}

/// Flink validates computed columns and watermarks as parameterised expressions, where an
/// unknown column is an "Unknown identifier".
fn unknown_identifier(mut d: Diagnostic) -> Diagnostic {
    if let Some(rest) = d.message.strip_prefix("Column '")
        && let Some(name) = rest.strip_suffix("' not found in any table")
    {
        d.message = format!("Unknown identifier '{name}'");
    }
    d
}

fn resolve_pk(
    columns: &mut [Column],
    name: Option<String>,
    cols: Vec<(String, Span)>,
    span: Span,
    nullable_is_error: bool,
) -> Result<PrimaryKey, Diagnostic> {
    let mut duplicates: Vec<&str> = cols
        .iter()
        .enumerate()
        .filter(|(i, (c, _))| cols[..*i].iter().any(|(o, _)| o == c))
        .map(|(_, (c, _))| c.as_str())
        .collect();
    for (c, cspan) in &cols {
        match columns.iter_mut().find(|x| &x.name == c) {
            None => {
                return Err(Diagnostic::error(
                    format!("Primary key column '{c}' is not defined in the schema"),
                    *cspan,
                ));
            }
            Some(col) if !col.is_physical() => {
                return Err(Diagnostic::error(format!("Could not create a PRIMARY KEY with column '{c}'."), *cspan)
                    .with_note("A PRIMARY KEY constraint must be declared on physical columns."));
            }
            Some(col) => {
                if nullable_is_error && col.data_type.nullable {
                    let pk_name = name.clone().unwrap_or_else(|| default_pk_name(&cols));
                    return Err(Diagnostic::error(
                        format!("Invalid primary key '{pk_name}'. Column '{c}' is nullable."),
                        span,
                    ));
                }
                col.data_type.nullable = false;
            }
        }
    }
    if !duplicates.is_empty() {
        duplicates.sort_unstable();
        duplicates.dedup();
        let pk_name = name.clone().unwrap_or_else(|| default_pk_name(&cols));
        return Err(Diagnostic::error(
            format!(
                "Invalid primary key '{pk_name}'. A primary key must not contain duplicate columns. Found: [{}]",
                duplicates.join(", ")
            ),
            span,
        ));
    }
    let names: Vec<String> = cols.iter().map(|(c, _)| c.clone()).collect();
    Ok(PrimaryKey { name: name.unwrap_or_else(|| default_pk_name(&cols)), columns: names, span: Some(span) })
}

fn default_pk_name(cols: &[(String, Span)]) -> String {
    format!("PK_{}", cols.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>().join("_"))
}

fn with_rowtime(t: &DataType) -> DataType {
    let kind = match t.kind {
        TypeKind::Timestamp(p, _) => TypeKind::Timestamp(p, TimestampKind::Rowtime),
        TypeKind::TimestampLtz(p, _) => TypeKind::TimestampLtz(p, TimestampKind::Rowtime),
        ref k => k.clone(),
    };
    DataType { kind, nullable: t.nullable }
}

fn valid_time_type(t: &DataType) -> bool {
    matches!(t.kind, TypeKind::Timestamp(p, _) | TypeKind::TimestampLtz(p, _) if p <= 3)
}

fn resolve_watermark(
    env: &Env<'_>,
    columns: &mut [Column],
    w: &Watermark,
    scope: Option<&[String]>,
) -> Result<WatermarkSpec, Diagnostic> {
    let visible = |c: &Column| scope.is_none_or(|names| names.contains(&c.name));
    let names: Vec<String> = columns.iter().filter(|c| visible(c)).map(|c| c.name.clone()).collect();
    let rowtime = w.column.0.iter().map(|i| i.value.clone()).collect::<Vec<_>>().join(".");
    if w.column.0.len() > 1 {
        return Err(Diagnostic::error(
            format!(
                "Invalid column name '{rowtime}' for rowtime attribute in watermark declaration. Available columns are: [{}]",
                names.join(", ")
            ),
            w.column.span(),
        ));
    }
    let Some(col) = columns.iter().find(|c| c.name == rowtime && visible(c)) else {
        return Err(Diagnostic::error(
            format!("The rowtime attribute field '{rowtime}' is not defined in the table schema"),
            w.column.span(),
        ));
    };
    if col.data_type.time_attribute() == TimestampKind::Proctime {
        return Err(Diagnostic::error(
            "A watermark can not be defined for a processing-time attribute.",
            w.column.span(),
        ));
    }
    if !valid_time_type(&col.data_type) {
        return Err(Diagnostic::error(
            format!(
                "Invalid data type of time field for watermark definition. The field must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p), the supported precision 'p' is from 0 to 3, but the time field type is {}",
                col.data_type.summary()
            ),
            w.column.span(),
        ));
    }
    let fields = columns
        .iter()
        .filter(|c| visible(c))
        .map(|c| Field { qualifier: None, name: c.name.clone(), data_type: c.data_type.clone() })
        .collect();
    let scope = Scope::new(fields);
    let ty = ExprTyper::new(env, &scope, Clause::Select).type_of(&w.expr).map_err(unknown_identifier)?;
    if !valid_time_type(&ty) {
        return Err(Diagnostic::error(
            format!(
                "Invalid data type of expression for watermark definition. The field must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p), the supported precision 'p' is from 0 to 3, but the watermark expression type is {}",
                ty.summary()
            ),
            w.span.0,
        ));
    }
    let same_root = matches!(
        (&ty.kind, &col.data_type.kind),
        (TypeKind::Timestamp(..), TypeKind::Timestamp(..)) | (TypeKind::TimestampLtz(..), TypeKind::TimestampLtz(..))
    );
    if !same_root {
        return Err(Diagnostic::error(
            format!(
                "The watermark declaration's output data type '{}' is different from the time field's data type '{}'.",
                ty.without_time_attribute().summary(),
                col.data_type.without_time_attribute().summary()
            ),
            w.span.0,
        ));
    }
    Ok(WatermarkSpec { rowtime, expr: flink_expr(&w.expr), data_type: ty.without_time_attribute() })
}

/// A name part list as text (`a.b.c`).
pub fn dotted(name: &ObjectName) -> String {
    name.0.iter().map(|i| i.value.as_str()).collect::<Vec<_>>().join(".")
}

/// A distribution clause as a spec.
pub fn distribution_spec(d: &sluice_sql::ast::Distribution) -> (DistributionSpec, Span) {
    let spec = DistributionSpec {
        kind: d.kind.map(|k| format!("{k:?}").to_ascii_uppercase()),
        keys: d.columns.iter().map(|c| c.value.clone()).collect(),
        buckets: d.buckets.as_deref().map(java_int),
    };
    (spec, d.span.0)
}

/// An unsigned decimal literal as Java's `BigDecimal.intValue()` reads it: its low 32 bits.
fn java_int(digits: &str) -> i32 {
    let low = digits.bytes().fold(0u32, |acc, b| acc.wrapping_mul(10).wrapping_add(u32::from(b - b'0')));
    low as i32
}
