//! Databases, catalogs, functions, modules and jars; USE, SHOW and DESCRIBE.

use sluice_common::Diagnostic;
use sluice_sql::ast::{
    AlterDatabase, CreateCatalog, CreateDatabase, CreateFunction, Describe, DescribeTarget, Drop, Ident, ObjectName,
    Show, ShowKind, StringLit,
};

use super::{Outcome, Session, StatementContext};
use crate::catalog::{Catalog, Database};
use crate::identifier::{ObjectIdentifier, name_span};

impl Session {
    pub(super) fn create_database(
        &mut self,
        d: &CreateDatabase,
        ctx: &StatementContext<'_>,
    ) -> Result<Outcome, Diagnostic> {
        let id = self.catalog.names.database(&d.name)?;
        let span = name_span(&d.name, ctx.span);
        let Some(cat) = self.catalog.catalogs.get_mut(&id.catalog) else {
            return Err(Diagnostic::error(format!("Catalog {} does not exist", id.catalog), span));
        };
        if cat.databases.contains_key(&id.database) {
            if d.if_not_exists {
                return Ok(Outcome::ok());
            }
            return Err(Diagnostic::error(
                format!("Could not execute CREATE DATABASE: (catalogDatabase: [{{}}], catalogName: [{}], databaseName: [{}], ignoreIfExists: [false])", id.catalog, id.database),
                span,
            )
            .with_note(format!("Database {} already exists in Catalog {}.", id.database, id.catalog)));
        }
        cat.databases.insert(
            id.database.clone(),
            Database { comment: d.comment.as_ref().map(|c| c.value.clone()), ..Default::default() },
        );
        Ok(Outcome::ok())
    }

    pub(super) fn alter_database(
        &mut self,
        d: &AlterDatabase,
        ctx: &StatementContext<'_>,
    ) -> Result<Outcome, Diagnostic> {
        let id = self.catalog.names.database(&d.name)?;
        if self.catalog.database(&id).is_none() {
            return Err(Diagnostic::error(
                format!("Database {} doesn't exist in catalog {}.", id.database, id.catalog),
                name_span(&d.name, ctx.span),
            ));
        }
        Ok(Outcome::ok())
    }

    pub(super) fn drop_database(&mut self, d: &Drop, ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        let id = self.catalog.names.database(&d.name)?;
        let span = name_span(&d.name, ctx.span);
        let mode = if d.cascade { "CASCADE" } else { "RESTRICT" };
        let failure = |cause: String| {
            Diagnostic::error(format!("Could not execute DROP DATABASE {}.{} {mode}", id.catalog, id.database), span)
                .with_note(cause)
        };
        let Some(cat) = self.catalog.catalogs.get(&id.catalog) else {
            return Err(failure(format!("Catalog {} does not exist", id.catalog)));
        };
        let Some(db) = cat.databases.get(&id.database) else {
            if d.if_exists {
                return Ok(Outcome::ok());
            }
            return Err(failure(format!("Database {} does not exist in Catalog {}.", id.database, id.catalog)));
        };
        if self.catalog.names.current_catalog == id.catalog && self.catalog.names.current_database == id.database {
            return Err(Diagnostic::error("Cannot drop a database which is currently in use.", span));
        }
        if !d.cascade && (!db.objects.is_empty() || !db.functions.is_empty()) {
            return Err(failure(format!("Database {} in catalog {} is not empty.", id.database, id.catalog)));
        }
        if let Some(cat) = self.catalog.catalogs.get_mut(&id.catalog) {
            cat.databases.remove(&id.database);
        }
        Ok(Outcome::ok())
    }

    pub(super) fn create_catalog(
        &mut self,
        c: &CreateCatalog,
        ctx: &StatementContext<'_>,
    ) -> Result<Outcome, Diagnostic> {
        let name = c.name.value.clone();
        let span = c.name.span();
        if self.catalog.catalogs.contains_key(&name) {
            if c.if_not_exists {
                return Ok(Outcome::ok());
            }
            return Err(Diagnostic::error(format!("Catalog {name} already exists."), span));
        }
        let kind = c.with.iter().find(|o| o.key.value == "type").map(|o| o.value.value.as_str());
        match kind {
            Some("generic_in_memory") => {
                let default_db = c
                    .with
                    .iter()
                    .find(|o| o.key.value == "default-database")
                    .map(|o| o.value.value.clone())
                    .unwrap_or_else(|| "default".to_string());
                self.catalog.catalogs.insert(name, Catalog::new(&default_db));
                Ok(Outcome::ok())
            }
            Some(other) => Err(Diagnostic::error(format!("Unable to create catalog '{name}'."), span).with_note(format!(
                "Could not find any factory for identifier '{other}' that implements 'org.apache.flink.table.factories.CatalogFactory' in the classpath."
            ))),
            None => Err(Diagnostic::error(format!("Unable to create catalog '{name}'."), ctx.span)
                .with_note("Catalog options do not contain an option key 'type' for discovering a catalog.")
                .with_help("add 'type' = 'generic_in_memory'")),
        }
    }

    pub(super) fn drop_catalog(&mut self, d: &Drop, ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        let name = d.name.object().to_string();
        let span = name_span(&d.name, ctx.span);
        if !self.catalog.catalogs.contains_key(&name) {
            if d.if_exists {
                return Ok(Outcome::ok());
            }
            return Err(Diagnostic::error(format!("Could not execute DROP CATALOG: (catalogName: [{name}])"), span)
                .with_note(format!("Catalog {name} does not exist.")));
        }
        if self.catalog.names.current_catalog == name {
            return Err(Diagnostic::error(format!("Could not execute DROP CATALOG: (catalogName: [{name}])"), span)
                .with_note("Cannot drop a catalog which is currently in use."));
        }
        self.catalog.catalogs.remove(&name);
        Ok(Outcome::ok())
    }

    pub(super) fn create_function(
        &mut self,
        f: &CreateFunction,
        ctx: &StatementContext<'_>,
    ) -> Result<Outcome, Diagnostic> {
        let span = name_span(&f.name, ctx.span);
        if f.temporary && !f.system {
            // Flink instantiates temporary catalog functions when they are registered.
            let id = self.catalog.names.object(&f.name)?.to_string();
            return Err(Diagnostic::error(
                format!("Could not register temporary catalog function '{id}' due to implementation errors."),
                span,
            )
            .with_note(format!(
                "the class '{}' must be on Flink's class path; sluice cannot load Java or Python functions",
                f.class.value
            )));
        }
        if f.system {
            let name = f.name.object().to_ascii_uppercase();
            if !self.catalog.temporary_system_functions.insert(name) && !f.if_not_exists {
                return Err(Diagnostic::error(
                    format!(
                        "Could not register temporary system function. A function named '{}' does already exist.",
                        f.name.object()
                    ),
                    span,
                ));
            }
            return Ok(Outcome::ok());
        }
        let id = self.catalog.names.object(&f.name)?;
        if f.temporary {
            if !self.catalog.temporary_functions.insert(id.clone()) && !f.if_not_exists {
                return Err(Diagnostic::error(
                    format!("Could not register temporary catalog function. A function '{id}' does already exist."),
                    span,
                ));
            }
            return Ok(Outcome::ok());
        }
        let db_id = crate::catalog::CatalogManager::database_of(&id);
        let Some(db) = self.catalog.database_mut(&db_id) else {
            return Err(Diagnostic::error(format!("Could not execute CREATE CATALOG FUNCTION: (catalogFunction: [Optional[{}]], identifier: [{}], ignoreIfExists: [{}], isTemporary: [false])", f.class.value, id.quoted(), f.if_not_exists), span)
                .with_note(format!("Database {} does not exist in Catalog {}.", id.database, id.catalog)));
        };
        if !db.functions.insert(id.object.clone()) && !f.if_not_exists {
            return Err(Diagnostic::error(format!("Could not execute CREATE CATALOG FUNCTION: (catalogFunction: [Optional[{}]], identifier: [{}], ignoreIfExists: [false], isTemporary: [false])", f.class.value, id.quoted()), span)
                .with_note(format!("Function {}.{} already exists in Catalog {}.", id.database, id.object, id.catalog)));
        }
        Ok(Outcome::ok())
    }

    pub(super) fn drop_function(&mut self, d: &Drop, ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        let span = name_span(&d.name, ctx.span);
        if d.system {
            let name = d.name.object().to_ascii_uppercase();
            if !self.catalog.temporary_system_functions.remove(&name) && !d.if_exists {
                return Err(Diagnostic::error(
                    format!(
                        "Could not drop temporary system function. A function named '{}' doesn't exist.",
                        d.name.object()
                    ),
                    span,
                ));
            }
            return Ok(Outcome::ok());
        }
        let id = self.catalog.names.object(&d.name)?;
        if d.temporary {
            if !self.catalog.temporary_functions.remove(&id) && !d.if_exists {
                return Err(Diagnostic::error(
                    format!("Temporary catalog function {} doesn't exist", id.quoted()),
                    span,
                ));
            }
            return Ok(Outcome::ok());
        }
        let removed = self
            .catalog
            .database_mut(&crate::catalog::CatalogManager::database_of(&id))
            .is_some_and(|db| db.functions.remove(&id.object));
        if !removed && !d.if_exists {
            return Err(Diagnostic::error(format!("Function {} doesn't exist.", id.quoted()), span));
        }
        Ok(Outcome::ok())
    }

    pub(super) fn use_catalog(&mut self, c: &Ident, _ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        let Some(cat) = self.catalog.catalogs.get(&c.value) else {
            return Err(Diagnostic::error(format!("A catalog with name [{}] does not exist.", c.value), c.span()));
        };
        let db = cat.default_database.clone();
        self.catalog.names.current_catalog = c.value.clone();
        self.catalog.names.current_database = db;
        Ok(Outcome::ok())
    }

    pub(super) fn use_database(
        &mut self,
        name: &ObjectName,
        ctx: &StatementContext<'_>,
    ) -> Result<Outcome, Diagnostic> {
        let id = self.catalog.names.database(name)?;
        let span = name_span(name, ctx.span);
        let Some(cat) = self.catalog.catalogs.get(&id.catalog) else {
            return Err(Diagnostic::error(format!("A catalog with name [{}] does not exist.", id.catalog), span));
        };
        if !cat.databases.contains_key(&id.database) {
            return Err(Diagnostic::error(
                format!("A database with name [{}] does not exist in the catalog: [{}].", id.database, id.catalog),
                span,
            ));
        }
        self.catalog.names.current_catalog = id.catalog;
        self.catalog.names.current_database = id.database;
        Ok(Outcome::ok())
    }

    pub(super) fn use_modules(
        &mut self,
        modules: &[Ident],
        _ctx: &StatementContext<'_>,
    ) -> Result<Outcome, Diagnostic> {
        let listed = || modules.iter().map(|m| m.value.clone()).collect::<Vec<_>>().join(", ");
        if let Some(m) =
            modules.iter().enumerate().find(|(i, m)| modules[..*i].iter().any(|o| o.value == m.value)).map(|(_, m)| m)
        {
            return Err(Diagnostic::error(
                format!("Could not execute USE MODULES: [{}]. Module '{}' appears more than once", listed(), m.value),
                m.span(),
            ));
        }
        for m in modules {
            if !self.modules.contains(&m.value) {
                return Err(Diagnostic::error(
                    format!(
                        "Could not execute USE MODULES: [{}]",
                        modules.iter().map(|m| m.value.clone()).collect::<Vec<_>>().join(", ")
                    ),
                    m.span(),
                )
                .with_note(format!("A module with name '{}' does not exist", m.value)));
            }
        }
        Ok(Outcome::ok())
    }

    pub(super) fn load_module(&mut self, name: &Ident, _ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        if self.modules.contains(&name.value) {
            return Err(Diagnostic::error(
                format!(
                    "Could not execute LOAD MODULE `{}`. A module with name '{}' already exists",
                    name.value, name.value
                ),
                name.span(),
            ));
        }
        if name.value != "core" {
            return Err(Diagnostic::error(format!("Could not execute LOAD MODULE `{}`. Unable to create module '{}'.", name.value, name.value), name.span())
                .with_note(format!("Could not find any factory for identifier '{}' that implements 'org.apache.flink.table.factories.ModuleFactory' in the classpath.", name.value)));
        }
        self.modules.push(name.value.clone());
        Ok(Outcome::ok())
    }

    pub(super) fn unload_module(&mut self, name: &Ident, _ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        let before = self.modules.len();
        self.modules.retain(|m| *m != name.value);
        if self.modules.len() == before {
            return Err(Diagnostic::error(
                format!(
                    "Could not execute UNLOAD MODULE `{}`. No module with name '{}' exists",
                    name.value, name.value
                ),
                name.span(),
            ));
        }
        Ok(Outcome::ok())
    }

    pub(super) fn add_jar(&mut self, path: &StringLit, _ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        let file = path.value.strip_prefix("file://").unwrap_or(&path.value);
        if !std::path::Path::new(file).exists() {
            return Err(Diagnostic::error(
                format!(
                    "Could not register the specified resource [ResourceUri{{resourceType=JAR, uri='{}'}}].",
                    path.value
                ),
                path.span(),
            ));
        }
        Ok(Outcome::ok())
    }

    pub(super) fn show(&mut self, s: &Show, ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        match &s.kind {
            ShowKind::Databases => {
                if let Some((_, cat)) = &s.from {
                    let name = cat.object();
                    if !self.catalog.catalogs.contains_key(name) {
                        return Err(Diagnostic::error(format!("Catalog {name} does not exist"), cat.span()));
                    }
                }
            }
            ShowKind::Functions { .. } => {
                if let Some((_, db)) = &s.from
                    && db.0.len() > 2
                {
                    return Err(Diagnostic::error(
                        format!(
                            "Show functions from/in identifier [ {} ] format error, it should be [catalog_name.]database_name.",
                            db.0.iter().map(|i| i.value.as_str()).collect::<Vec<_>>().join(".")
                        ),
                        db.span(),
                    ));
                }
            }
            ShowKind::Tables | ShowKind::Views | ShowKind::Procedures => {
                if let Some((_, db)) = &s.from {
                    let id = self.catalog.names.database(db)?;
                    if !self.catalog.catalogs.contains_key(&id.catalog) {
                        return Err(Diagnostic::error(format!("Catalog {} does not exist", id.catalog), db.span()));
                    }
                    if self.catalog.database(&id).is_none() && !matches!(s.kind, ShowKind::Functions { .. }) {
                        return Err(Diagnostic::error(
                            format!("Database '{}'.'{}' doesn't exist.", id.catalog, id.database),
                            db.span(),
                        ));
                    }
                }
                if matches!(s.kind, ShowKind::Procedures) {
                    return Err(Diagnostic::error(
                        "listProcedures is not implemented for class org.apache.flink.table.catalog.GenericInMemoryCatalog.",
                        ctx.span,
                    ));
                }
            }
            ShowKind::Columns => {
                if let Some((_, t)) = &s.from {
                    let id = self.catalog.names.object(t)?;
                    if self.catalog.lookup(&id).is_none() {
                        return Err(Diagnostic::error(
                            format!("Tables or views with the identifier '{id}' doesn't exist."),
                            t.span(),
                        ));
                    }
                }
            }
            ShowKind::CreateTable(t) => {
                let id = self.catalog.names.object(t)?;
                if self.catalog.lookup(&id).is_none_or(|o| o.is_view()) {
                    return Err(Diagnostic::error(
                        format!(
                            "Could not execute SHOW CREATE TABLE. Table with identifier {} does not exist.",
                            id.quoted()
                        ),
                        t.span(),
                    ));
                }
            }
            ShowKind::CreateView(v) => {
                let id = self.catalog.names.object(v)?;
                if !self.catalog.lookup(&id).is_some_and(|o| o.is_view()) {
                    return Err(Diagnostic::error(
                        format!(
                            "Could not execute SHOW CREATE VIEW. View with identifier {} does not exist.",
                            id.quoted()
                        ),
                        v.span(),
                    ));
                }
            }
            ShowKind::CreateCatalog(c)
                if c.value != crate::catalog::DEFAULT_CATALOG && self.catalog.catalogs.contains_key(&c.value) => {}
            ShowKind::CreateCatalog(c) => {
                // The built-in catalog keeps no description to show.
                return Err(Diagnostic::error(
                    format!("Cannot obtain metadata information from Catalog {}.", c.value),
                    c.span(),
                ));
            }
            ShowKind::Partitions(t, _) => {
                let id = self.catalog.names.object(t)?;
                let partitioned = matches!(self.catalog.lookup(&id), Some(crate::catalog::CatalogObject::Table(tb)) if !tb.partition_keys.is_empty());
                if !partitioned {
                    return Err(Diagnostic::error(format!("Could not execute SHOW PARTITIONS {id}"), t.span())
                        .with_note(format!(
                            "Table {}.{} in catalog {} is not partitioned",
                            id.database, id.object, id.catalog
                        )));
                }
            }
            ShowKind::Jobs => {
                return Err(Diagnostic::error(
                    "SHOW JOBS is handled by the SQL client and gateway, not by a table environment",
                    ctx.span,
                ));
            }
            _ => {}
        }
        Ok(Outcome::ok())
    }

    pub(super) fn describe(&mut self, d: &Describe, ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        match &d.target {
            DescribeTarget::Table(t) => {
                let id = self.catalog.names.object(t)?;
                if self.catalog.lookup(&id).is_none() {
                    return Err(Diagnostic::error(
                        format!("Tables or views with the identifier '{id}' doesn't exist."),
                        t.span(),
                    ));
                }
            }
            DescribeTarget::Catalog(c)
                if c.value != crate::catalog::DEFAULT_CATALOG && self.catalog.catalogs.contains_key(&c.value) => {}
            DescribeTarget::Catalog(c) => {
                // The built-in catalog keeps no description to show.
                return Err(Diagnostic::error(
                    format!("Cannot obtain metadata information from Catalog {}.", c.value),
                    c.span(),
                ));
            }
            DescribeTarget::Database(db) => {
                // Flink 1.20 reads `DESCRIBE DATABASE x` as describing a column x.
                return Err(Diagnostic::error(format!("Column '{}' not found in any table", db.object()), db.span())
                    .with_note("Flink 1.20 does not describe databases"));
            }
            DescribeTarget::Function(f) => {
                let name = f.0.iter().map(|i| i.value.as_str()).collect::<Vec<_>>().join(".");
                let env = self.env(ctx);
                if !env.functions.is_builtin(&name.to_ascii_uppercase()) && !env.functions.is_user_function(&name) {
                    return Err(Diagnostic::error(
                        format!("Function with the identifier '{name}' doesn't exist."),
                        f.span(),
                    ));
                }
            }
            DescribeTarget::Job(_) => {
                return Err(Diagnostic::error(
                    "DESCRIBE JOB is handled by the SQL client and gateway, not by a table environment",
                    ctx.span,
                ));
            }
        }
        let _ = ObjectIdentifier::quoted;
        Ok(Outcome::ok())
    }
}
