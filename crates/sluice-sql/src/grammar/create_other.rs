//! `CREATE VIEW`, `CREATE DATABASE`, `CREATE CATALOG` and `CREATE FUNCTION`.

use sqlparser::parser::ParserError;
use sqlparser::tokenizer::Token;

use super::StmtParser;
use super::cursor::{Cursor, compound, ident, options, paren_idents, string};
use crate::ast::*;

impl StmtParser<'_> {
    pub(super) fn create_view(&mut self, replace: ReplaceMode, temporary: bool) -> Result<CreateView, ParserError> {
        self.p.expect_kw("VIEW")?;
        let if_not_exists = self.p.eat_all(&["IF", "NOT", "EXISTS"]);
        let name = compound(&mut self.p, self.loc)?;
        let columns = if self.p.peek_token_ref().token == Token::LParen {
            paren_idents(&mut self.p, self.loc)?
        } else {
            Vec::new()
        };
        let comment = if self.p.eat("COMMENT") { Some(string(&mut self.p, self.loc)?) } else { None };
        self.p.expect_kw("AS")?;
        let query = self.query()?;
        Ok(CreateView {
            or_replace: replace == ReplaceMode::CreateOrReplace,
            temporary,
            if_not_exists,
            name,
            columns,
            comment,
            query,
        })
    }

    pub(super) fn create_database(&mut self) -> Result<Statement, ParserError> {
        self.p.expect_kw("DATABASE")?;
        let if_not_exists = self.p.eat_all(&["IF", "NOT", "EXISTS"]);
        let name = compound(&mut self.p, self.loc)?;
        let comment = if self.p.eat("COMMENT") { Some(string(&mut self.p, self.loc)?) } else { None };
        let with = if self.p.eat("WITH") { options(&mut self.p, self.loc)? } else { Vec::new() };
        Ok(Statement::CreateDatabase(CreateDatabase { if_not_exists, name, comment, with }))
    }

    pub(super) fn create_catalog(&mut self) -> Result<Statement, ParserError> {
        self.p.expect_kw("CATALOG")?;
        let if_not_exists = self.p.eat_all(&["IF", "NOT", "EXISTS"]);
        let name = ident(&mut self.p, self.loc)?;
        let comment = if self.p.eat("COMMENT") { Some(string(&mut self.p, self.loc)?) } else { None };
        let with = if self.p.eat("WITH") { options(&mut self.p, self.loc)? } else { Vec::new() };
        Ok(Statement::CreateCatalog(CreateCatalog { if_not_exists, name, comment, with }))
    }

    pub(super) fn create_function(&mut self, temporary: bool) -> Result<Statement, ParserError> {
        let system = self.p.eat("SYSTEM");
        self.p.expect_kw("FUNCTION")?;
        let if_not_exists = self.p.eat_all(&["IF", "NOT", "EXISTS"]);
        let name = compound(&mut self.p, self.loc)?;
        self.p.expect_kw("AS")?;
        let class = string(&mut self.p, self.loc)?;
        let language = if self.p.eat("LANGUAGE") {
            let t = self.p.peek_token_ref().clone();
            match super::cursor_word(&t.token).to_ascii_uppercase().as_str() {
                l @ ("JAVA" | "SCALA" | "PYTHON" | "SQL") => {
                    self.p.next_token();
                    Some(l.to_string())
                }
                _ => return self.p.unexpected(),
            }
        } else {
            None
        };
        let mut jars = Vec::new();
        if self.p.eat("USING") {
            loop {
                self.p.expect_kw("JAR")?;
                jars.push(string(&mut self.p, self.loc)?);
                if !self.p.consume_token(&Token::Comma) {
                    break;
                }
            }
        }
        Ok(Statement::CreateFunction(CreateFunction { temporary, system, if_not_exists, name, class, language, jars }))
    }
}
