//! A small tokenizer for the statements the emulator parses itself (StarRocks DDL, SHOW,
//! USE, user management). Queries and expressions go to `sqlparser`.

/// Token kinds.
#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    /// A bare word (keyword or identifier).
    Word(String),
    /// A back-quoted identifier.
    Quoted(String),
    /// A string literal in single or double quotes.
    Str(String),
    /// A number literal.
    Number(String),
    /// Any other single character.
    Sym(char),
}

/// A token with its byte range in the statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// What it is.
    pub tok: Tok,
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
}

/// Splits `sql` into tokens; comments are skipped. Errors on an unterminated quote.
pub fn tokenize(sql: &str) -> Result<Vec<Token>, String> {
    let b = sql.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if c == b'-' && b.get(i + 1) == Some(&b'-') || c == b'#' {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if c == b'/' && b.get(i + 1) == Some(&b'*') {
            i += 2;
            while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
            continue;
        }
        let start = i;
        if c == b'`' || c == b'\'' || c == b'"' {
            let quote = c;
            i += 1;
            let mut s = Vec::new();
            loop {
                match b.get(i) {
                    None => return Err(format!("unterminated quote at position {start}")),
                    Some(&q) if q == quote => {
                        if b.get(i + 1) == Some(&quote) {
                            s.push(quote);
                            i += 2;
                        } else {
                            i += 1;
                            break;
                        }
                    }
                    Some(&b'\\') if quote != b'`' => {
                        let esc = b.get(i + 1).copied().unwrap_or(b'\\');
                        s.push(match esc {
                            b'n' => b'\n',
                            b't' => b'\t',
                            b'r' => b'\r',
                            b'0' => 0,
                            other => other,
                        });
                        i += 2;
                    }
                    Some(&other) => {
                        s.push(other);
                        i += 1;
                    }
                }
            }
            let text = String::from_utf8_lossy(&s).into_owned();
            let tok = if quote == b'`' { Tok::Quoted(text) } else { Tok::Str(text) };
            out.push(Token { tok, start, end: i });
            continue;
        }
        if c.is_ascii_digit() {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.') {
                i += 1;
            }
            out.push(Token { tok: Tok::Number(sql[start..i].to_string()), start, end: i });
            continue;
        }
        if c.is_ascii_alphabetic() || c == b'_' || c == b'@' || c >= 0x80 {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'@' || b[i] >= 0x80) {
                i += 1;
            }
            out.push(Token { tok: Tok::Word(sql[start..i].to_string()), start, end: i });
            continue;
        }
        let ch = sql[i..].chars().next().unwrap_or('?');
        i += ch.len_utf8();
        out.push(Token { tok: Tok::Sym(ch), start, end: i });
    }
    Ok(out)
}

/// A cursor over tokens with the helpers the hand-written parsers need.
#[derive(Debug)]
pub struct Cursor<'a> {
    sql: &'a str,
    toks: Vec<Token>,
    pos: usize,
}

impl<'a> Cursor<'a> {
    /// Tokenizes `sql`.
    pub fn new(sql: &'a str) -> Result<Self, String> {
        Ok(Cursor { sql, toks: tokenize(sql)?, pos: 0 })
    }

    /// The next token, if any.
    pub fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|t| &t.tok)
    }

    /// The token `n` ahead.
    pub fn peek_nth(&self, n: usize) -> Option<&Tok> {
        self.toks.get(self.pos + n).map(|t| &t.tok)
    }

    /// Consumes and returns the next token.
    pub fn next_tok(&mut self) -> Option<Tok> {
        let t = self.toks.get(self.pos).map(|t| t.tok.clone());
        if t.is_some() {
            self.pos += 1;
        }
        t
    }

    /// Whether the input is exhausted (a trailing `;` counts as the end).
    pub fn at_end(&self) -> bool {
        self.toks[self.pos..].iter().all(|t| matches!(t.tok, Tok::Sym(';')))
    }

    /// Consumes the keyword `kw` (case-insensitive) if it is next.
    pub fn eat_kw(&mut self, kw: &str) -> bool {
        if matches!(self.peek(), Some(Tok::Word(w)) if w.eq_ignore_ascii_case(kw)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Consumes the keywords `kws` in order if they are all next.
    pub fn eat_kws(&mut self, kws: &[&str]) -> bool {
        let ok = kws
            .iter()
            .enumerate()
            .all(|(i, kw)| matches!(self.peek_nth(i), Some(Tok::Word(w)) if w.eq_ignore_ascii_case(kw)));
        if ok {
            self.pos += kws.len();
        }
        ok
    }

    /// Requires the keyword `kw`.
    pub fn expect_kw(&mut self, kw: &str) -> Result<(), String> {
        if self.eat_kw(kw) { Ok(()) } else { Err(self.unexpected(kw)) }
    }

    /// Consumes the symbol `c` if it is next.
    pub fn eat_sym(&mut self, c: char) -> bool {
        if self.peek() == Some(&Tok::Sym(c)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Requires the symbol `c`.
    pub fn expect_sym(&mut self, c: char) -> Result<(), String> {
        if self.eat_sym(c) { Ok(()) } else { Err(self.unexpected(&format!("'{c}'"))) }
    }

    /// An identifier (bare word or back-quoted).
    pub fn ident(&mut self) -> Result<String, String> {
        match self.peek() {
            Some(Tok::Word(w)) => {
                let w = w.clone();
                self.pos += 1;
                Ok(w)
            }
            Some(Tok::Quoted(w)) => {
                let w = w.clone();
                self.pos += 1;
                Ok(w)
            }
            _ => Err(self.unexpected("an identifier")),
        }
    }

    /// A name that may be quoted with `'`, `"` or back-quotes (user names, labels).
    pub fn name_or_string(&mut self) -> Result<String, String> {
        match self.peek() {
            Some(Tok::Str(s)) => {
                let s = s.clone();
                self.pos += 1;
                Ok(s)
            }
            _ => self.ident(),
        }
    }

    /// `[db.]name`.
    pub fn qualified(&mut self) -> Result<(Option<String>, String), String> {
        let first = self.ident()?;
        if self.eat_sym('.') { Ok((Some(first), self.ident()?)) } else { Ok((None, first)) }
    }

    /// A string literal.
    pub fn string(&mut self) -> Result<String, String> {
        match self.next_tok() {
            Some(Tok::Str(s)) => Ok(s),
            _ => {
                self.pos = self.pos.saturating_sub(1);
                Err(self.unexpected("a string"))
            }
        }
    }

    /// A non-negative integer literal.
    pub fn number(&mut self) -> Result<u64, String> {
        match self.peek() {
            Some(Tok::Number(n)) => {
                let v = n.parse().map_err(|_| format!("invalid number '{n}'"))?;
                self.pos += 1;
                Ok(v)
            }
            _ => Err(self.unexpected("a number")),
        }
    }

    /// Current byte offset in the statement.
    pub fn offset(&self) -> usize {
        self.toks.get(self.pos).map(|t| t.start).unwrap_or(self.sql.len())
    }

    /// The statement text between two byte offsets.
    pub fn text(&self, start: usize, end: usize) -> &'a str {
        &self.sql[start..end]
    }

    /// Skips a balanced parenthesised group starting at the current `(`; returns its inner text.
    pub fn skip_group(&mut self) -> Result<&'a str, String> {
        let open = self.toks.get(self.pos).ok_or_else(|| self.unexpected("'('"))?;
        if open.tok != Tok::Sym('(') {
            return Err(self.unexpected("'('"));
        }
        let inner_start = open.end;
        let mut depth = 0usize;
        while let Some(t) = self.toks.get(self.pos) {
            self.pos += 1;
            match t.tok {
                Tok::Sym('(') => depth += 1,
                Tok::Sym(')') => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(&self.sql[inner_start..t.start]);
                    }
                }
                _ => {}
            }
        }
        Err("unbalanced parentheses".into())
    }

    /// A syntax error naming what was expected and what was found.
    pub fn unexpected(&self, what: &str) -> String {
        match self.toks.get(self.pos) {
            Some(t) => format!(
                "Getting syntax error at line 1, column {}. Detail message: Unexpected input '{}', the most similar input is {{{what}}}.",
                t.start,
                &self.sql[t.start..t.end]
            ),
            None => format!(
                "Getting syntax error from line 1, column {} to line 1, column {}. Detail message: Unexpected input '<EOF>', the most similar input is {{{what}}}.",
                self.sql.len(),
                self.sql.len()
            ),
        }
    }
}
