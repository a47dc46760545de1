//! "Did you mean" suggestions for misspelled names.

/// The candidate closest to `input` when it is close enough to be a likely typo.
pub fn did_you_mean<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = input.to_ascii_lowercase();
    let mut best: Option<(&str, f64)> = None;
    for c in candidates {
        let score = strsim::jaro_winkler(&lower, &c.to_ascii_lowercase());
        let dist = strsim::levenshtein(&lower, &c.to_ascii_lowercase());
        let close = score >= 0.85 || dist <= (c.len() / 4).max(1);
        if close && best.is_none_or(|(_, s)| score > s) {
            best = Some((c, score));
        }
    }
    best.map(|(c, _)| c)
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    #[test]
    fn finds_close_keys_only() {
        let keys = ["sink.buffer-flush.max-rows", "sink.buffer-flush.max-bytes", "load-url"];
        assert_eq!(did_you_mean("sink.bufer-flush.max-rows", keys), Some("sink.buffer-flush.max-rows"));
        assert_eq!(did_you_mean("lod-url", keys), Some("load-url"));
        assert_eq!(did_you_mean("password", keys), None);
    }
}
