//! `FlinkDialect`: the `sqlparser` dialect for Flink's queries and expressions. Flags say
//! which syntax Flink has; two hooks hand Flink-only syntax to our grammar (data types in
//! `CAST`, and the `MAP[…]` / `TABLE t` expression prefixes).

use std::collections::HashMap;
use std::sync::OnceLock;

use sqlparser::ast::{DataType, Expr};
use sqlparser::dialect::Dialect;
use sqlparser::keywords::{
    ALL_KEYWORDS, ALL_KEYWORDS_INDEX, Keyword, RESERVED_FOR_COLUMN_ALIAS, RESERVED_FOR_TABLE_ALIAS,
};
use sqlparser::parser::{Parser, ParserError};

use crate::grammar::{data_type, infix, prefix};
use crate::keywords;

/// Flink 1.20's query and expression syntax for `sqlparser`.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct FlinkDialect;

fn keyword_text(kw: Keyword) -> &'static str {
    static MAP: OnceLock<HashMap<Keyword, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| ALL_KEYWORDS_INDEX.iter().copied().zip(ALL_KEYWORDS.iter().copied()).collect())
        .get(&kw)
        .copied()
        .unwrap_or("")
}

/// Whether the candidate alias (the token the parser just consumed) is Flink-reserved.
fn alias_is_flink_reserved(parser: &Parser) -> bool {
    match &parser.get_current_token().token {
        sqlparser::tokenizer::Token::Word(w) => w.quote_style.is_none() && keywords::is_reserved(&w.value),
        _ => false,
    }
}

impl Dialect for FlinkDialect {
    fn is_delimited_identifier_start(&self, ch: char) -> bool {
        ch == '`'
    }

    fn is_identifier_start(&self, ch: char) -> bool {
        // Calcite counts `$` as a letter: `$a` and `$$` are identifiers, not placeholders
        // or dollar-quoted strings.
        ch.is_alphabetic() || ch == '_' || ch == '$'
    }

    fn is_identifier_part(&self, ch: char) -> bool {
        ch.is_alphanumeric() || ch == '_' || ch == '$'
    }

    fn supports_unicode_string_literal(&self) -> bool {
        true
    }

    fn supports_national_string_literal(&self) -> bool {
        true
    }

    fn supports_filter_during_aggregation(&self) -> bool {
        true
    }

    fn supports_match_recognize(&self) -> bool {
        true
    }

    fn supports_table_versioning(&self) -> bool {
        true
    }

    fn supports_group_by_expr(&self) -> bool {
        true
    }

    fn supports_window_clause_named_window_reference(&self) -> bool {
        true
    }

    fn supports_string_literal_column_alias(&self, _explicit: bool) -> bool {
        false
    }

    fn supports_named_fn_args_with_rarrow_operator(&self) -> bool {
        true
    }

    fn is_column_alias(&self, kw: &Keyword, parser: &mut Parser) -> bool {
        !RESERVED_FOR_COLUMN_ALIAS.contains(kw) && !alias_is_flink_reserved(parser)
    }

    fn is_select_item_alias(&self, explicit: bool, kw: &Keyword, parser: &mut Parser) -> bool {
        explicit || self.is_column_alias(kw, parser)
    }

    fn is_table_alias(&self, kw: &Keyword, parser: &mut Parser) -> bool {
        !RESERVED_FOR_TABLE_ALIAS.contains(kw) && !alias_is_flink_reserved(parser)
    }

    fn is_table_factor_alias(&self, explicit: bool, kw: &Keyword, parser: &mut Parser) -> bool {
        explicit || self.is_table_alias(kw, parser)
    }

    fn is_reserved_for_identifier(&self, kw: Keyword) -> bool {
        keywords::is_reserved(keyword_text(kw))
    }

    fn get_next_precedence(&self, parser: &Parser) -> Option<Result<u8, ParserError>> {
        use sqlparser::tokenizer::Token;
        let t = &parser.peek_token_ref().token;
        // Operators of other dialects end a Flink expression (the token is then reported).
        let foreign = match t {
            Token::Word(w) if w.quote_style.is_none() => {
                let upper = w.value.to_ascii_uppercase();
                (upper == "NOT" && crate::grammar::cursor::is_word(&parser.peek_nth_token_ref(1).token, "NULL"))
                    || [
                        "RLIKE", "REGEXP", "GLOB", "MATCH", "MEMBER", "XOR", "DIV", "NOTNULL", "ISNULL", "ILIKE",
                        "COLLATE",
                    ]
                    .contains(&upper.as_str())
                    || (upper == "NOT"
                        && ["RLIKE", "REGEXP", "ILIKE"]
                            .iter()
                            .any(|k| crate::grammar::cursor::is_word(&parser.peek_nth_token_ref(1).token, k)))
            }
            Token::DoubleColon
            | Token::Colon
            | Token::Arrow
            | Token::LongArrow
            | Token::HashArrow
            | Token::HashLongArrow
            | Token::AtArrow
            | Token::ArrowAt
            | Token::Spaceship
            | Token::Ampersand
            | Token::Pipe
            | Token::Caret
            | Token::ExclamationMark
            | Token::Sharp
            | Token::AtSign => true,
            _ => false,
        };
        if foreign {
            return Some(Ok(0));
        }
        infix::next_precedence(self, parser).map(Ok)
    }

    fn parse_infix(&self, parser: &mut Parser, expr: &Expr, _precedence: u8) -> Option<Result<Expr, ParserError>> {
        infix::flink_infix_hook(self, parser, expr)
    }

    fn parse_data_type(&self, parser: &mut Parser) -> Option<Result<DataType, ParserError>> {
        data_type::cast_target_hook(parser)
    }

    fn parse_prefix(&self, parser: &mut Parser) -> Option<Result<Expr, ParserError>> {
        prefix::flink_prefix_hook(parser)
    }
}
