//! When buffered rows go out (spec §4.3, §4.4). Pure: the caller passes the clock.
//!
//! * V1 and plain stream load: a load when the buffer reaches `max-bytes` or `max-rows`
//!   (V1 only), or when its oldest row is `interval` old.
//! * V2 transactions: a load into the open transaction whenever `load_size` bytes are
//!   buffered (a part of `max-bytes`, so that encoding and sending overlap), and a commit
//!   when the oldest uncommitted row is `interval` old; `flush()` commits at once.

use std::time::{Duration, Instant};

/// What is buffered and not yet committed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Buffered {
    /// Bytes of rows not yet sent.
    pub bytes: u64,
    /// Rows not yet sent.
    pub rows: u64,
    /// When the oldest row not yet committed was written.
    pub oldest: Option<Instant>,
}

/// Why rows go out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The buffer reached its size.
    Size,
    /// The buffer reached `max-rows`.
    Rows,
    /// The oldest row reached `interval`.
    Interval,
}

/// The decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlushDecision {
    /// Keep buffering.
    Hold,
    /// Send the buffered rows (into the open transaction, for V2).
    Load(Reason),
    /// Send the buffered rows and commit everything.
    Commit(Reason),
}

/// The thresholds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FlushPolicy {
    /// Bytes that make one load.
    pub load_size: u64,
    /// Rows that make one load (V1's `max-rows`).
    pub max_rows: Option<u64>,
    /// Age of the oldest uncommitted row that forces a commit.
    pub interval: Duration,
    /// Whether loads are separate from commits (V2 transactions).
    pub transactional: bool,
}

impl FlushPolicy {
    /// What to do now.
    pub fn decide(&self, b: &Buffered, now: Instant) -> FlushDecision {
        if b.oldest.is_some_and(|t| now.saturating_duration_since(t) >= self.interval) {
            return FlushDecision::Commit(Reason::Interval);
        }
        let reason = if b.bytes >= self.load_size {
            Reason::Size
        } else if self.max_rows.is_some_and(|m| b.rows >= m) {
            Reason::Rows
        } else {
            return FlushDecision::Hold;
        };
        if self.transactional { FlushDecision::Load(reason) } else { FlushDecision::Commit(reason) }
    }

    /// When the interval rule fires next, if anything is buffered.
    pub fn deadline(&self, b: &Buffered) -> Option<Instant> {
        b.oldest.map(|t| t + self.interval)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEC: Duration = Duration::from_secs(1);

    fn v2() -> FlushPolicy {
        FlushPolicy { load_size: 100, max_rows: None, interval: SEC, transactional: true }
    }

    #[test]
    fn v2_loads_by_size_and_commits_by_age() {
        let t0 = Instant::now();
        let p = v2();
        let b = Buffered { bytes: 10, rows: 1, oldest: Some(t0) };
        assert_eq!(p.decide(&b, t0), FlushDecision::Hold);
        assert_eq!(p.decide(&Buffered { bytes: 100, ..b }, t0), FlushDecision::Load(Reason::Size));
        assert_eq!(p.decide(&b, t0 + SEC), FlushDecision::Commit(Reason::Interval));
        assert_eq!(p.deadline(&b), Some(t0 + SEC));
        assert_eq!(p.decide(&Buffered::default(), t0 + 10 * SEC), FlushDecision::Hold);
        assert_eq!(p.deadline(&Buffered::default()), None);
    }

    #[test]
    fn v1_loads_are_commits_and_count_rows() {
        let t0 = Instant::now();
        let p = FlushPolicy { load_size: 100, max_rows: Some(3), interval: SEC, transactional: false };
        let b = Buffered { bytes: 10, rows: 3, oldest: Some(t0) };
        assert_eq!(p.decide(&b, t0), FlushDecision::Commit(Reason::Rows));
        assert_eq!(p.decide(&Buffered { rows: 1, bytes: 200, ..b }, t0), FlushDecision::Commit(Reason::Size));
    }
}
