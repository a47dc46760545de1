//! The session's catalogs: Flink's `CatalogManager` over in-memory catalogs, with
//! temporary objects that shadow permanent ones.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use sluice_common::Span;
use sluice_common::options::OptionEntry;
use sluice_common::schema::TableSchema;

use crate::identifier::{DatabaseIdentifier, NameContext, ObjectIdentifier};

/// The catalog every session starts with.
pub const DEFAULT_CATALOG: &str = "default_catalog";
/// The database every catalog starts with.
pub const DEFAULT_DATABASE: &str = "default_database";

/// `DISTRIBUTED …` of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistributionSpec {
    /// `HASH`, `RANGE` or unknown (left to the connector).
    pub kind: Option<String>,
    /// Bucket keys.
    pub keys: Vec<String>,
    /// Bucket count, as the Java `int` Flink reads the literal into (it wraps around).
    pub buckets: Option<i32>,
}

/// A table of a catalog.
#[derive(Debug, Clone)]
pub struct CatalogTable {
    /// Resolved schema.
    pub schema: TableSchema,
    /// Options after `LIKE` merging, with where each was written.
    pub options: Vec<OptionEntry>,
    /// `PARTITIONED BY` keys.
    pub partition_keys: Vec<String>,
    /// `DISTRIBUTED BY`.
    pub distribution: Option<DistributionSpec>,
    /// Table comment.
    pub comment: Option<String>,
    /// The table name in its `CREATE TABLE` (where connector problems point).
    pub span: Span,
    /// Expressions of computed columns declared in this session, for re-typing after ALTER.
    pub computed: BTreeMap<String, sqlparser::ast::Expr>,
}

impl CatalogTable {
    /// The value of an option.
    pub fn option(&self, key: &str) -> Option<&str> {
        self.options.iter().find(|o| o.key == key).map(|o| o.value.as_str())
    }
}

/// A view: its columns and its query text.
#[derive(Debug, Clone)]
pub struct CatalogView {
    /// Output columns.
    pub schema: TableSchema,
    /// The defining query as written.
    pub query: String,
    /// The tables the query reads (after expanding views).
    pub sources: Vec<ObjectIdentifier>,
    /// Whether the query produces updates.
    pub updating: bool,
    /// View comment.
    pub comment: Option<String>,
}

/// A table or a view.
#[derive(Debug, Clone)]
pub enum CatalogObject {
    /// A table.
    Table(Arc<CatalogTable>),
    /// A view.
    View(Arc<CatalogView>),
}

impl CatalogObject {
    /// The schema of either kind.
    pub fn schema(&self) -> &TableSchema {
        match self {
            CatalogObject::Table(t) => &t.schema,
            CatalogObject::View(v) => &v.schema,
        }
    }

    /// Whether it is a view.
    pub fn is_view(&self) -> bool {
        matches!(self, CatalogObject::View(_))
    }
}

/// A database of a catalog.
#[derive(Debug, Clone, Default)]
pub struct Database {
    /// Tables and views by name.
    pub objects: BTreeMap<String, CatalogObject>,
    /// Catalog functions by name.
    pub functions: BTreeSet<String>,
    /// `COMMENT`.
    pub comment: Option<String>,
}

/// An in-memory catalog.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// Databases by name.
    pub databases: BTreeMap<String, Database>,
    /// The database `USE CATALOG` switches to.
    pub default_database: String,
}

impl Catalog {
    /// A catalog with one empty database.
    pub fn new(default_database: &str) -> Self {
        let mut databases = BTreeMap::new();
        databases.insert(default_database.to_string(), Database::default());
        Catalog { databases, default_database: default_database.to_string() }
    }
}

/// All catalogs of a session plus its temporary objects.
#[derive(Debug, Clone)]
pub struct CatalogManager {
    /// Catalogs by name.
    pub catalogs: BTreeMap<String, Catalog>,
    /// Temporary tables and views.
    pub temporary: BTreeMap<ObjectIdentifier, CatalogObject>,
    /// Temporary catalog functions.
    pub temporary_functions: BTreeSet<ObjectIdentifier>,
    /// Temporary system functions (upper-cased names).
    pub temporary_system_functions: BTreeSet<String>,
    /// Current catalog and database.
    pub names: NameContext,
}

impl Default for CatalogManager {
    fn default() -> Self {
        let mut catalogs = BTreeMap::new();
        catalogs.insert(DEFAULT_CATALOG.to_string(), Catalog::new(DEFAULT_DATABASE));
        CatalogManager {
            catalogs,
            temporary: BTreeMap::new(),
            temporary_functions: BTreeSet::new(),
            temporary_system_functions: BTreeSet::new(),
            names: NameContext {
                current_catalog: DEFAULT_CATALOG.to_string(),
                current_database: DEFAULT_DATABASE.to_string(),
            },
        }
    }
}

impl CatalogManager {
    /// The database, if its catalog and it exist.
    pub fn database(&self, id: &DatabaseIdentifier) -> Option<&Database> {
        self.catalogs.get(&id.catalog)?.databases.get(&id.database)
    }

    /// The database, mutably.
    pub fn database_mut(&mut self, id: &DatabaseIdentifier) -> Option<&mut Database> {
        self.catalogs.get_mut(&id.catalog)?.databases.get_mut(&id.database)
    }

    /// The permanent object, if any.
    pub fn permanent(&self, id: &ObjectIdentifier) -> Option<&CatalogObject> {
        self.catalogs.get(&id.catalog)?.databases.get(&id.database)?.objects.get(&id.object)
    }

    /// The object a name refers to: a temporary one first, then a permanent one.
    pub fn lookup(&self, id: &ObjectIdentifier) -> Option<&CatalogObject> {
        self.temporary.get(id).or_else(|| self.permanent(id))
    }

    /// The database of an object identifier.
    pub fn database_of(id: &ObjectIdentifier) -> DatabaseIdentifier {
        DatabaseIdentifier { catalog: id.catalog.clone(), database: id.database.clone() }
    }
}
