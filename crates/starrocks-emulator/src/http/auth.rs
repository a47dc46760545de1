//! HTTP Basic credentials (wire spec §2.1).

use base64::Engine as _;
use http::HeaderMap;

/// Decoded credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    /// User (the part before `@`, if any).
    pub user: String,
    /// Password.
    pub password: String,
}

/// Decodes `Authorization: Basic …`; `None` when absent or garbled.
pub fn basic(headers: &HeaderMap) -> Option<Credentials> {
    let v = headers.get(http::header::AUTHORIZATION)?.to_str().ok()?;
    let b64 = v.strip_prefix("Basic ")?;
    let raw = base64::engine::general_purpose::STANDARD.decode(b64.trim()).ok()?;
    let text = String::from_utf8(raw).ok()?;
    let (user, password) = text.split_once(':')?;
    let user = user.split('@').next().unwrap_or(user).to_string();
    Some(Credentials { user, password: password.to_string() })
}

/// BE message for rejected credentials.
pub fn be_access_denied(c: &Credentials) -> String {
    format!(
        "Access denied for user '{}' (using password: {})",
        c.user,
        if c.password.is_empty() { "NO" } else { "YES" }
    )
}
