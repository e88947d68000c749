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

fn fixture() -> Search {
    let text = include_str!("../../tests/fixtures/workbook-v3.json");
    crate::transfer::read_text(text).unwrap().workbook.search
}

#[test]
fn the_weeks_agenda_has_follow_ups_interviews_and_people_due() {
    let search = fixture();
    // Week of Mon 21 Sep 2026, seen on Tuesday.
    let a = agenda::agenda(&search, day(2026, 9, 22), day(2026, 9, 27));
    assert_eq!(a.follow_ups.len(), 1);
    assert_eq!(a.follow_ups[0].due, day(2026, 9, 26));
    assert_eq!(a.interviews.len(), 1);
    assert_eq!(a.interviews[0].date, day(2026, 9, 25));
    assert!(a.people.is_empty(), "Jordan is next due in December");
    // After the interview, it is no longer "this week"; the follow-up is overdue and stays.
    let later = agenda::agenda(&search, day(2026, 10, 5), day(2026, 10, 11));
    assert!(later.interviews.is_empty());
    assert_eq!(later.follow_ups.len(), 1);
    let december = agenda::agenda(&search, day(2026, 12, 7), day(2026, 12, 13));
    assert_eq!(december.people.len(), 1);
    assert_eq!(december.people[0].due, day(2026, 12, 10));
}

#[test]
fn since_the_last_check_in_lists_moves_interviews_and_conversations_in_the_period() {
    let search = fixture();
    let s = agenda::since(&search, Some(day(2026, 9, 9)), day(2026, 9, 30));
    assert_eq!(s.conversations.len(), 1, "the 10 Sep conversation");
    let ids: Vec<&str> = s
        .applications
        .iter()
        .map(|a| a.application_id.as_str())
        .collect();
    assert_eq!(ids, ["a-s7ea-2", "a-s7ea-1"], "latest move first");
    let northwind = &s.applications[1];
    assert_eq!(northwind.moves, [(day(2026, 9, 20), Stage::Interviewing)]);
    assert_eq!(northwind.interviews, 1);
    // The boundary day itself belongs to the earlier check-in.
    let none = agenda::since(&search, Some(day(2026, 9, 25)), day(2026, 9, 25));
    assert!(none.is_empty());
    let everything = agenda::since(&search, None, day(2026, 9, 30));
    assert_eq!(everything.applications[1].moves.len(), 3);
}

#[test]
fn stage_counts_cover_every_stage_in_board_order() {
    let counts = agenda::stage_counts(&fixture());
    assert_eq!(counts.len(), Stage::ALL.len());
    assert_eq!(counts[2], (Stage::Interviewing, 1));
    assert_eq!(counts[5], (Stage::Closed, 1));
}
