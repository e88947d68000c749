use super::*;

use crate::goals::test_support::{at, day};

#[test]
fn a_goal_with_only_id_title_and_milestones_still_loads() {
    let goal: Goal = serde_json::from_str(
        r#"{"id":"g-1","title":"Find a new role","milestones":[{"id":"m-1","title":"Update CV"}]}"#,
    )
    .unwrap();
    assert_eq!(goal.title, "Find a new role");
    assert_eq!(goal.milestones.len(), 1);
    assert_eq!(goal.status, GoalStatus::Active);
    assert_eq!(goal.category, Category::Other);
    assert_eq!(goal.confidence, DEFAULT_CONFIDENCE);
    assert_eq!(goal.created_at, DateTime::<Utc>::UNIX_EPOCH);
    assert_eq!(goal.updated_at, DateTime::<Utc>::UNIX_EPOCH);
    assert!(goal.metric.is_none() && goal.deadline.is_none());
}

#[test]
fn a_full_goal_survives_a_round_trip() {
    let now = at(2026, 3, 1);
    let mut goal = Goal::new("g-1".into(), now);
    goal.set_title("  Land a analyst role ", now);
    goal.set_metric(
        Some(Metric::new("Applications", "applications", 0.0, 20.0)),
        now,
    );
    goal.set_deadline(Some(day(2026, 6, 1)), now);
    goal.toggle_link(LinkKind::Value, "learning", now);
    goal.log_metric(day(2026, 3, 5), 3.0, "first week", now);
    goal.add_obstacle("ob-1".into(), "I lose a week", "restart on Monday", now);
    let text = serde_json::to_string(&goal).unwrap();
    let back: Goal = serde_json::from_str(&text).unwrap();
    assert_eq!(back, goal);
    assert_eq!(back.title, "Land a analyst role");
}

#[test]
fn confidence_out_of_range_in_a_file_is_pulled_into_range() {
    let high: Goal = serde_json::from_str(r#"{"id":"a","title":"t","confidence":42}"#).unwrap();
    let low: Goal = serde_json::from_str(r#"{"id":"a","title":"t","confidence":0}"#).unwrap();
    let null: Goal = serde_json::from_str(r#"{"id":"a","title":"t","confidence":null}"#).unwrap();
    assert_eq!(high.confidence, 10);
    assert_eq!(low.confidence, 1);
    assert_eq!(null.confidence, DEFAULT_CONFIDENCE);
}

#[test]
fn a_metric_value_written_as_null_reads_as_zero_instead_of_failing() {
    let goal: Goal = serde_json::from_str(
        r#"{"id":"a","title":"t","metric":{"name":"Hours","unit":"h","start":null,"target":10},
                "metric_log":[{"date":"2026-01-02","value":null}]}"#,
    )
    .unwrap();
    assert_eq!(goal.metric.as_ref().map(|m| m.start), Some(0.0));
    assert_eq!(goal.metric_log[0].value, 0.0);
}

#[test]
fn confidence_setter_clamps_both_ends() {
    let now = at(2026, 1, 1);
    let mut goal = Goal::new("g".into(), now);
    goal.set_confidence(0, now);
    assert_eq!(goal.confidence, 1);
    goal.set_confidence(11, now);
    assert_eq!(goal.confidence, 10);
    goal.set_confidence(7, now);
    assert_eq!(goal.confidence, 7);
}

#[test]
fn setters_move_updated_at_forward_only() {
    let mut goal = Goal::new("g".into(), at(2026, 1, 5));
    goal.set_title("New", at(2026, 1, 6));
    assert_eq!(goal.updated_at, at(2026, 1, 6));
    goal.set_notes("older clock", at(2026, 1, 4));
    assert_eq!(goal.updated_at, at(2026, 1, 6));
    assert_eq!(goal.created_at, at(2026, 1, 5));
}

#[test]
fn achieving_records_the_day_and_reopening_clears_it() {
    let now = at(2026, 4, 1);
    let mut goal = Goal::new("g".into(), now);
    goal.set_status(GoalStatus::Achieved, day(2026, 4, 2), now);
    assert_eq!(goal.achieved_on, Some(day(2026, 4, 2)));
    goal.set_status(GoalStatus::Achieved, day(2026, 4, 9), now);
    assert_eq!(
        goal.achieved_on,
        Some(day(2026, 4, 2)),
        "re-saying achieved keeps the first day"
    );
    goal.set_status(GoalStatus::Active, day(2026, 4, 10), now);
    assert_eq!(goal.achieved_on, None);
    assert_eq!(goal.status, GoalStatus::Active);
}

#[test]
fn metric_setter_turns_non_numbers_into_zero() {
    let now = at(2026, 1, 1);
    let mut goal = Goal::new("g".into(), now);
    goal.set_metric(
        Some(Metric {
            name: " Hours ".into(),
            unit: "h".into(),
            start: f64::NAN,
            target: f64::INFINITY,
            counts: None,
        }),
        now,
    );
    let metric = goal.metric.unwrap();
    assert_eq!(
        (metric.name.as_str(), metric.start, metric.target),
        ("Hours", 0.0, 0.0)
    );
}

#[test]
fn log_keeps_date_order_and_same_day_reading_counts_as_latest() {
    let now = at(2026, 1, 1);
    let mut goal = Goal::new("g".into(), now);
    assert!(goal.log_metric(day(2026, 1, 10), 4.0, "", now));
    assert!(goal.log_metric(day(2026, 1, 3), 1.0, "", now));
    assert!(goal.log_metric(day(2026, 1, 10), 5.0, "evening", now));
    let dates: Vec<_> = goal.metric_log.iter().map(|e| (e.date, e.value)).collect();
    assert_eq!(
        dates,
        vec![
            (day(2026, 1, 3), 1.0),
            (day(2026, 1, 10), 4.0),
            (day(2026, 1, 10), 5.0)
        ]
    );
    assert_eq!(goal.latest_entry().map(|e| e.value), Some(5.0));
}

#[test]
fn a_non_number_reading_is_refused() {
    let now = at(2026, 1, 1);
    let mut goal = Goal::new("g".into(), now);
    assert!(!goal.log_metric(day(2026, 1, 2), f64::NAN, "", now));
    assert!(goal.metric_log.is_empty());
}

#[test]
fn latest_reading_is_by_date_even_in_an_unsorted_file() {
    let mut goal = Goal::new("g".into(), at(2026, 1, 1));
    goal.metric_log = vec![
        MetricEntry {
            date: day(2026, 2, 1),
            value: 9.0,
            note: String::new(),
        },
        MetricEntry {
            date: day(2026, 1, 1),
            value: 2.0,
            note: String::new(),
        },
    ];
    assert_eq!(goal.latest_entry().map(|e| e.value), Some(9.0));
    assert_eq!(
        goal.latest_entry_by(day(2026, 1, 20)).map(|e| e.value),
        Some(2.0)
    );
    assert!(goal.latest_entry_by(day(2025, 12, 31)).is_none());
}

#[test]
fn editing_and_removing_readings() {
    let now = at(2026, 1, 1);
    let mut goal = Goal::new("g".into(), now);
    goal.log_metric(day(2026, 1, 3), 1.0, "", now);
    goal.log_metric(day(2026, 1, 10), 4.0, "", now);
    assert!(goal.edit_metric_entry(0, day(2026, 1, 12), 6.0, "moved", now));
    assert_eq!(goal.metric_log[1].value, 6.0);
    assert!(!goal.edit_metric_entry(5, day(2026, 1, 12), 6.0, "", now));
    let removed = goal.remove_metric_entry(0, now).unwrap();
    assert_eq!(removed.value, 4.0);
    assert_eq!(goal.metric_log.len(), 1);
    assert!(goal.remove_metric_entry(3, now).is_none());
}

#[test]
fn obstacles_add_edit_delete_and_undo() {
    let now = at(2026, 1, 1);
    let mut goal = Goal::new("g".into(), now);
    goal.add_obstacle("ob-1".into(), "I feel tired", "do ten minutes", now);
    goal.add_obstacle(
        "ob-2".into(),
        "work runs late",
        "move it to the morning",
        now,
    );
    assert!(goal.edit_obstacle("ob-1", "I feel flat", "do five minutes", now));
    assert!(!goal.edit_obstacle("nope", "a", "b", now));
    assert_eq!(goal.obstacles[0].then_i_will, "do five minutes");
    let (index, removed) = goal.delete_obstacle("ob-1", now).unwrap();
    assert_eq!((index, goal.obstacles.len()), (0, 1));
    assert!(goal.restore_obstacle(index, removed.clone(), now));
    assert_eq!(goal.obstacles[0].id, "ob-1");
    assert!(!goal.restore_obstacle(0, removed, now), "no duplicates");
}

proptest::proptest! {
    #[test]
    // Numbers as people type them: up to two decimal places. (serde_json without
    // its `float_roundtrip` feature may change the last bit of longer fractions.)
    fn any_goal_survives_saving_and_loading(
        title in ".{0,40}",
        start in -100_000_000_i64..100_000_000,
        target in -100_000_000_i64..100_000_000,
        confidence in -5i64..20,
        values in proptest::collection::vec((0u64..3000, -100_000_000_i64..100_000_000), 0..6),
    ) {
        let now = at(2026, 1, 1);
        let cents = |n: i64| n as f64 / 100.0;
        let mut goal = Goal::new("g".into(), now);
        goal.set_title(&title, now);
        goal.set_metric(Some(Metric::new("n", "u", cents(start), cents(target))), now);
        goal.set_confidence(confidence, now);
        for (offset, value) in values {
            goal.log_metric(day(2026, 1, 1) + chrono::Days::new(offset), cents(value), "", now);
        }
        let text = serde_json::to_string(&goal).unwrap();
        let back: Goal = serde_json::from_str(&text).unwrap();
        proptest::prop_assert_eq!(back, goal);
    }
}

#[test]
fn category_and_status_keys_round_trip() {
    for c in Category::ALL {
        assert_eq!(Category::from_key(c.key()), Some(c));
    }
    for s in GoalStatus::ALL {
        assert_eq!(GoalStatus::from_key(s.key()), Some(s));
    }
    assert_eq!(Category::from_key("nope"), None);
}
