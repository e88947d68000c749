//! Outcomes: deltas between start and now, the wheel from discovery, checks, the
//! timeline, and merge/sync of snapshots and events.

use super::*;
use crate::workbook::tests::at;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn r(id: &str, value: u8) -> Rating {
    Rating {
        id: id.into(),
        value,
    }
}

fn snap(title: &str, pay: &str, confidence: Option<u8>, wheel: Vec<Rating>) -> Snapshot {
    Snapshot {
        title: title.into(),
        pay: pay.into(),
        hours: "40 a week".into(),
        confidence,
        wheel,
        ..Default::default()
    }
}

#[test]
fn deltas_name_the_fields_that_changed_and_each_wheel_area() {
    let start = snap(
        "Support agent",
        "£24k",
        Some(3),
        vec![r("career", 3), r("money", 4)],
    );
    let now = snap(
        "Team lead",
        "£24k ",
        Some(7),
        vec![r("career", 7), r("money", 4), r("health", 6)],
    );
    let d = deltas(&start, &now);
    assert_eq!(
        d.changed,
        vec![Field::Title, Field::Confidence, Field::Wheel]
    );
    assert_eq!(d.confidence, Some(4));
    assert_eq!(d.wheel.len(), 3);
    assert_eq!(d.wheel[0].change(), Some(4));
    assert_eq!(d.wheel[1].change(), Some(0));
    assert_eq!(d.wheel[2].start, None);
    assert_eq!(d.wheel[2].change(), None);
    assert_eq!(d.wheel_average, Some((3.5, 5.5)));
}

#[test]
fn identical_snapshots_have_no_changes_and_missing_confidence_has_no_delta() {
    let a = snap("Nurse", "", None, vec![]);
    let d = deltas(&a, &a.clone());
    assert!(d.changed.is_empty());
    assert_eq!(d.confidence, None);
    assert_eq!(d.wheel_average, None);
    let b = snap("Nurse", "", Some(5), vec![]);
    let d = deltas(&a, &b);
    assert_eq!(d.changed, vec![Field::Confidence]);
    assert_eq!(d.confidence, None);
}

#[test]
fn snapshots_need_something_written_and_confidence_from_one_to_ten() {
    let mut o = Outcomes::default();
    let now = at(2026, 3, 1);
    assert_eq!(
        set_snapshot(&mut o, true, Snapshot::default(), now),
        Err(vec![Problem::Empty])
    );
    assert_eq!(
        set_snapshot(&mut o, true, snap("A", "", Some(11), vec![]), now),
        Err(vec![Problem::ConfidenceOutOfRange])
    );
    set_snapshot(&mut o, true, snap(" A ", "", Some(4), vec![]), now).unwrap();
    assert_eq!(o.start.as_ref().unwrap().title, "A");
    assert_eq!(o.start.as_ref().unwrap().updated_at, now);
    assert!(o.now.is_none());
}

#[test]
fn the_start_takes_the_earliest_wheel_and_now_the_latest() {
    let mut d = Discovery::default();
    let wheel = |v: u8, t| crate::discover::InstrumentResult {
        instrument: "wheel".into(),
        taken_at: t,
        outcome: Outcome::Ratings(crate::discover::Ratings {
            scores: vec![r("career", v)],
            ..Default::default()
        }),
        answers: Default::default(),
    };
    d.results.insert(
        "wheel".into(),
        vec![wheel(3, at(2026, 1, 1)), wheel(8, at(2026, 6, 1))],
    );
    assert_eq!(earliest_wheel(&d).unwrap().1, vec![r("career", 3)]);
    assert_eq!(latest_wheel(&d).unwrap().1, vec![r("career", 8)]);
    assert_eq!(earliest_wheel(&Discovery::default()), None);
}

#[test]
fn events_need_words_and_read_oldest_first() {
    let mut o = Outcomes::default();
    let now = at(2026, 6, 1);
    assert_eq!(
        add_event(
            &mut o,
            "e0".into(),
            day(2026, 7, 1),
            EventKind::Offer,
            " ",
            "",
            now
        ),
        Err(vec![Problem::Empty, Problem::FutureDate(day(2026, 7, 1))])
    );
    add_event(
        &mut o,
        "e2".into(),
        day(2026, 5, 1),
        EventKind::Promotion,
        "Team lead",
        "",
        now,
    )
    .unwrap();
    add_event(
        &mut o,
        "e1".into(),
        day(2026, 2, 1),
        EventKind::Offer,
        "Offer from Acme",
        "",
        now,
    )
    .unwrap();
    let ids: Vec<&str> = timeline(&o).iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, vec!["e1", "e2"]);
    assert_eq!(
        EventKind::from_key("role_change"),
        Some(EventKind::RoleChange)
    );
}

#[test]
fn outcomes_merge_sync_and_repair_like_every_record() {
    let mut a = crate::Workbook::new(at(2026, 1, 1));
    set_snapshot(
        &mut a.outcomes,
        true,
        snap("Start", "", Some(3), vec![]),
        at(2026, 1, 2),
    )
    .unwrap();
    let mut b = a.clone();
    set_snapshot(
        &mut b.outcomes,
        true,
        snap("Start, edited", "", Some(3), vec![]),
        at(2026, 2, 2),
    )
    .unwrap();
    set_snapshot(
        &mut b.outcomes,
        false,
        snap("Now", "", Some(7), vec![]),
        at(2026, 2, 2),
    )
    .unwrap();
    add_event(
        &mut b.outcomes,
        "e1".into(),
        day(2026, 2, 1),
        EventKind::Raise,
        "Raise",
        "",
        at(2026, 2, 2),
    )
    .unwrap();
    for merged in [crate::merge::merge(&a, &b), crate::merge::merge(&b, &a)] {
        assert_eq!(merged.outcomes, b.outcomes);
    }

    let changes = crate::sync::doc::diff(&a, &b);
    let mut replayed = a.clone();
    for (p, e) in &changes {
        assert!(crate::sync::doc::apply(&mut replayed, p, e), "{p:?}");
    }
    assert_eq!(replayed.outcomes, b.outcomes);

    let mut twice = b.clone();
    twice.outcomes.events.push(twice.outcomes.events[0].clone());
    assert_eq!(crate::ids::repair_ids(&mut twice), 1);
    assert!(crate::merge::record_keys(&twice).contains("e1-copy2"));
}
