use super::*;
use crate::checkins::{CommitmentStatus, Origin};
use chrono::TimeZone;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn at(y: i32, m: u32, day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, day, 9, 30, 0).single().unwrap()
}

fn win(date: NaiveDate, what: &str, goal: Option<&str>) -> WinDraft {
    WinDraft {
        date,
        what_happened: what.into(),
        what_it_shows: "Persistence".into(),
        goal_id: goal.map(str::to_owned),
        milestone_id: None,
    }
}

fn session(date: NaiveDate, actions: &[&str]) -> SessionDraft {
    SessionDraft {
        date,
        agenda: "Interview nerves".into(),
        notes: "Practise the first two minutes out loud.".into(),
        agreed_actions: actions.iter().map(|a| (*a).to_owned()).collect(),
    }
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn a_saved_win_is_tidied_and_counted() {
    let mut j = Journal::default();
    let draft = WinDraft {
        what_happened: "  Gave my first talk ".into(),
        goal_id: Some(" ".into()),
        ..win(d(2026, 1, 8), "", None)
    };
    assert_eq!(j.add_win("w1".into(), draft, at(2026, 1, 8)), Ok(()));
    let w = j.win("w1").unwrap();
    assert_eq!(w.what_happened, "Gave my first talk");
    assert_eq!(w.goal_id, None);
    assert_eq!(w.created_at, at(2026, 1, 8));
    assert_eq!(j.entry_count(), 1);
    assert!(!j.is_empty());
}

#[test]
fn a_win_needs_words_a_free_id_and_a_date_not_in_the_future() {
    let mut j = Journal::default();
    j.add_win(
        "w1".into(),
        win(d(2026, 1, 8), "Talk", None),
        at(2026, 1, 8),
    )
    .unwrap();
    let problems = j
        .add_win(
            "w1".into(),
            win(d(2026, 1, 12), "  ", None),
            at(2026, 1, 10),
        )
        .unwrap_err();
    assert_eq!(
        problems,
        [
            Problem::EmptyWin,
            Problem::FutureDate(d(2026, 1, 12)),
            Problem::DuplicateId("w1".into())
        ]
    );
    assert_eq!(j.entry_count(), 1);
}

#[test]
fn a_milestone_win_is_prefilled_and_remembered() {
    let mut j = Journal::default();
    let draft = WinDraft::for_milestone("g1", "m1", " Portfolio live ", d(2026, 2, 1));
    assert_eq!(draft.what_happened, "I reached a milestone: Portfolio live");
    assert!(!j.has_win_for_milestone("m1"));
    j.add_win("w1".into(), draft, at(2026, 2, 1)).unwrap();
    assert!(j.has_win_for_milestone("m1"));
    assert_eq!(j.wins_newest_first(Some("g1")).len(), 1);
}

#[test]
fn wins_list_newest_first_and_filter_by_goal() {
    let mut j = Journal::default();
    j.add_win(
        "w1".into(),
        win(d(2026, 1, 5), "Old", Some("g1")),
        at(2026, 1, 5),
    )
    .unwrap();
    j.add_win(
        "w2".into(),
        win(d(2026, 1, 20), "New", Some("g2")),
        at(2026, 1, 20),
    )
    .unwrap();
    j.add_win(
        "w3".into(),
        win(d(2026, 1, 12), "Middle", Some("g1")),
        at(2026, 1, 12),
    )
    .unwrap();
    let all: Vec<_> = j
        .wins_newest_first(None)
        .iter()
        .map(|w| w.id.as_str())
        .collect();
    assert_eq!(all, ["w2", "w3", "w1"]);
    let g1: Vec<_> = j
        .wins_newest_first(Some("g1"))
        .iter()
        .map(|w| w.id.as_str())
        .collect();
    assert_eq!(g1, ["w3", "w1"]);
    assert!(j.wins_newest_first(Some("g9")).is_empty());
    j.add_win(
        "w4".into(),
        win(d(2026, 1, 21), "Any", None),
        at(2026, 1, 21),
    )
    .unwrap();
    assert_eq!(
        j.goals_with_wins().into_iter().collect::<Vec<_>>(),
        ["g1", "g2"]
    );
}

#[test]
fn wins_on_the_same_day_list_the_later_written_first() {
    let mut j = Journal::default();
    j.add_win(
        "a".into(),
        win(d(2026, 1, 5), "Morning", None),
        at(2026, 1, 5),
    )
    .unwrap();
    j.add_win(
        "b".into(),
        win(d(2026, 1, 5), "Evening", None),
        at(2026, 1, 6),
    )
    .unwrap();
    let order: Vec<_> = j
        .wins_newest_first(None)
        .iter()
        .map(|w| w.id.as_str())
        .collect();
    assert_eq!(order, ["b", "a"]);
}

#[test]
fn the_journal_mixes_wins_and_sessions_but_a_goal_filter_shows_only_wins() {
    let mut j = Journal::default();
    let mut acc = Accountability::default();
    j.add_win(
        "w1".into(),
        win(d(2026, 1, 5), "Old", Some("g1")),
        at(2026, 1, 5),
    )
    .unwrap();
    record_session_note(
        &mut j,
        &mut acc,
        "s1".into(),
        session(d(2026, 1, 9), &[]),
        &[],
        d(2026, 1, 16),
        at(2026, 1, 9),
    )
    .unwrap();
    let all: Vec<_> = j
        .entries_newest_first(None)
        .iter()
        .map(|e| e.id())
        .collect();
    assert_eq!(all, ["s1", "w1"]);
    let g1: Vec<_> = j
        .entries_newest_first(Some("g1"))
        .iter()
        .map(|e| e.id())
        .collect();
    assert_eq!(g1, ["w1"]);
    assert_eq!(j.sessions_newest_first()[0].id, "s1");
}

#[test]
fn agreed_actions_become_open_commitments_linked_to_the_session() {
    let mut j = Journal::default();
    let mut acc = Accountability::default();
    let draft = session(d(2026, 1, 9), &["Rehearse my intro", "  ", "Email Sam"]);
    let result = record_session_note(
        &mut j,
        &mut acc,
        "s1".into(),
        draft,
        &ids(&["c1", "c2"]),
        d(2026, 1, 16),
        at(2026, 1, 9),
    );
    assert_eq!(result, Ok(()));
    let note = j.session("s1").unwrap();
    assert_eq!(note.agreed_actions, ["Rehearse my intro", "Email Sam"]);
    let c = acc.commitment("c2").unwrap();
    assert_eq!(c.text, "Email Sam");
    assert_eq!(c.due, d(2026, 1, 16));
    assert_eq!(c.status, CommitmentStatus::Open);
    assert_eq!(c.origin, Some(Origin::SessionNote("s1".into())));
    assert_eq!(acc.commitments_to_review().len(), 2);
}

#[test]
fn agreed_commitments_need_one_id_per_action() {
    let note = SessionNote {
        id: "s1".into(),
        agreed_actions: ids(&["One", "Two"]),
        ..Default::default()
    };
    assert_eq!(
        note.agreed_commitments(&ids(&["c1"]), d(2026, 1, 16), at(2026, 1, 9)),
        Err(Problem::ActionIdCountMismatch { actions: 2, ids: 1 })
    );
    let made = note
        .agreed_commitments(&ids(&["c1", "c2"]), d(2026, 1, 16), at(2026, 1, 9))
        .unwrap();
    assert_eq!(made[0].text, "One");
    assert_eq!(made[1].id, "c2");
}

#[test]
fn a_session_that_cannot_be_saved_changes_neither_journal_nor_commitments() {
    let mut j = Journal::default();
    let mut acc = Accountability::default();
    record_session_note(
        &mut j,
        &mut acc,
        "s1".into(),
        session(d(2026, 1, 2), &["First"]),
        &ids(&["c1"]),
        d(2026, 1, 9),
        at(2026, 1, 2),
    )
    .unwrap();
    let (j_before, acc_before) = (j.clone(), acc.clone());
    // The commitment id is taken and the note says nothing.
    let empty = SessionDraft {
        date: d(2026, 1, 9),
        agreed_actions: ids(&["Again"]),
        ..Default::default()
    };
    let problems = record_session_note(
        &mut j,
        &mut acc,
        "s2".into(),
        empty,
        &ids(&["c1"]),
        d(2026, 1, 16),
        at(2026, 1, 9),
    )
    .unwrap_err();
    assert_eq!(
        problems,
        [Problem::Commitment(checkins::Problem::DuplicateId(
            "c1".into()
        ))]
    );
    let blank = SessionDraft {
        date: d(2026, 1, 9),
        agreed_actions: ids(&[" "]),
        ..Default::default()
    };
    let problems = record_session_note(
        &mut j,
        &mut acc,
        "s1".into(),
        blank,
        &[],
        d(2026, 1, 16),
        at(2026, 1, 9),
    )
    .unwrap_err();
    assert_eq!(
        problems,
        [Problem::EmptySession, Problem::DuplicateId("s1".into())]
    );
    assert_eq!((j, acc), (j_before, acc_before));
}

#[test]
fn repeated_ids_among_new_actions_are_refused() {
    let mut j = Journal::default();
    let mut acc = Accountability::default();
    let problems = record_session_note(
        &mut j,
        &mut acc,
        "s1".into(),
        session(d(2026, 1, 9), &["One", "Two"]),
        &ids(&["c1", "c1"]),
        d(2026, 1, 16),
        at(2026, 1, 9),
    )
    .unwrap_err();
    assert_eq!(
        problems,
        [Problem::Commitment(checkins::Problem::DuplicateId(
            "c1".into()
        ))]
    );
    assert!(j.is_empty() && acc.is_empty());
}

#[test]
fn an_older_file_without_journal_fields_loads_empty_and_round_trips() {
    let j: Journal = serde_json::from_str("{}").unwrap();
    assert!(j.is_empty());
    let mut j = Journal::default();
    j.add_win(
        "w1".into(),
        win(d(2026, 1, 5), "Talk", Some("g1")),
        at(2026, 1, 5),
    )
    .unwrap();
    j.sessions.push(SessionNote {
        id: "s1".into(),
        date: d(2026, 1, 9),
        agreed_actions: ids(&["Call, then write; done"]),
        ..Default::default()
    });
    let back: Journal = serde_json::from_str(&serde_json::to_string(&j).unwrap()).unwrap();
    assert_eq!(back, j);
}
