//! Answers: their stored shape, whether one fits its item, whether an item counts as
//! answered, and the rule for which sorted cards may be ranked.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::model::{Instrument, Item, ItemKind, Scale};

/// The longest text kept in one answer or field, in characters.
pub const MAX_TEXT: usize = 5000;

/// One answer, keyed by item id in a session. Stored as `{"scale": 4}`,
/// `{"choice": "like"}`, `{"pair": [4, 5]}`, `{"ranking": [...]}`, `{"text": "..."}`
/// or `{"records": [{"belief": "..."}]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// A Likert point or a rating.
    Scale(u8),
    /// The id of a choice, preference or sort group.
    Choice(String),
    /// Two ratings: (first scale, second scale), e.g. (proficiency, enjoyment).
    Pair(u8, u8),
    /// Card ids, most important first.
    Ranking(Vec<String>),
    Text(String),
    /// Each record maps field ids to text.
    Records(Vec<Record>),
}

/// One record of a record item: field id → text.
pub type Record = BTreeMap<String, String>;

/// Why an answer does not fit its item. `Display` gives a sentence for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    UnknownItem(String),
    /// The answer is of another kind than the item takes.
    WrongKind,
    OutOfRange {
        min: u8,
        max: u8,
    },
    UnknownOption(String),
    /// A ranked id is not a card of this instrument, or appears twice.
    NotRankable(String),
    TooMany {
        max: usize,
    },
    TooLong {
        max: usize,
    },
    UnknownField(String),
}

/// Checks that `answer` fits `item` of `inst`. Completeness (for example a ranking
/// that still needs more cards) is not an error; see [`is_answered`].
pub fn validate(inst: &Instrument, item: &Item, answer: &Answer) -> Result<(), AnswerError> {
    match (&item.kind, answer) {
        (ItemKind::Likert(s) | ItemKind::Rating(s), Answer::Scale(v)) => {
            if s.contains(*v) {
                Ok(())
            } else {
                Err(AnswerError::OutOfRange {
                    min: s.min,
                    max: s.max,
                })
            }
        }
        (ItemKind::Choice(_) | ItemKind::Sort(_) | ItemKind::Preference, Answer::Choice(id)) => {
            if item.kind.options().iter().any(|o| o.id == id) {
                Ok(())
            } else {
                Err(AnswerError::UnknownOption(id.clone()))
            }
        }
        (ItemKind::Pair(a, b), Answer::Pair(x, y)) => {
            for (s, v) in [(a, x), (b, y)] {
                if !s.contains(*v) {
                    return Err(AnswerError::OutOfRange {
                        min: s.min,
                        max: s.max,
                    });
                }
            }
            Ok(())
        }
        (ItemKind::Rank { count, .. }, Answer::Ranking(ids)) => {
            let max = usize::from(*count);
            if ids.len() > max {
                return Err(AnswerError::TooMany { max });
            }
            let mut seen = BTreeSet::new();
            for id in ids {
                let is_card = inst
                    .item(id)
                    .is_some_and(|c| matches!(c.kind, ItemKind::Sort(_)));
                if !is_card || !seen.insert(id.as_str()) {
                    return Err(AnswerError::NotRankable(id.clone()));
                }
            }
            Ok(())
        }
        (ItemKind::Text { .. }, Answer::Text(t)) => check_length(t),
        (ItemKind::Records { fields, max }, Answer::Records(records)) => {
            let max = usize::from(*max);
            if records.len() > max {
                return Err(AnswerError::TooMany { max });
            }
            for record in records {
                for (key, text) in record {
                    if !fields.iter().any(|f| f.id == key) {
                        return Err(AnswerError::UnknownField(key.clone()));
                    }
                    check_length(text)?;
                }
            }
            Ok(())
        }
        _ => Err(AnswerError::WrongKind),
    }
}

fn check_length(text: &str) -> Result<(), AnswerError> {
    if text.chars().count() > MAX_TEXT {
        Err(AnswerError::TooLong { max: MAX_TEXT })
    } else {
        Ok(())
    }
}

/// Whether `item` counts as answered in `answers`. Stored answers that no longer fit
/// their item count as unanswered. Text needs more than blank space; a record item
/// needs at least one record, and every record that has any text needs all its
/// required fields; a ranking must satisfy its [`RankPool`] once every card is sorted.
pub fn is_answered(inst: &Instrument, answers: &BTreeMap<String, Answer>, item: &Item) -> bool {
    let answer = answers
        .get(item.id)
        .filter(|a| validate(inst, item, a).is_ok());
    match item.kind {
        ItemKind::Rank { count, from } => {
            let cards_sorted = inst
                .items
                .iter()
                .filter(|c| matches!(c.kind, ItemKind::Sort(_)))
                .all(|c| is_answered(inst, answers, c));
            if !cards_sorted {
                return false;
            }
            let pool = rank_pool(inst, answers, count, from);
            match answer {
                Some(Answer::Ranking(r)) => pool.accepts(r),
                _ => pool.count == 0,
            }
        }
        ItemKind::Text { .. } => matches!(answer, Some(Answer::Text(t)) if !t.trim().is_empty()),
        ItemKind::Records { fields, .. } => match answer {
            Some(Answer::Records(records)) => {
                let mut filled = records.iter().filter(|r| !record_is_blank(r)).peekable();
                filled.peek().is_some()
                    && filled.all(|r| {
                        fields
                            .iter()
                            .filter(|f| f.required)
                            .all(|f| r.get(f.id).is_some_and(|t| !t.trim().is_empty()))
                    })
            }
            _ => false,
        },
        _ => answer.is_some(),
    }
}

/// True when every field of the record is blank (a row the person has not used).
pub fn record_is_blank(record: &Record) -> bool {
    record.values().all(|t| t.trim().is_empty())
}

/// Which cards may be ranked, given how they are sorted.
///
/// The rule: walk the `from` groups in order ("very important" first). Whole groups
/// are taken while they still leave room; their cards are `required` (they must all
/// be in the ranking, in any order). The first group that would fill or overflow
/// the ranking supplies `optional` cards, from which the rest is picked. So with
/// seven very important values, the top five come from those seven; with two, both
/// are in the top five and three more come from the important ones. When fewer
/// cards than `count` are in the `from` groups, all of them are ranked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankPool {
    /// How many cards the ranking must hold.
    pub count: usize,
    pub required: Vec<&'static str>,
    pub optional: Vec<&'static str>,
}

impl RankPool {
    /// Every card that may appear in the ranking, required ones first.
    pub fn candidates(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.required.iter().chain(self.optional.iter()).copied()
    }

    pub fn contains(&self, id: &str) -> bool {
        self.candidates().any(|c| c == id)
    }

    /// The ranking to show and keep: the cards of `ranking` that may still be
    /// ranked (in their order, without repeats, at most `count`), with every
    /// required card added, making room by dropping the last optional ones. When
    /// the pool leaves no choice (required and optional cards together are exactly
    /// `count`), every candidate is in, so only the order is left to decide.
    pub fn seed(&self, ranking: &[String]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for id in ranking {
            if self.contains(id) && !out.contains(id) && out.len() < self.count {
                out.push(id.clone());
            }
        }
        let no_choice = self.required.len() + self.optional.len() == self.count;
        let must: Vec<&'static str> = if no_choice {
            self.candidates().collect()
        } else {
            self.required.clone()
        };
        for id in must {
            if out.iter().any(|r| r == id) {
                continue;
            }
            if out.len() >= self.count {
                match out
                    .iter()
                    .rposition(|r| !self.required.contains(&r.as_str()))
                {
                    Some(pos) => {
                        out.remove(pos);
                    }
                    None => break,
                }
            }
            out.push(id.to_string());
        }
        out
    }

    /// Whether a ranking is complete and follows the rule.
    pub fn accepts(&self, ranking: &[String]) -> bool {
        let unique: BTreeSet<&str> = ranking.iter().map(String::as_str).collect();
        ranking.len() == self.count
            && unique.len() == ranking.len()
            && ranking.iter().all(|id| self.contains(id))
            && self.required.iter().all(|id| unique.contains(id))
    }
}

/// The [`RankPool`] for a rank item with `count` and `from` groups.
pub fn rank_pool(
    inst: &Instrument,
    answers: &BTreeMap<String, Answer>,
    count: u8,
    from: &[&str],
) -> RankPool {
    let count = usize::from(count);
    let mut required: Vec<&'static str> = Vec::new();
    for group in from {
        let members: Vec<&'static str> = inst
            .items
            .iter()
            .filter(|c| matches!(c.kind, ItemKind::Sort(_)))
            .filter(|c| matches!(answers.get(c.id), Some(Answer::Choice(g)) if g == group))
            .map(|c| c.id)
            .collect();
        if required.len() + members.len() >= count {
            return RankPool {
                count,
                required,
                optional: members,
            };
        }
        required.extend(members);
    }
    RankPool {
        count: required.len(),
        required,
        optional: Vec::new(),
    }
}

/// Adds `id` to the end of a ranking, or removes it if present. Adding to a full
/// ranking (`max` cards) changes nothing.
pub fn ranking_toggle(ranking: &[String], id: &str, max: usize) -> Vec<String> {
    let mut out: Vec<String> = ranking.to_vec();
    if let Some(pos) = out.iter().position(|r| r == id) {
        out.remove(pos);
    } else if out.len() < max {
        out.push(id.to_string());
    }
    out
}

/// Moves `id` by `by` places (negative = toward the top), stopping at the ends.
pub fn ranking_move(ranking: &[String], id: &str, by: isize) -> Vec<String> {
    let mut out: Vec<String> = ranking.to_vec();
    if let Some(pos) = out.iter().position(|r| r == id) {
        let last = out.len().saturating_sub(1);
        let target = pos.saturating_add_signed(by).min(last);
        let card = out.remove(pos);
        out.insert(target, card);
    }
    out
}

/// The answer a number key gives on a single-key item: for a scale, key k picks
/// the k-th point ("1" → the lowest; "0" stands for 10, so a 1–10 rating takes
/// every digit); for a choice, preference or sort, the k-th option. `None` for
/// other keys and for items that need more than one key (pairs, text, rankings).
pub fn answer_for_key(item: &Item, key: char) -> Option<Answer> {
    let k = key_number(key)?;
    match item.kind {
        ItemKind::Likert(s) | ItemKind::Rating(s) => scale_point_for_key(s, key).map(Answer::Scale),
        ItemKind::Choice(_) | ItemKind::Preference | ItemKind::Sort(_) => item
            .kind
            .options()
            .get(usize::from(k - 1))
            .map(|o| Answer::Choice(o.id.to_string())),
        _ => None,
    }
}

/// The number a digit key stands for: "1" → 1 … "9" → 9, and "0" → 10.
fn key_number(key: char) -> Option<u8> {
    match key.to_digit(10)? {
        0 => Some(10),
        d => u8::try_from(d).ok(),
    }
}

/// The point of `scale` a digit key picks: "1" the lowest, "2" the next, and so on
/// ("0" the tenth). Used for each half of a pair item, and by [`answer_for_key`].
pub fn scale_point_for_key(scale: &Scale, key: char) -> Option<u8> {
    let v = scale.min.checked_add(key_number(key)? - 1)?;
    scale.contains(v).then_some(v)
}
