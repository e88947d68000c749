//! The pitch builder's rules: what material it gathers, which stories are best, the
//! live hints, and how versions are saved and merged.

use super::*;
use crate::sample::{self, Size};
use crate::stories::Practice;
use crate::workbook::tests::at;

fn story(id: &str, result: &str, ratings: &[u8], updated: DateTime<Utc>) -> Story {
    Story {
        id: id.into(),
        title: format!("Story {id}"),
        situation: "The queue was long.".into(),
        result: result.into(),
        practice: ratings
            .iter()
            .enumerate()
            .map(|(i, r)| Practice {
                id: format!("{id}-p{i}"),
                question: "q".into(),
                rating: *r,
                ..Default::default()
            })
            .collect(),
        updated_at: updated,
        ..Default::default()
    }
}

fn ids(list: &[&Story]) -> Vec<String> {
    list.iter().map(|s| s.id.clone()).collect()
}

#[test]
fn the_highest_rated_story_comes_first_then_the_most_practised_then_one_with_a_result() {
    let t = at(2026, 3, 1);
    let stories = vec![
        story("plain", "", &[], at(2026, 5, 1)),
        story("told-well", "Won the bid", &[3, 5], t),
        story("often", "", &[3, 3, 4], t),
        story("once", "", &[4], t),
        story("with-result", "Cut waiting from 9 days to 2", &[], t),
    ];
    assert_eq!(
        ids(&best_stories(&stories, 10)),
        ["told-well", "often", "once", "with-result", "plain"]
    );
    assert_eq!(ids(&best_stories(&stories, 2)), ["told-well", "often"]);
}

#[test]
fn a_story_with_a_measure_beats_one_with_only_a_result_and_newer_breaks_ties() {
    let mut measured = story("measured", "Fewer complaints", &[], at(2026, 1, 1));
    measured.measure = "30% fewer".into();
    let stories = vec![
        story("older", "Fewer complaints", &[], at(2026, 1, 1)),
        story("newer", "Fewer complaints", &[], at(2026, 2, 1)),
        measured,
    ];
    assert_eq!(
        ids(&best_stories(&stories, 3)),
        ["measured", "newer", "older"]
    );
}

#[test]
fn empty_stories_are_never_offered() {
    let empty = Story {
        id: "blank".into(),
        ..Default::default()
    };
    assert!(best_stories(&[empty], 3).is_empty());
}

#[test]
fn material_gathers_values_strengths_code_vision_and_the_best_stories() {
    let mut wb = sample::workbook(
        5,
        Size::SMALL,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
    );
    let profile = latest_profile(&wb.discovery);
    wb.stories = vec![
        story("a", "Result A", &[2], at(2026, 1, 1)),
        story("b", "Result B", &[5], at(2026, 1, 1)),
        story("c", "", &[], at(2026, 1, 1)),
        story("d", "", &[], at(2025, 1, 1)),
    ];
    let m = material(&wb);
    let top: Vec<String> = profile
        .values
        .as_ref()
        .unwrap()
        .top
        .iter()
        .map(|n| n.name.clone())
        .collect();
    assert_eq!(m.values, top);
    assert_eq!(
        m.code.as_ref().map(|(c, _)| c.clone()),
        profile.interests.as_ref().map(|i| i.code.clone())
    );
    assert_eq!(m.stories.len(), BEST_STORIES);
    assert_eq!(m.stories[0].id, "b");
    assert_eq!(m.stories[0].best_rating, 5);
    assert_eq!(m.stories[0].result, "Result B");
    assert_eq!(m.stories[1].id, "a");
    assert_eq!(
        m.strengths,
        profile
            .skills
            .as_ref()
            .map(|s| s
                .strengths
                .iter()
                .map(|n| n.name.clone())
                .collect::<Vec<_>>())
            .unwrap_or_default()
    );
}

#[test]
fn an_empty_workbook_has_no_material_and_every_field_says_what_is_missing() {
    let m = material(&Workbook::new(at(2026, 1, 1)));
    assert!(m.is_empty());
    for f in Field::ALL {
        assert!(m.for_field(f).is_empty());
        assert_eq!(m.missing_for(f), f.sources());
    }
}

#[test]
fn each_field_shows_only_the_material_there_is_in_its_own_order() {
    let m = Material {
        values: vec!["Autonomy".into()],
        vision: Some("A calm studio".into()),
        ..Default::default()
    };
    assert_eq!(m.for_field(Field::Headline), [Source::Values]);
    assert_eq!(m.for_field(Field::Pitch), [Source::Vision]);
    assert_eq!(m.for_field(Field::About), [Source::Values, Source::Vision]);
    assert_eq!(
        m.missing_for(Field::Pitch),
        [Source::Strengths, Source::Stories]
    );
}

#[test]
fn a_long_headline_and_one_over_two_lines_get_hints() {
    assert!(hints("I help small charities tell their story", "", "").is_empty());
    let long = "word ".repeat(30);
    assert_eq!(
        hints(&long, "", ""),
        vec![Hint::HeadlineLong {
            chars: long.trim().chars().count()
        }]
    );
    assert_eq!(hints("Designer\nWriter", "", ""), vec![Hint::HeadlineLines]);
}

#[test]
fn a_pitch_over_thirty_spoken_seconds_gets_a_hint_and_a_very_short_one_too() {
    // 75 words at 150 a minute is exactly 30 seconds.
    let just = "word ".repeat(75);
    assert!(hints("", &just, "").is_empty());
    let over = "word ".repeat(90);
    assert_eq!(hints("", &over, ""), vec![Hint::PitchLong { seconds: 36 }]);
    assert_eq!(
        hints("", "I design gardens.", ""),
        vec![Hint::PitchShort { seconds: 2 }]
    );
    assert!(
        hints("", "   ", "").is_empty(),
        "a blank pitch has prompts, not hints"
    );
    for h in hints(&"x".repeat(200), &over, &"w ".repeat(200)) {
        assert_eq!(
            h.field(),
            match h {
                Hint::HeadlineLong { .. } | Hint::HeadlineLines => Field::Headline,
                Hint::PitchLong { .. } | Hint::PitchShort { .. } => Field::Pitch,
                Hint::AboutLong { .. } => Field::About,
            }
        );
    }
}

#[test]
fn a_long_about_me_gets_a_hint() {
    assert_eq!(
        hints("", "", &"w ".repeat(ABOUT_WORDS + 1)),
        vec![Hint::AboutLong {
            words: ABOUT_WORDS + 1
        }]
    );
    assert!(hints("", "", &"w ".repeat(ABOUT_WORDS)).is_empty());
}

#[test]
fn saving_makes_a_new_version_and_keeps_the_earlier_ones() {
    let mut list = Vec::new();
    save_version(
        &mut list,
        "pv-1".into(),
        " Gardens ",
        "",
        "",
        at(2026, 1, 1),
    )
    .unwrap();
    save_version(
        &mut list,
        "pv-2".into(),
        "Gardens for schools",
        "p",
        "",
        at(2026, 2, 1),
    )
    .unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].headline, "Gardens", "trimmed, and left as it was");
    assert_eq!(latest(&list).map(|p| p.id.as_str()), Some("pv-2"));
    assert_eq!(
        newest_first(&list)
            .iter()
            .map(|p| p.id.as_str())
            .collect::<Vec<_>>(),
        ["pv-2", "pv-1"]
    );
    assert_eq!(list[1].created_at, at(2026, 2, 1));
    assert_eq!(list[1].updated_at, at(2026, 2, 1));
}

#[test]
fn nothing_written_or_the_same_words_again_is_not_a_new_version() {
    let mut list = Vec::new();
    assert_eq!(
        save_version(&mut list, "pv-1".into(), " ", "\n", "", at(2026, 1, 1)),
        Err(Problem::Empty)
    );
    save_version(&mut list, "pv-1".into(), "Gardens", "", "", at(2026, 1, 1)).unwrap();
    assert_eq!(
        save_version(&mut list, "pv-2".into(), "Gardens ", "", "", at(2026, 1, 2)),
        Err(Problem::Unchanged)
    );
    assert_eq!(list.len(), 1);
    // Copying an earlier version back and saving it makes it the latest again.
    save_version(&mut list, "pv-2".into(), "Parks", "", "", at(2026, 1, 3)).unwrap();
    save_version(&mut list, "pv-3".into(), "Gardens", "", "", at(2026, 1, 4)).unwrap();
    assert_eq!(latest(&list).map(|p| p.headline.as_str()), Some("Gardens"));
}

#[test]
fn versions_made_at_the_same_moment_agree_on_the_latest_by_id() {
    let t = at(2026, 1, 1);
    let a = Pitch {
        id: "pv-a".into(),
        headline: "A".into(),
        created_at: t,
        updated_at: t,
        ..Default::default()
    };
    let b = Pitch {
        id: "pv-b".into(),
        headline: "B".into(),
        ..a.clone()
    };
    let one = [a.clone(), b.clone()];
    let other = [b, a];
    assert_eq!(latest(&one), latest(&other));
    assert_eq!(latest(&one).map(|p| p.id.as_str()), Some("pv-b"));
}

#[test]
fn merging_two_copies_that_each_saved_a_version_keeps_both() {
    let base = Workbook::new(at(2026, 1, 1));
    let mut a = base.clone();
    let mut b = base.clone();
    save_version(
        &mut a.pitches,
        "pv-a".into(),
        "From A",
        "",
        "",
        at(2026, 1, 2),
    )
    .unwrap();
    save_version(
        &mut b.pitches,
        "pv-b".into(),
        "From B",
        "",
        "",
        at(2026, 1, 2),
    )
    .unwrap();
    let merged = crate::merge::merge(&a, &b);
    let mut kept: Vec<&str> = merged.pitches.iter().map(|p| p.id.as_str()).collect();
    kept.sort();
    assert_eq!(kept, ["pv-a", "pv-b"]);
    assert_eq!(crate::merge::merge(&b, &a).pitches.len(), 2);
}

#[test]
fn a_deleted_version_stays_deleted_when_an_older_copy_is_merged() {
    let mut older = Workbook::new(at(2026, 1, 1));
    save_version(
        &mut older.pitches,
        "pv-1".into(),
        "Old",
        "",
        "",
        at(2026, 1, 2),
    )
    .unwrap();
    let mut now = older.clone();
    let before = crate::merge::record_keys(&now);
    now.pitches.clear();
    crate::merge::note_deletions(&before, &mut now, at(2026, 1, 3));
    let merged = crate::merge::merge(&now, &older);
    assert!(merged.pitches.is_empty());
}

#[test]
fn repeated_version_ids_are_repaired_not_dropped() {
    let mut wb = Workbook::new(at(2026, 1, 1));
    for text in ["A", "B"] {
        wb.pitches.push(Pitch {
            id: "pv-1".into(),
            headline: text.into(),
            ..Default::default()
        });
    }
    assert_eq!(crate::ids::repair_ids(&mut wb), 1);
    assert_eq!(wb.pitches.len(), 2);
    assert_ne!(wb.pitches[0].id, wb.pitches[1].id);
}
