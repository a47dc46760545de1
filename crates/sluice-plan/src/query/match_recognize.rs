//! `MATCH_RECOGNIZE`: the row type Flink gives a pattern match (partition columns and
//! measures, or every input column with ALL ROWS PER MATCH) and the checks its validator
//! and planner make: pattern variables as qualifiers, boolean DEFINE conditions, no
//! PREV/NEXT in MEASURES, ordering by an ascending time attribute, patterns the CEP
//! translation takes (no empty match, no greedy last element, no optional element after a
//! greedy one).

use sluice_common::{DataType, Diagnostic, Span, TimestampKind};
use sqlparser::ast::{
    Expr, MatchRecognizePattern, MatchRecognizeSymbol, Measure, OrderByExpr, OrderBySort, RepetitionQuantifier,
    RowsPerMatch, Spanned, SymbolDefinition, visit_expressions,
};

use super::Rel;
use crate::expr::{Clause, ExprTyper, Field, Scope};

/// The parts of a `MATCH_RECOGNIZE` clause.
pub struct MatchClause<'a> {
    /// `PARTITION BY`.
    pub partition_by: &'a [Expr],
    /// `ORDER BY`.
    pub order_by: &'a [OrderByExpr],
    /// `MEASURES`.
    pub measures: &'a [Measure],
    /// `ONE ROW PER MATCH` (the default) or `ALL ROWS PER MATCH`.
    pub rows_per_match: Option<&'a RowsPerMatch>,
    /// `PATTERN (…)`.
    pub pattern: &'a MatchRecognizePattern,
    /// `DEFINE`.
    pub symbols: &'a [SymbolDefinition],
    /// The whole clause.
    pub span: Span,
}

/// The pattern variables a pattern names.
fn variables(p: &MatchRecognizePattern, out: &mut Vec<String>) {
    match p {
        MatchRecognizePattern::Symbol(MatchRecognizeSymbol::Named(id))
        | MatchRecognizePattern::Exclude(MatchRecognizeSymbol::Named(id))
            if !out.contains(&id.value) =>
        {
            out.push(id.value.clone());
        }
        MatchRecognizePattern::Permute(symbols) => {
            for s in symbols {
                if let MatchRecognizeSymbol::Named(id) = s {
                    out.push(id.value.clone());
                }
            }
        }
        MatchRecognizePattern::Concat(parts) | MatchRecognizePattern::Alternation(parts) => {
            parts.iter().for_each(|q| variables(q, out));
        }
        MatchRecognizePattern::Group(inner) | MatchRecognizePattern::Repetition(inner, _) => variables(inner, out),
        _ => {}
    }
}

/// Whether a pattern can match no row at all.
fn may_be_empty(p: &MatchRecognizePattern) -> bool {
    let optional = |q: &RepetitionQuantifier| match q {
        RepetitionQuantifier::ZeroOrMore | RepetitionQuantifier::AtMostOne | RepetitionQuantifier::AtMost(_) => true,
        RepetitionQuantifier::AtLeast(n) | RepetitionQuantifier::Range(n, _) | RepetitionQuantifier::Exactly(n) => {
            *n == 0
        }
        RepetitionQuantifier::OneOrMore => false,
        RepetitionQuantifier::Reluctant(inner) => matches!(
            inner.as_ref(),
            RepetitionQuantifier::ZeroOrMore | RepetitionQuantifier::AtMostOne | RepetitionQuantifier::AtMost(_)
        ),
    };
    match p {
        MatchRecognizePattern::Concat(parts) => parts.iter().all(may_be_empty),
        MatchRecognizePattern::Alternation(parts) => parts.iter().any(may_be_empty),
        MatchRecognizePattern::Group(inner) => may_be_empty(inner),
        MatchRecognizePattern::Repetition(inner, q) => optional(q) || may_be_empty(inner),
        _ => false,
    }
}

/// Whether an element repeats greedily (a quantifier other than `{n}`, not reluctant).
fn greedy(p: &MatchRecognizePattern) -> bool {
    matches!(p, MatchRecognizePattern::Repetition(_, q)
        if !matches!(q, RepetitionQuantifier::Reluctant(_) | RepetitionQuantifier::Exactly(_)))
}

/// Whether an element may match no row.
fn optional(p: &MatchRecognizePattern) -> bool {
    matches!(p, MatchRecognizePattern::Repetition(..)) && may_be_empty(p)
}

/// Pattern forms Flink's CEP translation does not have.
fn unsupported_form(p: &MatchRecognizePattern) -> Option<&'static str> {
    match p {
        MatchRecognizePattern::Alternation(_) => {
            Some("Expression not supported. Currently, CEP doesn't support branching patterns.")
        }
        MatchRecognizePattern::Permute(_) => {
            Some("Expression not supported. Currently, CEP doesn't support PERMUTE patterns.")
        }
        MatchRecognizePattern::Group(inner) if !matches!(inner.as_ref(), MatchRecognizePattern::Symbol(_)) => {
            Some("Expression not supported. Group patterns are not supported yet.")
        }
        MatchRecognizePattern::Concat(parts) => parts.iter().find_map(unsupported_form),
        MatchRecognizePattern::Repetition(inner, _) => unsupported_form(inner),
        _ => None,
    }
}

/// What Flink's CEP translation refuses in a pattern's sequence of elements.
fn sequence_problem(p: &MatchRecognizePattern) -> Option<&'static str> {
    if let Some(problem) = unsupported_form(p) {
        return Some(problem);
    }
    let elements: Vec<&MatchRecognizePattern> = match p {
        MatchRecognizePattern::Concat(parts) => parts.iter().collect(),
        other => vec![other],
    };
    if elements.windows(2).any(|w| greedy(w[0]) && optional(w[1])) {
        return Some("Optional pattern cannot be preceded by greedy pattern");
    }
    if elements.last().is_some_and(|last| greedy(last)) {
        return Some(
            "Greedy quantifiers are not allowed as the last element of a Pattern yet. Finish your pattern with either a simple variable or reluctant quantifier.",
        );
    }
    None
}

/// Whether `e` calls PREV or NEXT.
fn uses_prev_next(e: &Expr) -> bool {
    visit_expressions(e, |x| match x {
        Expr::Function(f) if matches!(f.name.to_string().to_ascii_uppercase().as_str(), "PREV" | "NEXT") => {
            std::ops::ControlFlow::Break(())
        }
        _ => std::ops::ControlFlow::Continue(()),
    })
    .is_break()
}

/// The row type of `input MATCH_RECOGNIZE (…)`.
pub fn match_rel(t: &ExprTyper<'_>, input: Vec<Field>, m: &MatchClause<'_>) -> Result<Rel, Diagnostic> {
    let mut vars = Vec::new();
    variables(m.pattern, &mut vars);
    let mut fields: Vec<Field> = input.iter().map(|f| Field { qualifier: None, ..f.clone() }).collect();
    for v in &vars {
        fields.extend(input.iter().map(|f| Field { qualifier: Some(v.clone()), ..f.clone() }));
    }
    let scope = Scope { fields, outer: Some(Box::new(t.scope.clone())) };
    let plain = ExprTyper::new(t.env, &scope, Clause::NoAggregates);
    let typer = ExprTyper::new(t.env, &scope, Clause::MatchRecognize);

    let mut out = Vec::new();
    for p in m.partition_by {
        let data_type = plain.type_of(p)?;
        let name = match p {
            Expr::Identifier(id) => id.value.clone(),
            Expr::CompoundIdentifier(parts) => parts.last().map(|i| i.value.clone()).unwrap_or_default(),
            other => other.to_string(),
        };
        out.push(Field { qualifier: None, name, data_type });
    }
    let mut order_names = Vec::new();
    for (i, o) in m.order_by.iter().enumerate() {
        let ty = plain.type_of(&o.expr)?;
        if let Expr::Identifier(id) = &o.expr {
            order_names.push(id.value.clone());
        }
        if i == 0 && t.env.streaming {
            let planner_error = |message: &str| {
                t.env.planning_errors.borrow_mut().push(Diagnostic::error(message, t.env.loc.span(o.expr.span())))
            };
            if ty.time_attribute() == TimestampKind::Regular {
                planner_error("You must specify either rowtime or proctime for order by as the first one.");
            } else if matches!(o.options.sort, Some(OrderBySort::Desc)) {
                planner_error("Primary sort order of a streaming table must be ascending on time.");
            }
        }
    }
    for s in m.symbols {
        let ty = typer.type_of(&s.definition)?;
        if !matches!(ty.kind, sluice_common::TypeKind::Boolean | sluice_common::TypeKind::Null) {
            return Err(typer.err(&s.definition, "DEFINE clause must be a condition"));
        }
    }
    let pattern_problem = if may_be_empty(m.pattern) {
        Some(
            "Patterns that can produce empty matches are not supported. There must be at least one non-optional state.",
        )
    } else {
        sequence_problem(m.pattern)
    };
    if let Some(problem) = pattern_problem {
        t.env.planning_errors.borrow_mut().push(Diagnostic::error(problem, m.span));
    }
    if matches!(m.rows_per_match, Some(RowsPerMatch::AllRows(_))) {
        let taken: Vec<String> = out.iter().map(|f| f.name.clone()).collect();
        for name in &order_names {
            if let Some(f) = input.iter().find(|f| &f.name == name && !taken.contains(&f.name)) {
                out.push(Field { qualifier: None, ..f.clone() });
            }
        }
        let taken: Vec<String> = out.iter().map(|f| f.name.clone()).collect();
        out.extend(input.iter().filter(|f| !taken.contains(&f.name)).map(|f| Field { qualifier: None, ..f.clone() }));
    }
    for measure in m.measures {
        if uses_prev_next(&measure.expr) {
            return Err(typer.err(&measure.expr, format!("Cannot use PREV/NEXT in MEASURE '{}'", measure.expr)));
        }
        let data_type: DataType = typer.type_of(&measure.expr)?;
        out.push(Field { qualifier: None, name: measure.alias.value.clone(), data_type });
    }
    Ok(Rel { fields: out, updating: false, duplicate_name: None })
}
