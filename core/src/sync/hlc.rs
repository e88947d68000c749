//! A hybrid logical clock: stamps that follow the wall clock, never run backwards, and
//! jump past every stamp they have seen, so an edit made after seeing another device's
//! edit is always stamped later, even when that device's clock runs fast.

use std::cmp::Ordering;
use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The furthest a stamp seen from elsewhere may pull this clock ahead of the wall clock.
/// Beyond it the stamp still orders changes, but this clock does not follow it.
pub const MAX_PULL_MS: u64 = 366 * 24 * 3600 * 1000;

/// One point in time on a replica: wall milliseconds, a counter for events in the same
/// millisecond, and the replica (a browser tab) that made it, so no two are equal.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Stamp {
    pub ms: u64,
    pub counter: u16,
    pub node: String,
}

impl Ord for Stamp {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.ms, self.counter, &self.node).cmp(&(other.ms, other.counter, &other.node))
    }
}

impl PartialOrd for Stamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Stamp {
    /// The smallest stamp: before everything.
    pub fn zero() -> Stamp {
        Stamp {
            ms: 0,
            counter: 0,
            node: String::new(),
        }
    }

    /// The wall time part, as a date-time.
    pub fn time(&self) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(self.ms as i64).unwrap_or_default()
    }

    /// Parses the text form written by `Display` (`<ms>-<counter hex>-<node>`).
    pub fn parse(text: &str) -> Option<Stamp> {
        let mut parts = text.splitn(3, '-');
        let ms = parts.next()?.parse().ok()?;
        let counter = u16::from_str_radix(parts.next()?, 16).ok()?;
        let node = parts.next()?.to_string();
        Some(Stamp { ms, counter, node })
    }
}

impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:013}-{:04x}-{}", self.ms, self.counter, self.node)
    }
}

impl Serialize for Stamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Stamp::parse(&text).ok_or_else(|| serde::de::Error::custom("not a change stamp"))
    }
}

/// The clock of one replica. "Now" is always passed in: the core has no clock of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clock {
    last_ms: u64,
    counter: u16,
    node: String,
}

impl Clock {
    /// A clock for replica `node` that has seen nothing yet.
    pub fn new(node: impl Into<String>) -> Clock {
        Clock {
            last_ms: 0,
            counter: 0,
            node: node.into(),
        }
    }

    pub fn node(&self) -> &str {
        &self.node
    }

    /// The wall-time part of the latest stamp made or seen.
    pub fn last_ms(&self) -> u64 {
        self.last_ms
    }

    /// A fresh stamp for a local event at wall time `now_ms`: later than every stamp this
    /// clock has made or seen.
    pub fn tick(&mut self, now_ms: u64) -> Stamp {
        if now_ms > self.last_ms {
            self.last_ms = now_ms;
            self.counter = 0;
        } else if self.counter == u16::MAX {
            self.last_ms += 1;
            self.counter = 0;
        } else {
            self.counter += 1;
        }
        Stamp {
            ms: self.last_ms,
            counter: self.counter,
            node: self.node.clone(),
        }
    }

    /// Takes note of a stamp from elsewhere, so every later `tick` is after it (within
    /// [`MAX_PULL_MS`] of the wall clock).
    pub fn observe(&mut self, seen: &Stamp, now_ms: u64) {
        if seen.ms > now_ms.saturating_add(MAX_PULL_MS) {
            return;
        }
        if (seen.ms, seen.counter) > (self.last_ms, self.counter) {
            self.last_ms = seen.ms;
            self.counter = seen.counter;
        }
    }

    /// The time to stamp records with (`updated_at`): the wall clock, or later when this
    /// clock has seen later stamps. Never earlier than anything seen.
    pub fn now(&mut self, now_ms: u64) -> DateTime<Utc> {
        self.tick(now_ms).time()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_never_go_backwards_even_when_the_wall_clock_does() {
        let mut c = Clock::new("a");
        let s1 = c.tick(1_000);
        let s2 = c.tick(900);
        let s3 = c.tick(900);
        assert!(s1 < s2 && s2 < s3);
    }

    #[test]
    fn an_edit_after_seeing_a_fast_clock_is_stamped_later() {
        let day = 24 * 3600 * 1000;
        let mut fast = Clock::new("fast");
        let mut right = Clock::new("right");
        let theirs = fast.tick(10 * day + day);
        right.observe(&theirs, 10 * day);
        let mine = right.tick(10 * day + 60_000);
        assert!(mine > theirs);
    }

    #[test]
    fn a_stamp_reads_back_from_its_text_and_sorts_as_text() {
        let a = Stamp {
            ms: 1_700_000_000_123,
            counter: 10,
            node: "t1".into(),
        };
        let b = Stamp {
            ms: 1_700_000_000_123,
            counter: 11,
            node: "t0".into(),
        };
        assert_eq!(Stamp::parse(&a.to_string()), Some(a.clone()));
        assert!(a < b && a.to_string() < b.to_string());
        assert_eq!(Stamp::parse("nonsense"), None);
    }

    #[test]
    fn a_stamp_absurdly_far_ahead_does_not_drag_the_clock() {
        let mut c = Clock::new("a");
        c.observe(
            &Stamp {
                ms: u64::MAX / 2,
                counter: 0,
                node: "x".into(),
            },
            1_000,
        );
        assert_eq!(c.tick(1_000).ms, 1_000);
    }
}
