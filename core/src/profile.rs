//! Who the workbook belongs to: an optional first name and the situation that brought
//! them here, which shapes the path the app suggests.

use serde::{Deserialize, Serialize};

/// The situations people most often bring to career coaching.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    ChangingCareers,
    EarlyCareer,
    Stalled,
    Returning,
    StartingBusiness,
    Exploring,
}

impl Situation {
    pub const ALL: [Situation; 6] = [
        Situation::ChangingCareers,
        Situation::EarlyCareer,
        Situation::Stalled,
        Situation::Returning,
        Situation::StartingBusiness,
        Situation::Exploring,
    ];

    /// A short label, phrased as the person would say it.
    pub fn label(self) -> &'static str {
        match self {
            Situation::ChangingCareers => "I'm changing careers",
            Situation::EarlyCareer => "I'm early in my career and choosing a direction",
            Situation::Stalled => "I feel stuck or stalled where I am",
            Situation::Returning => "I'm returning to work after a break",
            Situation::StartingBusiness => "I'm thinking of starting my own business",
            Situation::Exploring => "I'm just exploring",
        }
    }

    /// The stable key used in stored data and form values.
    pub fn key(self) -> &'static str {
        match self {
            Situation::ChangingCareers => "changing_careers",
            Situation::EarlyCareer => "early_career",
            Situation::Stalled => "stalled",
            Situation::Returning => "returning",
            Situation::StartingBusiness => "starting_business",
            Situation::Exploring => "exploring",
        }
    }

    pub fn from_key(key: &str) -> Option<Situation> {
        Situation::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Where this person might most usefully begin, in plain words.
    pub fn suggested_start(self) -> &'static str {
        match self {
            Situation::ChangingCareers => {
                "Start with your work values and interests: they show which new directions fit you, before you pick one."
            }
            Situation::EarlyCareer => {
                "Start with interests and motivated skills: they point to kinds of work worth trying early on."
            }
            Situation::Stalled => {
                "Start with the satisfaction wheel: it shows which part of work feels stuck, so you can aim at that."
            }
            Situation::Returning => {
                "Start with motivated skills: they remind you what you bring, and which skills to refresh."
            }
            Situation::StartingBusiness => {
                "Start with your vision and work values: a business is easier to shape when you know what it is for."
            }
            Situation::Exploring => {
                "Start with whichever exercise catches your eye. The work values sort is a friendly first step."
            }
        }
    }
}

/// The person's own details. Everything is optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Profile {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub situation: Option<Situation>,
    /// Set once the welcome has been completed or skipped.
    #[serde(default)]
    pub welcomed: bool,
}

impl Profile {
    /// The name to greet with, trimmed; `None` when they left it blank.
    pub fn greeting_name(&self) -> Option<&str> {
        let n = self.name.trim();
        (!n.is_empty()).then_some(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_situation_round_trips_through_its_key() {
        for s in Situation::ALL {
            assert_eq!(Situation::from_key(s.key()), Some(s));
        }
        assert_eq!(Situation::from_key("astronaut"), None);
    }

    #[test]
    fn blank_name_has_no_greeting() {
        let p = Profile {
            name: "  ".into(),
            ..Default::default()
        };
        assert_eq!(p.greeting_name(), None);
        let p = Profile {
            name: " Ada ".into(),
            ..Default::default()
        };
        assert_eq!(p.greeting_name(), Some("Ada"));
    }
}
