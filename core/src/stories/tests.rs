//! The story bank's rules: hints, suggestions for a question, coverage, grouping.

use super::*;
use crate::content::questions::{self, Theme, QUESTIONS};
use crate::workbook::tests::at;

fn story(id: &str, skills: &[&str]) -> Story {
    Story {
        id: id.into(),
        title: format!("Story {id}"),
        situation: "The team had a backlog.".into(),
        skills: skills.iter().map(|s| s.to_string()).collect(),
        updated_at: at(2026, 3, 1),
        ..Default::default()
    }
}

#[test]
fn an_action_told_only_as_we_gets_a_hint_that_goes_once_i_appears() {
    let we = hints(
        "s",
        "t",
        "We rebuilt our rota and we trained the new starters.",
        "It saved 4 hours",
        "",
    );
    assert_eq!(we, vec![StoryHint::OnlyWe]);
    let i = hints(
        "s",
        "t",
        "We agreed a plan; I rebuilt the rota.",
        "It saved 4 hours",
        "",
    );
    assert!(i.is_empty(), "{i:?}");
    assert!(!hints::only_we("I’m the one who rebuilt it with us"));
    assert!(
        !hints::only_we("Rebuilt the rota."),
        "no pronoun at all is not a 'we' story"
    );
}

#[test]
fn a_result_without_a_number_or_change_word_gets_a_hint() {
    let vague = hints(
        "s",
        "t",
        "I did it",
        "It was a good experience overall.",
        "",
    );
    assert_eq!(vague, vec![StoryHint::NoOutcome]);
    assert!(hints::has_outcome("Complaints fell sharply.", ""));
    assert!(hints::has_outcome("Reduced the wait.", ""));
    assert!(hints::has_outcome("Nothing in words", "about 30%"));
    assert!(hints::has_outcome("Wait times went from 9 days to 2.", ""));
    assert!(
        !hints::has_outcome("Everyone was involved.", ""),
        "'involved' is not 'solved'"
    );
}

#[test]
fn missing_parts_are_named_in_star_order() {
    assert_eq!(
        hints("", " ", "I did it", "", ""),
        vec![
            StoryHint::Missing(Part::Situation),
            StoryHint::Missing(Part::Task),
            StoryHint::Missing(Part::Result),
        ]
    );
    assert_eq!(StoryHint::OnlyWe.part(), Some(Part::Action));
}

#[test]
fn a_story_over_two_spoken_minutes_gets_a_length_hint() {
    let long = "word ".repeat(301);
    let h = hints(&long, "t", "I did", "It saved 3 days", "");
    assert_eq!(h, vec![StoryHint::TooLong { seconds: 124 }]);
    let ok = "word ".repeat(290);
    assert!(hints(&ok, "t", "I did", "It saved 3 days", "").is_empty());
    assert_eq!(spoken_seconds(&["one two three"]), 2);
    assert_eq!(spoken_seconds(&[""]), 0);
}

#[test]
fn there_are_forty_questions_or_more_in_every_theme_with_known_skills_and_unique_ids() {
    assert!(QUESTIONS.len() >= 40);
    for theme in Theme::ALL {
        assert!(theme.questions().count() >= 4, "{theme:?}");
        assert_eq!(Theme::from_key(theme.key()), Some(theme));
        for skill in theme.skills() {
            assert!(
                crate::content::SKILLS.items.iter().any(|i| i.id == *skill),
                "{skill}"
            );
        }
    }
    let mut ids = std::collections::BTreeSet::new();
    for q in QUESTIONS {
        assert!(ids.insert(q.id), "repeated id {}", q.id);
        assert!(!q.skills.is_empty(), "{}", q.id);
        for skill in q.skills {
            assert!(
                crate::content::SKILLS.items.iter().any(|i| i.id == *skill),
                "{} names {skill}",
                q.id
            );
        }
    }
}

#[test]
fn stories_that_share_the_question_s_skills_come_first_and_unrelated_ones_are_left_out() {
    let q = questions::find("conflict-two").unwrap(); // mediating, listening; theme adds negotiating
    let stories = vec![
        story("theme-only", &["negotiating"]),
        story("unrelated", &["coding"]),
        story("both", &["mediating", "listening"]),
        story("one", &["listening", "coding"]),
    ];
    let order: Vec<&str> = suggest(q, &stories)
        .iter()
        .map(|f| f.story.id.as_str())
        .collect();
    assert_eq!(order, ["both", "one", "theme-only"]);
    assert_eq!(
        suggest(q, &stories)[0].shared,
        vec!["mediating", "listening"]
    );
}

#[test]
fn among_equal_fits_the_story_practised_less_for_that_question_comes_first() {
    let q = questions::find("conflict-two").unwrap();
    let mut practised = story("a", &["mediating"]);
    practised.practice.push(Practice {
        id: "p1".into(),
        question: q.id.into(),
        rating: 3,
        ..Default::default()
    });
    let fresh = story("b", &["mediating"]);
    let stories = vec![practised, fresh];
    let order: Vec<&str> = suggest(q, &stories)
        .iter()
        .map(|f| f.story.id.as_str())
        .collect();
    assert_eq!(order, ["b", "a"]);
}

#[test]
fn coverage_lists_strengths_that_no_story_shows_in_their_order() {
    let strengths: Vec<String> = ["writing", "mediating", "coding"]
        .map(String::from)
        .to_vec();
    let stories = vec![story("a", &["mediating"])];
    assert_eq!(uncovered(&strengths, &stories), ["writing", "coding"]);
    assert!(uncovered(
        &strengths,
        &[story("b", &["writing", "coding", "mediating"])]
    )
    .is_empty());
}

#[test]
fn stories_group_by_skill_in_list_order_with_unskilled_ones_last() {
    let stories = vec![
        story("a", &["mediating", "writing"]),
        story("b", &[]),
        story("c", &["writing"]),
    ];
    let groups = by_skill(&stories);
    let shape: Vec<(Option<&str>, Vec<&str>)> = groups
        .iter()
        .map(|(k, s)| (*k, s.iter().map(|s| s.id.as_str()).collect()))
        .collect();
    assert_eq!(
        shape,
        vec![
            (Some("writing"), vec!["a", "c"]),
            (Some("mediating"), vec!["a"]),
            (None, vec!["b"]),
        ]
    );
}

#[test]
fn a_win_becomes_a_story_with_its_skill_date_and_links_back() {
    let win = Win {
        id: "w1".into(),
        date: NaiveDate::from_ymd_opt(2026, 4, 2).unwrap(),
        what_happened: "Ran the first community workshop on budgeting for twelve families".into(),
        what_it_shows: "Teaching, and coordinating volunteers".into(),
        goal_id: Some("g1".into()),
        ..Default::default()
    };
    let s = from_win(&win);
    assert_eq!(
        s.title,
        "Ran the first community workshop on budgeting for…"
    );
    assert_eq!(s.situation, win.what_happened);
    assert_eq!(s.skills, ["coordinating", "teaching"]);
    assert_eq!(s.when, "2026-04-02");
    assert_eq!(s.win_ids, ["w1"]);
    assert_eq!(s.goal_ids, ["g1"]);
}

#[test]
fn saving_keeps_created_time_and_practice_and_refuses_an_empty_story() {
    let mut list = Vec::new();
    assert_eq!(
        save(&mut list, Story::default(), at(2026, 1, 1)),
        Err(vec![Problem::Empty])
    );
    let mut s = story("s1", &["writing", "writing", ""]);
    save(&mut list, s.clone(), at(2026, 1, 1)).unwrap();
    assert_eq!(list[0].skills, ["writing"]);
    let p = Practice {
        id: "p1".into(),
        question: "you-walk".into(),
        rating: 4,
        seconds: Some(95),
        ..Default::default()
    };
    add_practice(&mut list, "s1", p.clone(), at(2026, 1, 2)).unwrap();
    s.title = "Renamed".into();
    save(&mut list, s, at(2026, 1, 3)).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].created_at, at(2026, 1, 1));
    assert_eq!(list[0].updated_at, at(2026, 1, 3));
    assert_eq!(list[0].practice, vec![p]);
    let bad = Practice {
        rating: 0,
        ..Default::default()
    };
    assert_eq!(
        add_practice(&mut list, "s1", bad, at(2026, 1, 4)),
        Err(vec![Problem::NoQuestion, Problem::Rating])
    );
}

#[test]
fn stories_merge_sync_and_repair_like_every_record() {
    let mut a = crate::Workbook::new(at(2026, 1, 1));
    a.stories.push(story("s1", &["writing"]));
    let mut b = a.clone();
    b.stories[0].title = "Newer".into();
    b.stories[0].updated_at = at(2026, 3, 2);
    b.stories.push(story("s2", &[]));
    let merged = crate::merge::merge(&a, &b);
    assert_eq!(merged.stories.len(), 2);
    assert_eq!(merged.stories[0].title, "Newer");

    let changes = crate::sync::doc::diff(&a, &b);
    let mut replayed = a.clone();
    for (p, e) in &changes {
        assert!(crate::sync::doc::apply(&mut replayed, p, e));
    }
    assert_eq!(replayed.stories, b.stories);

    let mut twice = b.clone();
    twice.stories.push(story("s1", &[]));
    assert_eq!(crate::ids::repair_ids(&mut twice), 1);
    assert!(crate::merge::record_keys(&twice).contains("s1-copy2"));
}
