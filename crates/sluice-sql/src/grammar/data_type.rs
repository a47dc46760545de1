//! Flink's data type grammar (dialect spec §10): base types with synonyms, `ARRAY<T>` /
//! `T ARRAY`, `MAP<K, V>`, `MULTISET<T>`, `ROW<…>` / `ROW(…)`, `RAW(…)`, nullability on any
//! level, and `INTERVAL` qualifiers where a CAST allows them.

use sqlparser::ast::{DataType, Ident as SqlIdent, ObjectName as SqlObjectName};
use sqlparser::parser::{Parser, ParserError};
use sqlparser::tokenizer::Token;

use super::cursor::{Cursor, compound, ident, string, unsigned};
use crate::ast::{IntervalQualifier, NodeSpan, RowFieldDef, SqlType, TimeUnit, TypeExpr};
use crate::error::{encountered_at, own_error};
use crate::locator::Locator;

/// Where a type is parsed: `INTERVAL` is only valid as a CAST target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeContext {
    /// A column, field or element type of DDL.
    Column,
    /// The target of `CAST` / `TRY_CAST` / `RETURNING`.
    Cast,
}

/// Parses a full data type with nullability and postfix collections.
pub fn parse_type(p: &mut Parser, loc: &Locator, ctx: TypeContext) -> Result<TypeExpr, ParserError> {
    let start = p.peek_token_ref().span;
    let mut ty = base_type(p, loc, ctx)?;
    loop {
        // Calcite's CAST target takes no NULL / NOT NULL; its postfix collections hold NOT
        // NULL elements.
        let nullable = if ctx == TypeContext::Cast { None } else { nullability(p) };
        let wrap = if p.eat("ARRAY") {
            Some(true)
        } else if p.eat("MULTISET") {
            Some(false)
        } else {
            None
        };
        let end = p.get_current_token().span;
        let span = NodeSpan(loc.span(start.union(&end)));
        match wrap {
            Some(is_array) => {
                let nullable = if ctx == TypeContext::Cast { Some(false) } else { nullable };
                let element = Box::new(TypeExpr { ty, nullable, span });
                ty = if is_array { SqlType::Array(element) } else { SqlType::Multiset(element) };
            }
            None => {
                // No collection follows: the nullability (if any) is the type's own.
                return Ok(TypeExpr { ty, nullable, span });
            }
        }
    }
}

fn nullability(p: &mut Parser) -> Option<bool> {
    if p.eat_all(&["NOT", "NULL"]) {
        Some(false)
    } else if p.eat("NULL") {
        Some(true)
    } else {
        None
    }
}

/// A length, precision or scale: an unsigned literal that must fit a Java `int`.
fn int_param(p: &mut Parser) -> Result<u64, ParserError> {
    let t = p.peek_token_ref().clone();
    if let Token::Number(n, false) = &t.token
        && n.bytes().all(|b| b.is_ascii_digit())
        && n.trim_start_matches('0').len() >= 10
        && n.parse::<u64>().ok().is_none_or(|v| v > i32::MAX as u64)
    {
        return Err(own_error(
            format!("SQL parse failed. Literal '{n}' can not be parsed to type 'java.lang.Integer'"),
            t.span.start,
        ));
    }
    Ok(unsigned(p)?.0)
}

fn opt_len(p: &mut Parser) -> Result<Option<u64>, ParserError> {
    if p.peek_token_ref().token != Token::LParen {
        return Ok(None);
    }
    p.next_token();
    let n = int_param(p)?;
    p.expect_tok(&Token::RParen)?;
    Ok(Some(n))
}

/// `CHARACTER SET name` after a character type: accepted and not kept (Flink's character
/// strings are Unicode whatever the clause says).
fn character_set(p: &mut Parser) -> Result<(), ParserError> {
    if p.eat_all(&["CHARACTER", "SET"]) {
        if !matches!(p.peek_token_ref().token, Token::Word(_)) {
            return p.unexpected();
        }
        p.next_token();
    }
    Ok(())
}

fn word(p: &Parser) -> Option<String> {
    match &p.peek_token_ref().token {
        Token::Word(w) if w.quote_style.is_none() => Some(w.value.to_ascii_uppercase()),
        _ => None,
    }
}

fn base_type(p: &mut Parser, loc: &Locator, ctx: TypeContext) -> Result<SqlType, ParserError> {
    let Some(w) = word(p) else {
        // A quoted name is a user-defined type.
        return Ok(SqlType::Named(compound(p, loc)?));
    };
    let t = p.peek_token_ref().clone();
    let simple = |p: &mut Parser, ty: SqlType| {
        p.next_token();
        Ok(ty)
    };
    match w.as_str() {
        "CHAR" | "CHARACTER" => {
            p.next_token();
            let ty = if p.eat("VARYING") { SqlType::VarChar(opt_len(p)?) } else { SqlType::Char(opt_len(p)?) };
            character_set(p)?;
            Ok(ty)
        }
        "VARCHAR" => {
            p.next_token();
            let ty = SqlType::VarChar(opt_len(p)?);
            character_set(p)?;
            Ok(ty)
        }
        "STRING" => simple(p, SqlType::String),
        "BOOLEAN" => simple(p, SqlType::Boolean),
        "BINARY" => {
            p.next_token();
            if p.eat("VARYING") { Ok(SqlType::VarBinary(opt_len(p)?)) } else { Ok(SqlType::Binary(opt_len(p)?)) }
        }
        "VARBINARY" => {
            p.next_token();
            Ok(SqlType::VarBinary(opt_len(p)?))
        }
        "BYTES" => simple(p, SqlType::Bytes),
        "DECIMAL" | "DEC" | "NUMERIC" => {
            p.next_token();
            if !p.consume_token(&Token::LParen) {
                return Ok(SqlType::Decimal(None, None));
            }
            let precision = int_param(p)?;
            let scale = if p.consume_token(&Token::Comma) { Some(int_param(p)?) } else { None };
            p.expect_tok(&Token::RParen)?;
            Ok(SqlType::Decimal(Some(precision), scale))
        }
        "TINYINT" => simple(p, SqlType::TinyInt),
        "SMALLINT" => simple(p, SqlType::SmallInt),
        "INT" | "INTEGER" => simple(p, SqlType::Int),
        "BIGINT" => simple(p, SqlType::BigInt),
        "FLOAT" => simple(p, SqlType::Float),
        "REAL" => simple(p, SqlType::Real),
        "DOUBLE" => {
            p.next_token();
            p.eat("PRECISION");
            Ok(SqlType::Double)
        }
        "DATE" => simple(p, SqlType::Date),
        "TIME" => {
            p.next_token();
            let precision = opt_len(p)?;
            if p.eat("WITHOUT") {
                p.expect_kw("TIME")?;
                p.expect_kw("ZONE")?;
            } else if p.at("WITH") && p.at_nth(1, "LOCAL") {
                p.next_token();
                p.next_token();
                p.expect_kw("TIME")?;
                p.expect_kw("ZONE")?;
                return Ok(SqlType::TimeLtz(precision));
            }
            Ok(SqlType::Time(precision))
        }
        "TIMESTAMP" => {
            p.next_token();
            let precision = opt_len(p)?;
            if p.eat("WITHOUT") {
                p.expect_kw("TIME")?;
                p.expect_kw("ZONE")?;
                Ok(SqlType::Timestamp(precision))
            } else if p.at("WITH") && p.at_nth(1, "LOCAL") {
                p.next_token();
                p.next_token();
                p.expect_kw("TIME")?;
                p.expect_kw("ZONE")?;
                Ok(SqlType::TimestampLtz(precision))
            } else if p.at("WITH") && p.at_nth(1, "TIME") {
                p.next_token();
                p.unexpected()
            } else {
                Ok(SqlType::Timestamp(precision))
            }
        }
        "TIMESTAMP_LTZ" => {
            p.next_token();
            Ok(SqlType::TimestampLtz(opt_len(p)?))
        }
        "INTERVAL" if ctx == TypeContext::Cast => {
            p.next_token();
            Ok(SqlType::Interval(interval_qualifier(p)?))
        }
        "INTERVAL" => Err(own_error("SQL parse failed. Incorrect syntax near the keyword 'INTERVAL'", t.span.start)),
        "ARRAY" | "MULTISET" if matches!(p.peek_nth_token_ref(1).token, Token::Lt) => {
            p.next_token();
            p.next_token();
            let element = Box::new(parse_type(p, loc, TypeContext::Column)?);
            p.expect_tok(&Token::Gt)?;
            Ok(if w == "ARRAY" { SqlType::Array(element) } else { SqlType::Multiset(element) })
        }
        "MAP" if matches!(p.peek_nth_token_ref(1).token, Token::Lt) => {
            p.next_token();
            p.next_token();
            let key = Box::new(parse_type(p, loc, TypeContext::Column)?);
            p.expect_tok(&Token::Comma)?;
            let value = Box::new(parse_type(p, loc, TypeContext::Column)?);
            p.expect_tok(&Token::Gt)?;
            Ok(SqlType::Map(key, value))
        }
        "ROW" => {
            p.next_token();
            row_fields(p, loc)
        }
        "RAW" if p.peek_nth_token_ref(1).token == Token::LParen => {
            p.next_token();
            p.next_token();
            let class = string(p, loc)?;
            p.expect_tok(&Token::Comma)?;
            let snapshot = string(p, loc)?;
            p.expect_tok(&Token::RParen)?;
            Ok(SqlType::Raw(class, snapshot))
        }
        _ => Ok(SqlType::Named(compound(p, loc)?)),
    }
}

fn row_fields(p: &mut Parser, loc: &Locator) -> Result<SqlType, ParserError> {
    let close = match p.peek_token_ref().token {
        Token::Neq => {
            // `ROW<>` is tokenised as the `<>` operator.
            p.next_token();
            return Ok(SqlType::Row(Vec::new()));
        }
        Token::Lt => Token::Gt,
        Token::LParen => Token::RParen,
        _ => return p.unexpected(),
    };
    p.next_token();
    let mut fields = Vec::new();
    if p.consume_token(&close) {
        return Ok(SqlType::Row(fields));
    }
    loop {
        let name = ident(p, loc)?;
        let ty = parse_type(p, loc, TypeContext::Column)?;
        let comment = match p.peek_token_ref().token {
            Token::SingleQuotedString(_) => Some(string(p, loc)?),
            _ => None,
        };
        fields.push(RowFieldDef { name, ty, comment });
        if !p.consume_token(&Token::Comma) {
            break;
        }
    }
    p.expect_tok(&close)?;
    Ok(SqlType::Row(fields))
}

fn time_unit(p: &mut Parser) -> Result<TimeUnit, ParserError> {
    let unit = match word(p).as_deref() {
        Some("YEAR") | Some("YEARS") => TimeUnit::Year,
        Some("MONTH") | Some("MONTHS") => TimeUnit::Month,
        Some("DAY") | Some("DAYS") => TimeUnit::Day,
        Some("HOUR") | Some("HOURS") => TimeUnit::Hour,
        Some("MINUTE") | Some("MINUTES") => TimeUnit::Minute,
        Some("SECOND") | Some("SECONDS") => TimeUnit::Second,
        _ => return p.unexpected(),
    };
    p.next_token();
    Ok(unit)
}

/// `unit [(p)] [TO unit [(p)]]`, or `SECOND(p, f)`.
pub fn interval_qualifier(p: &mut Parser) -> Result<IntervalQualifier, ParserError> {
    let start = time_unit(p)?;
    let mut q = IntervalQualifier { start, start_precision: None, end: None, fractional_precision: None };
    if p.consume_token(&Token::LParen) {
        q.start_precision = Some(int_param(p)?);
        if start == TimeUnit::Second && p.consume_token(&Token::Comma) {
            q.fractional_precision = Some(int_param(p)?);
        }
        p.expect_tok(&Token::RParen)?;
    }
    if p.eat("TO") {
        let end = time_unit(p)?;
        if end <= start {
            return p.unexpected();
        }
        q.end = Some(end);
        if end == TimeUnit::Second && p.consume_token(&Token::LParen) {
            q.fractional_precision = Some(int_param(p)?);
            p.expect_tok(&Token::RParen)?;
        }
    }
    Ok(q)
}

const LITERAL_TYPES: [&str; 4] = ["DATE", "TIME", "TIMESTAMP", "INTERVAL"];

/// The `sqlparser` data-type hook: every data type in a query is parsed with Flink's
/// grammar and carried as a `Custom` type whose name is the canonical text (re-parsed by
/// the planner). Typed literals (`DATE '…'`, `INTERVAL '1' DAY`) are left to `sqlparser`.
pub fn cast_target_hook(p: &mut Parser) -> Option<Result<DataType, ParserError>> {
    let literal_next =
        matches!(p.peek_nth_token_ref(1).token, Token::SingleQuotedString(_) | Token::Minus | Token::Plus);
    if literal_next && LITERAL_TYPES.iter().any(|w| p.at(w)) {
        return None;
    }
    if !matches!(p.peek_token_ref().token, Token::Word(_)) {
        let t = p.peek_token_ref().clone();
        return Some(Err(encountered_at(&t)));
    }
    let loc = Locator::none();
    Some(parse_type(p, &loc, TypeContext::Cast).map(|t| custom_type(&t)))
}

/// A Flink type as a `sqlparser` `Custom` data type.
pub fn custom_type(t: &TypeExpr) -> DataType {
    DataType::Custom(SqlObjectName::from(vec![SqlIdent::new(t.to_string())]), vec![])
}
