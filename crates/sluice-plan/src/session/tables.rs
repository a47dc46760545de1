//! CREATE TABLE (and CTAS), CREATE VIEW, DROP and ALTER of tables and views.

use std::sync::Arc;

use sluice_common::Diagnostic;
use sluice_common::schema::{Column, ColumnKind, TableSchema};
use sluice_sql::ast::{
    AlterTable, AlterTableAction, AlterView, AlterViewAction, CreateTable, CreateView, Drop, DropKind, ReplaceMode,
};

use super::{Outcome, SchemaReport, Session, StatementContext};
use crate::catalog::{CatalogObject, CatalogTable, CatalogView};
use crate::ddl::create_table::{option_entries, resolve_create_table};
use crate::ddl::like::LikeSource;
use crate::expr::{Clause, ExprTyper, Scope};
use crate::identifier::{ObjectIdentifier, name_span};
use crate::query::{Ctes, type_query};

impl Session {
    pub(super) fn create_table(&mut self, ct: &CreateTable, ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        let id = self.catalog.names.object(&ct.name)?;
        if ct.as_query.is_some() {
            return self.create_table_as(ct, id, ctx);
        }
        let like = match &ct.like {
            Some(l) => {
                let source = self.catalog.names.object(&l.source)?;
                match self.catalog.lookup(&source) {
                    Some(CatalogObject::Table(t)) => Some(LikeSource { table: t.clone(), options: l.options.clone() }),
                    Some(CatalogObject::View(_)) => {
                        return Err(Diagnostic::error(
                            format!("Source table '{}' of the LIKE clause can not be a VIEW", source.quoted()),
                            l.source.span(),
                        ));
                    }
                    None => {
                        return Err(Diagnostic::error(
                            format!("Source table '{}' of the LIKE clause not found in the catalog", source.quoted()),
                            l.source.span(),
                        ));
                    }
                }
            }
            None => None,
        };
        let table = {
            let env = self.env(ctx);
            resolve_create_table(&env, ct, like)?
        };
        if table.option("connector").is_none_or(str::is_empty) {
            return Err(Diagnostic::error(format!("Could not execute CreateTable in path {}", id.quoted()), name_span(&ct.name, ctx.span))
                .with_note("Table options do not contain an option key 'connector' for discovering a connector. Therefore, Flink assumes a managed table. However, a managed table factory that implements org.apache.flink.table.factories.ManagedTableFactory is not in the classpath.")
                .with_help("add 'connector' = '…' to the WITH clause"));
        }
        let report = SchemaReport { schema: table.schema.clone(), options: table.options.clone() };
        let connector_findings = self.check_connector_at_create(&id, &table);
        // Without AS, Flink runs CREATE OR REPLACE TABLE as a plain CREATE TABLE.
        if !self.register_table(
            ct.temporary,
            ct.if_not_exists,
            ReplaceMode::None,
            &id,
            CatalogObject::Table(Arc::new(table)),
            ctx,
            &ct.name,
        )? {
            return Ok(self.existing(&id));
        }
        let mut out = Outcome::ok().with(connector_findings);
        // The name resolves to a temporary table of that name, if any (as DESCRIBE shows).
        out.schema = match self.catalog.temporary.get(&id) {
            Some(CatalogObject::Table(shadow)) if !ct.temporary => {
                Some(SchemaReport { schema: shadow.schema.clone(), options: shadow.options.clone() })
            }
            _ => Some(report),
        };
        Ok(out)
    }

    /// Adds a table or view; `Ok(false)` when `IF NOT EXISTS` skipped it.
    #[allow(clippy::too_many_arguments)]
    fn register_table(
        &mut self,
        temporary: bool,
        if_not_exists: bool,
        replace: ReplaceMode,
        id: &ObjectIdentifier,
        obj: CatalogObject,
        ctx: &StatementContext<'_>,
        name: &sluice_sql::ast::ObjectName,
    ) -> Result<bool, Diagnostic> {
        let span = name_span(name, ctx.span);
        let db = crate::catalog::CatalogManager::database_of(id);
        if temporary {
            if self.catalog.temporary.contains_key(id) {
                if if_not_exists {
                    return Ok(false);
                }
                return Err(Diagnostic::error(format!("Temporary table '{id}' already exists"), span));
            }
            if !self.catalog.catalogs.contains_key(&id.catalog) {
                return Err(Diagnostic::error(format!("Catalog {} does not exist", id.catalog), span));
            }
            self.catalog.temporary.insert(id.clone(), obj);
            return Ok(true);
        }
        let Some(database) = self.catalog.database_mut(&db) else {
            let cause = if self.catalog.catalogs.contains_key(&id.catalog) {
                format!("Database {} does not exist in Catalog {}.", id.database, id.catalog)
            } else {
                format!("Catalog {} does not exist", id.catalog)
            };
            return Err(Diagnostic::error(format!("Could not execute CreateTable in path {}", id.quoted()), span)
                .with_note(cause));
        };
        if database.objects.contains_key(&id.object) {
            if if_not_exists {
                return Ok(false);
            }
            if replace != ReplaceMode::CreateOrReplace
                || matches!(obj, CatalogObject::Table(_)) && replace == ReplaceMode::None
            {
                return Err(Diagnostic::error(format!("Could not execute CreateTable in path {}", id.quoted()), span)
                    .with_note(format!(
                        "Table (or view) {}.{} already exists in Catalog {}.",
                        id.database, id.object, id.catalog
                    )));
            }
        }
        database.objects.insert(id.object.clone(), obj);
        Ok(true)
    }

    fn create_table_as(
        &mut self,
        ct: &CreateTable,
        id: ObjectIdentifier,
        ctx: &StatementContext<'_>,
    ) -> Result<Outcome, Diagnostic> {
        let unsupported = |what: &str| {
            Diagnostic::error(format!("CREATE TABLE AS SELECT syntax does not support {what} yet."), ct.name.span())
        };
        if ct.replace == ReplaceMode::CreateOrReplace && ct.if_not_exists {
            return Err(Diagnostic::error(
                "CREATE OR REPLACE TABLE AS SELECT syntax does not support IF NOT EXISTS statements yet.",
                ct.name.span(),
            ));
        }
        if ct.temporary {
            return Err(unsupported("to create temporary table"));
        }
        if !ct.elements.is_empty() {
            return Err(unsupported("to specify explicit columns"));
        }
        if !ct.partitioned_by.is_empty() {
            return Err(unsupported("to create partitioned table"));
        }
        if ct.distribution.is_some() {
            return Err(unsupported("creating distributed tables"));
        }
        let query = ct.as_query.as_ref().expect("checked by the caller");
        let (rel, sources, planner_error) = {
            let env = self.env(ctx);
            let scope = Scope::default();
            let typer = ExprTyper::new(&env, &scope, Clause::Select);
            let rel = type_query(&typer, query, &Ctes::default())?;
            let sources = env.sources.borrow().clone();
            let planner_error = env.planning_errors.borrow().first().cloned();
            (rel, sources, planner_error)
        };
        self.check_sources(&sources)?;
        let exists = self.catalog.lookup(&id).is_some();
        if ct.replace == ReplaceMode::Replace && !exists {
            return Err(Diagnostic::error(
                format!(
                    "The table {} to be replaced doesn't exist. You can try to use CREATE TABLE AS statement or CREATE OR REPLACE TABLE AS statement.",
                    id.quoted()
                ),
                ct.name.span(),
            ));
        }
        let columns = rel
            .fields
            .iter()
            .map(|f| Column {
                name: f.name.clone(),
                data_type: f.data_type.clone(),
                kind: ColumnKind::Physical,
                comment: None,
                span: None,
            })
            .collect();
        let table = CatalogTable {
            schema: TableSchema { columns, primary_key: None, watermarks: Vec::new() },
            options: option_entries(ct),
            partition_keys: Vec::new(),
            distribution: None,
            comment: ct.comment.as_ref().map(|c| c.value.clone()),
            span: ct.name.span(),
            computed: Default::default(),
        };
        if table.option("connector").is_none_or(str::is_empty) {
            return Err(Diagnostic::error(
                format!("Could not execute CreateTable in path {}", id.quoted()),
                ct.name.span(),
            )
            .with_note("Table options do not contain an option key 'connector' for discovering a connector."));
        }
        let report = SchemaReport { schema: table.schema.clone(), options: table.options.clone() };
        let findings = self.check_connector_at_create(&id, &table);
        if exists && ct.replace != ReplaceMode::None {
            self.drop_object(&id);
        }
        if exists && ct.if_not_exists && ct.replace == ReplaceMode::None {
            // Flink keeps the existing table and still plans the INSERT into it.
            let mut out = self.existing(&id);
            if let Some(CatalogObject::Table(t)) = self.catalog.lookup(&id) {
                let targets: Vec<_> = t.schema.persisted_columns().map(|c| c.data_type.clone()).collect();
                let fits = targets.len() == rel.fields.len()
                    && rel
                        .fields
                        .iter()
                        .zip(&targets)
                        .all(|(f, t)| crate::types::casts::supports_implicit_cast(&f.data_type, t));
                if !fits {
                    out = out.with(vec![Diagnostic::error(
                        format!("Column types of query result and sink for '{id}' do not match."),
                        ct.name.span(),
                    )]);
                }
            }
            return Ok(out);
        }
        self.register_table(
            false,
            ct.if_not_exists,
            ct.replace,
            &id,
            CatalogObject::Table(Arc::new(table)),
            ctx,
            &ct.name,
        )?;
        let mut insert = dml_from_ctas(id, rel, ctx.span);
        insert.planner_error = planner_error;
        let mut out = Outcome::ok().with(findings);
        if out.ok
            && let Err(d) = self.plan_insert(&insert)
        {
            out = out.with(vec![d]);
        }
        out.schema = Some(report);
        Ok(out)
    }

    /// The outcome of `IF NOT EXISTS` on an existing object: its schema, unchanged.
    fn existing(&self, id: &ObjectIdentifier) -> Outcome {
        let mut out = Outcome::ok();
        out.schema = self.catalog.lookup(id).map(|o| SchemaReport {
            schema: o.schema().clone(),
            options: match o {
                CatalogObject::Table(t) => t.options.clone(),
                CatalogObject::View(_) => Vec::new(),
            },
        });
        out
    }

    fn drop_object(&mut self, id: &ObjectIdentifier) {
        if let Some(db) = self.catalog.database_mut(&crate::catalog::CatalogManager::database_of(id)) {
            db.objects.remove(&id.object);
        }
    }

    pub(super) fn create_view(&mut self, v: &CreateView, ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        let id = self.catalog.names.object(&v.name)?;
        let (rel, sources) = {
            let env = self.env(ctx);
            let scope = Scope::default();
            let typer = ExprTyper::new(&env, &scope, Clause::Select);
            let rel = type_query(&typer, &v.query, &Ctes::default())?;
            if let Some(d) = env.view_errors.borrow().first() {
                return Err(d.clone());
            }
            let sources: Vec<ObjectIdentifier> = env.sources.borrow().iter().map(|s| s.id.clone()).collect();
            (rel, sources)
        };
        let uses: Vec<crate::env::SourceUse> = sources
            .iter()
            .map(|id| crate::env::SourceUse { id: id.clone(), span: v.name.span(), hint_options: Vec::new() })
            .collect();
        self.check_sources(&uses)?;
        let mut fields = rel.fields.clone();
        let names_written: Vec<String> =
            if v.columns.is_empty() { Vec::new() } else { v.columns.iter().map(|c| c.value.clone()).collect() };
        let duplicate = if names_written.is_empty() {
            rel.duplicate_name.clone()
        } else {
            names_written.iter().enumerate().find(|(i, n)| names_written[..*i].contains(n)).map(|(_, n)| n.clone())
        };
        if let Some(d) = duplicate {
            return Err(Diagnostic::error(
                format!("A column with the same name `{d}` has been defined."),
                v.name.span(),
            ));
        }
        if !v.columns.is_empty() {
            if v.columns.len() != fields.len() {
                return Err(Diagnostic::error(
                    format!(
                        "VIEW definition and input fields not match:\n\tDef fields: {:?}.\n\tInput fields: {:?}.",
                        v.columns.iter().map(|c| c.value.clone()).collect::<Vec<_>>(),
                        fields.iter().map(|f| f.name.clone()).collect::<Vec<_>>()
                    )
                    .lines()
                    .next()
                    .unwrap_or("")
                    .to_string(),
                    v.name.span(),
                ));
            }
            for (f, c) in fields.iter_mut().zip(&v.columns) {
                f.name = c.value.clone();
            }
        }
        let columns: Vec<Column> = fields
            .iter()
            .map(|f| Column {
                name: f.name.clone(),
                data_type: f.data_type.clone(),
                kind: ColumnKind::Physical,
                comment: None,
                span: None,
            })
            .collect();
        let schema = TableSchema { columns, primary_key: None, watermarks: Vec::new() };
        let view = CatalogView {
            schema: schema.clone(),
            query: v.query.to_string(),
            sources,
            updating: rel.updating,
            comment: v.comment.as_ref().map(|c| c.value.clone()),
        };
        let replace = if v.or_replace { ReplaceMode::CreateOrReplace } else { ReplaceMode::None };
        if v.or_replace && self.catalog.lookup(&id).is_some() {
            return Err(Diagnostic::error(
                format!("Could not execute CreateTable in path {}", id.quoted()),
                v.name.span(),
            )
            .with_note(format!(
                "Table (or view) {}.{} already exists in Catalog {}.",
                id.database, id.object, id.catalog
            )));
        }
        if !self.register_table(
            v.temporary,
            v.if_not_exists,
            replace,
            &id,
            CatalogObject::View(Arc::new(view)),
            ctx,
            &v.name,
        )? {
            return Ok(self.existing(&id));
        }
        let mut out = Outcome::ok();
        out.schema = Some(SchemaReport { schema, options: Vec::new() });
        Ok(out)
    }

    pub(super) fn drop(&mut self, d: &Drop, ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        match d.kind {
            DropKind::Table | DropKind::View => self.drop_table_or_view(d, ctx),
            DropKind::Database => self.drop_database(d, ctx),
            DropKind::Catalog => self.drop_catalog(d, ctx),
            DropKind::Function => self.drop_function(d, ctx),
        }
    }

    fn drop_table_or_view(&mut self, d: &Drop, ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        let id = self.catalog.names.object(&d.name)?;
        let span = name_span(&d.name, ctx.span);
        let is_view = d.kind == DropKind::View;
        let what = if is_view { "View" } else { "Table" };
        if d.temporary {
            match self.catalog.temporary.get(&id) {
                Some(obj) if obj.is_view() == is_view => {
                    self.catalog.temporary.remove(&id);
                    return Ok(Outcome::ok());
                }
                _ if d.if_exists => return Ok(Outcome::ok()),
                _ => {
                    return Err(Diagnostic::error(
                        format!(
                            "Temporary {} with identifier '{id}' does not exist.",
                            if is_view { "view" } else { "table or view" }
                        ),
                        span,
                    ));
                }
            }
        }
        if let Some(obj) = self.catalog.temporary.get(&id)
            && obj.is_view() == is_view
        {
            return Err(Diagnostic::error(
                format!(
                    "Temporary {} with identifier '{id}' exists. Drop it first before removing the permanent {}.",
                    what.to_lowercase(),
                    what.to_lowercase()
                ),
                span,
            ));
        }
        match self.catalog.permanent(&id) {
            Some(obj) if obj.is_view() == is_view => {
                self.drop_object(&id);
                Ok(Outcome::ok())
            }
            _ if d.if_exists => Ok(Outcome::ok()),
            _ => Err(Diagnostic::error(format!("{what} with identifier '{id}' does not exist."), span)),
        }
    }

    pub(super) fn alter_table(&mut self, a: &AlterTable, ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        let id = self.catalog.names.object(&a.name)?;
        let span = name_span(&a.name, ctx.span);
        let table = match self.catalog.permanent(&id) {
            Some(CatalogObject::Table(t)) if !self.catalog.temporary.contains_key(&id) => t.clone(),
            Some(CatalogObject::View(_)) => {
                return Err(Diagnostic::error("ALTER TABLE for a view is not allowed", span));
            }
            _ if a.if_exists => return Ok(Outcome::ok()),
            _ => {
                return Err(Diagnostic::error(
                    format!("Table {} doesn't exist or is a temporary table.", id.quoted()),
                    span,
                ));
            }
        };
        let mut new = {
            let env = self.env(ctx);
            crate::ddl::alter::apply_alter(&env, &table, &a.action, ctx.span)?
        };
        match &a.action {
            AlterTableAction::RenameTo(to) => {
                let target = self.catalog.names.object(to)?;
                let target = ObjectIdentifier { catalog: id.catalog.clone(), database: id.database.clone(), ..target };
                if self.catalog.lookup(&target).is_some() {
                    return Err(Diagnostic::error(
                        format!("Could not execute ALTER TABLE {} RENAME TO {}", id.quoted(), target.quoted()),
                        to.span(),
                    ));
                }
                self.drop_object(&id);
                if let Some(db) = self.catalog.database_mut(&crate::catalog::CatalogManager::database_of(&target)) {
                    db.objects.insert(target.object.clone(), CatalogObject::Table(Arc::new(new)));
                }
                return Ok(Outcome::ok());
            }
            AlterTableAction::Set(opts) => {
                for o in opts {
                    let entry = sluice_common::options::OptionEntry {
                        key: o.key.value.clone(),
                        value: o.value.value.clone(),
                        key_span: o.key.span(),
                        value_span: o.value.span(),
                    };
                    match new.options.iter_mut().find(|e| e.key == entry.key) {
                        Some(e) => *e = entry,
                        None => new.options.push(entry),
                    }
                }
            }
            AlterTableAction::Reset(keys) => {
                if keys.is_empty() {
                    return Err(Diagnostic::error("ALTER TABLE RESET does not support empty key", span));
                }
                for k in keys {
                    if k.value == "connector" {
                        return Err(Diagnostic::error(
                            "ALTER TABLE RESET does not support changing 'connector'",
                            k.span(),
                        ));
                    }
                    new.options.retain(|e| e.key != k.value);
                }
            }
            _ => {}
        }
        if let Some(db) = self.catalog.database_mut(&crate::catalog::CatalogManager::database_of(&id)) {
            db.objects.insert(id.object.clone(), CatalogObject::Table(Arc::new(new)));
        }
        Ok(Outcome::ok())
    }

    pub(super) fn alter_view(&mut self, a: &AlterView, ctx: &StatementContext<'_>) -> Result<Outcome, Diagnostic> {
        let id = self.catalog.names.object(&a.name)?;
        let span = name_span(&a.name, ctx.span);
        let Some(CatalogObject::View(view)) = self.catalog.permanent(&id).cloned() else {
            return Err(Diagnostic::error(format!("View {} doesn't exist or is a temporary view.", id.quoted()), span));
        };
        match &a.action {
            AlterViewAction::RenameTo(to) => {
                let target = self.catalog.names.object(to)?;
                self.drop_object(&id);
                if let Some(db) = self.catalog.database_mut(&crate::catalog::CatalogManager::database_of(&target)) {
                    db.objects.insert(target.object.clone(), CatalogObject::View(view));
                }
            }
            AlterViewAction::As(q) => {
                let rel = {
                    let env = self.env(ctx);
                    let scope = Scope::default();
                    let typer = ExprTyper::new(&env, &scope, Clause::Select);
                    type_query(&typer, q, &Ctes::default())?
                };
                let mut new = (*view).clone();
                new.query = q.to_string();
                new.schema.columns = rel
                    .fields
                    .iter()
                    .map(|f| Column {
                        name: f.name.clone(),
                        data_type: f.data_type.clone(),
                        kind: ColumnKind::Physical,
                        comment: None,
                        span: None,
                    })
                    .collect();
                self.drop_object(&id);
                if let Some(db) = self.catalog.database_mut(&crate::catalog::CatalogManager::database_of(&id)) {
                    db.objects.insert(id.object.clone(), CatalogObject::View(Arc::new(new)));
                }
            }
        }
        Ok(Outcome::ok())
    }
}

fn dml_from_ctas(
    id: ObjectIdentifier,
    rel: crate::query::Rel,
    span: sluice_common::Span,
) -> super::dml::ValidatedInsert {
    super::dml::ValidatedInsert {
        target: id,
        target_span: span,
        updating: rel.updating,
        overwrite: false,
        planner_error: None,
        sink_hint_options: Vec::new(),
    }
}
