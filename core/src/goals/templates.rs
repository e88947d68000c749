//! Goal templates: ready-made starting points (find a job, a promotion, a new skill, a
//! wider network, a return to work, a business, meaningful part-time work, a portfolio
//! of work) that pre-fill the goal wizard. The words are data; [`template_goal`] turns
//! one into a goal dated from today, and [`templates_for`] puts the ones that fit a
//! person's situation first.

use chrono::{DateTime, Days, NaiveDate, Utc};

use super::{prefix, Category, Goal, Metric};

/// Which template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TemplateId {
    JobSearch,
    Promotion,
    LearnSkill,
    GrowNetwork,
    ReturnToWork,
    StartBusiness,
    MeaningfulWork,
    PortfolioCareer,
}

impl TemplateId {
    pub const ALL: [TemplateId; 8] = [
        TemplateId::JobSearch,
        TemplateId::Promotion,
        TemplateId::LearnSkill,
        TemplateId::GrowNetwork,
        TemplateId::ReturnToWork,
        TemplateId::StartBusiness,
        TemplateId::MeaningfulWork,
        TemplateId::PortfolioCareer,
    ];

    pub fn key(self) -> &'static str {
        self.template().key
    }

    pub fn from_key(key: &str) -> Option<TemplateId> {
        TemplateId::ALL.into_iter().find(|t| t.key() == key)
    }

    /// The template's content.
    pub fn template(self) -> &'static GoalTemplate {
        let index = match self {
            TemplateId::JobSearch => 0,
            TemplateId::Promotion => 1,
            TemplateId::LearnSkill => 2,
            TemplateId::GrowNetwork => 3,
            TemplateId::ReturnToWork => 4,
            TemplateId::StartBusiness => 5,
            TemplateId::MeaningfulWork => 6,
            TemplateId::PortfolioCareer => 7,
        };
        &TEMPLATES[index]
    }
}

/// The content of one template. Dates are offsets in days from the day it is used.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalTemplate {
    pub id: TemplateId,
    pub key: &'static str,
    /// The name on the template card.
    pub label: &'static str,
    /// One line on the card saying who it is for.
    pub blurb: &'static str,
    pub title: &'static str,
    pub outcome: &'static str,
    pub category: Category,
    pub metric_name: &'static str,
    pub metric_unit: &'static str,
    pub metric_start: f64,
    pub metric_target: f64,
    pub deadline_days: u64,
    /// (title, due in days) in order.
    pub milestones: &'static [(&'static str, u64)],
    pub obstacle_if: &'static str,
    pub obstacle_then: &'static str,
}

/// Every template, in the order they are offered.
pub const TEMPLATES: [GoalTemplate; 8] = [
    GoalTemplate {
        id: TemplateId::JobSearch,
        key: "job_search",
        label: "Find a new job",
        blurb: "For when you're ready to look for your next role.",
        title: "Land my next role",
        outcome: "Accept a job offer for a role that uses my strengths and fits my values",
        category: Category::JobSearch,
        metric_name: "Applications sent",
        metric_unit: "applications",
        metric_start: 0.0,
        metric_target: 20.0,
        deadline_days: 90,
        milestones: &[
            ("Write down the kind of role and employer you want", 7),
            ("Update your CV and online profile", 14),
            ("Send your first five applications", 30),
            ("Practise answers to common interview questions", 45),
            ("Follow up on every application you've sent", 60),
        ],
        obstacle_if: "I hear nothing back for two weeks",
        obstacle_then:
            "ask someone to look over my CV and try a different way in, such as a referral",
    },
    GoalTemplate {
        id: TemplateId::Promotion,
        key: "promotion",
        label: "Get a promotion",
        blurb: "For when you want to move up where you are.",
        title: "Earn my promotion",
        outcome: "Be promoted to the next level in my team, with the new title and pay",
        category: Category::Promotion,
        metric_name: "Promotion criteria met",
        metric_unit: "criteria",
        metric_start: 0.0,
        metric_target: 5.0,
        deadline_days: 180,
        milestones: &[
            ("Ask your manager what the next level looks like", 7),
            ("Choose two areas where you'll show growth", 14),
            ("Take on one piece of work people will notice", 45),
            ("Keep a record of your results as you go", 60),
            ("Ask for feedback on how you're doing", 90),
            ("Have the promotion conversation", 150),
        ],
        obstacle_if: "my manager is too busy to talk about it",
        obstacle_then: "book a short meeting with one clear question",
    },
    GoalTemplate {
        id: TemplateId::LearnSkill,
        key: "learn_skill",
        label: "Learn a skill",
        blurb: "For a skill you'd enjoy using or a gap you want to close.",
        title: "Learn a new skill",
        outcome: "Use my new skill with confidence on a real project at work",
        category: Category::Skill,
        metric_name: "Practice time",
        metric_unit: "hours",
        metric_start: 0.0,
        metric_target: 30.0,
        deadline_days: 90,
        milestones: &[
            ("Choose the skill and what \"good enough\" looks like", 3),
            ("Pick one course, book or person to learn from", 7),
            ("Practise at a set time each week", 21),
            ("Use the skill on a real task", 60),
            ("Ask someone for feedback on your work", 75),
        ],
        obstacle_if: "a busy week eats my practice time",
        obstacle_then: "do fifteen minutes instead of skipping it",
    },
    GoalTemplate {
        id: TemplateId::GrowNetwork,
        key: "grow_network",
        label: "Grow your network",
        blurb: "For meeting people in the work you want to do.",
        title: "Grow my professional network",
        outcome: "Have real conversations with people working in the field I want to join",
        category: Category::Network,
        metric_name: "Conversations",
        metric_unit: "conversations",
        metric_start: 0.0,
        metric_target: 10.0,
        deadline_days: 90,
        milestones: &[
            ("List people you already know who could help", 7),
            ("Write a short, friendly message asking for a chat", 10),
            ("Have your first three conversations", 30),
            ("Join one event or online group in the field", 45),
            ("Thank everyone you spoke to and keep in touch", 80),
        ],
        obstacle_if: "I feel awkward about reaching out",
        obstacle_then: "start with someone I already know and use the message I prepared",
    },
    GoalTemplate {
        id: TemplateId::ReturnToWork,
        key: "return_to_work",
        label: "Return to work",
        blurb: "For coming back after time away, at your own pace.",
        title: "Return to work",
        outcome: "Start a role that fits my life now, with hours that work for me",
        category: Category::ReturnToWork,
        metric_name: "Applications sent",
        metric_unit: "applications",
        metric_start: 0.0,
        metric_target: 10.0,
        deadline_days: 120,
        milestones: &[
            (
                "Decide what you want from work now: hours, place and kind of role",
                7,
            ),
            (
                "Update your CV, including what you did during your break",
                21,
            ),
            ("Refresh one skill you'll need", 30),
            ("Get back in touch with three former colleagues", 40),
            ("Send your first applications", 45),
        ],
        obstacle_if: "I start doubting myself after the break",
        obstacle_then: "reread my strengths and one recent win before I carry on",
    },
    GoalTemplate {
        id: TemplateId::StartBusiness,
        key: "start_business",
        label: "Start a business",
        blurb: "For testing an idea of your own with real customers.",
        title: "Start my business",
        outcome: "Win the first paying customers for my own business",
        category: Category::Business,
        metric_name: "Paying customers",
        metric_unit: "customers",
        metric_start: 0.0,
        metric_target: 3.0,
        deadline_days: 180,
        milestones: &[
            ("Describe your idea and who it helps in one paragraph", 7),
            ("Talk to five people who might buy it", 30),
            ("Work out your price and your costs", 45),
            ("Put together a simple first offer", 60),
            ("Ask for your first sale", 90),
        ],
        obstacle_if: "I worry the idea isn't ready yet",
        obstacle_then: "show a simple version to one person and learn from what they say",
    },
    GoalTemplate {
        id: TemplateId::MeaningfulWork,
        key: "meaningful_work",
        label: "Find meaningful part-time work",
        blurb: "For giving your time and experience to work that matters to you, on your terms.",
        title: "Find work that matters to me",
        outcome: "Start paid or volunteer work I care about, for the days and hours I choose",
        category: Category::JobSearch,
        metric_name: "Conversations about possible roles",
        metric_unit: "conversations",
        metric_start: 0.0,
        metric_target: 6.0,
        deadline_days: 120,
        milestones: &[
            (
                "Decide how many days you want to give, and what you won't give up",
                7,
            ),
            (
                "List the causes, places and people you'd like to work with",
                14,
            ),
            ("Write a few lines on what your experience offers now", 21),
            ("Talk to three people doing work you admire", 45),
            ("Try one role, project or trial day", 90),
        ],
        obstacle_if: "I feel nobody wants someone at my stage",
        obstacle_then: "reread my strengths and ask one person who knows my work where it's needed",
    },
    GoalTemplate {
        id: TemplateId::PortfolioCareer,
        key: "portfolio_career",
        label: "Build a portfolio career",
        blurb: "For freelancing, or weaving several kinds of work into one working life.",
        title: "Grow my portfolio of work",
        outcome:
            "Have a steady mix of clients and projects that covers my costs and uses my strengths",
        category: Category::Business,
        metric_name: "Regular clients or projects",
        metric_unit: "clients",
        metric_start: 0.0,
        metric_target: 4.0,
        deadline_days: 180,
        milestones: &[
            (
                "Name the strands of work you offer, and who each one is for",
                7,
            ),
            (
                "Work out the income you need each month, and your rates",
                21,
            ),
            ("Write one clear line about what you do for each strand", 30),
            (
                "Ask three past clients or colleagues for work or an introduction",
                45,
            ),
            (
                "Set aside a regular time to look for the next piece of work",
                60,
            ),
            ("Look back: which strands to grow and which to let go", 150),
        ],
        obstacle_if: "a busy month leaves no time to find the next piece of work",
        obstacle_then: "keep one hour a week for it, even when I'm fully booked",
    },
];

/// Every template, with those that fit `situation` first (in its order of fit) and the
/// rest after in their usual order; the flag says whether it was suggested.
pub fn templates_for(
    situation: Option<crate::profile::Situation>,
) -> Vec<(&'static GoalTemplate, bool)> {
    let first: &[TemplateId] = situation.map_or(&[], |s| s.templates());
    let mut out: Vec<(&'static GoalTemplate, bool)> =
        first.iter().map(|id| (id.template(), true)).collect();
    out.extend(
        TEMPLATES
            .iter()
            .filter(|t| !first.contains(&t.id))
            .map(|t| (t, false)),
    );
    out
}

fn after(today: NaiveDate, days: u64) -> Option<NaiveDate> {
    today.checked_add_days(Days::new(days))
}

/// A new active goal filled in from a template: title, outcome, category, metric,
/// a deadline and milestone due dates counted from `today`, and one if-then plan.
/// Confidence and links are left for the person to choose in the wizard.
/// `ids` is called with a prefix from [`prefix`] for each id needed.
pub fn template_goal(
    template: TemplateId,
    today: NaiveDate,
    now: DateTime<Utc>,
    ids: &mut impl FnMut(&str) -> String,
) -> Goal {
    let t = template.template();
    let mut goal = Goal::new(ids(prefix::GOAL), now);
    goal.title = t.title.to_owned();
    goal.outcome = t.outcome.to_owned();
    goal.category = t.category;
    goal.metric = Some(Metric::new(
        t.metric_name,
        t.metric_unit,
        t.metric_start,
        t.metric_target,
    ));
    goal.deadline = after(today, t.deadline_days);
    for (title, days) in t.milestones {
        goal.add_milestone(ids(prefix::MILESTONE), title, after(today, *days), now);
    }
    goal.add_obstacle(ids(prefix::OBSTACLE), t.obstacle_if, t.obstacle_then, now);
    goal
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::goals::smart_check;
    use crate::goals::test_support::{at, counter, day};

    #[test]
    fn every_template_is_listed_once_under_its_own_id_and_key() {
        for id in TemplateId::ALL {
            assert_eq!(id.template().id, id);
            assert_eq!(TemplateId::from_key(id.key()), Some(id));
        }
        assert_eq!(TemplateId::from_key("nope"), None);
    }

    #[test]
    fn every_template_prefills_a_specific_measurable_time_bound_goal() {
        let today = day(2026, 1, 31);
        for id in TemplateId::ALL {
            let goal = template_goal(id, today, at(2026, 1, 31), &mut counter());
            let report = smart_check(&goal, today);
            assert!(report.specific.pass, "{id:?}: {}", report.specific.text());
            assert!(report.measurable.pass, "{id:?}");
            assert!(report.time_bound.pass, "{id:?}");
            assert!(
                !report.relevant.pass,
                "{id:?}: links are the person's to choose"
            );
            assert!(goal.milestones.len() >= 3, "{id:?}");
            assert_eq!(goal.obstacles.len(), 1);
            assert!(!goal.obstacles[0].sentence().is_empty());
        }
    }

    #[test]
    fn milestone_dates_are_in_order_and_before_the_deadline() {
        let today = day(2026, 1, 31);
        for id in TemplateId::ALL {
            let goal = template_goal(id, today, at(2026, 1, 31), &mut counter());
            let dues: Vec<NaiveDate> = goal.milestones.iter().filter_map(|m| m.due).collect();
            assert_eq!(dues.len(), goal.milestones.len(), "{id:?}");
            assert!(dues.windows(2).all(|w| w[0] <= w[1]), "{id:?}");
            let deadline = goal.deadline.unwrap();
            assert!(dues.iter().all(|d| *d > today && *d <= deadline), "{id:?}");
        }
    }

    #[test]
    fn job_search_dates_count_from_today_across_month_ends() {
        let goal = template_goal(
            TemplateId::JobSearch,
            day(2028, 2, 22),
            at(2028, 2, 22),
            &mut counter(),
        );
        // 2028 is a leap year: 22 Feb + 7 days is 29 Feb; + 90 days is 22 May.
        assert_eq!(goal.milestones[0].due, Some(day(2028, 2, 29)));
        assert_eq!(goal.milestones[1].due, Some(day(2028, 3, 7)));
        assert_eq!(goal.deadline, Some(day(2028, 5, 22)));
        assert_eq!(goal.category, Category::JobSearch);
        assert_eq!(goal.metric.as_ref().map(|m| m.target), Some(20.0));
    }

    #[test]
    fn a_situation_puts_its_templates_first_and_still_offers_every_one_once() {
        use crate::profile::Situation;
        let plain = templates_for(None);
        assert_eq!(plain.len(), TEMPLATES.len());
        assert!(plain.iter().all(|(_, suggested)| !suggested));
        for s in Situation::ALL {
            let list = templates_for(Some(s));
            assert_eq!(list.len(), TEMPLATES.len(), "{s:?}");
            let ids: Vec<TemplateId> = list.iter().map(|(t, _)| t.id).collect();
            for id in TemplateId::ALL {
                assert_eq!(ids.iter().filter(|i| **i == id).count(), 1, "{s:?} {id:?}");
            }
            let n = s.templates().len();
            assert_eq!(&ids[..n], s.templates());
            assert!(list[..n].iter().all(|(_, suggested)| *suggested));
            assert!(list[n..].iter().all(|(_, suggested)| !suggested));
        }
        let retired = templates_for(Some(Situation::Retired));
        assert_eq!(retired[0].0.key, "meaningful_work");
    }

    #[test]
    fn template_ids_come_from_the_callers_id_maker() {
        let goal = template_goal(
            TemplateId::StartBusiness,
            day(2026, 1, 1),
            at(2026, 1, 1),
            &mut counter(),
        );
        assert_eq!(goal.id, "g-1");
        assert_eq!(goal.milestones[0].id, "ms-2");
        assert_eq!(goal.obstacles[0].id, "ob-7");
    }
}
