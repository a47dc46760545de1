//! Join hints (`BROADCAST`, `SHUFFLE_HASH`, `SHUFFLE_MERGE`, `NEST_LOOP`) and `STATE_TTL`
//! name the inputs of the SELECT they stand in; Flink's planner rejects a name that is no
//! table, view or alias of that SELECT.

use sqlparser::ast::{Select, Spanned, TableFactor, TableWithJoins};

use crate::expr::ExprTyper;

/// Hints whose arguments name inputs of their query block.
const NAMING_HINTS: &[&str] = &["BROADCAST", "SHUFFLE_HASH", "SHUFFLE_MERGE", "NEST_LOOP", "STATE_TTL"];

/// Table names (last part) and aliases of a FROM clause.
fn input_names(from: &[TableWithJoins], out: &mut Vec<String>) {
    let factor = |f: &TableFactor, out: &mut Vec<String>| match f {
        TableFactor::Table { name, alias, .. } => {
            if let Some(last) = name.0.last().and_then(|p| p.as_ident()) {
                out.push(last.value.clone());
            }
            out.extend(alias.as_ref().map(|a| a.name.value.clone()));
        }
        TableFactor::NestedJoin { table_with_joins, alias } => {
            input_names(std::slice::from_ref(table_with_joins), out);
            out.extend(alias.as_ref().map(|a| a.name.value.clone()));
        }
        other => {
            if let TableFactor::Derived { alias: Some(a), .. } = other {
                out.push(a.name.value.clone());
            }
        }
    };
    for twj in from {
        factor(&twj.relation, out);
        for j in &twj.joins {
            factor(&j.relation, out);
        }
    }
}

/// The input names a hint's arguments give: `t1, t2` or `'t1' = '1d', …`.
fn named_inputs(args: &str) -> Vec<String> {
    args.split(',')
        .filter_map(|part| {
            let name = part.split('=').next()?.trim().trim_matches('\'').trim_matches('`');
            (!name.is_empty()).then(|| name.to_string())
        })
        .collect()
}

/// Checks the naming hints written right after this SELECT's keyword.
pub fn check_select_hints(t: &ExprTyper<'_>, s: &Select) {
    let loc = t.env.loc;
    let after_select = loc.span(s.select_token.0.span).end;
    let Some(first_item) = s.projection.first() else { return };
    let before_items = loc.span(first_item.span()).start;
    let mut names = Vec::new();
    input_names(&s.from, &mut names);
    for h in &t.env.hints {
        let here = h.span.start >= after_select && h.span.end <= before_items;
        if !here || !NAMING_HINTS.iter().any(|n| n.eq_ignore_ascii_case(&h.name)) {
            continue;
        }
        let unknown: Vec<String> =
            named_inputs(h.args.as_deref().unwrap_or("")).into_iter().filter(|n| !names.contains(n)).collect();
        if !unknown.is_empty() {
            t.env.planning_errors.borrow_mut().push(
                sluice_common::Diagnostic::error(
                    "The options of following hints cannot match the name of input tables or views:",
                    h.span,
                )
                .with_note(format!("`{}` in hint '{}'", unknown.join(", "), h.name)),
            );
        }
    }
}
