use super::*;
use crate::goals::Goal;
use crate::share::base64url_encode;
use crate::workbook::tests::at;
use chrono::NaiveDate;
use proptest::prelude::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn typical() -> Feedback {
    Feedback {
        version: FEEDBACK_VERSION,
        coach: "Ama Mensah".into(),
        date: day(2026, 11, 28),
        overall: "Good momentum since our last session. The interviews are paying off.".into(),
        goals: vec![
            GoalNote {
                goal_id: "g-1".into(),
                title: "Find a new role".into(),
                note: "Narrow the list to five companies you would really like.".into(),
            },
            GoalNote {
                goal_id: "g-gone".into(),
                title: "Learn Spanish".into(),
                note: "Park this until spring, as you said.".into(),
            },
        ],
        actions: vec![
            "Ask Priya for an introduction".into(),
            "Update the CV summary".into(),
        ],
        due: Some(day(2026, 12, 12)),
        created_at: at(2026, 11, 28),
    }
}

fn client() -> Workbook {
    let mut wb = Workbook::new(at(2026, 1, 1));
    let mut g = Goal::new("g-1".into(), at(2026, 1, 2));
    g.title = "Find a new role".into();
    wb.goals.push(g);
    wb
}

fn words() -> NoteWords {
    NoteWords {
        agenda: "Feedback from Ama".into(),
        notes: "Good momentum.".into(),
    }
}

fn ids(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("c-{i}")).collect()
}

#[test]
fn typical_feedback_has_no_problems_and_round_trips_in_a_short_link() {
    let f = typical();
    assert_eq!(f.problems(), vec![]);
    let text = encode(&f);
    assert!(text.starts_with("1."));
    assert_eq!(decode(&text), Ok(f.clone()));
    let url = link("https://coach.example/app/#program=old", &f);
    assert_eq!(url.matches('#').count(), 1);
    assert!(url.len() < 1000, "link is {} characters", url.len());
    let hash = url.split_once('#').unwrap().1;
    assert_eq!(find_in_hash(hash).map(decode), Some(Ok(f)));
}

#[test]
fn a_program_link_is_not_feedback_and_feedback_is_not_a_program() {
    assert_eq!(find_in_hash("#program=1.abc"), None);
    assert_eq!(crate::share::find_in_hash("#feedback=1.abc"), None);
    assert_eq!(find_in_hash("x=1&feedback=1.abc"), Some("1.abc"));
}

#[test]
fn empty_feedback_is_refused() {
    let f = Feedback::new(day(2026, 1, 1), at(2026, 1, 1));
    assert_eq!(
        f.problems(),
        vec![Problem {
            field: Field::Whole,
            issue: Issue::Nothing
        }]
    );
    let mut only_an_action = f.clone();
    only_an_action.actions.push("Call Sam".into());
    assert_eq!(only_an_action.problems(), vec![]);
}

#[test]
fn long_repeated_and_blank_parts_are_named() {
    let mut f = typical();
    f.overall = "a".repeat(MAX_OVERALL + 1);
    f.goals.push(f.goals[0].clone());
    f.goals.push(GoalNote {
        goal_id: " ".into(),
        title: String::new(),
        note: "x".into(),
    });
    f.actions.push("   ".into());
    f.actions.push("b".repeat(MAX_ACTION + 2));
    let problems = f.problems();
    let has = |field, issue: Issue| {
        problems
            .iter()
            .any(|p| p.field == field && p.issue == issue)
    };
    assert!(has(
        Field::Overall,
        Issue::TooLong {
            chars: MAX_OVERALL + 1,
            max: MAX_OVERALL
        }
    ));
    assert!(has(Field::GoalNote(2), Issue::RepeatedGoal));
    assert!(has(Field::GoalNote(3), Issue::NoGoal));
    assert!(has(Field::Action(2), Issue::Blank));
    assert!(has(
        Field::Action(3),
        Issue::TooLong {
            chars: MAX_ACTION + 2,
            max: MAX_ACTION
        }
    ));
    f.actions = vec!["a".into(); MAX_ACTIONS + 1];
    assert!(f.problems().iter().any(|p| p.field == Field::Actions));
}

#[test]
fn tidying_drops_blank_notes_and_actions() {
    let mut f = typical();
    f.coach = "  Ama ".into();
    f.goals[1].note = "  ".into();
    f.actions.insert(0, "   ".into());
    let t = f.tidied();
    assert_eq!(t.coach, "Ama");
    assert_eq!(t.goals.len(), 1);
    assert_eq!(t.actions.len(), 2);
    assert_eq!(t.problems(), vec![]);
}

#[test]
fn goal_notes_are_matched_to_goals_by_id_and_a_missing_goal_is_none() {
    let f = typical();
    let wb = client();
    let m = f.matched(&wb);
    assert_eq!(m.len(), 2);
    assert_eq!(m[0].1.map(|g| g.id.as_str()), Some("g-1"));
    assert!(m[1].1.is_none());
}

#[test]
fn accepting_adds_one_session_note_and_its_commitments_and_nothing_else() {
    let f = typical();
    let mut wb = client();
    let before = wb.clone();
    let today = day(2026, 11, 30);
    let out = accept(&mut wb, &f, words(), &ids(2), today, at(2026, 11, 30)).unwrap();
    assert_eq!(
        out,
        Accepted::Added {
            session_id: f.session_id(),
            commitments: 2
        }
    );
    assert_eq!(wb.journal.sessions.len(), 1);
    let note = &wb.journal.sessions[0];
    assert_eq!(note.date, day(2026, 11, 28));
    assert_eq!(note.agenda, "Feedback from Ama");
    assert_eq!(note.agreed_actions, f.actions);
    assert_eq!(wb.checkins.commitments.len(), 2);
    assert!(wb
        .checkins
        .commitments
        .iter()
        .all(|c| c.due == day(2026, 12, 12)));
    assert_eq!(
        wb.checkins.commitments[0].text,
        "Ask Priya for an introduction"
    );
    // Nothing else changed.
    let mut rest = wb.clone();
    rest.journal = before.journal.clone();
    rest.checkins.commitments = before.checkins.commitments.clone();
    assert_eq!(rest, before);
}

#[test]
fn accepting_twice_changes_nothing_the_second_time() {
    let f = typical();
    let mut wb = client();
    let now = at(2026, 11, 30);
    accept(&mut wb, &f, words(), &ids(2), now.date_naive(), now).unwrap();
    let once = wb.clone();
    let again = accept(
        &mut wb,
        &f,
        words(),
        &["x".into(), "y".into()],
        now.date_naive(),
        now,
    );
    assert_eq!(
        again,
        Ok(Accepted::AlreadyThere {
            session_id: f.session_id()
        })
    );
    assert_eq!(wb, once);
    // The same feedback read back from its link is the same feedback.
    let back = decode(&encode(&f)).unwrap();
    assert_eq!(back.id(), f.id());
}

#[test]
fn a_past_due_day_or_a_future_date_is_brought_to_today() {
    let mut f = typical();
    f.due = Some(day(2026, 1, 1));
    f.date = day(2027, 5, 1);
    let mut wb = client();
    let today = day(2026, 11, 30);
    accept(&mut wb, &f, words(), &ids(2), today, at(2026, 11, 30)).unwrap();
    assert_eq!(wb.journal.sessions[0].date, today);
    // No rhythm: a week out.
    assert!(wb
        .checkins
        .commitments
        .iter()
        .all(|c| c.due == day(2026, 12, 7)));
}

#[test]
fn wrong_id_counts_change_nothing() {
    let f = typical();
    let mut wb = client();
    let before = wb.clone();
    let now = at(2026, 11, 30);
    assert!(accept(&mut wb, &f, words(), &ids(1), now.date_naive(), now).is_err());
    assert_eq!(wb, before);
}

#[test]
fn a_feedback_file_carries_the_link_text() {
    let f = typical();
    let file = file_text(&f);
    let text = text_in_file(&file).unwrap();
    assert_eq!(decode(&text), Ok(f));
    assert_eq!(
        text_in_file("{\"format\":\"waymark-backup\",\"feedback\":\"1.x\"}"),
        None
    );
    assert_eq!(text_in_file("not json"), None);
    assert_eq!(text_in_file(""), None);
}

#[test]
fn cut_changed_and_hostile_links_get_the_program_link_answers() {
    let text = encode(&typical());
    for keep in 3..text.len() {
        assert_eq!(
            decode(&text[..keep]),
            Err(LinkError::Truncated),
            "cut at {keep}"
        );
    }
    assert_eq!(decode(""), Err(LinkError::Empty));
    assert_eq!(decode("1."), Err(LinkError::Truncated));
    assert_eq!(decode("1.abc$def"), Err(LinkError::Damaged));
    assert_eq!(
        decode(&text.replacen("1.", "2.", 1)),
        Err(LinkError::Newer { found: 2 })
    );
    let huge = format!("1.{}", "A".repeat(crate::share::MAX_LINK_CHARS));
    assert!(matches!(decode(&huge), Err(LinkError::TooLong { .. })));
    // A zip bomb.
    let json = format!(
        "{{\"d\":\"2026-01-01\",\"o\":\"{}\",\"at\":0}}",
        "a".repeat(crate::share::MAX_INFLATED_BYTES * 4)
    );
    let bomb = crate::share::pack(1, json.as_bytes());
    assert!(matches!(decode(&bomb), Err(LinkError::TooLong { .. })));
    // Readable, but breaking a rule.
    let empty = crate::share::pack(1, b"{\"d\":\"2026-01-01\",\"at\":0}");
    assert!(matches!(
        decode(&empty),
        Err(LinkError::Invalid(Unusable::Feedback(Problem {
            issue: Issue::Nothing,
            ..
        })))
    ));
    // Not a date.
    let odd = crate::share::pack(1, b"{\"d\":\"2026-02-30\",\"o\":\"x\",\"at\":0}");
    assert_eq!(decode(&odd), Err(LinkError::Invalid(Unusable::Shape)));
    // A program is not feedback.
    let program = crate::share::encode(&crate::program::tests::typical());
    assert!(decode(&program).is_err());
}

fn arb_text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..max).prop_map(|v| v.into_iter().collect())
}

fn not_blank(max: usize) -> impl Strategy<Value = String> {
    arb_text(max).prop_filter("not blank", |s| !s.trim().is_empty())
}

fn arb_feedback() -> impl Strategy<Value = Feedback> {
    (
        arb_text(40),
        0i64..3000,
        arb_text(400),
        proptest::collection::vec((not_blank(20), arb_text(40), not_blank(200)), 0..4),
        proptest::collection::vec(not_blank(60), 0..4),
        proptest::option::of(0i64..3000),
        0i64..4_000_000_000,
    )
        .prop_map(|(coach, d, overall, goals, actions, due, secs)| {
            let base = day(2024, 1, 1);
            Feedback {
                version: FEEDBACK_VERSION,
                coach,
                date: base + chrono::Days::new(d as u64),
                overall,
                goals: goals
                    .into_iter()
                    .map(|(goal_id, title, note)| GoalNote {
                        goal_id,
                        title,
                        note,
                    })
                    .collect(),
                actions,
                due: due.map(|d| base + chrono::Days::new(d as u64)),
                created_at: DateTime::<Utc>::from_timestamp(secs, 0)
                    .unwrap_or_else(|| at(2026, 1, 1)),
            }
        })
        .prop_filter("valid", |f| f.problems().is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_valid_feedback_round_trips(f in arb_feedback()) {
        let text = encode(&f);
        prop_assert!(text.is_ascii());
        prop_assert_eq!(decode(&text), Ok(f.clone()));
        prop_assert_eq!(text_in_file(&file_text(&f)).map(|t| decode(&t)), Some(Ok(f.clone())));
        let url = link("https://a.example/x/", &f);
        let hash = url.split_once('#').map(|(_, h)| h).unwrap_or("");
        prop_assert_eq!(find_in_hash(hash).map(decode), Some(Ok(f)));
    }

    #[test]
    fn any_text_is_refused_or_read_never_a_panic(text in arb_text(300)) {
        let _ = decode(&text);
        let _ = decode(&format!("1.{text}"));
        let _ = text_in_file(&text);
    }

    #[test]
    fn random_base64_after_the_version_is_refused(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let text = format!("1.{}", base64url_encode(&bytes));
        prop_assert!(decode(&text).is_err());
    }

    #[test]
    fn every_truncation_is_refused(f in arb_feedback(), cut in 0.0f64..1.0) {
        let text = encode(&f);
        let keep = ((text.len() as f64) * cut) as usize;
        prop_assert!(keep < text.len());
        prop_assert!(decode(&text[..keep]).is_err());
    }

    #[test]
    fn every_changed_character_is_refused_or_changes_nothing(f in arb_feedback(), at_char in any::<prop::sample::Index>(), to in proptest::sample::select(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".to_vec())) {
        let text = encode(&f);
        let mut chars: Vec<u8> = text.clone().into_bytes();
        let i = 2 + at_char.index(chars.len() - 2);
        prop_assume!(chars[i] != to);
        chars[i] = to;
        let changed = String::from_utf8(chars).unwrap_or_default();
        match decode(&changed) {
            Err(_) => {}
            Ok(g) => prop_assert_eq!(Ok(g), decode(&text), "changed character {} gave other feedback", i),
        }
    }

    #[test]
    fn accepting_any_valid_feedback_adds_exactly_one_note_and_its_actions(f in arb_feedback()) {
        let mut wb = client();
        let now = at(2026, 11, 30);
        let n = f.actions.len();
        let out = accept(&mut wb, &f, words(), &ids(n), now.date_naive(), now);
        prop_assert_eq!(out, Ok(Accepted::Added { session_id: f.session_id(), commitments: n }));
        prop_assert_eq!(wb.journal.sessions.len(), 1);
        prop_assert_eq!(wb.checkins.commitments.len(), n);
        let again = accept(&mut wb, &f, words(), &ids(n), now.date_naive(), now);
        prop_assert!(matches!(again, Ok(Accepted::AlreadyThere { .. })), "second accept added again");
        prop_assert_eq!(wb.journal.sessions.len(), 1);
    }
}
