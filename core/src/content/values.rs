//! The work values sort: 24 values, each placed in one of three groups, then the top
//! five ranked (very important values first; see `RankPool` for the rule).

use super::{REFLECTION_NOTE, VALUES_ID};
use crate::discover::{ChoiceOption, Instrument, Item, ItemKind, Layout, Scoring};

/// The three piles a value can go into, most important first.
pub const GROUPS: &[ChoiceOption] = &[
    ChoiceOption::new("very", "Very important", 2),
    ChoiceOption::new("important", "Important", 1),
    ChoiceOption::new("less", "Less important", 0),
];

const fn value(id: &'static str, name: &'static str, detail: &'static str) -> Item {
    Item::new(id, name, ItemKind::Sort(GROUPS)).detail(detail)
}

pub static VALUES: Instrument = Instrument {
    id: VALUES_ID,
    title: "Work values sort",
    purpose: "Sort what matters to you at work, then pick the five that matter most.",
    minutes: 10,
    note: REFLECTION_NOTE,
    prompt: "How important is each of these to you in your working life? Go with your \
             first feeling; you can move any card later.",
    dimensions: &[],
    items: &[
        value(
            "autonomy",
            "Autonomy",
            "Freedom to decide how I do my work.",
        ),
        value(
            "security",
            "Security",
            "A steady job and income I can count on.",
        ),
        value(
            "creativity",
            "Creativity",
            "Room to come up with new ideas and make things.",
        ),
        value(
            "helping",
            "Helping others",
            "Making a real difference in people's lives.",
        ),
        value(
            "income",
            "Income",
            "Earning enough to live the way I want to.",
        ),
        value(
            "recognition",
            "Recognition",
            "Having my effort noticed and appreciated.",
        ),
        value(
            "variety",
            "Variety",
            "Different tasks, places or people from one day to the next.",
        ),
        value(
            "balance",
            "Work–life balance",
            "Time and energy left over for life outside work.",
        ),
        value(
            "learning",
            "Learning",
            "Growing my knowledge and skills as I go.",
        ),
        value(
            "leadership",
            "Leadership",
            "Guiding people and shaping where things are heading.",
        ),
        value(
            "teamwork",
            "Teamwork",
            "Working closely with others toward a shared aim.",
        ),
        value(
            "achievement",
            "Achievement",
            "Reaching goals and seeing what my effort produced.",
        ),
        value(
            "purpose",
            "Purpose",
            "Work that connects to something I care about deeply.",
        ),
        value(
            "integrity",
            "Integrity",
            "Work that fits my own sense of what is right and fair.",
        ),
        value(
            "mastery",
            "Mastery",
            "Going deep and becoming really good at something.",
        ),
        value(
            "challenge",
            "Challenge",
            "Problems that stretch me and test what I can do.",
        ),
        value(
            "flexibility",
            "Flexibility",
            "Some say over where and when I work.",
        ),
        value(
            "belonging",
            "Belonging",
            "Feeling at home among people I like and trust.",
        ),
        value(
            "influence",
            "Influence",
            "Having a say in decisions that matter.",
        ),
        value("adventure", "Adventure", "Pace, novelty and a little risk."),
        value(
            "stability",
            "Clear structure",
            "Knowing what is expected and having a dependable routine.",
        ),
        value(
            "beauty",
            "Beauty",
            "Making, or being surrounded by, things that look and feel good.",
        ),
        value(
            "community",
            "Community",
            "Contributing to my neighbourhood or the wider world.",
        ),
        value(
            "enjoyment",
            "Enjoyment",
            "Work that is fun, with good humour along the way.",
        ),
        Item::new(
            "top5",
            "Now choose your top five and put them in order",
            ItemKind::Rank {
                count: 5,
                from: &["very", "important"],
            },
        )
        .detail(
            "Pick from the values you marked very important. If you marked fewer than \
             five, all of them are in, and you can add from the important ones.",
        ),
    ],
    layout: Layout::Chunks(6),
    scoring: Scoring::SortRank {
        headline: "Top value",
    },
};
