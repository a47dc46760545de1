//! Flink infix forms `sqlparser` does not know: `x [NOT] BETWEEN SYMMETRIC a AND b` (and
//! `ASYMMETRIC`), and the period predicate `(a, b) OVERLAPS (c, d)`.
//!
//! `BETWEEN ASYMMETRIC` is the plain BETWEEN. `BETWEEN SYMMETRIC a AND b` becomes its
//! definition, `x BETWEEN a AND b OR x BETWEEN b AND a` (`NOT`: both negated, joined by
//! AND), which prints back as text that parses to the same tree. `OVERLAPS` is a custom
//! binary operator.

use sqlparser::ast::{BinaryOperator, Expr};
use sqlparser::dialect::{Dialect, Precedence};
use sqlparser::parser::{Parser, ParserError};

use super::cursor::Cursor;

/// The precedence of the next token when it starts one of these forms.
pub fn next_precedence(dialect: &dyn Dialect, p: &Parser) -> Option<u8> {
    if p.at("OVERLAPS") {
        return Some(dialect.prec_value(Precedence::Eq));
    }
    None
}

/// The `sqlparser` infix hook: `Some` when the next tokens are one of these forms.
pub fn flink_infix_hook(dialect: &dyn Dialect, p: &mut Parser, expr: &Expr) -> Option<Result<Expr, ParserError>> {
    let negated = p.at("NOT");
    let at = usize::from(negated);
    if p.at_nth(at, "BETWEEN") && (p.at_nth(at + 1, "SYMMETRIC") || p.at_nth(at + 1, "ASYMMETRIC")) {
        return Some(between(dialect, p, expr, negated));
    }
    if p.at("OVERLAPS") {
        p.next_token();
        let prec = dialect.prec_value(Precedence::Eq);
        return Some(p.parse_subexpr(prec).map(|right| Expr::BinaryOp {
            left: Box::new(expr.clone()),
            op: BinaryOperator::Custom("OVERLAPS".into()),
            right: Box::new(right),
        }));
    }
    None
}

fn between(dialect: &dyn Dialect, p: &mut Parser, expr: &Expr, negated: bool) -> Result<Expr, ParserError> {
    if negated {
        p.next_token();
    }
    p.next_token();
    let symmetric = p.eat("SYMMETRIC");
    if !symmetric {
        p.next_token();
    }
    let prec = dialect.prec_value(Precedence::Between);
    let low = p.parse_subexpr(prec)?;
    p.expect_kw("AND")?;
    let high = p.parse_subexpr(prec)?;
    let one = |low: &Expr, high: &Expr| Expr::Between {
        expr: Box::new(expr.clone()),
        negated,
        low: Box::new(low.clone()),
        high: Box::new(high.clone()),
    };
    if !symmetric {
        return Ok(one(&low, &high));
    }
    let op = if negated { BinaryOperator::And } else { BinaryOperator::Or };
    Ok(Expr::Nested(Box::new(Expr::BinaryOp {
        left: Box::new(one(&low, &high)),
        op,
        right: Box::new(one(&high, &low)),
    })))
}
