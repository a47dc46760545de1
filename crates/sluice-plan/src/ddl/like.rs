//! `CREATE TABLE … LIKE source (options)`: Flink's `MergeTableLikeUtil` — which features of
//! the source are included, excluded or overwritten, and the conflicts that fail.

use std::collections::HashMap;
use std::sync::Arc;

use sluice_common::options::OptionEntry;
use sluice_common::schema::{ColumnKind, PrimaryKey, WatermarkSpec};
use sluice_common::{Diagnostic, Span};
use sluice_sql::ast::{CreateTable, LikeFeature, LikeOption, MergeStrategy, Watermark};

use super::create_table::{Declared, DeclaredKind, PrimaryKeyDecl, distribution_spec};
use crate::catalog::{CatalogTable, DistributionSpec};

/// The resolved source of a LIKE clause.
pub struct LikeSource {
    /// The source table.
    pub table: Arc<CatalogTable>,
    /// The merge options as written.
    pub options: Vec<LikeOption>,
}

/// The new table's parts after merging.
pub(crate) struct Merged {
    pub columns: Vec<Declared>,
    pub primary_key: Option<PrimaryKeyDecl>,
    pub pk_from_base_strict: bool,
    pub inherited_pk: Option<PrimaryKey>,
    pub watermark: Option<Watermark>,
    /// With LIKE, the columns the statement's watermark may use: every physical column and
    /// the statement's own metadata and computed columns (not inherited ones).
    pub watermark_scope: Option<Vec<String>>,
    pub inherited_watermarks: Vec<WatermarkSpec>,
    pub partition_keys: Vec<(String, Span)>,
    pub distribution: Option<(DistributionSpec, Span)>,
    pub options: Vec<OptionEntry>,
}

const FEATURES: [LikeFeature; 7] = [
    LikeFeature::Constraints,
    LikeFeature::Distribution,
    LikeFeature::Generated,
    LikeFeature::Metadata,
    LikeFeature::Options,
    LikeFeature::Partitions,
    LikeFeature::Watermarks,
];

fn feature_name(f: LikeFeature) -> &'static str {
    match f {
        LikeFeature::All => "ALL",
        LikeFeature::Constraints => "CONSTRAINTS",
        LikeFeature::Distribution => "DISTRIBUTION",
        LikeFeature::Generated => "GENERATED",
        LikeFeature::Metadata => "METADATA",
        LikeFeature::Options => "OPTIONS",
        LikeFeature::Partitions => "PARTITIONS",
        LikeFeature::Watermarks => "WATERMARKS",
    }
}

/// The strategy per feature, validated as Flink validates LIKE options.
fn strategies(options: &[LikeOption]) -> Result<HashMap<LikeFeature, MergeStrategy>, Diagnostic> {
    let mut map: HashMap<LikeFeature, MergeStrategy> = FEATURES
        .iter()
        .map(|f| (*f, if *f == LikeFeature::Options { MergeStrategy::Overwriting } else { MergeStrategy::Including }))
        .collect();
    let mut seen = Vec::new();
    for o in options {
        if seen.contains(&o.feature) {
            return Err(Diagnostic::error("Each like option feature can be declared only once.", o.span.0));
        }
        seen.push(o.feature);
        if o.strategy == MergeStrategy::Overwriting
            && matches!(
                o.feature,
                LikeFeature::All | LikeFeature::Constraints | LikeFeature::Distribution | LikeFeature::Partitions
            )
        {
            return Err(Diagnostic::error(
                format!("Illegal merging strategy 'OVERWRITING' for '{}' option.", feature_name(o.feature)),
                o.span.0,
            ));
        }
    }
    if let Some(all) = options.iter().find(|o| o.feature == LikeFeature::All) {
        for f in FEATURES {
            map.insert(f, all.strategy);
        }
    }
    for o in options.iter().filter(|o| o.feature != LikeFeature::All) {
        map.insert(o.feature, o.strategy);
    }
    Ok(map)
}

/// Merges the statement's own parts with the LIKE source (if any).
pub(crate) fn merge_like(
    ct: &CreateTable,
    declared: Vec<Declared>,
    pk: Option<PrimaryKeyDecl>,
    watermark: Option<Watermark>,
    options: Vec<OptionEntry>,
    like: Option<LikeSource>,
) -> Result<Merged, Diagnostic> {
    let partition_keys: Vec<(String, Span)> = ct.partitioned_by.iter().map(|p| (p.value.clone(), p.span())).collect();
    let distribution = ct.distribution.as_ref().map(distribution_spec);
    let Some(like) = like else {
        return Ok(Merged {
            columns: declared,
            primary_key: pk,
            pk_from_base_strict: false,
            inherited_pk: None,
            watermark,
            watermark_scope: None,
            inherited_watermarks: Vec::new(),
            partition_keys,
            distribution,
            options,
        });
    };
    let strategy = strategies(&like.options)?;
    let s = |f: LikeFeature| strategy[&f];
    let base = &like.table;
    let like_span = ct.like.as_ref().map(|l| l.span.0).unwrap_or_default();

    let mut watermark_scope: Vec<String> =
        base.schema.columns.iter().filter(|c| c.is_physical()).map(|c| c.name.clone()).collect();
    watermark_scope.extend(declared.iter().map(|d| d.name.clone()));
    let mut columns: Vec<Declared> = Vec::new();
    for c in &base.schema.columns {
        let ty = c.data_type.without_time_attribute();
        let kind = match &c.kind {
            ColumnKind::Physical => DeclaredKind::Physical(ty),
            ColumnKind::Computed { expr } if s(LikeFeature::Generated) != MergeStrategy::Excluding => {
                DeclaredKind::ComputedResolved { ty, expr: expr.clone() }
            }
            ColumnKind::Metadata { key, is_virtual } if s(LikeFeature::Metadata) != MergeStrategy::Excluding => {
                DeclaredKind::Metadata { ty, key: key.clone(), is_virtual: *is_virtual }
            }
            _ => continue,
        };
        columns.push(Declared {
            name: c.name.clone(),
            kind,
            comment: c.comment.clone(),
            span: c.span.unwrap_or(like_span),
        });
    }
    for d in declared {
        match columns.iter().position(|c| c.name == d.name) {
            None => columns.push(d),
            Some(i) => {
                let base_kind = &columns[i].kind;
                let (same_kind, feature, label) = match (&d.kind, base_kind) {
                    (DeclaredKind::Computed(_), DeclaredKind::ComputedResolved { .. }) => {
                        (true, LikeFeature::Generated, "generated")
                    }
                    (DeclaredKind::Metadata { .. }, DeclaredKind::Metadata { .. }) => {
                        (true, LikeFeature::Metadata, "metadata")
                    }
                    _ => (false, LikeFeature::All, "column"),
                };
                if same_kind && s(feature) == MergeStrategy::Overwriting {
                    columns[i] = d;
                } else if same_kind {
                    return Err(Diagnostic::error(
                        format!(
                            "A {label} column named '{}' already exists in the base table. You might want to specify EXCLUDING {f} or OVERWRITING {f}.",
                            d.name,
                            f = feature_name(feature)
                        ),
                        d.span,
                    ));
                } else {
                    return Err(Diagnostic::error(
                        format!("A column named '{}' already exists in the base table.", d.name),
                        d.span,
                    ));
                }
            }
        }
    }

    let mut inherited_pk = None;
    if s(LikeFeature::Constraints) == MergeStrategy::Including
        && let Some(base_pk) = &base.schema.primary_key
    {
        if let Some((_, _, span)) = &pk {
            return Err(Diagnostic::error(
                "The base table already has a primary key. You might want to specify EXCLUDING CONSTRAINTS.",
                *span,
            ));
        }
        inherited_pk = Some(base_pk.clone());
    }

    let mut inherited_watermarks = Vec::new();
    if s(LikeFeature::Watermarks) != MergeStrategy::Excluding {
        for w in &base.schema.watermarks {
            if let Some(new) = &watermark
                && new.column.object() == w.rowtime
            {
                if s(LikeFeature::Watermarks) == MergeStrategy::Including {
                    return Err(Diagnostic::error(
                        format!(
                            "There already exists a watermark spec for column '{}' in the base table. You might want to specify EXCLUDING WATERMARKS or OVERWRITING WATERMARKS.",
                            w.rowtime
                        ),
                        new.span.0,
                    ));
                }
                continue;
            }
            inherited_watermarks.push(w.clone());
        }
    }

    let mut partitions = partition_keys;
    if s(LikeFeature::Partitions) == MergeStrategy::Including && !base.partition_keys.is_empty() {
        if !partitions.is_empty() {
            return Err(Diagnostic::error(
                "The base table already has partitions defined. You might want to specify EXCLUDING PARTITIONS.",
                partitions[0].1,
            ));
        }
        partitions = base.partition_keys.iter().map(|p| (p.clone(), like_span)).collect();
    }

    let mut dist = distribution;
    if s(LikeFeature::Distribution) == MergeStrategy::Including
        && let Some(bd) = &base.distribution
    {
        if let Some((_, span)) = &dist {
            return Err(Diagnostic::error(
                "The base table already has a distribution defined. You might want to specify EXCLUDING DISTRIBUTION.",
                *span,
            ));
        }
        dist = Some((bd.clone(), like_span));
    }

    let merged_options = match s(LikeFeature::Options) {
        MergeStrategy::Excluding => options,
        MergeStrategy::Including => {
            let mut out = base.options.clone();
            for o in options {
                if let Some(b) = out.iter().find(|b| b.key == o.key) {
                    return Err(Diagnostic::error(
                        format!(
                            "There already exists an option ['{}' -> '{}']  in the base table. You might want to specify EXCLUDING OPTIONS or OVERWRITING OPTIONS.",
                            b.key,
                            sluice_common::options::display_value(&b.key, &b.value)
                        ),
                        o.key_span,
                    ));
                }
                out.push(o);
            }
            out
        }
        MergeStrategy::Overwriting => {
            let mut out = base.options.clone();
            for o in options {
                match out.iter_mut().find(|b| b.key == o.key) {
                    Some(b) => *b = o,
                    None => out.push(o),
                }
            }
            out
        }
    };

    Ok(Merged {
        columns,
        primary_key: pk,
        pk_from_base_strict: true,
        inherited_pk,
        watermark,
        watermark_scope: Some(watermark_scope),
        inherited_watermarks,
        partition_keys: partitions,
        distribution: dist,
        options: merged_options,
    })
}
