//! `CREATE [OR REPLACE] [TEMPORARY] TABLE` with its elements and clauses in Flink's fixed
//! order: `(elements) COMMENT DISTRIBUTED PARTITIONED BY WITH (LIKE | AS)`.

use sqlparser::ast::Expr;
use sqlparser::parser::ParserError;
use sqlparser::tokenizer::Token;

use super::StmtParser;
use super::cursor::{Cursor, compound, ident, options, paren_idents, string};
use super::data_type::{TypeContext, parse_type};
use crate::ast::*;
use crate::error::own_error;

impl StmtParser<'_> {
    /// `CREATE …` and `REPLACE TABLE …`.
    pub(super) fn create(&mut self) -> Result<Statement, ParserError> {
        let replace = if self.p.eat("REPLACE") {
            ReplaceMode::Replace
        } else {
            self.p.expect_kw("CREATE")?;
            if self.p.eat_all(&["OR", "REPLACE"]) { ReplaceMode::CreateOrReplace } else { ReplaceMode::None }
        };
        let temporary = replace != ReplaceMode::Replace && self.p.eat("TEMPORARY");
        if replace == ReplaceMode::Replace || self.p.at("TABLE") {
            return Ok(Statement::CreateTable(Box::new(self.create_table(replace, temporary)?)));
        }
        if self.p.at("VIEW") {
            return Ok(Statement::CreateView(Box::new(self.create_view(replace, temporary)?)));
        }
        if self.p.at("FUNCTION") || (temporary && self.p.at_all(&["SYSTEM", "FUNCTION"])) {
            return self.create_function(temporary);
        }
        if !temporary && replace == ReplaceMode::None {
            if self.p.at("DATABASE") {
                return self.create_database();
            }
            if self.p.at("CATALOG") {
                return self.create_catalog();
            }
            if self.p.at_all(&["MATERIALIZED", "TABLE"]) {
                return Ok(self.unsupported("CREATE MATERIALIZED TABLE"));
            }
            if self.p.at("MODEL") {
                return Ok(self.unsupported("CREATE MODEL"));
            }
        }
        self.p.unexpected()
    }

    fn create_table(&mut self, replace: ReplaceMode, temporary: bool) -> Result<CreateTable, ParserError> {
        self.p.expect_kw("TABLE")?;
        let if_not_exists = replace != ReplaceMode::Replace && self.p.eat_all(&["IF", "NOT", "EXISTS"]);
        let name = compound(&mut self.p, self.loc)?;
        let mut elements = Vec::new();
        if self.p.consume_token(&Token::LParen) {
            let mut watermarks = 0;
            loop {
                let e = self.table_element()?;
                if let TableElement::Watermark(_) = &e {
                    watermarks += 1;
                    if watermarks > 1 {
                        let at = self.p.get_current_token().span.start;
                        return Err(own_error(
                            "SQL parse failed. Multiple WATERMARK statements is not supported yet.",
                            at,
                        ));
                    }
                }
                elements.push(e);
                if !self.p.consume_token(&Token::Comma) {
                    break;
                }
            }
            self.p.expect_tok(&Token::RParen)?;
        }
        let comment = if self.p.eat("COMMENT") { Some(string(&mut self.p, self.loc)?) } else { None };
        let distribution = if self.p.at("DISTRIBUTED") { Some(self.distribution("DISTRIBUTED")?) } else { None };
        let partitioned_by =
            if self.p.eat_all(&["PARTITIONED", "BY"]) { paren_idents(&mut self.p, self.loc)? } else { Vec::new() };
        let with = if self.p.eat("WITH") { Some(options(&mut self.p, self.loc)?) } else { None };
        let mut like = None;
        let mut as_query = None;
        if replace == ReplaceMode::None && self.p.at("LIKE") {
            like = Some(self.like_clause()?);
        } else if self.p.eat("AS") {
            as_query = Some(self.query()?);
        } else if replace == ReplaceMode::Replace {
            return self.p.unexpected();
        }
        Ok(CreateTable {
            replace,
            temporary,
            if_not_exists,
            name,
            elements,
            comment,
            distribution,
            partitioned_by,
            with,
            like,
            as_query,
        })
    }

    /// `DISTRIBUTED|DISTRIBUTION BY [HASH|RANGE] (cols) [INTO n BUCKETS]` or `… INTO n BUCKETS`.
    pub(super) fn distribution(&mut self, keyword: &str) -> Result<Distribution, ParserError> {
        let start = self.p.expect_kw(keyword)?.span;
        let mut kind = None;
        let mut columns = Vec::new();
        let by = self.p.eat("BY");
        if by {
            if self.p.eat("HASH") {
                kind = Some(DistributionKind::Hash);
            } else if self.p.eat("RANGE") {
                kind = Some(DistributionKind::Range);
            }
            columns = paren_idents(&mut self.p, self.loc)?;
        }
        let buckets = if self.p.eat("INTO") {
            // Any unsigned integer parses; Flink reads it as a Java int (see the planner).
            let t = self.p.peek_token_ref().clone();
            let digits = match &t.token {
                Token::Number(n, false) if n.bytes().all(|b| b.is_ascii_digit()) => n.clone(),
                _ => return self.p.unexpected(),
            };
            self.p.next_token();
            self.p.expect_kw("BUCKETS")?;
            Some(digits)
        } else if !by {
            return self.p.unexpected();
        } else {
            None
        };
        let end = self.p.get_current_token().span;
        Ok(Distribution { kind, columns, buckets, span: NodeSpan(self.loc.span(start.union(&end))) })
    }

    fn like_clause(&mut self) -> Result<LikeClause, ParserError> {
        let start = self.p.expect_kw("LIKE")?.span;
        let source = compound(&mut self.p, self.loc)?;
        let mut opts = Vec::new();
        if self.p.consume_token(&Token::LParen) {
            loop {
                let t = self.p.peek_token_ref().span;
                let strategy = if self.p.eat("INCLUDING") {
                    MergeStrategy::Including
                } else if self.p.eat("EXCLUDING") {
                    MergeStrategy::Excluding
                } else if self.p.eat("OVERWRITING") {
                    MergeStrategy::Overwriting
                } else if opts.is_empty() {
                    return self.p.unexpected();
                } else {
                    break;
                };
                let feature = match super::cursor_word(&self.p.peek_token_ref().token).to_ascii_uppercase().as_str() {
                    "ALL" => LikeFeature::All,
                    "CONSTRAINTS" => LikeFeature::Constraints,
                    "DISTRIBUTION" => LikeFeature::Distribution,
                    "GENERATED" => LikeFeature::Generated,
                    "METADATA" => LikeFeature::Metadata,
                    "OPTIONS" => LikeFeature::Options,
                    "PARTITIONS" => LikeFeature::Partitions,
                    "WATERMARKS" => LikeFeature::Watermarks,
                    _ => return self.p.unexpected(),
                };
                let end = self.p.next_token().span;
                opts.push(LikeOption { strategy, feature, span: NodeSpan(self.loc.span(t.union(&end))) });
            }
            self.p.expect_tok(&Token::RParen)?;
        }
        let end = self.p.get_current_token().span;
        Ok(LikeClause { source, options: opts, span: NodeSpan(self.loc.span(start.union(&end))) })
    }

    /// One element of a CREATE TABLE list.
    fn table_element(&mut self) -> Result<TableElement, ParserError> {
        if self.p.at("WATERMARK") {
            return Ok(TableElement::Watermark(self.watermark()?));
        }
        if self.p.at("CONSTRAINT") || self.p.at("PRIMARY") || self.p.at("UNIQUE") {
            return Ok(TableElement::Constraint(self.table_constraint()?));
        }
        Ok(TableElement::Column(self.column()?))
    }

    /// `WATERMARK FOR col AS expr`.
    pub(super) fn watermark(&mut self) -> Result<Watermark, ParserError> {
        let start = self.p.expect_kw("WATERMARK")?.span;
        self.p.expect_kw("FOR")?;
        let column = compound(&mut self.p, self.loc)?;
        self.p.expect_kw("AS")?;
        let expr = self.non_query_expr()?;
        let end = self.p.get_current_token().span;
        Ok(Watermark { column, expr, span: NodeSpan(self.loc.span(start.union(&end))) })
    }

    /// An expression where a query is not allowed (computed columns, watermarks).
    fn non_query_expr(&mut self) -> Result<Expr, ParserError> {
        let start = self.p.peek_token_ref().span.start;
        let expr = self.p.parse_expr()?;
        if contains_subquery(&expr) {
            return Err(own_error("SQL parse failed. Query expression encountered in illegal context", start));
        }
        Ok(expr)
    }

    fn enforcement(&mut self) -> Enforcement {
        if self.p.eat_all(&["NOT", "ENFORCED"]) {
            Enforcement::NotEnforced
        } else if self.p.eat("ENFORCED") {
            Enforcement::Enforced
        } else {
            Enforcement::Unspecified
        }
    }

    fn constraint_kind(&mut self) -> Result<ConstraintKind, ParserError> {
        if self.p.eat_all(&["PRIMARY", "KEY"]) {
            Ok(ConstraintKind::PrimaryKey)
        } else if self.p.eat("UNIQUE") {
            Ok(ConstraintKind::Unique)
        } else {
            self.p.unexpected()
        }
    }

    /// `[CONSTRAINT n] PRIMARY KEY|UNIQUE (cols) [[NOT] ENFORCED]`.
    pub(super) fn table_constraint(&mut self) -> Result<TableConstraint, ParserError> {
        let start = self.p.peek_token_ref().span;
        let name = if self.p.eat("CONSTRAINT") { Some(ident(&mut self.p, self.loc)?) } else { None };
        let kind = self.constraint_kind()?;
        let columns = paren_idents(&mut self.p, self.loc)?;
        let enforcement = self.enforcement();
        let end = self.p.get_current_token().span;
        Ok(TableConstraint { name, kind, columns, enforcement, span: NodeSpan(self.loc.span(start.union(&end))) })
    }

    /// A physical, metadata or computed column.
    pub(super) fn column(&mut self) -> Result<ColumnDef, ParserError> {
        let start = self.p.peek_token_ref().span;
        let name = ident(&mut self.p, self.loc)?;
        let kind = if self.p.eat("AS") {
            ColumnDefKind::Computed { expr: self.non_query_expr()? }
        } else {
            let ty = parse_type(&mut self.p, self.loc, TypeContext::Column)?;
            if self.p.eat("METADATA") {
                let from = if self.p.eat("FROM") { Some(string(&mut self.p, self.loc)?) } else { None };
                let is_virtual = self.p.eat("VIRTUAL");
                ColumnDefKind::Metadata { ty, from, is_virtual }
            } else {
                let constraint = if self.p.at("CONSTRAINT") || self.p.at("PRIMARY") || self.p.at("UNIQUE") {
                    let c_start = self.p.peek_token_ref().span;
                    let cname = if self.p.eat("CONSTRAINT") { Some(ident(&mut self.p, self.loc)?) } else { None };
                    let ckind = self.constraint_kind()?;
                    let enforcement = self.enforcement();
                    let c_end = self.p.get_current_token().span;
                    Some(ColumnConstraint {
                        name: cname,
                        kind: ckind,
                        enforcement,
                        span: NodeSpan(self.loc.span(c_start.union(&c_end))),
                    })
                } else {
                    None
                };
                ColumnDefKind::Physical { ty, constraint }
            }
        };
        let comment = if self.p.eat("COMMENT") { Some(string(&mut self.p, self.loc)?) } else { None };
        let end = self.p.get_current_token().span;
        Ok(ColumnDef { name, kind, comment, span: NodeSpan(self.loc.span(start.union(&end))) })
    }
}

/// Whether an expression contains a subquery anywhere.
fn contains_subquery(expr: &Expr) -> bool {
    let text = serde_json::to_value(expr).unwrap_or_default();
    fn walk(v: &serde_json::Value) -> bool {
        match v {
            serde_json::Value::Object(m) => {
                m.contains_key("Subquery")
                    || m.contains_key("InSubquery")
                    || m.contains_key("Exists")
                    || m.values().any(walk)
            }
            serde_json::Value::Array(a) => a.iter().any(walk),
            _ => false,
        }
    }
    walk(&text)
}
