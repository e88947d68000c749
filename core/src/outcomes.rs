//! Outcomes, "how far I've come": where the person started (role, pay and hours as
//! typed, satisfaction-wheel scores, confidence) against where they are now, and the
//! promotions, offers, raises and role changes in between. Pure; the UI words it.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::checkins::latest_allowed_date;
use crate::discover::{Discovery, Outcome, Rating};

/// The id prefix of an outcome event, for [`crate::ids::make_id`].
pub const PREFIX: &str = "oe";

/// The lowest and highest confidence.
pub const CONFIDENCE: (u8, u8) = (1, 10);

/// Start, now and the events between.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Outcomes {
    /// Where the person started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Snapshot>,
    /// Where they are now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub now: Option<Snapshot>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<OutcomeEvent>,
}

impl Outcomes {
    pub fn is_empty(&self) -> bool {
        self.start.is_none() && self.now.is_none() && self.events.is_empty()
    }
}

/// One moment's picture: what the person typed, kept as typed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Snapshot {
    /// The day it describes.
    #[serde(default, deserialize_with = "crate::stamps::date_opt")]
    pub as_of: Option<NaiveDate>,
    pub title: String,
    /// Pay as typed ("£32k", "$24/hour").
    pub pay: String,
    /// Hours as typed ("40 a week", "part-time").
    pub hours: String,
    /// How confident they felt, 1–10.
    pub confidence: Option<u8>,
    /// Satisfaction-wheel scores by area.
    pub wheel: Vec<Rating>,
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub updated_at: DateTime<Utc>,
}

/// A promotion, an offer, a raise or a role change.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Promotion,
    Offer,
    Raise,
    RoleChange,
    #[default]
    Other,
}

impl EventKind {
    pub const ALL: [EventKind; 5] = [
        EventKind::Promotion,
        EventKind::Offer,
        EventKind::Raise,
        EventKind::RoleChange,
        EventKind::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            EventKind::Promotion => "promotion",
            EventKind::Offer => "offer",
            EventKind::Raise => "raise",
            EventKind::RoleChange => "role_change",
            EventKind::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A dated change on the way.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OutcomeEvent {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub kind: EventKind,
    #[serde(default)]
    pub what: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub updated_at: DateTime<Utc>,
}

/// Something that stops a snapshot or an event from being saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Nothing written.
    Empty,
    ConfidenceOutOfRange,
    FutureDate(NaiveDate),
    MissingId,
    DuplicateId(String),
}

/// A part of a snapshot that can change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    Pay,
    Hours,
    Confidence,
    Wheel,
}

/// One wheel area, then and now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaDelta {
    pub id: String,
    pub start: Option<u8>,
    pub now: Option<u8>,
}

impl AreaDelta {
    /// Now minus start, when both are there.
    pub fn change(&self) -> Option<i16> {
        Some(i16::from(self.now?) - i16::from(self.start?))
    }
}

/// What changed between start and now.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Deltas {
    /// Fields that differ, in [`Field`] order.
    pub changed: Vec<Field>,
    /// Now minus start, when both were given.
    pub confidence: Option<i16>,
    /// Each wheel area in either snapshot, in the start's order then new ones.
    pub wheel: Vec<AreaDelta>,
    /// The mean of the areas given in both, then and now.
    pub wheel_average: Option<(f64, f64)>,
}

fn same_text(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// What changed from `start` to `now`.
pub fn deltas(start: &Snapshot, now: &Snapshot) -> Deltas {
    let mut wheel: Vec<AreaDelta> = start
        .wheel
        .iter()
        .map(|r| AreaDelta {
            id: r.id.clone(),
            start: Some(r.value),
            now: now.wheel.iter().find(|n| n.id == r.id).map(|n| n.value),
        })
        .collect();
    for r in &now.wheel {
        if !wheel.iter().any(|a| a.id == r.id) {
            wheel.push(AreaDelta {
                id: r.id.clone(),
                start: None,
                now: Some(r.value),
            });
        }
    }
    let both: Vec<(u8, u8)> = wheel
        .iter()
        .filter_map(|a| Some((a.start?, a.now?)))
        .collect();
    let wheel_average = (!both.is_empty()).then(|| {
        let n = both.len() as f64;
        let (s, t) = both.iter().fold((0.0, 0.0), |(s, t), (a, b)| {
            (s + f64::from(*a), t + f64::from(*b))
        });
        (s / n, t / n)
    });
    let mut changed = Vec::new();
    if !same_text(&start.title, &now.title) {
        changed.push(Field::Title);
    }
    if !same_text(&start.pay, &now.pay) {
        changed.push(Field::Pay);
    }
    if !same_text(&start.hours, &now.hours) {
        changed.push(Field::Hours);
    }
    if start.confidence != now.confidence {
        changed.push(Field::Confidence);
    }
    if wheel.iter().any(|a| a.start != a.now) {
        changed.push(Field::Wheel);
    }
    Deltas {
        changed,
        confidence: start
            .confidence
            .zip(now.confidence)
            .map(|(a, b)| i16::from(b) - i16::from(a)),
        wheel,
        wheel_average,
    }
}

fn wheel_of(r: &crate::discover::InstrumentResult) -> Option<(DateTime<Utc>, Vec<Rating>)> {
    match &r.outcome {
        Outcome::Ratings(w) => Some((r.taken_at, w.scores.clone())),
        _ => None,
    }
}

/// The earliest satisfaction wheel, for "where I started".
pub fn earliest_wheel(d: &Discovery) -> Option<(DateTime<Utc>, Vec<Rating>)> {
    d.history(crate::content::WHEEL_ID)
        .iter()
        .find_map(wheel_of)
}

/// The latest satisfaction wheel, for "now".
pub fn latest_wheel(d: &Discovery) -> Option<(DateTime<Utc>, Vec<Rating>)> {
    d.history(crate::content::WHEEL_ID)
        .iter()
        .rev()
        .find_map(wheel_of)
}

/// Checks a snapshot before it is kept: something written, confidence 1–10, not dated
/// in the future.
pub fn snapshot_problems(s: &Snapshot, now: DateTime<Utc>) -> Vec<Problem> {
    let mut out = Vec::new();
    let blank = s.title.trim().is_empty()
        && s.pay.trim().is_empty()
        && s.hours.trim().is_empty()
        && s.confidence.is_none()
        && s.wheel.is_empty();
    if blank {
        out.push(Problem::Empty);
    }
    if s.confidence
        .is_some_and(|c| !(CONFIDENCE.0..=CONFIDENCE.1).contains(&c))
    {
        out.push(Problem::ConfidenceOutOfRange);
    }
    if let Some(d) = s.as_of.filter(|d| *d > latest_allowed_date(now)) {
        out.push(Problem::FutureDate(d));
    }
    out
}

/// Keeps `snapshot` as the start (`start` true) or as now, tidied and stamped.
pub fn set_snapshot(
    o: &mut Outcomes,
    start: bool,
    mut snapshot: Snapshot,
    now: DateTime<Utc>,
) -> Result<(), Vec<Problem>> {
    let problems = snapshot_problems(&snapshot, now);
    if !problems.is_empty() {
        return Err(problems);
    }
    for t in [&mut snapshot.title, &mut snapshot.pay, &mut snapshot.hours] {
        *t = t.trim().to_owned();
    }
    let slot = if start { &mut o.start } else { &mut o.now };
    let stamp = slot.as_ref().map_or(now, |old| old.updated_at.max(now));
    snapshot.updated_at = stamp;
    *slot = Some(snapshot);
    Ok(())
}

/// Adds an event to the timeline.
pub fn add_event(
    o: &mut Outcomes,
    id: String,
    date: NaiveDate,
    kind: EventKind,
    what: &str,
    note: &str,
    now: DateTime<Utc>,
) -> Result<(), Vec<Problem>> {
    let mut problems = Vec::new();
    if what.trim().is_empty() {
        problems.push(Problem::Empty);
    }
    if date > latest_allowed_date(now) {
        problems.push(Problem::FutureDate(date));
    }
    if id.trim().is_empty() {
        problems.push(Problem::MissingId);
    } else if o.events.iter().any(|e| e.id == id) {
        problems.push(Problem::DuplicateId(id.clone()));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    o.events.push(OutcomeEvent {
        id,
        date,
        kind,
        what: what.trim().to_owned(),
        note: note.trim().to_owned(),
        created_at: now,
        updated_at: now,
    });
    Ok(())
}

/// Events, oldest first (a timeline reads forwards).
pub fn timeline(o: &Outcomes) -> Vec<&OutcomeEvent> {
    let mut out: Vec<&OutcomeEvent> = o.events.iter().collect();
    crate::sort::sort_by(&mut out, |a, b| {
        (a.date, a.created_at, &a.id).cmp(&(b.date, b.created_at, &b.id))
    });
    out
}

#[cfg(test)]
mod tests;
