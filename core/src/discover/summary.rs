//! The profile (the latest result of each instrument, gathered for `/profile`) and the
//! discover overview (status and headline per instrument, for `/discover`).

use chrono::{DateTime, Utc};

use super::model::Instrument;
use super::report::{code_ids, headline, join_names, shorten, Headline};
use super::scoring::{Band, BeliefRecord, Outcome, Quadrants, Scores};
use super::{Discovery, InstrumentResult, Progress};
use crate::content;

/// An id with its display name and a line of description (possibly empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub id: String,
    pub name: String,
    pub detail: String,
}

/// A score with its name, out of `max` (100 for profiles, 10 for the wheel).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedScore {
    pub id: String,
    pub name: String,
    pub value: u8,
    pub max: u8,
    /// Low / middle / high, where the rule defines bands.
    pub band: Option<Band>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ValuesPart {
    pub taken_at: DateTime<Utc>,
    pub headline: Headline,
    /// Ranked, most important first.
    pub top: Vec<Named>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct InterestsPart {
    pub taken_at: DateTime<Utc>,
    pub headline: Headline,
    pub code: String,
    /// The types in the code, in code order.
    pub top_types: Vec<Named>,
    /// All six, in type order (for the radar chart).
    pub scores: Vec<NamedScore>,
    /// True when no type stands out (see [`Scores::is_flat`]).
    pub flat: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SkillsPart {
    pub taken_at: DateTime<Utc>,
    pub headline: Headline,
    pub strengths: Vec<Named>,
    /// Skills the person enjoys but has not built yet: candidates for skill goals.
    pub growth_areas: Vec<Named>,
    pub burnout_risks: Vec<Named>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WheelPart {
    pub taken_at: DateTime<Utc>,
    pub headline: Headline,
    pub scores: Vec<NamedScore>,
    pub average: f64,
    pub lowest: Vec<Named>,
    pub focus: Option<Named>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StylePart {
    pub taken_at: DateTime<Utc>,
    pub headline: Headline,
    pub scores: Vec<NamedScore>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisionPart {
    pub taken_at: DateTime<Utc>,
    pub statement: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BeliefsPart {
    pub taken_at: DateTime<Utc>,
    pub headline: Headline,
    /// Beliefs that have a reframe, in the order written.
    pub reframed: Vec<BeliefRecord>,
    /// Experiments written for any belief: candidates for goals.
    pub experiments: Vec<String>,
}

/// The latest of each instrument, for `/profile`. A part is `None` until that
/// instrument has been finished once.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProfileSummary {
    pub values: Option<ValuesPart>,
    pub interests: Option<InterestsPart>,
    pub skills: Option<SkillsPart>,
    pub wheel: Option<WheelPart>,
    pub style: Option<StylePart>,
    pub vision: Option<VisionPart>,
    pub beliefs: Option<BeliefsPart>,
}

impl ProfileSummary {
    pub fn is_empty(&self) -> bool {
        self.missing().len() == content::ALL.len()
    }

    /// Instruments with nothing on the profile yet, in catalog order: the page
    /// invites the person to take them.
    pub fn missing(&self) -> Vec<&'static Instrument> {
        let present = [
            (content::VALUES_ID, self.values.is_some()),
            (content::INTERESTS_ID, self.interests.is_some()),
            (content::SKILLS_ID, self.skills.is_some()),
            (content::WHEEL_ID, self.wheel.is_some()),
            (content::STYLE_ID, self.style.is_some()),
            (content::VISION_ID, self.vision.is_some()),
            (content::BELIEFS_ID, self.beliefs.is_some()),
        ];
        content::ALL
            .iter()
            .copied()
            .filter(|i| !present.iter().any(|(id, here)| *here && *id == i.id))
            .collect()
    }

    /// A short "my why" reminder from the top values and the vision, for when a
    /// goal falls behind. `None` when neither has been done.
    pub fn my_why(&self) -> Option<String> {
        let values = self.values.as_ref().filter(|v| !v.top.is_empty()).map(|v| {
            let top: Vec<String> = v.top.iter().take(3).map(|n| n.name.clone()).collect();
            format!("What matters most to you: {}.", join_names(&top))
        });
        let vision = self
            .vision
            .as_ref()
            .filter(|v| !v.statement.trim().is_empty())
            .map(|v| format!("Where you're heading: {}", shorten(&v.statement, 200)));
        match (values, vision) {
            (None, None) => None,
            (a, b) => Some(a.into_iter().chain(b).collect::<Vec<_>>().join(" ")),
        }
    }
}

/// Something from discovery a goal can be linked to, to show why it matters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub kind: AnchorKind,
    pub id: String,
    pub name: String,
}

impl Anchor {
    /// A stable key for storing the link, such as `value:autonomy` or `vision`.
    pub fn key(&self) -> String {
        match self.kind {
            AnchorKind::Vision => "vision".to_string(),
            kind => format!("{}:{}", kind.key(), self.id),
        }
    }
}

/// What kind of thing an [`Anchor`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnchorKind {
    Value,
    Strength,
    Interest,
    Vision,
}

impl AnchorKind {
    pub fn key(self) -> &'static str {
        match self {
            AnchorKind::Value => "value",
            AnchorKind::Strength => "strength",
            AnchorKind::Interest => "interest",
            AnchorKind::Vision => "vision",
        }
    }
}

impl ProfileSummary {
    /// Top values, motivated strengths, the interest types in the code and the
    /// vision, in that order: what a goal can say it serves.
    pub fn anchors(&self) -> Vec<Anchor> {
        let from = |kind: AnchorKind, list: &[Named]| -> Vec<Anchor> {
            list.iter()
                .map(|n| Anchor {
                    kind,
                    id: n.id.clone(),
                    name: n.name.clone(),
                })
                .collect()
        };
        let mut out = Vec::new();
        if let Some(v) = &self.values {
            out.extend(from(AnchorKind::Value, &v.top));
        }
        if let Some(s) = &self.skills {
            out.extend(from(AnchorKind::Strength, &s.strengths));
        }
        if let Some(i) = &self.interests {
            out.extend(from(AnchorKind::Interest, &i.top_types));
        }
        if let Some(v) = self
            .vision
            .as_ref()
            .filter(|v| !v.statement.trim().is_empty())
        {
            out.push(Anchor {
                kind: AnchorKind::Vision,
                id: "vision".to_string(),
                name: shorten(&v.statement, 80),
            });
        }
        out
    }
}

fn named(inst: &Instrument, id: &str) -> Named {
    let (name, detail) = match (inst.dimension(id), inst.item(id)) {
        (Some(d), _) => (d.name, d.summary),
        (None, Some(i)) => (i.text, i.detail),
        (None, None) => (inst.label(id).unwrap_or(id), ""),
    };
    Named {
        id: id.to_string(),
        name: name.to_string(),
        detail: detail.to_string(),
    }
}

fn named_all(inst: &Instrument, ids: &[String]) -> Vec<Named> {
    ids.iter().map(|id| named(inst, id)).collect()
}

fn profile_scores(inst: &Instrument, s: &Scores) -> Vec<NamedScore> {
    s.scores
        .iter()
        .map(|d| NamedScore {
            id: d.id.clone(),
            name: inst.label(&d.id).unwrap_or(&d.id).to_string(),
            value: d.score,
            max: 100,
            band: Some(d.band),
        })
        .collect()
}

fn latest_of<'a>(
    d: &'a Discovery,
    id: &str,
) -> Option<(&'static Instrument, &'a InstrumentResult)> {
    Some((content::instrument(id)?, d.latest(id)?))
}

/// Gathers the latest result of each instrument into one summary.
pub fn latest_profile(d: &Discovery) -> ProfileSummary {
    let mut p = ProfileSummary::default();
    if let Some((inst, r)) = latest_of(d, content::VALUES_ID) {
        if let Outcome::Sorted(s) = &r.outcome {
            p.values = Some(ValuesPart {
                taken_at: r.taken_at,
                headline: headline(r),
                top: named_all(inst, &s.top),
            });
        }
    }
    if let Some((inst, r)) = latest_of(d, content::INTERESTS_ID) {
        if let Outcome::Scores(s) = &r.outcome {
            p.interests = Some(InterestsPart {
                taken_at: r.taken_at,
                headline: headline(r),
                code: s.code.clone(),
                top_types: code_ids(s).iter().map(|id| named(inst, id)).collect(),
                scores: profile_scores(inst, s),
                flat: s.is_flat(),
            });
        }
    }
    if let Some((inst, r)) = latest_of(d, content::SKILLS_ID) {
        if let Outcome::Quadrants(q) = &r.outcome {
            p.skills = Some(skills_part(inst, r, q));
        }
    }
    if let Some((inst, r)) = latest_of(d, content::WHEEL_ID) {
        if let Outcome::Ratings(w) = &r.outcome {
            let max = inst
                .items
                .iter()
                .find_map(|i| i.kind.scale().map(|s| s.max))
                .unwrap_or(10);
            p.wheel = Some(WheelPart {
                taken_at: r.taken_at,
                headline: headline(r),
                scores: w
                    .scores
                    .iter()
                    .map(|s| NamedScore {
                        id: s.id.clone(),
                        name: inst.label(&s.id).unwrap_or(&s.id).to_string(),
                        value: s.value,
                        max,
                        band: None,
                    })
                    .collect(),
                average: w.average,
                lowest: named_all(inst, &w.lowest),
                focus: w.focus.as_deref().map(|f| named(inst, f)),
            });
        }
    }
    if let Some((inst, r)) = latest_of(d, content::STYLE_ID) {
        if let Outcome::Scores(s) = &r.outcome {
            p.style = Some(StylePart {
                taken_at: r.taken_at,
                headline: headline(r),
                scores: profile_scores(inst, s),
            });
        }
    }
    if let Some((_, r)) = latest_of(d, content::VISION_ID) {
        if let Outcome::Statement(s) = &r.outcome {
            p.vision = Some(VisionPart {
                taken_at: r.taken_at,
                statement: s.statement.clone(),
            });
        }
    }
    if let Some((_, r)) = latest_of(d, content::BELIEFS_ID) {
        if let Outcome::Beliefs(b) = &r.outcome {
            p.beliefs = Some(BeliefsPart {
                taken_at: r.taken_at,
                headline: headline(r),
                reframed: b.reframed().cloned().collect(),
                experiments: b
                    .records
                    .iter()
                    .filter(|r| !r.experiment.is_empty())
                    .map(|r| r.experiment.clone())
                    .collect(),
            });
        }
    }
    p
}

fn skills_part(inst: &Instrument, r: &InstrumentResult, q: &Quadrants) -> SkillsPart {
    SkillsPart {
        taken_at: r.taken_at,
        headline: headline(r),
        strengths: named_all(inst, &q.strengths),
        growth_areas: named_all(inst, &q.growth_areas),
        burnout_risks: named_all(inst, &q.burnout_risks),
    }
}

/// One instrument's line on `/discover`.
#[derive(Debug, Clone, PartialEq)]
pub struct OverviewRow {
    pub instrument: &'static Instrument,
    /// Present while a session has at least one answer ("in progress 5 of 42").
    pub in_progress: Option<Progress>,
    pub results: usize,
    pub last_taken: Option<DateTime<Utc>>,
    /// The latest result's headline.
    pub headline: Option<Headline>,
}

/// Every catalog instrument with its status and latest headline, in catalog order.
pub fn overview(d: &Discovery) -> Vec<OverviewRow> {
    content::ALL
        .iter()
        .map(|inst| overview_row(d, inst))
        .collect()
}

/// One instrument's status and latest headline (its card on the overview works out only
/// its own, not every instrument's).
pub fn overview_row(d: &Discovery, inst: &'static Instrument) -> OverviewRow {
    let latest = d.latest(inst.id);
    OverviewRow {
        instrument: inst,
        in_progress: d
            .session(inst.id)
            .filter(|s| !s.answers.is_empty())
            .map(|s| s.progress(inst)),
        results: d.history(inst.id).len(),
        last_taken: latest.map(|r| r.taken_at),
        headline: latest.map(headline),
    }
}
