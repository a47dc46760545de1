//! Fully qualified object names and their resolution against the current catalog and
//! database.

use std::fmt;

use sluice_common::{Diagnostic, Span};
use sluice_sql::ast::ObjectName;

/// `catalog.database.object`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectIdentifier {
    /// Catalog name.
    pub catalog: String,
    /// Database name.
    pub database: String,
    /// Object name.
    pub object: String,
}

impl fmt::Display for ObjectIdentifier {
    /// As Flink prints it in messages: `default_catalog.default_database.t`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.catalog, self.database, self.object)
    }
}

impl ObjectIdentifier {
    /// Back-ticked form used by `SHOW CREATE TABLE`: `` `c`.`d`.`t` ``.
    pub fn quoted(&self) -> String {
        let q = |s: &str| format!("`{}`", s.replace('`', "``"));
        format!("{}.{}.{}", q(&self.catalog), q(&self.database), q(&self.object))
    }
}

/// `catalog.database`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DatabaseIdentifier {
    /// Catalog name.
    pub catalog: String,
    /// Database name.
    pub database: String,
}

/// Resolves names relative to the current catalog and database.
#[derive(Debug, Clone)]
pub struct NameContext {
    /// `USE CATALOG` value.
    pub current_catalog: String,
    /// `USE` value.
    pub current_database: String,
}

impl NameContext {
    /// A 1–3 part object name as a full identifier.
    pub fn object(&self, name: &ObjectName) -> Result<ObjectIdentifier, Diagnostic> {
        let parts: Vec<&str> = name.0.iter().map(|i| i.value.as_str()).collect();
        match parts.as_slice() {
            [o] => Ok(ObjectIdentifier {
                catalog: self.current_catalog.clone(),
                database: self.current_database.clone(),
                object: o.to_string(),
            }),
            [d, o] => Ok(ObjectIdentifier {
                catalog: self.current_catalog.clone(),
                database: d.to_string(),
                object: o.to_string(),
            }),
            [c, d, o] => {
                Ok(ObjectIdentifier { catalog: c.to_string(), database: d.to_string(), object: o.to_string() })
            }
            _ => Err(Diagnostic::error(
                format!("Object identifier must consist of 1 to 3 parts: {}", parts.join(".")),
                name.span(),
            )),
        }
    }

    /// A 1–2 part database name.
    pub fn database(&self, name: &ObjectName) -> Result<DatabaseIdentifier, Diagnostic> {
        let parts: Vec<&str> = name.0.iter().map(|i| i.value.as_str()).collect();
        match parts.as_slice() {
            [d] => Ok(DatabaseIdentifier { catalog: self.current_catalog.clone(), database: d.to_string() }),
            [c, d] => Ok(DatabaseIdentifier { catalog: c.to_string(), database: d.to_string() }),
            _ => Err(Diagnostic::error(
                format!("Only support 1 or 2 parts of database identifier, but was {}", parts.join(".")),
                name.span(),
            )),
        }
    }
}

/// The span of a name, or of the statement when the name has none.
pub fn name_span(name: &ObjectName, fallback: Span) -> Span {
    let s = name.span();
    if s.is_empty() { fallback } else { s }
}
