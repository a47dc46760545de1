//! Maps `sqlparser` token locations (line and character column within one statement's
//! text) to byte spans of the whole file.

use sluice_common::Span;
use sqlparser::tokenizer::{Location, Span as SqlSpan};

/// Converts statement-relative locations to file byte offsets.
#[derive(Debug, Clone, Default)]
pub struct Locator {
    base: usize,
    text: String,
    line_starts: Vec<usize>,
}

impl Locator {
    /// A locator for `text`, which starts at byte `base` of its file.
    pub fn new(text: &str, base: usize) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Locator { base, text: text.to_string(), line_starts }
    }

    /// A locator that maps everything to an empty span (used where spans are not kept).
    pub fn none() -> Self {
        Locator::default()
    }

    /// File offset of the statement's first byte.
    pub fn base(&self) -> usize {
        self.base
    }

    /// The statement text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Byte offset (in the file) of a location; locations past the end map to the end.
    pub fn offset(&self, loc: Location) -> usize {
        if loc.line == 0 || self.line_starts.is_empty() {
            return self.base;
        }
        let Some(&start) = self.line_starts.get(loc.line as usize - 1) else {
            return self.base + self.text.len();
        };
        let line = &self.text[start..];
        let col = loc.column.saturating_sub(1) as usize;
        let within = line.char_indices().nth(col).map(|(i, _)| i).unwrap_or(line.len());
        self.base + start + within
    }

    /// The file span of a token span (sqlparser's end is exclusive for tokens).
    pub fn span(&self, s: SqlSpan) -> Span {
        if s.start.line == 0 {
            return Span::point(self.base);
        }
        Span::new(self.offset(s.start), self.offset(s.end))
    }

    /// Line and column (1-based, relative to the statement) of a file offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let rel = offset.saturating_sub(self.base).min(self.text.len());
        let line = match self.line_starts.binary_search(&rel) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let col = self.text[self.line_starts[line]..rel].chars().count() + 1;
        (line + 1, col)
    }
}
