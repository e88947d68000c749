//! Words for results: a one-line headline, a plain-language interpretation, and a
//! side-by-side comparison of two results. Names and texts come from the content.

use super::model::{Instrument, ItemKind, Scoring};
use super::scoring::{Band, Outcome, Quadrant, Quadrants, Ratings, Scores, Sorted};
use super::InstrumentResult;
use crate::content;

/// A result's one-line headline. Most are plain text; the wheel's carries its average
/// as a number so the UI can write it in the person's locale ("Average 6.3 / 10",
/// "Average 6,3 / 10").
#[derive(Debug, Clone, PartialEq)]
pub enum Headline {
    Text(String),
    /// "Average {value} / {max}", the value with one decimal.
    Average(Average),
}

/// An average rating out of a maximum, e.g. 6.3 out of 10.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Average {
    /// Rounded to one decimal.
    pub value: f64,
    pub max: u8,
}

impl Headline {
    /// The headline for files that must read the same everywhere (the Markdown
    /// export): numbers with a full stop, whatever the locale.
    pub fn plain(&self) -> String {
        match self {
            Headline::Text(text) => text.clone(),
            Headline::Average(a) => format!("Average {:.1} / {}", a.value, a.max),
        }
    }

    /// The text, when the headline is plain text.
    pub fn text(&self) -> Option<&str> {
        match self {
            Headline::Text(text) => Some(text),
            Headline::Average(_) => None,
        }
    }
}

impl From<String> for Headline {
    fn from(text: String) -> Headline {
        Headline::Text(text)
    }
}

impl From<&str> for Headline {
    fn from(text: &str) -> Headline {
        Headline::Text(text.to_owned())
    }
}

impl PartialEq<&str> for Headline {
    fn eq(&self, other: &&str) -> bool {
        self.text() == Some(*other)
    }
}

/// One block of an interpretation: a heading, a paragraph and an optional list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Paragraph {
    pub heading: String,
    pub body: String,
    /// When set, the paragraph's body is the sentence "Your average is {value} out of
    /// {max}." for the UI to write in the person's locale (`body` is then empty).
    pub average: Option<Average>,
    pub list: Vec<String>,
}

impl Paragraph {
    fn new(heading: impl Into<String>, body: impl Into<String>) -> Paragraph {
        Paragraph {
            heading: heading.into(),
            body: body.into(),
            average: None,
            list: Vec::new(),
        }
    }
    fn with_list(mut self, list: Vec<String>) -> Paragraph {
        self.list = list;
        self
    }
}

pub(super) fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

pub(super) fn trim_number(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}")
    }
}

pub(super) fn name(inst: Option<&Instrument>, id: &str) -> String {
    inst.and_then(|i| i.label(id)).unwrap_or(id).to_string()
}

fn names(inst: Option<&Instrument>, ids: &[String]) -> Vec<String> {
    ids.iter().map(|id| name(inst, id)).collect()
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Joins names as "A", "A and B", "A, B and C".
pub(crate) fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A short line for the discover overview: "Your code: SIA", "Top value: Autonomy",
/// "Average 6.4 / 10".
pub fn headline(result: &InstrumentResult) -> Headline {
    let inst = content::instrument(&result.instrument);
    headline_for(inst, &result.outcome)
}

pub(crate) fn headline_for(inst: Option<&Instrument>, outcome: &Outcome) -> Headline {
    if let Outcome::Ratings(r) = outcome {
        return Headline::Average(Average {
            value: r.average,
            max: rating_max(inst),
        });
    }
    Headline::Text(headline_text(inst, outcome))
}

fn headline_text(inst: Option<&Instrument>, outcome: &Outcome) -> String {
    match outcome {
        Outcome::Sorted(s) => {
            let label = match inst.map(|i| i.scoring) {
                Some(Scoring::SortRank { headline }) => headline,
                _ => "Top choice",
            };
            match s.top.first() {
                Some(id) => format!("{label}: {}", name(inst, id)),
                None => format!("{label}: none chosen yet"),
            }
        }
        Outcome::Scores(s) => scores_headline(inst, s),
        Outcome::Quadrants(q) => {
            let texts = quadrant_names(inst);
            format!(
                "{}: {} · {}: {}",
                texts[0],
                q.strengths.len(),
                texts[2],
                q.growth_areas.len()
            )
        }
        // Written by `headline_for` as a number.
        Outcome::Ratings(_) => String::new(),
        Outcome::Statement(s) => {
            if s.statement.trim().is_empty() {
                "No statement yet".to_string()
            } else {
                shorten(&s.statement, 80)
            }
        }
        Outcome::Beliefs(b) => {
            let reframed = b.reframed().count();
            format!("{} reframed", plural(reframed, "belief", "beliefs"))
        }
    }
}

fn scores_headline(inst: Option<&Instrument>, s: &Scores) -> String {
    let (code_length, label) = match inst.map(|i| i.scoring) {
        Some(Scoring::Dimensions {
            code_length,
            headline,
            ..
        }) => (code_length, headline),
        _ => (u8::from(!s.code.is_empty()), "Your code"),
    };
    if code_length > 0 {
        return format!("{label}: {}", s.code);
    }
    // The score furthest from the middle, earliest dimension among ties.
    let standout = s.scores.iter().filter(|d| d.band != Band::Middle).fold(
        None,
        |best: Option<&super::DimensionScore>, d| match best {
            Some(b) if b.score.abs_diff(50) >= d.score.abs_diff(50) => Some(b),
            _ => Some(d),
        },
    );
    match standout {
        None => format!("Balanced across all {}", s.scores.len()),
        Some(d) => {
            let dim = inst.and_then(|i| i.dimension(&d.id));
            let pole = dim.map_or("", |x| {
                if d.band == Band::High {
                    x.high_pole
                } else {
                    x.low_pole
                }
            });
            format!("{label}: {pole} ({} {})", name(inst, &d.id), d.score)
        }
    }
}

pub(super) fn quadrant_names(inst: Option<&Instrument>) -> [&'static str; 4] {
    match inst.map(|i| i.scoring) {
        Some(Scoring::Quadrants { texts, .. }) => texts.map(|t| t.name),
        _ => [
            "Motivated strengths",
            "Burnout risks",
            "Growth areas",
            "The rest",
        ],
    }
}

fn rating_max(inst: Option<&Instrument>) -> u8 {
    inst.and_then(|i| {
        i.items.iter().find_map(|it| match it.kind {
            ItemKind::Rating(s) => Some(s.max),
            _ => None,
        })
    })
    .unwrap_or(10)
}

/// Cuts text at a word boundary so it is at most `max` characters, adding "…".
pub(crate) fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        let extra = if out.is_empty() { 0 } else { 1 };
        if out.chars().count() + extra + word.chars().count() + 1 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = text.chars().take(max.saturating_sub(1)).collect();
    }
    out.push('…');
    out
}

/// A plain-language reading of a result, in blocks the results page shows in order.
pub fn interpret(result: &InstrumentResult) -> Vec<Paragraph> {
    let inst = content::instrument(&result.instrument);
    match &result.outcome {
        Outcome::Sorted(s) => interpret_sorted(inst, s),
        Outcome::Scores(s) => interpret_scores(inst, s),
        Outcome::Quadrants(q) => interpret_quadrants(inst, q),
        Outcome::Ratings(r) => interpret_ratings(inst, r),
        Outcome::Statement(s) => vec![Paragraph::new(
            "Your vision",
            if s.statement.is_empty() {
                "Nothing written yet."
            } else {
                s.statement.as_str()
            },
        )],
        Outcome::Beliefs(b) => b
            .records
            .iter()
            .map(|r| {
                let body = if r.reframe.is_empty() {
                    "No reframe yet. Come back to this one when you're ready.".to_string()
                } else {
                    r.reframe.clone()
                };
                let list = [
                    ("What seems to support it", &r.evidence_for),
                    ("What doesn't fit it", &r.evidence_against),
                    ("A small experiment", &r.experiment),
                ]
                .into_iter()
                .filter(|(_, t)| !t.is_empty())
                .map(|(label, t)| format!("{label}: {t}"))
                .collect();
                Paragraph::new(r.belief.clone(), body).with_list(list)
            })
            .collect(),
    }
}

fn interpret_sorted(inst: Option<&Instrument>, s: &Sorted) -> Vec<Paragraph> {
    if s.top.is_empty() {
        return vec![Paragraph::new(
            "Nothing marked as important yet",
            "That is worth noticing too. You could sort again on a fresher day, or talk it \
             through with someone you trust.",
        )];
    }
    let mut out = vec![Paragraph::new(
        format!("Your top {}", s.top.len()),
        "These are the ones you put first. When a choice at work feels hard, it can help \
         to ask which option honours them best.",
    )
    .with_list(names(inst, &s.top))];
    for id in &s.top {
        let detail = inst.and_then(|i| i.item(id)).map_or("", |i| i.detail);
        out.push(Paragraph::new(name(inst, id), detail));
    }
    out
}

fn interpret_scores(inst: Option<&Instrument>, s: &Scores) -> Vec<Paragraph> {
    let mut out = Vec::new();
    if !s.code.is_empty() {
        if s.is_flat() {
            out.push(Paragraph::new(
                "An even spread",
                "Your scores sit close together, so no one type stands out. That often \
                 means broad interests. Treat the letters below as a starting point for \
                 exploring, not a verdict.",
            ));
        }
        for letter in code_ids(s) {
            let Some(score) = s.get(&letter) else {
                continue;
            };
            let dim = inst.and_then(|i| i.dimension(&letter));
            let heading = match dim {
                Some(d) if !d.nickname.is_empty() => {
                    format!("{} — {} ({})", d.name, d.nickname, score.score)
                }
                _ => format!("{} ({})", name(inst, &letter), score.score),
            };
            let body = dim.map_or("", |d| d.paragraph);
            let list = dim.map_or(Vec::new(), |d| {
                d.examples.iter().map(|e| (*e).to_string()).collect()
            });
            out.push(Paragraph::new(heading, body).with_list(list));
        }
        return out;
    }
    for score in &s.scores {
        let dim = inst.and_then(|i| i.dimension(&score.id));
        let lean = match (score.band, dim) {
            (Band::High, Some(d)) => format!(" — leans {}", d.high_pole),
            (Band::Low, Some(d)) => format!(" — leans {}", d.low_pole),
            _ => " — in between".to_string(),
        };
        let heading = format!("{}: {}{lean}", name(inst, &score.id), score.score);
        out.push(Paragraph::new(
            heading,
            dim.map_or("", |d| d.tip(score.band)),
        ));
    }
    out
}

/// The dimension ids that make up a code, in code order.
pub(crate) fn code_ids(s: &Scores) -> Vec<String> {
    let mut ids = Vec::new();
    let mut rest = s.code.as_str();
    while !rest.is_empty() {
        let found = s
            .scores
            .iter()
            .map(|d| d.id.as_str())
            .filter(|id| !id.is_empty() && rest.starts_with(id))
            .max_by_key(|id| id.len());
        match found {
            Some(id) => {
                ids.push(id.to_string());
                rest = &rest[id.len()..];
            }
            None => break,
        }
    }
    ids
}

fn interpret_quadrants(inst: Option<&Instrument>, q: &Quadrants) -> Vec<Paragraph> {
    let texts = match inst.map(|i| i.scoring) {
        Some(Scoring::Quadrants { texts, .. }) => Some(texts),
        _ => None,
    };
    Quadrant::ALL
        .into_iter()
        .filter(|quad| !q.list(*quad).is_empty())
        .map(|quad| {
            let (heading, body) = texts.map_or((quadrant_names(None)[quad.index()], ""), |t| {
                let x = &t[quad.index()];
                (x.name, x.meaning)
            });
            Paragraph::new(heading, body).with_list(names(inst, q.list(quad)))
        })
        .collect()
}

fn interpret_ratings(inst: Option<&Instrument>, r: &Ratings) -> Vec<Paragraph> {
    let max = rating_max(inst);
    let mut wheel = Paragraph::new("Your wheel", "");
    wheel.average = Some(Average {
        value: r.average,
        max,
    });
    let mut out = vec![wheel.with_list(
        r.scores
            .iter()
            .map(|s| format!("{}: {}", name(inst, &s.id), s.value))
            .collect(),
    )];
    if let Some(low) = r.lowest.first().and_then(|id| r.get(id)) {
        out.push(
            Paragraph::new(
                "Lowest right now",
                format!(
                    "{} scored {low}. A small step in one of the lowest areas often lifts \
                     how work feels overall. What would move it up by one point?",
                    join_names(&names(inst, &r.lowest))
                ),
            )
            .with_list(
                r.lowest
                    .iter()
                    .map(|id| {
                        let detail = inst.and_then(|i| i.item(id)).map_or("", |i| i.detail);
                        format!("{}: {detail}", name(inst, id))
                    })
                    .collect(),
            ),
        );
    } else if !r.scores.is_empty() {
        out.push(Paragraph::new(
            "An even wheel",
            "Every area got the same score. Which one would you most like to change first?",
        ));
    }
    if let Some(focus) = &r.focus {
        out.push(Paragraph::new(
            "Where you want to start",
            format!(
                "You chose {} as the area to work on first.",
                name(inst, focus)
            ),
        ));
    }
    out
}
