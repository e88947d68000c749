//! Calendar export: milestone due dates and the check-in schedule as RFC 5545 iCalendar
//! text (`.ics`), ready to download. Only text is made here; saving the file is the
//! browser layer's job.
//!
//! - Milestones become all-day events (`DTSTART;VALUE=DATE`, `DTEND` the next day).
//!   Open and done milestones are exported (done ones say so); dropped ones are left out.
//! - The check-in cadence becomes one recurring all-day event with an `RRULE`. Monthly
//!   plans repeat on the start's day of the month, moving to the month's last day when
//!   that day doesn't exist, as the app's own schedule does: from the 31st that is
//!   `BYMONTHDAY=-1` (every month's last day); from the 29th or 30th it is, for example,
//!   `BYMONTHDAY=28,29,30;BYSETPOS=-1` (the 30th, or the last day of a shorter month).
//!   Only the plan in force is exported; its past occurrences follow the current rule.
//! - The job search adds interviews (timed events in local time, an hour long, when the
//!   time is known; all-day otherwise) and the dated next actions of open applications
//!   (all-day), see [`search_events`].
//! - Sessions planned with a coach (a program's engagement) become one all-day event
//!   each, `session-<n>-<program id>@waymark`.
//! - Every UID comes from a record id (`milestone-<id>@waymark`, `checkins@waymark`), so
//!   importing a newer file updates events instead of duplicating them.
//! - Text is escaped (backslash, semicolon, comma, newline), lines are folded at 75 octets
//!   without splitting a UTF-8 character, and every line ends with CRLF.

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveTime, TimeDelta, Utc};

use crate::checkins::{Cadence, CadencePlan};
use crate::dashboard::{ItemState, MilestoneDue};
use crate::engagement::Engagement;
use crate::search::{agenda, InterviewKind, Search};

/// How long an interview's event lasts when only its start is known.
pub const INTERVIEW_MINUTES: i64 = 60;

/// When an extra event happens: a whole day, or a start time (local, "floating") with a
/// length in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Day(NaiveDate),
    At(NaiveDate, NaiveTime, i64),
}

/// An event beside milestones and check-ins (the search's interviews and next actions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub uid: String,
    pub when: When,
    pub summary: String,
    pub description: String,
}

fn kind_words(kind: InterviewKind) -> &'static str {
    match kind {
        InterviewKind::Phone => "phone interview",
        InterviewKind::Video => "video interview",
        InterviewKind::OnSite => "interview on site",
        InterviewKind::Task => "task or assignment",
    }
}

fn at_whom(organisation: &str, role: &str) -> String {
    match (organisation.trim(), role.trim()) {
        ("", "") => "an application".to_owned(),
        (o, "") => o.to_owned(),
        ("", r) => r.to_owned(),
        (o, r) => format!("{r}, {o}"),
    }
}

/// The search's events: every interview, and the dated next action of every open
/// application. UIDs come from record ids.
pub fn search_events(search: &Search) -> Vec<Event> {
    let mut out: Vec<Event> = agenda::interviews(search)
        .into_iter()
        .map(|iv| {
            let round = iv.round.trim();
            let kind = kind_words(iv.kind);
            let summary = if round.is_empty() {
                format!("Interview: {}", at_whom(&iv.organisation, &iv.role))
            } else {
                format!(
                    "Interview ({round}): {}",
                    at_whom(&iv.organisation, &iv.role)
                )
            };
            Event {
                uid: format!("interview-{}@waymark", iv.interview_id),
                when: match iv.time {
                    Some(t) => When::At(iv.date, t, INTERVIEW_MINUTES),
                    None => When::Day(iv.date),
                },
                summary,
                description: format!("A {kind}, from your Waymark job search."),
            }
        })
        .collect();
    out.extend(agenda::follow_ups(search).into_iter().map(|f| {
        let action = if f.action.is_empty() {
            "Next step".to_owned()
        } else {
            f.action.clone()
        };
        Event {
            uid: format!("next-action-{}@waymark", f.application_id),
            when: When::Day(f.due),
            summary: format!("{action} ({})", at_whom(&f.organisation, &f.role)),
            description: "The next action on an application in your Waymark job search.".to_owned(),
        }
    }));
    out
}

/// Who made the calendar, as RFC 5545 asks.
pub const PRODID: &str = "-//Waymark//Career coaching workbook//EN";

/// The media type to give the downloaded file.
pub const MIME_TYPE: &str = "text/calendar;charset=utf-8";

/// The one UID of the recurring check-in event.
pub const CHECKIN_UID: &str = "checkins@waymark";

/// Longest physical line, in octets, not counting the CRLF.
pub const MAX_LINE_OCTETS: usize = 75;

const CHECKIN_SUMMARY: &str = "Waymark check-in";
const CHECKIN_DESCRIPTION: &str = "Time to check in: what you did, what got in the way, \
what you'll do next, and how confident you feel.";

/// The file name for a calendar downloaded on `today`.
pub fn file_name(today: NaiveDate) -> String {
    format!("waymark-calendar-{}.ics", today.format("%Y-%m-%d"))
}

/// The UID of a milestone's event.
pub fn milestone_uid(milestone_id: &str) -> String {
    format!("milestone-{milestone_id}@waymark")
}

/// The sessions of an accepted program, for the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sessions<'a> {
    /// The accepted program's id (its fingerprint), so each session's UID is stable.
    pub program_id: &'a str,
    /// Who the sessions are with ([`crate::program::Program::coach_label`]).
    pub coach: &'a str,
    pub engagement: Engagement,
}

/// The UID of session `n` (1-based) of a program.
pub fn session_uid(program_id: &str, n: usize) -> String {
    format!("session-{n}-{program_id}@waymark")
}

/// How many session events a calendar of these would hold.
pub fn session_count(sessions: Option<&Sessions>) -> usize {
    sessions.map_or(0, |s| s.engagement.session_dates().len())
}

/// How many events a calendar of these would hold. RFC 5545 wants at least one, so offer
/// the download only when this is above zero.
pub fn event_count(milestones: &[MilestoneDue], plan: Option<&CadencePlan>) -> usize {
    let milestones = milestones
        .iter()
        .filter(|m| m.state != ItemState::Dropped)
        .count();
    milestones + usize::from(plan.is_some())
}

/// The whole calendar: the check-in schedule (if a cadence is set) then milestones by
/// date. `now` is the export time, written as each event's DTSTAMP.
pub fn calendar(
    milestones: &[MilestoneDue],
    plan: Option<&CadencePlan>,
    now: DateTime<Utc>,
) -> String {
    calendar_with(milestones, plan, None, &[], now)
}

/// The whole calendar with the sessions planned with a coach and other `events` (the
/// job search's): the check-in schedule, then the sessions in order, then milestones by
/// date, then the events in the order given.
pub fn calendar_with(
    milestones: &[MilestoneDue],
    plan: Option<&CadencePlan>,
    sessions: Option<&Sessions>,
    events: &[Event],
    now: DateTime<Utc>,
) -> String {
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    let mut out = Writer::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line(&format!("PRODID:{PRODID}"));
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    out.line("X-WR-CALNAME:Waymark");

    if let Some(plan) = plan {
        out.all_day_event(
            CHECKIN_UID,
            &stamp,
            plan.start,
            Some(&rrule(plan)),
            CHECKIN_SUMMARY,
            CHECKIN_DESCRIPTION,
        );
    }

    if let Some(s) = sessions {
        let dates = s.engagement.session_dates();
        let total = dates.len();
        for (i, date) in dates.into_iter().enumerate() {
            out.all_day_event(
                &session_uid(s.program_id, i + 1),
                &stamp,
                date,
                None,
                &format!("Coaching session {} of {total}", i + 1),
                &format!(
                    "A session with {}, planned in your program.",
                    s.coach.trim()
                ),
            );
        }
    }

    let mut list: Vec<&MilestoneDue> = milestones
        .iter()
        .filter(|m| m.state != ItemState::Dropped)
        .collect();
    crate::sort::sort_by(&mut list, |a, b| {
        (a.due, &a.milestone_id).cmp(&(b.due, &b.milestone_id))
    });
    for m in list {
        let summary = match m.state {
            ItemState::Done => format!("Done: {}", m.title.trim()),
            _ => m.title.trim().to_owned(),
        };
        let description = format!("A milestone on your goal: {}", m.goal_title.trim());
        out.all_day_event(
            &milestone_uid(&m.milestone_id),
            &stamp,
            m.due,
            None,
            &summary,
            &description,
        );
    }
    for e in events {
        match e.when {
            When::Day(date) => {
                out.all_day_event(&e.uid, &stamp, date, None, &e.summary, &e.description)
            }
            When::At(date, time, minutes) => out.timed_event(
                &e.uid,
                &stamp,
                date,
                time,
                minutes,
                &e.summary,
                &e.description,
            ),
        }
    }

    out.line("END:VCALENDAR");
    out.text
}

/// The recurrence rule for a cadence, matching the app's own due dates.
pub fn rrule(plan: &CadencePlan) -> String {
    match plan.cadence {
        Cadence::Weekly => "FREQ=WEEKLY".into(),
        Cadence::Fortnightly => "FREQ=WEEKLY;INTERVAL=2".into(),
        Cadence::Monthly => match plan.start.day() {
            31 => "FREQ=MONTHLY;BYMONTHDAY=-1".into(),
            day @ 29..=30 => {
                let days: Vec<String> = (28..=day).map(|d| d.to_string()).collect();
                format!("FREQ=MONTHLY;BYMONTHDAY={};BYSETPOS=-1", days.join(","))
            }
            day => format!("FREQ=MONTHLY;BYMONTHDAY={day}"),
        },
    }
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks (CRLF, CR or LF all
/// become `\n`). Other control characters, which the format forbids, are dropped.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line so no physical line exceeds 75 octets, breaking only between
/// characters; continuation lines start with one space. Every line ends with CRLF.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3 + 2);
    let mut width = 0;
    for ch in line.chars() {
        let len = ch.len_utf8();
        if width + len > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += len;
    }
    out.push_str("\r\n");
    out
}

fn date_value(date: NaiveDate) -> String {
    date.format("%Y%m%d").to_string()
}

#[derive(Default)]
struct Writer {
    text: String,
}

impl Writer {
    fn line(&mut self, line: &str) {
        self.text.push_str(&fold_line(line));
    }

    fn text_property(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{}", escape_text(value)));
    }

    fn all_day_event(
        &mut self,
        uid: &str,
        stamp: &str,
        date: NaiveDate,
        rrule: Option<&str>,
        summary: &str,
        description: &str,
    ) {
        let end = date.checked_add_days(Days::new(1)).unwrap_or(date);
        self.line("BEGIN:VEVENT");
        self.text_property("UID", uid);
        self.line(&format!("DTSTAMP:{stamp}"));
        self.line(&format!("DTSTART;VALUE=DATE:{}", date_value(date)));
        self.line(&format!("DTEND;VALUE=DATE:{}", date_value(end)));
        if let Some(rule) = rrule {
            self.line(&format!("RRULE:{rule}"));
        }
        self.text_property("SUMMARY", summary);
        self.text_property("DESCRIPTION", description);
        self.line("TRANSP:TRANSPARENT");
        self.line("END:VEVENT");
    }

    /// An event at a local ("floating") time: the person's own clock wherever they are.
    #[allow(clippy::too_many_arguments)]
    fn timed_event(
        &mut self,
        uid: &str,
        stamp: &str,
        date: NaiveDate,
        time: NaiveTime,
        minutes: i64,
        summary: &str,
        description: &str,
    ) {
        let start = date.and_time(time);
        let end = start
            .checked_add_signed(TimeDelta::minutes(minutes.max(1)))
            .unwrap_or(start);
        self.line("BEGIN:VEVENT");
        self.text_property("UID", uid);
        self.line(&format!("DTSTAMP:{stamp}"));
        self.line(&format!("DTSTART:{}", start.format("%Y%m%dT%H%M%S")));
        self.line(&format!("DTEND:{}", end.format("%Y%m%dT%H%M%S")));
        self.text_property("SUMMARY", summary);
        self.text_property("DESCRIPTION", description);
        self.line("END:VEVENT");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    #[test]
    fn interviews_are_timed_in_local_time_and_next_actions_are_all_day() {
        let text = include_str!("../tests/fixtures/workbook-v3.json");
        let wb = crate::transfer::read_text(text).unwrap().workbook;
        let events = search_events(&wb.search);
        assert_eq!(events.len(), 2, "one interview and one dated next action");
        let cal = calendar_with(&[], None, None, &events, now());
        assert!(cal.contains("UID:interview-iv-s7ea-1@waymark\r\n"));
        assert!(cal.contains("DTSTART:20260925T143000\r\nDTEND:20260925T153000\r\n"));
        assert!(cal.contains("SUMMARY:Interview (First): Service designer\\, Northwind Trust\r\n"));
        assert!(cal.contains("UID:next-action-a-s7ea-1@waymark\r\n"));
        assert!(cal.contains("DTSTART;VALUE=DATE:20260926\r\n"));
        assert!(
            !cal.contains("a-s7ea-2"),
            "a closed application has no next action in the calendar"
        );
        assert_eq!(cal.matches("BEGIN:VEVENT").count(), 2);
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 1, 5, 9, 30, 0).single().unwrap()
    }

    /// Compares with a stored file byte for byte. `WAYMARK_BLESS=1` rewrites the file
    /// (then read the diff before committing it).
    fn assert_golden(name: &str, actual: &str) {
        let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
        if std::env::var_os("WAYMARK_BLESS").is_some() {
            std::fs::write(&path, actual).unwrap();
        }
        let expected = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert!(
            actual.as_bytes() == expected.as_slice(),
            "{name} differs.\n--- expected\n{}\n--- actual\n{actual}",
            String::from_utf8_lossy(&expected)
        );
    }

    fn milestone(
        id: &str,
        title: &str,
        goal: &str,
        due: NaiveDate,
        state: ItemState,
    ) -> MilestoneDue {
        MilestoneDue {
            goal_id: "g1".into(),
            goal_title: goal.into(),
            milestone_id: id.into(),
            title: title.into(),
            due,
            state,
        }
    }

    fn sample_milestones() -> Vec<MilestoneDue> {
        vec![
            milestone(
                "m-portfolio",
                "Portfolio live",
                "Move into UX research",
                d(2026, 3, 1),
                ItemState::Open,
            ),
            milestone(
                "m-course",
                "Finish the course, part 1; then review\\reflect",
                "Move into UX research",
                d(2026, 2, 10),
                ItemState::Done,
            ),
            milestone(
                "m-dropped",
                "Learn to juggle",
                "Move into UX research",
                d(2026, 2, 1),
                ItemState::Dropped,
            ),
            milestone(
                "m-cafe",
                "Café chats with three UX researchers about their very first year — what surprised them",
                "Être plus visible\nin my field",
                d(2026, 4, 15),
                ItemState::Open,
            ),
        ]
    }

    // --- golden files ----------------------------------------------------------------

    #[test]
    fn weekly_schedule_and_milestones_match_the_golden_file() {
        let plan = CadencePlan::new(Cadence::Weekly, d(2026, 1, 5));
        let text = calendar(&sample_milestones(), Some(&plan), now());
        assert_golden("weekly-and-milestones.ics", &text);
    }

    #[test]
    fn monthly_schedule_from_the_31st_matches_the_golden_file() {
        let plan = CadencePlan::new(Cadence::Monthly, d(2026, 1, 31));
        assert_golden("monthly-from-31st.ics", &calendar(&[], Some(&plan), now()));
    }

    #[test]
    fn fortnightly_schedule_matches_the_golden_file() {
        let plan = CadencePlan::new(Cadence::Fortnightly, d(2026, 1, 5));
        assert_golden("fortnightly.ics", &calendar(&[], Some(&plan), now()));
    }

    #[test]
    fn milestones_without_a_cadence_match_the_golden_file() {
        assert_golden(
            "milestones-only.ics",
            &calendar(&sample_milestones()[..1], None, now()),
        );
    }

    // --- structure -------------------------------------------------------------------

    #[test]
    fn every_line_ends_with_crlf_and_none_is_longer_than_75_octets() {
        let plan = CadencePlan::new(Cadence::Weekly, d(2026, 1, 5));
        let text = calendar(&sample_milestones(), Some(&plan), now());
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'));
        assert!(!text.replace("\r\n", "").contains('\r'));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "too long: {line:?}");
        }
    }

    #[test]
    fn the_calendar_opens_with_the_required_header() {
        let text = calendar(&[], None, now());
        assert!(text.starts_with(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Waymark//Career coaching workbook//EN\r\nCALSCALE:GREGORIAN\r\n"
        ));
        assert_eq!(event_count(&[], None), 0);
    }

    #[test]
    fn milestones_are_all_day_events_ending_the_next_day() {
        let m = milestone(
            "m1",
            "Year end review",
            "Grow",
            d(2026, 12, 31),
            ItemState::Open,
        );
        let text = calendar(&[m], None, now());
        assert!(text.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
        assert!(text.contains("DTSTAMP:20260105T093000Z\r\n"));
    }

    #[test]
    fn uids_come_from_record_ids_and_survive_a_later_export() {
        let plan = CadencePlan::new(Cadence::Weekly, d(2026, 1, 5));
        let uids = |text: &str| -> Vec<String> {
            text.split("\r\n")
                .filter(|l| l.starts_with("UID:"))
                .map(str::to_owned)
                .collect()
        };
        let first = calendar(&sample_milestones(), Some(&plan), now());
        let later = Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).single().unwrap();
        let second = calendar(&sample_milestones(), Some(&plan), later);
        assert_eq!(
            uids(&first),
            [
                "UID:checkins@waymark",
                "UID:milestone-m-course@waymark",
                "UID:milestone-m-portfolio@waymark",
                "UID:milestone-m-cafe@waymark"
            ]
        );
        assert_eq!(uids(&first), uids(&second));
        assert_ne!(first, second);
    }

    #[test]
    fn dropped_milestones_are_left_out_and_done_ones_say_so() {
        let text = calendar(&sample_milestones(), None, now());
        assert!(!text.contains("juggle"));
        assert!(text
            .contains("SUMMARY:Done: Finish the course\\, part 1\\; then review\\\\reflect\r\n"));
        assert_eq!(event_count(&sample_milestones(), None), 3);
    }

    // --- recurrence ------------------------------------------------------------------

    #[test]
    fn each_cadence_gets_its_recurrence_rule() {
        let rule = |c, start| rrule(&CadencePlan::new(c, start));
        assert_eq!(rule(Cadence::Weekly, d(2026, 1, 5)), "FREQ=WEEKLY");
        assert_eq!(
            rule(Cadence::Fortnightly, d(2026, 1, 5)),
            "FREQ=WEEKLY;INTERVAL=2"
        );
        assert_eq!(
            rule(Cadence::Monthly, d(2026, 1, 5)),
            "FREQ=MONTHLY;BYMONTHDAY=5"
        );
        assert_eq!(
            rule(Cadence::Monthly, d(2026, 2, 28)),
            "FREQ=MONTHLY;BYMONTHDAY=28"
        );
    }

    #[test]
    fn monthly_rules_from_late_in_the_month_fall_back_to_the_last_day() {
        let rule = |start| rrule(&CadencePlan::new(Cadence::Monthly, start));
        assert_eq!(rule(d(2026, 1, 31)), "FREQ=MONTHLY;BYMONTHDAY=-1");
        assert_eq!(
            rule(d(2026, 1, 30)),
            "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1"
        );
        assert_eq!(
            rule(d(2028, 2, 29)),
            "FREQ=MONTHLY;BYMONTHDAY=28,29;BYSETPOS=-1"
        );
    }

    // --- escaping --------------------------------------------------------------------

    #[test]
    fn text_escapes_backslash_semicolon_comma_and_newlines() {
        assert_eq!(escape_text("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
        assert_eq!(escape_text("one\r\ntwo\rthree"), "one\\ntwo\\nthree");
    }

    #[test]
    fn text_keeps_colons_quotes_and_tabs_but_drops_other_control_characters() {
        assert_eq!(
            escape_text("Time: \"now\"\tok\u{7}\u{0}"),
            "Time: \"now\"\tok"
        );
    }

    // --- folding ---------------------------------------------------------------------

    #[test]
    fn a_line_of_exactly_75_octets_is_not_folded() {
        let line = "X".repeat(75);
        assert_eq!(fold_line(&line), format!("{line}\r\n"));
    }

    #[test]
    fn a_line_of_76_octets_folds_its_last_octet_onto_a_continuation_line() {
        let line = "X".repeat(76);
        assert_eq!(fold_line(&line), format!("{}\r\n X\r\n", "X".repeat(75)));
    }

    #[test]
    fn continuation_lines_hold_74_octets_after_their_space() {
        let line = "Y".repeat(75 + 74 + 1);
        assert_eq!(
            fold_line(&line),
            format!("{}\r\n {}\r\n Y\r\n", "Y".repeat(75), "Y".repeat(74))
        );
    }

    #[test]
    fn folding_never_splits_a_two_byte_character() {
        // 74 ASCII octets, then "é" (2 octets) would make 76: it moves to the next line.
        let line = format!("{}é", "a".repeat(74));
        assert_eq!(fold_line(&line), format!("{}\r\n é\r\n", "a".repeat(74)));
        // 73 + 2 = 75 fits exactly.
        let fits = format!("{}é", "a".repeat(73));
        assert_eq!(fold_line(&fits), format!("{fits}\r\n"));
    }

    #[test]
    fn folding_never_splits_a_four_byte_character() {
        let line = format!("{}🎉🎉", "a".repeat(70));
        // 70 + 4 = 74; the second emoji would reach 78.
        assert_eq!(fold_line(&line), format!("{}🎉\r\n 🎉\r\n", "a".repeat(70)));
    }

    proptest! {
        #[test]
        fn folding_keeps_lines_short_and_unfolds_to_the_original(line in "[^\r\n]{0,400}") {
            let folded = fold_line(&line);
            prop_assert!(folded.ends_with("\r\n"));
            let body = &folded[..folded.len() - 2];
            for physical in body.split("\r\n") {
                prop_assert!(physical.len() <= MAX_LINE_OCTETS);
            }
            prop_assert_eq!(body.replace("\r\n ", ""), line);
        }

        #[test]
        fn escaped_text_has_no_raw_line_breaks_or_unescaped_separators(text in "\\PC{0,200}|[,;\\\\\r\n a-z]{0,50}") {
            let escaped = escape_text(&text);
            prop_assert!(!escaped.contains('\n') && !escaped.contains('\r'));
            // Every separator is preceded by an odd run of backslashes.
            let bytes = escaped.as_bytes();
            for (i, b) in bytes.iter().enumerate() {
                if *b == b',' || *b == b';' {
                    let run = bytes[..i].iter().rev().take_while(|c| **c == b'\\').count();
                    prop_assert!(run % 2 == 1);
                }
            }
        }
    }

    // --- coaching sessions -----------------------------------------------------------

    fn sessions(program_id: &str) -> Sessions<'_> {
        Sessions {
            program_id,
            coach: "Ama Mensah",
            engagement: Engagement::new(d(2026, 1, 5), 3, 2),
        }
    }

    #[test]
    fn sessions_become_one_all_day_event_each_with_stable_uids() {
        let s = sessions("prog-00ab");
        let text = calendar_with(&[], None, Some(&s), &[], now());
        let uids: Vec<&str> = text
            .split("\r\n")
            .filter(|l| l.starts_with("UID:"))
            .collect();
        assert_eq!(
            uids,
            [
                "UID:session-1-prog-00ab@waymark",
                "UID:session-2-prog-00ab@waymark",
                "UID:session-3-prog-00ab@waymark"
            ]
        );
        assert!(text.contains("DTSTART;VALUE=DATE:20260119\r\nDTEND;VALUE=DATE:20260120\r\n"));
        assert!(text.contains("SUMMARY:Coaching session 2 of 3\r\n"));
        assert!(
            text.contains("DESCRIPTION:A session with Ama Mensah\\, planned in your program.\r\n")
        );
        assert_eq!(session_count(Some(&s)), 3);
        assert_eq!(session_count(None), 0);
        let later = Utc.with_ymd_and_hms(2026, 2, 1, 8, 0, 0).single().unwrap();
        let again = calendar_with(&[], None, Some(&s), &[], later);
        assert_eq!(
            again
                .split("\r\n")
                .filter(|l| l.starts_with("UID:"))
                .collect::<Vec<_>>(),
            uids
        );
    }

    #[test]
    fn sessions_sit_between_the_check_ins_and_the_milestones() {
        let plan = CadencePlan::new(Cadence::Weekly, d(2026, 1, 5));
        let s = Sessions {
            coach: "your coach",
            ..sessions("p1")
        };
        let text = calendar_with(&sample_milestones()[..1], Some(&plan), Some(&s), &[], now());
        let checkins = text.find("UID:checkins@waymark").unwrap();
        let first = text.find("UID:session-1-p1@waymark").unwrap();
        let milestone = text.find("UID:milestone-m-portfolio@waymark").unwrap();
        assert!(checkins < first && first < milestone);
        assert!(text.contains("A session with your coach"));
        assert_eq!(
            calendar_with(&[], Some(&plan), None, &[], now()),
            calendar(&[], Some(&plan), now())
        );
    }

    #[test]
    fn the_download_is_named_for_the_day() {
        assert_eq!(file_name(d(2026, 1, 5)), "waymark-calendar-2026-01-05.ics");
    }
}
