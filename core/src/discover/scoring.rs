//! Scoring: each [`Scoring`] rule turns an answer set into a stored [`Outcome`].
//! Outcomes hold ids and numbers only; names and words come from content when shown.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::answers::{is_answered, record_is_blank, Answer};
use super::model::{Bands, Instrument, ItemKind, Scoring};

/// What an instrument's answers add up to, by scoring rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Outcome {
    Sorted(Sorted),
    Scores(Scores),
    Quadrants(Quadrants),
    Ratings(Ratings),
    Statement(Statement),
    Beliefs(Beliefs),
}

/// Read as its `kind` says. Written by hand: serde's derive for an internally tagged
/// enum buffers the object and reads every variant through a second deserialiser, a
/// second copy of each outcome's reading code in the first download. This reads the
/// object once as a JSON value and the chosen variant from its text, through the code
/// that loading the workbook already has.
impl<'de> Deserialize<'de> for Outcome {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        const KINDS: &[&str] = &[
            "sorted",
            "scores",
            "quadrants",
            "ratings",
            "statement",
            "beliefs",
        ];
        let value = serde_json::Value::deserialize(d)?;
        let kind = value
            .get("kind")
            .and_then(serde_json::Value::as_str)
            .ok_or_else(|| D::Error::missing_field("kind"))?;
        let text = value.to_string();
        fn read<T: serde::de::DeserializeOwned, E: Error>(text: &str) -> Result<T, E> {
            serde_json::from_str(text).map_err(E::custom)
        }
        Ok(match kind {
            "sorted" => Outcome::Sorted(read(&text)?),
            "scores" => Outcome::Scores(read(&text)?),
            "quadrants" => Outcome::Quadrants(read(&text)?),
            "ratings" => Outcome::Ratings(read(&text)?),
            "statement" => Outcome::Statement(read(&text)?),
            "beliefs" => Outcome::Beliefs(read(&text)?),
            other => return Err(D::Error::unknown_variant(other, KINDS)),
        })
    }
}

/// Cards by group, plus the ranked top list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Sorted {
    /// Every group in option order, each with its cards in content order.
    pub groups: Vec<SortedGroup>,
    /// Ranked card ids, most important first.
    pub top: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct SortedGroup {
    pub id: String,
    pub items: Vec<String>,
}

/// A 0–100 score per dimension and, for typed profiles, a code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Scores {
    /// In dimension order (not sorted by score).
    pub scores: Vec<DimensionScore>,
    /// The highest dimensions' ids joined ("SIA"); empty when the rule has no code.
    pub code: String,
}

impl Scores {
    /// The score for one dimension.
    pub fn get(&self, id: &str) -> Option<&DimensionScore> {
        self.scores.iter().find(|s| s.id == id)
    }

    /// True when the highest and lowest scores are within 15 points: no type or
    /// factor stands out, and the code says little on its own.
    pub fn is_flat(&self) -> bool {
        let max = self.scores.iter().map(|s| s.score).max().unwrap_or(0);
        let min = self.scores.iter().map(|s| s.score).min().unwrap_or(0);
        max - min < 15
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct DimensionScore {
    pub id: String,
    /// Points earned (each answer counted from the bottom of its scale).
    pub points: u32,
    /// Points possible.
    pub max: u32,
    /// `points / max` as 0–100, rounded half up.
    pub score: u8,
    pub band: Band,
}

/// Low, middle or high, from a rule's [`Bands`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Band {
    Low,
    #[default]
    Middle,
    High,
}

impl Band {
    pub fn of(score: u8, bands: Bands) -> Band {
        if score < bands.low_below {
            Band::Low
        } else if score > bands.high_above {
            Band::High
        } else {
            Band::Middle
        }
    }
}

/// Each skill's two ratings and the quadrant they put it in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Quadrants {
    /// Every rated skill, in content order (for the 2×2 chart).
    pub points: Vec<SkillPoint>,
    /// High skill, high enjoyment; strongest first (skill + enjoyment).
    pub strengths: Vec<String>,
    /// High skill, low enjoyment; widest gap first (skill − enjoyment).
    pub burnout_risks: Vec<String>,
    /// Low skill, high enjoyment; widest gap first (enjoyment − skill).
    pub growth_areas: Vec<String>,
    /// Low on both; highest first (skill + enjoyment).
    pub rest: Vec<String>,
}

impl Quadrants {
    /// The ids in one quadrant.
    pub fn list(&self, q: Quadrant) -> &[String] {
        match q {
            Quadrant::Strength => &self.strengths,
            Quadrant::BurnoutRisk => &self.burnout_risks,
            Quadrant::GrowthArea => &self.growth_areas,
            Quadrant::Rest => &self.rest,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct SkillPoint {
    pub id: String,
    pub proficiency: u8,
    pub enjoyment: u8,
    pub quadrant: Quadrant,
}

/// A cell of the skills map.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Quadrant {
    /// High skill, high enjoyment.
    Strength,
    /// High skill, low enjoyment.
    BurnoutRisk,
    /// Low skill, high enjoyment.
    GrowthArea,
    /// Low on both.
    #[default]
    Rest,
}

impl Quadrant {
    pub const ALL: [Quadrant; 4] = [
        Quadrant::Strength,
        Quadrant::BurnoutRisk,
        Quadrant::GrowthArea,
        Quadrant::Rest,
    ];

    /// Where a (proficiency, enjoyment) pair falls; a rating is high at `high_from` or more.
    pub fn of(proficiency: u8, enjoyment: u8, high_from: u8) -> Quadrant {
        match (proficiency >= high_from, enjoyment >= high_from) {
            (true, true) => Quadrant::Strength,
            (true, false) => Quadrant::BurnoutRisk,
            (false, true) => Quadrant::GrowthArea,
            (false, false) => Quadrant::Rest,
        }
    }

    /// Position in [`Quadrant::ALL`], for looking up its text.
    pub fn index(self) -> usize {
        match self {
            Quadrant::Strength => 0,
            Quadrant::BurnoutRisk => 1,
            Quadrant::GrowthArea => 2,
            Quadrant::Rest => 3,
        }
    }
}

/// Ratings per area with their average and the lowest areas.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Ratings {
    /// In content order.
    pub scores: Vec<Rating>,
    /// Mean of the ratings, rounded half up to one decimal.
    pub average: f64,
    /// Every area at the lowest rating, in content order; empty when all are equal.
    pub lowest: Vec<String>,
    /// The option chosen as the place to start, if the instrument asks.
    pub focus: Option<String>,
}

impl Ratings {
    pub fn get(&self, id: &str) -> Option<u8> {
        self.scores.iter().find(|s| s.id == id).map(|s| s.value)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Rating {
    pub id: String,
    pub value: u8,
}

/// An assembled draft and the statement the person settled on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Statement {
    pub draft: String,
    /// Starts as the draft; the person's edits replace it.
    pub statement: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Beliefs {
    pub records: Vec<BeliefRecord>,
}

impl Beliefs {
    /// The records that have a reframe.
    pub fn reframed(&self) -> impl Iterator<Item = &BeliefRecord> {
        self.records.iter().filter(|r| !r.reframe.is_empty())
    }
}

/// A limiting belief worked through. Every field is trimmed text, possibly empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct BeliefRecord {
    pub belief: String,
    pub evidence_for: String,
    pub evidence_against: String,
    pub reframe: String,
    /// A small test of the belief; a candidate goal.
    pub experiment: String,
}

/// Scores an answer set. Unanswered items are left out rather than guessed, so a
/// partial set gives a partial outcome.
pub fn score(inst: &Instrument, answers: &BTreeMap<String, Answer>) -> Outcome {
    match inst.scoring {
        Scoring::SortRank { .. } => Outcome::Sorted(sort_rank(inst, answers)),
        Scoring::Dimensions {
            code_length, bands, ..
        } => Outcome::Scores(dimensions(inst, answers, code_length, bands)),
        Scoring::Quadrants { high_from, .. } => {
            Outcome::Quadrants(quadrants(inst, answers, high_from))
        }
        Scoring::Ratings => Outcome::Ratings(ratings(inst, answers)),
        Scoring::Statement => {
            let draft = draft_statement(inst, answers);
            Outcome::Statement(Statement {
                statement: draft.clone(),
                draft,
            })
        }
        Scoring::Beliefs => Outcome::Beliefs(beliefs(inst, answers)),
    }
}

fn sort_rank(inst: &Instrument, answers: &BTreeMap<String, Answer>) -> Sorted {
    let groups = inst
        .items
        .iter()
        .find(|i| matches!(i.kind, ItemKind::Sort(_)))
        .map_or(&[][..], |i| i.kind.options());
    let groups = groups
        .iter()
        .map(|g| SortedGroup {
            id: g.id.to_string(),
            items: inst
                .items
                .iter()
                .filter(|c| matches!(c.kind, ItemKind::Sort(_)))
                .filter(|c| matches!(answers.get(c.id), Some(Answer::Choice(x)) if x == g.id))
                .map(|c| c.id.to_string())
                .collect(),
        })
        .collect();
    let top = inst
        .items
        .iter()
        .find(|i| matches!(i.kind, ItemKind::Rank { .. }))
        .and_then(|i| match answers.get(i.id) {
            Some(Answer::Ranking(r)) => Some(r.clone()),
            _ => None,
        })
        .unwrap_or_default();
    Sorted { groups, top }
}

/// Points an answer earns and the most it could earn, counted from the scale's
/// bottom: a Likert 4 on 1–5 is 3 of 4; reverse-keyed, it is 1 of 4.
fn points(item: &super::model::Item, answer: &Answer) -> Option<(u32, u32)> {
    match (&item.kind, answer) {
        (ItemKind::Likert(s) | ItemKind::Rating(s), Answer::Scale(v)) if s.contains(*v) => {
            let (min, max, v) = (u32::from(s.min), u32::from(s.max), u32::from(*v));
            let v = if item.reverse { min + max - v } else { v };
            Some((v - min, max - min))
        }
        (ItemKind::Choice(_) | ItemKind::Preference, Answer::Choice(id)) => {
            let options = item.kind.options();
            let low = u32::from(options.iter().map(|o| o.points).min()?);
            let high = u32::from(options.iter().map(|o| o.points).max()?);
            let chosen = u32::from(options.iter().find(|o| o.id == id)?.points);
            let chosen = if item.reverse {
                low + high - chosen
            } else {
                chosen
            };
            Some((chosen - low, high - low))
        }
        _ => None,
    }
}

/// `points / max` as 0–100, rounded half up; 0 when nothing could be earned.
pub(crate) fn percent(points: u32, max: u32) -> u8 {
    if max == 0 {
        return 0;
    }
    let p = (u64::from(points.min(max)) * 200 + u64::from(max)) / (2 * u64::from(max));
    u8::try_from(p).unwrap_or(100)
}

fn dimensions(
    inst: &Instrument,
    answers: &BTreeMap<String, Answer>,
    code_length: u8,
    bands: Bands,
) -> Scores {
    let scores: Vec<DimensionScore> = inst
        .dimensions
        .iter()
        .map(|d| {
            let (points, max) = inst
                .items
                .iter()
                .filter(|i| i.dimension == d.id)
                .filter_map(|i| answers.get(i.id).and_then(|a| points(i, a)))
                .fold((0, 0), |(p, m), (ip, im)| (p + ip, m + im));
            let score = percent(points, max);
            DimensionScore {
                id: d.id.to_string(),
                points,
                max,
                score,
                band: Band::of(score, bands),
            }
        })
        .collect();
    let mut order: Vec<&DimensionScore> = scores.iter().collect();
    // Highest share of points first, compared exactly; a stable sort keeps
    // dimension order (R, I, A, S, E, C) among ties.
    crate::sort::sort_by(&mut order, |a, b| share_cmp(b, a));
    let code = order
        .iter()
        .take(usize::from(code_length))
        .map(|s| s.id.as_str())
        .collect();
    Scores { scores, code }
}

fn share_cmp(a: &DimensionScore, b: &DimensionScore) -> Ordering {
    let left = u64::from(a.points) * u64::from(b.max.max(1));
    let right = u64::from(b.points) * u64::from(a.max.max(1));
    left.cmp(&right)
}

fn quadrants(inst: &Instrument, answers: &BTreeMap<String, Answer>, high_from: u8) -> Quadrants {
    let points: Vec<SkillPoint> = inst
        .items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Pair(..)) && is_answered(inst, answers, i))
        .filter_map(|i| match answers.get(i.id) {
            Some(Answer::Pair(p, e)) => Some(SkillPoint {
                id: i.id.to_string(),
                proficiency: *p,
                enjoyment: *e,
                quadrant: Quadrant::of(*p, *e, high_from),
            }),
            _ => None,
        })
        .collect();
    let list = |q: Quadrant, key: fn(&SkillPoint) -> i32| -> Vec<String> {
        let mut members: Vec<&SkillPoint> = points.iter().filter(|p| p.quadrant == q).collect();
        crate::sort::sort_by_key(&mut members, |p| std::cmp::Reverse(key(p)));
        members.iter().map(|p| p.id.clone()).collect()
    };
    let sum = |p: &SkillPoint| i32::from(p.proficiency) + i32::from(p.enjoyment);
    Quadrants {
        strengths: list(Quadrant::Strength, sum),
        burnout_risks: list(Quadrant::BurnoutRisk, |p| {
            i32::from(p.proficiency) - i32::from(p.enjoyment)
        }),
        growth_areas: list(Quadrant::GrowthArea, |p| {
            i32::from(p.enjoyment) - i32::from(p.proficiency)
        }),
        rest: list(Quadrant::Rest, sum),
        points,
    }
}

fn ratings(inst: &Instrument, answers: &BTreeMap<String, Answer>) -> Ratings {
    let scores: Vec<Rating> = inst
        .items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Rating(_)) && is_answered(inst, answers, i))
        .filter_map(|i| match answers.get(i.id) {
            Some(Answer::Scale(v)) => Some(Rating {
                id: i.id.to_string(),
                value: *v,
            }),
            _ => None,
        })
        .collect();
    let total: u32 = scores.iter().map(|s| u32::from(s.value)).sum();
    let n = u32::try_from(scores.len()).unwrap_or(u32::MAX);
    let average = if n == 0 {
        0.0
    } else {
        // Tenths, rounded half up in integers so 6.25 shows as 6.3 everywhere.
        f64::from((total * 20 + n) / (2 * n)) / 10.0
    };
    let min = scores.iter().map(|s| s.value).min();
    let max = scores.iter().map(|s| s.value).max();
    let lowest = match (min, max) {
        (Some(lo), Some(hi)) if lo < hi => scores
            .iter()
            .filter(|s| s.value == lo)
            .map(|s| s.id.clone())
            .collect(),
        _ => Vec::new(),
    };
    let focus = inst
        .items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Choice(_)) && is_answered(inst, answers, i))
        .find_map(|i| match answers.get(i.id) {
            Some(Answer::Choice(id)) => Some(id.clone()),
            _ => None,
        });
    Ratings {
        scores,
        average,
        lowest,
        focus,
    }
}

/// The draft statement for the text items answered so far: each answer becomes a
/// sentence introduced by its item's lead ("In five years: …"), first letter
/// capitalised and closing punctuation added; blank answers are skipped.
pub fn draft_statement(inst: &Instrument, answers: &BTreeMap<String, Answer>) -> String {
    inst.items
        .iter()
        .filter_map(|i| match (&i.kind, answers.get(i.id)) {
            (ItemKind::Text { lead }, Some(Answer::Text(t))) => sentence(lead, t),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn sentence(lead: &str, text: &str) -> Option<String> {
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if words.is_empty() {
        return None;
    }
    let mut chars = words.chars();
    let first: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    let mut body = format!("{first}{}", chars.as_str());
    if !body.ends_with(['.', '!', '?', '"', '\'', '\u{201d}', ')']) {
        body.push('.');
    }
    Some(if lead.is_empty() {
        body
    } else {
        format!("{lead} {body}")
    })
}

fn beliefs(inst: &Instrument, answers: &BTreeMap<String, Answer>) -> Beliefs {
    let field = |r: &super::answers::Record, key: &str| -> String {
        r.get(key).map(|t| t.trim().to_string()).unwrap_or_default()
    };
    let records = inst
        .items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Records { .. }))
        .filter_map(|i| match answers.get(i.id) {
            Some(Answer::Records(rs)) => Some(rs),
            _ => None,
        })
        .flatten()
        .filter(|r| !record_is_blank(r))
        .map(|r| BeliefRecord {
            belief: field(r, "belief"),
            evidence_for: field(r, "evidence_for"),
            evidence_against: field(r, "evidence_against"),
            reframe: field(r, "reframe"),
            experiment: field(r, "experiment"),
        })
        .collect();
    Beliefs { records }
}
