//! The shape of an instrument as plain data: items and their kinds, scales, dimensions,
//! how items group into screens, and which scoring rule reads the answers. Content
//! modules fill these in (see [`crate::content`]); the engine only reads them.

use std::mem::discriminant;

/// A questionnaire, card sort or guided exercise, described entirely as data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Instrument {
    /// Stable id used in stored data ("values", "interests", …). Never change it.
    pub id: &'static str,
    pub title: &'static str,
    /// One line on what the exercise helps with.
    pub purpose: &'static str,
    /// A fair estimate of the minutes it takes.
    pub minutes: u8,
    /// Says plainly that this is a reflection aid, not a test.
    pub note: &'static str,
    /// Instructions shown above the items on each screen.
    pub prompt: &'static str,
    /// What the answers are scored on or grouped by (types, factors, skill groups).
    pub dimensions: &'static [Dimension],
    pub items: &'static [Item],
    pub layout: Layout,
    pub scoring: Scoring,
}

impl Instrument {
    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&'static Item> {
        self.items.iter().find(|i| i.id == id)
    }

    /// The dimension with this id.
    pub fn dimension(&self, id: &str) -> Option<&'static Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// A display name for an id used in this instrument's results: a dimension's
    /// name, an item's text, or an option's label, in that order.
    pub fn label(&self, id: &str) -> Option<&'static str> {
        if let Some(d) = self.dimension(id) {
            return Some(d.name);
        }
        if let Some(i) = self.item(id) {
            return Some(i.text);
        }
        self.items
            .iter()
            .flat_map(|i| i.kind.options().iter())
            .find(|o| o.id == id)
            .map(|o| o.label)
    }

    /// The screens a person steps through, in order. Every item is on exactly one.
    pub fn screens(&self) -> Vec<Screen> {
        let mut screens: Vec<Screen> = Vec::new();
        for item in self.items {
            let joins_last = screens.last().is_some_and(|s| match self.layout {
                Layout::OnePerScreen => false,
                Layout::Chunks(n) => {
                    s.items.len() < usize::from(n.max(1))
                        && s.items
                            .first()
                            .is_some_and(|f| discriminant(&f.kind) == discriminant(&item.kind))
                }
                Layout::ByDimension => s
                    .items
                    .first()
                    .is_some_and(|f| !f.dimension.is_empty() && f.dimension == item.dimension),
            });
            match screens.last_mut() {
                Some(last) if joins_last => last.items.push(item),
                _ => {
                    let title = match self.layout {
                        Layout::ByDimension => {
                            self.dimension(item.dimension).map_or("", |d| d.name)
                        }
                        _ => "",
                    };
                    screens.push(Screen {
                        index: screens.len(),
                        title,
                        items: vec![item],
                    });
                }
            }
        }
        screens
    }

    /// The index of the screen that shows this item.
    pub fn screen_of(&self, item_id: &str) -> Option<usize> {
        self.screens()
            .into_iter()
            .find(|s| s.items.iter().any(|i| i.id == item_id))
            .map(|s| s.index)
    }
}

/// One page of the instrument: a single item or a small group shown together.
#[derive(Debug, Clone, PartialEq)]
pub struct Screen {
    pub index: usize,
    /// A heading for the group (a skill group's name), or empty.
    pub title: &'static str,
    pub items: Vec<&'static Item>,
}

/// How items are grouped into screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    OnePerScreen,
    /// Up to this many consecutive items of the same kind per screen.
    Chunks(u8),
    /// Consecutive items that share a dimension form one screen, titled by it.
    ByDimension,
}

/// One question, card, rating or prompt.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Item {
    /// Stable id within its instrument; stored answers are keyed by it.
    pub id: &'static str,
    /// The statement, activity, value or prompt, as shown.
    pub text: &'static str,
    /// A short description or hint shown under the text; may be empty.
    pub detail: &'static str,
    pub kind: ItemKind,
    /// The dimension this item scores toward or is grouped under; may be empty.
    pub dimension: &'static str,
    /// Reverse-keyed: agreement counts toward the low end of its dimension.
    pub reverse: bool,
    /// May be left blank without blocking completion.
    pub optional: bool,
}

impl Item {
    pub const fn new(id: &'static str, text: &'static str, kind: ItemKind) -> Item {
        Item {
            id,
            text,
            detail: "",
            kind,
            dimension: "",
            reverse: false,
            optional: false,
        }
    }
    pub const fn detail(self, detail: &'static str) -> Item {
        Item { detail, ..self }
    }
    pub const fn dim(self, dimension: &'static str) -> Item {
        Item { dimension, ..self }
    }
    pub const fn reversed(self) -> Item {
        Item {
            reverse: true,
            ..self
        }
    }
    pub const fn optional(self) -> Item {
        Item {
            optional: true,
            ..self
        }
    }
}

/// What kind of answer an item takes, with everything needed to render it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ItemKind {
    /// Agreement on a labelled scale (1–5). Answer: [`Answer::Scale`](super::Answer::Scale).
    Likert(&'static Scale),
    /// Pick one option. Answer: [`Answer::Choice`](super::Answer::Choice) with the option id.
    Choice(&'static [ChoiceOption]),
    /// Like / unsure / dislike ([`PREFERENCE_OPTIONS`]). Answer: `Choice`.
    Preference,
    /// Two ratings of the same thing, such as skill and enjoyment. Answer: `Pair`.
    Pair(&'static Scale, &'static Scale),
    /// A card placed into one group. Answer: `Choice` with the group id.
    Sort(&'static [ChoiceOption]),
    /// Order the top `count` cards of this instrument's sort. Cards come from `from`
    /// groups in priority order; see [`RankPool`](super::RankPool) for the rule.
    /// Answer: `Ranking`.
    Rank {
        count: u8,
        from: &'static [&'static str],
    },
    /// A number on a scale such as 1–10. Answer: `Scale`.
    Rating(&'static Scale),
    /// Free text. `lead` introduces it in an assembled statement. Answer: `Text`.
    Text { lead: &'static str },
    /// Several records of prompted text fields (such as beliefs). Answer: `Records`.
    Records { fields: &'static [Field], max: u8 },
}

impl ItemKind {
    /// The options of a choice, preference or sort item; empty for other kinds.
    pub fn options(&self) -> &'static [ChoiceOption] {
        match self {
            ItemKind::Choice(o) | ItemKind::Sort(o) => o,
            ItemKind::Preference => PREFERENCE_OPTIONS,
            _ => &[],
        }
    }

    /// The scale of a Likert or rating item.
    pub fn scale(&self) -> Option<&'static Scale> {
        match self {
            ItemKind::Likert(s) | ItemKind::Rating(s) => Some(s),
            _ => None,
        }
    }
}

/// A numeric scale with words for its ends and, optionally, for each point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    /// What is being rated ("Skill", "Enjoyment"); may be empty.
    pub name: &'static str,
    pub min: u8,
    pub max: u8,
    pub low: &'static str,
    pub high: &'static str,
    /// One label per point from `min` to `max`, or empty.
    pub points: &'static [&'static str],
}

impl Scale {
    pub fn contains(&self, value: u8) -> bool {
        (self.min..=self.max).contains(&value)
    }

    /// The words for one point, when the scale has them.
    pub fn point_label(&self, value: u8) -> Option<&'static str> {
        if !self.contains(value) {
            return None;
        }
        self.points.get(usize::from(value - self.min)).copied()
    }
}

/// An option of a choice, a preference or a sort group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChoiceOption {
    pub id: &'static str,
    pub label: &'static str,
    /// What choosing it is worth to a scoring rule that adds points.
    pub points: u8,
}

impl ChoiceOption {
    pub const fn new(id: &'static str, label: &'static str, points: u8) -> ChoiceOption {
        ChoiceOption { id, label, points }
    }
}

/// The three answers to an activity: like (2), unsure (1), dislike (0).
pub const PREFERENCE_OPTIONS: &[ChoiceOption] = &[
    ChoiceOption::new("like", "Like", 2),
    ChoiceOption::new("unsure", "Not sure", 1),
    ChoiceOption::new("dislike", "Dislike", 0),
];

/// One text field of a record item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub id: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    /// A record counts as done only when every required field has text.
    pub required: bool,
}

/// Something answers are scored on or grouped by, with the words that explain it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dimension {
    pub id: &'static str,
    pub name: &'static str,
    /// A friendly second name ("the Helper"); may be empty.
    pub nickname: &'static str,
    /// One line on what it is about.
    pub summary: &'static str,
    /// A warm paragraph for a results page.
    pub paragraph: &'static str,
    /// Example fields of work or settings.
    pub examples: &'static [&'static str],
    /// Words for the two ends of a scale ("Reflective", "Outgoing").
    pub low_pole: &'static str,
    pub high_pole: &'static str,
    pub tips: Tips,
}

impl Dimension {
    pub const fn new(id: &'static str, name: &'static str) -> Dimension {
        Dimension {
            id,
            name,
            nickname: "",
            summary: "",
            paragraph: "",
            examples: &[],
            low_pole: "",
            high_pole: "",
            tips: Tips {
                low: "",
                middle: "",
                high: "",
            },
        }
    }
    pub const fn nickname(self, nickname: &'static str) -> Dimension {
        Dimension { nickname, ..self }
    }
    pub const fn summary(self, summary: &'static str) -> Dimension {
        Dimension { summary, ..self }
    }
    pub const fn paragraph(self, paragraph: &'static str) -> Dimension {
        Dimension { paragraph, ..self }
    }
    pub const fn examples(self, examples: &'static [&'static str]) -> Dimension {
        Dimension { examples, ..self }
    }
    pub const fn poles(self, low_pole: &'static str, high_pole: &'static str) -> Dimension {
        Dimension {
            low_pole,
            high_pole,
            ..self
        }
    }
    pub const fn tips(
        self,
        low: &'static str,
        middle: &'static str,
        high: &'static str,
    ) -> Dimension {
        Dimension {
            tips: Tips { low, middle, high },
            ..self
        }
    }

    /// The tip for a score band.
    pub fn tip(&self, band: super::Band) -> &'static str {
        match band {
            super::Band::Low => self.tips.low,
            super::Band::Middle => self.tips.middle,
            super::Band::High => self.tips.high,
        }
    }
}

/// Work tips for a low, middle and high score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tips {
    pub low: &'static str,
    pub middle: &'static str,
    pub high: &'static str,
}

/// Where a 0–100 score counts as low or high: low below `low_below`, high above
/// `high_above`, middle from one to the other inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bands {
    pub low_below: u8,
    pub high_above: u8,
}

/// The rule that turns a complete answer set into an [`Outcome`](super::Outcome).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scoring {
    /// Cards sorted into groups plus a ranked top list (the values sort).
    /// `headline` names the top card ("Top value").
    SortRank { headline: &'static str },
    /// Points per dimension from Likert, preference or choice items, reverse keys
    /// applied, normalised to 0–100. When `code_length` > 0 the highest dimensions'
    /// ids form a code (ties broken by dimension order). `headline` prefixes it.
    Dimensions {
        code_length: u8,
        bands: Bands,
        headline: &'static str,
    },
    /// Pair items (first = proficiency, second = enjoyment) placed on a 2×2 map;
    /// a rating is high when it is at least `high_from`.
    Quadrants {
        high_from: u8,
        texts: &'static [QuadrantText; 4],
    },
    /// Rating items as scores with an average and the lowest areas; a choice item,
    /// if present, records where the person wants to focus.
    Ratings,
    /// Text items assembled into a draft statement the person can edit.
    Statement,
    /// Records with the fields `belief`, `evidence_for`, `evidence_against`,
    /// `reframe` and `experiment`, kept as belief reframes.
    Beliefs,
}

/// A quadrant's name and what it means, in the order of
/// [`Quadrant::ALL`](super::Quadrant::ALL).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuadrantText {
    pub name: &'static str,
    pub meaning: &'static str,
}
