//! The profile's words: the person's details, and the pitch builder (its prompts, the
//! headings of their own material beside each field, live hints and versions).

use waymark_core::pitch::{Field, Hint, Problem, Source};

use crate::store::locale::Locale;

pub const DETAILS_TITLE: &str = "About you";
pub const DETAILS_EDIT: &str = "Edit your details";
pub const DETAILS_SAVE: &str = "Save details";
pub const DETAILS_SAVED: &str = "Your details are saved.";
pub const NAME_LABEL: &str = "What should we call you?";
pub const NAME_HINT: &str = "A first name or a nickname. It's only used to greet you here.";
pub const NAME_NONE: &str = "No name given";
pub const SITUATION_LEGEND: &str = "Which of these sounds most like you right now?";
pub const SITUATION_NONE: &str = "Not chosen yet";
pub const SITUATION_CLEAR: &str = "I'd rather not say";
pub const NEXT_STEP: &str = "A good next step";
pub const NEXT_STEP_NONE: &str =
    "Choose the situation that sounds most like you, and Waymark will suggest where to begin.";

pub const PITCH_TITLE: &str = "Your pitch";
pub const PITCH_LEAD: &str = "How you'd describe yourself in a line, in half a minute and in a short paragraph. Written by you, from what you've already learned here.";
pub const PITCH_EMPTY: &str = "Nothing written yet. A pitch helps when someone asks \u{201c}so, what do you do?\u{201d}, at an interview, a networking chat or on a profile. The builder shows your own values, strengths and stories beside each part, so you never start from a blank page.";
pub const PITCH_START: &str = "Write your pitch";
pub const PITCH_NEW: &str = "Write a new version";
pub const BUILDER_TITLE: &str = "Pitch builder";
pub const BUILDER_LEAD: &str = "Write in your own words; nothing here is filled in for you. Each part has a few prompts and, beside it, what you've already found out about yourself. Every part is optional, and saving keeps a new dated version.";
pub const BUILDER_SAVE: &str = "Save as a new version";
pub const BUILDER_SAVED: &str = "Saved as your latest version. Earlier ones are kept below.";
pub const FROM_YOUR_WORKBOOK: &str = "From your workbook";
pub const VERSIONS_TITLE: &str = "Earlier versions";
pub const VERSION_USE: &str = "Copy into the builder";
pub const VERSION_USED: &str =
    "Those words are in the builder now. Change what you like and save a new version.";
pub const VERSION_DELETE: &str = "Delete";
pub const LATEST: &str = "Latest version";

/// A field's label.
pub fn label(f: Field) -> &'static str {
    match f {
        Field::Headline => "Headline: you in one line",
        Field::Pitch => "Your 30-second pitch",
        Field::About => "About me: a short paragraph",
    }
}

/// A field's short name, for the saved versions.
pub fn name(f: Field) -> &'static str {
    match f {
        Field::Headline => "Headline",
        Field::Pitch => "30-second pitch",
        Field::About => "About me",
    }
}

/// The structure a field could follow, as short prompts.
pub fn prompts(f: Field) -> &'static [&'static str] {
    match f {
        Field::Headline => &[
            "who you help",
            "what you do for them",
            "what makes it yours (a strength or a value)",
        ],
        Field::Pitch => &[
            "who you are and what you do now",
            "one strength, with a quick proof from a story",
            "what you're looking for next",
        ],
        Field::About => &[
            "what draws you to this work",
            "how you like to work",
            "one example of what you've done",
            "where you're heading",
        ],
    }
}

/// The heading of a kind of material beside a field.
pub fn source(s: Source) -> &'static str {
    match s {
        Source::Values => "Your top values",
        Source::Strengths => "Your motivated strengths",
        Source::Interests => "Your interests",
        Source::Vision => "Your vision",
        Source::Stories => "Your best stories",
    }
}

/// Where a kind of material not there yet comes from: a sentence, a link's words and
/// its address.
pub fn source_missing(s: Source) -> (&'static str, &'static str, &'static str) {
    match s {
        Source::Values => (
            "The work values sort adds your top values here.",
            "Sort your values",
            "/discover/values",
        ),
        Source::Strengths => (
            "The motivated skills exercise adds what you're good at and enjoy.",
            "Rate your skills",
            "/discover/skills",
        ),
        Source::Interests => (
            "The interests exercise adds your three-letter code.",
            "Explore your interests",
            "/discover/interests",
        ),
        Source::Vision => (
            "Your vision adds a line about where you're heading.",
            "Write your vision",
            "/discover/vision",
        ),
        Source::Stories => (
            "Your best-told stories show here.",
            "Add a story",
            "/stories/new",
        ),
    }
}

/// A story's line beside the builder: how it went in practice.
pub fn story_practice(l: &Locale, rating: u8, practised: usize) -> Option<String> {
    (practised > 0).then(|| {
        let times = if practised == 1 {
            "practised once".to_string()
        } else {
            format!("practised {} times", l.number(practised as f64, 0))
        };
        format!("{times}, best {rating} of 5")
    })
}

/// A live hint, in a sentence.
pub fn hint(l: &Locale, h: &Hint) -> String {
    match h {
        Hint::HeadlineLong { chars } => format!(
            "This is {} characters. A headline reads best in one line, under about {}: keep the part only you could say.",
            l.number(*chars as f64, 0),
            l.number(waymark_core::pitch::HEADLINE_CHARS as f64, 0)
        ),
        Hint::HeadlineLines => {
            "A headline works best as a single line. Try joining these into one.".into()
        }
        Hint::PitchLong { seconds } => format!(
            "Said out loud this takes about {}. Aim for 30 seconds: keep one strength and one proof.",
            super::stories::duration(l, *seconds)
        ),
        Hint::PitchShort { seconds } => format!(
            "About {} out loud. There's room for a strength and what you're looking for next.",
            super::stories::duration(l, *seconds)
        ),
        Hint::AboutLong { words } => format!(
            "{} words. A short \u{201c}about me\u{201d} is easier to read: around {} words or fewer.",
            l.number(*words as f64, 0),
            l.number(waymark_core::pitch::ABOUT_WORDS as f64, 0)
        ),
    }
}

/// How long the pitch takes to say.
pub fn pitch_length(l: &Locale, seconds: u32) -> String {
    if seconds == 0 {
        "Aim for about 30 seconds said out loud.".into()
    } else {
        format!(
            "About {} said out loud, at an easy pace.",
            super::stories::duration(l, seconds)
        )
    }
}

/// What stops a version from being saved.
pub fn problem(p: Problem) -> &'static str {
    match p {
        Problem::Empty => "Write at least one part (a headline, a pitch or an about me) before saving.",
        Problem::Unchanged => "These are the same words as your latest version, so there's nothing new to save. Change something first.",
    }
}

/// "Saved on …" for a version.
pub fn saved_on(date: &str) -> String {
    format!("Saved {date}")
}

/// The undo line after deleting a version.
pub fn deleted(date: &str) -> String {
    format!("You deleted the version saved {date}.")
}
