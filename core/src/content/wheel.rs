//! The career satisfaction wheel: eight areas of working life rated 1–10, then one
//! chosen as the place to start. Retaken over time, it shows what has changed.

use super::{REFLECTION_NOTE, SATISFACTION, WHEEL_ID};
use crate::discover::{ChoiceOption, Instrument, Item, ItemKind, Layout, Scoring};

const fn area(id: &'static str, name: &'static str, detail: &'static str) -> Item {
    Item::new(id, name, ItemKind::Rating(&SATISFACTION)).detail(detail)
}

pub static WHEEL: Instrument = Instrument {
    id: WHEEL_ID,
    title: "Career satisfaction wheel",
    purpose: "Take a snapshot of how satisfied you feel with eight areas of working life.",
    minutes: 4,
    note: REFLECTION_NOTE,
    prompt: "How satisfied are you with each area right now, from 1 (not at all) to 10 \
             (completely)? If you are between jobs, think of your most recent work or of \
             what you have now.",
    dimensions: &[],
    items: &[
        area("role", "Role", "The work you actually do from day to day."),
        area("pay", "Pay", "Your pay, benefits and financial security."),
        area(
            "growth",
            "Growth",
            "Chances to learn, stretch and move forward.",
        ),
        area(
            "relationships",
            "Relationships",
            "The people you work with and for.",
        ),
        area(
            "balance",
            "Balance",
            "How work fits with the rest of your life.",
        ),
        area("purpose", "Purpose", "How much your work means to you."),
        area(
            "environment",
            "Environment",
            "Where and how you work: place, tools, culture.",
        ),
        area(
            "recognition",
            "Recognition",
            "Whether your contribution is seen and valued.",
        ),
        Item::new(
            "focus",
            "If one area could improve over the next three months, which would you choose?",
            ItemKind::Choice(&[
                ChoiceOption::new("role", "Role", 0),
                ChoiceOption::new("pay", "Pay", 0),
                ChoiceOption::new("growth", "Growth", 0),
                ChoiceOption::new("relationships", "Relationships", 0),
                ChoiceOption::new("balance", "Balance", 0),
                ChoiceOption::new("purpose", "Purpose", 0),
                ChoiceOption::new("environment", "Environment", 0),
                ChoiceOption::new("recognition", "Recognition", 0),
            ]),
        )
        .detail("It doesn't have to be the lowest one. Pick the one you most want to change."),
    ],
    layout: Layout::Chunks(4),
    scoring: Scoring::Ratings,
};
