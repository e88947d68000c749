//! Who the workbook belongs to: an optional first name and the situation that brought
//! them here, which shapes the path the app suggests.

use serde::{Deserialize, Serialize};

use crate::goals::TemplateId;

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
    /// Retired or semi-retired, looking for part-time or meaningful work.
    Retired,
    /// Freelancing, or building a career of several kinds of work at once.
    Portfolio,
}

impl Situation {
    pub const ALL: [Situation; 8] = [
        Situation::ChangingCareers,
        Situation::EarlyCareer,
        Situation::Stalled,
        Situation::Returning,
        Situation::StartingBusiness,
        Situation::Retired,
        Situation::Portfolio,
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
            Situation::Retired => {
                "I'm retired or semi-retired, and looking for part-time or meaningful work"
            }
            Situation::Portfolio => "I'm freelancing or building a portfolio career",
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
            Situation::Retired => "retired",
            Situation::Portfolio => "portfolio",
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
            Situation::Retired => {
                "Start with your work values and your vision: they help you choose work worth your time now, in the hours you want to give."
            }
            Situation::Portfolio => {
                "Start with motivated skills and interests: they show which strands of work to grow, and how to describe them together."
            }
        }
    }

    /// The goal templates that fit this situation best, most fitting first. The rest
    /// are still offered after them.
    pub fn templates(self) -> &'static [TemplateId] {
        use TemplateId as T;
        match self {
            Situation::ChangingCareers => &[T::GrowNetwork, T::LearnSkill, T::JobSearch],
            Situation::EarlyCareer => &[T::JobSearch, T::LearnSkill, T::GrowNetwork],
            Situation::Stalled => &[T::Promotion, T::LearnSkill, T::JobSearch],
            Situation::Returning => &[T::ReturnToWork, T::LearnSkill, T::GrowNetwork],
            Situation::StartingBusiness => &[T::StartBusiness, T::GrowNetwork],
            Situation::Exploring => &[T::LearnSkill, T::GrowNetwork],
            Situation::Retired => &[T::MeaningfulWork, T::GrowNetwork, T::LearnSkill],
            Situation::Portfolio => &[T::PortfolioCareer, T::GrowNetwork, T::StartBusiness],
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
    fn every_situation_suggests_templates_that_exist_once_each() {
        for s in Situation::ALL {
            let ids = s.templates();
            assert!(!ids.is_empty(), "{s:?}");
            for (i, id) in ids.iter().enumerate() {
                assert!(!ids[..i].contains(id), "{s:?} lists {id:?} twice");
            }
        }
        assert_eq!(
            Situation::Retired.templates()[0],
            TemplateId::MeaningfulWork
        );
        assert_eq!(
            Situation::Portfolio.templates()[0],
            TemplateId::PortfolioCareer
        );
    }

    #[test]
    fn the_new_situations_are_stored_by_their_own_keys() {
        let p: Profile = serde_json::from_str(r#"{"situation":"retired"}"#).unwrap();
        assert_eq!(p.situation, Some(Situation::Retired));
        let p: Profile = serde_json::from_str(r#"{"situation":"portfolio"}"#).unwrap();
        assert_eq!(p.situation, Some(Situation::Portfolio));
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
