use super::*;
use crate::goals::test_support::{at, day};
use crate::goals::{LinkKind, Metric};

fn today() -> NaiveDate {
    day(2026, 3, 10)
}

/// A goal that passes every letter.
fn smart_goal() -> Goal {
    let now = at(2026, 3, 10);
    let mut goal = Goal::new("g".into(), now);
    goal.set_title("Move into data analysis", now);
    goal.set_outcome("Start a data analyst role at a company I respect", now);
    goal.set_metric(
        Some(Metric::new("Applications", "applications", 0.0, 20.0)),
        now,
    );
    goal.set_confidence(8, now);
    goal.toggle_link(LinkKind::Value, "learning", now);
    goal.set_deadline(Some(day(2026, 6, 30)), now);
    goal
}

#[test]
fn a_complete_goal_is_smart_with_score_five() {
    let report = smart_check(&smart_goal(), today());
    assert!(report.is_smart());
    assert_eq!(report.score(), 5);
    assert!(report.missing().is_empty());
    assert_eq!(
        report.measurable.hint,
        Hint::Track {
            name: "Applications".into(),
            start: 0.0,
            target: 20.0,
            unit: "applications".into()
        }
    );
    assert_eq!(
        report.time_bound.hint,
        Hint::Due {
            deadline: day(2026, 6, 30),
            days: 112
        }
    );
}

#[test]
fn an_empty_draft_fails_every_letter_but_achievable_hints_anyway() {
    let report = smart_check(&Goal::new("g".into(), at(2026, 3, 10)), today());
    assert_eq!(report.score(), 0);
    assert!(!report.is_smart());
    assert_eq!(report.missing().len(), 5);
    assert_eq!(
        report.achievable.text(),
        "Achievable: confidence 5/10 — consider a smaller first step, or split this into two goals"
    );
}

// ----- Specific -----

#[test]
fn specific_needs_a_title() {
    let mut goal = smart_goal();
    goal.title = "  ".into();
    let check = smart_check(&goal, today()).specific;
    assert!(!check.pass);
    assert_eq!(check.text(), "Specific: give your goal a short title");
}

#[test]
fn specific_needs_an_outcome_of_a_few_words() {
    let mut goal = smart_goal();
    goal.outcome = String::new();
    assert!(smart_check(&goal, today())
        .specific
        .text()
        .contains("describe the outcome"));
    goal.outcome = "New job".into();
    let check = smart_check(&goal, today()).specific;
    assert!(!check.pass);
    assert_eq!(
        check.text(),
        "Specific: say a little more about the outcome, in a full sentence"
    );
}

#[test]
fn specific_fails_for_vague_wishes() {
    let mut goal = smart_goal();
    for vague in [
        "I want to be better at my job",
        "Be more happy and successful at work",
        "Do more things, and do them better!",
    ] {
        goal.outcome = vague.into();
        let check = smart_check(&goal, today()).specific;
        assert!(!check.pass, "{vague}");
        assert!(check.text().contains("\"better\" or \"more\""), "{vague}");
    }
}

#[test]
fn specific_passes_concrete_outcomes_even_with_vague_words_in_them() {
    let mut goal = smart_goal();
    for concrete in [
        "Run more team meetings as chair",
        "Get 3 interviews for analyst roles",
        "Present better reports to the board monthly",
    ] {
        goal.outcome = concrete.into();
        assert!(smart_check(&goal, today()).specific.pass, "{concrete}");
    }
}

// ----- Measurable -----

#[test]
fn measurable_needs_a_metric() {
    let mut goal = smart_goal();
    goal.metric = None;
    let check = smart_check(&goal, today()).measurable;
    assert!(!check.pass);
    assert!(check
        .text()
        .starts_with("Measurable: choose one thing you can count"));
}

#[test]
fn measurable_needs_name_then_unit_then_a_target() {
    let mut goal = smart_goal();
    goal.metric = Some(Metric::new("", "hours", 0.0, 10.0));
    assert_eq!(
        smart_check(&goal, today()).measurable.text(),
        "Measurable: name what you will measure"
    );
    goal.metric = Some(Metric::new("Practice", " ", 0.0, 10.0));
    assert_eq!(
        smart_check(&goal, today()).measurable.text(),
        "Measurable: add a unit, such as applications, hours or people"
    );
    goal.metric = Some(Metric::new("Practice", "hours", 0.0, 0.0));
    let check = smart_check(&goal, today()).measurable;
    assert!(!check.pass);
    assert_eq!(
        check.text(),
        "Measurable: add a target value different from where you start"
    );
}

#[test]
fn measurable_accepts_a_falling_target() {
    let mut goal = smart_goal();
    goal.metric = Some(Metric::new("Overtime", "hours a week", 12.5, 4.0));
    let check = smart_check(&goal, today()).measurable;
    assert!(check.pass);
    assert_eq!(
        check.hint,
        Hint::Track {
            name: "Overtime".into(),
            start: 12.5,
            target: 4.0,
            unit: "hours a week".into()
        }
    );
}

// ----- Achievable -----

#[test]
fn achievable_below_seven_suggests_a_smaller_step() {
    let mut goal = smart_goal();
    goal.confidence = 4;
    let check = smart_check(&goal, today()).achievable;
    assert!(!check.pass);
    assert!(check
        .text()
        .starts_with("Achievable: confidence 4/10 — consider a smaller first step"));
    goal.confidence = 6;
    assert!(!smart_check(&goal, today()).achievable.pass);
}

#[test]
fn achievable_passes_from_seven_up() {
    let mut goal = smart_goal();
    for confidence in 7..=10 {
        goal.confidence = confidence;
        let check = smart_check(&goal, today()).achievable;
        assert!(check.pass, "{confidence}");
        assert!(check
            .text()
            .starts_with(&format!("Achievable: confidence {confidence}/10")));
    }
}

// ----- Relevant -----

#[test]
fn relevant_needs_at_least_one_link() {
    let mut goal = smart_goal();
    goal.links = Default::default();
    let check = smart_check(&goal, today()).relevant;
    assert!(!check.pass);
    assert!(check.text().starts_with("Relevant: link this goal"));
}

#[test]
fn relevant_passes_with_any_single_kind_of_link() {
    let now = at(2026, 3, 10);
    for kind in [
        LinkKind::Value,
        LinkKind::Strength,
        LinkKind::Interest,
        LinkKind::GrowthArea,
    ] {
        let mut goal = smart_goal();
        goal.links = Default::default();
        goal.toggle_link(kind, "something", now);
        assert!(smart_check(&goal, today()).relevant.pass, "{kind:?}");
    }
    let mut goal = smart_goal();
    goal.links = Default::default();
    goal.set_vision_link(true, now);
    assert!(smart_check(&goal, today()).relevant.pass);
}

#[test]
fn relevant_ignores_blank_labels_from_a_file() {
    let mut goal = smart_goal();
    goal.links = Default::default();
    goal.links.values = vec!["  ".into()];
    assert!(!smart_check(&goal, today()).relevant.pass);
}

// ----- Time-bound -----

#[test]
fn time_bound_needs_a_deadline() {
    let mut goal = smart_goal();
    goal.deadline = None;
    let check = smart_check(&goal, today()).time_bound;
    assert!(!check.pass);
    assert_eq!(check.text(), "Time-bound: choose a deadline");
}

#[test]
fn time_bound_fails_for_a_past_deadline() {
    let mut goal = smart_goal();
    goal.deadline = Some(day(2026, 3, 9));
    let check = smart_check(&goal, today()).time_bound;
    assert!(!check.pass);
    assert!(check
        .text()
        .starts_with("Time-bound: the deadline is in the past"));
}

#[test]
fn time_bound_fails_for_today_and_passes_for_tomorrow() {
    let mut goal = smart_goal();
    goal.deadline = Some(today());
    assert!(smart_check(&goal, today())
        .time_bound
        .text()
        .starts_with("Time-bound: the deadline is today"));
    goal.deadline = Some(day(2026, 3, 11));
    let check = smart_check(&goal, today()).time_bound;
    assert!(check.pass);
    assert_eq!(
        check.hint,
        Hint::Due {
            deadline: day(2026, 3, 11),
            days: 1
        }
    );
}

#[test]
fn score_counts_passing_letters_and_missing_lists_hints_in_order() {
    let mut goal = smart_goal();
    goal.metric = None;
    goal.deadline = None;
    let report = smart_check(&goal, today());
    assert_eq!(report.score(), 3);
    assert_eq!(report.missing().len(), 2);
    assert!(report.missing()[0].starts_with("Measurable"));
    assert!(report.missing()[1].starts_with("Time-bound"));
    assert_eq!(report.get(SmartLetter::Measurable), &report.measurable);
    let letters: String = SmartLetter::ALL.iter().map(|l| l.letter()).collect();
    assert_eq!(letters, "SMART");
}
