//! Canonical SQL text of every node. Parsing the text gives back an equal AST.

use std::fmt::{self, Display, Formatter};

use std::ops::ControlFlow;

use sqlparser::ast::{TableFactor, VisitMut, VisitorMut};

use super::*;
use crate::keywords;

/// Prints a query as Flink reads it. `sqlparser` prints a table's alias before its
/// `FOR SYSTEM_TIME AS OF` clause, which Flink (and `sqlparser` itself) only accepts after
/// it; such tables are printed in Flink's order.
pub fn query_text(q: &Query) -> String {
    struct TemporalOrder;
    impl VisitorMut for TemporalOrder {
        type Break = ();
        fn post_visit_table_factor(&mut self, tf: &mut TableFactor) -> ControlFlow<()> {
            if let TableFactor::Table { name, alias, version, .. } = tf
                && let (Some(a), Some(v)) = (alias.as_ref(), version.as_ref())
            {
                let text = format!("{name} {v} {a}");
                *name = sqlparser::ast::ObjectName::from(vec![sqlparser::ast::Ident::new(text)]);
                *alias = None;
                *version = None;
            }
            ControlFlow::Continue(())
        }
    }
    let needs = q.to_string().contains("SYSTEM_TIME");
    if !needs {
        return q.to_string();
    }
    let mut copy = q.clone();
    let _ = copy.visit(&mut TemporalOrder);
    copy.to_string()
}

struct Q<'a>(&'a Query);

impl Display for Q<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(&query_text(self.0))
    }
}

fn comma<T: Display>(f: &mut Formatter<'_>, items: &[T]) -> fmt::Result {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{item}")?;
    }
    Ok(())
}

fn needs_quotes(value: &str) -> bool {
    let mut chars = value.chars();
    let simple = match chars.next() {
        Some(c) if c.is_alphabetic() || c == '_' => chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$'),
        _ => false,
    };
    !simple || keywords::is_reserved(value)
}

impl Display for Ident {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        if self.quoted || needs_quotes(&self.value) {
            write!(f, "`{}`", self.value.replace('`', "``"))
        } else {
            f.write_str(&self.value)
        }
    }
}

impl Display for ObjectName {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        for (i, part) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            write!(f, "{part}")?;
        }
        Ok(())
    }
}

impl Display for StringLit {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "'{}'", self.value.replace('\'', "''"))
    }
}

impl Display for SqlOption {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "{} = {}", self.key, self.value)
    }
}

fn options(f: &mut Formatter<'_>, opts: &[SqlOption]) -> fmt::Result {
    f.write_str("(")?;
    comma(f, opts)?;
    f.write_str(")")
}

fn paren_idents(f: &mut Formatter<'_>, idents: &[Ident]) -> fmt::Result {
    f.write_str("(")?;
    comma(f, idents)?;
    f.write_str(")")
}

impl Display for TypeExpr {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.ty)?;
        match self.nullable {
            Some(false) => f.write_str(" NOT NULL"),
            Some(true) => f.write_str(" NULL"),
            None => Ok(()),
        }
    }
}

fn opt_len(f: &mut Formatter<'_>, name: &str, n: &Option<u64>) -> fmt::Result {
    match n {
        Some(n) => write!(f, "{name}({n})"),
        None => f.write_str(name),
    }
}

impl Display for IntervalQualifier {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(self.start.as_str())?;
        match (self.start_precision, self.end, self.fractional_precision) {
            (Some(p), _, Some(fp)) if self.start == TimeUnit::Second && self.end.is_none() => write!(f, "({p}, {fp})")?,
            (Some(p), _, _) => write!(f, "({p})")?,
            _ => {}
        }
        if let Some(end) = self.end {
            write!(f, " TO {}", end.as_str())?;
            if let (TimeUnit::Second, Some(fp)) = (end, self.fractional_precision) {
                write!(f, "({fp})")?;
            }
        }
        Ok(())
    }
}

impl Display for SqlType {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            SqlType::Char(n) => opt_len(f, "CHAR", n),
            SqlType::VarChar(n) => opt_len(f, "VARCHAR", n),
            SqlType::String => f.write_str("STRING"),
            SqlType::Boolean => f.write_str("BOOLEAN"),
            SqlType::Binary(n) => opt_len(f, "BINARY", n),
            SqlType::VarBinary(n) => opt_len(f, "VARBINARY", n),
            SqlType::Bytes => f.write_str("BYTES"),
            SqlType::Decimal(None, _) => f.write_str("DECIMAL"),
            SqlType::Decimal(Some(p), None) => write!(f, "DECIMAL({p})"),
            SqlType::Decimal(Some(p), Some(s)) => write!(f, "DECIMAL({p}, {s})"),
            SqlType::TinyInt => f.write_str("TINYINT"),
            SqlType::SmallInt => f.write_str("SMALLINT"),
            SqlType::Int => f.write_str("INT"),
            SqlType::BigInt => f.write_str("BIGINT"),
            SqlType::Float => f.write_str("FLOAT"),
            SqlType::Real => f.write_str("REAL"),
            SqlType::Double => f.write_str("DOUBLE"),
            SqlType::Date => f.write_str("DATE"),
            SqlType::Time(p) => opt_len(f, "TIME", p),
            SqlType::TimeLtz(p) => {
                opt_len(f, "TIME", p)?;
                f.write_str(" WITH LOCAL TIME ZONE")
            }
            SqlType::Timestamp(p) => opt_len(f, "TIMESTAMP", p),
            SqlType::TimestampLtz(p) => opt_len(f, "TIMESTAMP_LTZ", p),
            SqlType::Interval(q) => write!(f, "INTERVAL {q}"),
            SqlType::Array(e) => write!(f, "ARRAY<{e}>"),
            SqlType::Multiset(e) => write!(f, "MULTISET<{e}>"),
            SqlType::Map(k, v) => write!(f, "MAP<{k}, {v}>"),
            SqlType::Row(fields) => {
                f.write_str("ROW<")?;
                for (i, field) in fields.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{} {}", field.name, field.ty)?;
                    if let Some(c) = &field.comment {
                        write!(f, " {c}")?;
                    }
                }
                f.write_str(">")
            }
            SqlType::Raw(class, snapshot) => write!(f, "RAW({class}, {snapshot})"),
            SqlType::Named(name) => write!(f, "{name}"),
        }
    }
}

impl Display for Statement {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Statement::CreateTable(c) => write!(f, "{c}"),
            Statement::CreateView(v) => write!(f, "{v}"),
            Statement::CreateDatabase(d) => {
                f.write_str("CREATE DATABASE ")?;
                if d.if_not_exists {
                    f.write_str("IF NOT EXISTS ")?;
                }
                write!(f, "{}", d.name)?;
                if let Some(c) = &d.comment {
                    write!(f, " COMMENT {c}")?;
                }
                if !d.with.is_empty() {
                    f.write_str(" WITH ")?;
                    options(f, &d.with)?;
                }
                Ok(())
            }
            Statement::CreateCatalog(c) => {
                f.write_str("CREATE CATALOG ")?;
                if c.if_not_exists {
                    f.write_str("IF NOT EXISTS ")?;
                }
                write!(f, "{}", c.name)?;
                if let Some(cm) = &c.comment {
                    write!(f, " COMMENT {cm}")?;
                }
                f.write_str(" WITH ")?;
                options(f, &c.with)
            }
            Statement::CreateFunction(c) => {
                f.write_str("CREATE ")?;
                if c.temporary {
                    f.write_str("TEMPORARY ")?;
                }
                if c.system {
                    f.write_str("SYSTEM ")?;
                }
                f.write_str("FUNCTION ")?;
                if c.if_not_exists {
                    f.write_str("IF NOT EXISTS ")?;
                }
                write!(f, "{} AS {}", c.name, c.class)?;
                if let Some(l) = &c.language {
                    write!(f, " LANGUAGE {l}")?;
                }
                if !c.jars.is_empty() {
                    f.write_str(" USING ")?;
                    for (i, j) in c.jars.iter().enumerate() {
                        if i > 0 {
                            f.write_str(", ")?;
                        }
                        write!(f, "JAR {j}")?;
                    }
                }
                Ok(())
            }
            Statement::Drop(d) => write!(f, "{d}"),
            Statement::AlterTable(a) => write!(f, "{a}"),
            Statement::AlterView(a) => match &a.action {
                AlterViewAction::RenameTo(n) => write!(f, "ALTER VIEW {} RENAME TO {n}", a.name),
                AlterViewAction::As(q) => write!(f, "ALTER VIEW {} AS {}", a.name, Q(q)),
            },
            Statement::AlterDatabase(a) => {
                write!(f, "ALTER DATABASE {} SET ", a.name)?;
                options(f, &a.set)
            }
            Statement::Insert(i) => write!(f, "{i}"),
            Statement::StatementSet(s) => write!(f, "{s}"),
            Statement::BeginStatementSet => f.write_str("BEGIN STATEMENT SET"),
            Statement::End => f.write_str("END"),
            Statement::Set(s) => match (&s.pair, s.legacy) {
                (None, _) => f.write_str("SET"),
                (Some((k, v)), false) => write!(f, "SET {k} = {v}"),
                (Some((k, v)), true) => write!(f, "SET {} = {}", k.value, legacy_value(&v.value)),
            },
            Statement::Reset(r) => match (&r.key, r.legacy) {
                (None, _) => f.write_str("RESET"),
                (Some(k), false) => write!(f, "RESET {k}"),
                (Some(k), true) => write!(f, "RESET {}", k.value),
            },
            Statement::UseCatalog(c) => write!(f, "USE CATALOG {c}"),
            Statement::Use(db) => write!(f, "USE {db}"),
            Statement::UseModules(m) => {
                f.write_str("USE MODULES ")?;
                comma(f, m)
            }
            Statement::LoadModule { name, options: opts } => {
                write!(f, "LOAD MODULE {name}")?;
                if !opts.is_empty() {
                    f.write_str(" WITH ")?;
                    options(f, opts)?;
                }
                Ok(())
            }
            Statement::UnloadModule(m) => write!(f, "UNLOAD MODULE {m}"),
            Statement::Show(s) => write!(f, "{s}"),
            Statement::Describe(d) => {
                f.write_str("DESCRIBE ")?;
                let ext = if d.extended { "EXTENDED " } else { "" };
                match &d.target {
                    DescribeTarget::Table(n) => write!(f, "{ext}{n}"),
                    DescribeTarget::Catalog(c) => write!(f, "CATALOG {ext}{c}"),
                    DescribeTarget::Database(n) => write!(f, "DATABASE {ext}{n}"),
                    DescribeTarget::Function(n) => write!(f, "FUNCTION {ext}{n}"),
                    DescribeTarget::Job(id) => write!(f, "JOB {id}"),
                }
            }
            Statement::Explain(e) => {
                f.write_str("EXPLAIN ")?;
                if e.plan_for {
                    f.write_str("PLAN FOR ")?;
                }
                for (i, d) in e.details.iter().enumerate() {
                    f.write_str(if i > 0 { ", " } else { "" })?;
                    f.write_str(match d {
                        ExplainDetail::EstimatedCost => "ESTIMATED_COST",
                        ExplainDetail::ChangelogMode => "CHANGELOG_MODE",
                        ExplainDetail::JsonExecutionPlan => "JSON_EXECUTION_PLAN",
                        ExplainDetail::PlanAdvice => "PLAN_ADVICE",
                    })?;
                }
                if !e.details.is_empty() {
                    f.write_str(" ")?;
                }
                write!(f, "{}", e.statement)
            }
            Statement::Query(q) => write!(f, "{}", Q(q)),
            Statement::CompilePlan { file, if_not_exists, execute, statement } => {
                f.write_str(if *execute { "COMPILE AND EXECUTE PLAN " } else { "COMPILE PLAN " })?;
                write!(f, "{file}")?;
                if *if_not_exists {
                    f.write_str(" IF NOT EXISTS")?;
                }
                write!(f, " FOR {statement}")
            }
            Statement::ExecutePlan(file) => write!(f, "EXECUTE PLAN {file}"),
            Statement::AddJar(p) => write!(f, "ADD JAR {p}"),
            Statement::RemoveJar(p) => write!(f, "REMOVE JAR {p}"),
            Statement::ClientCommand(c) => f.write_str(match c {
                ClientCommand::Help => "HELP",
                ClientCommand::Quit => "QUIT",
                ClientCommand::Exit => "EXIT",
                ClientCommand::Clear => "CLEAR",
            }),
            Statement::Unsupported { text, .. } => f.write_str(text),
        }
    }
}

fn legacy_value(v: &str) -> String {
    if v.is_empty() || v.contains(|c: char| c.is_whitespace() || c == ';') { format!("'{v}'") } else { v.to_string() }
}

impl Display for CreateTable {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str(match self.replace {
            ReplaceMode::None => "CREATE ",
            ReplaceMode::CreateOrReplace => "CREATE OR REPLACE ",
            ReplaceMode::Replace => "REPLACE ",
        })?;
        if self.temporary {
            f.write_str("TEMPORARY ")?;
        }
        f.write_str("TABLE ")?;
        if self.if_not_exists {
            f.write_str("IF NOT EXISTS ")?;
        }
        write!(f, "{}", self.name)?;
        if !self.elements.is_empty() {
            f.write_str(" (")?;
            comma(f, &self.elements)?;
            f.write_str(")")?;
        }
        if let Some(c) = &self.comment {
            write!(f, " COMMENT {c}")?;
        }
        if let Some(d) = &self.distribution {
            write!(f, " {d}")?;
        }
        if !self.partitioned_by.is_empty() {
            f.write_str(" PARTITIONED BY ")?;
            paren_idents(f, &self.partitioned_by)?;
        }
        if let Some(w) = &self.with {
            f.write_str(" WITH ")?;
            options(f, w)?;
        }
        if let Some(l) = &self.like {
            write!(f, " LIKE {}", l.source)?;
            if !l.options.is_empty() {
                f.write_str(" (")?;
                for (i, o) in l.options.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" ")?;
                    }
                    write!(f, "{o}")?;
                }
                f.write_str(")")?;
            }
        }
        if let Some(q) = &self.as_query {
            write!(f, " AS {}", Q(q))?;
        }
        Ok(())
    }
}

impl Display for LikeOption {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let s = match self.strategy {
            MergeStrategy::Including => "INCLUDING",
            MergeStrategy::Excluding => "EXCLUDING",
            MergeStrategy::Overwriting => "OVERWRITING",
        };
        let feat = match self.feature {
            LikeFeature::All => "ALL",
            LikeFeature::Constraints => "CONSTRAINTS",
            LikeFeature::Distribution => "DISTRIBUTION",
            LikeFeature::Generated => "GENERATED",
            LikeFeature::Metadata => "METADATA",
            LikeFeature::Options => "OPTIONS",
            LikeFeature::Partitions => "PARTITIONS",
            LikeFeature::Watermarks => "WATERMARKS",
        };
        write!(f, "{s} {feat}")
    }
}

impl Display for Distribution {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("DISTRIBUTED")?;
        if !self.columns.is_empty() {
            f.write_str(" BY ")?;
            match self.kind {
                Some(DistributionKind::Hash) => f.write_str("HASH")?,
                Some(DistributionKind::Range) => f.write_str("RANGE")?,
                None => {}
            }
            paren_idents(f, &self.columns)?;
        }
        if let Some(n) = &self.buckets {
            write!(f, " INTO {n} BUCKETS")?;
        }
        Ok(())
    }
}

impl Display for TableElement {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            TableElement::Column(c) => write!(f, "{c}"),
            TableElement::Constraint(c) => write!(f, "{c}"),
            TableElement::Watermark(w) => write!(f, "{w}"),
        }
    }
}

fn enforcement(f: &mut Formatter<'_>, e: Enforcement) -> fmt::Result {
    match e {
        Enforcement::Unspecified => Ok(()),
        Enforcement::Enforced => f.write_str(" ENFORCED"),
        Enforcement::NotEnforced => f.write_str(" NOT ENFORCED"),
    }
}

fn constraint_head(f: &mut Formatter<'_>, name: &Option<Ident>, kind: ConstraintKind) -> fmt::Result {
    if let Some(n) = name {
        write!(f, "CONSTRAINT {n} ")?;
    }
    f.write_str(match kind {
        ConstraintKind::PrimaryKey => "PRIMARY KEY",
        ConstraintKind::Unique => "UNIQUE",
    })
}

impl Display for ColumnDef {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "{} ", self.name)?;
        match &self.kind {
            ColumnDefKind::Physical { ty, constraint } => {
                write!(f, "{ty}")?;
                if let Some(c) = constraint {
                    f.write_str(" ")?;
                    constraint_head(f, &c.name, c.kind)?;
                    enforcement(f, c.enforcement)?;
                }
            }
            ColumnDefKind::Metadata { ty, from, is_virtual } => {
                write!(f, "{ty} METADATA")?;
                if let Some(k) = from {
                    write!(f, " FROM {k}")?;
                }
                if *is_virtual {
                    f.write_str(" VIRTUAL")?;
                }
            }
            ColumnDefKind::Computed { expr } => write!(f, "AS {expr}")?,
        }
        if let Some(c) = &self.comment {
            write!(f, " COMMENT {c}")?;
        }
        Ok(())
    }
}

impl Display for TableConstraint {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        constraint_head(f, &self.name, self.kind)?;
        f.write_str(" ")?;
        paren_idents(f, &self.columns)?;
        enforcement(f, self.enforcement)
    }
}

impl Display for Watermark {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "WATERMARK FOR {} AS {}", self.column, self.expr)
    }
}

impl Display for CreateView {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("CREATE ")?;
        if self.or_replace {
            f.write_str("OR REPLACE ")?;
        }
        if self.temporary {
            f.write_str("TEMPORARY ")?;
        }
        f.write_str("VIEW ")?;
        if self.if_not_exists {
            f.write_str("IF NOT EXISTS ")?;
        }
        write!(f, "{}", self.name)?;
        if !self.columns.is_empty() {
            f.write_str(" ")?;
            paren_idents(f, &self.columns)?;
        }
        if let Some(c) = &self.comment {
            write!(f, " COMMENT {c}")?;
        }
        write!(f, " AS {}", Q(&self.query))
    }
}

impl Display for Drop {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("DROP ")?;
        if self.temporary {
            f.write_str("TEMPORARY ")?;
        }
        if self.system {
            f.write_str("SYSTEM ")?;
        }
        f.write_str(match self.kind {
            DropKind::Table => "TABLE ",
            DropKind::View => "VIEW ",
            DropKind::Database => "DATABASE ",
            DropKind::Catalog => "CATALOG ",
            DropKind::Function => "FUNCTION ",
        })?;
        if self.if_exists {
            f.write_str("IF EXISTS ")?;
        }
        write!(f, "{}", self.name)?;
        if self.cascade {
            f.write_str(" CASCADE")?;
        }
        Ok(())
    }
}

impl Display for AlterElement {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            AlterElement::Column(c, pos) => {
                write!(f, "{c}")?;
                match pos {
                    ColumnPosition::Default => Ok(()),
                    ColumnPosition::First => f.write_str(" FIRST"),
                    ColumnPosition::After(a) => write!(f, " AFTER {a}"),
                }
            }
            AlterElement::Constraint(c) => write!(f, "{c}"),
            AlterElement::Watermark(w) => write!(f, "{w}"),
            AlterElement::Distribution(d) => {
                let text = d.to_string();
                write!(f, "DISTRIBUTION{}", text.strip_prefix("DISTRIBUTED").unwrap_or(&text))
            }
        }
    }
}

impl Display for AlterTable {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("ALTER TABLE ")?;
        if self.if_exists {
            f.write_str("IF EXISTS ")?;
        }
        write!(f, "{} ", self.name)?;
        let elements = |f: &mut Formatter<'_>, verb: &str, e: &[AlterElement]| -> fmt::Result {
            write!(f, "{verb} (")?;
            comma(f, e)?;
            f.write_str(")")
        };
        match &self.action {
            AlterTableAction::RenameTo(n) => write!(f, "RENAME TO {n}"),
            AlterTableAction::RenameColumn(a, b) => write!(f, "RENAME {a} TO {b}"),
            AlterTableAction::Set(o) => {
                f.write_str("SET ")?;
                options(f, o)
            }
            AlterTableAction::Reset(keys) => {
                f.write_str("RESET (")?;
                comma(f, keys)?;
                f.write_str(")")
            }
            AlterTableAction::Add(e) => elements(f, "ADD", e),
            AlterTableAction::Modify(e) => elements(f, "MODIFY", e),
            AlterTableAction::DropColumns(c) => {
                f.write_str("DROP ")?;
                paren_idents(f, c)
            }
            AlterTableAction::DropPrimaryKey => f.write_str("DROP PRIMARY KEY"),
            AlterTableAction::DropConstraint(n) => write!(f, "DROP CONSTRAINT {n}"),
            AlterTableAction::DropWatermark => f.write_str("DROP WATERMARK"),
            AlterTableAction::DropDistribution => f.write_str("DROP DISTRIBUTION"),
        }
    }
}

impl Display for Insert {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        if self.execute {
            f.write_str("EXECUTE ")?;
        }
        f.write_str(if self.upsert { "UPSERT " } else { "INSERT " })?;
        f.write_str(if self.overwrite { "OVERWRITE " } else { "INTO " })?;
        write!(f, "{}", self.table)?;
        for h in &self.hints {
            match &h.args {
                Some(a) => write!(f, " /*+ {}({a}) */", h.name)?,
                None => write!(f, " /*+ {} */", h.name)?,
            }
        }
        if !self.partition.is_empty() {
            f.write_str(" PARTITION (")?;
            for (i, (k, v)) in self.partition.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{k} = {v}")?;
            }
            f.write_str(")")?;
        }
        if let Some(cols) = &self.columns {
            f.write_str(" ")?;
            paren_idents(f, cols)?;
        }
        write!(f, " {}", Q(&self.source))
    }
}

impl Display for StatementSet {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        if self.execute {
            f.write_str("EXECUTE ")?;
        }
        f.write_str("STATEMENT SET BEGIN ")?;
        for i in &self.inserts {
            write!(f, "{i}; ")?;
        }
        f.write_str("END")
    }
}

impl Display for Show {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        f.write_str("SHOW ")?;
        match &self.kind {
            ShowKind::Catalogs => f.write_str("CATALOGS")?,
            ShowKind::CurrentCatalog => f.write_str("CURRENT CATALOG")?,
            ShowKind::Databases => f.write_str("DATABASES")?,
            ShowKind::CurrentDatabase => f.write_str("CURRENT DATABASE")?,
            ShowKind::Tables => f.write_str("TABLES")?,
            ShowKind::Views => f.write_str("VIEWS")?,
            ShowKind::Functions { user } => f.write_str(if *user { "USER FUNCTIONS" } else { "FUNCTIONS" })?,
            ShowKind::Procedures => f.write_str("PROCEDURES")?,
            ShowKind::Modules { full } => f.write_str(if *full { "FULL MODULES" } else { "MODULES" })?,
            ShowKind::Columns => f.write_str("COLUMNS")?,
            ShowKind::CreateTable(n) => write!(f, "CREATE TABLE {n}")?,
            ShowKind::CreateView(n) => write!(f, "CREATE VIEW {n}")?,
            ShowKind::CreateCatalog(c) => write!(f, "CREATE CATALOG {c}")?,
            ShowKind::Jars => f.write_str("JARS")?,
            ShowKind::Jobs => f.write_str("JOBS")?,
            ShowKind::Partitions(n, spec) => {
                write!(f, "PARTITIONS {n}")?;
                if !spec.is_empty() {
                    f.write_str(" PARTITION (")?;
                    for (i, (k, v)) in spec.iter().enumerate() {
                        if i > 0 {
                            f.write_str(", ")?;
                        }
                        write!(f, "{k} = {v}")?;
                    }
                    f.write_str(")")?;
                }
            }
        }
        if let Some((from, n)) = &self.from {
            write!(f, " {} {n}", if *from { "FROM" } else { "IN" })?;
        }
        if let Some(l) = &self.like {
            f.write_str(if l.not { " NOT" } else { "" })?;
            f.write_str(if l.ilike { " ILIKE " } else { " LIKE " })?;
            write!(f, "{}", l.pattern)?;
        }
        Ok(())
    }
}
