//! Special forms: CAST, CASE, EXTRACT, FLOOR/CEIL … TO, SUBSTRING, TRIM, POSITION, OVERLAY,
//! ARRAY[…], MAP[…], ROW(…), and field access `r.f`, `arr[i]`, `m[k]`.

use sluice_common::types::MAX_LENGTH;
use sluice_common::{DataType, Diagnostic, IntervalKind, RowField, TypeKind};
use sqlparser::ast::{
    AccessExpr, CaseWhen, CastKind, CeilFloorKind, DataType as SqlDataType, DateTimeField, Expr, JsonPredicateType,
    Map, Subscript,
};

use super::ExprTyper;
use crate::types::casts::supports_explicit_cast;
use crate::types::common::least_restrictive;
use crate::types::family::calcite_name;
use crate::types::{nn, nullable_if_any};

/// The Flink type of a CAST target, re-parsed from the canonical text the dialect hook left.
pub fn cast_target(t: &ExprTyper<'_>, dt: &SqlDataType, e: &Expr) -> Result<DataType, Diagnostic> {
    let SqlDataType::Custom(name, _) = dt else {
        return Err(t.err(e, format!("SQL parse failed. Encountered \"{dt}\"")));
    };
    let text = name.to_string();
    let loc = sluice_sql::Locator::new(&text, 0);
    let tokens = sluice_sql::lexer::lex(&loc).map_err(|err| t.err(e, err.message))?;
    let dialect = sluice_sql::dialect::FlinkDialect;
    let mut p = sqlparser::parser::Parser::new(&dialect).with_tokens_with_locations(tokens.tokens);
    let te = sluice_sql::parse_type(&mut p, &loc, sluice_sql::TypeContext::Cast)
        .map_err(|err| t.err(e, format!("SQL parse failed. {err}")))?;
    sluice_sql::resolve_type::resolve_type(&te).map_err(|err| t.err(e, err.message))
}

/// `CAST(x AS T)` / `TRY_CAST(x AS T)`.
pub fn cast(t: &ExprTyper<'_>, x: &Expr, dt: &SqlDataType, kind: &CastKind, e: &Expr) -> Result<DataType, Diagnostic> {
    let source = t.type_of(x)?;
    let mut target = cast_target(t, dt, e)?;
    let try_cast = matches!(kind, CastKind::TryCast | CastKind::SafeCast);
    // Flink converts day-time interval types of a leading precision up to 3 only.
    let leading = match target.kind {
        TypeKind::Interval(
            IntervalKind::Day { day_precision: p }
            | IntervalKind::DayToHour { day_precision: p }
            | IntervalKind::DayToMinute { day_precision: p }
            | IntervalKind::DayToSecond { day_precision: p, .. },
        ) => Some(p),
        TypeKind::Interval(IntervalKind::Second { fractional_precision: _ }) => second_leading_precision(dt),
        _ => None,
    };
    if let Some(p) = leading.filter(|p| *p > 3) {
        return Err(t.err(e, format!("DAY_INTERVAL_TYPES precision is not supported: {p}")));
    }
    // A number becomes an interval of one unit only (`CAST(i AS INTERVAL DAY)`).
    let multi_field = matches!(
        target.kind,
        TypeKind::Interval(
            IntervalKind::YearToMonth { .. }
                | IntervalKind::DayToHour { .. }
                | IntervalKind::DayToMinute { .. }
                | IntervalKind::DayToSecond { .. }
                | IntervalKind::HourToMinute
                | IntervalKind::HourToSecond { .. }
                | IntervalKind::MinuteToSecond { .. }
        )
    );
    if !supports_explicit_cast(&source, &target) || (multi_field && source.is_numeric()) {
        return Err(t.err(
            e,
            format!(
                "Cast function cannot convert value of type {} to type {}",
                calcite_name(&source),
                calcite_name(&target)
            ),
        ));
    }
    if source.is_character_string() && target.is_interval() {
        let shown = DataType { kind: interval_value_kind(&target.kind), nullable: true };
        t.env.planning_errors.borrow_mut().push(t.err(
            e,
            format!(
                "Unsupported cast from '{}' to '{}'.",
                source.clone().with_nullable(true).summary(),
                shown.summary()
            ),
        ));
    }
    // CAST keeps the input's nullability unless the target says NOT NULL; TRY_CAST may fail.
    target.nullable = if try_cast { true } else { source.nullable || source.kind == TypeKind::Null };
    target.kind = interval_value_kind(&target.kind);
    Ok(target)
}

/// The leading precision written in `INTERVAL SECOND(p[, f])` (the resolved type keeps only
/// the fractional one).
fn second_leading_precision(dt: &SqlDataType) -> Option<u8> {
    let SqlDataType::Custom(name, _) = dt else { return None };
    let text = name.to_string().to_ascii_uppercase();
    let inner = text.strip_prefix("INTERVAL SECOND(")?;
    inner.split([',', ')']).next()?.trim().parse().ok()
}

/// Interval values are typed by their representation: months, or milliseconds.
fn interval_value_kind(kind: &TypeKind) -> TypeKind {
    match kind {
        TypeKind::Interval(k) if k.is_year_month() => TypeKind::Interval(IntervalKind::Month),
        TypeKind::Interval(_) => TypeKind::Interval(IntervalKind::Second { fractional_precision: 3 }),
        other => other.clone(),
    }
}

/// `CASE [operand] WHEN … THEN … [ELSE …] END`.
pub fn case(
    t: &ExprTyper<'_>,
    operand: Option<&Expr>,
    conditions: &[CaseWhen],
    else_result: Option<&Expr>,
    e: &Expr,
) -> Result<DataType, Diagnostic> {
    let op_type = operand.map(|o| t.type_of(o)).transpose()?;
    let mut results = Vec::new();
    for cw in conditions {
        let c = t.type_of(&cw.condition)?;
        match &op_type {
            Some(ot) if matches!(super::operators::comparable(ot, &c), Err(None)) => {
                return Err(t.err(e, "Illegal mixing of types in CASE or COALESCE statement"));
            }
            Some(_) => {}
            None if !matches!(c.kind, TypeKind::Boolean | TypeKind::Null) => {
                return Err(t.err(&cw.condition, "Expected a boolean type"));
            }
            None => {}
        }
        results.push(t.type_of(&cw.result)?);
    }
    match else_result {
        Some(x) => results.push(t.type_of(x)?),
        None => results.push(DataType::nullable(TypeKind::Null)),
    }
    if results.iter().all(|r| r.kind == TypeKind::Null) {
        return Err(t.err(e, "Illegal use of 'NULL'"));
    }
    least_restrictive(&results).ok_or_else(|| t.err(e, "Illegal mixing of types in CASE or COALESCE statement"))
}

fn field_name(f: &DateTimeField) -> String {
    f.to_string().to_ascii_uppercase()
}

/// `EXTRACT(unit FROM x)`: BIGINT.
pub fn extract(t: &ExprTyper<'_>, field: &DateTimeField, x: &Expr, e: &Expr) -> Result<DataType, Diagnostic> {
    let a = t.type_of(x)?;
    if !(a.is_datetime() || a.is_interval() || a.kind == TypeKind::Null) {
        return Err(t.err(
            e,
            format!(
                "Cannot apply 'EXTRACT' to arguments of type 'EXTRACT(<INTERVAL {}> FROM <{}>)'. Supported form(s): 'EXTRACT(<DATETIME_INTERVAL> FROM <DATETIME_INTERVAL>)'",
                field_name(field),
                calcite_name(&a)
            ),
        ));
    }
    Ok(DataType { kind: TypeKind::BigInt, nullable: a.nullable })
}

/// `FLOOR(x)`, `CEIL(x)`, `FLOOR(ts TO unit)`.
pub fn ceil_floor(t: &ExprTyper<'_>, x: &Expr, field: &CeilFloorKind, e: &Expr) -> Result<DataType, Diagnostic> {
    let a = t.type_of(x)?;
    let name = if matches!(e, Expr::Ceil { .. }) { "CEIL" } else { "FLOOR" };
    let cannot = |family: &str| {
        t.err(
            e,
            format!(
                "Cannot apply '{name}' to arguments of type '{name}(<{}>)'. Supported form(s): '{name}(<{family}>)'",
                calcite_name(&a)
            ),
        )
    };
    match field {
        CeilFloorKind::DateTimeField(DateTimeField::NoDateTime) => match &a.kind {
            TypeKind::Decimal(p, _) => Ok(DataType { kind: TypeKind::Decimal(*p, 0), nullable: a.nullable }),
            _ if a.is_numeric() => Ok(a),
            _ if a.is_interval() => {
                Err(t.err(e, format!("Can't find leastRestrictive type for [BOOLEAN, {}]", a.summary())))
            }
            _ => Err(cannot("NUMERIC")),
        },
        CeilFloorKind::DateTimeField(_) if a.is_datetime() => Ok(a.without_time_attribute()),
        CeilFloorKind::DateTimeField(_) => Err(cannot("DATETIME")),
        CeilFloorKind::Scale(_) => {
            Err(t.err(e, format!("Invalid number of arguments to function '{name}'. Was expecting 1 arguments")))
        }
    }
}

/// `s IS [NOT] JSON [VALUE | SCALAR | ARRAY | OBJECT]`: BOOLEAN NOT NULL over a string.
pub fn is_json(
    t: &ExprTyper<'_>,
    x: &Expr,
    kind: Option<&JsonPredicateType>,
    unique_keys: bool,
    e: &Expr,
) -> Result<DataType, Diagnostic> {
    if unique_keys {
        return Err(t.err(e, "SQL parse failed. Incorrect syntax near the keyword 'WITH'"));
    }
    let a = t.type_of(x)?;
    if !(a.is_character_string() || a.kind == TypeKind::Null) {
        let form = format!("IS JSON {}", kind.map(ToString::to_string).unwrap_or_else(|| "VALUE".into()));
        return Err(t.err(
            e,
            format!(
                "Cannot apply '{form}' to arguments of type '<{}> {form}'. Supported form(s): '<CHARACTER> {form}'",
                calcite_name(&a)
            ),
        ));
    }
    Ok(nn(TypeKind::Boolean))
}

fn string_result(a: &DataType, others: &[&DataType]) -> DataType {
    let mut all = vec![a];
    all.extend_from_slice(others);
    nullable_if_any(TypeKind::VarChar(MAX_LENGTH), &all)
}

/// `SUBSTRING(s FROM a [FOR b])` / `SUBSTRING(s, a [, b])`.
pub fn substring(
    t: &ExprTyper<'_>,
    x: &Expr,
    from: Option<&Expr>,
    len: Option<&Expr>,
    e: &Expr,
) -> Result<DataType, Diagnostic> {
    let a = t.type_of(x)?;
    let Some(from) = from else {
        return Err(t.err(e, "SQL parse failed. Encountered \")\""));
    };
    let b = Some(t.type_of(from)?);
    let c = len.map(|f| t.type_of(f)).transpose()?;
    let position_ok = |x: &DataType| x.is_integer() || x.kind == TypeKind::Null;
    let string_ok = a.is_character_string() || a.kind == TypeKind::Null;
    if !string_ok || !b.iter().chain(c.iter()).all(position_ok) {
        let actual = std::iter::once(&a)
            .chain(b.iter())
            .chain(c.iter())
            .map(|x| format!("<{}>", calcite_name(x)))
            .collect::<Vec<_>>()
            .join(", ");
        return Err(t.err(
            e,
            format!(
                "Cannot apply 'SUBSTRING' to arguments of type 'SUBSTRING({actual})'. Supported form(s): 'SUBSTRING(<CHARACTER>, <INTEGER>)'"
            ),
        ));
    }
    let others: Vec<&DataType> = b.iter().chain(c.iter()).collect();
    let kind = if a.is_binary_string() {
        TypeKind::VarBinary(a.length().unwrap_or(MAX_LENGTH))
    } else {
        TypeKind::VarChar(a.length().unwrap_or(MAX_LENGTH))
    };
    let mut out = string_result(&a, &others);
    out.kind = kind;
    Ok(out)
}

/// `TRIM([BOTH|LEADING|TRAILING] [c FROM] s)`.
pub fn trim(t: &ExprTyper<'_>, x: &Expr, what: Option<&Expr>, e: &Expr) -> Result<DataType, Diagnostic> {
    let a = t.type_of(x)?;
    let b = what.map(|w| t.type_of(w)).transpose()?;
    if !(a.is_character_string() || a.kind == TypeKind::Null) {
        return Err(t.err(
            e,
            format!(
                "Cannot apply 'TRIM' to arguments of type 'TRIM(<{}>)'. Supported form(s): 'TRIM(<STRING>)'",
                calcite_name(&a)
            ),
        ));
    }
    let mut out = string_result(&a, &b.iter().collect::<Vec<_>>());
    out.kind = TypeKind::VarChar(a.length().unwrap_or(MAX_LENGTH));
    Ok(out)
}

/// `POSITION(a IN b)`: INT.
pub fn position(t: &ExprTyper<'_>, a: &Expr, b: &Expr, _e: &Expr) -> Result<DataType, Diagnostic> {
    let (x, y) = (t.type_of(a)?, t.type_of(b)?);
    Ok(nullable_if_any(TypeKind::Int, &[&x, &y]))
}

/// `OVERLAY(s PLACING r FROM a [FOR b])`.
pub fn overlay(
    t: &ExprTyper<'_>,
    x: &Expr,
    what: &Expr,
    from: &Expr,
    len: Option<&Expr>,
    _e: &Expr,
) -> Result<DataType, Diagnostic> {
    let a = t.type_of(x)?;
    let b = t.type_of(what)?;
    let c = t.type_of(from)?;
    let d = len.map(|l| t.type_of(l)).transpose()?;
    let mut others = vec![&b, &c];
    others.extend(d.iter());
    let mut out = string_result(&a, &others);
    let total = u64::from(a.length().unwrap_or(MAX_LENGTH)) + u64::from(b.length().unwrap_or(MAX_LENGTH));
    out.kind = TypeKind::VarChar(total.min(u64::from(MAX_LENGTH)) as u32);
    Ok(out)
}

/// `ARRAY[a, b, …]`.
pub fn array(t: &ExprTyper<'_>, items: &[Expr], e: &Expr) -> Result<DataType, Diagnostic> {
    if items.is_empty() {
        return Err(t.err(e, "Require at least 1 argument"));
    }
    let types = t.types_of(items)?;
    let element = least_restrictive(&types)
        .filter(|el| el.kind != TypeKind::Null)
        .ok_or_else(|| t.err(e, "Parameters must be of the same type"))?;
    Ok(nn(TypeKind::Array(Box::new(element))))
}

/// `MAP[k, v, …]`.
pub fn map(t: &ExprTyper<'_>, m: &Map, e: &Expr) -> Result<DataType, Diagnostic> {
    let mut keys = Vec::new();
    let mut values = Vec::new();
    for entry in &m.entries {
        keys.push(t.type_of(&entry.key)?);
        values.push(t.type_of(&entry.value)?);
    }
    let k = least_restrictive(&keys).ok_or_else(|| t.err(e, "Parameters must be of the same type"))?;
    let v = least_restrictive(&values).ok_or_else(|| t.err(e, "Parameters must be of the same type"))?;
    Ok(nn(TypeKind::Map(Box::new(k), Box::new(v))))
}

/// `ROW(a, b)` / `(a, b)`.
pub fn row_constructor(t: &ExprTyper<'_>, items: &[Expr], _e: &Expr) -> Result<DataType, Diagnostic> {
    let fields = items
        .iter()
        .enumerate()
        .map(|(i, x)| Ok(RowField { name: format!("EXPR${i}"), data_type: t.type_of(x)?, description: None }))
        .collect::<Result<Vec<_>, Diagnostic>>()?;
    Ok(nn(TypeKind::Row(fields)))
}

/// `.f.g` on a ROW-typed value.
pub fn nested_fields(t: &ExprTyper<'_>, mut ty: DataType, names: &[&str], e: &Expr) -> Result<DataType, Diagnostic> {
    for name in names {
        let field = ty.row_fields().iter().find(|f| f.name == *name).cloned();
        match field {
            Some(f) => {
                let nullable = ty.nullable || f.data_type.nullable;
                ty = f.data_type.with_nullable(nullable);
            }
            None => return Err(t.err(e, format!("Unknown field '{name}'"))),
        }
    }
    Ok(ty)
}

/// `root[i]`, `root['k']`, `root.f`.
pub fn field_access(t: &ExprTyper<'_>, root: &Expr, chain: &[AccessExpr], e: &Expr) -> Result<DataType, Diagnostic> {
    let mut ty = t.type_of(root)?;
    for access in chain {
        ty = match access {
            AccessExpr::Subscript(Subscript::Index { index }) => {
                let it = t.type_of(index)?;
                match &ty.kind {
                    TypeKind::Array(el) if it.is_integer() || it.kind == TypeKind::Null => {
                        (**el).clone().with_nullable(true)
                    }
                    TypeKind::Map(k, v) if super::operators::comparable(k, &it).is_ok() => {
                        (**v).clone().with_nullable(true)
                    }
                    TypeKind::Row(fields) => match index {
                        Expr::Value(v) => match &v.value {
                            sqlparser::ast::Value::Number(n, _) => {
                                let i: usize = n.parse().unwrap_or(0);
                                fields
                                    .get(i.wrapping_sub(1))
                                    .map(|f| f.data_type.clone())
                                    .ok_or_else(|| t.err(e, format!("Unknown field '{n}'")))?
                            }
                            _ => return Err(t.err(e, "Cannot apply 'ITEM' to arguments of this type")),
                        },
                        _ => return Err(t.err(e, "Cannot apply 'ITEM' to arguments of this type")),
                    },
                    _ => {
                        return Err(t.err(
                            e,
                            format!(
                                "Cannot apply 'ITEM' to arguments of type 'ITEM(<{}>, <{}>)'. Supported form(s): '<ARRAY>[<INTEGER>]'",
                                calcite_name(&ty),
                                calcite_name(&it)
                            ),
                        ));
                    }
                }
            }
            AccessExpr::Dot(Expr::Identifier(id)) => nested_fields(t, ty, &[id.value.as_str()], e)?,
            _ => return Err(t.err(e, format!("sluice does not support this field access yet: {e}"))),
        };
    }
    Ok(ty)
}
