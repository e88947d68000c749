use chrono::{NaiveDate, TimeZone, Utc};

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).single().unwrap()
}

fn app() -> Application {
    Application::new(
        "a-1".into(),
        "sc-1".into(),
        " Acme ",
        "Designer",
        Stage::Interested,
        day(2026, 3, 1),
        at(2026, 3, 1, 9),
    )
}

#[test]
fn moving_on_and_back_is_all_kept_in_order() {
    let mut a = app();
    assert!(a.move_to(
        Stage::Applied,
        None,
        day(2026, 3, 2),
        "sc-2".into(),
        at(2026, 3, 2, 9)
    ));
    assert!(a.move_to(
        Stage::Interviewing,
        None,
        day(2026, 3, 9),
        "sc-3".into(),
        at(2026, 3, 9, 9)
    ));
    assert!(a.move_to(
        Stage::Applied,
        None,
        day(2026, 3, 9),
        "sc-4".into(),
        at(2026, 3, 9, 10)
    ));
    let stages: Vec<Stage> = a.moves().iter().map(|c| c.stage).collect();
    assert_eq!(
        stages,
        [
            Stage::Interested,
            Stage::Applied,
            Stage::Interviewing,
            Stage::Applied
        ]
    );
    assert_eq!(a.stage, Stage::Applied);
    assert_eq!(a.organisation, "Acme");
    assert_eq!(a.applied_on(), Some(day(2026, 3, 2)));
    assert_eq!(a.first_reached(Stage::Interviewing), Some(day(2026, 3, 9)));
}

#[test]
fn a_move_to_the_same_stage_changes_nothing_and_closing_keeps_its_reason() {
    let mut a = app();
    assert!(!a.move_to(
        Stage::Interested,
        None,
        day(2026, 3, 2),
        "x".into(),
        at(2026, 3, 2, 9)
    ));
    assert_eq!(a.history.len(), 1);
    assert!(a.move_to(
        Stage::Closed,
        Some(ClosedReason::NoReply),
        day(2026, 4, 1),
        "sc-2".into(),
        at(2026, 4, 1, 9)
    ));
    assert_eq!(a.closed_reason, Some(ClosedReason::NoReply));
    assert_eq!(
        a.applied_on(),
        None,
        "closed while only interested: never sent"
    );
    assert!(a.move_to(
        Stage::Applied,
        Some(ClosedReason::Rejected),
        day(2026, 4, 2),
        "sc-3".into(),
        at(2026, 4, 2, 9)
    ));
    assert_eq!(a.closed_reason, None, "a reason belongs to closed only");
}

#[test]
fn keep_in_touch_counts_from_the_latest_conversation() {
    let contact = Contact {
        id: "p-1".into(),
        name: "Ada".into(),
        keep_in_touch: KeepInTouch::Quarterly,
        last_talked: Some(day(2026, 1, 10)),
        created_at: at(2025, 6, 1, 9),
        ..Contact::default()
    };
    let talk = |id: &str, d: NaiveDate| Conversation {
        id: id.into(),
        date: d,
        contact_id: Some("p-1".into()),
        ..Conversation::default()
    };
    let convs = [
        talk("cv-1", day(2026, 2, 20)),
        talk("cv-2", day(2025, 12, 1)),
    ];
    assert_eq!(
        people::last_talked(&contact, &convs),
        Some(day(2026, 2, 20))
    );
    assert_eq!(people::next_due(&contact, &convs), Some(day(2026, 5, 20)));
    assert_eq!(people::next_due(&contact, &[]), Some(day(2026, 4, 10)));
    let never = Contact {
        last_talked: None,
        ..contact.clone()
    };
    assert_eq!(people::next_due(&never, &[]), Some(day(2025, 9, 1)));
    let none = Contact {
        keep_in_touch: KeepInTouch::None,
        ..contact
    };
    assert_eq!(people::next_due(&none, &convs), None);
}

#[test]
fn stage_and_kind_keys_round_trip() {
    for s in Stage::ALL {
        assert_eq!(Stage::from_key(s.key()), Some(s));
    }
    for r in ClosedReason::ALL {
        assert_eq!(ClosedReason::from_key(r.key()), Some(r));
    }
    for k in InterviewKind::ALL {
        assert_eq!(InterviewKind::from_key(k.key()), Some(k));
    }
    for k in KeepInTouch::ALL {
        assert_eq!(KeepInTouch::from_key(k.key()), Some(k));
    }
    for w in Workplace::ALL {
        assert_eq!(Workplace::from_key(w.key()), Some(w));
    }
}
