//! A lexical pre-scan that finds strings, quoted identifiers and comments, so the splitter
//! and the statement lexer know which `;`, `//` and keywords are real.

/// What a run of bytes is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionKind {
    /// Ordinary SQL text (keywords, identifiers, operators, whitespace).
    Code,
    /// `'…'` (with `''` inside), including `N'…'`/`X'…'`/`U&'…'` bodies.
    String,
    /// `` `…` `` (with ``` `` ``` inside).
    QuotedIdent,
    /// `"…"`: not valid Flink, but it must not hide a `;`.
    DoubleQuoted,
    /// `-- …` or `// …` up to (not including) the newline.
    LineComment,
    /// `/* … */`, including hints `/*+ … */`.
    BlockComment,
}

/// A contiguous run of one kind; `terminated` is false when the input ended inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// Kind of text.
    pub kind: RegionKind,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Whether a closing quote or `*/` was found.
    pub terminated: bool,
}

/// Splits `text` into regions. Every byte belongs to exactly one region.
pub fn scan(text: &str) -> Vec<Region> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut code_start = 0;
    let flush_code = |out: &mut Vec<Region>, from: usize, to: usize| {
        if to > from {
            out.push(Region { kind: RegionKind::Code, start: from, end: to, terminated: true });
        }
    };
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        let (kind, end, terminated) = match c {
            b'-' if next == Some(b'-') => {
                let end = memchr_newline(b, i);
                (RegionKind::LineComment, end, true)
            }
            b'/' if next == Some(b'/') => {
                let end = memchr_newline(b, i);
                (RegionKind::LineComment, end, true)
            }
            b'/' if next == Some(b'*') => match find(b, i + 2, b"*/") {
                Some(j) => (RegionKind::BlockComment, j + 2, true),
                None => (RegionKind::BlockComment, b.len(), false),
            },
            b'\'' => quoted(b, i, b'\'', RegionKind::String),
            b'`' => quoted(b, i, b'`', RegionKind::QuotedIdent),
            b'"' => quoted(b, i, b'"', RegionKind::DoubleQuoted),
            _ => {
                i += 1;
                continue;
            }
        };
        flush_code(&mut out, code_start, i);
        out.push(Region { kind, start: i, end, terminated });
        i = end;
        code_start = end;
    }
    flush_code(&mut out, code_start, b.len());
    out
}

fn quoted(b: &[u8], start: usize, q: u8, kind: RegionKind) -> (RegionKind, usize, bool) {
    let mut j = start + 1;
    while j < b.len() {
        if b[j] == q {
            if b.get(j + 1) == Some(&q) {
                j += 2;
                continue;
            }
            return (kind, j + 1, true);
        }
        j += 1;
    }
    (kind, b.len(), false)
}

fn memchr_newline(b: &[u8], from: usize) -> usize {
    b[from..].iter().position(|&c| c == b'\n').map_or(b.len(), |p| from + p)
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_cover_quotes_and_comments() {
        let text = "SELECT 'a;''b' -- c;\n, `x``y` /* ; */ \"q;\"";
        let kinds: Vec<_> = scan(text).iter().map(|r| (r.kind, &text[r.start..r.end])).collect();
        assert_eq!(
            kinds,
            vec![
                (RegionKind::Code, "SELECT "),
                (RegionKind::String, "'a;''b'"),
                (RegionKind::Code, " "),
                (RegionKind::LineComment, "-- c;"),
                (RegionKind::Code, "\n, "),
                (RegionKind::QuotedIdent, "`x``y`"),
                (RegionKind::Code, " "),
                (RegionKind::BlockComment, "/* ; */"),
                (RegionKind::Code, " "),
                (RegionKind::DoubleQuoted, "\"q;\""),
            ]
        );
    }

    #[test]
    fn unterminated_regions_run_to_the_end() {
        let r = scan("SELECT 'abc");
        assert_eq!(r.last().map(|r| (r.kind, r.terminated)), Some((RegionKind::String, false)));
        let r = scan("/* x");
        assert!(!r[0].terminated);
    }
}
