//! What the FE reports about a table: its columns from `information_schema.COLUMNS`, and
//! the server version from `current_version()`.

use crate::types::StarRocksType;

/// One row of `information_schema.COLUMNS`.
#[derive(Debug, Clone, PartialEq)]
pub struct StarRocksColumn {
    /// `COLUMN_NAME`.
    pub name: String,
    /// `ORDINAL_POSITION` (1-based).
    pub ordinal: i64,
    /// `COLUMN_KEY`: `PRI`, `DUP`, `AGG`, `UNI` for key columns, empty otherwise.
    pub key: String,
    /// `DATA_TYPE`, lower case (what the Java connector compares).
    pub data_type: String,
    /// `COLUMN_TYPE`, parsed.
    pub column_type: StarRocksType,
    /// `IS_NULLABLE`.
    pub nullable: bool,
    /// `COLUMN_DEFAULT`.
    pub default: Option<String>,
}

/// A StarRocks table's data model, from the `COLUMN_KEY` of its key columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableModel {
    /// `PRIMARY KEY`.
    PrimaryKey,
    /// `DUPLICATE KEY`.
    DuplicateKey,
    /// `AGGREGATE KEY`.
    AggregateKey,
    /// `UNIQUE KEY`.
    UniqueKey,
    /// No key column reported (shared-data clusters may leave `COLUMN_KEY` empty).
    Unknown,
}

impl TableModel {
    /// The model's name in StarRocks DDL.
    pub fn name(&self) -> &'static str {
        match self {
            TableModel::PrimaryKey => "primary key",
            TableModel::DuplicateKey => "duplicate key",
            TableModel::AggregateKey => "aggregate key",
            TableModel::UniqueKey => "unique key",
            TableModel::Unknown => "unknown model",
        }
    }
}

/// A table as the FE describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct StarRocksTable {
    /// Columns in ordinal order.
    pub columns: Vec<StarRocksColumn>,
}

impl StarRocksTable {
    /// The table model.
    pub fn model(&self) -> TableModel {
        match self.columns.iter().find(|c| !c.key.is_empty()).map(|c| c.key.as_str()) {
            Some("PRI") => TableModel::PrimaryKey,
            Some("DUP") => TableModel::DuplicateKey,
            Some("AGG") => TableModel::AggregateKey,
            Some("UNI") => TableModel::UniqueKey,
            _ => TableModel::Unknown,
        }
    }

    /// Primary-key columns, lower-cased (empty unless the model is primary key).
    pub fn primary_key(&self) -> Vec<String> {
        self.columns.iter().filter(|c| c.key == "PRI").map(|c| c.name.to_ascii_lowercase()).collect()
    }

    /// The column of that name, case-insensitively.
    pub fn column(&self, name: &str) -> Option<&StarRocksColumn> {
        self.columns.iter().find(|c| c.name.eq_ignore_ascii_case(name))
    }
}

/// A StarRocks version, from `current_version()` (`3.5.5-a1b2c3d`, or `2.1.2 0782ad7`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    /// Major.
    pub major: u32,
    /// Minor.
    pub minor: u32,
    /// Patch.
    pub patch: u32,
}

impl Version {
    /// Parses the leading `major.minor[.patch]`, stopping at the first `-` or space.
    pub fn parse(text: &str) -> Option<Version> {
        let head = text.trim().split(['-', ' ']).next()?;
        let mut parts = head.split('.').map(|p| p.parse::<u32>());
        let major = parts.next()?.ok()?;
        let minor = parts.next()?.ok()?;
        let patch = parts.next().and_then(Result::ok).unwrap_or(0);
        Some(Version { major, minor, patch })
    }

    /// A version literal.
    pub const fn new(major: u32, minor: u32, patch: u32) -> Version {
        Version { major, minor, patch }
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

#[cfg(test)]
mod tests {
    use super::Version;

    #[test]
    fn parses_both_version_forms() {
        assert_eq!(Version::parse("3.5.5-a1b2c3d"), Some(Version::new(3, 5, 5)));
        assert_eq!(Version::parse("2.1.2 0782ad7"), Some(Version::new(2, 1, 2)));
        assert_eq!(Version::parse("3.4"), Some(Version::new(3, 4, 0)));
        assert_eq!(Version::parse("main"), None);
    }
}
