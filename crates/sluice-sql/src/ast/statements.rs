//! Statement nodes.

use sqlparser::ast::{Expr, Query};

use super::{Hint, Ident, NodeSpan, ObjectName, SqlOption, StringLit, TypeExpr};

/// One Flink statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Statement {
    /// `CREATE [TEMPORARY] TABLE …`, including `… AS query` and `[CREATE OR] REPLACE TABLE … AS`.
    CreateTable(Box<CreateTable>),
    /// `CREATE [OR REPLACE] [TEMPORARY] VIEW …`.
    CreateView(Box<CreateView>),
    /// `CREATE DATABASE …`.
    CreateDatabase(CreateDatabase),
    /// `CREATE CATALOG …`.
    CreateCatalog(CreateCatalog),
    /// `CREATE [TEMPORARY [SYSTEM]] FUNCTION …`.
    CreateFunction(CreateFunction),
    /// `DROP [TEMPORARY] TABLE|VIEW|DATABASE|CATALOG|FUNCTION …`.
    Drop(Drop),
    /// `ALTER TABLE …`.
    AlterTable(AlterTable),
    /// `ALTER VIEW …`.
    AlterView(AlterView),
    /// `ALTER DATABASE db SET (…)`.
    AlterDatabase(AlterDatabase),
    /// `[EXECUTE] INSERT INTO|OVERWRITE …`.
    Insert(Box<Insert>),
    /// `EXECUTE STATEMENT SET BEGIN … END` (also the body of `EXPLAIN STATEMENT SET`).
    StatementSet(StatementSet),
    /// `BEGIN STATEMENT SET` (SQL-client form).
    BeginStatementSet,
    /// `END` (closes `BEGIN STATEMENT SET`).
    End,
    /// `SET`, `SET 'k' = 'v'`, or the client's legacy `SET k = v`.
    Set(Set),
    /// `RESET`, `RESET 'k'`, or the client's legacy `RESET k`.
    Reset(Reset),
    /// `USE CATALOG c`.
    UseCatalog(Ident),
    /// `USE [catalog.]database`.
    Use(ObjectName),
    /// `USE MODULES m1, m2`.
    UseModules(Vec<Ident>),
    /// `LOAD MODULE name [WITH (…)]`.
    LoadModule {
        /// Module name.
        name: Ident,
        /// Options.
        options: Vec<SqlOption>,
    },
    /// `UNLOAD MODULE name`.
    UnloadModule(Ident),
    /// `SHOW …`.
    Show(Show),
    /// `DESC[RIBE] …`.
    Describe(Describe),
    /// `EXPLAIN …`.
    Explain(Explain),
    /// A query: `SELECT …`, `VALUES …`, `WITH … SELECT …`, set operations.
    Query(Box<Query>),
    /// `COMPILE [AND EXECUTE] PLAN 'file' [IF NOT EXISTS] FOR insert | statement set`.
    CompilePlan {
        /// The plan file.
        file: StringLit,
        /// `IF NOT EXISTS`.
        if_not_exists: bool,
        /// `COMPILE AND EXECUTE`.
        execute: bool,
        /// The INSERT or statement set compiled.
        statement: Box<Statement>,
    },
    /// `EXECUTE PLAN 'file'`.
    ExecutePlan(StringLit),
    /// `ADD JAR 'path'`.
    AddJar(StringLit),
    /// `REMOVE JAR 'path'`.
    RemoveJar(StringLit),
    /// SQL-client commands: `HELP`, `QUIT`, `EXIT`, `CLEAR`.
    ClientCommand(ClientCommand),
    /// A statement Flink 1.20 parses that sluice does not model (e.g. `ANALYZE TABLE`,
    /// `CALL`, `COMPILE PLAN`); `keywords` are its leading words, upper-cased.
    Unsupported {
        /// Leading keywords, e.g. `ANALYZE TABLE`.
        keywords: String,
        /// The statement text.
        text: String,
    },
}

/// SQL-client commands handled by the client itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientCommand {
    /// `HELP`.
    Help,
    /// `QUIT`.
    Quit,
    /// `EXIT`.
    Exit,
    /// `CLEAR`.
    Clear,
}

/// `CREATE TABLE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateTable {
    /// `CREATE OR REPLACE` / `REPLACE` (only with `AS query`, or ignored by Flink otherwise).
    pub replace: ReplaceMode,
    /// `TEMPORARY`.
    pub temporary: bool,
    /// `IF NOT EXISTS`.
    pub if_not_exists: bool,
    /// Table name.
    pub name: ObjectName,
    /// Whether a parenthesised element list was written (even if empty is impossible).
    pub elements: Vec<TableElement>,
    /// `COMMENT '…'`.
    pub comment: Option<StringLit>,
    /// `DISTRIBUTED …`.
    pub distribution: Option<Distribution>,
    /// `PARTITIONED BY (…)`.
    pub partitioned_by: Vec<Ident>,
    /// `WITH (…)`, `None` when the clause is absent.
    pub with: Option<Vec<SqlOption>>,
    /// `LIKE source (…)`.
    pub like: Option<LikeClause>,
    /// `AS query`.
    pub as_query: Option<Box<Query>>,
}

/// How a CREATE TABLE replaces an existing table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplaceMode {
    /// Plain `CREATE TABLE`.
    None,
    /// `CREATE OR REPLACE TABLE`.
    CreateOrReplace,
    /// `REPLACE TABLE`.
    Replace,
}

/// An element of a CREATE TABLE's parenthesised list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableElement {
    /// A column.
    Column(ColumnDef),
    /// `[CONSTRAINT n] PRIMARY KEY (…) …` or `UNIQUE (…)`.
    Constraint(TableConstraint),
    /// `WATERMARK FOR c AS expr`.
    Watermark(Watermark),
}

/// A column definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnDef {
    /// Column name.
    pub name: Ident,
    /// Physical, metadata or computed.
    pub kind: ColumnDefKind,
    /// `COMMENT '…'`.
    pub comment: Option<StringLit>,
    /// From the name to the end of the definition.
    pub span: NodeSpan,
}

/// The three kinds of columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColumnDefKind {
    /// `name type [constraint]`.
    Physical {
        /// Declared type.
        ty: TypeExpr,
        /// An inline `PRIMARY KEY` / `UNIQUE`.
        constraint: Option<ColumnConstraint>,
    },
    /// `name type METADATA [FROM 'key'] [VIRTUAL]`.
    Metadata {
        /// Declared type.
        ty: TypeExpr,
        /// `FROM 'key'`.
        from: Option<StringLit>,
        /// `VIRTUAL`.
        is_virtual: bool,
    },
    /// `name AS expr`.
    Computed {
        /// The expression.
        expr: Expr,
    },
}

/// PRIMARY KEY or UNIQUE.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConstraintKind {
    /// `PRIMARY KEY`.
    PrimaryKey,
    /// `UNIQUE`.
    Unique,
}

/// `ENFORCED` / `NOT ENFORCED` / nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enforcement {
    /// Nothing written (Flink rejects it).
    Unspecified,
    /// `ENFORCED` (Flink rejects it).
    Enforced,
    /// `NOT ENFORCED`.
    NotEnforced,
}

/// An inline column constraint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnConstraint {
    /// `CONSTRAINT name`.
    pub name: Option<Ident>,
    /// Primary key or unique.
    pub kind: ConstraintKind,
    /// Enforcement clause.
    pub enforcement: Enforcement,
    /// Where it was written.
    pub span: NodeSpan,
}

/// A table-level constraint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableConstraint {
    /// `CONSTRAINT name`.
    pub name: Option<Ident>,
    /// Primary key or unique.
    pub kind: ConstraintKind,
    /// Key columns.
    pub columns: Vec<Ident>,
    /// Enforcement clause.
    pub enforcement: Enforcement,
    /// Where it was written.
    pub span: NodeSpan,
}

/// `WATERMARK FOR rowtime AS expr`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Watermark {
    /// The rowtime column (a compound name parses; only simple names are valid).
    pub column: ObjectName,
    /// The watermark strategy.
    pub expr: Expr,
    /// Where it was written.
    pub span: NodeSpan,
}

/// `DISTRIBUTED BY [HASH|RANGE] (cols) [INTO n BUCKETS]` or `DISTRIBUTED INTO n BUCKETS`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Distribution {
    /// `HASH` or `RANGE`, if written.
    pub kind: Option<DistributionKind>,
    /// Bucket key columns (empty for `DISTRIBUTED INTO n BUCKETS`).
    pub columns: Vec<Ident>,
    /// `INTO n BUCKETS`, as written.
    pub buckets: Option<String>,
    /// Where it was written.
    pub span: NodeSpan,
}

/// Distribution algorithms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DistributionKind {
    /// `HASH`.
    Hash,
    /// `RANGE`.
    Range,
}

/// `LIKE source (options…)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LikeClause {
    /// The source table.
    pub source: ObjectName,
    /// Merge options in order.
    pub options: Vec<LikeOption>,
    /// Where the clause was written.
    pub span: NodeSpan,
}

/// One merge option of a LIKE clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LikeOption {
    /// INCLUDING / EXCLUDING / OVERWRITING.
    pub strategy: MergeStrategy,
    /// What it applies to.
    pub feature: LikeFeature,
    /// Where it was written.
    pub span: NodeSpan,
}

/// LIKE merging strategies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MergeStrategy {
    /// `INCLUDING`.
    Including,
    /// `EXCLUDING`.
    Excluding,
    /// `OVERWRITING`.
    Overwriting,
}

/// LIKE features.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LikeFeature {
    /// `ALL`.
    All,
    /// `CONSTRAINTS`.
    Constraints,
    /// `DISTRIBUTION`.
    Distribution,
    /// `GENERATED`.
    Generated,
    /// `METADATA`.
    Metadata,
    /// `OPTIONS`.
    Options,
    /// `PARTITIONS`.
    Partitions,
    /// `WATERMARKS`.
    Watermarks,
}

/// `CREATE [OR REPLACE] [TEMPORARY] VIEW [IF NOT EXISTS] name [(cols)] [COMMENT '…'] AS query`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateView {
    /// `OR REPLACE`.
    pub or_replace: bool,
    /// `TEMPORARY`.
    pub temporary: bool,
    /// `IF NOT EXISTS`.
    pub if_not_exists: bool,
    /// View name.
    pub name: ObjectName,
    /// Column aliases.
    pub columns: Vec<Ident>,
    /// `COMMENT '…'`.
    pub comment: Option<StringLit>,
    /// The defining query.
    pub query: Box<Query>,
}

/// `CREATE DATABASE [IF NOT EXISTS] [cat.]db [COMMENT '…'] [WITH (…)]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateDatabase {
    /// `IF NOT EXISTS`.
    pub if_not_exists: bool,
    /// Database name.
    pub name: ObjectName,
    /// Comment.
    pub comment: Option<StringLit>,
    /// Options.
    pub with: Vec<SqlOption>,
}

/// `CREATE CATALOG [IF NOT EXISTS] c [COMMENT '…'] WITH (…)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateCatalog {
    /// `IF NOT EXISTS`.
    pub if_not_exists: bool,
    /// Catalog name.
    pub name: Ident,
    /// Comment.
    pub comment: Option<StringLit>,
    /// Options.
    pub with: Vec<SqlOption>,
}

/// `CREATE [TEMPORARY [SYSTEM]] FUNCTION [IF NOT EXISTS] f AS 'class' [LANGUAGE l] [USING JAR '…', …]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateFunction {
    /// `TEMPORARY`.
    pub temporary: bool,
    /// `SYSTEM`.
    pub system: bool,
    /// `IF NOT EXISTS`.
    pub if_not_exists: bool,
    /// Function name.
    pub name: ObjectName,
    /// Implementing class.
    pub class: StringLit,
    /// `LANGUAGE …`, upper-cased.
    pub language: Option<String>,
    /// `USING JAR '…'` paths.
    pub jars: Vec<StringLit>,
}

/// What a DROP removes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DropKind {
    /// `TABLE`.
    Table,
    /// `VIEW`.
    View,
    /// `DATABASE`.
    Database,
    /// `CATALOG`.
    Catalog,
    /// `FUNCTION`.
    Function,
}

/// `DROP [TEMPORARY [SYSTEM]] kind [IF EXISTS] name [RESTRICT|CASCADE]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drop {
    /// What is dropped.
    pub kind: DropKind,
    /// `TEMPORARY`.
    pub temporary: bool,
    /// `SYSTEM` (functions).
    pub system: bool,
    /// `IF EXISTS`.
    pub if_exists: bool,
    /// Object name.
    pub name: ObjectName,
    /// `CASCADE` (databases).
    pub cascade: bool,
}

/// `ALTER TABLE [IF EXISTS] t <action>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlterTable {
    /// `IF EXISTS`.
    pub if_exists: bool,
    /// Table name.
    pub name: ObjectName,
    /// What changes.
    pub action: AlterTableAction,
}

/// Where an added or modified column goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColumnPosition {
    /// Appended (nothing written).
    Default,
    /// `FIRST`.
    First,
    /// `AFTER col`.
    After(Ident),
}

/// An element of `ALTER TABLE … ADD|MODIFY`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AlterElement {
    /// A column and its position.
    Column(ColumnDef, ColumnPosition),
    /// A primary key or unique constraint.
    Constraint(TableConstraint),
    /// A watermark.
    Watermark(Watermark),
    /// A distribution.
    Distribution(Distribution),
}

/// The ALTER TABLE actions of Flink 1.20.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AlterTableAction {
    /// `RENAME TO new`.
    RenameTo(ObjectName),
    /// `RENAME col TO new_col`.
    RenameColumn(Ident, Ident),
    /// `SET (…)`.
    Set(Vec<SqlOption>),
    /// `RESET ('k', …)`.
    Reset(Vec<StringLit>),
    /// `ADD element` / `ADD (elements)`.
    Add(Vec<AlterElement>),
    /// `MODIFY element` / `MODIFY (elements)`.
    Modify(Vec<AlterElement>),
    /// `DROP col` / `DROP (cols)`.
    DropColumns(Vec<Ident>),
    /// `DROP PRIMARY KEY`.
    DropPrimaryKey,
    /// `DROP CONSTRAINT name`.
    DropConstraint(Ident),
    /// `DROP WATERMARK`.
    DropWatermark,
    /// `DROP DISTRIBUTION`.
    DropDistribution,
}

/// `ALTER VIEW name RENAME TO new | AS query`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlterView {
    /// View name.
    pub name: ObjectName,
    /// New name or new query.
    pub action: AlterViewAction,
}

/// ALTER VIEW actions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AlterViewAction {
    /// `RENAME TO new`.
    RenameTo(ObjectName),
    /// `AS query`.
    As(Box<Query>),
}

/// `ALTER DATABASE db SET (…)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlterDatabase {
    /// Database name.
    pub name: ObjectName,
    /// New options.
    pub set: Vec<SqlOption>,
}

/// `[EXECUTE] INSERT|UPSERT INTO|OVERWRITE t [hints] [PARTITION (…)] [(cols)] query`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Insert {
    /// `EXECUTE INSERT`.
    pub execute: bool,
    /// `UPSERT` instead of `INSERT`.
    pub upsert: bool,
    /// `OVERWRITE` instead of `INTO`.
    pub overwrite: bool,
    /// Target table.
    pub table: ObjectName,
    /// Table hints (`/*+ OPTIONS(…) */`).
    pub hints: Vec<Hint>,
    /// Static partition values.
    pub partition: Vec<(Ident, Expr)>,
    /// Target column list, if written.
    pub columns: Option<Vec<Ident>>,
    /// The rows to insert.
    pub source: Box<Query>,
    /// From INSERT to the end of the statement.
    pub span: NodeSpan,
}

/// `EXECUTE STATEMENT SET BEGIN insert; … END`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementSet {
    /// `EXECUTE` was written.
    pub execute: bool,
    /// The INSERTs.
    pub inserts: Vec<Insert>,
}

/// A `SET` statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Set {
    /// `None` for a bare `SET` (list the options).
    pub pair: Option<(StringLit, StringLit)>,
    /// Written in the client's unquoted legacy form `SET k = v`.
    pub legacy: bool,
}

/// A `RESET` statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reset {
    /// `None` for a bare `RESET` (all options).
    pub key: Option<StringLit>,
    /// Written in the client's unquoted legacy form `RESET k`.
    pub legacy: bool,
}

/// The object kinds of SHOW.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShowKind {
    /// `SHOW CATALOGS`.
    Catalogs,
    /// `SHOW CURRENT CATALOG`.
    CurrentCatalog,
    /// `SHOW DATABASES`.
    Databases,
    /// `SHOW CURRENT DATABASE`.
    CurrentDatabase,
    /// `SHOW TABLES`.
    Tables,
    /// `SHOW VIEWS`.
    Views,
    /// `SHOW [USER] FUNCTIONS`.
    Functions {
        /// `USER`.
        user: bool,
    },
    /// `SHOW PROCEDURES`.
    Procedures,
    /// `SHOW [FULL] MODULES`.
    Modules {
        /// `FULL`.
        full: bool,
    },
    /// `SHOW COLUMNS FROM|IN t` (the table is in [`Show::from`]).
    Columns,
    /// `SHOW CREATE TABLE t`.
    CreateTable(ObjectName),
    /// `SHOW CREATE VIEW v`.
    CreateView(ObjectName),
    /// `SHOW CREATE CATALOG c`.
    CreateCatalog(Ident),
    /// `SHOW JARS`.
    Jars,
    /// `SHOW JOBS`.
    Jobs,
    /// `SHOW PARTITIONS t [PARTITION (k = v, …)]`.
    Partitions(ObjectName, Vec<(Ident, Expr)>),
}

/// `[NOT] LIKE|ILIKE 'pattern'`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LikeFilter {
    /// `NOT`.
    pub not: bool,
    /// `ILIKE` (case-insensitive).
    pub ilike: bool,
    /// The pattern.
    pub pattern: StringLit,
}

/// A SHOW statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Show {
    /// What to show.
    pub kind: ShowKind,
    /// `FROM|IN name` (`true` for FROM).
    pub from: Option<(bool, ObjectName)>,
    /// The LIKE filter.
    pub like: Option<LikeFilter>,
}

/// What DESCRIBE describes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DescribeTarget {
    /// A table or view.
    Table(ObjectName),
    /// `CATALOG c`.
    Catalog(Ident),
    /// `DATABASE db`.
    Database(ObjectName),
    /// `FUNCTION f`.
    Function(ObjectName),
    /// `JOB 'id'`.
    Job(StringLit),
}

/// `DESC[RIBE] [EXTENDED] target`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Describe {
    /// `EXTENDED`.
    pub extended: bool,
    /// What is described.
    pub target: DescribeTarget,
}

/// The EXPLAIN details of Flink 1.20.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExplainDetail {
    /// `ESTIMATED_COST`.
    EstimatedCost,
    /// `CHANGELOG_MODE`.
    ChangelogMode,
    /// `JSON_EXECUTION_PLAN`.
    JsonExecutionPlan,
    /// `PLAN_ADVICE`.
    PlanAdvice,
}

/// `EXPLAIN [PLAN FOR | details] statement`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explain {
    /// `PLAN FOR` was written.
    pub plan_for: bool,
    /// Details, in order.
    pub details: Vec<ExplainDetail>,
    /// The explained statement: a query, an INSERT, a statement set or a CTAS.
    pub statement: Box<Statement>,
}
