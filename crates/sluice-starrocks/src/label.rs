//! Labels as the connector makes them (spec §4.1): V1 `<prefix><uuid>` (a bare UUID without
//! a prefix), V2 `<prefix>-<uuid>` with the prefix defaulting to `flink`. StarRocks accepts
//! labels matching `^[-\w]{1,128}$`.

/// A random (version 4) UUID in its 36-character text form.
pub fn uuid() -> String {
    let mut b: [u8; 16] = rand::random();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// The label of a V1 load.
pub fn v1(prefix: Option<&str>) -> String {
    format!("{}{}", prefix.unwrap_or(""), uuid())
}

/// The label of a V2 transaction or plain stream load.
pub fn v2(prefix: Option<&str>) -> String {
    format!("{}-{}", prefix.unwrap_or("flink"), uuid())
}

/// Whether labels with this prefix are valid StarRocks labels (room for `-` and a UUID).
pub fn prefix_is_valid(prefix: &str) -> bool {
    prefix.len() + 37 <= 128 && prefix.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_follow_the_connector() {
        let u = uuid();
        assert_eq!(u.len(), 36);
        assert_eq!(u.as_bytes()[14], b'4');
        assert!(matches!(u.as_bytes()[19], b'8' | b'9' | b'a' | b'b'));
        assert_ne!(uuid(), u);
        assert!(v2(None).starts_with("flink-"));
        assert!(v2(Some("job")).starts_with("job-"));
        assert_eq!(v1(None).len(), 36);
        assert!(v1(Some("p_")).starts_with("p_"));
        assert!(prefix_is_valid("my-job_1"));
        assert!(!prefix_is_valid("my job"));
        assert!(!prefix_is_valid(&"x".repeat(100)));
    }
}
