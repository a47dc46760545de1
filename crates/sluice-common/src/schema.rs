//! A resolved table schema as connectors see it (Flink's `ResolvedSchema`).

use crate::span::Span;
use crate::types::DataType;

/// How a column gets its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColumnKind {
    /// Stored by the connector.
    Physical,
    /// `name AS expr`: computed from other columns; `expr` as Flink re-prints it.
    Computed {
        /// The expression, back-ticked as Flink prints it.
        expr: String,
    },
    /// `name T METADATA [FROM 'key'] [VIRTUAL]`.
    Metadata {
        /// The metadata key, when it differs from the column name.
        key: Option<String>,
        /// VIRTUAL columns are read-only (not part of the sink schema).
        is_virtual: bool,
    },
}

/// One column of a resolved schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// Name, case kept.
    pub name: String,
    /// Resolved type (key columns are NOT NULL, the rowtime column carries `*ROWTIME*`).
    pub data_type: DataType,
    /// Physical, computed or metadata.
    pub kind: ColumnKind,
    /// Column comment.
    pub comment: Option<String>,
    /// Where the column was declared, when it came from a script.
    pub span: Option<Span>,
}

impl Column {
    /// Whether a sink writes this column: physical and non-virtual metadata columns.
    pub fn is_persisted(&self) -> bool {
        match self.kind {
            ColumnKind::Physical => true,
            ColumnKind::Metadata { is_virtual, .. } => !is_virtual,
            ColumnKind::Computed { .. } => false,
        }
    }

    /// Whether this is a physical column.
    pub fn is_physical(&self) -> bool {
        self.kind == ColumnKind::Physical
    }
}

/// A `PRIMARY KEY (…) NOT ENFORCED` constraint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrimaryKey {
    /// Constraint name (`PK_<cols>` when not given).
    pub name: String,
    /// Key columns in key order.
    pub columns: Vec<String>,
    /// Where the constraint was declared.
    pub span: Option<Span>,
}

/// A `WATERMARK FOR rowtime AS expr` declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WatermarkSpec {
    /// The rowtime column.
    pub rowtime: String,
    /// The watermark expression as Flink re-prints it.
    pub expr: String,
    /// Type of the expression.
    pub data_type: DataType,
}

/// Columns, primary key and watermarks of a table or view.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TableSchema {
    /// All columns in declaration order.
    pub columns: Vec<Column>,
    /// The primary key, if declared.
    pub primary_key: Option<PrimaryKey>,
    /// At most one watermark.
    pub watermarks: Vec<WatermarkSpec>,
}

impl TableSchema {
    /// The column of that name (case-sensitive, as Flink).
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// Columns a sink receives: physical and non-virtual metadata, in order.
    pub fn persisted_columns(&self) -> impl Iterator<Item = &Column> {
        self.columns.iter().filter(|c| c.is_persisted())
    }

    /// Physical columns in order.
    pub fn physical_columns(&self) -> impl Iterator<Item = &Column> {
        self.columns.iter().filter(|c| c.is_physical())
    }
}
