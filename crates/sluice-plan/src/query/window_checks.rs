//! What Flink's planner checks on windows, in streaming mode: window TVF sizes (no MONTH or
//! YEAR unit; a HOP size a multiple of its slide, a CUMULATE size a multiple of its step,
//! when the windows are aggregated), legacy group windows (`GROUP BY TUMBLE(ts, …)`) over
//! a time attribute with their auxiliary functions, and OVER windows (ordered ascending by
//! one time attribute, ending at the current row, one window per SELECT).
//!
//! These are planner errors: they fail INSERT, SELECT and EXPLAIN, not CREATE VIEW.

use sluice_common::{Diagnostic, TimestampKind};
use sqlparser::ast::{
    DateTimeField, Expr, Function, FunctionArg, FunctionArgExpr, FunctionArguments, NamedWindowExpr, Select,
    SelectItem, Value, WindowFrameBound, WindowSpec, WindowType,
};

use crate::expr::ExprTyper;

/// Flink's message for a window unit it cannot aggregate on.
const MONTH_YEAR: &str = "Window aggregate only support SECOND, MINUTE, HOUR, DAY as the time unit. MONTH and YEAR time unit are not supported yet.";

/// An interval literal's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Length {
    /// Milliseconds of a day-time interval.
    Millis(i64),
    /// A year-month interval.
    Months,
}

/// The length of `INTERVAL 'n' unit` (single-field intervals), if `e` is one.
fn interval_length(e: &Expr) -> Option<Length> {
    let Expr::Interval(i) = e else { return None };
    if i.last_field.is_some() {
        return None;
    }
    let text = match i.value.as_ref() {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) | Value::Number(s, _) => s.trim().to_string(),
            _ => return None,
        },
        _ => return None,
    };
    let unit_ms: f64 = match i.leading_field.as_ref()? {
        DateTimeField::Year | DateTimeField::Years | DateTimeField::Month | DateTimeField::Months => {
            return Some(Length::Months);
        }
        DateTimeField::Day | DateTimeField::Days => 86_400_000.0,
        DateTimeField::Hour | DateTimeField::Hours => 3_600_000.0,
        DateTimeField::Minute | DateTimeField::Minutes => 60_000.0,
        DateTimeField::Second | DateTimeField::Seconds => 1_000.0,
        _ => return None,
    };
    let n: f64 = text.parse().ok()?;
    Some(Length::Millis((n * unit_ms).round() as i64))
}

fn plain_args(f: &Function) -> Vec<&Expr> {
    match &f.args {
        FunctionArguments::List(l) => l
            .args
            .iter()
            .filter_map(|a| match a {
                FunctionArg::Unnamed(FunctionArgExpr::Expr(x))
                | FunctionArg::Named { arg: FunctionArgExpr::Expr(x), .. }
                | FunctionArg::ExprNamed { arg: FunctionArgExpr::Expr(x), .. } => Some(x),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn name_of(f: &Function) -> String {
    f.name.0.last().and_then(|p| p.as_ident()).map(|i| i.value.to_ascii_uppercase()).unwrap_or_default()
}

/// A window TVF's interval arguments (`TUMBLE`: size [, offset]; `HOP`: slide, size;
/// `CUMULATE`: step, max size; `SESSION`: gap).
pub fn check_window_tvf(t: &ExprTyper<'_>, upper: &str, intervals: &[&Expr], call: &Expr) {
    let lengths: Vec<Option<Length>> = intervals.iter().map(|e| interval_length(e)).collect();
    if lengths.contains(&Some(Length::Months)) {
        t.env.planning_errors.borrow_mut().push(t.err(call, MONTH_YEAR));
        return;
    }
    let (what, small) = match upper {
        "HOP" => (
            "HOP table function based aggregate requires size must be an integral multiple of slide, but got size",
            "slide",
        ),
        "CUMULATE" => (
            "CUMULATE table function based aggregate requires maxSize must be an integral multiple of step, but got maxSize",
            "step",
        ),
        _ => return,
    };
    if let [Some(Length::Millis(step)), Some(Length::Millis(size)), ..] = lengths.as_slice()
        && *step > 0
        && size % step != 0
    {
        t.env.window_aggregate_errors.borrow_mut().push(t.err(call, format!("{what} {size} ms and {small} {step} ms")));
    }
}

/// Legacy group windows of a GROUP BY and the auxiliary functions of the select list.
pub fn check_group_windows(t: &ExprTyper<'_>, groups: &[Expr], items: &[Expr]) -> Result<(), Diagnostic> {
    let windows: Vec<&Function> = groups
        .iter()
        .filter_map(|g| match g {
            Expr::Function(f) if matches!(name_of(f).as_str(), "TUMBLE" | "HOP" | "SESSION") => Some(f),
            _ => None,
        })
        .collect();
    for f in &windows {
        let args = plain_args(f);
        if let Some(time) = args.first() {
            let ty = t.type_of(time)?;
            if ty.time_attribute() == TimestampKind::Regular && t.env.streaming {
                t.env.planning_errors.borrow_mut().push(t.err(
                    time,
                    format!(
                        "Window aggregate can only be defined over a time attribute column, but {} encountered.",
                        ty.summary()
                    ),
                ));
            }
        }
        if args[1..].iter().any(|a| interval_length(a) == Some(Length::Months)) {
            t.env.planning_errors.borrow_mut().push(t.err(&Expr::Function((*f).clone()), MONTH_YEAR));
        }
    }
    let mut auxiliaries = Vec::new();
    for item in items {
        collect_auxiliaries(item, &mut auxiliaries);
    }
    for (aux, group_name) in auxiliaries {
        if windows.is_empty() {
            t.env.planning_errors.borrow_mut().push(t.err(aux, format!("Unsupported call: {}", name_of_expr(aux))));
        } else if !windows.iter().any(|w| name_of(w) == group_name && same_arguments(w, aux)) {
            return Err(t.err(
                aux,
                format!(
                    "Call to auxiliary group function '{}' must have matching call to group function '${group_name}' in GROUP BY clause",
                    name_of_expr(aux)
                ),
            ));
        }
    }
    Ok(())
}

/// Whether an auxiliary call names the same time column and sizes as the group window.
fn same_arguments(window: &Function, aux: &Expr) -> bool {
    let Expr::Function(f) = aux else { return false };
    let shown = |args: Vec<&Expr>| args.iter().map(|a| a.to_string().to_ascii_lowercase()).collect::<Vec<_>>();
    shown(plain_args(window)) == shown(plain_args(f))
}

fn name_of_expr(e: &Expr) -> String {
    match e {
        Expr::Function(f) => name_of(f),
        _ => String::new(),
    }
}

/// `TUMBLE_START(…)` and friends in `e`, with the group function each needs.
fn collect_auxiliaries<'e>(e: &'e Expr, out: &mut Vec<(&'e Expr, String)>) {
    if let Expr::Function(f) = e {
        let name = name_of(f);
        for group in ["TUMBLE", "HOP", "SESSION"] {
            let aux = ["_START", "_END", "_ROWTIME", "_PROCTIME"].iter().any(|s| name == format!("{group}{s}"));
            if aux {
                out.push((e, group.to_string()));
                return;
            }
        }
    }
    for c in super::select::direct_children(e) {
        collect_auxiliaries(c, out);
    }
}

/// Ranking functions: a Top-N or deduplication when an enclosing query bounds them.
const RANKING: &[&str] = &["ROW_NUMBER", "RANK", "DENSE_RANK"];

/// The OVER windows of a SELECT list.
pub fn check_over_windows(t: &ExprTyper<'_>, s: &Select) -> Result<(), Diagnostic> {
    let mut calls = Vec::new();
    let mut top_n_calls = Vec::new();
    for item in &s.projection {
        if let SelectItem::ExprWithAlias { expr: e @ Expr::Function(_), alias } = item
            && t.env.top_n_columns.borrow().contains(&alias.value)
        {
            top_n_calls.push(e);
        }
        if let SelectItem::UnnamedExpr(e) | SelectItem::ExprWithAlias { expr: e, .. } = item {
            collect_over_calls(e, &mut calls);
        }
    }
    for (f, e) in &calls {
        if let Some(WindowType::NamedWindow(name)) = &f.over
            && !s.named_window.iter().any(|w| w.0.value == name.value)
        {
            return Err(t.err(e, format!("Window '{}' not found", name.value)));
        }
    }
    if !t.env.streaming {
        return Ok(());
    }
    let mut specs: Vec<String> = Vec::new();
    for (f, e) in calls {
        let spec = match &f.over {
            Some(WindowType::WindowSpec(spec)) => Some(spec.clone()),
            Some(WindowType::NamedWindow(name)) => {
                s.named_window.iter().find(|w| w.0.value == name.value).and_then(|w| match &w.1 {
                    NamedWindowExpr::WindowSpec(spec) => Some(spec.clone()),
                    NamedWindowExpr::NamedWindow(_) => None,
                })
            }
            None => None,
        };
        let Some(spec) = spec else { continue };
        let shown = spec.to_string();
        if !specs.contains(&shown) {
            specs.push(shown);
        }
        // A ranking an enclosing query bounds is a Top-N, planned by other rules.
        let top_n = RANKING.contains(&name_of(f).as_str()) && top_n_calls.iter().any(|c| std::ptr::eq(*c, e));
        if !top_n && let Some(message) = over_problem(t, &spec)? {
            t.env.planning_errors.borrow_mut().push(t.err(e, message));
        }
    }
    if specs.len() > 1 {
        t.env.planning_errors.borrow_mut().push(Diagnostic::error(
            "Sql optimization: Cannot generate a valid execution plan for the given query:",
            t.env.loc.span(sqlparser::ast::Spanned::span(s)),
        ));
    }
    Ok(())
}

fn collect_over_calls<'e>(e: &'e Expr, out: &mut Vec<(&'e Function, &'e Expr)>) {
    if let Expr::Function(f) = e
        && f.over.is_some()
    {
        out.push((f, e));
        return;
    }
    for c in super::select::direct_children(e) {
        collect_over_calls(c, out);
    }
}

/// Why Flink's streaming planner rejects an OVER window, if it does.
fn over_problem(t: &ExprTyper<'_>, spec: &WindowSpec) -> Result<Option<&'static str>, Diagnostic> {
    let [key] = spec.order_by.as_slice() else {
        return Ok(Some("The window can only be ordered by a single time column."));
    };
    let ty = t.type_of(&key.expr)?;
    if ty.time_attribute() == TimestampKind::Regular {
        return Ok(Some("OVER windows' ordering in stream mode must be defined on a time attribute."));
    }
    if matches!(key.options.sort, Some(sqlparser::ast::OrderBySort::Desc)) {
        return Ok(Some("The window can only be ordered in ASCENDING mode."));
    }
    if let Some(frame) = &spec.window_frame {
        let ends_at_current = matches!(frame.end_bound, None | Some(WindowFrameBound::CurrentRow));
        let starts_before = matches!(frame.start_bound, WindowFrameBound::Preceding(_));
        if !ends_at_current || !starts_before {
            return Ok(Some("OVER RANGE FOLLOWING windows are not supported yet."));
        }
    }
    Ok(None)
}
