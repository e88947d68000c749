//! The SMART check: for each letter, whether a goal (or a wizard draft, which is just
//! a goal being filled in) meets it, and a plain hint about what to do next.
//!
//! The rules, kept simple on purpose:
//! - **Specific**: a title, and an outcome of at least [`MIN_OUTCOME_WORDS`] words of
//!   which at least [`MIN_CONCRETE_WORDS`] are not vague or filler words ("better",
//!   "more", "improve", "I", "want", "to", …). Numbers count as concrete.
//! - **Measurable**: a metric with a name, a unit, and a target different from the start.
//! - **Achievable**: confidence of at least [`ACHIEVABLE_CONFIDENCE`] out of 10.
//! - **Relevant**: linked to at least one value, strength, interest, growth area or
//!   the vision.
//! - **Time-bound**: a deadline after today.

use chrono::NaiveDate;

use super::Goal;

/// Confidence at or above this passes "Achievable".
pub const ACHIEVABLE_CONFIDENCE: u8 = 7;
/// The fewest words an outcome needs to be "Specific".
pub const MIN_OUTCOME_WORDS: usize = 4;
/// The fewest concrete (not vague, not filler) words an outcome needs.
pub const MIN_CONCRETE_WORDS: usize = 2;

/// Words that say "some change" without saying which.
const VAGUE_WORDS: &[&str] = &[
    "better",
    "more",
    "less",
    "improve",
    "improved",
    "improving",
    "improvement",
    "good",
    "great",
    "best",
    "nice",
    "some",
    "something",
    "things",
    "thing",
    "stuff",
    "somehow",
    "really",
    "very",
    "much",
    "lot",
    "lots",
    "bit",
    "happier",
    "happy",
    "successful",
    "success",
    "well",
    "fine",
    "okay",
    "ok",
];

/// Small words that carry no aim of their own.
const FILLER_WORDS: &[&str] = &[
    "i",
    "i'm",
    "im",
    "me",
    "my",
    "myself",
    "want",
    "wish",
    "hope",
    "would",
    "like",
    "to",
    "be",
    "become",
    "get",
    "have",
    "do",
    "make",
    "a",
    "an",
    "the",
    "and",
    "or",
    "at",
    "in",
    "on",
    "of",
    "for",
    "with",
    "it",
    "is",
    "am",
    "was",
    "will",
    "feel",
    "just",
    "so",
    "that",
    "this",
    "about",
    "generally",
    "overall",
    "job",
    "work",
    "life",
    "career",
];

/// One of the five SMART letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SmartLetter {
    Specific,
    Measurable,
    Achievable,
    Relevant,
    TimeBound,
}

impl SmartLetter {
    pub const ALL: [SmartLetter; 5] = [
        SmartLetter::Specific,
        SmartLetter::Measurable,
        SmartLetter::Achievable,
        SmartLetter::Relevant,
        SmartLetter::TimeBound,
    ];

    /// The single letter for badges: "S", "M", "A", "R", "T".
    pub fn letter(self) -> &'static str {
        match self {
            SmartLetter::Specific => "S",
            SmartLetter::Measurable => "M",
            SmartLetter::Achievable => "A",
            SmartLetter::Relevant => "R",
            SmartLetter::TimeBound => "T",
        }
    }

    /// The word the letter stands for.
    pub fn label(self) -> &'static str {
        match self {
            SmartLetter::Specific => "Specific",
            SmartLetter::Measurable => "Measurable",
            SmartLetter::Achievable => "Achievable",
            SmartLetter::Relevant => "Relevant",
            SmartLetter::TimeBound => "Time-bound",
        }
    }
}

/// The result for one letter: whether it passes, and a hint that starts with the
/// letter's word, e.g. "Measurable: add a target value different from where you start".
#[derive(Debug, Clone, PartialEq)]
pub struct SmartCheck {
    pub letter: SmartLetter,
    pub pass: bool,
    pub hint: Hint,
}

/// What a check says. Sentences with a date or a number carry them as data, so the
/// UI can write them in the person's locale; the rest is plain text.
#[derive(Debug, Clone, PartialEq)]
pub enum Hint {
    /// The whole hint, starting with the letter's word.
    Text(String),
    /// "Measurable: you'll track {name} from {start} to {target} {unit}".
    Track {
        name: String,
        start: f64,
        target: f64,
        unit: String,
    },
    /// "Time-bound: due {deadline}, {days} days from today".
    Due { deadline: NaiveDate, days: i64 },
}

impl SmartCheck {
    fn new(letter: SmartLetter, pass: bool, advice: impl Into<String>) -> SmartCheck {
        SmartCheck {
            letter,
            pass,
            hint: Hint::Text(format!("{}: {}", letter.label(), advice.into())),
        }
    }

    /// The hint's text when it holds no date or number to format (empty otherwise).
    pub fn text(&self) -> &str {
        match &self.hint {
            Hint::Text(text) => text,
            _ => "",
        }
    }
}

/// All five checks for one goal.
#[derive(Debug, Clone, PartialEq)]
pub struct SmartReport {
    pub specific: SmartCheck,
    pub measurable: SmartCheck,
    pub achievable: SmartCheck,
    pub relevant: SmartCheck,
    pub time_bound: SmartCheck,
}

impl SmartReport {
    /// The checks in S, M, A, R, T order.
    pub fn checks(&self) -> [&SmartCheck; 5] {
        [
            &self.specific,
            &self.measurable,
            &self.achievable,
            &self.relevant,
            &self.time_bound,
        ]
    }

    /// The check for one letter.
    pub fn get(&self, letter: SmartLetter) -> &SmartCheck {
        match letter {
            SmartLetter::Specific => &self.specific,
            SmartLetter::Measurable => &self.measurable,
            SmartLetter::Achievable => &self.achievable,
            SmartLetter::Relevant => &self.relevant,
            SmartLetter::TimeBound => &self.time_bound,
        }
    }

    /// How many letters pass, 0–5.
    pub fn score(&self) -> u8 {
        self.checks().iter().filter(|c| c.pass).count() as u8
    }

    /// True when all five letters pass.
    pub fn is_smart(&self) -> bool {
        self.score() == 5
    }

    /// The hints for letters that do not pass yet, in S, M, A, R, T order.
    pub fn missing(&self) -> Vec<&str> {
        self.checks()
            .iter()
            .filter(|c| !c.pass)
            .map(|c| c.text())
            .collect()
    }
}

/// Checks a goal (or a draft in the wizard) against all five letters, as of `today`.
pub fn smart_check(goal: &Goal, today: NaiveDate) -> SmartReport {
    SmartReport {
        specific: specific(goal),
        measurable: measurable(goal),
        achievable: achievable(goal),
        relevant: relevant(goal),
        time_bound: time_bound(goal, today),
    }
}

fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn specific(goal: &Goal) -> SmartCheck {
    let letter = SmartLetter::Specific;
    if goal.title.trim().is_empty() {
        return SmartCheck::new(letter, false, "give your goal a short title");
    }
    let words = words(&goal.outcome);
    if words.is_empty() {
        return SmartCheck::new(
            letter,
            false,
            "describe the outcome — what will be true when you have done this?",
        );
    }
    if words.len() < MIN_OUTCOME_WORDS {
        return SmartCheck::new(
            letter,
            false,
            "say a little more about the outcome, in a full sentence",
        );
    }
    let concrete = words
        .iter()
        .filter(|w| !VAGUE_WORDS.contains(&w.as_str()) && !FILLER_WORDS.contains(&w.as_str()))
        .count();
    if concrete < MIN_CONCRETE_WORDS {
        return SmartCheck::new(
            letter,
            false,
            "words like \"better\" or \"more\" are hard to aim at — say what will be different, where, or how many",
        );
    }
    SmartCheck::new(letter, true, "you have a clear outcome to aim for")
}

fn measurable(goal: &Goal) -> SmartCheck {
    let letter = SmartLetter::Measurable;
    let Some(metric) = &goal.metric else {
        return SmartCheck::new(
            letter,
            false,
            "choose one thing you can count, such as applications sent or hours practised",
        );
    };
    if metric.name.trim().is_empty() {
        return SmartCheck::new(letter, false, "name what you will measure");
    }
    if metric.unit.trim().is_empty() {
        return SmartCheck::new(
            letter,
            false,
            "add a unit, such as applications, hours or people",
        );
    }
    if !metric.start.is_finite() || !metric.target.is_finite() || metric.target == metric.start {
        return SmartCheck::new(
            letter,
            false,
            "add a target value different from where you start",
        );
    }
    SmartCheck {
        letter,
        pass: true,
        hint: Hint::Track {
            name: metric.name.trim().to_owned(),
            start: metric.start,
            target: metric.target,
            unit: metric.unit.trim().to_owned(),
        },
    }
}

fn achievable(goal: &Goal) -> SmartCheck {
    let letter = SmartLetter::Achievable;
    let confidence = goal.confidence;
    if confidence >= ACHIEVABLE_CONFIDENCE {
        SmartCheck::new(
            letter,
            true,
            format!("confidence {confidence}/10 — you believe you can do this"),
        )
    } else {
        SmartCheck::new(
            letter,
            false,
            format!(
                "confidence {confidence}/10 — consider a smaller first step, or split this into two goals"
            ),
        )
    }
}

fn relevant(goal: &Goal) -> SmartCheck {
    let letter = SmartLetter::Relevant;
    if goal.links.any() {
        SmartCheck::new(letter, true, "linked to what matters to you")
    } else {
        SmartCheck::new(
            letter,
            false,
            "link this goal to at least one of your values, strengths, interests or your vision",
        )
    }
}

fn time_bound(goal: &Goal, today: NaiveDate) -> SmartCheck {
    let letter = SmartLetter::TimeBound;
    match goal.deadline {
        None => SmartCheck::new(letter, false, "choose a deadline"),
        Some(deadline) if deadline < today => SmartCheck::new(
            letter,
            false,
            "the deadline is in the past — choose a new date",
        ),
        Some(deadline) if deadline == today => SmartCheck::new(
            letter,
            false,
            "the deadline is today — choose a date ahead so you have time to act",
        ),
        Some(deadline) => SmartCheck {
            letter,
            pass: true,
            hint: Hint::Due {
                deadline,
                days: (deadline - today).num_days(),
            },
        },
    }
}

#[cfg(test)]
mod tests;
