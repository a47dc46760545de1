//! Built-in function calls: arity, argument checks and result types of Flink 1.20's common
//! scalar, aggregate and window functions. Unknown names fail as in Flink; names Flink knows
//! but sluice cannot type yet say so.

use sluice_common::{DataType, Diagnostic, TimestampKind, TypeKind};
use sqlparser::ast::{Expr, Function, FunctionArg, FunctionArgExpr, FunctionArguments};

use super::{Clause, ExprTyper};
use crate::types::arithmetic::{ArithOp, avg_type, numeric_result, sum_type};
use crate::types::common::least_restrictive;
use crate::types::{n, nn, nullable_if_any, string};

/// Aggregate functions (allowed only where aggregates are).
pub(crate) const AGGREGATES: &[&str] = &[
    "APPROX_COUNT_DISTINCT",
    "GROUPING",
    "GROUPING_ID",
    "GROUP_ID",
    "COUNT",
    "SUM",
    "AVG",
    "MIN",
    "MAX",
    "FIRST_VALUE",
    "LAST_VALUE",
    "LISTAGG",
    "COLLECT",
    "STDDEV",
    "STDDEV_POP",
    "STDDEV_SAMP",
    "VARIANCE",
    "VAR_POP",
    "VAR_SAMP",
    "ARRAY_AGG",
    "JSON_OBJECTAGG",
    "JSON_ARRAYAGG",
    "SINGLE_VALUE",
];

/// Window-only functions (need OVER).
const WINDOW_ONLY: &[&str] = &["ROW_NUMBER", "RANK", "DENSE_RANK", "PERCENT_RANK", "CUME_DIST", "NTILE", "LEAD", "LAG"];

/// The argument expressions, whether `DISTINCT` or `ALL` was written, and whether `*` was.
fn arg_exprs<'e>(t: &ExprTyper<'_>, f: &'e Function, e: &Expr) -> Result<(Vec<&'e Expr>, bool, bool), Diagnostic> {
    match &f.args {
        FunctionArguments::None => Ok((Vec::new(), false, false)),
        FunctionArguments::Subquery(_) => Err(t.err(e, format!("sluice does not support subquery arguments: {e}"))),
        FunctionArguments::List(list) => {
            let distinct = list.duplicate_treatment.is_some();
            let mut star = false;
            let mut out = Vec::new();
            for a in &list.args {
                match a {
                    FunctionArg::Unnamed(FunctionArgExpr::Expr(x)) => out.push(x),
                    FunctionArg::Unnamed(FunctionArgExpr::Wildcard) if distinct => {
                        return Err(t.err(e, "SQL parse failed. Encountered \"*\""));
                    }
                    FunctionArg::Unnamed(FunctionArgExpr::Wildcard) => star = true,
                    FunctionArg::Named { arg: FunctionArgExpr::Expr(x), .. } => out.push(x),
                    // `k VALUE v` of JSON_OBJECT / JSON_OBJECTAGG: key, then value.
                    FunctionArg::ExprNamed { name, arg: FunctionArgExpr::Expr(x), .. } => {
                        out.push(name);
                        out.push(x);
                    }
                    _ => return Err(t.err(e, format!("sluice does not support this argument form yet: {e}"))),
                }
            }
            Ok((out, distinct, star))
        }
    }
}

/// Checks the argument count with Calcite's message.
pub(super) fn arity(
    t: &ExprTyper<'_>,
    e: &Expr,
    name: &str,
    got: usize,
    min: usize,
    max: usize,
) -> Result<(), Diagnostic> {
    if got < min || got > max {
        // Calcite names the smallest count it accepts.
        let expected = min.to_string();
        return Err(
            t.err(e, format!("Invalid number of arguments to function '{name}'. Was expecting {expected} arguments"))
        );
    }
    Ok(())
}

/// Type of a function call.
pub fn call(t: &ExprTyper<'_>, f: &Function, e: &Expr) -> Result<DataType, Diagnostic> {
    let name_parts: Vec<&str> = f.name.0.iter().filter_map(|p| p.as_ident()).map(|i| i.value.as_str()).collect();
    let mut upper = name_parts.last().copied().unwrap_or("").to_ascii_uppercase();
    // JDBC escapes (`{fn UCASE(s)}`) name some functions differently.
    if f.uses_odbc_syntax {
        upper = match upper.as_str() {
            "UCASE" => "UPPER",
            "LCASE" => "LOWER",
            "LENGTH" => "CHAR_LENGTH",
            other => other,
        }
        .to_string();
    }
    let (args, distinct, star) = arg_exprs(t, f, e)?;
    let is_agg = AGGREGATES.contains(&upper.as_str());
    if t.env.functions.is_builtin(&upper) {
        call_form(t, f, e, &upper, &args, distinct, is_agg)?;
    }
    if is_agg && f.over.is_none() && t.clause == Clause::NoAggregates {
        return Err(t.err(e, "Aggregate expression is illegal in WHERE clause"));
    }
    if WINDOW_ONLY.contains(&upper.as_str()) && f.over.is_none() {
        return Err(t.err(e, format!("OVER clause is necessary for window functions: [{upper}].")));
    }
    // Aggregate arguments are ordinary expressions (no nested aggregates).
    let inner_clause = if is_agg { Clause::NoAggregates } else { t.clause };
    let inner = ExprTyper { env: t.env, scope: t.scope, clause: inner_clause, grouped: t.grouped };
    // Untyped NULL is only allowed where the function infers its type from other arguments.
    let null_ok = matches!(
        upper.as_str(),
        "COALESCE"
            | "IFNULL"
            | "NULLIF"
            | "COUNT"
            | "JSON_OBJECT"
            | "JSON_ARRAY"
            | "JSON_STRING"
            | "TYPEOF"
            | "SPLIT"
            | "GREATEST"
            | "LEAST"
    );
    // TIMESTAMPDIFF / TIMESTAMPADD take a time unit keyword first.
    let unit_first = matches!(upper.as_str(), "TIMESTAMPDIFF" | "TIMESTAMPADD");
    let types: Vec<DataType> = args
        .iter()
        .enumerate()
        .map(|(i, a)| {
            if unit_first && i == 0 {
                Ok(nn(TypeKind::Symbol))
            } else if null_ok || super::collections::null_allowed(&upper, i) {
                inner.type_of(a)
            } else {
                inner.operand(a)
            }
        })
        .collect::<Result<_, _>>()?;
    if let Some(filter) = &f.filter {
        inner.type_of(filter)?;
    }
    // Only Flink 1.20's own built-ins are typed here; another name falls through to the
    // user functions and then to "No match found".
    if t.env.functions.is_builtin(&upper) {
        if let Some(result) = super::json::call(t, &upper, f, &args, &types, e)? {
            return Ok(result);
        }
        if let Some(result) = builtin(t, &upper, &types, &args, star, f.over.is_some(), e)? {
            return Ok(result);
        }
    }
    let user_name = name_parts.join(".");
    if t.env.functions.is_user_function(&user_name) {
        return Err(t.err(
            e,
            format!(
                "Function '{user_name}' is defined by a class that must be on Flink's class path; sluice cannot load it"
            ),
        ));
    }
    if t.env.functions.is_builtin(&upper) {
        return Err(t.err(e, format!("sluice does not know the result type of the built-in function {upper} yet")));
    }
    Err(t.err(
        e,
        format!("No match found for function signature {}({})", name_parts.join("."), ExprTyper::families(&types)),
    ))
}

/// Niladic functions Flink writes without parentheses: `CURRENT_DATE()` is not one of them.
const WITHOUT_PARENTHESES: &[&str] =
    &["CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP"];

/// Time units TIMESTAMPADD / TIMESTAMPDIFF accept; the sub-second ones fail in the planner.
const TIMESTAMP_UNITS: &[&str] = &["SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER", "YEAR"];
const SUB_SECOND_UNITS: &[&str] = &["FRAC_SECOND", "MICROSECOND", "NANOSECOND"];

/// Checks of how a built-in is called, made before its arguments are typed: OVER, FILTER
/// and DISTINCT only on aggregates, parentheses, time units, COUNT of several values.
fn call_form(
    t: &ExprTyper<'_>,
    f: &Function,
    e: &Expr,
    upper: &str,
    args: &[&Expr],
    distinct: bool,
    is_agg: bool,
) -> Result<(), Diagnostic> {
    if f.over.is_some() && !is_agg && !WINDOW_ONLY.contains(&upper) {
        return Err(t.err(e, "OVER must be applied to aggregate function"));
    }
    if f.over.is_some() && t.env.streaming && crate::query::BATCH_ONLY_WINDOW_FUNCTIONS.contains(&upper) {
        t.env.planning_errors.borrow_mut().push(t.err(e, format!("{upper} Function is not supported in stream mode.")));
    }
    if f.filter.is_some() && !is_agg {
        return Err(t.err(e, "FILTER must be applied to aggregate function"));
    }
    if distinct && (!is_agg || t.clause == Clause::MatchRecognize) {
        return Err(t.err(e, format!("DISTINCT/ALL not allowed with {upper} function")));
    }
    if WITHOUT_PARENTHESES.contains(&upper) && matches!(f.args, FunctionArguments::List(_)) {
        return Err(t.err(e, format!("No match found for function signature {upper}()")));
    }
    if matches!(upper, "TIMESTAMPADD" | "TIMESTAMPDIFF")
        && let Some(Expr::Identifier(unit)) = args.first()
    {
        let name = unit.value.to_ascii_uppercase();
        let bare = name.strip_prefix("SQL_TSI_").unwrap_or(&name);
        if SUB_SECOND_UNITS.contains(&bare) {
            t.env.planning_errors.borrow_mut().push(t.err(e, format!("Unsupported call: {upper} by {name}")));
        } else if !TIMESTAMP_UNITS.contains(&bare) {
            return Err(t.err(e, format!("SQL parse failed. Encountered \"{}\"", unit.value)));
        }
    }
    if upper == "COUNT" && args.len() > 1 {
        t.env
            .planning_errors
            .borrow_mut()
            .push(t.err(e, "Sql optimization: Cannot generate a valid execution plan for the given query:"));
    }
    Ok(())
}

/// The common type Flink's own type inference (COALESCE, GREATEST …) gives: Calcite's,
/// except that TIMESTAMP and TIMESTAMP_LTZ meet in TIMESTAMP_LTZ, FLOAT and DOUBLE in
/// DOUBLE, and other mixes of datetimes take the first argument's type.
fn flink_common_type(types: &[DataType]) -> Option<DataType> {
    match least_restrictive(types) {
        Some(mut common) => {
            if let TypeKind::Timestamp(p, _) = common.kind
                && types.iter().any(|x| matches!(x.kind, TypeKind::TimestampLtz(..)))
            {
                common.kind = TypeKind::TimestampLtz(p, TimestampKind::Regular);
            }
            if common.kind == TypeKind::Float && types.iter().any(|x| x.kind == TypeKind::Double) {
                common.kind = TypeKind::Double;
            }
            Some(common)
        }
        None if types.iter().all(|x| x.is_datetime() || x.kind == TypeKind::Null) => {
            let nullable = types.iter().any(|x| x.nullable);
            types.iter().find(|x| x.kind != TypeKind::Null).map(|x| x.without_time_attribute().with_nullable(nullable))
        }
        None => None,
    }
}

fn first(types: &[DataType]) -> DataType {
    types.first().cloned().unwrap_or(n(TypeKind::Null))
}

fn integer_literal(a: Option<&&Expr>) -> Option<i64> {
    match a {
        Some(Expr::Value(v)) => match &v.value {
            sqlparser::ast::Value::Number(n, _) => n.parse().ok(),
            _ => None,
        },
        _ => None,
    }
}

/// The built-ins sluice types; `Ok(None)` when the name is not one of them.
fn builtin(
    t: &ExprTyper<'_>,
    name: &str,
    types: &[DataType],
    args: &[&Expr],
    star: bool,
    over: bool,
    e: &Expr,
) -> Result<Option<DataType>, Diagnostic> {
    let count = types.len() + usize::from(star);
    let ar = |min, max| arity(t, e, name, count, min, max);
    let all: Vec<&DataType> = types.iter().collect();
    let any_null = |kind: TypeKind| nullable_if_any(kind, &all);
    let need_numeric = |i: usize| -> Result<(), Diagnostic> {
        match types.get(i) {
            Some(x) if !(x.is_numeric() || x.kind == TypeKind::Null) => Err(t.err(
                e,
                format!(
                    "Cannot apply '{name}' to arguments of type '{name}(<{}>)'. Supported form(s): '{name}(<NUMERIC>)'",
                    crate::types::family::calcite_name(x)
                ),
            )),
            _ => Ok(()),
        }
    };
    let double = |nullable: bool| DataType { kind: TypeKind::Double, nullable };
    // An aggregate of a grouped query never sees an empty group.
    let agg_nullable = types.first().is_none_or(|x| x.nullable) || !t.grouped || over;
    if let Some(m) = super::signatures::mismatch(name, types) {
        // Arity is checked first, as Calcite does.
        let sigs_arity_ok = match name {
            "TO_TIMESTAMP_LTZ" | "DATE_FORMAT" => count == 2,
            "SUBSTR" => (2..=3).contains(&count),
            _ => true,
        };
        if sigs_arity_ok {
            return Err(t.err(e, m));
        }
    }
    let result = match name {
        // ---- aggregates
        "COUNT" => {
            if !star {
                ar(1, usize::MAX)?;
            }
            nn(TypeKind::BigInt)
        }
        "SUM" => {
            ar(1, 1)?;
            need_numeric(0)?;
            sum_type(&types[0]).unwrap_or(n(TypeKind::Null)).with_nullable(agg_nullable)
        }
        "AVG" => {
            ar(1, 1)?;
            need_numeric(0)?;
            avg_type(&types[0]).unwrap_or(n(TypeKind::Null)).with_nullable(agg_nullable)
        }
        "MIN" | "MAX" | "FIRST_VALUE" | "LAST_VALUE" | "SINGLE_VALUE" => {
            ar(1, 2)?;
            // The validated type keeps a time attribute; the planner materialises it later.
            first(types).with_nullable(agg_nullable)
        }
        "STDDEV" | "STDDEV_POP" | "STDDEV_SAMP" | "VARIANCE" | "VAR_POP" | "VAR_SAMP" => {
            ar(1, 1)?;
            need_numeric(0)?;
            match types[0].kind {
                TypeKind::Decimal(..) => DataType { kind: TypeKind::Decimal(38, 6), nullable: agg_nullable },
                _ => first(types).with_nullable(agg_nullable),
            }
        }
        // ---- pattern navigation of MATCH_RECOGNIZE
        "FIRST" | "LAST" | "PREV" | "NEXT" if t.clause == Clause::MatchRecognize => {
            ar(1, 2)?;
            if matches!(name, "PREV" | "NEXT") {
                t.env
                    .planning_errors
                    .borrow_mut()
                    .push(t.err(e, "Flink does not support physical offsets within partition."));
            }
            first(types).with_nullable(true)
        }
        "MATCH_ROWTIME" if t.clause == Clause::MatchRecognize => {
            ar(0, 0)?;
            let ltz = t.scope.fields.iter().any(|f| {
                f.data_type.time_attribute() == TimestampKind::Rowtime
                    && matches!(f.data_type.kind, TypeKind::TimestampLtz(..))
            });
            nn(if ltz {
                TypeKind::TimestampLtz(3, TimestampKind::Rowtime)
            } else {
                TypeKind::Timestamp(3, TimestampKind::Rowtime)
            })
        }
        "MATCH_PROCTIME" if t.clause == Clause::MatchRecognize => {
            ar(0, 0)?;
            nn(TypeKind::TimestampLtz(3, TimestampKind::Proctime))
        }
        "CLASSIFIER" if t.clause == Clause::MatchRecognize => {
            ar(0, 0)?;
            nn(TypeKind::VarChar(2000))
        }
        "GROUPING" | "GROUPING_ID" | "GROUP_ID" => {
            if !t.grouped {
                return Err(t.err(e, format!("{name} operator may only occur in an aggregate query")));
            }
            nn(TypeKind::BigInt)
        }
        "APPROX_COUNT_DISTINCT" => {
            ar(1, 1)?;
            nn(TypeKind::BigInt)
        }
        "LISTAGG" => {
            ar(1, 2)?;
            if let Some(bad) = types.iter().find(|x| !(x.is_character_string() || x.kind == TypeKind::Null)) {
                return Err(t.err(
                    e,
                    format!(
                        "Cannot apply 'LISTAGG' to arguments of type 'LISTAGG(<{}>)'. Supported form(s): 'LISTAGG(<CHARACTER>)'",
                        crate::types::family::calcite_name(bad)
                    ),
                ));
            }
            first(types)
        }
        "COLLECT" => {
            ar(1, 1)?;
            nn(TypeKind::Multiset(Box::new(first(types).without_time_attribute())))
        }
        "ARRAY_AGG" => {
            ar(1, 1)?;
            let element = first(types).without_time_attribute();
            DataType { nullable: element.nullable, kind: TypeKind::Array(Box::new(element)) }
        }
        // ---- window functions
        "ROW_NUMBER" | "RANK" | "DENSE_RANK" => {
            ar(0, 0)?;
            nn(TypeKind::BigInt)
        }
        "PERCENT_RANK" | "CUME_DIST" => {
            ar(0, 0)?;
            nn(TypeKind::Double)
        }
        "NTILE" => {
            ar(1, 1)?;
            nn(TypeKind::Int)
        }
        "LEAD" | "LAG" => {
            ar(1, 3)?;
            match types.get(2) {
                Some(default) => {
                    let mut common = least_restrictive(&[types[0].clone(), default.clone()])
                        .ok_or_else(|| t.err(e, "Invalid function call:"))?;
                    common.nullable = types[0].nullable && default.nullable;
                    common
                }
                None => first(types).with_nullable(true),
            }
        }
        // ---- time
        "CURRENT_TIMESTAMP" | "NOW" | "CURRENT_ROW_TIMESTAMP" => {
            ar(0, 0)?;
            nn(TypeKind::TimestampLtz(3, TimestampKind::Regular))
        }
        "LOCALTIMESTAMP" => {
            ar(0, 0)?;
            nn(TypeKind::Timestamp(3, TimestampKind::Regular))
        }
        "CURRENT_TIME" | "LOCALTIME" => {
            ar(0, 0)?;
            nn(TypeKind::Time(0))
        }
        "CURRENT_DATABASE" => {
            ar(0, 0)?;
            string(false)
        }
        "CURRENT_DATE" => {
            ar(0, 0)?;
            nn(TypeKind::Date)
        }
        "PROCTIME" => {
            ar(0, 0)?;
            nn(TypeKind::TimestampLtz(3, TimestampKind::Proctime))
        }
        "TO_TIMESTAMP" => {
            ar(1, 2)?;
            n(TypeKind::Timestamp(3, TimestampKind::Regular))
        }
        "TO_TIMESTAMP_LTZ" => {
            ar(2, 2)?;
            n(TypeKind::TimestampLtz(3, TimestampKind::Regular))
        }
        "TO_DATE" => {
            ar(1, 2)?;
            n(TypeKind::Date)
        }
        "DATE_FORMAT" => {
            ar(2, 2)?;
            string(true)
        }
        "FROM_UNIXTIME" | "CONVERT_TZ" => {
            ar(1, 3)?;
            string(true)
        }
        "UNIX_TIMESTAMP" => {
            ar(0, 2)?;
            if types.is_empty() { nn(TypeKind::BigInt) } else { any_null(TypeKind::BigInt) }
        }
        "TIMESTAMPDIFF" => {
            ar(3, 3)?;
            let ltz = |x: &DataType| matches!(x.kind, TypeKind::TimestampLtz(..));
            if ltz(&types[1]) != ltz(&types[2]) && types[1..].iter().all(|x| x.is_timestamp()) {
                t.env
                    .planning_errors
                    .borrow_mut()
                    .push(t.err(e, "TIMESTAMP_LTZ only supports diff between the same type."));
            }
            nullable_if_any(TypeKind::Int, &all[1..])
        }
        "TIMESTAMPADD" => {
            ar(3, 3)?;
            let base = types[2].without_time_attribute();
            nullable_if_any(base.kind, &all[1..])
        }
        "YEAR" | "QUARTER" | "MONTH" | "WEEK" | "DAYOFYEAR" | "DAYOFMONTH" | "DAYOFWEEK" | "HOUR" | "MINUTE"
        | "SECOND" => {
            ar(1, 1)?;
            any_null(TypeKind::BigInt)
        }
        "CURRENT_WATERMARK" => {
            ar(1, 1)?;
            if types[0].time_attribute() != TimestampKind::Rowtime {
                return Err(t.err(e, "Invalid function call:"));
            }
            first(types).without_time_attribute().with_nullable(true)
        }
        "SOURCE_WATERMARK" => {
            ar(0, 0)?;
            n(TypeKind::TimestampLtz(3, TimestampKind::Regular))
        }
        // ---- numeric
        "ABS" if types.first().is_some_and(DataType::is_interval) => {
            ar(1, 1)?;
            first(types)
        }
        "ABS" | "SIGN" => {
            ar(1, 1)?;
            need_numeric(0)?;
            first(types)
        }
        "MOD" => {
            ar(2, 2)?;
            numeric_result(ArithOp::Modulo, &types[0], &types[1])
                .ok_or_else(|| t.err(e, "Cannot apply 'MOD' to arguments of this type. Supported form(s): 'MOD(<EXACT_NUMERIC>, <EXACT_NUMERIC>)'"))?
        }
        "POWER" | "ATAN2" => {
            ar(2, 2)?;
            double(types.iter().any(|x| x.nullable))
        }
        "SQRT" | "EXP" | "LN" | "LOG10" | "LOG2" | "SIN" | "COS" | "TAN" | "ASIN" | "ACOS" | "ATAN" | "SINH"
        | "COSH" | "TANH" | "COT" | "DEGREES" | "RADIANS" => {
            ar(1, 1)?;
            need_numeric(0)?;
            double(types[0].nullable)
        }
        "LOG" => {
            ar(1, 2)?;
            double(types.iter().any(|x| x.nullable))
        }
        "PI" | "E" => {
            ar(0, 0)?;
            nn(TypeKind::Double)
        }
        "RAND" | "RAND_INTEGER" => {
            ar(usize::from(name == "RAND_INTEGER"), 1 + usize::from(name == "RAND_INTEGER"))?;
            // Calcite takes any number; Flink's code generator only integers.
            if types.iter().any(|x| !x.is_integer()) {
                let shown = types.iter().map(DataType::summary).collect::<Vec<_>>().join(", ");
                t.env.planning_errors.borrow_mut().push(t.err(e, format!("Unsupported call: {name}({shown})")));
            }
            any_null(if name == "RAND" { TypeKind::Double } else { TypeKind::Int })
        }
        "ROUND" | "TRUNCATE" => {
            ar(1, 2)?;
            need_numeric(0)?;
            let digits = integer_literal(args.get(1)).unwrap_or(0);
            match types[0].kind {
                TypeKind::Decimal(p, s) => {
                    let (p, s) = (p as i64, s as i64);
                    let (precision, scale) = if digits >= s {
                        (p, s)
                    } else if digits < 0 {
                        ((1 + p - s).min(38), 0)
                    } else {
                        // rounding may add a digit
                        (1 + p - s + digits, digits)
                    };
                    any_null(TypeKind::Decimal(precision.clamp(1, 38) as u8, scale as u8))
                }
                _ => first(types),
            }
        }
        "HASH_CODE" => {
            ar(1, 1)?;
            if matches!(types[0].kind, TypeKind::Array(_) | TypeKind::Map(..) | TypeKind::Multiset(_)) {
                return Err(t.err(e, "Invalid function call:"));
            }
            any_null(TypeKind::Int)
        }
        // ---- conditional
        "COALESCE" | "IFNULL" => {
            if name == "IFNULL" {
                ar(2, 2)?;
            } else {
                ar(1, usize::MAX)?;
            }
            if types.iter().all(|x| x.kind == TypeKind::Null) {
                return Err(t.err(e, "Illegal use of 'NULL'"));
            }
            let mut common = flink_common_type(types).ok_or_else(|| t.err(e, "Invalid function call:"))?;
            common.nullable = types.iter().all(|x| x.nullable || x.kind == TypeKind::Null);
            common
        }
        "NULLIF" => {
            ar(2, 2)?;
            if types[0].kind == TypeKind::Null {
                return Err(t.err(e, "ELSE clause or at least one THEN clause must be non-NULL"));
            }
            if super::operators::comparable(&types[0], &types[1]).is_err() {
                t.env.planning_errors.borrow_mut().push(t.err(e, "Invalid function call:"));
            }
            first(types).with_nullable(true)
        }
        "IF" => {
            ar(3, 3)?;
            if !matches!(types[0].kind, TypeKind::Boolean) {
                return Err(t.err(
                    e,
                    format!(
                        "Cannot apply 'IF' to arguments of type 'IF(<{}>, …)'. Supported form(s): 'IF(<BOOLEAN>, <ANY>, <ANY>)'",
                        crate::types::family::calcite_name(&types[0])
                    ),
                ));
            }
            let common = least_restrictive(&types[1..]).ok_or_else(|| t.err(e, "Invalid function call:"))?;
            let nullable = common.nullable || types[0].nullable;
            common.with_nullable(nullable)
        }
        "GREATEST" | "LEAST" => {
            ar(1, usize::MAX)?;
            let common = flink_common_type(types).ok_or_else(|| t.err(e, "Invalid function call:"))?;
            // A NULL among numbers cannot be cast by the code generator.
            if types.iter().any(|x| x.kind == TypeKind::Null) && !common.is_character_string() {
                t.env
                    .planning_errors
                    .borrow_mut()
                    .push(t.err(e, format!("Unsupported casting from NULL to {}.", common.summary())));
            }
            common
        }
        // ---- constructors
        "ROW" => nn(TypeKind::Row(
            types
                .iter()
                .enumerate()
                .map(|(i, ty)| sluice_common::RowField {
                    name: format!("EXPR${i}"),
                    data_type: ty.clone(),
                    description: None,
                })
                .collect(),
        )),
        // ---- group-window helpers of the legacy syntax
        "TUMBLE_START" | "TUMBLE_END" | "HOP_START" | "HOP_END" | "SESSION_START" | "SESSION_END" => {
            nn(TypeKind::Timestamp(3, TimestampKind::Regular))
        }
        // The window's time attribute, as nullable as the time column.
        // The window's rowtime has the kind of the time column (TIMESTAMP or TIMESTAMP_LTZ).
        "TUMBLE_ROWTIME" | "HOP_ROWTIME" | "SESSION_ROWTIME" => DataType {
            kind: if types.first().is_some_and(|x| matches!(x.kind, TypeKind::TimestampLtz(..))) {
                TypeKind::TimestampLtz(3, TimestampKind::Rowtime)
            } else {
                TypeKind::Timestamp(3, TimestampKind::Rowtime)
            },
            nullable: types.first().is_none_or(|x| x.nullable),
        },
        "TUMBLE_PROCTIME" | "HOP_PROCTIME" | "SESSION_PROCTIME" => DataType {
            kind: TypeKind::TimestampLtz(3, TimestampKind::Proctime),
            nullable: types.first().is_none_or(|x| x.nullable),
        },
        "TUMBLE" | "HOP" | "SESSION" => nn(TypeKind::Timestamp(3, TimestampKind::Regular)),
        _ => {
            if let Some(result) = super::strings::call(t, name, types, args, e)? {
                return Ok(Some(result));
            }
            return super::collections::call(t, name, types, e);
        }
    };
    Ok(Some(result))
}
