//! Reading the workbook's dates and timestamps quickly.
//!
//! A five-year workbook holds thousands of them, and on a phone's first visit the page runs
//! the browser's baseline wasm code: chrono's general format reader was about a third of
//! the time spent reading the stored workbook. Every stored date and timestamp is written
//! by chrono in one canonical shape (`2026-11-30` and `2026-11-30T14:05:09.123Z`); those
//! are read here by hand. Anything else (an offset, a space for the `T`, a leap second,
//! a file written by another tool) goes to chrono exactly as before, so what is accepted
//! and what it means do not change (property-tested against chrono below).
//!
//! Used on fields with `#[serde(deserialize_with = "crate::stamps::…")]`; writing is
//! chrono's own.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use serde::de::{self, Deserializer, Visitor};

/// `YYYY-MM-DD` as chrono reads it.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    fast_date(text.as_bytes()).or_else(|| text.parse().ok())
}

/// An RFC 3339 timestamp as chrono's `DateTime<Utc>` reads it.
pub fn parse_utc(text: &str) -> Option<DateTime<Utc>> {
    fast_utc(text.as_bytes()).or_else(|| {
        text.parse::<DateTime<FixedOffset>>()
            .ok()
            .map(|t| t.with_timezone(&Utc))
    })
}

fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, &c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

/// Exactly `YYYY-MM-DD` (four-digit year).
fn fast_date(b: &[u8]) -> Option<NaiveDate> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i32::try_from(digits(&b[0..4])?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(&b[5..7])?, digits(&b[8..10])?)
}

/// Exactly `YYYY-MM-DDTHH:MM:SS`, then an optional `.` and 1–9 digits, then `Z`;
/// seconds up to 59 (a leap second takes chrono's road).
fn fast_utc(b: &[u8]) -> Option<DateTime<Utc>> {
    if b.len() < 20 || b[10] != b'T' || b[13] != b':' || b[16] != b':' || b.last() != Some(&b'Z') {
        return None;
    }
    let date = fast_date(&b[..10])?;
    let (h, m, s) = (
        digits(&b[11..13])?,
        digits(&b[14..16])?,
        digits(&b[17..19])?,
    );
    let rest = &b[19..b.len() - 1];
    let nanos = match rest {
        [] => 0,
        [b'.', frac @ ..] if (1..=9).contains(&frac.len()) => {
            digits(frac)? * 10u32.pow(9 - frac.len() as u32)
        }
        _ => return None,
    };
    if s > 59 {
        return None;
    }
    let time = NaiveTime::from_hms_nano_opt(h, m, s, nanos)?;
    Some(NaiveDateTime::new(date, time).and_utc())
}

struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = NaiveDate;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date (YYYY-MM-DD)")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<NaiveDate, E> {
        fast_date(v.as_bytes()).map_or_else(|| v.parse().map_err(E::custom), Ok)
    }
}

struct UtcVisitor;

impl Visitor<'_> for UtcVisitor {
    type Value = DateTime<Utc>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a formatted date and time string")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<DateTime<Utc>, E> {
        fast_utc(v.as_bytes()).map_or_else(
            || {
                v.parse::<DateTime<FixedOffset>>()
                    .map(|t| t.with_timezone(&Utc))
                    .map_err(E::custom)
            },
            Ok,
        )
    }
}

/// For a `NaiveDate` field.
pub fn date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    d.deserialize_str(DateVisitor)
}

/// For a `DateTime<Utc>` field.
pub fn utc<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    d.deserialize_str(UtcVisitor)
}

/// For an `Option<NaiveDate>` field (with `#[serde(default)]`, so a missing field is `None`
/// as before).
pub fn date_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    d.deserialize_option(Opt(DateVisitor))
}

/// For an `Option<DateTime<Utc>>` field (with `#[serde(default)]`).
pub fn utc_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    d.deserialize_option(Opt(UtcVisitor))
}

struct Opt<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for Opt<V> {
    type Value = Option<V::Value>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.expecting(f)?;
        f.write_str(" or null")
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self.0).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde::Deserialize;

    fn chrono_date(s: &str) -> Option<NaiveDate> {
        serde_json::from_value(serde_json::Value::String(s.into())).ok()
    }
    fn chrono_utc(s: &str) -> Option<DateTime<Utc>> {
        serde_json::from_value(serde_json::Value::String(s.into())).ok()
    }

    #[derive(Deserialize, Debug, PartialEq)]
    struct Fields {
        #[serde(deserialize_with = "date")]
        on: NaiveDate,
        #[serde(deserialize_with = "utc")]
        at: DateTime<Utc>,
        #[serde(default, deserialize_with = "date_opt")]
        due: Option<NaiveDate>,
        #[serde(default, deserialize_with = "utc_opt")]
        done: Option<DateTime<Utc>>,
    }

    #[test]
    fn canonical_shapes_read_as_chrono_reads_them() {
        for s in [
            "2026-11-30T14:05:09Z",
            "2026-11-30T14:05:09.5Z",
            "2026-11-30T14:05:09.123Z",
            "2026-11-30T14:05:09.123456789Z",
            "2000-02-29T00:00:00Z",
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999Z",
        ] {
            assert_eq!(fast_utc(s.as_bytes()), chrono_utc(s), "{s}");
            assert!(fast_utc(s.as_bytes()).is_some(), "{s} takes the fast road");
        }
        for s in ["2026-11-30", "2024-02-29", "0001-01-01"] {
            assert_eq!(fast_date(s.as_bytes()), chrono_date(s), "{s}");
            assert!(fast_date(s.as_bytes()).is_some());
        }
    }

    #[test]
    fn other_shapes_go_to_chrono() {
        for s in [
            "2026-11-30T14:05:09+02:00",
            "2026-11-30 14:05:09Z",
            "2026-11-30t14:05:09z",
            "2016-12-31T23:59:60Z",
            "2026-11-30T14:05:09.1234567891Z",
            "2026-11-30T14:05Z",
            "2026-02-30T00:00:00Z",
            "2026-11-30T24:00:00Z",
            "+12026-11-30T00:00:00Z",
            "",
            "yesterday",
        ] {
            assert_eq!(parse_utc(s), chrono_utc(s), "{s}");
        }
        for s in [
            "2026-1-5",
            "2026-02-30",
            "20261130",
            "+2026-11-30",
            "2026-11-30 ",
            "",
        ] {
            assert_eq!(parse_date(s), chrono_date(s), "{s}");
        }
    }

    #[test]
    fn fields_read_values_nulls_and_missing_as_before() {
        let f: Fields = serde_json::from_str(
            r#"{"on":"2026-11-30","at":"2026-11-30T14:05:09.120Z","due":null}"#,
        )
        .unwrap();
        assert_eq!(f.due, None);
        assert_eq!(f.done, None);
        assert_eq!(Some(f.on), chrono_date("2026-11-30"));
        let g: Fields = serde_json::from_str(
            r#"{"on":"2026-11-30","at":"2026-11-30T16:05:09+02:00","due":"2027-01-02","done":"2026-12-01T00:00:00Z"}"#,
        )
        .unwrap();
        assert_eq!(g.at, f.at - chrono::Duration::milliseconds(120));
        assert_eq!(g.due, chrono_date("2027-01-02"));
        // Escaped text (not borrowed from the input) reads the same.
        let h: Fields = serde_json::from_str(
            r#"{"on":"2026-11-\u0033\u0030","at":"2026-11-30T14:05:09.120Z"}"#,
        )
        .unwrap();
        assert_eq!(h.on, f.on);
        // A wrong value is refused with chrono's reason, as before.
        let bad =
            serde_json::from_str::<Fields>(r#"{"on":"2026-13-01","at":"2026-11-30T14:05:09Z"}"#);
        assert!(bad.is_err());
        let bad = serde_json::from_str::<Fields>(r#"{"on":"2026-12-01","at":7}"#);
        assert!(bad.is_err());
    }

    proptest! {
        #[test]
        fn any_timestamp_chrono_writes_reads_back_the_same(secs in -62_135_596_800i64..253_402_300_799i64, nanos in 0u32..1_000_000_000, form in 0usize..4) {
            let t = DateTime::<Utc>::from_timestamp(secs, nanos).unwrap();
            let text = match form {
                0 => t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
                1 => t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                2 => t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                _ => serde_json::to_value(t).unwrap().as_str().unwrap().to_string(),
            };
            prop_assert_eq!(parse_utc(&text), chrono_utc(&text));
            prop_assert_eq!(fast_utc(text.as_bytes()), chrono_utc(&text));
            let d = t.date_naive();
            let text = serde_json::to_value(d).unwrap().as_str().unwrap().to_string();
            prop_assert_eq!(parse_date(&text), chrono_date(&text));
        }

        #[test]
        fn any_text_reads_as_chrono_reads_it(text in "[0-9T:.Z+ -]{0,32}") {
            prop_assert_eq!(parse_utc(&text), chrono_utc(&text));
            prop_assert_eq!(parse_date(&text), chrono_date(&text));
        }

        #[test]
        fn near_canonical_text_reads_as_chrono_reads_it(y in 0u32..10000, mo in 0u32..14, d in 0u32..33, h in 0u32..26, mi in 0u32..62, s in 0u32..62, frac in "(\\.[0-9]{0,11})?", z in "Z|z|\\+01:00|") {
            let text = format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}{frac}{z}");
            prop_assert_eq!(parse_utc(&text), chrono_utc(&text));
            let date = format!("{y:04}-{mo:02}-{d:02}");
            prop_assert_eq!(parse_date(&date), chrono_date(&date));
        }
    }
}
