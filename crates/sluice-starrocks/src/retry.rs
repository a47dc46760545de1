//! Pauses between attempts: `base × min(attempt + 1, 10)` (the V1 connector's 1 s, 2 s, …
//! 10 s with the default base of one second), at most `sink.max-retries` retries.

use std::time::Duration;

/// How often and how patiently a request is repeated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (`sink.max-retries`).
    pub max_retries: u32,
    /// The first pause.
    pub base: Duration,
}

impl RetryPolicy {
    /// The pause before retry number `retry` (0-based), or `None` when retries are used up.
    pub fn pause(&self, retry: u32) -> Option<Duration> {
        (retry < self.max_retries).then(|| self.base * (retry + 1).min(10))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pauses_grow_then_stop() {
        let p = RetryPolicy { max_retries: 3, base: Duration::from_secs(1) };
        assert_eq!(p.pause(0), Some(Duration::from_secs(1)));
        assert_eq!(p.pause(2), Some(Duration::from_secs(3)));
        assert_eq!(p.pause(3), None);
        let p = RetryPolicy { max_retries: 20, base: Duration::from_millis(10) };
        assert_eq!(p.pause(15), Some(Duration::from_millis(100)));
    }
}
