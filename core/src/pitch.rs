//! The value proposition: a one-line headline, a 30-second pitch and a short "about
//! me", written by the person in their own words and kept as dated versions. Pure
//! rules: what Waymark already knows that could help ([`material`]), which stories are
//! the best to draw on ([`best_stories`]), live hints as they write ([`hints`]), and
//! saving a new version ([`save_version`]). It never writes for them; words live in the UI.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::discover::latest_profile;
use crate::stories::{spoken_seconds, Story};
use crate::Workbook;

/// Id prefix for pitch versions, for [`crate::ids::make_id`].
pub const PREFIX: &str = "pv";

/// One saved version of the person's value proposition.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Pitch {
    #[serde(default)]
    pub id: String,
    /// One line: who they help, what they do, what makes it theirs.
    #[serde(default)]
    pub headline: String,
    /// About thirty seconds, said out loud.
    #[serde(default)]
    pub pitch: String,
    /// A short paragraph for a profile or an introduction.
    #[serde(default)]
    pub about: String,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub updated_at: DateTime<Utc>,
}

/// A field of the builder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Headline,
    Pitch,
    About,
}

impl Field {
    pub const ALL: [Field; 3] = [Field::Headline, Field::Pitch, Field::About];

    /// What of the person's own material sits beside this field, most useful first.
    pub fn sources(self) -> &'static [Source] {
        match self {
            Field::Headline => &[Source::Strengths, Source::Values, Source::Interests],
            Field::Pitch => &[Source::Strengths, Source::Stories, Source::Vision],
            Field::About => &[
                Source::Values,
                Source::Interests,
                Source::Vision,
                Source::Stories,
            ],
        }
    }
}

/// A kind of material the person has already written or found in Waymark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    Values,
    Strengths,
    Interests,
    Vision,
    Stories,
}

/// A story worth drawing on, with what makes it tell.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryNote {
    pub id: String,
    pub title: String,
    /// The result, and its measure when there is one ("… (from 9 days to 2)").
    pub result: String,
    pub measure: String,
    /// The best rating any practice gave it (1 to 5), 0 when never practised.
    pub best_rating: u8,
    pub practised: usize,
}

/// Everything Waymark knows that could help someone describe themselves.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Material {
    /// Top values, in their ranked order.
    pub values: Vec<String>,
    /// Motivated strengths: skills they're good at and enjoy.
    pub strengths: Vec<String>,
    /// The three-letter interests code, with the names of its types.
    pub code: Option<(String, Vec<String>)>,
    pub vision: Option<String>,
    /// Their best stories, best first (at most [`BEST_STORIES`]).
    pub stories: Vec<StoryNote>,
}

/// How many stories the builder offers.
pub const BEST_STORIES: usize = 3;

impl Material {
    /// True when there is nothing of theirs to show yet.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
            && self.strengths.is_empty()
            && self.code.is_none()
            && self.vision.is_none()
            && self.stories.is_empty()
    }

    /// True when `source` has something to show.
    pub fn has(&self, source: Source) -> bool {
        match source {
            Source::Values => !self.values.is_empty(),
            Source::Strengths => !self.strengths.is_empty(),
            Source::Interests => self.code.is_some(),
            Source::Vision => self.vision.is_some(),
            Source::Stories => !self.stories.is_empty(),
        }
    }

    /// The sources beside `field` that have something in them, in the field's order.
    pub fn for_field(&self, field: Field) -> Vec<Source> {
        field
            .sources()
            .iter()
            .copied()
            .filter(|s| self.has(*s))
            .collect()
    }

    /// The sources `field` draws on that are still empty: exercises worth doing.
    pub fn missing_for(&self, field: Field) -> Vec<Source> {
        field
            .sources()
            .iter()
            .copied()
            .filter(|s| !self.has(*s))
            .collect()
    }
}

/// Gathers the latest of each exercise and the best stories from `wb`.
pub fn material(wb: &Workbook) -> Material {
    let profile = latest_profile(&wb.discovery);
    let names = |list: &[crate::discover::Named]| -> Vec<String> {
        list.iter().map(|n| n.name.clone()).collect()
    };
    Material {
        values: profile
            .values
            .as_ref()
            .map_or_else(Vec::new, |v| names(&v.top)),
        strengths: profile
            .skills
            .as_ref()
            .map_or_else(Vec::new, |s| names(&s.strengths)),
        code: profile
            .interests
            .as_ref()
            .filter(|i| !i.code.trim().is_empty())
            .map(|i| (i.code.clone(), names(&i.top_types))),
        vision: profile
            .vision
            .as_ref()
            .map(|v| v.statement.trim().to_string())
            .filter(|v| !v.is_empty()),
        stories: best_stories(&wb.stories, BEST_STORIES)
            .into_iter()
            .map(note)
            .collect(),
    }
}

fn note(s: &Story) -> StoryNote {
    StoryNote {
        id: s.id.clone(),
        title: s.title.trim().to_string(),
        result: s.result.trim().to_string(),
        measure: s.measure.trim().to_string(),
        best_rating: best_rating(s),
        practised: s.practice.len(),
    }
}

fn best_rating(s: &Story) -> u8 {
    s.practice.iter().map(|p| p.rating).max().unwrap_or(0)
}

/// The stories that tell best, at most `n`, best first: the highest practice rating
/// first, then the most practised, then one with a result (a measure counts extra),
/// then the newest. Stories with nothing written are left out.
pub fn best_stories(stories: &[Story], n: usize) -> Vec<&Story> {
    let substance =
        |s: &Story| u8::from(!s.result.trim().is_empty()) + u8::from(!s.measure.trim().is_empty());
    let mut list: Vec<&Story> = stories.iter().filter(|s| !s.is_empty()).collect();
    list.sort_by(|a, b| {
        best_rating(b)
            .cmp(&best_rating(a))
            .then_with(|| b.practice.len().cmp(&a.practice.len()))
            .then_with(|| substance(b).cmp(&substance(a)))
            .then_with(|| b.updated_at.cmp(&a.updated_at))
            .then_with(|| a.id.cmp(&b.id))
    });
    list.truncate(n);
    list
}

/// A headline longer than this many characters gets a hint.
pub const HEADLINE_CHARS: usize = 120;
/// Said out loud, a pitch longer than this many seconds gets a hint.
pub const PITCH_SECONDS: u32 = 30;
/// A pitch shorter than this many seconds may be too thin to say who they are.
pub const PITCH_SHORTEST: u32 = 10;
/// An "about me" longer than this many words gets a hint.
pub const ABOUT_WORDS: usize = 150;

/// Something worth a look as the person writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// The headline runs to more than one line.
    HeadlineLong { chars: usize },
    /// The headline is split over several lines.
    HeadlineLines,
    /// The pitch takes longer than [`PITCH_SECONDS`] to say.
    PitchLong { seconds: u32 },
    /// The pitch takes less than [`PITCH_SHORTEST`] to say.
    PitchShort { seconds: u32 },
    /// The "about me" is longer than [`ABOUT_WORDS`].
    AboutLong { words: usize },
}

impl Hint {
    /// The field the hint sits beside.
    pub fn field(self) -> Field {
        match self {
            Hint::HeadlineLong { .. } | Hint::HeadlineLines => Field::Headline,
            Hint::PitchLong { .. } | Hint::PitchShort { .. } => Field::Pitch,
            Hint::AboutLong { .. } => Field::About,
        }
    }
}

/// The live hints for what has been typed so far. Blank fields get none: every field
/// is optional, and the builder's prompts speak for an empty one.
pub fn hints(headline: &str, pitch: &str, about: &str) -> Vec<Hint> {
    let mut out = Vec::new();
    let head = headline.trim();
    let chars = head.chars().count();
    if chars > HEADLINE_CHARS {
        out.push(Hint::HeadlineLong { chars });
    }
    if head.lines().filter(|l| !l.trim().is_empty()).count() > 1 {
        out.push(Hint::HeadlineLines);
    }
    if !pitch.trim().is_empty() {
        let seconds = pitch_seconds(pitch);
        if seconds > PITCH_SECONDS {
            out.push(Hint::PitchLong { seconds });
        } else if seconds < PITCH_SHORTEST {
            out.push(Hint::PitchShort { seconds });
        }
    }
    let words = about.split_whitespace().count();
    if words > ABOUT_WORDS {
        out.push(Hint::AboutLong { words });
    }
    out
}

/// Seconds the pitch takes to say out loud, at the same easy pace as a story.
pub fn pitch_seconds(pitch: &str) -> u32 {
    spoken_seconds(&[pitch])
}

/// What stops a version from being saved. The UI words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Nothing written in any field.
    Empty,
    /// Exactly the same words as the latest version.
    Unchanged,
}

/// The latest version: the one made last (ties go to the larger id, so every tab
/// agrees).
pub fn latest(pitches: &[Pitch]) -> Option<&Pitch> {
    pitches.iter().max_by(|a, b| {
        a.created_at
            .cmp(&b.created_at)
            .then_with(|| a.id.cmp(&b.id))
    })
}

/// Every version, newest first.
pub fn newest_first(pitches: &[Pitch]) -> Vec<&Pitch> {
    let mut list: Vec<&Pitch> = pitches.iter().collect();
    list.sort_by(|a, b| {
        b.created_at
            .cmp(&a.created_at)
            .then_with(|| b.id.cmp(&a.id))
    });
    list
}

/// Saves the typed words as a new version `id`, made at `now`; earlier versions stay
/// as they were. Text is trimmed.
pub fn save_version(
    pitches: &mut Vec<Pitch>,
    id: String,
    headline: &str,
    pitch: &str,
    about: &str,
    now: DateTime<Utc>,
) -> Result<(), Problem> {
    let version = Pitch {
        id,
        headline: headline.trim().to_string(),
        pitch: pitch.trim().to_string(),
        about: about.trim().to_string(),
        created_at: now,
        updated_at: now,
    };
    if version.is_empty() {
        return Err(Problem::Empty);
    }
    if latest(pitches).is_some_and(|l| l.same_words(&version)) {
        return Err(Problem::Unchanged);
    }
    pitches.push(version);
    Ok(())
}

impl Pitch {
    /// True when nothing is written.
    pub fn is_empty(&self) -> bool {
        crate::stories::nothing_written(&[&self.headline, &self.pitch, &self.about])
    }

    /// True when both say exactly the same.
    pub fn same_words(&self, other: &Pitch) -> bool {
        self.headline == other.headline && self.pitch == other.pitch && self.about == other.about
    }
}

#[cfg(test)]
mod tests;
