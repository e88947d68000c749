//! Vision: guided prompts for an ideal workday and the one-, five- and ten-year
//! picture, assembled into a draft statement the person then edits.

use super::{REFLECTION_NOTE, VISION_ID};
use crate::discover::{Instrument, Item, ItemKind, Layout, Scoring};

const fn prompt(
    id: &'static str,
    lead: &'static str,
    text: &'static str,
    hint: &'static str,
) -> Item {
    Item::new(id, text, ItemKind::Text { lead }).detail(hint)
}

pub static VISION: Instrument = Instrument {
    id: VISION_ID,
    title: "Vision",
    purpose: "Picture the working life you want, then turn it into a statement you can return to.",
    minutes: 15,
    note: REFLECTION_NOTE,
    prompt: "Write in your own words, as much or as little as you like. Short notes are \
             fine, and you can polish the statement at the end.",
    dimensions: &[],
    items: &[
        prompt(
            "ideal_day",
            "On a good workday:",
            "Picture an ordinary, good workday a few years from now. What are you doing, \
             where, and with whom?",
            "Think about the tasks, the pace, the people and how you feel at the end of it.",
        ),
        prompt(
            "one_year",
            "A year from now:",
            "One year from now, what has changed in your working life?",
            "Something realistic you would be glad to see: a new skill, a new role, more time.",
        ),
        prompt(
            "five_years",
            "In five years:",
            "Five years from now, what does your work look like?",
            "Let yourself be a little bolder here.",
        ),
        prompt(
            "ten_years",
            "In ten years:",
            "Ten years from now, what would you love to be able to say about your work?",
            "Think about what you have built, learned or given.",
        ),
        prompt(
            "why",
            "Why it matters to me:",
            "Why does this picture matter to you?",
            "What would it make possible, for you or for people you care about?",
        )
        .optional(),
    ],
    layout: Layout::OnePerScreen,
    scoring: Scoring::Statement,
};
