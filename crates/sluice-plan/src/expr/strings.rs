//! Result types of Flink 1.20's string built-ins: case, length, trimming, padding,
//! concatenation, search and replace, hashes, encodings (each checked against the planner
//! for lengths and nullability).

use sluice_common::types::MAX_LENGTH;
use sluice_common::{DataType, Diagnostic, TypeKind};
use sqlparser::ast::Expr;

use super::ExprTyper;
use super::functions::arity;
use crate::types::{n, nn, nullable_if_any, string};

/// The length of a character string type (STRING's for anything else).
fn length(ty: &DataType) -> u32 {
    ty.length().unwrap_or(MAX_LENGTH)
}

/// The type of a string built-in, `Ok(None)` when `name` is not one.
pub fn call(
    t: &ExprTyper<'_>,
    name: &str,
    types: &[DataType],
    _args: &[&Expr],
    e: &Expr,
) -> Result<Option<DataType>, Diagnostic> {
    let ar = |min, max| arity(t, e, name, types.len(), min, max);
    let all: Vec<&DataType> = types.iter().collect();
    let any_null = |kind: TypeKind| nullable_if_any(kind, &all);
    let first_nullable = types.first().is_none_or(|x| x.nullable);
    let result = match name {
        "UPPER" | "LOWER" | "INITCAP" => {
            ar(1, 1)?;
            types[0].clone()
        }
        "CHAR_LENGTH" | "CHARACTER_LENGTH" | "ASCII" | "LOCATE" | "INSTR" => {
            ar(1, if name == "INSTR" { 4 } else { 3 })?;
            any_null(TypeKind::Int)
        }
        "CONCAT" => {
            ar(1, usize::MAX)?;
            if types.iter().any(|x| !(x.is_character_string() || x.kind == TypeKind::Null)) {
                return Err(t.err(e, "Invalid function call:"));
            }
            any_null(TypeKind::VarChar(MAX_LENGTH))
        }
        "CONCAT_WS" => {
            ar(2, usize::MAX)?;
            if let Some(bad) = types.iter().find(|x| !(x.is_character_string() || x.kind == TypeKind::Null)) {
                return Err(t.err(
                    e,
                    format!(
                        "Cannot apply 'CONCAT_WS' to arguments of type 'CONCAT_WS(…<{}>…)'. Supported form(s): 'CONCAT_WS(<CHARACTER>, <CHARACTER>, …)'",
                        crate::types::family::calcite_name(bad)
                    ),
                ));
            }
            any_null(TypeKind::VarChar(MAX_LENGTH))
        }
        // Trimming and taking a prefix or suffix keep the input's length.
        "LTRIM" | "RTRIM" => {
            ar(1, 2)?;
            any_null(TypeKind::VarChar(length(&types[0])))
        }
        "LEFT" | "RIGHT" => {
            ar(2, 2)?;
            n(TypeKind::VarChar(length(&types[0])))
        }
        "SUBSTR" => {
            ar(2, 3)?;
            n(TypeKind::VarChar(length(&types[0])))
        }
        "REPEAT" | "REPLACE" | "LPAD" | "RPAD" => {
            ar(1, usize::MAX)?;
            any_null(TypeKind::VarChar(MAX_LENGTH))
        }
        "REGEXP_REPLACE" | "REGEXP_EXTRACT" | "SPLIT_INDEX" | "REVERSE" | "PARSE_URL" | "CHR" => {
            ar(1, usize::MAX)?;
            string(true)
        }
        "BIN" | "HEX" | "TO_BASE64" | "FROM_BASE64" => {
            ar(1, 1)?;
            string(first_nullable)
        }
        "MD5" => {
            ar(1, 1)?;
            any_null(TypeKind::Char(32))
        }
        "SHA1" => {
            ar(1, 1)?;
            any_null(TypeKind::Char(40))
        }
        "SHA224" | "SHA256" | "SHA384" | "SHA512" => {
            ar(1, 1)?;
            let bits: u32 = name[3..].parse().unwrap_or(256);
            any_null(TypeKind::Char(bits / 4))
        }
        "SHA2" => {
            ar(2, 2)?;
            any_null(TypeKind::VarChar(128))
        }
        "UUID" => {
            ar(0, 0)?;
            nn(TypeKind::Char(36))
        }
        "REGEXP" => {
            ar(2, 2)?;
            any_null(TypeKind::Boolean)
        }
        "IS_ALPHA" | "IS_DECIMAL" | "IS_DIGIT" => {
            ar(1, 1)?;
            nn(TypeKind::Boolean)
        }
        "DECODE" => {
            ar(2, usize::MAX)?;
            string(true)
        }
        "ENCODE" => {
            ar(2, 2)?;
            any_null(TypeKind::Binary(1))
        }
        "TYPEOF" => {
            ar(1, 2)?;
            string(true)
        }
        "STR_TO_MAP" => {
            ar(1, 3)?;
            n(TypeKind::Map(Box::new(string(true)), Box::new(string(true))))
        }
        "SPLIT" => {
            ar(2, 2)?;
            if !types.iter().all(|x| x.is_character_string() || x.kind == TypeKind::Null) {
                return Err(t.err(e, "Invalid function call:"));
            }
            any_null(TypeKind::Array(Box::new(string(true))))
        }
        _ => return Ok(None),
    };
    Ok(Some(result))
}
