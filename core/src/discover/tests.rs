//! Tests of the discover engine against the real content: sessions, scoring with
//! hand-worked answer sets, words, comparison, profile and chart geometry.

use super::chart::{self, Point};
use super::*;
use crate::content::{BELIEFS, INTERESTS, SKILLS, STYLE, VALUES, VISION, WHEEL};
use chrono::TimeZone;
use proptest::prelude::*;

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, day, 10, 0, 0)
        .single()
        .unwrap()
}

/// Answers every item for which `answer` gives something, in content order.
fn take(
    d: &mut Discovery,
    inst: &Instrument,
    now: DateTime<Utc>,
    answer: impl Fn(&Item) -> Option<Answer>,
) {
    for item in inst.items {
        if let Some(a) = answer(item) {
            d.set_answer(inst, item.id, a, now)
                .unwrap_or_else(|e| panic!("{}: {e:?}", item.id));
        }
    }
}

fn choice(id: &str) -> Answer {
    Answer::Choice(id.to_string())
}

fn ranking(ids: &[&str]) -> Answer {
    Answer::Ranking(ids.iter().map(|s| s.to_string()).collect())
}

fn text(t: &str) -> Answer {
    Answer::Text(t.to_string())
}

fn finished(d: &mut Discovery, inst: &Instrument, now: DateTime<Utc>) -> InstrumentResult {
    d.finish(inst, now).cloned().unwrap()
}

// ---------------------------------------------------------------- values sort

/// Sorts values: listed ids very important, `important` ids important, rest less.
fn sort_values(d: &mut Discovery, very: &[&str], important: &[&str]) {
    take(d, &VALUES, at(1), |i| match i.kind {
        ItemKind::Sort(_) if very.contains(&i.id) => Some(choice("very")),
        ItemKind::Sort(_) if important.contains(&i.id) => Some(choice("important")),
        ItemKind::Sort(_) => Some(choice("less")),
        _ => None,
    });
}

#[test]
fn values_top_five_must_come_from_very_important_when_there_are_enough() {
    let mut d = Discovery::default();
    let very = [
        "autonomy", "learning", "balance", "purpose", "income", "mastery", "teamwork",
    ];
    sort_values(&mut d, &very, &["security"]);
    let pool = d
        .session("values")
        .unwrap()
        .rank_pool(&VALUES, "top5")
        .unwrap();
    assert_eq!(pool.count, 5);
    assert!(pool.required.is_empty());
    assert_eq!(pool.optional.len(), 7);

    // An important (not very important) value is not allowed in the top five.
    d.set_answer(
        &VALUES,
        "top5",
        ranking(&["security", "autonomy", "learning", "balance", "purpose"]),
        at(1),
    )
    .unwrap();
    assert!(!d.is_complete(&VALUES));
    assert_eq!(d.first_unanswered(&VALUES).map(|i| i.id), Some("top5"));

    d.set_answer(
        &VALUES,
        "top5",
        ranking(&["purpose", "autonomy", "learning", "balance", "mastery"]),
        at(1),
    )
    .unwrap();
    assert!(d.is_complete(&VALUES));
    let r = finished(&mut d, &VALUES, at(2));
    let Outcome::Sorted(s) = &r.outcome else {
        panic!()
    };
    assert_eq!(
        s.top,
        ["purpose", "autonomy", "learning", "balance", "mastery"]
    );
    assert_eq!(s.groups[0].id, "very");
    // Content order, not the order they were listed in.
    assert_eq!(
        s.groups[0].items,
        ["autonomy", "income", "balance", "learning", "teamwork", "purpose", "mastery"]
    );
    assert_eq!(s.groups[1].items, ["security"]);
    assert_eq!(s.groups[2].items.len(), 16);
    assert_eq!(headline(&r), "Top value: Purpose");
}

#[test]
fn values_with_two_very_important_must_include_both_and_fill_from_important() {
    let mut d = Discovery::default();
    sort_values(
        &mut d,
        &["autonomy", "learning"],
        &["balance", "income", "variety", "security"],
    );
    let pool = d
        .session("values")
        .unwrap()
        .rank_pool(&VALUES, "top5")
        .unwrap();
    assert_eq!(pool.count, 5);
    assert_eq!(pool.required, ["autonomy", "learning"]);
    assert_eq!(pool.optional, ["security", "income", "variety", "balance"]);

    // Leaving out a very important value breaks the rule.
    d.set_answer(
        &VALUES,
        "top5",
        ranking(&["autonomy", "balance", "income", "variety", "security"]),
        at(1),
    )
    .unwrap();
    assert!(!d.is_complete(&VALUES));
    // Both very important values in, in any order, plus three important ones.
    d.set_answer(
        &VALUES,
        "top5",
        ranking(&["balance", "learning", "income", "autonomy", "variety"]),
        at(1),
    )
    .unwrap();
    assert!(d.is_complete(&VALUES));
}

#[test]
fn values_with_fewer_than_five_important_rank_all_of_them() {
    let mut d = Discovery::default();
    sort_values(&mut d, &["community"], &["beauty", "variety"]);
    let pool = d
        .session("values")
        .unwrap()
        .rank_pool(&VALUES, "top5")
        .unwrap();
    assert_eq!(pool.count, 3);
    assert_eq!(pool.required, ["community", "variety", "beauty"]);
    assert!(pool.optional.is_empty());
    d.set_answer(
        &VALUES,
        "top5",
        ranking(&["beauty", "community", "variety"]),
        at(1),
    )
    .unwrap();
    let r = finished(&mut d, &VALUES, at(1));
    assert_eq!(headline(&r), "Top value: Beauty");
}

#[test]
fn values_all_less_important_finish_with_an_empty_top_list() {
    let mut d = Discovery::default();
    sort_values(&mut d, &[], &[]);
    assert!(
        d.is_complete(&VALUES),
        "nothing to rank, so the ranking is not required"
    );
    let r = finished(&mut d, &VALUES, at(1));
    let Outcome::Sorted(s) = &r.outcome else {
        panic!()
    };
    assert!(s.top.is_empty());
    assert_eq!(s.groups[2].items.len(), 24);
    assert_eq!(headline(&r), "Top value: none chosen yet");
    assert_eq!(interpret(&r)[0].heading, "Nothing marked as important yet");
}

#[test]
fn values_all_important_lets_any_five_be_ranked() {
    let mut d = Discovery::default();
    let all: Vec<&str> = VALUES
        .items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Sort(_)))
        .map(|i| i.id)
        .collect();
    sort_values(&mut d, &[], &all);
    let pool = d
        .session("values")
        .unwrap()
        .rank_pool(&VALUES, "top5")
        .unwrap();
    assert!(pool.required.is_empty());
    assert_eq!(pool.optional.len(), 24);
    d.set_answer(
        &VALUES,
        "top5",
        ranking(&["enjoyment", "beauty", "adventure", "influence", "variety"]),
        at(1),
    )
    .unwrap();
    assert!(d.is_complete(&VALUES));
}

#[test]
fn the_ranking_waits_until_every_card_is_sorted() {
    let mut d = Discovery::default();
    d.set_answer(&VALUES, "autonomy", choice("very"), at(1))
        .unwrap();
    assert!(!is_answered(
        &VALUES,
        &d.session("values").unwrap().answers,
        VALUES.item("top5").unwrap()
    ));
    assert_eq!(d.first_unanswered(&VALUES).map(|i| i.id), Some("security"));
}

#[test]
fn resorting_a_card_drops_it_from_the_ranking() {
    let mut d = Discovery::default();
    let very = [
        "autonomy", "learning", "balance", "purpose", "income", "mastery",
    ];
    sort_values(&mut d, &very, &[]);
    d.set_answer(
        &VALUES,
        "top5",
        ranking(&["autonomy", "learning", "balance", "purpose", "income"]),
        at(1),
    )
    .unwrap();
    d.set_answer(&VALUES, "learning", choice("less"), at(1))
        .unwrap();
    assert_eq!(
        d.answer(&VALUES, "top5"),
        Some(&ranking(&["autonomy", "balance", "purpose", "income"]))
    );
    assert!(!d.is_complete(&VALUES));
    // Clearing a card's answer prunes too.
    d.clear_answer(&VALUES, "income", at(1));
    assert_eq!(
        d.answer(&VALUES, "top5"),
        Some(&ranking(&["autonomy", "balance", "purpose"]))
    );
}

#[test]
fn a_ranking_rejects_unknown_repeated_or_too_many_cards() {
    let mut d = Discovery::default();
    let err = d.set_answer(&VALUES, "top5", ranking(&["autonomy", "autonomy"]), at(1));
    assert_eq!(err, Err(AnswerError::NotRankable("autonomy".into())));
    let err = d.set_answer(&VALUES, "top5", ranking(&["top5"]), at(1));
    assert_eq!(err, Err(AnswerError::NotRankable("top5".into())));
    let six = ranking(&[
        "autonomy",
        "security",
        "creativity",
        "helping",
        "income",
        "variety",
    ]);
    assert_eq!(
        d.set_answer(&VALUES, "top5", six, at(1)),
        Err(AnswerError::TooMany { max: 5 })
    );
    assert!(
        d.session("values").is_none(),
        "rejected answers start nothing"
    );
}

#[test]
fn ranking_helpers_toggle_and_move_within_bounds() {
    let r: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
    assert_eq!(ranking_toggle(&r, "b", 5), ["a", "c"]);
    assert_eq!(ranking_toggle(&r, "d", 5), ["a", "b", "c", "d"]);
    assert_eq!(
        ranking_toggle(&r, "d", 3),
        ["a", "b", "c"],
        "full list stays as is"
    );
    assert_eq!(ranking_move(&r, "c", -1), ["a", "c", "b"]);
    assert_eq!(ranking_move(&r, "c", -9), ["c", "a", "b"]);
    assert_eq!(ranking_move(&r, "a", 9), ["b", "c", "a"]);
    assert_eq!(ranking_move(&r, "zz", 1), ["a", "b", "c"]);
}

#[test]
fn values_screens_are_four_of_six_cards_then_the_ranking() {
    let screens = VALUES.screens();
    assert_eq!(screens.len(), 5);
    assert!(screens[..4].iter().all(|s| s.items.len() == 6));
    assert_eq!(screens[4].items.len(), 1);
    assert_eq!(screens[4].items[0].id, "top5");
}

// ---------------------------------------------------------------- interests

/// Answers interest items from a per-type pattern of `L`ike, `U`nsure, `D`islike.
fn interests_from(patterns: [(&str, &str); 6]) -> Discovery {
    let mut d = Discovery::default();
    take(&mut d, &INTERESTS, at(1), |i| {
        let (_, pattern) = patterns.iter().find(|(t, _)| *t == i.dimension)?;
        let n: usize = i.id[1..].parse().ok()?;
        let c = pattern.chars().nth(n - 1)?;
        Some(choice(match c {
            'L' => "like",
            'U' => "unsure",
            _ => "dislike",
        }))
    });
    d
}

fn scores_of(r: &InstrumentResult) -> Vec<(String, u8)> {
    let Outcome::Scores(s) = &r.outcome else {
        panic!("not scores")
    };
    s.scores.iter().map(|x| (x.id.clone(), x.score)).collect()
}

#[test]
fn interest_scores_normalise_to_hundred_and_make_a_three_letter_code() {
    let mut d = interests_from([
        ("R", "LLLLLLL"), // 14 of 14 -> 100
        ("I", "LLLLUUU"), // 11 of 14 -> 78.6 -> 79
        ("A", "UUUUUUU"), // 7 of 14 -> 50
        ("S", "LLLLLLD"), // 12 of 14 -> 85.7 -> 86
        ("E", "DDDDDDD"), // 0
        ("C", "LUDDDDD"), // 3 of 14 -> 21.4 -> 21
    ]);
    assert!(d.is_complete(&INTERESTS));
    let r = finished(&mut d, &INTERESTS, at(2));
    assert_eq!(
        scores_of(&r),
        [
            ("R", 100),
            ("I", 79),
            ("A", 50),
            ("S", 86),
            ("E", 0),
            ("C", 21)
        ]
        .map(|(a, b)| (a.to_string(), b))
    );
    let Outcome::Scores(s) = &r.outcome else {
        panic!()
    };
    assert_eq!(s.code, "RSI");
    assert_eq!(s.get("I").map(|x| (x.points, x.max)), Some((11, 14)));
    assert_eq!(s.get("R").map(|x| x.band), Some(Band::High));
    assert_eq!(s.get("A").map(|x| x.band), Some(Band::Middle));
    assert_eq!(s.get("C").map(|x| x.band), Some(Band::Low));
    assert!(!s.is_flat());
    assert_eq!(headline(&r), "Your code: RSI");

    let words = interpret(&r);
    assert_eq!(words.len(), 3, "one block per letter of the code");
    assert_eq!(words[0].heading, "Realistic — the Doer (100)");
    assert_eq!(words[1].heading, "Social — the Helper (86)");
    assert!(words
        .iter()
        .all(|p| !p.body.is_empty() && p.list.len() >= 4));
}

#[test]
fn interest_ties_break_in_riasec_order() {
    let mut d = interests_from([
        ("R", "DDDDDDD"),
        ("I", "DDDDDDD"),
        ("A", "LLLLLLL"),
        ("S", "LLLLLLL"),
        ("E", "LLLLLLL"),
        ("C", "DDDDDDD"),
    ]);
    let r = finished(&mut d, &INTERESTS, at(1));
    let Outcome::Scores(s) = &r.outcome else {
        panic!()
    };
    assert_eq!(s.code, "ASE");

    // A tie for second place: I comes before E.
    let mut d = interests_from([
        ("R", "DDDDDDD"),
        ("I", "LLLDDDU"),
        ("A", "DDDDDDD"),
        ("S", "LLLLLLL"),
        ("E", "LLLUDDD"),
        ("C", "DDDDDDD"),
    ]);
    let r = finished(&mut d, &INTERESTS, at(1));
    let Outcome::Scores(s) = &r.outcome else {
        panic!()
    };
    assert_eq!(s.get("I").map(|x| x.points), s.get("E").map(|x| x.points));
    assert_eq!(s.code, "SIE");
}

#[test]
fn all_unsure_interests_score_fifty_everywhere_and_read_as_an_even_spread() {
    let mut d = interests_from([
        ("R", "UUUUUUU"),
        ("I", "UUUUUUU"),
        ("A", "UUUUUUU"),
        ("S", "UUUUUUU"),
        ("E", "UUUUUUU"),
        ("C", "UUUUUUU"),
    ]);
    let r = finished(&mut d, &INTERESTS, at(1));
    assert!(scores_of(&r).iter().all(|(_, s)| *s == 50));
    let Outcome::Scores(s) = &r.outcome else {
        panic!()
    };
    assert_eq!(
        s.code, "RIA",
        "a flat profile still gets a deterministic code"
    );
    assert!(s.is_flat());
    let words = interpret(&r);
    assert_eq!(words[0].heading, "An even spread");
    assert_eq!(words.len(), 4);
}

#[test]
fn interest_screens_show_one_activity_of_each_type() {
    let screens = INTERESTS.screens();
    assert_eq!(screens.len(), 7);
    for s in screens {
        let mut types: Vec<&str> = s.items.iter().map(|i| i.dimension).collect();
        types.sort_unstable();
        assert_eq!(types, ["A", "C", "E", "I", "R", "S"]);
    }
}

#[test]
fn resume_goes_to_the_first_unanswered_item_and_its_screen() {
    let mut d = Discovery::default();
    assert_eq!(d.resume_screen(&INTERESTS), 0);
    assert_eq!(d.first_unanswered(&INTERESTS).map(|i| i.id), Some("r1"));
    for item in &INTERESTS.items[..8] {
        d.set_answer(&INTERESTS, item.id, choice("like"), at(1))
            .unwrap();
    }
    assert_eq!(
        d.progress(&INTERESTS),
        Progress {
            answered: 8,
            total: 42
        }
    );
    assert_eq!(d.first_unanswered(&INTERESTS).map(|i| i.id), Some("a2"));
    assert_eq!(d.resume_screen(&INTERESTS), 1);
    // Skipping ahead leaves the gap as the resume point.
    d.set_answer(&INTERESTS, "c7", choice("like"), at(1))
        .unwrap();
    assert_eq!(d.first_unanswered(&INTERESTS).map(|i| i.id), Some("a2"));
    assert_eq!(d.progress(&INTERESTS).answered, 9);
    assert!((d.progress(&INTERESTS).fraction() - 9.0 / 42.0).abs() < 1e-9);
}

// ---------------------------------------------------------------- skills

fn pair(p: u8, e: u8) -> Answer {
    Answer::Pair(p, e)
}

#[test]
fn skill_quadrants_follow_the_thresholds_and_sort_strongest_first() {
    let set: [(&str, (u8, u8)); 10] = [
        ("writing", (5, 5)),
        ("presenting", (4, 4)),
        ("listening", (5, 4)),
        ("explaining", (4, 5)),
        ("researching", (5, 1)),
        ("numbers", (4, 3)),
        ("problem_solving", (5, 3)),
        ("evaluating", (1, 5)),
        ("patterns", (3, 4)),
        ("digital_tools", (2, 5)),
    ];
    let mut d = Discovery::default();
    take(&mut d, &SKILLS, at(1), |i| {
        let (p, e) = set
            .iter()
            .find(|(id, _)| *id == i.id)
            .map_or((3, 3), |x| x.1);
        Some(pair(p, e))
    });
    let r = finished(&mut d, &SKILLS, at(1));
    let Outcome::Quadrants(q) = &r.outcome else {
        panic!()
    };
    assert_eq!(
        q.strengths,
        ["writing", "listening", "explaining", "presenting"]
    );
    assert_eq!(
        q.burnout_risks,
        ["researching", "problem_solving", "numbers"]
    );
    assert_eq!(q.growth_areas, ["evaluating", "digital_tools", "patterns"]);
    assert_eq!(q.rest.len(), 35 - 10);
    assert_eq!(q.rest[0], "connecting", "ties keep content order");
    assert_eq!(q.points.len(), 35);
    assert_eq!(headline(&r), "Motivated strengths: 4 · Growth areas: 3");
    let words = interpret(&r);
    assert_eq!(words.len(), 4);
    assert_eq!(words[0].heading, "Motivated strengths");
    assert_eq!(words[0].list[0], "Writing clearly");
}

#[test]
fn quadrant_boundaries_are_four_and_above_high_three_and_below_low() {
    assert_eq!(Quadrant::of(4, 4, 4), Quadrant::Strength);
    assert_eq!(Quadrant::of(4, 3, 4), Quadrant::BurnoutRisk);
    assert_eq!(Quadrant::of(3, 4, 4), Quadrant::GrowthArea);
    assert_eq!(Quadrant::of(3, 3, 4), Quadrant::Rest);
    assert_eq!(Quadrant::of(1, 1, 4), Quadrant::Rest);
}

#[test]
fn all_middling_skills_land_in_the_rest() {
    let mut d = Discovery::default();
    take(&mut d, &SKILLS, at(1), |_| Some(pair(3, 3)));
    let r = finished(&mut d, &SKILLS, at(1));
    let Outcome::Quadrants(q) = &r.outcome else {
        panic!()
    };
    assert!(q.strengths.is_empty() && q.burnout_risks.is_empty() && q.growth_areas.is_empty());
    assert_eq!(q.rest.len(), 35);
    assert_eq!(headline(&r), "Motivated strengths: 0 · Growth areas: 0");
    assert_eq!(interpret(&r).len(), 1);
}

#[test]
fn a_pair_needs_both_ratings_in_range() {
    let mut d = Discovery::default();
    assert_eq!(
        d.set_answer(&SKILLS, "writing", pair(6, 3), at(1)),
        Err(AnswerError::OutOfRange { min: 1, max: 5 })
    );
    assert_eq!(
        d.set_answer(&SKILLS, "writing", pair(3, 0), at(1)),
        Err(AnswerError::OutOfRange { min: 1, max: 5 })
    );
    assert_eq!(
        d.set_answer(&SKILLS, "writing", Answer::Scale(3), at(1)),
        Err(AnswerError::WrongKind)
    );
}

#[test]
fn skill_screens_follow_the_groups_with_their_names() {
    let screens = SKILLS.screens();
    assert_eq!(screens.len(), 7);
    assert_eq!(screens[0].title, "Communication");
    assert!(screens.iter().all(|s| s.items.len() == 5));
    assert_eq!(SKILLS.screen_of("encouraging"), Some(6));
}

// ---------------------------------------------------------------- wheel

fn wheel(values: [u8; 8], focus: Option<&str>) -> Discovery {
    let mut d = Discovery::default();
    let mut k = 0;
    for item in WHEEL.items {
        if matches!(item.kind, ItemKind::Rating(_)) {
            d.set_answer(&WHEEL, item.id, Answer::Scale(values[k]), at(1))
                .unwrap();
            k += 1;
        }
    }
    if let Some(f) = focus {
        d.set_answer(&WHEEL, "focus", choice(f), at(1)).unwrap();
    }
    d
}

#[test]
fn wheel_average_rounds_half_up_and_lists_every_lowest_area() {
    // role 7, pay 5, growth 8, relationships 3, balance 6, purpose 3, environment 9,
    // recognition 9: total 50 over 8 = 6.25, shown as 6.3.
    let mut d = wheel([7, 5, 8, 3, 6, 3, 9, 9], Some("growth"));
    let r = finished(&mut d, &WHEEL, at(1));
    let Outcome::Ratings(w) = &r.outcome else {
        panic!()
    };
    assert_eq!(w.average, 6.3);
    assert_eq!(w.lowest, ["relationships", "purpose"]);
    assert_eq!(w.focus.as_deref(), Some("growth"));
    assert_eq!(w.get("pay"), Some(5));
    assert_eq!(
        headline(&r),
        Headline::Average(Average {
            value: 6.3,
            max: 10
        })
    );
    let words = interpret(&r);
    assert_eq!(
        words[0].average,
        Some(Average {
            value: 6.3,
            max: 10
        })
    );
    assert_eq!(
        words[0].body, "",
        "the UI writes the average in the person's locale"
    );
    assert_eq!(words[0].list[0], "Role: 7");
    assert!(words[1]
        .body
        .starts_with("Relationships and Purpose scored 3."));
    assert_eq!(
        words[2].body,
        "You chose Growth as the area to work on first."
    );
}

#[test]
fn an_even_wheel_has_no_lowest_area() {
    let mut d = wheel([5; 8], Some("pay"));
    let r = finished(&mut d, &WHEEL, at(1));
    let Outcome::Ratings(w) = &r.outcome else {
        panic!()
    };
    assert_eq!(w.average, 5.0);
    assert!(w.lowest.is_empty());
    assert_eq!(
        headline(&r),
        Headline::Average(Average {
            value: 5.0,
            max: 10
        })
    );
    assert_eq!(interpret(&r)[1].heading, "An even wheel");
}

#[test]
fn the_wheel_needs_its_focus_question_to_finish() {
    let mut d = wheel([5; 8], None);
    assert_eq!(
        d.finish(&WHEEL, at(1)).err(),
        Some(FinishError::Incomplete { item: "focus" })
    );
    assert_eq!(d.resume_screen(&WHEEL), 2);
    assert_eq!(
        d.set_answer(&WHEEL, "focus", choice("salary"), at(1)),
        Err(AnswerError::UnknownOption("salary".into()))
    );
    assert_eq!(
        d.set_answer(&WHEEL, "pay", Answer::Scale(11), at(1)),
        Err(AnswerError::OutOfRange { min: 1, max: 10 })
    );
}

#[test]
fn comparing_wheels_orders_by_date_and_reports_deltas() {
    let mut d = wheel([7, 5, 8, 3, 6, 3, 9, 9], Some("growth"));
    d.finish(&WHEEL, at(1)).unwrap();
    let mut later = wheel([7, 6, 8, 5, 6, 4, 9, 9], Some("relationships"));
    later.finish(&WHEEL, at(20)).unwrap();
    d.results
        .get_mut("wheel")
        .unwrap()
        .push(later.latest("wheel").unwrap().clone());

    let c = d.compare("wheel", 1, 0).unwrap();
    assert_eq!((c.before_at, c.after_at), (at(1), at(20)));
    let pay = c.rows.iter().find(|r| r.id == "pay").unwrap();
    assert_eq!(
        (pay.before, pay.after, pay.delta),
        (Some(5.0), Some(6.0), Some(1.0))
    );
    assert!(pay.changed);
    let role = c.rows.iter().find(|r| r.id == "role").unwrap();
    assert_eq!(role.delta, Some(0.0));
    assert!(!role.changed);
    let avg = c.rows.iter().find(|r| r.id == "average").unwrap();
    // 50 / 8 = 6.25 -> 6.3; 54 / 8 = 6.75 -> 6.8.
    assert_eq!(
        (avg.before, avg.after, avg.delta),
        (Some(6.3), Some(6.8), Some(0.5))
    );
    let focus = c.rows.iter().find(|r| r.id == "focus").unwrap();
    assert_eq!(
        (focus.before_text.as_str(), focus.after_text.as_str()),
        ("Growth", "Relationships")
    );
    assert_eq!(c.changes().count(), 5);
    assert_eq!(
        c.before_headline,
        Headline::Average(Average {
            value: 6.3,
            max: 10
        })
    );
    assert!(d.compare("wheel", 0, 2).is_none());
}

// ---------------------------------------------------------------- work style

fn style(answers: [[u8; 5]; 5]) -> Discovery {
    let factors = ["cu", "sr", "so", "co", "sd"];
    let mut d = Discovery::default();
    take(&mut d, &STYLE, at(1), |i| {
        let f = factors.iter().position(|f| i.id.starts_with(f))?;
        let n: usize = i.id[2..].parse().ok()?;
        Some(Answer::Scale(answers[f][n - 1]))
    });
    d
}

#[test]
fn reverse_keyed_style_items_count_toward_the_low_end() {
    let mut d = style([
        [5, 5, 5, 1, 1], // curiosity: all toward high -> 100
        [3, 3, 3, 3, 3], // structure: neutral -> 50
        [1, 1, 1, 1, 1], // sociability: 0+0+0+4+4 = 8 of 20 -> 40 (middle)
        [4, 4, 4, 2, 2], // cooperation: 3+3+3+3+3 = 15 of 20 -> 75
        [2, 2, 2, 4, 4], // steadiness: 1+1+1+1+1 = 5 of 20 -> 25
    ]);
    let r = finished(&mut d, &STYLE, at(1));
    assert_eq!(
        scores_of(&r),
        [
            ("curiosity", 100),
            ("structure", 50),
            ("sociability", 40),
            ("cooperation", 75),
            ("steadiness", 25)
        ]
        .map(|(a, b)| (a.to_string(), b))
    );
    let Outcome::Scores(s) = &r.outcome else {
        panic!()
    };
    assert_eq!(s.code, "", "work style has no code");
    let bands: Vec<Band> = s.scores.iter().map(|x| x.band).collect();
    assert_eq!(
        bands,
        [
            Band::High,
            Band::Middle,
            Band::Middle,
            Band::High,
            Band::Low
        ]
    );
    assert_eq!(headline(&r), "Stands out: Exploring (Curiosity 100)");
    let words = interpret(&r);
    assert_eq!(words.len(), 5);
    assert_eq!(words[0].heading, "Curiosity: 100 — leans Exploring");
    assert_eq!(words[4].heading, "Steadiness: 25 — leans Responsive");
    assert_eq!(words[1].heading, "Structure: 50 — in between");
    assert_eq!(
        words[4].body,
        STYLE.dimension("steadiness").unwrap().tips.low
    );
}

#[test]
fn all_neutral_style_answers_are_balanced() {
    let mut d = style([[3; 5]; 5]);
    let r = finished(&mut d, &STYLE, at(1));
    assert!(scores_of(&r).iter().all(|(_, s)| *s == 50));
    assert_eq!(headline(&r), "Balanced across all 5");
}

#[test]
fn style_headline_tie_goes_to_the_earlier_factor() {
    // curiosity 75 and steadiness 25 are equally far from the middle.
    let mut d = style([[4, 4, 4, 2, 2], [3; 5], [3; 5], [3; 5], [2, 2, 2, 4, 4]]);
    let r = finished(&mut d, &STYLE, at(1));
    assert_eq!(headline(&r), "Stands out: Exploring (Curiosity 75)");
}

#[test]
fn likert_answers_outside_one_to_five_are_rejected() {
    let mut d = Discovery::default();
    for bad in [0, 6] {
        assert_eq!(
            d.set_answer(&STYLE, "cu1", Answer::Scale(bad), at(1)),
            Err(AnswerError::OutOfRange { min: 1, max: 5 })
        );
    }
    assert_eq!(
        d.set_answer(&STYLE, "cu1", choice("like"), at(1)),
        Err(AnswerError::WrongKind)
    );
    assert_eq!(
        d.set_answer(&STYLE, "nope", Answer::Scale(3), at(1)),
        Err(AnswerError::UnknownItem("nope".into()))
    );
}

// ---------------------------------------------------------------- vision

#[test]
fn vision_draft_assembles_answers_behind_their_leads() {
    let mut d = Discovery::default();
    d.set_answer(
        &VISION,
        "ideal_day",
        text("  working with a small team on   climate projects "),
        at(1),
    )
    .unwrap();
    d.set_answer(&VISION, "one_year", text("I've finished my course!"), at(1))
        .unwrap();
    d.set_answer(&VISION, "five_years", text("leading the team"), at(1))
        .unwrap();
    d.set_answer(
        &VISION,
        "ten_years",
        text("Known for kind, careful work."),
        at(1),
    )
    .unwrap();
    d.set_answer(&VISION, "why", text("   "), at(1)).unwrap();
    let expected = "On a good workday: Working with a small team on climate projects. \
                    A year from now: I've finished my course! \
                    In five years: Leading the team. \
                    In ten years: Known for kind, careful work.";
    assert_eq!(
        d.session("vision").unwrap().draft_statement(&VISION),
        expected
    );
    assert!(d.is_complete(&VISION), "the why prompt is optional");
    assert_eq!(
        d.progress(&VISION),
        Progress {
            answered: 4,
            total: 5
        }
    );

    let r = finished(&mut d, &VISION, at(3));
    let Outcome::Statement(s) = &r.outcome else {
        panic!()
    };
    assert_eq!(s.draft, expected);
    assert_eq!(s.statement, expected);
    assert_eq!(
        headline(&r),
        "On a good workday: Working with a small team on climate projects. A year from…"
    );
}

#[test]
fn blank_text_does_not_count_as_an_answer() {
    let mut d = Discovery::default();
    d.set_answer(&VISION, "ideal_day", text(" \n "), at(1))
        .unwrap();
    assert_eq!(d.first_unanswered(&VISION).map(|i| i.id), Some("ideal_day"));
    assert_eq!(d.progress(&VISION).answered, 0);
}

#[test]
fn an_edited_vision_statement_is_kept_and_a_blank_edit_restores_the_draft() {
    let mut d = Discovery::default();
    for id in ["ideal_day", "one_year", "five_years", "ten_years"] {
        d.set_answer(&VISION, id, text("growing"), at(1)).unwrap();
    }
    d.finish(&VISION, at(1)).unwrap();
    assert!(d.edit_statement(
        "vision",
        0,
        "  I build calm, useful tools with people I trust. "
    ));
    let latest = d.latest("vision").unwrap();
    assert_eq!(
        headline(latest),
        "I build calm, useful tools with people I trust."
    );
    assert_eq!(
        latest_profile(&d).vision.unwrap().statement,
        "I build calm, useful tools with people I trust."
    );
    assert!(d.edit_statement("vision", 0, ""));
    let Outcome::Statement(s) = &d.latest("vision").unwrap().outcome else {
        panic!()
    };
    assert_eq!(s.statement, s.draft);
    assert!(!d.edit_statement("vision", 5, "x"));
    assert!(!d.edit_statement("wheel", 0, "x"));
}

#[test]
fn overlong_text_is_rejected() {
    let mut d = Discovery::default();
    let long = "a".repeat(MAX_TEXT + 1);
    assert_eq!(
        d.set_answer(&VISION, "ideal_day", Answer::Text(long), at(1)),
        Err(AnswerError::TooLong { max: MAX_TEXT })
    );
}

// ---------------------------------------------------------------- beliefs

fn record(fields: &[(&str, &str)]) -> Record {
    fields
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn each_filled_belief_needs_the_belief_and_a_reframe_and_blank_rows_are_ignored() {
    let mut d = Discovery::default();
    let first = record(&[
        ("belief", "I'm too late to switch fields"),
        ("experiment", "Ask two people who switched at 40"),
    ]);
    d.set_answer(
        &BELIEFS,
        "beliefs",
        Answer::Records(vec![first.clone()]),
        at(1),
    )
    .unwrap();
    assert!(!d.is_complete(&BELIEFS), "a reframe is still missing");

    let mut first = first;
    first.insert(
        "reframe".into(),
        "Plenty of people change later; I bring experience with me".into(),
    );
    let blank = record(&[("belief", "  "), ("reframe", "")]);
    d.set_answer(
        &BELIEFS,
        "beliefs",
        Answer::Records(vec![first, blank]),
        at(1),
    )
    .unwrap();
    assert!(d.is_complete(&BELIEFS));
}

#[test]
fn beliefs_result_lists_reframes_and_experiments() {
    let mut d = Discovery::default();
    let records = vec![
        record(&[
            ("belief", " I'm not a numbers person "),
            ("evidence_for", "I struggled at school"),
            ("evidence_against", "I run our club's budget"),
            ("reframe", "I can learn the numbers I need"),
            ("experiment", "Take a free spreadsheet course"),
        ]),
        record(&[
            ("belief", "Networking is fake"),
            ("reframe", "I can talk about what I genuinely like"),
        ]),
    ];
    d.set_answer(&BELIEFS, "beliefs", Answer::Records(records), at(1))
        .unwrap();
    let r = finished(&mut d, &BELIEFS, at(2));
    let Outcome::Beliefs(b) = &r.outcome else {
        panic!()
    };
    assert_eq!(b.records.len(), 2);
    assert_eq!(
        b.records[0].belief, "I'm not a numbers person",
        "fields are trimmed"
    );
    assert_eq!(headline(&r), "2 beliefs reframed");
    let words = interpret(&r);
    assert_eq!(words[0].heading, "I'm not a numbers person");
    assert_eq!(words[0].body, "I can learn the numbers I need");
    assert_eq!(words[0].list.len(), 3);
    assert!(words[1].list.is_empty());
    let p = latest_profile(&d).beliefs.unwrap();
    assert_eq!(p.reframed.len(), 2);
    assert_eq!(p.experiments, ["Take a free spreadsheet course"]);
}

#[test]
fn belief_records_reject_unknown_fields_and_too_many_rows() {
    let mut d = Discovery::default();
    assert_eq!(
        d.set_answer(
            &BELIEFS,
            "beliefs",
            Answer::Records(vec![record(&[("mood", "x")])]),
            at(1)
        ),
        Err(AnswerError::UnknownField("mood".into()))
    );
    let many = vec![record(&[("belief", "x")]); 11];
    assert_eq!(
        d.set_answer(&BELIEFS, "beliefs", Answer::Records(many), at(1)),
        Err(AnswerError::TooMany { max: 10 })
    );
}

#[test]
fn one_belief_reads_in_the_singular() {
    let mut d = Discovery::default();
    let one = vec![record(&[("belief", "x"), ("reframe", "y")])];
    d.set_answer(&BELIEFS, "beliefs", Answer::Records(one), at(1))
        .unwrap();
    let r = finished(&mut d, &BELIEFS, at(1));
    assert_eq!(headline(&r), "1 belief reframed");
}

// ---------------------------------------------------------------- sessions and history

#[test]
fn finishing_stores_a_dated_result_and_closes_the_session() {
    let mut d = wheel([6; 8], Some("pay"));
    assert_eq!(d.session("wheel").unwrap().started_at, Some(at(1)));
    let r = d.finish(&WHEEL, at(4)).unwrap();
    assert_eq!(r.taken_at, at(4));
    assert_eq!(r.instrument, "wheel");
    assert_eq!(r.answers.len(), 9);
    assert!(d.session("wheel").is_none());
    assert_eq!(d.result_count(), 1);
    assert_eq!(
        d.progress(&WHEEL),
        Progress {
            answered: 0,
            total: 9
        }
    );
}

#[test]
fn finishing_refuses_an_incomplete_or_missing_session() {
    let mut d = Discovery::default();
    assert_eq!(d.finish(&STYLE, at(1)).err(), Some(FinishError::NotStarted));
    d.set_answer(&STYLE, "cu1", Answer::Scale(4), at(1))
        .unwrap();
    assert_eq!(
        d.finish(&STYLE, at(1)).err(),
        Some(FinishError::Incomplete { item: "sr1" })
    );
    assert_eq!(d.result_count(), 0);
}

#[test]
fn retaking_keeps_earlier_results_newest_last() {
    let mut d = wheel([4; 8], Some("pay"));
    d.finish(&WHEEL, at(10)).unwrap();
    take(&mut d, &WHEEL, at(12), |i| match i.kind {
        ItemKind::Rating(_) => Some(Answer::Scale(8)),
        _ => Some(choice("role")),
    });
    d.finish(&WHEEL, at(12)).unwrap();
    // A result dated earlier (a clock set wrong) still lands in date order.
    take(&mut d, &WHEEL, at(5), |i| match i.kind {
        ItemKind::Rating(_) => Some(Answer::Scale(2)),
        _ => Some(choice("role")),
    });
    d.finish(&WHEEL, at(5)).unwrap();
    let dates: Vec<_> = d.history("wheel").iter().map(|r| r.taken_at).collect();
    assert_eq!(dates, [at(5), at(10), at(12)]);
    assert_eq!(
        headline(d.latest("wheel").unwrap()),
        Headline::Average(Average {
            value: 8.0,
            max: 10
        })
    );
    assert_eq!(d.result_count(), 3);
}

#[test]
fn restarting_discards_answers_but_keeps_results() {
    let mut d = wheel([4; 8], Some("pay"));
    d.finish(&WHEEL, at(1)).unwrap();
    d.set_answer(&WHEEL, "role", Answer::Scale(9), at(2))
        .unwrap();
    d.restart("wheel");
    assert!(d.session("wheel").is_none());
    assert_eq!(d.history("wheel").len(), 1);
}

#[test]
fn a_retake_can_start_from_the_latest_answers() {
    let mut d = Discovery::default();
    assert!(!d.retake_from_latest(&WHEEL, at(1)));
    let mut d = wheel([4; 8], Some("pay"));
    d.finish(&WHEEL, at(1)).unwrap();
    assert!(d.retake_from_latest(&WHEEL, at(9)));
    assert!(d.is_complete(&WHEEL));
    assert_eq!(d.answer(&WHEEL, "role"), Some(&Answer::Scale(4)));
    d.set_answer(&WHEEL, "role", Answer::Scale(7), at(9))
        .unwrap();
    d.finish(&WHEEL, at(9)).unwrap();
    assert_eq!(d.history("wheel").len(), 2);
}

#[test]
fn stale_answers_for_unknown_items_are_left_out_of_the_result() {
    let mut d = wheel([5; 8], Some("pay"));
    let s = d.sessions.get_mut("wheel").unwrap();
    s.answers.insert("retired_item".into(), Answer::Scale(3));
    s.answers.insert("role".into(), Answer::Scale(10));
    let r = finished(&mut d, &WHEEL, at(1));
    assert!(!r.answers.contains_key("retired_item"));
    // A stored answer that no longer fits its item blocks finishing instead.
    let mut d = wheel([5; 8], Some("pay"));
    d.sessions
        .get_mut("wheel")
        .unwrap()
        .answers
        .insert("role".into(), Answer::Scale(40));
    assert_eq!(d.first_unanswered(&WHEEL).map(|i| i.id), Some("role"));
}

#[test]
fn deleting_a_result_removes_only_that_one() {
    let mut d = wheel([4; 8], Some("pay"));
    d.finish(&WHEEL, at(1)).unwrap();
    take(&mut d, &WHEEL, at(2), |i| match i.kind {
        ItemKind::Rating(_) => Some(Answer::Scale(6)),
        _ => Some(choice("pay")),
    });
    d.finish(&WHEEL, at(2)).unwrap();
    assert_eq!(d.delete_result("wheel", 0).map(|r| r.taken_at), Some(at(1)));
    assert_eq!(d.history("wheel").len(), 1);
    assert!(d.delete_result("wheel", 3).is_none());
    assert!(d.delete_result("nothing", 0).is_none());
}

#[test]
fn empty_and_counting() {
    let mut d = Discovery::default();
    assert!(d.is_empty());
    assert_eq!(d.result_count(), 0);
    d.set_answer(&STYLE, "cu1", Answer::Scale(3), at(1))
        .unwrap();
    assert!(!d.is_empty());
    d.clear_answer(&STYLE, "cu1", at(1));
    assert!(d.is_empty(), "a session with no answers is nothing yet");
}

#[test]
fn comparing_values_shows_group_and_rank_changes() {
    let mut d = Discovery::default();
    sort_values(
        &mut d,
        &["autonomy", "learning"],
        &["balance", "income", "variety"],
    );
    d.set_answer(
        &VALUES,
        "top5",
        ranking(&["autonomy", "learning", "balance", "income", "variety"]),
        at(1),
    )
    .unwrap();
    d.finish(&VALUES, at(1)).unwrap();
    sort_values(
        &mut d,
        &["balance", "learning"],
        &["autonomy", "income", "variety"],
    );
    d.set_answer(
        &VALUES,
        "top5",
        ranking(&["balance", "learning", "autonomy", "income", "variety"]),
        at(2),
    )
    .unwrap();
    d.finish(&VALUES, at(2)).unwrap();
    let c = d.compare("values", 0, 1).unwrap();
    let row = |id: &str| c.rows.iter().find(|r| r.id == id).unwrap();
    assert_eq!(row("autonomy").before_text, "Very important · #1");
    assert_eq!(row("autonomy").after_text, "Important · #3");
    assert!(!row("learning").changed);
    assert!(!row("security").changed);
    assert_eq!(c.rows.len(), 24);
    assert_eq!(c.rows[0].id, "autonomy", "rows follow content order");
    assert_eq!(
        (c.before_headline.text(), c.after_headline.text()),
        (
            Some("Top value: Autonomy"),
            Some("Top value: Work–life balance")
        )
    );
}

#[test]
fn comparing_interest_results_gives_per_type_deltas_and_the_code() {
    let mut d = interests_from([
        ("R", "UUUUUUU"),
        ("I", "UUUUUUU"),
        ("A", "UUUUUUU"),
        ("S", "UUUUUUU"),
        ("E", "UUUUUUU"),
        ("C", "UUUUUUU"),
    ]);
    d.finish(&INTERESTS, at(1)).unwrap();
    let mut later = interests_from([
        ("R", "UUUUUUU"),
        ("I", "UUUUUUU"),
        ("A", "UUUUUUU"),
        ("S", "LLLLLLL"),
        ("E", "UUUUUUU"),
        ("C", "DDDDDDD"),
    ]);
    later.finish(&INTERESTS, at(5)).unwrap();
    let c = compare(
        d.latest("interests").unwrap(),
        later.latest("interests").unwrap(),
    );
    assert_eq!(c.rows[0].id, "code");
    assert_eq!(
        (
            c.rows[0].before_text.as_str(),
            c.rows[0].after_text.as_str()
        ),
        ("RIA", "SRI")
    );
    let s = c.rows.iter().find(|r| r.id == "S").unwrap();
    assert_eq!(
        (s.before, s.after, s.delta),
        (Some(50.0), Some(100.0), Some(50.0))
    );
    assert_eq!(s.label, "Social");
    let cc = c.rows.iter().find(|r| r.id == "C").unwrap();
    assert_eq!(cc.delta, Some(-50.0));
}

#[test]
fn comparing_skills_shows_quadrant_moves() {
    let mut d = Discovery::default();
    take(&mut d, &SKILLS, at(1), |_| Some(pair(3, 4)));
    d.finish(&SKILLS, at(1)).unwrap();
    take(&mut d, &SKILLS, at(2), |i| {
        Some(if i.id == "coding" {
            pair(4, 4)
        } else {
            pair(3, 4)
        })
    });
    d.finish(&SKILLS, at(2)).unwrap();
    let c = d.compare("skills", 0, 1).unwrap();
    let changed: Vec<&CompareRow> = c.changes().collect();
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].label, "Coding or automating");
    assert_eq!(
        changed[0].before_text,
        "Growth areas (skill 3, enjoyment 4)"
    );
    assert_eq!(
        changed[0].after_text,
        "Motivated strengths (skill 4, enjoyment 4)"
    );
}

// ---------------------------------------------------------------- storage shape

#[test]
fn answers_are_stored_in_the_documented_shape() {
    let cases = [
        (Answer::Scale(4), r#"{"scale":4}"#),
        (choice("like"), r#"{"choice":"like"}"#),
        (pair(4, 5), r#"{"pair":[4,5]}"#),
        (ranking(&["a", "b"]), r#"{"ranking":["a","b"]}"#),
        (text("hi"), r#"{"text":"hi"}"#),
        (
            Answer::Records(vec![record(&[("belief", "x")])]),
            r#"{"records":[{"belief":"x"}]}"#,
        ),
    ];
    for (answer, json) in cases {
        assert_eq!(serde_json::to_string(&answer).unwrap(), json);
        assert_eq!(serde_json::from_str::<Answer>(json).unwrap(), answer);
    }
}

#[test]
fn discovery_round_trips_through_json_and_old_files_load() {
    let mut d = wheel([7, 5, 8, 3, 6, 3, 9, 9], Some("growth"));
    d.finish(&WHEEL, at(1)).unwrap();
    d.set_answer(&INTERESTS, "r1", choice("like"), at(2))
        .unwrap();
    let json = serde_json::to_string(&d).unwrap();
    let back: Discovery = serde_json::from_str(&json).unwrap();
    assert_eq!(back, d);
    // The shape written before discovery existed.
    assert_eq!(
        serde_json::from_str::<Discovery>("{}").unwrap(),
        Discovery::default()
    );
    // A session without dates, a result without answers.
    let old = r#"{"sessions":{"style":{"answers":{"cu1":{"scale":3}}}},
        "results":{"wheel":[{"instrument":"wheel","taken_at":"2026-03-01T10:00:00Z",
        "outcome":{"kind":"ratings","scores":[{"id":"pay","value":4}],"average":4.0}}]}}"#;
    let d: Discovery = serde_json::from_str(old).unwrap();
    assert_eq!(d.result_count(), 1);
    assert_eq!(d.progress(&STYLE).answered, 1);
    assert_eq!(
        headline(d.latest("wheel").unwrap()),
        Headline::Average(Average {
            value: 4.0,
            max: 10
        })
    );
}

#[test]
fn the_workbook_keeps_discovery_through_a_round_trip() {
    let mut wb = crate::Workbook::new(at(1));
    wb.discovery
        .set_answer(&STYLE, "cu1", Answer::Scale(5), at(1))
        .unwrap();
    assert!(!wb.is_blank());
    let back: crate::Workbook = serde_json::from_str(&serde_json::to_string(&wb).unwrap()).unwrap();
    assert_eq!(back.discovery, wb.discovery);
}

// ---------------------------------------------------------------- profile and overview

fn everything_done() -> Discovery {
    let mut d = Discovery::default();
    sort_values(
        &mut d,
        &["autonomy", "learning", "balance", "purpose", "income"],
        &[],
    );
    d.set_answer(
        &VALUES,
        "top5",
        ranking(&["learning", "autonomy", "balance", "purpose", "income"]),
        at(1),
    )
    .unwrap();
    d.finish(&VALUES, at(1)).unwrap();
    let mut i = interests_from([
        ("R", "DDDDDDD"),
        ("I", "LLLLLUU"),
        ("A", "LLLLLLL"),
        ("S", "LLLLLLL"),
        ("E", "DDDDDDD"),
        ("C", "DDDDDDD"),
    ]);
    i.finish(&INTERESTS, at(2)).unwrap();
    d.results.extend(i.results);
    take(&mut d, &SKILLS, at(3), |i| {
        Some(match i.id {
            "writing" | "listening" => pair(5, 5),
            "coding" => pair(2, 5),
            "records" => pair(5, 2),
            _ => pair(3, 3),
        })
    });
    d.finish(&SKILLS, at(3)).unwrap();
    let mut w = wheel([7, 5, 8, 3, 6, 3, 9, 9], Some("growth"));
    w.finish(&WHEEL, at(4)).unwrap();
    d.results.extend(w.results);
    let mut s = style([[5, 5, 5, 1, 1], [3; 5], [3; 5], [3; 5], [3; 5]]);
    s.finish(&STYLE, at(5)).unwrap();
    d.results.extend(s.results);
    for id in ["ideal_day", "one_year", "five_years", "ten_years"] {
        d.set_answer(&VISION, id, text("teaching people to code"), at(6))
            .unwrap();
    }
    d.finish(&VISION, at(6)).unwrap();
    d.set_answer(
        &BELIEFS,
        "beliefs",
        Answer::Records(vec![record(&[
            ("belief", "I'm too old"),
            ("reframe", "I have experience"),
            ("experiment", "Apply for one role"),
        ])]),
        at(7),
    )
    .unwrap();
    d.finish(&BELIEFS, at(7)).unwrap();
    d
}

#[test]
fn the_profile_gathers_the_latest_of_every_instrument() {
    let d = everything_done();
    let p = latest_profile(&d);
    assert!(p.missing().is_empty());
    assert!(!p.is_empty());
    let values = p.values.as_ref().unwrap();
    assert_eq!(values.top[0].name, "Learning");
    assert_eq!(
        values.top[0].detail,
        "Growing my knowledge and skills as I go."
    );
    let interests = p.interests.as_ref().unwrap();
    assert_eq!(interests.code, "ASI");
    assert_eq!(
        interests
            .top_types
            .iter()
            .map(|t| t.name.as_str())
            .collect::<Vec<_>>(),
        ["Artistic", "Social", "Investigative"]
    );
    assert_eq!(interests.scores.len(), 6);
    let skills = p.skills.as_ref().unwrap();
    assert_eq!(
        skills
            .strengths
            .iter()
            .map(|n| n.id.as_str())
            .collect::<Vec<_>>(),
        ["writing", "listening"]
    );
    assert_eq!(skills.growth_areas[0].name, "Coding or automating");
    assert_eq!(skills.burnout_risks[0].id, "records");
    let wheel = p.wheel.as_ref().unwrap();
    assert_eq!(wheel.average, 6.3);
    assert_eq!(wheel.scores[0].max, 10);
    assert_eq!(
        wheel.focus.as_ref().map(|f| f.name.as_str()),
        Some("Growth")
    );
    assert_eq!(p.style.as_ref().unwrap().scores[0].value, 100);
    assert!(p
        .vision
        .as_ref()
        .unwrap()
        .statement
        .starts_with("On a good workday: Teaching people to code."));
    assert_eq!(
        p.beliefs.as_ref().unwrap().reframed[0].reframe,
        "I have experience"
    );
    let why = p.my_why().unwrap();
    assert!(why.starts_with("What matters most to you: Learning, Autonomy and Work–life balance. Where you're heading: On a good workday"));
}

#[test]
fn the_profile_offers_anchors_a_goal_can_link_to() {
    let p = latest_profile(&everything_done());
    let keys: Vec<String> = p.anchors().iter().map(Anchor::key).collect();
    assert_eq!(
        keys,
        [
            "value:learning",
            "value:autonomy",
            "value:balance",
            "value:purpose",
            "value:income",
            "strength:writing",
            "strength:listening",
            "interest:A",
            "interest:S",
            "interest:I",
            "vision"
        ]
    );
    assert!(latest_profile(&Discovery::default()).anchors().is_empty());
}

#[test]
fn number_keys_answer_scales_and_choices() {
    let likert = STYLE.item("cu1").unwrap();
    assert_eq!(answer_for_key(likert, '1'), Some(Answer::Scale(1)));
    assert_eq!(answer_for_key(likert, '5'), Some(Answer::Scale(5)));
    assert_eq!(answer_for_key(likert, '6'), None);
    assert_eq!(answer_for_key(likert, 'x'), None);
    let rating = WHEEL.item("pay").unwrap();
    assert_eq!(answer_for_key(rating, '0'), Some(Answer::Scale(10)));
    assert_eq!(answer_for_key(rating, '7'), Some(Answer::Scale(7)));
    assert_eq!(
        answer_for_key(INTERESTS.item("r1").unwrap(), '3'),
        Some(choice("dislike"))
    );
    assert_eq!(
        answer_for_key(VALUES.item("autonomy").unwrap(), '1'),
        Some(choice("very"))
    );
    assert_eq!(answer_for_key(VALUES.item("autonomy").unwrap(), '4'), None);
    assert_eq!(answer_for_key(SKILLS.item("writing").unwrap(), '3'), None);
    assert_eq!(answer_for_key(VISION.item("why").unwrap(), '1'), None);
}

#[test]
fn an_empty_profile_invites_every_instrument() {
    let p = latest_profile(&Discovery::default());
    assert!(p.is_empty());
    assert_eq!(
        p.missing().iter().map(|i| i.id).collect::<Vec<_>>(),
        [
            "values",
            "interests",
            "skills",
            "wheel",
            "style",
            "vision",
            "beliefs"
        ]
    );
    assert_eq!(p.my_why(), None);
}

#[test]
fn the_overview_shows_status_and_latest_headline() {
    let mut d = Discovery::default();
    d.set_answer(&INTERESTS, "r1", choice("like"), at(1))
        .unwrap();
    d.set_answer(&INTERESTS, "i1", choice("like"), at(1))
        .unwrap();
    let mut w = wheel([6; 8], Some("pay"));
    w.finish(&WHEEL, at(2)).unwrap();
    d.results.extend(w.results);
    let rows = overview(&d);
    assert_eq!(rows.len(), 7);
    assert_eq!(rows[0].instrument.id, "values");
    assert_eq!(
        (
            rows[0].in_progress,
            rows[0].results,
            rows[0].headline.clone()
        ),
        (None, 0, None)
    );
    assert_eq!(
        rows[1].in_progress,
        Some(Progress {
            answered: 2,
            total: 42
        })
    );
    assert_eq!(rows[3].results, 1);
    assert_eq!(rows[3].last_taken, Some(at(2)));
    assert_eq!(
        rows[3].headline,
        Some(Headline::Average(Average {
            value: 6.0,
            max: 10
        }))
    );
}

// ---------------------------------------------------------------- charts

fn close(a: Point, x: f64, y: f64) -> bool {
    (a.x - x).abs() < 1e-6 && (a.y - y).abs() < 1e-6
}

#[test]
fn a_full_hexagon_has_its_first_corner_at_the_top() {
    let pts = chart::radar_points(&[100.0; 6], 100.0, 100.0, 100.0, 50.0);
    assert!(close(pts[0], 100.0, 50.0));
    assert!(close(pts[3], 100.0, 150.0));
    assert_eq!(
        chart::points_attr(&pts),
        "100,50 143.3,75 143.3,125 100,150 56.7,125 56.7,75"
    );
}

#[test]
fn radar_values_scale_and_clamp_to_the_radius() {
    let pts = chart::radar_points(&[50.0, 200.0, -5.0, f64::NAN], 100.0, 0.0, 0.0, 10.0);
    assert!(close(pts[0], 0.0, -5.0));
    assert!(
        close(pts[1], 10.0, 0.0),
        "over the max is drawn at the edge"
    );
    assert!(close(pts[2], 0.0, 0.0));
    assert!(close(pts[3], 0.0, 0.0));
    assert_eq!(
        chart::radar_ring(4, 0.5, 0.0, 0.0, 10.0),
        "0,-5 5,0 0,5 -5,0"
    );
    assert_eq!(chart::radar_spokes(4, 0.0, 0.0, 10.0).len(), 4);
}

#[test]
fn radar_labels_anchor_away_from_the_centre() {
    assert_eq!(
        chart::radar_label(0, 6, 100.0, 100.0, 50.0, 10.0).1,
        "middle"
    );
    assert_eq!(
        chart::radar_label(1, 6, 100.0, 100.0, 50.0, 10.0).1,
        "start"
    );
    assert_eq!(
        chart::radar_label(3, 6, 100.0, 100.0, 50.0, 10.0).1,
        "middle"
    );
    assert_eq!(chart::radar_label(4, 6, 100.0, 100.0, 50.0, 10.0).1, "end");
    assert!(close(
        chart::radar_label(0, 6, 100.0, 100.0, 50.0, 10.0).0,
        100.0,
        40.0
    ));
}

#[test]
fn wheel_wedges_are_pie_slices_sized_by_value() {
    let first = chart::wheel_wedge(0, 8, 10.0, 10.0, 100.0, 100.0, 100.0);
    assert_eq!(first, "M 100 100 L 100 0 A 100 100 0 0 1 170.71 29.29 Z");
    let half = chart::wheel_wedge(2, 8, 5.0, 10.0, 100.0, 100.0, 100.0);
    assert_eq!(half, "M 100 100 L 150 100 A 50 50 0 0 1 135.36 135.36 Z");
    assert_eq!(chart::wheel_wedge(0, 8, 0.0, 10.0, 100.0, 100.0, 100.0), "");
    let all = chart::wheel_wedges(&[10.0; 8], 10.0, 100.0, 100.0, 100.0);
    assert_eq!(all.len(), 8);
    assert!(
        all[7].ends_with("A 100 100 0 0 1 100 0 Z"),
        "the last wedge closes at the top"
    );
    assert!(chart::wheel_wedge(0, 1, 10.0, 10.0, 0.0, 0.0, 10.0)
        .starts_with("M 0 -10 A 10 10 0 1 1 0 10"));
    assert!(close(
        chart::wheel_label(0, 4, 0.0, 0.0, 10.0),
        10.0 * (0.125 * std::f64::consts::TAU).sin(),
        -10.0 * (0.125 * std::f64::consts::TAU).cos()
    ));
}

#[test]
fn scatter_points_sharing_a_cell_are_spread_apart() {
    let pts = chart::scatter_layout(&[(5, 5), (5, 5), (1, 1)], 1, 5, 100.0, 100.0);
    assert!(
        close(pts[2], 10.0, 90.0),
        "a lone point sits in its cell's centre"
    );
    assert!((pts[0].x - 86.666_666).abs() < 1e-3 && (pts[0].y - 10.0).abs() < 1e-9);
    assert!((pts[1].x - 93.333_333).abs() < 1e-3 && (pts[1].y - 10.0).abs() < 1e-9);
    let split = chart::scatter_split(4, 1, 5, 100.0, 100.0);
    assert!(close(split, 60.0, 40.0));
}

#[test]
fn chart_numbers_are_short_and_never_negative_zero() {
    assert_eq!(chart::num(1.0), "1");
    assert_eq!(chart::num(1.5), "1.5");
    assert_eq!(chart::num(2.0 / 3.0), "0.67");
    assert_eq!(chart::num(-0.001), "0");
    assert_eq!(chart::num(f64::INFINITY), "0");
    assert_eq!(chart::bar_length(5.0, 10.0, 200.0), 100.0);
    assert_eq!(chart::bar_length(5.0, 0.0, 200.0), 0.0);
}

// ---------------------------------------------------------------- properties

proptest! {
    #[test]
    fn any_interest_answers_give_bounded_scores_and_a_code_of_three_distinct_types(
        picks in proptest::collection::vec(0usize..3, 42)
    ) {
        let mut d = Discovery::default();
        for (item, p) in INTERESTS.items.iter().zip(&picks) {
            d.set_answer(&INTERESTS, item.id, choice(PREFERENCE_OPTIONS[*p].id), at(1)).unwrap();
        }
        let r = d.finish(&INTERESTS, at(1)).unwrap();
        let Outcome::Scores(s) = &r.outcome else { panic!() };
        prop_assert!(s.scores.iter().all(|x| x.score <= 100 && x.max == 14));
        let mut letters: Vec<char> = s.code.chars().collect();
        prop_assert_eq!(letters.len(), 3);
        letters.dedup();
        prop_assert_eq!(letters.len(), 3);
        // The first letter has the highest score.
        let first = s.get(&s.code[..1]).unwrap().points;
        prop_assert!(s.scores.iter().all(|x| x.points <= first));
    }

    #[test]
    fn any_wheel_average_lies_between_the_lowest_and_highest_rating(
        values in proptest::collection::vec(1u8..=10, 8)
    ) {
        let mut d = wheel(values.clone().try_into().unwrap(), Some("role"));
        let r = d.finish(&WHEEL, at(1)).unwrap();
        let Outcome::Ratings(w) = &r.outcome else { panic!() };
        let lo = f64::from(*values.iter().min().unwrap());
        let hi = f64::from(*values.iter().max().unwrap());
        prop_assert!(w.average >= lo && w.average <= hi);
        prop_assert_eq!(w.lowest.is_empty(), lo == hi);
    }

    #[test]
    fn moving_a_ranked_card_keeps_the_same_cards(by in -6isize..6, which in 0usize..5) {
        let r: Vec<String> = ["a", "b", "c", "d", "e"].map(String::from).to_vec();
        let moved = ranking_move(&r, &r[which], by);
        let mut sorted = moved.clone();
        sorted.sort();
        prop_assert_eq!(sorted, r);
    }

    #[test]
    fn sessions_survive_a_json_round_trip(values in proptest::collection::vec(1u8..=5, 25)) {
        let mut d = Discovery::default();
        for (item, v) in STYLE.items.iter().zip(&values) {
            d.set_answer(&STYLE, item.id, Answer::Scale(*v), at(1)).unwrap();
        }
        let back: Discovery = serde_json::from_str(&serde_json::to_string(&d).unwrap()).unwrap();
        prop_assert_eq!(&back, &d);
        prop_assert!(back.is_complete(&STYLE));
    }
}

// ---------------------------------------------------------------- a new instrument is data

static TINY: Instrument = Instrument {
    id: "tiny",
    title: "A tiny check-in",
    purpose: "Shows that a new instrument needs only data.",
    minutes: 1,
    note: "A reflection aid, not a test.",
    prompt: "Answer three quick questions.",
    dimensions: &[Dimension::new("x", "Ex"), Dimension::new("y", "Why")],
    items: &[
        Item::new(
            "q1",
            "Pick one",
            ItemKind::Choice(&[
                ChoiceOption::new("a", "A", 0),
                ChoiceOption::new("b", "B", 3),
            ]),
        )
        .dim("x"),
        Item::new(
            "q2",
            "I agree",
            ItemKind::Likert(&crate::content::AGREEMENT),
        )
        .dim("y")
        .reversed(),
        Item::new(
            "q3",
            "I agree too",
            ItemKind::Likert(&crate::content::AGREEMENT),
        )
        .dim("y"),
    ],
    layout: Layout::OnePerScreen,
    scoring: Scoring::Dimensions {
        code_length: 1,
        bands: Bands {
            low_below: 40,
            high_above: 60,
        },
        headline: "Leaning",
    },
};

#[test]
fn a_new_instrument_defined_only_as_data_runs_through_the_same_engine() {
    let mut d = Discovery::default();
    assert_eq!(TINY.screens().len(), 3);
    d.set_answer(&TINY, "q1", choice("b"), at(1)).unwrap();
    d.set_answer(&TINY, "q2", Answer::Scale(2), at(1)).unwrap();
    assert_eq!(d.resume_screen(&TINY), 2);
    d.set_answer(&TINY, "q3", Answer::Scale(5), at(1)).unwrap();
    let r = finished(&mut d, &TINY, at(1));
    // x: option b is 3 of 3 -> 100. y: reversed 2 -> 4 (3 of 4) plus 5 (4 of 4) = 7 of 8 -> 88.
    assert_eq!(
        scores_of(&r),
        [("x".to_string(), 100), ("y".to_string(), 88)]
    );
    let Outcome::Scores(s) = &r.outcome else {
        panic!()
    };
    assert_eq!(s.code, "x");
    assert_eq!(d.history("tiny").len(), 1);
}

// ---------------------------------------------------------------- UI helpers

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_rank_seed_puts_required_values_in_and_keeps_the_persons_order() {
    let mut d = Discovery::default();
    sort_values(
        &mut d,
        &["security", "autonomy"],
        &["creativity", "helping", "income", "variety"],
    );
    let pool = d
        .session("values")
        .unwrap()
        .rank_pool(&VALUES, "top5")
        .unwrap();
    // Nothing ranked yet: the two very important values are in already.
    assert_eq!(pool.seed(&[]), ids(&["autonomy", "security"]));
    // The person's picks keep their order; required ones join at the end.
    assert_eq!(
        pool.seed(&ids(&["income", "security", "creativity"])),
        ids(&["income", "security", "creativity", "autonomy"])
    );
    // A full ranking missing a required value drops its last optional pick.
    assert_eq!(
        pool.seed(&ids(&[
            "income",
            "creativity",
            "helping",
            "variety",
            "security"
        ])),
        ids(&["income", "creativity", "helping", "security", "autonomy"])
    );
    // Cards that can't be ranked (less important, repeated) are dropped.
    assert_eq!(
        pool.seed(&ids(&["balance", "autonomy", "autonomy"])),
        ids(&["autonomy", "security"])
    );
}

#[test]
fn the_rank_seed_fills_everything_when_there_is_no_choice() {
    let mut d = Discovery::default();
    let five = ["autonomy", "security", "creativity", "helping", "income"];
    sort_values(&mut d, &five, &["variety"]);
    let pool = d
        .session("values")
        .unwrap()
        .rank_pool(&VALUES, "top5")
        .unwrap();
    let seeded = pool.seed(&ids(&["income"]));
    assert_eq!(
        seeded,
        ids(&["income", "autonomy", "security", "creativity", "helping"])
    );
    assert!(pool.accepts(&seeded));
    // With seven very important values the person chooses: nothing is added.
    let mut d = Discovery::default();
    sort_values(
        &mut d,
        &[
            "autonomy",
            "security",
            "creativity",
            "helping",
            "income",
            "variety",
            "balance",
        ],
        &[],
    );
    let pool = d
        .session("values")
        .unwrap()
        .rank_pool(&VALUES, "top5")
        .unwrap();
    assert_eq!(pool.seed(&[]), Vec::<String>::new());
    assert_eq!(pool.seed(&ids(&["balance"])), ids(&["balance"]));
}

#[test]
fn number_keys_pick_a_point_on_each_half_of_a_pair() {
    let ItemKind::Pair(skill, joy) = SKILLS.item("writing").unwrap().kind else {
        panic!("writing is a pair item");
    };
    assert_eq!(scale_point_for_key(skill, '1'), Some(1));
    assert_eq!(scale_point_for_key(joy, '5'), Some(5));
    assert_eq!(scale_point_for_key(joy, '6'), None);
    assert_eq!(scale_point_for_key(joy, '0'), None);
    assert_eq!(
        scale_point_for_key(&crate::content::SATISFACTION, '0'),
        Some(10)
    );
    assert_eq!(scale_point_for_key(skill, 'a'), None);
}

#[test]
fn a_comparison_row_says_its_change_in_a_few_words() {
    let mut d = Discovery::default();
    let rate = |pay: u8| {
        move |i: &Item| match i.kind {
            ItemKind::Rating(_) if i.id == "pay" => Some(Answer::Scale(pay)),
            ItemKind::Rating(_) => Some(Answer::Scale(5)),
            ItemKind::Choice(_) => Some(choice("pay")),
            _ => None,
        }
    };
    take(&mut d, &WHEEL, at(1), rate(3));
    finished(&mut d, &WHEEL, at(1));
    take(&mut d, &WHEEL, at(2), rate(6));
    finished(&mut d, &WHEEL, at(2));
    let c = d.compare("wheel", 1, 0).unwrap();
    let row = |id: &str| c.rows.iter().find(|r| r.id == id).unwrap().change();
    assert_eq!(row("pay"), "+3");
    assert_eq!(row("role"), "No change");
    assert_eq!(row("focus"), "Same");
    let back = d.compare("wheel", 0, 1).unwrap();
    assert_eq!(back.before_at, at(1));
    let c2 = compare(&d.history("wheel")[1], &d.history("wheel")[0]);
    let pay = c2.rows.iter().find(|r| r.id == "pay").unwrap();
    assert_eq!(pay.change(), "\u{2212}3");
    assert_eq!(
        c2.rows.iter().find(|r| r.id == "average").unwrap().change(),
        "\u{2212}0.3"
    );
}

#[test]
fn every_kind_of_outcome_reads_back_as_written_and_a_bad_kind_is_named() {
    let outcomes = [
        Outcome::Sorted(Sorted {
            groups: vec![SortedGroup {
                id: "very".into(),
                items: vec!["autonomy".into()],
            }],
            top: vec!["autonomy".into()],
        }),
        Outcome::Scores(Scores {
            scores: vec![DimensionScore {
                id: "s".into(),
                points: 3,
                max: 4,
                score: 75,
                ..Default::default()
            }],
            code: "S".into(),
        }),
        Outcome::Quadrants(Default::default()),
        Outcome::Ratings(Default::default()),
        Outcome::Statement(Default::default()),
        Outcome::Beliefs(Default::default()),
    ];
    for o in outcomes {
        let text = serde_json::to_string(&o).unwrap();
        assert_eq!(serde_json::from_str::<Outcome>(&text).unwrap(), o, "{text}");
        // The kind may come after the fields.
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let kind = v.as_object_mut().unwrap().remove("kind").unwrap();
        v.as_object_mut().unwrap().insert("kind".into(), kind);
        assert_eq!(serde_json::from_value::<Outcome>(v).unwrap(), o);
    }
    let err = serde_json::from_str::<Outcome>(r#"{"kind":"tarot"}"#).unwrap_err();
    assert!(err.to_string().contains("tarot"), "{err}");
    let err = serde_json::from_str::<Outcome>(r#"{"top":[]}"#).unwrap_err();
    assert!(err.to_string().contains("kind"), "{err}");
}
