//! Instrument content: every question, card, scale and explanation the discover
//! engine runs, as plain `const` data. Adding an instrument means adding a module
//! here and listing it in [`ALL`]; the engine in [`crate::discover`] does the rest.

mod beliefs;
mod interests;
pub mod questions;
mod skills;
mod style;
mod values;
mod vision;
mod wheel;

#[cfg(test)]
mod tests;

use crate::discover::{Instrument, Scale};

pub use beliefs::BELIEFS;
pub use interests::INTERESTS;
pub use skills::SKILLS;
pub use style::STYLE;
pub use values::VALUES;
pub use vision::VISION;
pub use wheel::WHEEL;

/// Stable instrument ids, as stored in workbooks. Never change them.
pub const VALUES_ID: &str = "values";
pub const INTERESTS_ID: &str = "interests";
pub const SKILLS_ID: &str = "skills";
pub const WHEEL_ID: &str = "wheel";
pub const STYLE_ID: &str = "style";
pub const VISION_ID: &str = "vision";
pub const BELIEFS_ID: &str = "beliefs";

/// Every instrument, in the order `/discover` lists them.
pub static ALL: [&Instrument; 7] = [
    &VALUES, &INTERESTS, &SKILLS, &WHEEL, &STYLE, &VISION, &BELIEFS,
];

/// The instrument with this id.
pub fn instrument(id: &str) -> Option<&'static Instrument> {
    ALL.iter().copied().find(|i| i.id == id)
}

/// The note every instrument carries, in its own words where it needs them.
pub const REFLECTION_NOTE: &str = "This is a reflection aid, not a test. There are no right \
    or wrong answers, and nothing here measures your worth or predicts your future. Use \
    what rings true, question what doesn't, and change your answers whenever you like.";

/// Agreement, for statements about yourself.
pub const AGREEMENT: Scale = Scale {
    name: "Agreement",
    min: 1,
    max: 5,
    low: "Strongly disagree",
    high: "Strongly agree",
    points: &[
        "Strongly disagree",
        "Disagree",
        "Neither agree nor disagree",
        "Agree",
        "Strongly agree",
    ],
};

/// How well you can do something today.
pub const PROFICIENCY: Scale = Scale {
    name: "How skilled",
    min: 1,
    max: 5,
    low: "Just starting",
    high: "Very skilled",
    points: &[
        "Just starting",
        "Some experience",
        "Capable",
        "Skilled",
        "Very skilled",
    ],
};

/// How much you enjoy doing it.
pub const ENJOYMENT: Scale = Scale {
    name: "How much I enjoy it",
    min: 1,
    max: 5,
    low: "Drains me",
    high: "Love it",
    points: &["Drains me", "Not much", "It's okay", "Enjoy it", "Love it"],
};

/// Satisfaction from 1 to 10.
pub const SATISFACTION: Scale = Scale {
    name: "Satisfaction",
    min: 1,
    max: 10,
    low: "Not at all satisfied",
    high: "Completely satisfied",
    points: &[],
};
