//! Flink expression prefixes that `sqlparser` does not know: the map constructor
//! `MAP[k1, v1, k2, v2]`, a table argument `TABLE t` of a table-valued function
//! (`TUMBLE(TABLE t, DESCRIPTOR(ts), …)`), `CEILING(…)`, Calcite's synonym of `CEIL`, and
//! `TRIM(BOTH FROM s)` without trim characters.

use sqlparser::ast::{Expr, Ident as SqlIdent, Map, MapEntry, TrimWhereField, Value};
use sqlparser::parser::{Parser, ParserError};
use sqlparser::tokenizer::Token;

use super::cursor::Cursor;
use crate::error::own_error;

/// The `sqlparser` prefix hook: `Some` when the next tokens are Flink-only syntax.
pub fn flink_prefix_hook(p: &mut Parser) -> Option<Result<Expr, ParserError>> {
    if let Some(call) = super::json::json_call_hook(p) {
        return Some(call);
    }
    if p.at("MAP") && p.peek_nth_token_ref(1).token == Token::LBracket {
        return Some(map_constructor(p));
    }
    // `MAP {k: v}` is how the AST prints a map constructor; accept it back.
    if p.at("MAP") && p.peek_nth_token_ref(1).token == Token::LBrace {
        return Some(map_braces(p));
    }
    if p.at("CEILING") && p.peek_nth_token_ref(1).token == Token::LParen {
        p.next_token();
        return Some(p.parse_ceil_floor_expr(true));
    }
    if p.at("TRIM") && p.peek_nth_token_ref(1).token == Token::LParen {
        let side_then_from = ["BOTH", "LEADING", "TRAILING"].iter().any(|w| p.at_nth(2, w)) && p.at_nth(3, "FROM");
        if side_then_from || p.at_nth(2, "FROM") {
            return Some(trim_spaces(p));
        }
    }
    if p.at("TABLE") && matches!(p.peek_nth_token_ref(1).token, Token::Word(_)) {
        return Some(table_argument(p));
    }
    None
}

/// `TRIM([BOTH | LEADING | TRAILING] FROM s)`: the characters default to a space, written
/// out so that the tree prints as text `sqlparser` reads back.
fn trim_spaces(p: &mut Parser) -> Result<Expr, ParserError> {
    p.next_token();
    p.next_token();
    let trim_where = if p.eat("BOTH") {
        Some(TrimWhereField::Both)
    } else if p.eat("LEADING") {
        Some(TrimWhereField::Leading)
    } else if p.eat("TRAILING") {
        Some(TrimWhereField::Trailing)
    } else {
        None
    };
    p.expect_kw("FROM")?;
    let expr = p.parse_expr()?;
    p.expect_tok(&Token::RParen)?;
    let space = Expr::Value(Value::SingleQuotedString(" ".into()).into());
    Ok(Expr::Trim { trim_where, trim_what: Some(Box::new(space)), expr: Box::new(expr), trim_characters: None })
}

fn map_constructor(p: &mut Parser) -> Result<Expr, ParserError> {
    p.next_token();
    let open = p.next_token();
    let mut items = Vec::new();
    if p.peek_token_ref().token != Token::RBracket {
        items = p.parse_comma_separated(Parser::parse_expr)?;
    }
    p.expect_tok(&Token::RBracket)?;
    if items.is_empty() || items.len() % 2 != 0 {
        return Err(own_error(
            "SQL validation failed. Map requires an even number of arguments, greater than 0",
            open.span.start,
        ));
    }
    let mut entries = Vec::with_capacity(items.len() / 2);
    let mut it = items.into_iter();
    while let (Some(key), Some(value)) = (it.next(), it.next()) {
        entries.push(MapEntry { key: Box::new(key), value: Box::new(value) });
    }
    Ok(Expr::Map(Map { entries }))
}

fn map_braces(p: &mut Parser) -> Result<Expr, ParserError> {
    p.next_token();
    p.next_token();
    let mut entries = Vec::new();
    loop {
        let key = p.parse_expr()?;
        p.expect_tok(&Token::Colon)?;
        let value = p.parse_expr()?;
        entries.push(MapEntry { key: Box::new(key), value: Box::new(value) });
        if !p.consume_token(&Token::Comma) {
            break;
        }
    }
    p.expect_tok(&Token::RBrace)?;
    Ok(Expr::Map(Map { entries }))
}

fn table_argument(p: &mut Parser) -> Result<Expr, ParserError> {
    let table = p.next_token();
    let name = p.parse_object_name(false)?;
    // `TABLE t PARTITION BY k` / `PARTITION BY (a, b)` (session windows): kept in the
    // argument's text.
    if p.at_all(&["PARTITION", "BY"]) {
        p.next_token();
        p.next_token();
        let keys = if p.consume_token(&Token::LParen) {
            let keys = p.parse_comma_separated(|p| p.parse_identifier())?;
            p.expect_tok(&Token::RParen)?;
            keys
        } else {
            vec![p.parse_identifier()?]
        };
        let keys: Vec<String> = keys.iter().map(ToString::to_string).collect();
        let text = format!("{name} PARTITION BY ({})", keys.join(", "));
        let value = Box::new(Expr::Identifier(SqlIdent::new(text)));
        return Ok(Expr::Prefixed { prefix: SqlIdent::with_span(table.span, "TABLE"), value });
    }
    let parts: Vec<SqlIdent> = name.0.iter().filter_map(|part| part.as_ident().cloned()).collect();
    let value = if parts.len() == 1 {
        Expr::Identifier(parts.into_iter().next().expect("one part"))
    } else {
        Expr::CompoundIdentifier(parts)
    };
    Ok(Expr::Prefixed { prefix: SqlIdent::with_span(table.span, "TABLE"), value: Box::new(value) })
}
