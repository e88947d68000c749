//! Live hints for a story as it is written, one part at a time: a part left out, a
//! result with no outcome, an action told only as "we", a story too long to tell in
//! about two minutes. Data only; the UI words them.

/// A part of a STAR story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    Situation,
    Task,
    Action,
    Result,
}

impl Part {
    pub const ALL: [Part; 4] = [Part::Situation, Part::Task, Part::Action, Part::Result];
}

/// Something worth a look in a story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoryHint {
    /// Nothing written for this part yet.
    Missing(Part),
    /// The result says neither a number nor what changed.
    NoOutcome,
    /// The action says "we" and never "I": the listener can't tell what you did.
    OnlyWe,
    /// Told out loud it would take longer than [`LONGEST_SECONDS`].
    TooLong { seconds: u32 },
}

impl StoryHint {
    /// The part a hint sits beside; `None` for the whole story.
    pub fn part(self) -> Option<Part> {
        match self {
            StoryHint::Missing(p) => Some(p),
            StoryHint::NoOutcome => Some(Part::Result),
            StoryHint::OnlyWe => Some(Part::Action),
            StoryHint::TooLong { .. } => None,
        }
    }
}

/// An easy speaking pace, in words a minute.
pub const WORDS_PER_MINUTE: u32 = 150;

/// About two spoken minutes: longer than this and a listener drifts.
pub const LONGEST_SECONDS: u32 = 120;

/// Seconds to say `parts` out loud at [`WORDS_PER_MINUTE`], rounded up.
pub fn spoken_seconds(parts: &[&str]) -> u32 {
    let words: u32 = parts
        .iter()
        .map(|p| p.split_whitespace().count() as u32)
        .sum();
    (words * 60).div_ceil(WORDS_PER_MINUTE)
}

/// Lower-case words of `text`, with apostrophes kept inside ("we're").
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
}

const I_WORDS: &[&str] = &["i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself"];
const WE_WORDS: &[&str] = &[
    "we",
    "we're",
    "we've",
    "we'd",
    "we'll",
    "us",
    "our",
    "ourselves",
];

/// True when `action` speaks of "we" and never of "I".
pub fn only_we(action: &str) -> bool {
    let (mut we, mut i) = (false, false);
    for w in words(action) {
        we |= WE_WORDS.contains(&w.as_str());
        i |= I_WORDS.contains(&w.as_str());
    }
    we && !i
}

/// Word stems that say something changed because of what was done.
const OUTCOME_STEMS: &[&str] = &[
    "increas",
    "reduc",
    "sav",
    "grew",
    "grow",
    "cut",
    "won",
    "win",
    "improv",
    "launch",
    "finish",
    "complet",
    "deliver",
    "doubl",
    "halv",
    "rais",
    "fell",
    "rose",
    "drop",
    "faster",
    "fewer",
    "more",
    "less",
    "better",
    "shorter",
    "higher",
    "lower",
    "percent",
    "promot",
    "thank",
    "prais",
    "adopt",
    "approv",
    "solv",
    "fix",
    "resolv",
    "hired",
    "signed",
    "agreed",
    "kept",
    "stopp",
    "start",
    "award",
    "chose",
    "recommend",
    "return",
    "result",
    "led to",
    "so that",
    "since then",
    "still use",
    "now ",
];

/// True when `result` (with its `measure`) says what changed: a number, or words of
/// change such as "reduced", "saved" or "led to".
pub fn has_outcome(result: &str, measure: &str) -> bool {
    if !measure.trim().is_empty() || result.chars().any(|c| c.is_ascii_digit() || c == '%') {
        return true;
    }
    let text = format!(" {} ", result.to_lowercase());
    OUTCOME_STEMS.iter().any(|stem| {
        text.match_indices(stem).any(|(at, _)| {
            // A stem counts at the start of a word.
            text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
    })
}

/// Every hint for a story as written, in part order, then the length.
pub fn hints(
    situation: &str,
    task: &str,
    action: &str,
    result: &str,
    measure: &str,
) -> Vec<StoryHint> {
    let mut out = Vec::new();
    for (part, text) in Part::ALL.into_iter().zip([situation, task, action, result]) {
        if text.trim().is_empty() {
            out.push(StoryHint::Missing(part));
            continue;
        }
        match part {
            Part::Action if only_we(text) => out.push(StoryHint::OnlyWe),
            Part::Result if !has_outcome(text, measure) => out.push(StoryHint::NoOutcome),
            _ => {}
        }
    }
    let seconds = spoken_seconds(&[situation, task, action, result]);
    if seconds > LONGEST_SECONDS {
        out.push(StoryHint::TooLong { seconds });
    }
    out
}
