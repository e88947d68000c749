//! Two results of one instrument side by side: what changed between them, row by row,
//! in the words the content gives.

use super::model::Instrument;
use super::report::{headline, name, quadrant_names, round1, trim_number, Headline};
use super::scoring::{Outcome, Quadrants, Sorted};
use super::InstrumentResult;
use crate::content;
use chrono::{DateTime, Utc};

/// Two results of one instrument side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub instrument: String,
    pub before_at: DateTime<Utc>,
    pub after_at: DateTime<Utc>,
    pub before_headline: Headline,
    pub after_headline: Headline,
    pub rows: Vec<CompareRow>,
}

impl Comparison {
    /// Only the rows that differ.
    pub fn changes(&self) -> impl Iterator<Item = &CompareRow> {
        self.rows.iter().filter(|r| r.changed)
    }
}

/// One dimension, area, card or field, before and after. Numeric rows carry
/// numbers and `delta = after − before`; every row carries display text.
#[derive(Debug, Clone, PartialEq)]
pub struct CompareRow {
    pub id: String,
    pub label: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub delta: Option<f64>,
    pub before_text: String,
    pub after_text: String,
    pub changed: bool,
}

impl CompareRow {
    /// The change in a few words for the comparison table: "+2" or "−1.5" (a true
    /// minus sign) for numbers, "No change", "Changed" or "Same" otherwise.
    pub fn change(&self) -> String {
        match self.delta {
            Some(d) if d > 0.0 => format!("+{}", trim_number(d)),
            Some(d) if d < 0.0 => format!("\u{2212}{}", trim_number(-d)),
            Some(_) => "No change".to_string(),
            None if self.changed => "Changed".to_string(),
            None => "Same".to_string(),
        }
    }

    fn number(id: &str, label: String, before: Option<f64>, after: Option<f64>) -> CompareRow {
        let text = |v: Option<f64>| v.map_or_else(|| "—".to_string(), trim_number);
        CompareRow {
            id: id.to_string(),
            label,
            before,
            after,
            delta: before.zip(after).map(|(b, a)| round1(a - b)),
            before_text: text(before),
            after_text: text(after),
            changed: before != after,
        }
    }
    fn text(id: &str, label: String, before_text: String, after_text: String) -> CompareRow {
        CompareRow {
            id: id.to_string(),
            label,
            before: None,
            after: None,
            delta: None,
            changed: before_text != after_text,
            before_text,
            after_text,
        }
    }
}

/// Compares two results of the same instrument, `before` then `after`.
pub fn compare(before: &InstrumentResult, after: &InstrumentResult) -> Comparison {
    let inst = content::instrument(&after.instrument);
    let rows = match (&before.outcome, &after.outcome) {
        (Outcome::Sorted(a), Outcome::Sorted(b)) => compare_sorted(inst, a, b),
        (Outcome::Scores(a), Outcome::Scores(b)) => {
            let mut rows = Vec::new();
            if !a.code.is_empty() || !b.code.is_empty() {
                rows.push(CompareRow::text(
                    "code",
                    "Code".into(),
                    a.code.clone(),
                    b.code.clone(),
                ));
            }
            for id in union(
                a.scores.iter().map(|s| &s.id),
                b.scores.iter().map(|s| &s.id),
            ) {
                let x = a.get(&id).map(|s| f64::from(s.score));
                let y = b.get(&id).map(|s| f64::from(s.score));
                rows.push(CompareRow::number(&id, name(inst, &id), x, y));
            }
            rows
        }
        (Outcome::Quadrants(a), Outcome::Quadrants(b)) => {
            let texts = quadrant_names(inst);
            let cell = |q: &Quadrants, id: &str| {
                q.points.iter().find(|p| p.id == id).map_or_else(
                    || "—".to_string(),
                    |p| {
                        format!(
                            "{} (skill {}, enjoyment {})",
                            texts[p.quadrant.index()],
                            p.proficiency,
                            p.enjoyment
                        )
                    },
                )
            };
            union(
                a.points.iter().map(|p| &p.id),
                b.points.iter().map(|p| &p.id),
            )
            .into_iter()
            .map(|id| CompareRow::text(&id, name(inst, &id), cell(a, &id), cell(b, &id)))
            .collect()
        }
        (Outcome::Ratings(a), Outcome::Ratings(b)) => {
            let mut rows: Vec<CompareRow> = union(
                a.scores.iter().map(|s| &s.id),
                b.scores.iter().map(|s| &s.id),
            )
            .into_iter()
            .map(|id| {
                CompareRow::number(
                    &id,
                    name(inst, &id),
                    a.get(&id).map(f64::from),
                    b.get(&id).map(f64::from),
                )
            })
            .collect();
            rows.push(CompareRow::number(
                "average",
                "Average".into(),
                Some(a.average),
                Some(b.average),
            ));
            if a.focus.is_some() || b.focus.is_some() {
                let f = |x: &Option<String>| x.as_deref().map_or("—".into(), |id| name(inst, id));
                rows.push(CompareRow::text(
                    "focus",
                    "Where to start".into(),
                    f(&a.focus),
                    f(&b.focus),
                ));
            }
            rows
        }
        (Outcome::Statement(a), Outcome::Statement(b)) => vec![CompareRow::text(
            "statement",
            "Statement".into(),
            a.statement.clone(),
            b.statement.clone(),
        )],
        (Outcome::Beliefs(a), Outcome::Beliefs(b)) => {
            let list = |x: &super::Beliefs| {
                x.records
                    .iter()
                    .map(|r| r.belief.clone())
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            let count = |x: &super::Beliefs| Some(x.reframed().count() as f64);
            vec![
                CompareRow::number("reframed", "Beliefs reframed".into(), count(a), count(b)),
                CompareRow::text("beliefs", "Beliefs".into(), list(a), list(b)),
            ]
        }
        _ => Vec::new(),
    };
    Comparison {
        instrument: after.instrument.clone(),
        before_at: before.taken_at,
        after_at: after.taken_at,
        before_headline: headline(before),
        after_headline: headline(after),
        rows,
    }
}

fn compare_sorted(inst: Option<&Instrument>, a: &Sorted, b: &Sorted) -> Vec<CompareRow> {
    let cell = |s: &Sorted, id: &str| {
        let group = s
            .groups
            .iter()
            .find(|g| g.items.iter().any(|i| i == id))
            .map_or("—".to_string(), |g| name(inst, &g.id));
        match s.top.iter().position(|t| t == id) {
            Some(p) => format!("{group} · #{}", p + 1),
            None => group,
        }
    };
    let ids = union(
        a.groups.iter().flat_map(|g| g.items.iter()),
        b.groups.iter().flat_map(|g| g.items.iter()),
    );
    // Content order when the instrument is known, so rows line up with the sort.
    let mut ids = ids;
    if let Some(i) = inst {
        crate::sort::sort_by_key(&mut ids, |id| {
            i.items
                .iter()
                .position(|it| it.id == id)
                .unwrap_or(usize::MAX)
        });
    }
    ids.into_iter()
        .map(|id| CompareRow::text(&id, name(inst, &id), cell(a, &id), cell(b, &id)))
        .collect()
}

/// Ids from both lists, first-seen order, without repeats.
fn union<'a>(
    a: impl Iterator<Item = &'a String>,
    b: impl Iterator<Item = &'a String>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in a.chain(b) {
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
}
