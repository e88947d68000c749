use super::*;
use crate::workbook::tests::at;

pub fn typical() -> Program {
    Program {
        // The version its link carries: no whys, no sessions.
        version: 1,
        coach: "Ama Mensah".into(),
        contact: "ama@example.org · Tuesdays and Thursdays".into(),
        welcome: "Welcome! Over the next six weeks we'll look at what matters to you at work, \
                what you enjoy doing, and where you'd like to be in a year. Take each exercise \
                when you have a quiet half hour; there are no wrong answers. Bring your notes \
                to our next session and we'll turn them into a plan together."
            .into(),
        instruments: vec![
            "values".into(),
            "interests".into(),
            "skills".into(),
            "vision".into(),
        ],
        questions: vec![
            "When did work last feel really good, and what was happening?".into(),
            "What would you like to be different a year from now?".into(),
            "Who could help you, and how might you ask them?".into(),
        ],
        templates: vec!["job_search".into(), "grow_network".into()],
        custom_goals: vec![],
        cadence: Some(Cadence::Fortnightly),
        engagement: None,
        created_at: at(2026, 11, 20),
    }
}

#[test]
fn typical_program_has_no_problems() {
    assert_eq!(typical().problems(), vec![]);
}

#[test]
fn an_empty_program_is_refused_with_a_plain_message() {
    let p = Program::new(at(2026, 1, 1));
    let problems = p.problems();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].field, Field::Whole);
    assert_eq!(problems[0].issue, Issue::NoSteps);
}

#[test]
fn a_welcome_alone_is_not_a_program() {
    let mut p = Program::new(at(2026, 1, 1));
    p.welcome = "Hello".into();
    assert!(p.problems().iter().any(|x| x.field == Field::Whole));
    p.cadence = Some(Cadence::Weekly);
    assert_eq!(p.problems(), vec![]);
}

#[test]
fn unknown_and_repeated_ids_are_named() {
    let mut p = typical();
    p.instruments.push("horoscope".into());
    p.instruments.push("values".into());
    p.templates.push("win_lottery".into());
    let issues: Vec<Issue> = p.problems().into_iter().map(|x| x.issue).collect();
    assert!(issues.contains(&Issue::UnknownExercise("horoscope".into())));
    assert!(issues.contains(&Issue::RepeatedExercise("values".into())));
    assert!(issues.contains(&Issue::UnknownTemplate("win_lottery".into())));
}

#[test]
fn long_text_is_refused_with_its_length() {
    let mut p = typical();
    p.welcome = "a".repeat(MAX_WELCOME + 1);
    p.questions[1] = "b".repeat(MAX_QUESTION + 5);
    p.questions.push("   ".into());
    let problems = p.problems();
    assert!(problems.iter().any(|x| x.field == Field::Welcome
        && x.issue
            == Issue::TooLong {
                chars: 1501,
                max: MAX_WELCOME
            }));
    assert!(problems.iter().any(|x| x.field == Field::Question(1)));
    assert!(problems
        .iter()
        .any(|x| x.field == Field::Question(3) && x.issue == Issue::Blank));
}

#[test]
fn tidied_drops_blank_questions_and_trims() {
    let mut p = typical();
    p.coach = "  Ama ".into();
    p.questions.push("  ".into());
    let t = p.tidied();
    assert_eq!(t.coach, "Ama");
    assert_eq!(t.questions.len(), 3);
    assert_eq!(t.problems(), vec![]);
}

#[test]
fn fingerprint_is_stable_and_content_sensitive() {
    let a = typical();
    assert_eq!(a.fingerprint(), typical().fingerprint());
    let mut b = typical();
    b.welcome.push('!');
    assert_ne!(a.fingerprint(), b.fingerprint());
}

#[test]
fn accepting_adds_only_the_program_and_only_once() {
    let before = crate::sample::workbook(
        7,
        crate::sample::Size::SMALL,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
    );
    let mut wb = before.clone();
    let first = accept(&mut wb, &typical(), at(2026, 11, 21));
    assert!(matches!(first, Accepted::Added { .. }));
    let second = accept(&mut wb, &typical(), at(2026, 11, 22));
    assert!(matches!(second, Accepted::AlreadyThere { .. }));
    assert_eq!(wb.programs.len(), 1);
    let mut rest = wb.clone();
    rest.programs.clear();
    assert_eq!(rest, before, "nothing but the program changed");
}

#[test]
fn answers_are_kept_with_the_program() {
    let mut wb = Workbook::new(at(2026, 1, 1));
    let Accepted::Added { id } = accept(&mut wb, &typical(), at(2026, 1, 2)) else {
        panic!("added");
    };
    set_answer(&mut wb, &id, 1, "  More time outdoors ", at(2026, 1, 3)).unwrap();
    assert_eq!(wb.programs[0].answer(1), "More time outdoors");
    assert_eq!(wb.programs[0].answer(0), "");
    assert_eq!(
        set_answer(&mut wb, &id, 9, "x", at(2026, 1, 3)),
        Err(AnswerError::NoSuchQuestion)
    );
    assert_eq!(
        set_answer(&mut wb, "nope", 0, "x", at(2026, 1, 3)),
        Err(AnswerError::NoSuchProgram)
    );
    let long = "x".repeat(MAX_ANSWER + 1);
    assert!(matches!(
        set_answer(&mut wb, &id, 0, &long, at(2026, 1, 3)),
        Err(AnswerError::TooLong { .. })
    ));
    assert!(remove(&mut wb, &id));
    assert!(wb.programs.is_empty());
}

#[test]
fn progress_walks_exercises_then_questions_then_rhythm_then_goal() {
    let mut wb = Workbook::new(at(2026, 1, 1));
    accept(&mut wb, &typical(), at(2026, 1, 2));
    let id = wb.programs[0].id.clone();
    let p = progress(&wb.programs[0], &wb);
    assert_eq!(
        p.next,
        NextStep::Exercise {
            id: "values",
            title: content::VALUES.title
        }
    );
    assert_eq!((p.done, p.total), (0, 4 + 3 + 1 + 1));

    // Pretend every listed exercise has a result.
    for inst in ["values", "interests", "skills", "vision"] {
        let r = crate::discover::InstrumentResult {
            instrument: inst.into(),
            taken_at: at(2026, 1, 3),
            answers: Default::default(),
            outcome: crate::discover::Outcome::Sorted(Default::default()),
        };
        wb.discovery.results.insert(inst.into(), vec![r]);
    }
    assert_eq!(progress(&wb.programs[0], &wb).next, NextStep::Questions);
    for i in 0..3 {
        set_answer(&mut wb, &id, i, "yes", at(2026, 1, 4)).unwrap();
    }
    assert_eq!(
        progress(&wb.programs[0], &wb).next,
        NextStep::Cadence(Cadence::Fortnightly)
    );
    wb.checkins.plan = Some(crate::checkins::CadencePlan::new(
        Cadence::Weekly,
        chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
    ));
    assert_eq!(progress(&wb.programs[0], &wb).next, NextStep::Goal);
}

#[test]
fn old_workbooks_without_programs_still_load() {
    let wb = Workbook::new(at(2026, 1, 1));
    let mut v = serde_json::to_value(&wb).unwrap();
    v.as_object_mut().unwrap().remove("programs");
    let back: Workbook = serde_json::from_value(v).unwrap();
    assert!(back.programs.is_empty());
}

#[test]
fn the_latest_program_that_suggests_a_rhythm_is_the_one_offered() {
    let mut wb = Workbook::new(at(2026, 1, 1));
    assert_eq!(suggested_cadence(&wb), None);
    let t = |d: i64| chrono::DateTime::from_timestamp(1_790_000_000 + d * 86_400, 0).unwrap();
    let mut first = Program::new(t(0));
    first.coach = "Sam".into();
    first.cadence = Some(Cadence::Monthly);
    accept(&mut wb, &first, t(1));
    let mut quiet = Program::new(t(2));
    quiet.questions = vec!["What energises you?".into()];
    accept(&mut wb, &quiet, t(3));
    assert_eq!(
        suggested_cadence(&wb),
        Some((Cadence::Monthly, "Sam".into()))
    );
    let mut later = Program::new(t(4));
    later.cadence = Some(Cadence::Fortnightly);
    accept(&mut wb, &later, t(5));
    assert_eq!(
        suggested_cadence(&wb),
        Some((Cadence::Fortnightly, String::new()))
    );
}

#[test]
fn an_engagement_outside_the_ranges_is_refused_beside_its_part() {
    use crate::engagement::{Engagement, OutOfRange};
    let start = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    let mut p = typical();
    p.engagement = Some(Engagement::new(start, 6, 2));
    assert_eq!(p.problems(), vec![]);
    p.engagement = Some(Engagement::new(start, 20, 2));
    assert_eq!(
        p.problems(),
        vec![Problem {
            field: Field::Engagement,
            issue: Issue::Engagement(OutOfRange::Sessions { count: 20 })
        }]
    );
}

#[test]
fn planned_sessions_alone_are_something_to_do() {
    let mut p = Program::new(at(2026, 1, 1));
    p.engagement = Some(crate::engagement::Engagement::new(
        chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
        4,
        3,
    ));
    assert_eq!(p.problems(), vec![]);
}

#[test]
fn a_program_without_sessions_keeps_its_stored_shape_and_id() {
    let p = typical();
    let json = serde_json::to_string(&p).unwrap();
    assert!(!json.contains("engagement"));
    let back: Program = serde_json::from_str(&json).unwrap();
    assert_eq!(back.fingerprint(), p.fingerprint());
}

#[test]
fn a_coach_goal_reads_as_a_plain_title_or_with_a_why() {
    let old: Program = serde_json::from_str(
        r#"{"coach":"Ama","custom_goals":["Speak at a meetup"],"created_at":"2026-11-20T09:30:00Z"}"#,
    )
    .unwrap();
    assert_eq!(
        old.custom_goals,
        vec![CoachGoal::new("Speak at a meetup", "")]
    );
    let new: Program = serde_json::from_str(
        r#"{"custom_goals":[{"title":"Speak at a meetup","why":"You light up when you teach."},{"title":"Ship it"}],"created_at":"2026-11-20T09:30:00Z"}"#,
    )
    .unwrap();
    assert_eq!(
        new.custom_goals,
        vec![
            CoachGoal::new("Speak at a meetup", "You light up when you teach."),
            CoachGoal::new("Ship it", "")
        ]
    );
    assert!(serde_json::from_str::<CoachGoal>("5").is_err());
    assert!(serde_json::from_str::<CoachGoal>(r#"{"why":"no title"}"#).is_err());
}

#[test]
fn a_goal_without_a_why_is_written_as_before_so_its_fingerprint_holds() {
    let mut p = typical();
    p.custom_goals = vec!["Speak at a meetup".into()];
    let json = serde_json::to_string(&p).unwrap();
    assert!(
        json.contains(r#""custom_goals":["Speak at a meetup"]"#),
        "{json}"
    );
    p.custom_goals[0].why = "Because".into();
    let json = serde_json::to_string(&p).unwrap();
    assert!(
        json.contains(r#"{"title":"Speak at a meetup","why":"Because"}"#),
        "{json}"
    );
    let back: Program = serde_json::from_str(&json).unwrap();
    assert_eq!(back, p);
}

#[test]
fn a_link_from_the_previous_build_with_plain_titles_still_opens() {
    // The previous build wrote goals as plain strings under "g".
    let json = br#"{"n":"Ama","g":["Speak at a meetup","Ship it"],"at":1764000000}"#;
    let text = crate::share::pack(1, json);
    let p = crate::share::decode(&text).unwrap();
    assert_eq!(
        p.custom_goals,
        vec![
            CoachGoal::new("Speak at a meetup", ""),
            CoachGoal::new("Ship it", "")
        ]
    );
    let mixed = br#"{"g":["A",{"title":"B","why":"Because"}],"at":1764000000}"#;
    let p = crate::share::decode(&crate::share::pack(1, mixed)).unwrap();
    assert_eq!(p.custom_goals[1], CoachGoal::new("B", "Because"));
}

#[test]
fn a_long_why_is_refused_beside_its_goal_and_a_why_alone_needs_a_title() {
    let mut p = typical();
    p.custom_goals = vec![CoachGoal::new(
        "Lead a project",
        "w".repeat(MAX_CUSTOM_GOAL_WHY + 1),
    )];
    assert_eq!(
        p.problems(),
        vec![Problem {
            field: Field::CustomGoalWhy(0),
            issue: Issue::TooLong {
                chars: MAX_CUSTOM_GOAL_WHY + 1,
                max: MAX_CUSTOM_GOAL_WHY
            }
        }]
    );
    p.custom_goals = vec![
        CoachGoal::new("  ", "A why with no goal"),
        CoachGoal::new(" ", " "),
    ];
    let tidy = p.tidied();
    assert_eq!(tidy.custom_goals.len(), 1);
    assert_eq!(tidy.problems()[0].field, Field::CustomGoal(0));
    assert_eq!(tidy.problems()[0].issue, Issue::Blank);
}
