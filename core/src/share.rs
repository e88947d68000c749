//! The program link codec: a [`Program`] as a short text for a URL fragment
//! (`#program=1.<payload>`), where the payload is compact JSON, zlib-deflated and
//! base64url-encoded. Decoding checks everything and says plainly what is wrong; it
//! never panics, whatever text it is given. The fragment never reaches a server.

use chrono::{DateTime, Utc};
use miniz_oxide::inflate::TINFLStatus;
use serde::{Deserialize, Serialize};

use crate::{
    checkins::Cadence,
    engagement::Engagement,
    program::{CoachGoal, Program, PROGRAM_VERSION},
};

/// The fragment parameter that carries a program.
pub const PARAM: &str = "program";
/// Links longer than this (the part after `program=`) are refused unread.
pub const MAX_LINK_CHARS: usize = 12_000;
/// The most a payload may inflate to.
pub const MAX_INFLATED_BYTES: usize = 32 * 1024;

/// Why a link can't be opened (the UI says what happened and what to do).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    Empty,
    TooLong {
        chars: usize,
    },
    /// Made by a newer version of Waymark.
    Newer {
        found: u32,
    },
    /// Cut short, usually when copying or by an email program wrapping it.
    Truncated,
    /// Changed on the way: characters altered or mixed up.
    Damaged,
    /// Readable, but not a program this version can use.
    Invalid(Unusable),
}

/// Why a readable link still isn't a program this version can use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unusable {
    /// Its contents aren't in the expected shape.
    Shape,
    /// Its date isn't a real date.
    Date,
    /// A part of the program breaks a rule (the first one found).
    Program(crate::program::Problem),
    /// A part of a coach's feedback breaks a rule (the first one found).
    Feedback(crate::feedback::Problem),
}

/// The wire form: short keys keep links short. Never reorder or rename these.
#[derive(Serialize, Deserialize)]
struct Wire {
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    coach: String,
    #[serde(rename = "c", default, skip_serializing_if = "String::is_empty")]
    contact: String,
    #[serde(rename = "w", default, skip_serializing_if = "String::is_empty")]
    welcome: String,
    #[serde(rename = "i", default, skip_serializing_if = "Vec::is_empty")]
    instruments: Vec<String>,
    #[serde(rename = "q", default, skip_serializing_if = "Vec::is_empty")]
    questions: Vec<String>,
    #[serde(rename = "t", default, skip_serializing_if = "Vec::is_empty")]
    templates: Vec<String>,
    #[serde(rename = "g", default, skip_serializing_if = "Vec::is_empty")]
    custom_goals: Vec<CoachGoal>,
    #[serde(rename = "k", default, skip_serializing_if = "Option::is_none")]
    cadence: Option<Cadence>,
    #[serde(rename = "e", default, skip_serializing_if = "Option::is_none")]
    engagement: Option<WireEngagement>,
    /// Creation time, seconds since 1970.
    #[serde(rename = "at")]
    created_at: i64,
}

/// The planned sessions on the wire: first day, how many, weeks apart.
#[derive(Serialize, Deserialize)]
struct WireEngagement {
    #[serde(rename = "s")]
    start: chrono::NaiveDate,
    #[serde(rename = "n")]
    sessions: u8,
    #[serde(rename = "w")]
    every_weeks: u8,
}

/// The program as the text after `#program=` (`1.<payload>`).
pub fn encode(program: &Program) -> String {
    let wire = Wire {
        coach: program.coach.clone(),
        contact: program.contact.clone(),
        welcome: program.welcome.clone(),
        instruments: program.instruments.clone(),
        questions: program.questions.clone(),
        templates: program.templates.clone(),
        custom_goals: program.custom_goals.clone(),
        cadence: program.cadence,
        engagement: program.engagement.map(|e| WireEngagement {
            start: e.start,
            sessions: e.sessions,
            every_weeks: e.every_weeks,
        }),
        created_at: program.created_at.timestamp(),
    };
    // Plain data with string keys always serialises.
    let json = serde_json::to_vec(&wire).unwrap_or_default();
    pack(program.link_version(), &json)
}

/// `json` as link text: `<version>.<payload>`, the payload zlib-deflated and
/// base64url-encoded. Every link kind (programs, a coach's feedback) is packed this way.
pub fn pack(version: u32, json: &[u8]) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json, 9);
    format!("{version}.{}", base64url_encode(&packed))
}

/// The version and JSON bytes packed in link text by [`pack`], checking the length, the
/// version (1 to `newest`), the characters and the inflated size on the way, and
/// saying plainly what is wrong. Never panics.
pub fn unpack(text: &str, newest: u32) -> Result<(u32, Vec<u8>), LinkError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(LinkError::Empty);
    }
    let chars = text.chars().count();
    if chars > MAX_LINK_CHARS {
        return Err(LinkError::TooLong { chars });
    }
    let Some((version, payload)) = text.split_once('.') else {
        return Err(if text.bytes().all(|b| b.is_ascii_digit()) {
            LinkError::Truncated
        } else {
            LinkError::Damaged
        });
    };
    if version.is_empty() || version.len() > 6 || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(LinkError::Damaged);
    }
    let version: u32 = version.parse().map_err(|_| LinkError::Damaged)?;
    if version > newest {
        return Err(LinkError::Newer { found: version });
    }
    if version == 0 {
        return Err(LinkError::Damaged);
    }
    if payload.is_empty() {
        return Err(LinkError::Truncated);
    }
    let packed = match base64url_decode(payload) {
        Ok(packed) => packed,
        // Cut in the middle of a group of four characters, the last one's spare bits are
        // rarely zero: if the whole groups before it are the start of a stream, the
        // link was cut short, not changed.
        Err(LinkError::Damaged) if payload.is_ascii() && payload.len() % 4 != 0 => {
            let whole = payload
                .get(..payload.len() - payload.len() % 4)
                .unwrap_or("");
            return Err(match base64url_decode(whole).map(|p| inflate(&p, chars)) {
                Ok(Err(LinkError::Truncated)) => LinkError::Truncated,
                _ => LinkError::Damaged,
            });
        }
        Err(e) => return Err(e),
    };
    Ok((version, inflate(&packed, chars)?))
}

/// Inflates a link's packed bytes, refusing more than [`MAX_INFLATED_BYTES`].
fn inflate(packed: &[u8], chars: usize) -> Result<Vec<u8>, LinkError> {
    miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(packed, MAX_INFLATED_BYTES).map_err(
        |e| match e.status {
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                LinkError::Truncated
            }
            TINFLStatus::HasMoreOutput => LinkError::TooLong { chars },
            _ => LinkError::Damaged,
        },
    )
}

/// Reads unpacked JSON into `T`: cut-off JSON is [`LinkError::Truncated`], any other
/// mismatch [`Unusable::Shape`].
pub fn read_json<T: serde::de::DeserializeOwned>(json: &[u8]) -> Result<T, LinkError> {
    serde_json::from_slice(json).map_err(|e| {
        if e.is_eof() {
            LinkError::Truncated
        } else {
            LinkError::Invalid(Unusable::Shape)
        }
    })
}

/// The fragment to append to the app's address: `#program=1.<payload>`.
pub fn fragment(program: &Program) -> String {
    format!("#{PARAM}={}", encode(program))
}

/// The app address `base` (any fragment dropped) with the program attached.
pub fn link(base: &str, program: &Program) -> String {
    let base = base.split('#').next().unwrap_or(base);
    format!("{base}{}", fragment(program))
}

/// The program text in a location hash (`#program=…`, with or without `#`), if the
/// hash carries one. Other `&`-separated parameters are ignored.
pub fn find_in_hash(hash: &str) -> Option<&str> {
    find_param(hash, PARAM)
}

/// The value of parameter `param` in a location hash (`#a=…&b=…`, with or without `#`).
pub fn find_param<'a>(hash: &'a str, param: &str) -> Option<&'a str> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    hash.split('&')
        .find_map(|part| part.strip_prefix(param)?.strip_prefix('='))
}

/// Reads the text after `#program=` back into a program, checking it on the way.
pub fn decode(text: &str) -> Result<Program, LinkError> {
    let (version, json) = unpack(text, PROGRAM_VERSION)?;
    let wire: Wire = read_json(&json)?;
    let created_at = DateTime::<Utc>::from_timestamp(wire.created_at, 0)
        .ok_or(LinkError::Invalid(Unusable::Date))?;
    let program = Program {
        version,
        coach: wire.coach,
        contact: wire.contact,
        welcome: wire.welcome,
        instruments: wire.instruments,
        questions: wire.questions,
        templates: wire.templates,
        custom_goals: wire.custom_goals,
        cadence: wire.cadence,
        engagement: wire
            .engagement
            .map(|e| Engagement::new(e.start, e.sessions, e.every_weeks)),
        created_at,
    };
    if let Some(problem) = program.problems().into_iter().next() {
        return Err(LinkError::Invalid(Unusable::Program(problem)));
    }
    Ok(program)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let emit = chunk.len() + 1;
        for i in 0..emit {
            let index = ((n >> (18 - 6 * i)) & 0x3f) as usize;
            out.push(char::from(ALPHABET[index]));
        }
    }
    out
}

fn sextet(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

/// Decodes unpadded base64url, refusing stray characters and non-canonical endings.
pub fn base64url_decode(text: &str) -> Result<Vec<u8>, LinkError> {
    let text = text.trim_end_matches('=');
    let bytes = text.as_bytes();
    if bytes.len() % 4 == 1 {
        return Err(LinkError::Truncated);
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3 + 2);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= sextet(*c).ok_or(LinkError::Damaged)? << (18 - 6 * i);
        }
        let produced = chunk.len() - 1;
        let all = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        // Bits beyond what the last characters carry must be zero.
        if produced < 3 && all[produced..].iter().any(|b| *b != 0) {
            return Err(LinkError::Damaged);
        }
        out.extend_from_slice(&all[..produced]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::tests::typical;
    use crate::{content, goals::TemplateId, workbook::tests::at};
    use proptest::prelude::*;

    #[test]
    fn typical_program_round_trips_in_a_short_link() {
        let p = typical();
        let text = encode(&p);
        assert!(text.starts_with("1."));
        let back = decode(&text).unwrap();
        assert_eq!(back, p);
        let url = link("https://coach.example/coaching/waymark/", &p);
        // Short enough to paste in an email.
        assert!(url.len() < 1000, "link is {} characters", url.len());
        eprintln!("typical program link: {} characters", url.len());
    }

    #[test]
    fn link_replaces_any_earlier_fragment() {
        let p = typical();
        let url = link("https://x.example/app/#program=old", &p);
        assert_eq!(url.matches('#').count(), 1);
        assert_eq!(
            decode(find_in_hash(url.split_once('#').unwrap().1).unwrap()).unwrap(),
            p
        );
    }

    #[test]
    fn finds_the_program_among_other_hash_parameters() {
        assert_eq!(find_in_hash("#program=1.abc"), Some("1.abc"));
        assert_eq!(find_in_hash("x=1&program=1.abc"), Some("1.abc"));
        assert_eq!(find_in_hash("#main"), None);
        assert_eq!(find_in_hash("#programme=1"), None);
        assert_eq!(find_in_hash(""), None);
    }

    #[test]
    fn base64url_matches_known_vectors() {
        for (raw, enc) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url_encode(raw.as_bytes()), enc);
            assert_eq!(base64url_decode(enc).unwrap(), raw.as_bytes());
        }
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn a_future_version_is_named() {
        let text = encode(&typical()).replacen("1.", "4.", 1);
        assert_eq!(decode(&text), Err(LinkError::Newer { found: 4 }));
    }

    #[test]
    fn a_link_says_the_lowest_version_its_content_needs() {
        let plain = typical();
        assert!(
            encode(&plain).starts_with("1."),
            "opens in builds before whys and sessions"
        );
        let mut why = typical();
        why.custom_goals = vec![CoachGoal::new(
            "Speak at a meetup",
            "You light up when you teach.",
        )];
        let text = encode(&why);
        assert!(
            text.starts_with("2."),
            "a build that can't show the why refuses it by name"
        );
        assert_eq!(decode(&text).unwrap().custom_goals, why.custom_goals);
        let mut sessions = typical();
        sessions.engagement = Some(Engagement::new(
            chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            6,
            2,
        ));
        let text = encode(&sessions);
        assert!(text.starts_with("2."));
        assert_eq!(decode(&text).unwrap().engagement, sessions.engagement);
        let mut newer_template = typical();
        newer_template.templates.push("portfolio_career".into());
        let v3 = encode(&newer_template);
        assert!(
            v3.starts_with("3."),
            "a build without the template refuses it by name"
        );
        assert_eq!(decode(&v3).unwrap().templates, newer_template.templates);
        assert_eq!(
            unpack(&v3, 2).map(|_| ()),
            Err(LinkError::Newer { found: 3 })
        );
        // What a build of version 1 did with a version 2 link: refused, and said why.
        assert_eq!(
            unpack(&text, 1).map(|_| ()),
            Err(LinkError::Newer { found: 2 })
        );
    }

    #[test]
    fn a_cut_link_says_it_is_cut_short() {
        let text = encode(&typical());
        for keep in [text.len() / 2, text.len() - 3, text.len() - 1, 2, 1] {
            let cut = &text[..keep];
            let err = decode(cut).unwrap_err();
            assert!(
                matches!(err, LinkError::Truncated | LinkError::Damaged),
                "cut at {keep}: {err:?}"
            );
        }
        assert_eq!(decode(&text[..text.len() / 2]), Err(LinkError::Truncated));
        // Wherever it is cut after the version, it says so.
        for keep in 3..text.len() {
            assert_eq!(
                decode(&text[..keep]),
                Err(LinkError::Truncated),
                "cut at {keep}"
            );
        }
    }

    #[test]
    fn a_changed_character_says_it_is_damaged() {
        let text = encode(&typical());
        let mut chars: Vec<char> = text.chars().collect();
        let at = chars.len() / 2;
        chars[at] = if chars[at] == 'A' { 'B' } else { 'A' };
        let changed: String = chars.into_iter().collect();
        assert!(decode(&changed).is_err());
        assert_eq!(decode("1.abc$def"), Err(LinkError::Damaged));
    }

    #[test]
    fn empty_huge_and_odd_links_are_refused_plainly() {
        assert_eq!(decode(""), Err(LinkError::Empty));
        assert_eq!(decode("   "), Err(LinkError::Empty));
        let huge = format!("1.{}", "A".repeat(MAX_LINK_CHARS));
        assert!(matches!(decode(&huge), Err(LinkError::TooLong { .. })));
        assert_eq!(decode("0.AAAA"), Err(LinkError::Damaged));
        assert_eq!(decode("x.AAAA"), Err(LinkError::Damaged));
        assert_eq!(decode("1."), Err(LinkError::Truncated));
    }

    #[test]
    fn a_zip_bomb_is_refused() {
        let json = format!(
            "{{\"w\":\"{}\",\"at\":0}}",
            "a".repeat(MAX_INFLATED_BYTES * 4)
        );
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 9);
        let text = format!("1.{}", base64url_encode(&packed));
        assert!(text.len() < MAX_LINK_CHARS);
        assert!(matches!(decode(&text), Err(LinkError::TooLong { .. })));
    }

    #[test]
    fn a_readable_link_with_unknown_exercises_is_invalid_not_a_panic() {
        let mut p = typical();
        p.instruments.push("tarot".into());
        let err = decode(&encode(&p)).unwrap_err();
        assert!(matches!(
            &err,
            LinkError::Invalid(Unusable::Program(p))
                if p.issue == crate::program::Issue::UnknownExercise("tarot".into())
        ));
    }

    #[test]
    fn planned_sessions_travel_in_the_link_and_older_links_have_none() {
        let mut p = typical();
        let before = encode(&p);
        assert_eq!(decode(&before).unwrap().engagement, None);
        let start = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        p.engagement = Some(Engagement::new(start, 6, 2));
        let text = encode(&p);
        p.version = 2;
        assert_eq!(decode(&text).unwrap(), p);
        assert!(
            text.len() < before.len() + 40,
            "sessions cost few characters"
        );
    }

    #[test]
    fn a_link_with_sessions_out_of_range_is_refused_plainly() {
        let wire = |e: &str| {
            let json = format!("{{\"w\":\"Hi\",\"e\":{e},\"at\":0}}");
            let packed = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 9);
            decode(&format!("1.{}", base64url_encode(&packed)))
        };
        assert!(wire(r#"{"s":"2026-01-05","n":6,"w":2}"#).is_ok());
        assert!(matches!(
            wire(r#"{"s":"2026-01-05","n":40,"w":2}"#),
            Err(LinkError::Invalid(Unusable::Program(p))) if p.field == crate::program::Field::Engagement
        ));
        assert_eq!(
            wire(r#"{"s":"2026-02-30","n":6,"w":2}"#),
            Err(LinkError::Invalid(Unusable::Shape))
        );
        assert_eq!(
            wire(r#"{"s":"2026-01-05","n":600,"w":2}"#),
            Err(LinkError::Invalid(Unusable::Shape))
        );
    }

    fn arb_text(max: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(any::<char>(), 0..max).prop_map(|v| v.into_iter().collect())
    }

    fn arb_program() -> impl Strategy<Value = Program> {
        let ids: Vec<String> = content::ALL.iter().map(|i| i.id.to_string()).collect();
        let keys: Vec<String> = TemplateId::ALL
            .iter()
            .map(|t| t.key().to_string())
            .collect();
        (
            arb_text(40),
            arb_text(60),
            arb_text(400),
            proptest::sample::subsequence(ids.clone(), 0..=ids.len()).prop_shuffle(),
            proptest::collection::vec(
                arb_text(80).prop_filter("not blank", |s| !s.trim().is_empty()),
                0..4,
            ),
            proptest::sample::subsequence(keys.clone(), 0..=keys.len()),
            proptest::collection::vec(
                (
                    arb_text(40).prop_filter("not blank", |s| !s.trim().is_empty()),
                    arb_text(120),
                )
                    .prop_map(|(title, why)| CoachGoal { title, why }),
                0..3,
            ),
            proptest::option::of(proptest::sample::select(Cadence::ALL.to_vec())),
            0i64..4_000_000_000,
        )
            .prop_map(
                |(
                    coach,
                    contact,
                    welcome,
                    instruments,
                    questions,
                    templates,
                    custom_goals,
                    cadence,
                    secs,
                )| {
                    let mut p = Program {
                        version: PROGRAM_VERSION,
                        coach,
                        contact,
                        welcome,
                        instruments,
                        questions,
                        templates,
                        custom_goals,
                        cadence,
                        engagement: None,
                        created_at: DateTime::<Utc>::from_timestamp(secs, 0)
                            .unwrap_or_else(|| at(2026, 1, 1)),
                    };
                    // A link says the version its content needs.
                    p.version = p.link_version();
                    p
                },
            )
            .prop_filter("has steps", |p| p.problems().is_empty())
    }

    fn arb_engagement() -> impl Strategy<Value = Engagement> {
        (
            0i64..40_000,
            crate::engagement::MIN_SESSIONS..=crate::engagement::MAX_SESSIONS,
            crate::engagement::MIN_WEEKS..=crate::engagement::MAX_WEEKS,
        )
            .prop_map(|(days, sessions, weeks)| {
                let start = chrono::NaiveDate::from_ymd_opt(2000, 1, 1)
                    .and_then(|d| d.checked_add_signed(chrono::TimeDelta::days(days)))
                    .unwrap_or_default();
                Engagement::new(start, sessions, weeks)
            })
    }

    /// Valid programs, some with planned sessions.
    fn arb_program_with_sessions() -> impl Strategy<Value = Program> {
        (arb_program(), proptest::option::of(arb_engagement())).prop_map(|(mut p, e)| {
            p.engagement = e;
            p.version = p.link_version();
            p
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn every_valid_program_round_trips(p in arb_program_with_sessions()) {
            let text = encode(&p);
            prop_assert!(text.is_ascii());
            prop_assert_eq!(decode(&text), Ok(p.clone()));
            let url = link("https://a.example/x/", &p);
            let hash = url.split_once('#').map(|(_, h)| h).unwrap_or("");
            prop_assert_eq!(find_in_hash(hash).map(decode), Some(Ok(p)));
        }

        #[test]
        fn any_text_is_refused_or_read_never_a_panic(text in arb_text(300)) {
            let _ = decode(&text);
            let _ = decode(&format!("1.{text}"));
        }

        #[test]
        fn random_base64_after_the_version_is_refused(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let text = format!("1.{}", base64url_encode(&bytes));
            prop_assert!(decode(&text).is_err());
        }

        #[test]
        fn every_truncation_is_refused(p in arb_program_with_sessions(), cut in 0.0f64..1.0) {
            let text = encode(&p);
            let keep = ((text.len() as f64) * cut) as usize;
            prop_assert!(keep < text.len());
            prop_assert!(decode(&text[..keep]).is_err());
        }

        #[test]
        fn every_flipped_bit_is_refused(p in arb_program_with_sessions(), at_byte in any::<prop::sample::Index>(), bit in 0u8..8) {
            let text = encode(&p);
            let (version, payload) = text.split_once('.').unwrap_or(("", ""));
            let mut bytes = base64url_decode(payload).unwrap_or_default();
            let i = at_byte.index(bytes.len());
            bytes[i] ^= 1 << bit;
            let flipped = format!("{version}.{}", base64url_encode(&bytes));
            // Refused, or (a flip in the unused padding bits after deflate's last
            // block, which the zlib checksum rightly ignores) exactly the same program:
            // a damaged link never yields a different program.
            match decode(&flipped) {
                Err(_) => {}
                Ok(q) => prop_assert_eq!(Ok(q), decode(&text), "flipped byte {} bit {} changed the program", i, bit),
            }
        }

        #[test]
        fn every_changed_character_is_refused_or_changes_nothing(p in arb_program_with_sessions(), at_char in any::<prop::sample::Index>(), to in proptest::sample::select(ALPHABET.to_vec())) {
            let text = encode(&p);
            let mut chars: Vec<u8> = text.clone().into_bytes();
            let i = 2 + at_char.index(chars.len() - 2);
            prop_assume!(chars[i] != to);
            chars[i] = to;
            let changed = String::from_utf8(chars).unwrap_or_default();
            // Refused, or (a change only in the bits the last character carries beyond
            // the data, or in deflate's padding) exactly the same program.
            match decode(&changed) {
                Err(_) => {}
                Ok(q) => prop_assert_eq!(Ok(q), decode(&text), "changed character {} gave another program", i),
            }
        }
    }
}
