//! What a goal can say it serves: suggestions for the wizard's Relevant step from the
//! person's discovery results (top values, motivated strengths, growth areas,
//! interests, the vision), which of them a goal is linked to, and the goal's "why"
//! grouped for display. Labels are stored on the goal as the names the person saw.

use chrono::{DateTime, Utc};

use super::{Goal, LinkKind, Links};
use crate::discover::{AnchorKind, ProfileSummary};

/// Where a link is kept on a goal: one of the label lists, or the vision flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkTarget {
    Kind(LinkKind),
    Vision,
}

impl LinkTarget {
    /// Every target, in the order the Relevant step offers them.
    pub const ALL: [LinkTarget; 5] = [
        LinkTarget::Kind(LinkKind::Value),
        LinkTarget::Kind(LinkKind::Strength),
        LinkTarget::Kind(LinkKind::GrowthArea),
        LinkTarget::Kind(LinkKind::Interest),
        LinkTarget::Vision,
    ];

    /// A heading for the group of suggestions of this kind.
    pub fn group_label(self) -> &'static str {
        match self {
            LinkTarget::Kind(LinkKind::Value) => "Your top values",
            LinkTarget::Kind(LinkKind::Strength) => "Your motivated strengths",
            LinkTarget::Kind(LinkKind::GrowthArea) => "Skills you'd enjoy growing",
            LinkTarget::Kind(LinkKind::Interest) => "Your interests",
            LinkTarget::Vision => "Your vision",
        }
    }

    /// A short name for one link of this kind, for the goal's "why".
    pub fn short_label(self) -> &'static str {
        match self {
            LinkTarget::Kind(LinkKind::Value) => "Values",
            LinkTarget::Kind(LinkKind::Strength) => "Strengths",
            LinkTarget::Kind(LinkKind::GrowthArea) => "Growing",
            LinkTarget::Kind(LinkKind::Interest) => "Interests",
            LinkTarget::Vision => "Vision",
        }
    }

    /// A stable key, for form ids.
    pub fn key(self) -> &'static str {
        match self {
            LinkTarget::Kind(LinkKind::Value) => "value",
            LinkTarget::Kind(LinkKind::Strength) => "strength",
            LinkTarget::Kind(LinkKind::GrowthArea) => "growth",
            LinkTarget::Kind(LinkKind::Interest) => "interest",
            LinkTarget::Vision => "vision",
        }
    }
}

/// One thing from discovery a goal could be linked to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkSuggestion {
    pub target: LinkTarget,
    /// The name shown and stored (for the vision, a shortened statement, shown only).
    pub label: String,
}

impl LinkSuggestion {
    pub fn new(target: LinkTarget, label: &str) -> LinkSuggestion {
        LinkSuggestion {
            target,
            label: label.trim().to_owned(),
        }
    }
}

/// A suggestion with whether the goal is linked to it now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkChoice {
    pub suggestion: LinkSuggestion,
    pub linked: bool,
    /// True when it came from the person's own words rather than discovery.
    pub own: bool,
}

/// Everything discovery offers a goal to link to, in the order the Relevant step
/// shows them: top values, motivated strengths, growth areas, interests, the vision.
/// Empty until the person has finished at least one of those exercises.
pub fn link_suggestions(profile: &ProfileSummary) -> Vec<LinkSuggestion> {
    let anchors = profile.anchors();
    let of = |kind: AnchorKind, target: LinkTarget| {
        anchors
            .iter()
            .filter(move |a| a.kind == kind && !a.name.trim().is_empty())
            .map(move |a| LinkSuggestion::new(target, &a.name))
    };
    let growth = profile
        .skills
        .iter()
        .flat_map(|s| s.growth_areas.iter())
        .filter(|n| !n.name.trim().is_empty())
        .map(|n| LinkSuggestion::new(LinkTarget::Kind(LinkKind::GrowthArea), &n.name));
    let mut out: Vec<LinkSuggestion> = Vec::new();
    out.extend(of(AnchorKind::Value, LinkTarget::Kind(LinkKind::Value)));
    out.extend(of(
        AnchorKind::Strength,
        LinkTarget::Kind(LinkKind::Strength),
    ));
    out.extend(growth);
    out.extend(of(
        AnchorKind::Interest,
        LinkTarget::Kind(LinkKind::Interest),
    ));
    out.extend(of(AnchorKind::Vision, LinkTarget::Vision));
    out
}

impl Links {
    /// True when the goal is linked to this target and label (the vision by its flag).
    pub fn has(&self, target: LinkTarget, label: &str) -> bool {
        match target {
            LinkTarget::Kind(kind) => self.contains(kind, label),
            LinkTarget::Vision => self.vision,
        }
    }

    fn labels(&self, kind: LinkKind) -> &[String] {
        match kind {
            LinkKind::Value => &self.values,
            LinkKind::Strength => &self.strengths,
            LinkKind::Interest => &self.interests,
            LinkKind::GrowthArea => &self.growth_areas,
        }
    }
}

/// The suggestions with their linked state, followed by anything the goal is linked
/// to that discovery does not offer (the person's own words, or results since
/// retaken), so nothing linked is ever hidden. Own words come after the suggestions
/// of their kind.
pub fn link_choices(links: &Links, suggestions: &[LinkSuggestion]) -> Vec<LinkChoice> {
    let mut out = Vec::new();
    for target in LinkTarget::ALL {
        for s in suggestions.iter().filter(|s| s.target == target) {
            out.push(LinkChoice {
                suggestion: s.clone(),
                linked: links.has(s.target, &s.label),
                own: false,
            });
        }
        match target {
            LinkTarget::Kind(kind) => {
                for label in links.labels(kind) {
                    let offered = suggestions
                        .iter()
                        .any(|s| s.target == target && s.label == label.trim());
                    if !offered && !label.trim().is_empty() {
                        out.push(LinkChoice {
                            suggestion: LinkSuggestion::new(target, label),
                            linked: true,
                            own: true,
                        });
                    }
                }
            }
            LinkTarget::Vision => {
                let offered = suggestions.iter().any(|s| s.target == LinkTarget::Vision);
                if links.vision && !offered {
                    out.push(LinkChoice {
                        suggestion: LinkSuggestion::new(LinkTarget::Vision, "My vision"),
                        linked: true,
                        own: true,
                    });
                }
            }
        }
    }
    out
}

impl Links {
    /// Links or unlinks one suggestion; returns whether it is linked afterwards.
    pub fn toggle_suggestion(&mut self, suggestion: &LinkSuggestion) -> bool {
        match suggestion.target {
            LinkTarget::Kind(kind) => self.toggle(kind, &suggestion.label),
            LinkTarget::Vision => {
                self.vision = !self.vision;
                self.vision
            }
        }
    }

    /// Links something in the person's own words as a value (what matters to them).
    /// Returns false, changing nothing, for blank text or a value already linked.
    pub fn add_own_words(&mut self, text: &str) -> bool {
        let text = text.trim();
        if text.is_empty() || self.contains(LinkKind::Value, text) {
            return false;
        }
        self.toggle(LinkKind::Value, text)
    }
}

impl Goal {
    /// Links or unlinks one suggestion; returns whether it is linked afterwards.
    pub fn toggle_suggestion(&mut self, suggestion: &LinkSuggestion, now: DateTime<Utc>) -> bool {
        let linked = self.links.toggle_suggestion(suggestion);
        self.touch(now);
        linked
    }

    /// Links something in the person's own words as a value; see [`Links::add_own_words`].
    pub fn link_own_words(&mut self, text: &str, now: DateTime<Utc>) -> bool {
        let added = self.links.add_own_words(text);
        if added {
            self.touch(now);
        }
        added
    }
}

/// One line of a goal's "why": a kind and the names linked under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhyGroup {
    pub target: LinkTarget,
    pub labels: Vec<String>,
}

/// The goal's links grouped for display, skipping empty groups. The vision shows the
/// person's statement when there is one, else "Your vision".
pub fn why_groups(links: &Links, vision_statement: Option<&str>) -> Vec<WhyGroup> {
    let mut out = Vec::new();
    for target in LinkTarget::ALL {
        let labels: Vec<String> = match target {
            LinkTarget::Kind(kind) => links
                .labels(kind)
                .iter()
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect(),
            LinkTarget::Vision if links.vision => {
                let statement = vision_statement.map(str::trim).unwrap_or_default();
                vec![if statement.is_empty() {
                    "Your vision".to_owned()
                } else {
                    statement.to_owned()
                }]
            }
            LinkTarget::Vision => Vec::new(),
        };
        if !labels.is_empty() {
            out.push(WhyGroup { target, labels });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discover::{Named, SkillsPart, ValuesPart, VisionPart};
    use crate::goals::test_support::at;

    fn named(name: &str) -> Named {
        Named {
            id: name.to_lowercase(),
            name: name.into(),
            detail: String::new(),
        }
    }

    fn profile() -> ProfileSummary {
        ProfileSummary {
            values: Some(ValuesPart {
                taken_at: at(2026, 1, 1),
                headline: String::new().into(),
                top: vec![named("Learning"), named("Autonomy")],
            }),
            skills: Some(SkillsPart {
                taken_at: at(2026, 1, 1),
                headline: String::new().into(),
                strengths: vec![named("Writing")],
                growth_areas: vec![named("Coding")],
                burnout_risks: vec![named("Record keeping")],
            }),
            vision: Some(VisionPart {
                taken_at: at(2026, 1, 1),
                statement: "Teaching people who want to learn".into(),
            }),
            ..ProfileSummary::default()
        }
    }

    #[test]
    fn suggestions_come_in_the_order_the_relevant_step_shows_them() {
        let got: Vec<(LinkTarget, String)> = link_suggestions(&profile())
            .into_iter()
            .map(|s| (s.target, s.label))
            .collect();
        assert_eq!(
            got,
            vec![
                (LinkTarget::Kind(LinkKind::Value), "Learning".into()),
                (LinkTarget::Kind(LinkKind::Value), "Autonomy".into()),
                (LinkTarget::Kind(LinkKind::Strength), "Writing".into()),
                (LinkTarget::Kind(LinkKind::GrowthArea), "Coding".into()),
                (
                    LinkTarget::Vision,
                    "Teaching people who want to learn".into()
                ),
            ]
        );
    }

    #[test]
    fn an_empty_profile_suggests_nothing() {
        assert!(link_suggestions(&ProfileSummary::default()).is_empty());
    }

    #[test]
    fn toggling_a_suggestion_links_and_unlinks_it_and_makes_the_goal_relevant() {
        let now = at(2026, 2, 1);
        let mut goal = Goal::new("g".into(), now);
        let suggestions = link_suggestions(&profile());
        assert!(goal.toggle_suggestion(&suggestions[3], now));
        assert_eq!(goal.links.growth_areas, vec!["Coding".to_string()]);
        assert!(goal.links.any());
        assert!(!goal.toggle_suggestion(&suggestions[3], now));
        assert!(!goal.links.any());
        assert!(goal.toggle_suggestion(&suggestions[4], now), "vision on");
        assert!(goal.links.vision);
        assert!(!goal.toggle_suggestion(&suggestions[4], now), "vision off");
    }

    #[test]
    fn choices_mark_what_is_linked_and_keep_own_words_visible() {
        let now = at(2026, 2, 1);
        let mut goal = Goal::new("g".into(), now);
        goal.toggle_link(LinkKind::Value, "Autonomy", now);
        assert!(goal.link_own_words("  Time with my family ", now));
        assert!(
            !goal.link_own_words("Time with my family", now),
            "no doubles"
        );
        assert!(!goal.link_own_words("   ", now));
        let choices = link_choices(&goal.links, &link_suggestions(&profile()));
        let shown: Vec<(&str, bool, bool)> = choices
            .iter()
            .map(|c| (c.suggestion.label.as_str(), c.linked, c.own))
            .collect();
        assert_eq!(
            shown,
            vec![
                ("Learning", false, false),
                ("Autonomy", true, false),
                ("Time with my family", true, true),
                ("Writing", false, false),
                ("Coding", false, false),
                ("Teaching people who want to learn", false, false),
            ]
        );
    }

    #[test]
    fn a_vision_link_without_a_vision_result_still_shows() {
        let links = Links {
            vision: true,
            ..Links::default()
        };
        let choices = link_choices(&links, &[]);
        assert_eq!(choices.len(), 1);
        assert!(choices[0].linked && choices[0].own);
    }

    #[test]
    fn why_groups_skip_empty_kinds_and_show_the_vision_statement() {
        let links = Links {
            values: vec!["Learning".into(), " ".into()],
            growth_areas: vec!["Coding".into()],
            vision: true,
            ..Links::default()
        };
        let groups = why_groups(&links, Some("Teaching"));
        assert_eq!(
            groups,
            vec![
                WhyGroup {
                    target: LinkTarget::Kind(LinkKind::Value),
                    labels: vec!["Learning".into()]
                },
                WhyGroup {
                    target: LinkTarget::Kind(LinkKind::GrowthArea),
                    labels: vec!["Coding".into()]
                },
                WhyGroup {
                    target: LinkTarget::Vision,
                    labels: vec!["Teaching".into()]
                },
            ]
        );
        assert_eq!(why_groups(&links, None)[2].labels, vec!["Your vision"]);
        assert!(why_groups(&Links::default(), None).is_empty());
    }
}
