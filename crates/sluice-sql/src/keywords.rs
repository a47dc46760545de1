//! Flink 1.20's keywords, generated from its parser's metadata by
//! `scripts/flink_keywords.py` into `data/flink_keywords.tsv`.

use std::collections::HashMap;
use std::sync::OnceLock;

/// How the parser treats a keyword.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeywordInfo {
    /// Needs back-ticks to be used as an identifier.
    pub reserved: bool,
    /// A reserved function name (`COUNT`, `CURRENT_DATE`, …): callable without quoting.
    pub function: bool,
    /// A context variable (`CURRENT_DATE`, `USER`, …): an expression on its own.
    pub context_variable: bool,
}

fn table() -> &'static HashMap<String, KeywordInfo> {
    static TABLE: OnceLock<HashMap<String, KeywordInfo>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../data/flink_keywords.tsv")
            .lines()
            .skip(1)
            .filter_map(|line| {
                let mut cols = line.split('\t');
                let word = cols.next()?;
                let kind = cols.next()?;
                let flags = cols.next().unwrap_or("");
                let info = KeywordInfo {
                    reserved: kind == "reserved",
                    function: flags.contains("function"),
                    context_variable: flags.contains("context-variable"),
                };
                Some((word.to_string(), info))
            })
            .collect()
    })
}

/// Information about `word` (any case) if it is a keyword.
pub fn info(word: &str) -> Option<KeywordInfo> {
    table().get(&word.to_ascii_uppercase()).copied()
}

/// Whether `word` is reserved: it cannot be an unquoted identifier.
pub fn is_reserved(word: &str) -> bool {
    info(word).is_some_and(|i| i.reserved)
}

/// Whether `word` is any keyword, reserved or not.
pub fn is_keyword(word: &str) -> bool {
    info(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_flink_reserved_words() {
        for w in ["value", "user", "timestamp", "STRING", "watermark", "comment"] {
            assert!(is_reserved(w), "{w}");
        }
        for w in ["key", "name", "metadata", "if", "try_cast", "seconds"] {
            assert!(!is_reserved(w), "{w}");
        }
        assert!(info("CURRENT_DATE").is_some_and(|i| i.context_variable));
    }
}
