//! SQL helpers: the tokenizer for StarRocks-only statements and the expression evaluator.

pub mod expr;
pub mod functions;
pub mod lexer;
