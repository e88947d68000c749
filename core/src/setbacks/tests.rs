//! Setbacks: saving, the recent rule, turning one into a commitment or a moved milestone,
//! and travelling through merge, sync and id repair like every record.

use super::*;
use crate::workbook::tests::at;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn draft(date: NaiveDate, what: &str) -> SetbackDraft {
    SetbackDraft {
        date,
        what_happened: what.into(),
        try_next: "  Ask for feedback  ".into(),
        ..Default::default()
    }
}

fn setback(id: &str, date: NaiveDate) -> Setback {
    Setback {
        id: id.into(),
        date,
        what_happened: format!("Setback {id}"),
        updated_at: at(2026, 3, 1),
        ..Default::default()
    }
}

#[test]
fn a_setback_needs_words_and_a_date_not_in_the_future() {
    let mut list = Vec::new();
    let now = at(2026, 3, 10);
    assert_eq!(
        add_setback(&mut list, "sb1".into(), draft(day(2026, 3, 20), " "), now),
        Err(vec![Problem::Empty, Problem::FutureDate(day(2026, 3, 20))])
    );
    assert!(list.is_empty());
    add_setback(
        &mut list,
        "sb1".into(),
        draft(day(2026, 3, 9), "No reply"),
        now,
    )
    .unwrap();
    assert_eq!(list[0].try_next, "Ask for feedback");
    assert_eq!(
        add_setback(&mut list, "sb1".into(), draft(day(2026, 3, 9), "x"), now),
        Err(vec![Problem::DuplicateId("sb1".into())])
    );
}

#[test]
fn editing_keeps_the_links_and_moves_the_stamp_forward() {
    let mut list = vec![Setback {
        commitment_id: Some("k1".into()),
        ..setback("sb1", day(2026, 3, 1))
    }];
    edit_setback(
        &mut list,
        "sb1",
        draft(day(2026, 3, 2), "Changed"),
        at(2026, 3, 5),
    )
    .unwrap();
    assert_eq!(list[0].what_happened, "Changed");
    assert_eq!(list[0].commitment_id.as_deref(), Some("k1"));
    assert_eq!(list[0].updated_at, at(2026, 3, 5));
    assert_eq!(
        edit_setback(
            &mut list,
            "nope",
            draft(day(2026, 3, 2), "x"),
            at(2026, 3, 5)
        ),
        Err(vec![Problem::NotFound])
    );
}

#[test]
fn a_setback_is_recent_for_fourteen_days_and_the_newest_is_chosen() {
    let today = day(2026, 3, 20);
    let list = vec![
        setback("old", day(2026, 3, 5)),
        setback("edge", day(2026, 3, 6)),
    ];
    assert_eq!(
        recent_setback(&list, today).map(|s| s.id.as_str()),
        Some("edge")
    );
    assert_eq!(recent_setback(&list, day(2026, 3, 21)), None);
    let mut more = list.clone();
    more.push(setback("new", day(2026, 3, 19)));
    assert_eq!(
        recent_setback(&more, today).map(|s| s.id.as_str()),
        Some("new")
    );
    assert_eq!(recent_setback(&[], today), None);
}

#[test]
fn a_setback_becomes_a_commitment_and_remembers_it() {
    let mut list = vec![setback("sb1", day(2026, 3, 1))];
    let mut acc = Accountability::default();
    let c = CommitmentDraft {
        text: "Ask for feedback".into(),
        due: day(2026, 3, 8),
        goal_id: None,
    };
    make_commitment(
        &mut list,
        &mut acc,
        "sb1",
        "k1".into(),
        c.clone(),
        at(2026, 3, 2),
    )
    .unwrap();
    assert_eq!(acc.commitments[0].text, "Ask for feedback");
    assert_eq!(list[0].commitment_id.as_deref(), Some("k1"));
    // A blank commitment changes nothing.
    let blank = CommitmentDraft {
        text: " ".into(),
        ..c
    };
    assert!(make_commitment(
        &mut list,
        &mut acc,
        "sb1",
        "k2".into(),
        blank,
        at(2026, 3, 2)
    )
    .is_err());
    assert_eq!(acc.commitments.len(), 1);
    assert_eq!(list[0].commitment_id.as_deref(), Some("k1"));
}

#[test]
fn a_setback_moves_a_milestone_and_adds_what_to_try_next_to_its_notes() {
    let mut list = vec![setback("sb1", day(2026, 3, 1))];
    let mut goal = Goal::new("g1".into(), at(2026, 1, 1));
    goal.add_milestone(
        "m1".into(),
        "Apply to five roles",
        Some(day(2026, 3, 5)),
        at(2026, 1, 1),
    );
    let mut goals = vec![goal];
    let change = Adjustment {
        target: MilestoneRef {
            goal_id: "g1".into(),
            milestone_id: "m1".into(),
        },
        title: Some("Apply to three roles".into()),
        due: Some(day(2026, 4, 1)),
        note: "Ask for feedback first".into(),
    };
    adjust_milestone(&mut list, &mut goals, "sb1", change.clone(), at(2026, 3, 2)).unwrap();
    let m = goals[0].milestone("m1").unwrap();
    assert_eq!(m.due, Some(day(2026, 4, 1)));
    assert_eq!(m.title, "Apply to three roles");
    assert_eq!(m.notes, "Ask for feedback first");
    assert_eq!(list[0].milestone, Some(change.target.clone()));
    let missing = Adjustment {
        target: MilestoneRef {
            goal_id: "g1".into(),
            milestone_id: "m9".into(),
        },
        ..change
    };
    assert_eq!(
        adjust_milestone(&mut list, &mut goals, "sb1", missing, at(2026, 3, 2)),
        Err(vec![Problem::NotFound])
    );
}

#[test]
fn setbacks_merge_sync_and_repair_like_every_record() {
    let mut a = crate::Workbook::new(at(2026, 1, 1));
    a.setbacks.push(setback("sb1", day(2026, 2, 1)));
    let mut b = a.clone();
    b.setbacks[0].reframe = "One no is not every no".into();
    b.setbacks[0].updated_at = at(2026, 3, 2);
    b.setbacks.push(setback("sb2", day(2026, 2, 3)));
    let merged = crate::merge::merge(&a, &b);
    assert_eq!(merged.setbacks.len(), 2);
    assert_eq!(merged.setbacks[0].reframe, "One no is not every no");
    assert_eq!(
        crate::merge::merge(&b, &a).setbacks[0].reframe,
        "One no is not every no"
    );

    let changes = crate::sync::doc::diff(&a, &b);
    let mut replayed = a.clone();
    for (p, e) in &changes {
        assert!(crate::sync::doc::apply(&mut replayed, p, e));
    }
    assert_eq!(replayed.setbacks, b.setbacks);

    // A deleted setback stays deleted when an older copy is merged in.
    let mut deleted = b.clone();
    let before = crate::merge::record_keys(&deleted);
    deleted.setbacks.retain(|s| s.id != "sb2");
    crate::merge::note_deletions(&before, &mut deleted, at(2026, 3, 3));
    assert_eq!(crate::merge::merge(&deleted, &b).setbacks.len(), 1);

    let mut twice = b.clone();
    twice.setbacks.push(setback("sb1", day(2026, 2, 1)));
    assert_eq!(crate::ids::repair_ids(&mut twice), 1);
    assert!(crate::merge::record_keys(&twice).contains("sb1-copy2"));
}

#[test]
fn a_recent_setback_is_answered_with_the_persons_own_wins_stories_and_goals() {
    let mut wb = crate::Workbook::new(at(2026, 1, 1));
    assert!(comeback(&wb, day(2026, 3, 20)).is_none());
    for (i, d) in [1, 5, 9, 12].into_iter().enumerate() {
        wb.journal.wins.push(crate::journal::Win {
            id: format!("w{i}"),
            date: day(2026, 3, d),
            what_happened: format!("Win {i}"),
            ..Default::default()
        });
    }
    wb.stories.push(crate::stories::Story {
        id: "st1".into(),
        title: "The backlog".into(),
        ..Default::default()
    });
    let mut g = Goal::new("g1".into(), at(2026, 1, 1));
    g.title = "Move into UX".into();
    wb.goals.push(g);
    wb.setbacks.push(setback("sb1", day(2026, 3, 18)));
    let c = comeback(&wb, day(2026, 3, 20)).unwrap();
    assert_eq!(c.setback.id, "sb1");
    let wins: Vec<&str> = c.wins.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(wins, vec!["w3", "w2", "w1"]);
    assert_eq!(c.stories[0].title, "The backlog");
    assert_eq!(c.goals[0].title, "Move into UX");
    assert!(comeback(&wb, day(2026, 4, 20)).is_none());
}
