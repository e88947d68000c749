//! Limiting beliefs: for each belief, what seems to support it, what doesn't fit it,
//! a kinder and more accurate reframe, and a small experiment to test it.

use super::{BELIEFS_ID, REFLECTION_NOTE};
use crate::discover::{Field, Instrument, Item, ItemKind, Layout, Scoring};

/// The fields of one belief record, in the order they are filled in. The ids are
/// the ones `Scoring::Beliefs` reads.
pub const FIELDS: &[Field] = &[
    Field {
        id: "belief",
        label: "The belief",
        hint: "A thought that holds you back, in the words you'd use. For example: \
               \"I'm not experienced enough to apply for that.\"",
        required: true,
    },
    Field {
        id: "evidence_for",
        label: "What seems to support it",
        hint: "Facts or experiences that make it feel true.",
        required: false,
    },
    Field {
        id: "evidence_against",
        label: "What doesn't fit it",
        hint: "Times it wasn't true, things others have said, what a friend would point out.",
        required: false,
    },
    Field {
        id: "reframe",
        label: "A more balanced way to put it",
        hint: "Something that is both kinder and closer to the whole picture. For example: \
               \"I meet most of what they ask for, and I learn quickly.\"",
        required: true,
    },
    Field {
        id: "experiment",
        label: "A small experiment",
        hint: "One small, safe step that would test the belief. It can become a goal.",
        required: false,
    },
];

pub static BELIEFS: Instrument = Instrument {
    id: BELIEFS_ID,
    title: "Limiting beliefs",
    purpose: "Look again at a thought that holds you back, and plan a small way to test it.",
    minutes: 10,
    note: REFLECTION_NOTE,
    prompt: "Most of us carry a few thoughts about work that quietly hold us back. Pick \
             one or more and look at them from every side. Be as kind to yourself as you \
             would be to a friend.",
    dimensions: &[],
    items: &[Item::new(
        "beliefs",
        "Beliefs to look at",
        ItemKind::Records {
            fields: FIELDS,
            max: 10,
        },
    )
    .detail("Add as many as you like. Each needs the belief and a reframe to count as done.")],
    layout: Layout::OnePerScreen,
    scoring: Scoring::Beliefs,
};
