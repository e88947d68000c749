//! The story bank: short accounts of real work in STAR form (situation, task, action,
//! result), tagged with the skills they show and the values they touch, ready for an
//! interview, with a history of practice. Plain records and pure rules; live hints for
//! each part ([`hints`]), which stories fit a practice question ([`suggest`]) and which
//! motivated strengths have no story yet ([`uncovered`]), wins and stories grouped by
//! what they show over time ([`evidence`]) and written out for a review ([`brag`]).
//! Words live in the UI.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::content::questions::Question;
use crate::journal::Win;

pub mod brag;
pub mod evidence;
#[cfg(test)]
mod evidence_tests;
pub mod hints;
#[cfg(test)]
mod tests;

pub use hints::{hints, spoken_seconds, Part, StoryHint};

/// Id prefixes for records made here, for [`crate::ids::make_id`].
pub mod prefix {
    pub const STORY: &str = "st";
    pub const PRACTICE: &str = "pr";
}

/// One rehearsal of a story for a question.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Practice {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::date")]
    pub date: NaiveDate,
    /// The practice question's id (see [`crate::content::questions`]).
    #[serde(default)]
    pub question: String,
    /// How it went, 1 (rough) to 5 (ready).
    #[serde(default)]
    pub rating: u8,
    /// What to change next time.
    #[serde(default)]
    pub change: String,
    /// How long the telling took, when timed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<u32>,
}

/// A story in STAR form.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Story {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub situation: String,
    #[serde(default)]
    pub task: String,
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub result: String,
    /// A number or measure of the result, as typed ("30% fewer complaints").
    #[serde(default)]
    pub measure: String,
    /// Keys of motivated skills it shows (see [`crate::content::SKILLS`]).
    #[serde(default)]
    pub skills: Vec<String>,
    /// Keys of work values it touches (see [`crate::content::VALUES`]).
    #[serde(default)]
    pub values: Vec<String>,
    /// When it happened, as typed: a date, a month or a year.
    #[serde(default)]
    pub when: String,
    /// The wins it came from.
    #[serde(default)]
    pub win_ids: Vec<String>,
    /// The goals it came from.
    #[serde(default)]
    pub goal_ids: Vec<String>,
    /// Every rehearsal, oldest first.
    #[serde(default)]
    pub practice: Vec<Practice>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub updated_at: DateTime<Utc>,
}

/// Something that stops a story or a practice from being saved. The UI words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Neither a title nor any part has been written.
    Empty,
    /// A rating outside 1 to 5.
    Rating,
    /// No question picked for a practice.
    NoQuestion,
}

impl Story {
    /// True when there is nothing to tell yet.
    pub fn is_empty(&self) -> bool {
        nothing_written(&[
            &self.title,
            &self.situation,
            &self.task,
            &self.action,
            &self.result,
        ])
    }

    /// What stops this story from being saved.
    pub fn problems(&self) -> Vec<Problem> {
        if self.is_empty() {
            vec![Problem::Empty]
        } else {
            Vec::new()
        }
    }

    /// Seconds it takes to tell out loud, at an easy speaking pace.
    pub fn spoken_seconds(&self) -> u32 {
        spoken_seconds(&[&self.situation, &self.task, &self.action, &self.result])
    }
}

/// True when every one of `texts` (a title and the STAR parts) is blank.
pub fn nothing_written(texts: &[&str]) -> bool {
    texts.iter().all(|t| t.trim().is_empty())
}

/// The story with `id`.
pub fn find<'a>(stories: &'a [Story], id: &str) -> Option<&'a Story> {
    stories.iter().find(|s| s.id == id)
}

/// Adds or replaces `story` (by id) in `stories`, stamped at `now`.
pub fn save(
    stories: &mut Vec<Story>,
    mut story: Story,
    now: DateTime<Utc>,
) -> Result<(), Vec<Problem>> {
    let problems = story.problems();
    if !problems.is_empty() {
        return Err(problems);
    }
    for list in [
        &mut story.skills,
        &mut story.values,
        &mut story.win_ids,
        &mut story.goal_ids,
    ] {
        let mut seen = BTreeSet::new();
        list.retain(|k| !k.trim().is_empty() && seen.insert(k.clone()));
    }
    story.updated_at = now;
    match stories.iter_mut().find(|s| s.id == story.id) {
        Some(old) => {
            story.created_at = old.created_at;
            story.practice = std::mem::take(&mut old.practice);
            *old = story;
        }
        None => {
            story.created_at = now;
            stories.push(story);
        }
    }
    Ok(())
}

/// Records a practice on the story `story_id`; stamps the story at `now`.
pub fn add_practice(
    stories: &mut [Story],
    story_id: &str,
    practice: Practice,
    now: DateTime<Utc>,
) -> Result<(), Vec<Problem>> {
    let mut problems = Vec::new();
    if practice.question.trim().is_empty() {
        problems.push(Problem::NoQuestion);
    }
    if !(1..=5).contains(&practice.rating) {
        problems.push(Problem::Rating);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if let Some(story) = stories.iter_mut().find(|s| s.id == story_id) {
        story.practice.push(practice);
        story.updated_at = now;
    }
    Ok(())
}

/// A story begun from a win: what happened as the situation, the skill it names when
/// it names one, its date, and links back to the win and its goal.
pub fn from_win(win: &Win) -> Story {
    let text = win.what_happened.trim();
    Story {
        title: short_title(text),
        situation: text.to_string(),
        skills: skills_named_in(&win.what_it_shows),
        when: crate::forms::date_text(win.date),
        win_ids: vec![win.id.clone()],
        goal_ids: win.goal_id.iter().cloned().collect(),
        ..Default::default()
    }
}

/// The first few words of `text`, for a title the person can change.
fn short_title(text: &str) -> String {
    const WORDS: usize = 8;
    let first_line = text.lines().next().unwrap_or_default();
    let words: Vec<&str> = first_line.split_whitespace().collect();
    let mut title = words
        .iter()
        .take(WORDS)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    if words.len() > WORDS {
        title.push('…');
    }
    title
}

/// Keys of the motivated skills whose key or name appears in `text`.
pub fn skills_named_in(text: &str) -> Vec<String> {
    let text = text.to_lowercase();
    if text.trim().is_empty() {
        return Vec::new();
    }
    crate::content::SKILLS
        .items
        .iter()
        .filter(|i| text.contains(&i.id.replace('_', " ")) || text.contains(&i.text.to_lowercase()))
        .map(|i| i.id.to_string())
        .collect()
}

/// Stories grouped by the skills they show, in the skills list's order; a story with
/// several skills is in each of their groups, and stories with none come last (`None`).
pub fn by_skill(stories: &[Story]) -> Vec<(Option<&'static str>, Vec<&Story>)> {
    let mut out: Vec<(Option<&'static str>, Vec<&Story>)> = crate::content::SKILLS
        .items
        .iter()
        .map(|i| {
            let with: Vec<&Story> = stories
                .iter()
                .filter(|s| s.skills.iter().any(|k| k == i.id))
                .collect();
            (Some(i.id), with)
        })
        .filter(|(_, with)| !with.is_empty())
        .collect();
    let known = |k: &String| crate::content::SKILLS.items.iter().any(|i| i.id == k);
    let without: Vec<&Story> = stories
        .iter()
        .filter(|s| !s.skills.iter().any(known))
        .collect();
    if !without.is_empty() {
        out.push((None, without));
    }
    out
}

/// A story that fits a question, and how well.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit<'a> {
    pub story: &'a Story,
    /// Skills the question calls for that the story shows.
    pub shared: Vec<&'static str>,
    pub score: u32,
}

/// The person's stories that fit `question`, best first: skills the question calls for
/// count most, skills its theme calls for count too. Stories that share none are left
/// out. Ties go to the story practised least for this question, then the newer one.
pub fn suggest<'a>(question: &Question, stories: &'a [Story]) -> Vec<Fit<'a>> {
    let theme_skills = question.theme.skills();
    let mut fits: Vec<Fit<'a>> = stories
        .iter()
        .filter_map(|story| {
            let has = |k: &str| story.skills.iter().any(|s| s == k);
            let shared: Vec<&'static str> =
                question.skills.iter().copied().filter(|k| has(k)).collect();
            let theme = theme_skills.iter().filter(|k| has(k)).count() as u32;
            let score = 3 * shared.len() as u32 + theme;
            (score > 0).then_some(Fit {
                story,
                shared,
                score,
            })
        })
        .collect();
    let practised = |s: &Story| {
        s.practice
            .iter()
            .filter(|p| p.question == question.id)
            .count()
    };
    crate::sort::sort_by(&mut fits, |a, b| {
        b.score
            .cmp(&a.score)
            .then_with(|| practised(a.story).cmp(&practised(b.story)))
            .then_with(|| b.story.updated_at.cmp(&a.story.updated_at))
            .then_with(|| a.story.id.cmp(&b.story.id))
    });
    fits
}

/// The story to have chosen for `question`: the one the person `chosen` themselves while
/// it still exists (`by_person`), else the best fit; `None` when neither holds, so a
/// story picked for an earlier question isn't left looking like a fit.
pub fn pre_pick<'a>(
    question: &Question,
    stories: &'a [Story],
    chosen: &str,
    by_person: bool,
) -> Option<&'a str> {
    let kept = find(stories, chosen).filter(|_| by_person);
    kept.or_else(|| suggest(question, stories).first().map(|f| f.story))
        .map(|s| s.id.as_str())
}

/// The skill keys in `strengths` (the person's motivated strengths, in their order)
/// that no story shows yet.
pub fn uncovered<'a>(strengths: &'a [String], stories: &[Story]) -> Vec<&'a str> {
    strengths
        .iter()
        .filter(|k| !stories.iter().any(|s| s.skills.iter().any(|x| x == *k)))
        .map(String::as_str)
        .collect()
}
