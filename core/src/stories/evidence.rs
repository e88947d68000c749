//! Evidence: the person's wins and stories grouped by what they show (a motivated skill,
//! or the words they wrote for a win), each group counted per quarter or per year — the
//! answer to "am I actually any good at this?". Pure; "today" is a parameter, words are
//! the UI's. The brag document built from it is in [`super::brag`].

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate};

use super::Story;
use crate::content::SKILLS;
use crate::journal::Win;

/// What a piece of evidence shows.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Shows {
    /// A motivated skill (a key of [`SKILLS`]).
    Skill(&'static str),
    /// What a win shows, in the person's own words, when it names no listed skill
    /// (as most recently spelt; grouped regardless of case and spacing).
    Own(String),
    /// Nothing said yet.
    Untagged,
}

/// A win or a story.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Piece<'a> {
    Win(&'a Win),
    Story(&'a Story),
}

/// How precisely a piece's date is known: a story's "when" may be a month or a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Day,
    Month,
    Year,
}

/// One piece of evidence, with the date it counts on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Item<'a> {
    pub piece: Piece<'a>,
    pub date: NaiveDate,
    pub precision: Precision,
}

impl Item<'_> {
    pub fn id(&self) -> &str {
        match self.piece {
            Piece::Win(w) => &w.id,
            Piece::Story(s) => &s.id,
        }
    }

    pub fn is_win(&self) -> bool {
        matches!(self.piece, Piece::Win(_))
    }
}

/// The length of the periods evidence is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Quarter,
    Year,
}

/// A quarter (1 to 4) of a year, or a whole year (`quarter` 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub year: i32,
    pub quarter: u8,
}

impl Period {
    /// The period of `step` that holds `date`.
    pub fn of(step: Step, date: NaiveDate) -> Period {
        let quarter = match step {
            Step::Quarter => (date.month0() / 3 + 1) as u8,
            Step::Year => 0,
        };
        Period {
            year: date.year(),
            quarter,
        }
    }

    pub fn step(self) -> Step {
        if self.quarter == 0 {
            Step::Year
        } else {
            Step::Quarter
        }
    }

    /// The period after this one.
    pub fn next(self) -> Period {
        match self.quarter {
            0 => Period {
                year: self.year + 1,
                quarter: 0,
            },
            4 => Period {
                year: self.year + 1,
                quarter: 1,
            },
            q => Period {
                year: self.year,
                quarter: q + 1,
            },
        }
    }

    /// Its first day.
    pub fn start(self) -> NaiveDate {
        let month = if self.quarter == 0 {
            1
        } else {
            u32::from(self.quarter - 1) * 3 + 1
        };
        NaiveDate::from_ymd_opt(self.year, month, 1).unwrap_or_default()
    }
}

/// Which dates count: from `from` (or the very start) to `to`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub from: Option<NaiveDate>,
    pub to: NaiveDate,
}

impl Range {
    /// Everything up to `today`.
    pub fn everything(today: NaiveDate) -> Range {
        Range {
            from: None,
            to: today,
        }
    }

    pub fn holds(&self, date: NaiveDate) -> bool {
        date <= self.to && self.from.is_none_or(|f| date >= f)
    }
}

/// The stretch of time a brag document covers, as the person picks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    HalfYear,
    Year,
    Everything,
    Custom {
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    },
}

/// What is wrong with a custom span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanProblem {
    /// "From" is after "to".
    Backwards,
    /// "To" is after today.
    FutureEnd,
}

impl Span {
    /// The dates it covers on `today`. The last six months and the last year end today
    /// and start the day after the same date six or twelve months earlier; a custom span
    /// with no start runs from the beginning, with no end to today.
    pub fn range(self, today: NaiveDate) -> Result<Range, SpanProblem> {
        let back = |months: u32| {
            today
                .checked_sub_months(Months::new(months))
                .and_then(|d| d.succ_opt())
        };
        match self {
            Span::HalfYear => Ok(Range {
                from: back(6),
                to: today,
            }),
            Span::Year => Ok(Range {
                from: back(12),
                to: today,
            }),
            Span::Everything => Ok(Range::everything(today)),
            Span::Custom { from, to } => {
                let to_day = to.unwrap_or(today);
                if to_day > today {
                    return Err(SpanProblem::FutureEnd);
                }
                if from.is_some_and(|f| f > to_day) {
                    return Err(SpanProblem::Backwards);
                }
                Ok(Range { from, to: to_day })
            }
        }
    }
}

/// A year ("2025"), a month ("2025-03") or a day ("2025-03-14") typed for when a story
/// happened, as the first day it names.
pub fn parse_when(typed: &str) -> Option<(NaiveDate, Precision)> {
    let t = typed.trim();
    if let Some(d) = crate::forms::parse_date(t) {
        return Some((d, Precision::Day));
    }
    let year = |s: &str| {
        (s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse::<i32>().ok())
            .flatten()
    };
    if let Some((y, m)) = t.split_once('-') {
        let m = (m.len() == 2).then(|| m.parse::<u32>().ok()).flatten()?;
        return NaiveDate::from_ymd_opt(year(y)?, m, 1).map(|d| (d, Precision::Month));
    }
    NaiveDate::from_ymd_opt(year(t)?, 1, 1).map(|d| (d, Precision::Year))
}

/// When a story counts: when it happened as typed, else the earliest win it came from,
/// else the day it was written.
pub fn story_date(story: &Story, wins: &[Win]) -> (NaiveDate, Precision) {
    parse_when(&story.when).unwrap_or_else(|| {
        let from_win = wins
            .iter()
            .filter(|w| story.win_ids.contains(&w.id))
            .map(|w| w.date)
            .min();
        (
            from_win.unwrap_or_else(|| story.created_at.date_naive()),
            Precision::Day,
        )
    })
}

fn known_skill(key: &str) -> Option<&'static str> {
    SKILLS.items.iter().find(|i| i.id == key).map(|i| i.id)
}

/// What a win shows: the skills its "what it shows" names and the skills of the stories
/// made from it; when there are none, its own words; when it says nothing, untagged.
pub fn win_shows(win: &Win, stories: &[Story]) -> Vec<Shows> {
    let mut keys: Vec<&'static str> = super::skills_named_in(&win.what_it_shows)
        .iter()
        .filter_map(|k| known_skill(k))
        .collect();
    for story in stories.iter().filter(|s| s.win_ids.contains(&win.id)) {
        keys.extend(story.skills.iter().filter_map(|k| known_skill(k)));
    }
    if !keys.is_empty() {
        return in_skill_order(keys).into_iter().map(Shows::Skill).collect();
    }
    let own = win.what_it_shows.split_whitespace().collect::<Vec<_>>();
    if own.is_empty() {
        vec![Shows::Untagged]
    } else {
        vec![Shows::Own(own.join(" "))]
    }
}

/// What a story shows: its listed skills, or untagged.
pub fn story_shows(story: &Story) -> Vec<Shows> {
    let keys: Vec<&'static str> = story.skills.iter().filter_map(|k| known_skill(k)).collect();
    if keys.is_empty() {
        vec![Shows::Untagged]
    } else {
        in_skill_order(keys).into_iter().map(Shows::Skill).collect()
    }
}

/// Keys once each, in the skills list's order.
fn in_skill_order(keys: Vec<&'static str>) -> Vec<&'static str> {
    SKILLS
        .items
        .iter()
        .map(|i| i.id)
        .filter(|id| keys.contains(id))
        .collect()
}

/// Evidence of one thing, newest first, with its counts per period.
#[derive(Debug, Clone, PartialEq)]
pub struct Group<'a> {
    pub shows: Shows,
    pub items: Vec<Item<'a>>,
    /// One count per period of [`Evidence::periods`], in order.
    pub counts: Vec<usize>,
}

impl Group<'_> {
    pub fn wins(&self) -> usize {
        self.items.iter().filter(|i| i.is_win()).count()
    }

    pub fn stories(&self) -> usize {
        self.items.len() - self.wins()
    }

    /// Its items in `period`, newest first.
    pub fn in_period(&self, period: Period) -> impl Iterator<Item = &Item<'_>> {
        self.items
            .iter()
            .filter(move |i| Period::of(period.step(), i.date) == period)
    }
}

/// Every group of evidence in a range, and the periods it is counted in.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence<'a> {
    pub range: Range,
    pub step: Step,
    /// From the period of the range's start (or of the earliest piece) to the period of
    /// its end, with none skipped, so bars line up across groups.
    pub periods: Vec<Period>,
    /// Most evidence first; listed skills before the person's own words (ties in list
    /// and alphabetical order), untagged last.
    pub groups: Vec<Group<'a>>,
    /// Wins and stories in the range, each counted once.
    pub wins: usize,
    pub stories: usize,
}

impl Evidence<'_> {
    pub fn is_empty(&self) -> bool {
        self.wins == 0 && self.stories == 0
    }

    /// The periods in which `group` has evidence, with how much.
    pub fn counted(&self, group: &Group<'_>) -> Vec<(Period, usize)> {
        self.periods
            .iter()
            .copied()
            .zip(group.counts.iter().copied())
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// How many groups show something (untagged evidence aside).
    pub fn shown(&self) -> usize {
        self.groups
            .iter()
            .filter(|g| g.shows != Shows::Untagged)
            .count()
    }
}

/// Quarters while the range spans two years at most, years beyond that.
pub fn step_for(first: NaiveDate, last: NaiveDate) -> Step {
    let quarters = |d: NaiveDate| d.year() * 4 + d.month0() as i32 / 3;
    if quarters(last) - quarters(first) < 8 {
        Step::Quarter
    } else {
        Step::Year
    }
}

/// The wins and stories in `range`, grouped by what they show and counted per period.
pub fn evidence<'a>(wins: &'a [Win], stories: &'a [Story], range: Range) -> Evidence<'a> {
    let mut tagged: Vec<(Item<'a>, Vec<Shows>)> = Vec::new();
    for w in wins.iter().filter(|w| range.holds(w.date)) {
        let item = Item {
            piece: Piece::Win(w),
            date: w.date,
            precision: Precision::Day,
        };
        tagged.push((item, win_shows(w, stories)));
    }
    for s in stories {
        let (date, precision) = story_date(s, wins);
        if range.holds(date) {
            let item = Item {
                piece: Piece::Story(s),
                date,
                precision,
            };
            tagged.push((item, story_shows(s)));
        }
    }
    // Newest first, then wins before stories, then by id, so the order never wobbles.
    tagged.sort_by(|(a, _), (b, _)| {
        let key = |i: &Item<'_>| (std::cmp::Reverse(i.date), !i.is_win());
        key(a).cmp(&key(b)).then_with(|| a.id().cmp(b.id()))
    });

    let first = range
        .from
        .or_else(|| tagged.iter().map(|(i, _)| i.date).min())
        .unwrap_or(range.to)
        .min(range.to);
    let step = step_for(first, range.to);
    let mut periods = vec![Period::of(step, first)];
    let last = Period::of(step, range.to);
    while let Some(&p) = periods.last().filter(|p| **p < last) {
        periods.push(p.next());
    }

    // Own words group regardless of case and spacing.
    let mut by: BTreeMap<Shows, Vec<Item<'a>>> = BTreeMap::new();
    let mut spelling: BTreeMap<String, String> = BTreeMap::new();
    for (item, shows) in &tagged {
        for s in shows {
            let key = match s {
                Shows::Own(text) => {
                    let folded = text.to_lowercase();
                    spelling
                        .entry(folded.clone())
                        .or_insert_with(|| text.clone());
                    Shows::Own(folded)
                }
                other => other.clone(),
            };
            by.entry(key).or_default().push(*item);
        }
    }
    let mut groups: Vec<Group<'a>> = by
        .into_iter()
        .map(|(shows, items)| {
            let shows = match shows {
                Shows::Own(folded) => Shows::Own(spelling.get(&folded).cloned().unwrap_or(folded)),
                other => other,
            };
            let counts = periods
                .iter()
                .map(|p| {
                    items
                        .iter()
                        .filter(|i| Period::of(step, i.date) == *p)
                        .count()
                })
                .collect();
            Group {
                shows,
                items,
                counts,
            }
        })
        .collect();
    let rank = |s: &Shows| match s {
        Shows::Skill(k) => (0, SKILLS.items.iter().position(|i| i.id == *k).unwrap_or(0)),
        Shows::Own(_) => (1, 0),
        Shows::Untagged => (2, 0),
    };
    groups.sort_by(|a, b| {
        let untagged = |g: &Group| g.shows == Shows::Untagged;
        untagged(a)
            .cmp(&untagged(b))
            .then_with(|| b.items.len().cmp(&a.items.len()))
            .then_with(|| rank(&a.shows).cmp(&rank(&b.shows)))
            .then_with(|| a.shows.cmp(&b.shows))
    });
    let wins_n = tagged.iter().filter(|(i, _)| i.is_win()).count();
    Evidence {
        range,
        step,
        periods,
        groups,
        wins: wins_n,
        stories: tagged.len() - wins_n,
    }
}
