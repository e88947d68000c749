//! Evidence grouping, counts over time, the brag document and the practice pre-pick.

use chrono::NaiveDate;

use super::brag::{self, Words};
use super::evidence::*;
use super::*;
use crate::content::questions;
use crate::workbook::tests::at;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn win(id: &str, date: NaiveDate, what: &str, shows: &str) -> Win {
    Win {
        id: id.into(),
        date,
        what_happened: what.into(),
        what_it_shows: shows.into(),
        ..Default::default()
    }
}

fn story(id: &str, when: &str, skills: &[&str]) -> Story {
    Story {
        id: id.into(),
        title: format!("Story {id}"),
        situation: "The team had a backlog.".into(),
        skills: skills.iter().map(|s| s.to_string()).collect(),
        when: when.into(),
        created_at: at(2026, 1, 10),
        updated_at: at(2026, 1, 10),
        ..Default::default()
    }
}

fn today() -> NaiveDate {
    d(2026, 11, 30)
}

fn group<'a, 'b>(e: &'b Evidence<'a>, shows: &Shows) -> &'b Group<'a> {
    e.groups
        .iter()
        .find(|g| &g.shows == shows)
        .unwrap_or_else(|| panic!("no group {shows:?} in {:?}", e.groups))
}

#[test]
fn a_win_shows_the_skills_it_names_and_those_of_stories_made_from_it() {
    let w = win("w1", d(2026, 5, 1), "Ran the AGM", "Listening closely");
    let mut s = story("s1", "", &["mediating", "listening"]);
    s.win_ids = vec!["w1".into()];
    assert_eq!(
        win_shows(&w, &[s]),
        vec![Shows::Skill("listening"), Shows::Skill("mediating")],
        "each skill once, in the skills list's order"
    );
    let plain = win(
        "w2",
        d(2026, 5, 1),
        "Kept calm",
        "  Patience   under pressure ",
    );
    assert_eq!(
        win_shows(&plain, &[]),
        vec![Shows::Own("Patience under pressure".into())]
    );
    assert_eq!(
        win_shows(&win("w3", d(2026, 5, 1), "x", " "), &[]),
        vec![Shows::Untagged]
    );
}

#[test]
fn wins_and_stories_group_by_what_they_show_with_most_evidence_first_and_untagged_last() {
    let wins = vec![
        win("w1", d(2026, 2, 3), "Fixed the rota", "patience"),
        win("w2", d(2026, 6, 9), "Calmed a customer", "Patience"),
        win("w3", d(2026, 7, 1), "Sent the newsletter", ""),
        win(
            "w4",
            d(2026, 8, 1),
            "Wrote the grant bid",
            "Writing clearly",
        ),
    ];
    let stories = vec![
        story("s1", "2026-04", &["writing"]),
        story("s2", "2025", &["writing", "listening"]),
        story("s3", "", &[]),
    ];
    let e = evidence(&wins, &stories, Range::everything(today()));
    let order: Vec<&Shows> = e.groups.iter().map(|g| &g.shows).collect();
    assert_eq!(
        order,
        vec![
            &Shows::Skill("writing"),
            &Shows::Own("Patience".into()),
            &Shows::Skill("listening"),
            &Shows::Untagged,
        ]
    );
    let writing = group(&e, &Shows::Skill("writing"));
    assert_eq!((writing.wins(), writing.stories()), (1, 2));
    let ids: Vec<&str> = writing.items.iter().map(|i| i.id()).collect();
    assert_eq!(ids, vec!["w4", "s1", "s2"], "newest first");
    assert_eq!(
        group(&e, &Shows::Untagged)
            .items
            .iter()
            .map(|i| i.id())
            .collect::<Vec<_>>(),
        vec!["w3", "s3"],
        "a story with no skill counts on the day it was written"
    );
    assert_eq!((e.wins, e.stories), (4, 3), "each piece counted once");
    assert_eq!(e.shown(), 3);
}

#[test]
fn counts_are_per_quarter_within_two_years_and_line_up_across_groups() {
    let wins = vec![
        win("w1", d(2026, 1, 5), "a", "writing"),
        win("w2", d(2026, 3, 31), "b", "writing"),
        win("w3", d(2026, 10, 1), "c", "writing"),
        win("w4", d(2026, 5, 1), "d", "patience"),
    ];
    let e = evidence(&wins, &[], Range::everything(today()));
    assert_eq!(e.step, Step::Quarter);
    assert_eq!(
        e.periods,
        (1..=4)
            .map(|q| Period {
                year: 2026,
                quarter: q
            })
            .collect::<Vec<_>>()
    );
    assert_eq!(group(&e, &Shows::Skill("writing")).counts, vec![2, 0, 0, 1]);
    assert_eq!(
        group(&e, &Shows::Own("patience".into())).counts,
        vec![0, 1, 0, 0]
    );
}

#[test]
fn a_long_history_is_counted_per_year_with_empty_years_kept() {
    let wins = vec![
        win("w1", d(2020, 6, 1), "a", "writing"),
        win("w2", d(2023, 6, 1), "b", "writing"),
    ];
    let stories = vec![story("s1", "2026-02-14", &["writing"])];
    let e = evidence(&wins, &stories, Range::everything(today()));
    assert_eq!(e.step, Step::Year);
    assert_eq!(e.periods.len(), 7, "2020 to 2026");
    assert_eq!(
        e.periods[0],
        Period {
            year: 2020,
            quarter: 0
        }
    );
    assert_eq!(
        group(&e, &Shows::Skill("writing")).counts,
        vec![1, 0, 0, 1, 0, 0, 1]
    );
}

#[test]
fn a_range_keeps_only_what_falls_in_it_and_counts_from_its_start() {
    let wins = vec![
        win("w1", d(2025, 12, 31), "old", "writing"),
        win("w2", d(2026, 6, 1), "new", "writing"),
        win("w3", d(2026, 12, 1), "later than the end", "writing"),
    ];
    let range = Span::HalfYear.range(today()).unwrap();
    assert_eq!(range.from, Some(d(2026, 5, 31)));
    let e = evidence(&wins, &[], range);
    assert_eq!(e.wins, 1);
    assert_eq!(
        e.periods.first(),
        Some(&Period {
            year: 2026,
            quarter: 2
        })
    );
    assert_eq!(
        e.periods.last(),
        Some(&Period {
            year: 2026,
            quarter: 4
        })
    );
    let empty = evidence(&[], &[], range);
    assert!(empty.is_empty());
    assert_eq!(
        empty.periods.len(),
        3,
        "an empty range still has its periods"
    );
}

#[test]
fn spans_end_today_and_a_custom_span_must_run_forwards_and_not_past_today() {
    assert_eq!(
        Span::Year.range(today()).unwrap(),
        Range {
            from: Some(d(2025, 12, 1)),
            to: today()
        }
    );
    assert_eq!(
        Span::Everything.range(today()).unwrap(),
        Range::everything(today())
    );
    let custom = |from, to| Span::Custom { from, to }.range(today());
    assert_eq!(
        custom(Some(d(2026, 3, 1)), None).unwrap(),
        Range {
            from: Some(d(2026, 3, 1)),
            to: today()
        }
    );
    assert_eq!(
        custom(Some(d(2026, 3, 2)), Some(d(2026, 3, 1))),
        Err(SpanProblem::Backwards)
    );
    assert_eq!(
        custom(None, Some(d(2026, 12, 1))),
        Err(SpanProblem::FutureEnd)
    );
}

#[test]
fn when_a_story_happened_is_read_as_a_day_a_month_or_a_year() {
    assert_eq!(
        parse_when(" 2025-03-14 "),
        Some((d(2025, 3, 14), Precision::Day))
    );
    assert_eq!(
        parse_when("2025-03"),
        Some((d(2025, 3, 1), Precision::Month))
    );
    assert_eq!(parse_when("2025"), Some((d(2025, 1, 1), Precision::Year)));
    for typed in ["", "last spring", "2025-13", "25", "2025-3"] {
        assert_eq!(parse_when(typed), None, "{typed}");
    }
    let mut s = story("s1", "last spring", &[]);
    s.win_ids = vec!["w2".into(), "w1".into()];
    let wins = vec![
        win("w1", d(2024, 4, 2), "a", ""),
        win("w2", d(2024, 5, 2), "b", ""),
    ];
    assert_eq!(story_date(&s, &wins), (d(2024, 4, 2), Precision::Day));
    assert_eq!(story_date(&s, &[]), (d(2026, 1, 10), Precision::Day));
}

/// Plain words for the tests, with markers that show where each came from.
struct Plain;

impl Words for Plain {
    fn title(&self) -> String {
        "Brag document".into()
    }
    fn covers(&self, range: &Range, today: NaiveDate) -> String {
        format!("From {:?} to {}, written {today}.", range.from, range.to)
    }
    fn summary(&self, wins: usize, stories: usize, shown: usize) -> String {
        format!("{wins} wins and {stories} stories showing {shown} things.")
    }
    fn shows(&self, shows: &Shows) -> String {
        match shows {
            Shows::Skill(k) => format!("Skill {k}"),
            Shows::Own(t) => t.clone(),
            Shows::Untagged => "Untagged".into(),
        }
    }
    fn group_counts(&self, wins: usize, stories: usize, periods: &[(Period, usize)]) -> String {
        format!(
            "{wins} wins, {stories} stories over {} periods.",
            periods.len()
        )
    }
    fn period(&self, p: Period) -> String {
        if p.quarter == 0 {
            format!("Year {}", p.year)
        } else {
            format!("Q{} {}", p.quarter, p.year)
        }
    }
    fn date(&self, date: NaiveDate, precision: Precision) -> String {
        format!("{date} {precision:?}")
    }
    fn win(&self) -> String {
        "Win".into()
    }
    fn story(&self) -> String {
        "Story".into()
    }
    fn what_it_shows(&self) -> String {
        "shows".into()
    }
    fn nothing(&self) -> String {
        "Nothing in this period yet.".into()
    }
}

#[test]
fn the_brag_document_has_a_section_per_skill_and_a_subsection_per_period_newest_first() {
    let wins = vec![
        win("w1", d(2026, 2, 3), "Fixed the rota", "Writing clearly"),
        win("w2", d(2026, 8, 9), "Wrote the grant bid", "writing"),
    ];
    let mut s = story("s1", "2026-08", &["writing", "listening"]);
    s.result = "We won the grant".into();
    s.measure = "£20,000".into();
    let stories = vec![s];
    let e = evidence(&wins, &stories, Range::everything(today()));
    let md = brag::to_markdown(&e, today(), &Plain);
    let headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(
        headings,
        vec![
            "# Brag document",
            "## Skill writing",
            "### Q3 2026",
            "### Q1 2026",
            "## Skill listening",
            "### Q3 2026",
        ]
    );
    assert!(
        md.contains("2 wins and 1 stories showing 2 things."),
        "{md}"
    );
    assert!(md.contains("2 wins, 1 stories over 2 periods."), "{md}");
    assert!(
        md.contains("- **2026-08-09 Day** · Win: Wrote the grant bid _(shows: writing)_\n"),
        "{md}"
    );
    assert!(
        md.contains("- **2026-08-01 Month** · Story: **Story s1** — We won the grant · £20,000\n"),
        "{md}"
    );
    let q3 = md.find("### Q3 2026").unwrap();
    let q1 = md.find("### Q1 2026").unwrap();
    let bid = md.find("grant bid").unwrap();
    assert!(q3 < bid && bid < q1, "a period holds its own evidence");
}

#[test]
fn user_text_in_the_brag_document_cannot_become_markdown() {
    let wins = vec![win(
        "w1",
        d(2026, 5, 1),
        "# Shipped *v2* [early]\n- and cheaper",
        "_speed_ | care",
    )];
    let e = evidence(&wins, &[], Range::everything(today()));
    let md = brag::to_markdown(&e, today(), &Plain);
    assert!(md.contains("## \\_speed\\_ \\| care\n"), "{md}");
    assert!(
        md.contains("Win: \\# Shipped \\*v2\\* \\[early\\]  \n\\- and cheaper"),
        "{md}"
    );
    assert_eq!(
        md.lines().filter(|l| l.starts_with('#')).count(),
        3,
        "only the document's own headings: {md}"
    );
}

#[test]
fn a_brag_document_for_an_empty_period_says_so_and_has_no_sections() {
    let wins = vec![win("w1", d(2020, 5, 1), "Long ago", "writing")];
    let range = Span::HalfYear.range(today()).unwrap();
    let md = brag::to_markdown(&evidence(&wins, &[], range), today(), &Plain);
    assert!(md.starts_with("# Brag document\n\n"), "{md}");
    assert!(md.ends_with("Nothing in this period yet.\n"), "{md}");
    assert!(!md.contains("##"), "{md}");
    assert_eq!(
        brag::file_name(today()),
        "waymark-brag-document-2026-11-30.md"
    );
}

#[test]
fn practice_pre_picks_the_top_story_for_a_question_unless_the_person_chose_one() {
    let q = questions::find("conflict-two").unwrap();
    let stories = vec![
        story("a", "", &["writing"]),
        story("b", "", &["listening"]),
        story("c", "", &["mediating", "listening"]),
    ];
    assert_eq!(pre_pick(q, &stories, "", false), Some("c"));
    assert_eq!(
        pre_pick(q, &stories, "b", false),
        Some("c"),
        "an earlier pre-pick moves"
    );
    assert_eq!(
        pre_pick(q, &stories, "a", true),
        Some("a"),
        "the person's choice stays"
    );
    assert_eq!(
        pre_pick(q, &stories, "gone", true),
        Some("c"),
        "a deleted choice gives way"
    );
    let none_fit = vec![story("a", "", &["writing"])];
    assert_eq!(pre_pick(q, &none_fit, "a", false), None);
}
