//! Masks secret option values in script text before it is shown (rustc-style output prints
//! source lines): the value literal after any `'…password…' =` key becomes `*`s of the same
//! byte length, so every span still points at the same place.

use sluice_common::options::is_sensitive_key;

use crate::scan::{RegionKind, scan};

/// `text` with the values of secret options replaced by `*`s.
pub fn mask_secrets(text: &str) -> String {
    let regions = scan(text);
    let mut bytes = text.as_bytes().to_vec();
    let strings: Vec<usize> =
        regions.iter().enumerate().filter(|(_, r)| r.kind == RegionKind::String).map(|(i, _)| i).collect();
    for pair in strings.windows(2) {
        let (key, value) = (&regions[pair[0]], &regions[pair[1]]);
        let between = &text[key.end..value.start];
        let only_eq = between.chars().filter(|c| !c.is_whitespace()).collect::<String>() == "=";
        if only_eq && is_sensitive_key(&text[key.start..key.end]) && value.end > value.start + 1 {
            let inner_end = if value.terminated { value.end - 1 } else { value.end };
            for b in &mut bytes[value.start + 1..inner_end] {
                *b = b'*';
            }
        }
    }
    // Only ASCII quote contents were replaced by ASCII stars, byte for byte; continuation
    // bytes of multi-byte characters became `*` too, which keeps the text valid UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

#[test]
fn masks_values_of_secret_keys_only() {
    let t = "WITH ('password' = 'hunter2', 'user' = 'root', 'sink.Password' = 'é')";
    assert_eq!(mask_secrets(t), "WITH ('password' = '*******', 'user' = 'root', 'sink.Password' = '**')");
}
