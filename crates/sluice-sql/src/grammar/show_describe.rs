//! `SHOW …`, `DESCRIBE …`, `USE …`, modules and jars.

use sqlparser::parser::ParserError;
use sqlparser::tokenizer::Token;

use super::StmtParser;
use super::cursor::{Cursor, compound, ident, options, string};
use crate::ast::*;

impl StmtParser<'_> {
    pub(super) fn show(&mut self) -> Result<Statement, ParserError> {
        self.p.expect_kw("SHOW")?;
        let p = &mut self.p;
        let (kind, from_allowed, like_allowed) = if p.eat("CATALOGS") {
            (ShowKind::Catalogs, false, false)
        } else if p.eat_all(&["CURRENT", "CATALOG"]) {
            (ShowKind::CurrentCatalog, false, false)
        } else if p.eat_all(&["CURRENT", "DATABASE"]) {
            (ShowKind::CurrentDatabase, false, false)
        } else if p.eat("DATABASES") {
            (ShowKind::Databases, true, true)
        } else if p.eat("TABLES") {
            (ShowKind::Tables, true, true)
        } else if p.eat("VIEWS") {
            (ShowKind::Views, false, false)
        } else if p.eat("FUNCTIONS") {
            (ShowKind::Functions { user: false }, true, true)
        } else if p.eat_all(&["USER", "FUNCTIONS"]) {
            (ShowKind::Functions { user: true }, true, true)
        } else if p.eat("PROCEDURES") {
            (ShowKind::Procedures, true, true)
        } else if p.eat("MODULES") {
            (ShowKind::Modules { full: false }, false, false)
        } else if p.eat_all(&["FULL", "MODULES"]) {
            (ShowKind::Modules { full: true }, false, false)
        } else if p.eat("JARS") {
            (ShowKind::Jars, false, false)
        } else if p.eat("JOBS") {
            (ShowKind::Jobs, false, false)
        } else if p.eat("COLUMNS") {
            let is_from = if p.eat("FROM") {
                true
            } else {
                p.expect_kw("IN")?;
                false
            };
            let table = compound(p, self.loc)?;
            let like = self.like_filter(false)?;
            return Ok(Statement::Show(Show { kind: ShowKind::Columns, from: Some((is_from, table)), like }));
        } else if p.eat_all(&["CREATE", "TABLE"]) {
            (ShowKind::CreateTable(compound(p, self.loc)?), false, false)
        } else if p.eat_all(&["CREATE", "VIEW"]) {
            (ShowKind::CreateView(compound(p, self.loc)?), false, false)
        } else if p.eat_all(&["CREATE", "CATALOG"]) {
            (ShowKind::CreateCatalog(ident(p, self.loc)?), false, false)
        } else if p.eat("PARTITIONS") {
            let table = compound(p, self.loc)?;
            let spec = if self.p.at("PARTITION") { self.partition_spec()? } else { Vec::new() };
            (ShowKind::Partitions(table, spec), false, false)
        } else if p.at("MODELS")
            || p.at_all(&["CREATE", "MODEL"])
            || p.at_all(&["CREATE", "MATERIALIZED"])
            || p.at("MATERIALIZED")
        {
            return Ok(self.unsupported("SHOW MODELS / MATERIALIZED TABLES"));
        } else {
            return p.unexpected();
        };
        let mut from = None;
        if from_allowed && (self.p.at("FROM") || self.p.at("IN")) {
            let is_from = self.p.eat("FROM");
            if !is_from {
                self.p.next_token();
            }
            let name = compound(&mut self.p, self.loc)?;
            from = Some((is_from, name));
        }
        let ilike_allowed = !matches!(kind, ShowKind::Tables);
        let like = if like_allowed { self.like_filter(ilike_allowed)? } else { None };
        Ok(Statement::Show(Show { kind, from, like }))
    }

    fn like_filter(&mut self, ilike_allowed: bool) -> Result<Option<LikeFilter>, ParserError> {
        let not = self.p.eat("NOT");
        let ilike = if self.p.eat("LIKE") {
            false
        } else if ilike_allowed && self.p.eat("ILIKE") {
            true
        } else if not {
            return self.p.unexpected();
        } else {
            return Ok(None);
        };
        Ok(Some(LikeFilter { not, ilike, pattern: string(&mut self.p, self.loc)? }))
    }

    pub(super) fn describe(&mut self) -> Result<Statement, ParserError> {
        self.p.next_token();
        if self.p.eat("CATALOG") {
            let extended = self.p.eat("EXTENDED");
            let c = ident(&mut self.p, self.loc)?;
            return Ok(Statement::Describe(Describe { extended, target: DescribeTarget::Catalog(c) }));
        }
        if self.p.eat("DATABASE") {
            let extended = self.p.eat("EXTENDED");
            let d = compound(&mut self.p, self.loc)?;
            return Ok(Statement::Describe(Describe { extended, target: DescribeTarget::Database(d) }));
        }
        if self.p.eat("FUNCTION") {
            let extended = self.p.eat("EXTENDED");
            let f = compound(&mut self.p, self.loc)?;
            return Ok(Statement::Describe(Describe { extended, target: DescribeTarget::Function(f) }));
        }
        if self.p.eat("JOB") {
            let id = string(&mut self.p, self.loc)?;
            return Ok(Statement::Describe(Describe { extended: false, target: DescribeTarget::Job(id) }));
        }
        if self.p.at("MODEL") {
            return Ok(self.unsupported("DESCRIBE MODEL"));
        }
        let extended = self.p.eat("EXTENDED");
        let t = compound(&mut self.p, self.loc)?;
        Ok(Statement::Describe(Describe { extended, target: DescribeTarget::Table(t) }))
    }

    pub(super) fn use_(&mut self) -> Result<Statement, ParserError> {
        self.p.expect_kw("USE")?;
        if self.p.eat("CATALOG") {
            return Ok(Statement::UseCatalog(ident(&mut self.p, self.loc)?));
        }
        if self.p.eat("MODULES") {
            let mut modules = vec![ident(&mut self.p, self.loc)?];
            while self.p.consume_token(&Token::Comma) {
                modules.push(ident(&mut self.p, self.loc)?);
            }
            return Ok(Statement::UseModules(modules));
        }
        Ok(Statement::Use(compound(&mut self.p, self.loc)?))
    }

    pub(super) fn module(&mut self) -> Result<Statement, ParserError> {
        if self.p.eat("LOAD") {
            self.p.expect_kw("MODULE")?;
            let name = ident(&mut self.p, self.loc)?;
            let opts = if self.p.eat("WITH") { options(&mut self.p, self.loc)? } else { Vec::new() };
            return Ok(Statement::LoadModule { name, options: opts });
        }
        self.p.expect_kw("UNLOAD")?;
        self.p.expect_kw("MODULE")?;
        Ok(Statement::UnloadModule(ident(&mut self.p, self.loc)?))
    }

    pub(super) fn jar(&mut self) -> Result<Statement, ParserError> {
        let add = self.p.eat("ADD");
        if !add {
            self.p.expect_kw("REMOVE")?;
        }
        self.p.expect_kw("JAR")?;
        let path = string(&mut self.p, self.loc)?;
        Ok(if add { Statement::AddJar(path) } else { Statement::RemoveJar(path) })
    }
}
