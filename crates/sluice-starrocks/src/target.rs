//! What the sink needs to know about the StarRocks table: whether it is a primary-key table
//! (rows carry `__op`, deletes are applied) and whether its columns line up with the Flink
//! columns (then CSV loads need no `columns` header), from `information_schema.COLUMNS`
//! (spec §2.2 steps 2 and 6).

/// One row of `information_schema.COLUMNS`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetColumn {
    /// `COLUMN_NAME`.
    pub name: String,
    /// `ORDINAL_POSITION`.
    pub ordinal: u64,
    /// `COLUMN_KEY` (`PRI`, `DUP`, `AGG`, `UNI` or empty).
    pub key: String,
}

/// The columns of the StarRocks table.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TargetTable {
    /// In any order.
    pub columns: Vec<TargetColumn>,
}

impl TargetTable {
    /// A table of these columns.
    pub fn new(columns: Vec<TargetColumn>) -> Self {
        TargetTable { columns }
    }

    /// Whether StarRocks reports primary-key columns.
    pub fn is_primary_key(&self) -> bool {
        self.columns.iter().any(|c| c.key.eq_ignore_ascii_case("PRI"))
    }

    /// The connector's alignment rule: not a primary-key table, as many columns as Flink,
    /// and the StarRocks positions, taken in Flink column order, never decrease.
    pub fn is_aligned_with(&self, flink_columns: &[String]) -> bool {
        if self.is_primary_key() || self.columns.len() != flink_columns.len() {
            return false;
        }
        let mut last = 0;
        for name in flink_columns {
            let Some(c) = self.columns.iter().find(|c| c.name.eq_ignore_ascii_case(name)) else { return false };
            if c.ordinal < last {
                return false;
            }
            last = c.ordinal;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(cols: &[(&str, u64, &str)]) -> TargetTable {
        TargetTable::new(
            cols.iter()
                .map(|(n, o, k)| TargetColumn { name: n.to_string(), ordinal: *o, key: k.to_string() })
                .collect(),
        )
    }

    #[test]
    fn alignment_follows_the_connector() {
        let names: Vec<String> = ["id", "name", "score"].iter().map(|s| s.to_string()).collect();
        let dup = t(&[("id", 1, "DUP"), ("name", 2, ""), ("score", 3, "")]);
        assert!(!dup.is_primary_key());
        assert!(dup.is_aligned_with(&names));
        assert!(!t(&[("id", 1, "DUP"), ("score", 2, ""), ("name", 3, "")]).is_aligned_with(&names));
        assert!(!t(&[("id", 1, "DUP"), ("name", 2, "")]).is_aligned_with(&names));
        let pk = t(&[("id", 1, "PRI"), ("name", 2, ""), ("score", 3, "")]);
        assert!(pk.is_primary_key());
        assert!(!pk.is_aligned_with(&names));
    }
}
