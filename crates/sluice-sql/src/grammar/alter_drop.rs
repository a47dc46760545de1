//! `DROP …` and `ALTER TABLE | VIEW | DATABASE …`.

use sqlparser::parser::ParserError;
use sqlparser::tokenizer::Token;

use super::StmtParser;
use super::cursor::{Cursor, compound, ident, options, string};
use crate::ast::*;

impl StmtParser<'_> {
    pub(super) fn drop(&mut self) -> Result<Statement, ParserError> {
        self.p.expect_kw("DROP")?;
        let temporary = self.p.eat("TEMPORARY");
        let system = temporary && self.p.eat("SYSTEM");
        let kind = if self.p.eat("TABLE") {
            DropKind::Table
        } else if self.p.eat("VIEW") {
            DropKind::View
        } else if self.p.eat("FUNCTION") {
            DropKind::Function
        } else if !temporary && self.p.eat("DATABASE") {
            DropKind::Database
        } else if !temporary && self.p.eat("CATALOG") {
            DropKind::Catalog
        } else if !temporary && self.p.at_all(&["MATERIALIZED", "TABLE"]) {
            return Ok(self.unsupported("DROP MATERIALIZED TABLE"));
        } else if !temporary && self.p.at("MODEL") {
            return Ok(self.unsupported("DROP MODEL"));
        } else {
            return self.p.unexpected();
        };
        if system && kind != DropKind::Function {
            return self.p.unexpected();
        }
        let if_exists = self.p.eat_all(&["IF", "EXISTS"]);
        let name = if kind == DropKind::Catalog {
            ObjectName(vec![ident(&mut self.p, self.loc)?])
        } else {
            compound(&mut self.p, self.loc)?
        };
        let mut cascade = false;
        if kind == DropKind::Database {
            if self.p.eat("CASCADE") {
                cascade = true;
            } else {
                self.p.eat("RESTRICT");
            }
        }
        Ok(Statement::Drop(Drop { kind, temporary, system, if_exists, name, cascade }))
    }

    pub(super) fn alter(&mut self) -> Result<Statement, ParserError> {
        self.p.expect_kw("ALTER")?;
        if self.p.eat("TABLE") {
            return self.alter_table();
        }
        if self.p.eat("VIEW") {
            let name = compound(&mut self.p, self.loc)?;
            let action = if self.p.eat_all(&["RENAME", "TO"]) {
                AlterViewAction::RenameTo(compound(&mut self.p, self.loc)?)
            } else {
                self.p.expect_kw("AS")?;
                AlterViewAction::As(self.query()?)
            };
            return Ok(Statement::AlterView(AlterView { name, action }));
        }
        if self.p.eat("DATABASE") {
            let name = compound(&mut self.p, self.loc)?;
            self.p.expect_kw("SET")?;
            let set = options(&mut self.p, self.loc)?;
            return Ok(Statement::AlterDatabase(AlterDatabase { name, set }));
        }
        for kws in [&["CATALOG"][..], &["FUNCTION"], &["TEMPORARY"], &["MATERIALIZED", "TABLE"], &["MODEL"]] {
            if self.p.at_all(kws) {
                return Ok(self.unsupported(&format!("ALTER {}", kws.join(" "))));
            }
        }
        self.p.unexpected()
    }

    fn alter_table(&mut self) -> Result<Statement, ParserError> {
        let if_exists = self.p.eat_all(&["IF", "EXISTS"]);
        let name = compound(&mut self.p, self.loc)?;
        let action = if self.p.eat("RENAME") {
            if self.p.eat("TO") {
                AlterTableAction::RenameTo(compound(&mut self.p, self.loc)?)
            } else {
                let from = ident(&mut self.p, self.loc)?;
                self.p.expect_kw("TO")?;
                AlterTableAction::RenameColumn(from, ident(&mut self.p, self.loc)?)
            }
        } else if self.p.eat("SET") {
            AlterTableAction::Set(options(&mut self.p, self.loc)?)
        } else if self.p.eat("RESET") {
            self.p.expect_tok(&Token::LParen)?;
            let mut keys = Vec::new();
            if !self.p.consume_token(&Token::RParen) {
                loop {
                    keys.push(string(&mut self.p, self.loc)?);
                    if !self.p.consume_token(&Token::Comma) {
                        break;
                    }
                }
                self.p.expect_tok(&Token::RParen)?;
            }
            AlterTableAction::Reset(keys)
        } else if self.p.at("ADD") || self.p.at("MODIFY") {
            let add = self.p.eat("ADD");
            if !add {
                self.p.next_token();
            }
            if add && (self.p.at("PARTITION") || self.p.at_all(&["IF", "NOT", "EXISTS"])) {
                return Ok(self.partition_action());
            }
            let elements = self.alter_elements()?;
            if add { AlterTableAction::Add(elements) } else { AlterTableAction::Modify(elements) }
        } else if self.p.eat("DROP") {
            if self.p.eat_all(&["PRIMARY", "KEY"]) {
                AlterTableAction::DropPrimaryKey
            } else if self.p.eat("CONSTRAINT") {
                AlterTableAction::DropConstraint(ident(&mut self.p, self.loc)?)
            } else if self.p.eat("WATERMARK") {
                AlterTableAction::DropWatermark
            } else if self.p.eat("DISTRIBUTION") {
                AlterTableAction::DropDistribution
            } else if self.p.at("PARTITION") || self.p.at_all(&["IF", "EXISTS"]) {
                return Ok(self.partition_action());
            } else if self.p.consume_token(&Token::LParen) {
                let mut cols = vec![ident(&mut self.p, self.loc)?];
                while self.p.consume_token(&Token::Comma) {
                    cols.push(ident(&mut self.p, self.loc)?);
                }
                self.p.expect_tok(&Token::RParen)?;
                AlterTableAction::DropColumns(cols)
            } else {
                AlterTableAction::DropColumns(vec![ident(&mut self.p, self.loc)?])
            }
        } else if self.p.at("PARTITION") || self.p.at("COMPACT") {
            return Ok(self.partition_action());
        } else {
            return self.p.unexpected();
        };
        Ok(Statement::AlterTable(AlterTable { if_exists, name, action }))
    }

    /// Partition operations need a partition-aware catalog; kept as text.
    fn partition_action(&mut self) -> Statement {
        self.unsupported("ALTER TABLE PARTITION")
    }

    fn alter_elements(&mut self) -> Result<Vec<AlterElement>, ParserError> {
        if self.p.consume_token(&Token::LParen) {
            let mut out = vec![self.alter_element()?];
            while self.p.consume_token(&Token::Comma) {
                out.push(self.alter_element()?);
            }
            self.p.expect_tok(&Token::RParen)?;
            Ok(out)
        } else {
            Ok(vec![self.alter_element()?])
        }
    }

    fn alter_element(&mut self) -> Result<AlterElement, ParserError> {
        if self.p.at("WATERMARK") {
            return Ok(AlterElement::Watermark(self.watermark()?));
        }
        if self.p.at("CONSTRAINT") || self.p.at("PRIMARY") || self.p.at("UNIQUE") {
            return Ok(AlterElement::Constraint(self.table_constraint()?));
        }
        if self.p.at("DISTRIBUTION") {
            return Ok(AlterElement::Distribution(self.distribution("DISTRIBUTION")?));
        }
        let column = self.column()?;
        let position = if self.p.eat("FIRST") {
            ColumnPosition::First
        } else if self.p.eat("AFTER") {
            ColumnPosition::After(ident(&mut self.p, self.loc)?)
        } else {
            ColumnPosition::Default
        };
        Ok(AlterElement::Column(column, position))
    }
}
