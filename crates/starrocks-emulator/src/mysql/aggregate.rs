//! Aggregate functions of `SELECT`: `count` (with `DISTINCT`), `sum`, `min`, `max`, `avg`,
//! and the BITMAP/HLL aggregates `bitmap_union_count`, `hll_union_agg`, `bitmap_union`,
//! `hll_union`, `hll_raw_agg` (`count(DISTINCT <bitmap or hll column>)` is the union count,
//! as StarRocks rewrites it).

use crate::sql::expr::function_args;
use crate::value::{Value, sketch};
use sqlparser::ast::{DuplicateTreatment, Expr, Function, FunctionArguments};
use std::collections::{BTreeSet, HashSet};

/// Whether `name` is an aggregate function.
pub fn is_aggregate(name: &str) -> bool {
    matches!(
        name,
        "count"
            | "sum"
            | "min"
            | "max"
            | "avg"
            | "bitmap_union_count"
            | "hll_union_agg"
            | "bitmap_union"
            | "hll_union"
            | "hll_raw_agg"
    )
}

/// Collects the aggregate calls inside `e`.
pub fn collect_aggregates(e: &Expr, out: &mut Vec<Expr>) {
    match e {
        Expr::Function(f) => {
            if is_aggregate(&f.name.to_string().to_ascii_lowercase()) {
                out.push(e.clone());
            } else {
                for a in function_args(&f.args) {
                    collect_aggregates(a, out);
                }
            }
        }
        Expr::BinaryOp { left, right, .. } => {
            collect_aggregates(left, out);
            collect_aggregates(right, out);
        }
        Expr::UnaryOp { expr, .. } | Expr::Nested(expr) | Expr::Cast { expr, .. } => collect_aggregates(expr, out),
        _ => {}
    }
}

fn is_distinct(f: &Function) -> bool {
    matches!(&f.args, FunctionArguments::List(l) if l.duplicate_treatment == Some(DuplicateTreatment::Distinct))
}

/// An aggregate's running state.
#[derive(Debug, Clone)]
pub enum Acc {
    /// `count(x)` / `count(*)`.
    Count(i64),
    /// `count(DISTINCT x)` over ordinary values.
    CountDistinct(HashSet<Vec<u8>>),
    /// Union of BITMAP/HLL values; `count` says whether the result is its size.
    Union(BTreeSet<u64>, bool, bool),
    /// `sum`.
    Sum(Option<Value>),
    /// `min`.
    Min(Option<Value>),
    /// `max`.
    Max(Option<Value>),
    /// `avg`.
    Avg(f64, i64),
}

fn add(a: &Value, b: &Value) -> Value {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            x.checked_add(*y).map_or(Value::LargeInt(i128::from(*x) + i128::from(*y)), Value::Int)
        }
        (Value::Decimal(x, s), Value::Decimal(y, t)) if s == t => Value::Decimal(x + y, *s),
        _ => match (a.as_i128(), b.as_i128(), a, b) {
            (Some(x), Some(y), Value::LargeInt(_) | Value::Int(_), Value::LargeInt(_) | Value::Int(_)) => {
                Value::LargeInt(x + y)
            }
            _ => Value::Float(a.as_f64().unwrap_or(0.0) + b.as_f64().unwrap_or(0.0)),
        },
    }
}

impl Acc {
    /// The state for a call; `sketch_arg` says the argument is a BITMAP or HLL column.
    pub fn new(f: &Function, sketch_arg: bool) -> Acc {
        match f.name.to_string().to_ascii_lowercase().as_str() {
            "count" if is_distinct(f) && sketch_arg => Acc::Union(BTreeSet::new(), true, false),
            "count" if is_distinct(f) => Acc::CountDistinct(HashSet::new()),
            "count" => Acc::Count(0),
            "bitmap_union_count" | "hll_union_agg" => Acc::Union(BTreeSet::new(), true, false),
            "bitmap_union" | "hll_union" | "hll_raw_agg" => Acc::Union(BTreeSet::new(), false, false),
            "sum" => Acc::Sum(None),
            "min" => Acc::Min(None),
            "max" => Acc::Max(None),
            _ => Acc::Avg(0.0, 0),
        }
    }

    /// Adds one input (`None` for `count(*)`).
    pub fn update(&mut self, v: Option<Value>) {
        let is_min = matches!(self, Acc::Min(_));
        match self {
            Acc::Count(n) => {
                if v.as_ref().is_none_or(|v| !v.is_null()) {
                    *n += 1;
                }
            }
            Acc::CountDistinct(set) => {
                if let Some(v) = v.filter(|v| !v.is_null()) {
                    let mut k = Vec::new();
                    v.encode_key(&mut k);
                    set.insert(k);
                }
            }
            Acc::Union(set, _, seen) => {
                if let Some(v) = v.filter(|v| !v.is_null()) {
                    set.extend(sketch::decode(&v));
                    *seen = true;
                }
            }
            Acc::Sum(s) => {
                if let Some(v) = v.filter(|v| !v.is_null()) {
                    let v = if let Value::Bool(b) = v { Value::Int(i64::from(b)) } else { v };
                    *s = Some(match s.take() {
                        None => v,
                        Some(cur) => add(&cur, &v),
                    });
                }
            }
            Acc::Min(m) | Acc::Max(m) => {
                if let Some(v) = v.filter(|v| !v.is_null()) {
                    let replace = match m {
                        None => true,
                        Some(cur) => {
                            let o = v.order_cmp(cur);
                            if is_min { o.is_lt() } else { o.is_gt() }
                        }
                    };
                    if replace {
                        *m = Some(v);
                    }
                }
            }
            Acc::Avg(sum, n) => {
                if let Some(f) = v.and_then(|v| v.as_f64()) {
                    *sum += f;
                    *n += 1;
                }
            }
        }
    }

    /// The result.
    pub fn value(&self) -> Value {
        match self {
            Acc::Count(n) => Value::Int(*n),
            Acc::CountDistinct(set) => Value::Int(set.len() as i64),
            Acc::Union(set, true, _) => Value::Int(set.len() as i64),
            Acc::Union(set, false, seen) => {
                if *seen {
                    sketch::encode(set)
                } else {
                    Value::Null
                }
            }
            Acc::Sum(s) | Acc::Min(s) | Acc::Max(s) => s.clone().unwrap_or(Value::Null),
            Acc::Avg(sum, n) => {
                if *n == 0 {
                    Value::Null
                } else {
                    Value::Float(sum / *n as f64)
                }
            }
        }
    }
}
