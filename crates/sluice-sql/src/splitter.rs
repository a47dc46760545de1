//! Splits a script into statements as Flink's SQL client does: at top-level `;`, outside
//! quotes and comments, treating `[EXECUTE|EXPLAIN] STATEMENT SET BEGIN … END` as one
//! statement (with `CASE … END` tracked inside).

use sluice_common::Span;

use crate::scan::{Region, RegionKind, scan};

/// One statement of a script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawStatement {
    /// The statement proper: from its first token (after leading comments) to the end of
    /// its last token, without the terminating `;`.
    pub body: Span,
    /// Whether a `;` ended it (the last statement of a file may omit it).
    pub terminated: bool,
    /// Whether the input ended inside a string, quoted identifier or comment.
    pub unterminated_region: Option<RegionKind>,
}

/// A problem of the file as a whole, not of one statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    /// What is wrong.
    pub message: String,
    /// Where.
    pub span: Span,
}

/// The statements of a script and any file-level problem.
#[derive(Debug, Clone, Default)]
pub struct Split {
    /// Statements in order.
    pub statements: Vec<RawStatement>,
    /// e.g. a block comment that runs to the end of the file.
    pub problems: Vec<FileProblem>,
}

/// Splits `text` into statements.
pub fn split(text: &str) -> Split {
    let regions = scan(text);
    let mut out = Split::default();
    let mut chunk: Vec<Region> = Vec::new();
    let mut words = WordWindow::default();
    for region in regions {
        if region.kind != RegionKind::Code {
            chunk.push(region);
            continue;
        }
        let bytes = &text.as_bytes()[region.start..region.end];
        let mut seg_start = region.start;
        let mut i = 0;
        while i < bytes.len() {
            let c = bytes[i];
            if is_word_byte(c) {
                let start = i;
                while i < bytes.len() && is_word_byte(bytes[i]) {
                    i += 1;
                }
                words.push(&text[region.start + start..region.start + i]);
                continue;
            }
            if c == b';' && !words.in_set_body {
                let at = region.start + i;
                chunk.push(Region { kind: RegionKind::Code, start: seg_start, end: at, terminated: true });
                finish(text, &mut chunk, true, &mut out);
                words = WordWindow::default();
                seg_start = at + 1;
            }
            i += 1;
        }
        if seg_start < region.end {
            chunk.push(Region { kind: RegionKind::Code, start: seg_start, end: region.end, terminated: true });
        }
    }
    finish(text, &mut chunk, false, &mut out);
    out
}

fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80
}

fn finish(text: &str, chunk: &mut Vec<Region>, terminated: bool, out: &mut Split) {
    let regions = std::mem::take(chunk);
    let significant = |r: &Region| match r.kind {
        RegionKind::Code => !text[r.start..r.end].trim().is_empty(),
        // A hint `/*+ … */` belongs to the statement; other comments do not.
        RegionKind::BlockComment => text[r.start..].starts_with("/*+"),
        RegionKind::LineComment => false,
        _ => true,
    };
    let unterminated = regions.iter().find(|r| !r.terminated).map(|r| r.kind);
    let first = regions.iter().position(significant);
    let last = regions.iter().rposition(significant);
    match (first, last) {
        (Some(first), Some(last)) => {
            let start_region = &regions[first];
            let start = start_region.start + leading_ws(&text[start_region.start..start_region.end]);
            let end_region = &regions[last];
            let end = if end_region.kind == RegionKind::Code {
                end_region.start + text[end_region.start..end_region.end].trim_end().len()
            } else {
                end_region.end
            };
            out.statements.push(RawStatement {
                body: Span::new(start, end),
                terminated,
                unterminated_region: unterminated,
            });
        }
        _ => {
            if let Some(r) = regions.iter().find(|r| !r.terminated) {
                let what = match r.kind {
                    RegionKind::BlockComment => "comment",
                    _ => "quoted text",
                };
                out.problems.push(FileProblem {
                    message: format!("Lexical error: unterminated {what} at the end of the file"),
                    span: Span::new(r.start, r.end),
                });
            }
        }
    }
}

fn leading_ws(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

/// The last three words, to spot `STATEMENT SET BEGIN` and match its `END`.
#[derive(Default)]
struct WordWindow {
    last: [String; 3],
    in_set_body: bool,
    case_depth: usize,
}

impl WordWindow {
    fn push(&mut self, word: &str) {
        let w = word.to_ascii_uppercase();
        self.last.rotate_left(1);
        self.last[2] = w;
        if !self.in_set_body && self.last == ["STATEMENT", "SET", "BEGIN"] {
            self.in_set_body = true;
            self.case_depth = 0;
        } else if self.in_set_body {
            match self.last[2].as_str() {
                "CASE" => self.case_depth += 1,
                "END" if self.case_depth > 0 => self.case_depth -= 1,
                "END" => self.in_set_body = false,
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bodies(text: &str) -> Vec<&str> {
        split(text).statements.iter().map(|s| &text[s.body.range()]).collect()
    }

    #[test]
    fn splits_at_top_level_semicolons() {
        assert_eq!(
            bodies("SELECT ';' ; -- c;\nSELECT `a;b`; /* ; */ SELECT 1"),
            vec!["SELECT ';'", "SELECT `a;b`", "SELECT 1"]
        );
        assert_eq!(bodies("SELECT --;\n1;"), vec!["SELECT --;\n1"]);
        assert_eq!(bodies("  ;;\n"), Vec::<&str>::new());
    }

    #[test]
    fn statement_set_blocks_are_one_statement() {
        let text = "EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT CASE WHEN x THEN 1 END FROM t; INSERT INTO b VALUES (1); END; SELECT 2;";
        assert_eq!(bodies(text).len(), 2);
        assert!(bodies(text)[0].ends_with("END"));
        let client = "BEGIN STATEMENT SET; INSERT INTO a VALUES (1); END;";
        assert_eq!(bodies(client), vec!["BEGIN STATEMENT SET", "INSERT INTO a VALUES (1)", "END"]);
    }

    #[test]
    fn leading_comments_are_not_part_of_the_body() {
        let text = "-- first\n/* c */\n  CREATE TABLE t (a INT) -- tail\n;";
        assert_eq!(bodies(text), vec!["CREATE TABLE t (a INT)"]);
    }

    #[test]
    fn unterminated_comment_is_a_file_problem() {
        let s = split("SELECT 1;\n/* never closed");
        assert_eq!(s.statements.len(), 1);
        assert_eq!(s.problems.len(), 1);
        let s = split("SELECT 'abc");
        assert_eq!(s.statements[0].unterminated_region, Some(RegionKind::String));
    }
}
