//! The story bank's words: the parts of a story, the live hints beside them, practice
//! themes, ratings and spoken lengths.

use waymark_core::content::questions::Theme;
use waymark_core::stories::{Part, Problem, StoryHint};

use crate::store::locale::Locale;

/// A motivated skill's name, from its key (the key itself when it isn't listed).
pub fn skill_name(key: &str) -> String {
    waymark_core::content::SKILLS
        .items
        .iter()
        .find(|i| i.id == key)
        .map_or_else(|| key.to_string(), |i| i.text.to_string())
}

pub const ADD: &str = "Add a story";
pub const PRACTISE: &str = "Practise for an interview";
pub const EVIDENCE: &str = "Your evidence by skill";
pub const EMPTY_TITLE: &str = "Your story bank is empty";
pub const EMPTY_BODY: &str = "Stories are short accounts of real things you did, told as the situation, your task, what you did and what came of it. Keep a few ready and interview questions like \u{201c}tell me about a time…\u{201d} get much easier. Start with one you're quietly proud of, or turn a win from your journal into a story.";
pub const COVERAGE_TITLE: &str = "Skills with no story yet";
pub const COVERAGE_LEAD: &str = "These are motivated strengths from your skills exercise. A story for each means you can show them, not just name them.";
pub const COVERAGE_DONE: &str = "Every one of your motivated strengths has a story. Well done.";
pub const COVERAGE_NO_SKILLS: &str =
    "Do the motivated skills exercise to see which of your strengths still need a story.";
pub const NO_SKILL_GROUP: &str = "Not tagged with a skill yet";
pub const SAVED: &str = "Story saved.";
pub const FROM_WIN: &str =
    "Started from a win in your journal. Add the task, what you did and what came of it.";
pub const WIN_GONE: &str = "That win isn't in your journal any more, so this is a fresh story.";
pub const NOT_FOUND: &str = "That story isn't in your workbook. It may have been deleted.";
pub const SUGGESTED: &str = "Stories that fit";
pub const NO_FIT: &str = "None of your stories is tagged with the skills this question calls for yet. Any story can work: pick one below, or add a story that shows";
pub const NO_STORIES_TO_PRACTISE: &str =
    "Add a story first: practice works best with something real to tell.";
pub const PRACTICE_SAVED: &str = "Practice saved with the story.";
pub const HISTORY_TITLE: &str = "Practice so far";
pub const FORM_LEAD: &str = "Write it the way you'd tell it: where you were, what needed doing, what you did and what came of it. The notes beside each part help as you go.";
pub const FORM_TITLE: &str = "The story in four parts";
pub const HISTORY_EMPTY: &str = "Not practised yet. Try it out loud on the practice page.";

/// The label of a part of a story.
pub fn part_label(part: Part) -> &'static str {
    match part {
        Part::Situation => "Situation: where were you, and what was going on?",
        Part::Task => "Task: what needed doing, and what was yours to do?",
        Part::Action => "Action: what did you do?",
        Part::Result => "Result: what came of it?",
    }
}

/// The short name of a part.
pub fn part_name(part: Part) -> &'static str {
    match part {
        Part::Situation => "Situation",
        Part::Task => "Task",
        Part::Action => "Action",
        Part::Result => "Result",
    }
}

/// A live hint, in a sentence.
pub fn hint(l: &Locale, h: &StoryHint) -> String {
    match h {
        StoryHint::Missing(Part::Situation) => "Set the scene in a sentence or two.".into(),
        StoryHint::Missing(Part::Task) => "Say what needed doing and what your part was.".into(),
        StoryHint::Missing(Part::Action) => "This is the heart of the story: the steps you took.".into(),
        StoryHint::Missing(Part::Result) => "End with what came of it.".into(),
        StoryHint::NoOutcome => "Say what changed: a number if there is one (time saved, people helped, money raised), or what people did differently afterwards.".into(),
        StoryHint::OnlyWe => "This says \u{201c}we\u{201d} throughout. Interviewers want to hear your part: try \u{201c}I\u{201d} for the steps you took yourself.".into(),
        StoryHint::TooLong { seconds } => format!(
            "Told out loud this takes about {}. Aim for under two minutes: trim the situation and keep the action.",
            duration(l, *seconds)
        ),
    }
}

/// A length of time in minutes and seconds: "1 min 20 s", "45 s".
pub fn duration(l: &Locale, seconds: u32) -> String {
    let (m, s) = (seconds / 60, seconds % 60);
    match (m, s) {
        (0, s) => format!("{} s", l.number(s as f64, 0)),
        (m, 0) => format!("{} min", l.number(m as f64, 0)),
        (m, s) => format!("{} min {} s", l.number(m as f64, 0), l.number(s as f64, 0)),
    }
}

/// How long the story takes to tell.
pub fn spoken(l: &Locale, seconds: u32) -> String {
    if seconds == 0 {
        "Nothing to tell yet.".into()
    } else {
        format!("About {} to tell out loud.", duration(l, seconds))
    }
}

/// How long the story takes to tell, for a list: "about 1 min to tell".
pub fn spoken_short(l: &Locale, seconds: u32) -> String {
    format!("about {} to tell", duration(l, seconds))
}

/// When a story happened, as typed, with a date or a month written in the locale.
pub fn when(l: &Locale, typed: &str) -> String {
    let t = typed.trim();
    if let Some(d) = waymark_core::forms::parse_date(t) {
        return l.medium_date(d);
    }
    if let Some((y, m)) = t.split_once('-') {
        if let (Ok(y), Ok(m)) = (y.parse::<i32>(), m.parse::<u32>()) {
            if y > 0 && (1..=12).contains(&m) && t.len() == 7 {
                return l.month_year(y, m);
            }
        }
    }
    t.to_string()
}

/// What stops a story or a practice from saving.
pub fn problem(p: Problem) -> &'static str {
    match p {
        Problem::Empty => "Write a title or at least one part of the story.",
        Problem::Rating => "Choose how it went, from 1 to 5.",
        Problem::NoQuestion => "Choose a question to practise.",
    }
}

/// A theme of practice questions.
pub fn theme(t: Theme) -> &'static str {
    match t {
        Theme::AboutYou => "About you",
        Theme::Teamwork => "Teamwork",
        Theme::Conflict => "Conflict",
        Theme::Failure => "Setbacks and mistakes",
        Theme::Leadership => "Leadership",
        Theme::Change => "Change",
        Theme::Motivation => "Motivation",
        Theme::Strengths => "Strengths and weaknesses",
    }
}

/// The words for a rating of how a practice went.
pub fn rating(r: u8) -> &'static str {
    match r {
        1 => "1 · Rough",
        2 => "2 · Shaky",
        3 => "3 · Getting there",
        4 => "4 · Good",
        _ => "5 · Ready",
    }
}

/// "Practised 3 times".
pub fn practised(l: &Locale, count: usize) -> String {
    match count {
        0 => "Not practised yet".into(),
        1 => "Practised once".into(),
        n => format!("Practised {} times", l.number(n as f64, 0)),
    }
}
