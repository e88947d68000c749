//! Browser tests of the locale formatters, in Chromium and Firefox: the same dates and
//! numbers under en-US, en-GB, de-DE and ar, through the browser's own `Intl`.

use chrono::{NaiveDate, Weekday};
use wasm_bindgen_test::*;
use waymark::store::locale::Locale;

wasm_bindgen_test_configure!(run_in_browser);

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

#[wasm_bindgen_test]
fn numeric_dates_follow_each_locale() {
    assert_eq!(Locale::new("en-US").short_date(day()), "11/22/2026");
    assert_eq!(Locale::new("en-GB").short_date(day()), "22/11/2026");
    assert_eq!(Locale::new("de-DE").short_date(day()), "22.11.2026");
}

#[wasm_bindgen_test]
fn written_dates_use_the_locales_words_and_order() {
    assert_eq!(
        Locale::new("en-US").full_date(day()),
        "Sunday, November 22, 2026"
    );
    // CLDR versions differ on the comma after the weekday in British English.
    let gb = Locale::new("en-GB").full_date(day());
    assert!(
        gb.starts_with("Sunday") && gb.ends_with(" 22 November 2026"),
        "{gb:?}"
    );
    assert_eq!(
        Locale::new("de-DE").full_date(day()),
        "Sonntag, 22. November 2026"
    );
    assert_eq!(Locale::new("en-US").long_date(day()), "November 22, 2026");
    assert_eq!(Locale::new("en-GB").long_date(day()), "22 November 2026");
    assert_eq!(Locale::new("de-DE").long_date(day()), "22. November 2026");
    assert_eq!(Locale::new("en-US").month_year(2026, 11), "November 2026");
    assert_eq!(Locale::new("de-DE").month_year(2026, 3), "März 2026");
    assert_eq!(
        Locale::new("de-DE").weekday_name(Weekday::Mon, true),
        "Montag"
    );
    assert_eq!(
        Locale::new("en-GB").weekday_name(Weekday::Sun, false),
        "Sun"
    );
}

#[wasm_bindgen_test]
fn arabic_dates_are_written_in_arabic() {
    let ar = Locale::new("ar");
    let long = ar.long_date(day());
    assert_ne!(long, Locale::new("en-US").long_date(day()));
    // The month's Arabic name, or the year in Arabic-Indic digits (engines differ in
    // which numbering system they default to; both are Arabic, neither is English).
    assert!(
        long.contains("نوفمبر") || long.contains("٢٠٢٦"),
        "expected Arabic in {long:?}"
    );
    assert!(!long.contains("November"), "{long:?}");
    let month = ar.month_year(2026, 11);
    assert!(
        month.contains("نوفمبر"),
        "expected the Arabic month name in {month:?}"
    );
}

#[wasm_bindgen_test]
fn weeks_start_on_the_locales_first_day() {
    assert_eq!(Locale::new("en-US").first_weekday(), Weekday::Sun);
    assert_eq!(Locale::new("en-GB").first_weekday(), Weekday::Mon);
    assert_eq!(Locale::new("de-DE").first_weekday(), Weekday::Mon);
    assert_eq!(Locale::new("en-US").week()[0], Weekday::Sun);
    assert_eq!(Locale::new("de-DE").week()[6], Weekday::Sun);
}

#[wasm_bindgen_test]
fn numbers_are_grouped_the_locales_way() {
    assert_eq!(Locale::new("en-US").number(1234.5, 2), "1,234.5");
    assert_eq!(Locale::new("de-DE").number(1234.5, 2), "1.234,5");
    assert_eq!(Locale::new("en-GB").number(2.0, 2), "2");
    assert_eq!(Locale::new("en-US").number(0.125, 1), "0.1");
    assert_eq!(Locale::new("en-US").percent(0.42), "42%");
    assert_ne!(Locale::new("ar").number(42.0, 0), "");
}

#[wasm_bindgen_test]
fn a_nonsense_tag_falls_back_without_breaking() {
    let bad = Locale::new("not a locale!!");
    assert_eq!(bad.short_date(day()), "2026-11-22");
    assert_eq!(bad.number(2.5, 2), "2.5");
    assert_eq!(bad.first_weekday(), Weekday::Mon);
}

#[wasm_bindgen_test]
fn the_browsers_first_language_intl_understands_is_used() {
    let tags = |list: &[&str]| list.iter().map(|t| t.to_string()).collect::<Vec<_>>();
    // WebKitGTK under the C locale says "C": skipped, not shown as ISO dates.
    assert_eq!(Locale::first_usable(&tags(&["C", "de-DE"])).tag(), "de-DE");
    assert_eq!(Locale::first_usable(&tags(&["C"])).tag(), "en");
    assert_eq!(Locale::first_usable(&tags(&[" ", "en-GB"])).tag(), "en-GB");
    assert_eq!(Locale::first_usable(&[]).tag(), "en");
}

// ---- what the pages compose from the core's data (src/ui/words.rs) ----------------

use chrono::{DateTime, TimeZone, Utc};
use waymark::ui::words;
use waymark_core::discover::{Average, Headline};
use waymark_core::goals::{self, Goal, Metric};
use waymark_core::timeline::MonthCounts;

const LOCALES: [&str; 4] = ["en-US", "en-GB", "de-DE", "ar"];

fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 9, 30, 0).single().unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A measured goal: 0 → 20 applications by 11 April 2026, 2.5 logged on 20 January.
fn measured() -> Goal {
    let now = at(2026, 1, 1);
    let mut goal = Goal::new("g".into(), now);
    goal.set_metric(
        Some(Metric::new("Applications", "applications", 0.0, 20.0)),
        now,
    );
    goal.set_deadline(Some(date(2026, 4, 11)), now);
    goal.log_metric(date(2026, 1, 20), 2.5, "", at(2026, 1, 20));
    goal
}

fn each<T>(f: impl Fn(&Locale) -> T) -> [T; 4] {
    LOCALES.map(|tag| f(&Locale::new(tag)))
}

fn has_arabic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

#[wasm_bindgen_test]
fn the_metric_chart_labels_follow_each_locale() {
    let chart = goals::metric_chart(&measured(), date(2026, 1, 21), goals::Frame::GOAL_PAGE)
        .expect("a chart");
    let first = chart.x_ticks[0].label;
    let [us, gb, de, ar] = each(|l| words::tick_label(l, first));
    assert_eq!(us, "Jan 1");
    assert_eq!(gb, "1 Jan");
    assert!(de.starts_with("1. Jan"), "{de:?}");
    assert!(has_arabic(&ar), "{ar:?}");
    let today = chart.x_ticks[1].label;
    assert_eq!(words::tick_label(&Locale::new("de-DE"), today), "Today");
    // y values with a decimal step: 2.5 in English, 2,5 in German.
    let half = goals::TickLabel::Value(2.5);
    let [us, gb, de, ar] = each(|l| words::tick_label(l, half));
    assert_eq!(
        (us.as_str(), gb.as_str(), de.as_str()),
        ("2.5", "2.5", "2,5")
    );
    // Arabic: whatever digits and decimal sign the engine's Arabic uses.
    assert_eq!(ar, Locale::new("ar").number(2.5, 2));
}

#[wasm_bindgen_test]
fn the_metric_charts_text_alternative_follows_each_locale() {
    let summary = goals::chart_summary(&measured(), date(2026, 1, 21)).expect("a summary");
    let [us, gb, de, ar] = each(|l| words::chart_description(l, &summary));
    assert_eq!(
        us,
        "Chart of Applications in applications: 1 logged value, the latest 2.5 on Jan 20, 2026. Target 20 by Apr 11, 2026. The steady-pace line is at 4 today."
    );
    assert_eq!(
        gb,
        "Chart of Applications in applications: 1 logged value, the latest 2.5 on 20 Jan 2026. Target 20 by 11 Apr 2026. The steady-pace line is at 4 today."
    );
    assert!(
        de.contains("the latest 2,5 on 20.01.2026") && de.contains("by 11.04.2026"),
        "{de:?}"
    );
    // Arabic: the engine's Arabic dates (a month name or numbers with direction marks).
    let l = Locale::new("ar");
    assert!(
        !ar.contains("Jan") && ar.contains(&l.medium_date(date(2026, 1, 20))),
        "{ar:?}"
    );
    assert_ne!(l.medium_date(date(2026, 1, 20)), "Jan 20, 2026");
}

#[wasm_bindgen_test]
fn goal_progress_and_pace_follow_each_locale() {
    let goal = measured();
    let summary = goals::progress_summary(&goal);
    let [us, gb, de, ar] = each(|l| words::progress_label(l, goal.progress(), &summary));
    // 2.5 of 20 is 12.5 %, shown whole.
    assert_eq!(us, "13% · 2.5 of 20 applications");
    assert_eq!(gb, "13% · 2.5 of 20 applications");
    assert!(
        de.starts_with("13\u{a0}%") && de.contains("2,5 of 20"),
        "{de:?}"
    );
    let l = Locale::new("ar");
    assert_eq!(
        ar,
        format!(
            "{} · {} of {} applications",
            l.percent(0.125),
            l.number(2.5, 2),
            l.number(20.0, 2)
        )
    );

    let reading = goals::pace_reading(&goal, date(2026, 1, 23)).expect("a pace");
    let [us, _, de, _] = each(|l| words::pace_sentence(l, &reading));
    assert!(us.contains("you're at 2.5 applications"), "{us}");
    assert!(us.contains("near 4.4 by today"), "{us}");
    assert!(
        de.contains("at 2,5 applications") && de.contains("near 4,4 by today"),
        "{de}"
    );
}

#[wasm_bindgen_test]
fn smart_deadline_hints_follow_each_locale() {
    let mut goal = measured();
    goal.set_deadline(Some(date(2026, 6, 30)), at(2026, 3, 10));
    let check = goals::smart_check(&goal, date(2026, 3, 10)).time_bound;
    let [us, gb, de, ar] = each(|l| words::smart_hint(l, &check));
    assert_eq!(us, "Time-bound: due June 30, 2026, 112 days from today");
    assert_eq!(gb, "Time-bound: due 30 June 2026, 112 days from today");
    assert_eq!(de, "Time-bound: due 30. Juni 2026, 112 days from today");
    assert!(has_arabic(&ar) && !ar.contains("June"), "{ar:?}");
}

#[wasm_bindgen_test]
fn the_timeline_month_label_follows_each_locale() {
    let counts = MonthCounts {
        milestones: 2,
        checkins_done: 1,
        checkins_due: 3,
    };
    let [us, gb, de, ar] = each(|l| words::month_label(l, 2026, 3, &counts));
    assert_eq!(
        us,
        "March 2026: 2 milestones, 1 check-in done, 3 check-ins due."
    );
    assert_eq!(gb, us);
    assert_eq!(
        de,
        "März 2026: 2 milestones, 1 check-in done, 3 check-ins due."
    );
    assert!(ar.contains("مارس"), "{ar:?}");
    let empty = words::month_label(&Locale::new("de-DE"), 2026, 3, &MonthCounts::default());
    assert_eq!(empty, "März 2026: nothing dated this month.");
}

#[wasm_bindgen_test]
fn the_wheel_average_follows_each_locale() {
    let h = Headline::Average(Average {
        value: 6.3,
        max: 10,
    });
    let [us, gb, de, ar] = each(|l| words::headline(l, &h));
    assert_eq!(us, "Average 6.3 / 10");
    assert_eq!(gb, "Average 6.3 / 10");
    assert_eq!(de, "Average 6,3 / 10");
    let l = Locale::new("ar");
    assert_eq!(
        ar,
        format!("Average {} / {}", l.one_decimal(6.3), l.number(10.0, 0))
    );
    // A whole average keeps its one decimal, as before.
    let whole = Average {
        value: 5.0,
        max: 10,
    };
    assert_eq!(
        words::average_sentence(&Locale::new("en-US"), &whole),
        "Your average is 5.0 out of 10."
    );
    assert_eq!(
        words::average_sentence(&Locale::new("de-DE"), &whole),
        "Your average is 5,0 out of 10."
    );
}

#[wasm_bindgen_test]
fn form_problems_are_worded_kindly_with_dates_in_the_locale() {
    use waymark_core::checkins::Problem as P;
    let l = Locale::new("en-GB");
    assert_eq!(
        words::checkin_problem(&l, &P::ConfidenceOutOfRange(0)),
        "Choose how confident you feel, from 1 to 10."
    );
    assert_eq!(
        words::checkin_problem(&l, &P::EnergyOutOfRange(0)),
        "Choose how much energy you have, from 1 to 10."
    );
    assert!(words::checkin_problem(&l, &P::EnergyOutOfRange(12)).contains("12"));
    // Dates read as the person reads them, never as ISO.
    let [us, gb, ..] = each(|l| {
        words::journal_problem(
            l,
            &waymark_core::journal::Problem::FutureDate(date(2026, 3, 4)),
        )
    });
    assert!(us.contains("Mar 4, 2026"), "{us}");
    assert!(gb.contains("4 Mar 2026"), "{gb}");
    assert!(!gb.contains("2026-03-04"));
}

#[wasm_bindgen_test]
fn program_and_link_problems_say_what_and_what_to_do() {
    use waymark_core::program::{Field, Issue, Problem, MAX_WELCOME};
    use waymark_core::share::{LinkError, Unusable};
    let say = |field, issue| words::program_problem(&Problem { field, issue });
    assert!(say(Field::Whole, Issue::NoSteps).contains("empty"));
    assert!(say(
        Field::Welcome,
        Issue::TooLong {
            chars: 1501,
            max: MAX_WELCOME
        }
    )
    .contains("1501"));
    assert!(say(Field::Question(3), Issue::Blank).starts_with("Question 4 is empty"));
    assert!(say(
        Field::Instruments,
        Issue::UnknownExercise("horoscope".into())
    )
    .contains("\"horoscope\""));
    assert!(
        say(Field::Instruments, Issue::RepeatedExercise("values".into()))
            .contains("twice (values)")
    );
    let unknown = LinkError::Invalid(Unusable::Program(Problem {
        field: Field::Instruments,
        issue: Issue::UnknownExercise("tarot".into()),
    }));
    let text = words::link_error(&unknown);
    assert!(
        text.contains("tarot") && text.contains("Ask your coach"),
        "{text}"
    );
    assert!(words::link_error(&LinkError::Newer { found: 2 }).contains("newer version"));
    assert!(!words::finish_error(&waymark_core::discover::FinishError::NotStarted).is_empty());
}
