//! Calcite's SQL/JSON function syntax, which `sqlparser` does not have: `JSON_VALUE`,
//! `JSON_QUERY` and `JSON_EXISTS` with their `RETURNING`, wrapper and `ON EMPTY` /
//! `ON ERROR` clauses, and the constructors `JSON_OBJECT`, `JSON_ARRAY`, `JSON_OBJECTAGG`,
//! `JSON_ARRAYAGG` with `[KEY] k VALUE v` / `k : v` entries and `NULL | ABSENT ON NULL`.
//!
//! The call becomes a plain `sqlparser` function call: entries are `k VALUE v` named
//! arguments, `RETURNING` a `JsonReturningClause` (the Flink type's canonical text, like a
//! CAST target), `ON NULL` a `JsonNullClause`, `ORDER BY` an `OrderBy` clause. The
//! `ON EMPTY`, `ON ERROR` and wrapper behaviours are checked but not kept: they change
//! neither the result type nor what Flink accepts, and the tree prints without them.

use sqlparser::ast::{
    Expr, Function, FunctionArg, FunctionArgExpr, FunctionArgOperator, FunctionArgumentClause, FunctionArgumentList,
    FunctionArguments, Ident as SqlIdent, JsonNullClause, JsonReturningClause, ObjectName, OrderByExpr,
};
use sqlparser::parser::{Parser, ParserError};
use sqlparser::tokenizer::Token;

use super::cursor::Cursor;
use super::data_type::{TypeContext, custom_type, parse_type};
use crate::locator::Locator;

/// The JSON functions with their own syntax.
const JSON_FUNCTIONS: &[&str] =
    &["JSON_VALUE", "JSON_QUERY", "JSON_EXISTS", "JSON_OBJECT", "JSON_ARRAY", "JSON_OBJECTAGG", "JSON_ARRAYAGG"];

/// `Some` when the next tokens start one of the JSON function calls.
pub fn json_call_hook(p: &mut Parser) -> Option<Result<Expr, ParserError>> {
    if p.peek_nth_token_ref(1).token != Token::LParen {
        return None;
    }
    let name = JSON_FUNCTIONS.iter().find(|f| p.at(f))?;
    Some(json_call(p, name))
}

/// What a call is made of before it becomes a `Function`.
#[derive(Default)]
struct Parts {
    args: Vec<FunctionArg>,
    clauses: Vec<FunctionArgumentClause>,
}

fn json_call(p: &mut Parser, name: &str) -> Result<Expr, ParserError> {
    let name_token = p.next_token();
    p.expect_tok(&Token::LParen)?;
    let parts = match name {
        "JSON_VALUE" => value_or_query(p, false)?,
        "JSON_QUERY" => value_or_query(p, true)?,
        "JSON_EXISTS" => exists(p)?,
        "JSON_OBJECT" => object(p, false)?,
        "JSON_OBJECTAGG" => object(p, true)?,
        "JSON_ARRAY" => array(p)?,
        _ => array_agg(p)?,
    };
    p.expect_tok(&Token::RParen)?;
    // Calcite's JSON calls take no FILTER clause.
    if p.at("FILTER") {
        let t = p.peek_token_ref().clone();
        return Err(crate::error::keyword_at(&t));
    }
    Ok(Expr::Function(Function {
        name: ObjectName::from(vec![SqlIdent::with_span(name_token.span, name)]),
        uses_odbc_syntax: false,
        parameters: FunctionArguments::None,
        args: FunctionArguments::List(FunctionArgumentList {
            duplicate_treatment: None,
            args: parts.args,
            clauses: parts.clauses,
        }),
        within_group: Vec::new(),
        filter: None,
        null_treatment: None,
        over: None,
    }))
}

fn unnamed(e: Expr) -> FunctionArg {
    FunctionArg::Unnamed(FunctionArgExpr::Expr(e))
}

/// `expr , path` shared by JSON_VALUE, JSON_QUERY and JSON_EXISTS.
fn common_syntax(p: &mut Parser) -> Result<Vec<FunctionArg>, ParserError> {
    let value = p.parse_expr()?;
    p.expect_tok(&Token::Comma)?;
    let path = p.parse_expr()?;
    Ok(vec![unnamed(value), unnamed(path)])
}

/// `RETURNING type`, as a CAST target is kept.
fn returning(p: &mut Parser) -> Result<Option<FunctionArgumentClause>, ParserError> {
    if !p.eat("RETURNING") {
        return Ok(None);
    }
    let ty = parse_type(p, &Locator::none(), TypeContext::Cast)?;
    Ok(Some(FunctionArgumentClause::JsonReturningClause(JsonReturningClause { data_type: custom_type(&ty) })))
}

/// `JSON_VALUE(v, path [RETURNING t] [{ERROR | NULL | DEFAULT e} ON {EMPTY | ERROR}]…)` and
/// `JSON_QUERY(v, path [RETURNING t] [wrapper] [{ERROR | NULL | EMPTY ARRAY | EMPTY OBJECT}
/// ON {EMPTY | ERROR}]…)`.
fn value_or_query(p: &mut Parser, query: bool) -> Result<Parts, ParserError> {
    let args = common_syntax(p)?;
    let clauses = returning(p)?.into_iter().collect();
    if query {
        wrapper(p)?;
    }
    while p.peek_token_ref().token != Token::RParen {
        behaviour(p, query)?;
        p.expect_kw("ON")?;
        if !(p.eat("EMPTY") || p.eat("ERROR")) {
            return p.unexpected();
        }
    }
    Ok(Parts { args, clauses })
}

/// What JSON_VALUE or JSON_QUERY answers on an empty result or an error.
fn behaviour(p: &mut Parser, query: bool) -> Result<(), ParserError> {
    if p.eat("ERROR") || p.eat("NULL") {
        return Ok(());
    }
    if !query && p.eat("DEFAULT") {
        return p.parse_expr().map(drop);
    }
    if query && p.eat("EMPTY") && (p.eat("ARRAY") || p.eat("OBJECT")) {
        return Ok(());
    }
    p.unexpected()
}

/// `WITHOUT [ARRAY] WRAPPER` / `WITH [CONDITIONAL | UNCONDITIONAL] [ARRAY] WRAPPER`.
fn wrapper(p: &mut Parser) -> Result<(), ParserError> {
    if p.eat("WITHOUT") {
        p.eat("ARRAY");
        p.expect_kw("WRAPPER")?;
    } else if p.eat("WITH") {
        let _ = p.eat("CONDITIONAL") || p.eat("UNCONDITIONAL");
        p.eat("ARRAY");
        p.expect_kw("WRAPPER")?;
    }
    Ok(())
}

/// `JSON_EXISTS(v, path [{TRUE | FALSE | UNKNOWN | ERROR} ON ERROR])`.
fn exists(p: &mut Parser) -> Result<Parts, ParserError> {
    let args = common_syntax(p)?;
    if ["TRUE", "FALSE", "UNKNOWN", "ERROR"].iter().any(|w| p.eat(w)) {
        p.expect_kw("ON")?;
        p.expect_kw("ERROR")?;
    }
    Ok(Parts { args, clauses: Vec::new() })
}

/// `NULL ON NULL` / `ABSENT ON NULL`.
fn on_null(p: &mut Parser) -> Option<FunctionArgumentClause> {
    let clause = if p.at_all(&["NULL", "ON", "NULL"]) {
        JsonNullClause::NullOnNull
    } else if p.at_all(&["ABSENT", "ON", "NULL"]) {
        JsonNullClause::AbsentOnNull
    } else {
        return None;
    };
    for _ in 0..3 {
        p.next_token();
    }
    Some(FunctionArgumentClause::JsonNullClause(clause))
}

/// `[KEY] k VALUE v` or `k : v`.
fn entry(p: &mut Parser) -> Result<FunctionArg, ParserError> {
    // `KEY` introduces the key unless it is itself the key (`KEY VALUE v`, `KEY : v`).
    if p.at("KEY") && !(p.at_nth(1, "VALUE") || p.peek_nth_token_ref(1).token == Token::Colon) {
        p.next_token();
    }
    let key = p.parse_expr()?;
    if !p.consume_token(&Token::Colon) {
        p.expect_kw("VALUE")?;
    }
    let value = p.parse_expr()?;
    Ok(FunctionArg::ExprNamed { name: key, arg: FunctionArgExpr::Expr(value), operator: FunctionArgOperator::Value })
}

/// `JSON_OBJECT([entry, …] [ON NULL])` and `JSON_OBJECTAGG(entry [ON NULL])`.
fn object(p: &mut Parser, aggregate: bool) -> Result<Parts, ParserError> {
    let mut parts = Parts::default();
    if let Some(c) = on_null(p) {
        parts.clauses.push(c);
        return Ok(parts);
    }
    if aggregate || p.peek_token_ref().token != Token::RParen {
        parts.args.push(entry(p)?);
        while !aggregate && p.consume_token(&Token::Comma) {
            parts.args.push(entry(p)?);
        }
    }
    parts.clauses.extend(on_null(p));
    Ok(parts)
}

/// `JSON_ARRAY([v, … [ON NULL]])`: unlike JSON_OBJECT, no ON NULL clause without values.
fn array(p: &mut Parser) -> Result<Parts, ParserError> {
    let mut parts = Parts::default();
    if p.peek_token_ref().token != Token::RParen {
        parts.args = p.parse_comma_separated(|p| p.parse_expr().map(unnamed))?;
    }
    parts.clauses.extend(on_null(p));
    Ok(parts)
}

/// `JSON_ARRAYAGG(v [ORDER BY …] [ON NULL])`.
fn array_agg(p: &mut Parser) -> Result<Parts, ParserError> {
    let mut parts = Parts { args: vec![unnamed(p.parse_expr()?)], clauses: Vec::new() };
    if p.eat_all(&["ORDER", "BY"]) {
        let keys: Vec<OrderByExpr> = p.parse_comma_separated(Parser::parse_order_by_expr)?;
        parts.clauses.push(FunctionArgumentClause::OrderBy(keys));
    }
    parts.clauses.extend(on_null(p));
    Ok(parts)
}
