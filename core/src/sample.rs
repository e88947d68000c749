//! Deterministic sample workbooks: realistic content of any size from a seed, built
//! through the same core functions the app uses. For benchmarks, fuzzing bases and
//! tests — never shown to people as their data.

use std::collections::BTreeMap;

use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};

use crate::{
    checkins::{self, Cadence, CadencePlan, CheckInDraft, CheckInIds, CommitmentDraft, Review},
    content,
    discover::{Answer, ItemKind},
    goals::{Category, Goal, GoalStatus, Metric, MilestoneStatus},
    journal::{self, SessionDraft, WinDraft},
    outcomes,
    profile::Situation,
    search::{
        Application, ClosedReason, Contact, Conversation, Interview, InterviewKind, KeepInTouch,
        Stage, Workplace,
    },
    setbacks, Workbook,
};

/// How much a sample workbook holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    pub goals: usize,
    pub milestones_per_goal: usize,
    pub metric_values_per_goal: usize,
    pub checkins: usize,
    pub wins: usize,
    pub session_notes: usize,
    pub takes_per_instrument: usize,
    pub applications: usize,
    pub contacts: usize,
    pub conversations: usize,
}

impl Size {
    /// About five years of steady use: 200 goals, 2,000 milestones, 3,000 metric
    /// values, 260 check-ins, 500 journal entries, every instrument taken 5 times, and a
    /// job search of 400 applications, 300 contacts and 600 conversations.
    pub const FIVE_YEARS: Size = Size {
        goals: 200,
        milestones_per_goal: 10,
        metric_values_per_goal: 15,
        checkins: 260,
        wins: 400,
        session_notes: 100,
        takes_per_instrument: 5,
        applications: 400,
        contacts: 300,
        conversations: 600,
    };

    /// A few of everything: for tests and fuzzing bases.
    pub const SMALL: Size = Size {
        goals: 3,
        milestones_per_goal: 3,
        metric_values_per_goal: 3,
        checkins: 4,
        wins: 3,
        session_notes: 2,
        takes_per_instrument: 1,
        applications: 3,
        contacts: 3,
        conversations: 4,
    };
}

/// A small, fast, deterministic random source (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }
    fn range(&mut self, lo: u8, hi: u8) -> u8 {
        lo + self.below(u64::from(hi - lo) + 1) as u8
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const ROLES: [&str; 8] = [
    "product manager",
    "data analyst",
    "UX researcher",
    "nurse educator",
    "site lead",
    "copywriter",
    "teacher",
    "software engineer",
];
const VERBS: [&str; 8] = [
    "Finish",
    "Draft",
    "Ask",
    "Book",
    "Practise",
    "Share",
    "Review",
    "Sign up for",
];
const THINGS: [&str; 8] = [
    "the portfolio case study",
    "two informational interviews",
    "feedback from my manager",
    "a short online course",
    "my CV for the new direction",
    "a talk at the team meeting",
    "the certification exam",
    "coffee with a mentor",
];
const FEELINGS: [&str; 6] = [
    "Steady week, small steps.",
    "Busy at work, less time than hoped.",
    "Good momentum — two things done.",
    "Tired, but I kept the promise to myself.",
    "Mixed: one win, one setback.",
    "Felt clearer about what I want.",
];

/// Builds a workbook of `size` from `seed`, with `end` as "today" and content spread
/// over the five years before it.
pub fn workbook(seed: u64, size: Size, end: NaiveDate) -> Workbook {
    let mut rng = Rng(seed | 1);
    let start = end.checked_sub_days(Days::new(5 * 365)).unwrap_or(end);
    let at = |d: NaiveDate| -> DateTime<Utc> {
        Utc.from_utc_datetime(&d.and_hms_opt(18, 0, 0).unwrap_or_default())
    };
    let day = |rng: &mut Rng, from: NaiveDate, span: u64| {
        from.checked_add_days(Days::new(rng.below(span.max(1))))
            .unwrap_or(from)
    };
    let mut next_id = 0u64;
    let mut id = |prefix: &str| {
        next_id += 1;
        format!("{prefix}-s{seed:x}-{next_id}")
    };

    let mut wb = Workbook::new(at(start));
    wb.profile.name = "Sam".into();
    wb.profile.situation = Some(Situation::ChangingCareers);
    wb.profile.welcomed = true;

    // Discovery: every instrument, several times, answered through the engine.
    for take in 0..size.takes_per_instrument {
        for inst in content::ALL {
            let when = at(day(&mut rng, start, 365 * 5).max(
                start
                    .checked_add_days(Days::new(take as u64 * 300))
                    .unwrap_or(start),
            ));
            for item in inst
                .items
                .iter()
                .filter(|i| !matches!(i.kind, ItemKind::Rank { .. }))
            {
                let answer = match item.kind {
                    ItemKind::Likert(s) | ItemKind::Rating(s) => {
                        Answer::Scale(rng.range(s.min, s.max))
                    }
                    ItemKind::Choice(_) | ItemKind::Preference | ItemKind::Sort(_) => {
                        let opts = item.kind.options();
                        Answer::Choice(opts[rng.below(opts.len() as u64) as usize].id.to_string())
                    }
                    ItemKind::Pair(a, b) => {
                        Answer::Pair(rng.range(a.min, a.max), rng.range(b.min, b.max))
                    }
                    ItemKind::Text { .. } => {
                        Answer::Text(format!("{} {}", rng.pick(&VERBS), rng.pick(&THINGS)))
                    }
                    ItemKind::Records { fields, .. } => Answer::Records(
                        (0..2)
                            .map(|_| {
                                fields
                                    .iter()
                                    .map(|f| (f.id.to_string(), rng.pick(&FEELINGS).to_string()))
                                    .collect()
                            })
                            .collect(),
                    ),
                    ItemKind::Rank { .. } => continue,
                };
                let _ = wb.discovery.set_answer(inst, item.id, answer, when);
            }
            for item in inst
                .items
                .iter()
                .filter(|i| matches!(i.kind, ItemKind::Rank { .. }))
            {
                let pool = wb
                    .discovery
                    .session(inst.id)
                    .and_then(|s| s.rank_pool(inst, item.id));
                if let Some(pool) = pool {
                    let ranking = pool
                        .candidates()
                        .take(pool.count)
                        .map(str::to_string)
                        .collect();
                    let _ = wb
                        .discovery
                        .set_answer(inst, item.id, Answer::Ranking(ranking), when);
                }
            }
            let _ = wb.discovery.finish(inst, when);
        }
    }

    // Goals with milestones, metric logs and if-then plans.
    let categories = [
        Category::JobSearch,
        Category::Promotion,
        Category::Skill,
        Category::Network,
        Category::Other,
    ];
    let mut goal_ids = Vec::new();
    for g in 0..size.goals {
        let created = day(&mut rng, start, 365 * 5 - 60);
        let now = at(created);
        let mut goal = Goal::new(id("g"), now);
        let role = rng.pick(&ROLES);
        goal.set_title(&format!("Move towards a {role} role ({})", g + 1), now);
        goal.set_outcome(
            &format!("I have a clear plan and three conversations with people working as a {role}"),
            now,
        );
        goal.set_category(categories[g % categories.len()], now);
        goal.set_confidence(i64::from(rng.range(4, 10)), now);
        let deadline = created.checked_add_days(Days::new(60 + rng.below(300)));
        goal.set_deadline(deadline, now);
        goal.set_metric(Some(Metric::new("Conversations", "chats", 0.0, 12.0)), now);
        for m in 0..size.milestones_per_goal {
            let due = created.checked_add_days(Days::new(7 * (m as u64 + 1)));
            let title = format!("{} {}", rng.pick(&VERBS), rng.pick(&THINGS));
            let mid = goal.add_milestone(id("ms"), &title, due, now);
            if rng.below(3) > 0 {
                let done_on = due.unwrap_or(created);
                goal.set_milestone_status(&mid, MilestoneStatus::Done, done_on, at(done_on));
            }
        }
        for v in 0..size.metric_values_per_goal {
            let date = created
                .checked_add_days(Days::new(7 * v as u64))
                .unwrap_or(created);
            goal.log_metric(date, (v as f64 * 0.8).min(12.0), "", at(date));
        }
        goal.add_obstacle(
            id("ob"),
            "work gets busy",
            "I will book 30 minutes on Sunday evening",
            now,
        );
        if deadline.is_some_and(|d| d < end) {
            let status = if rng.below(4) == 0 {
                GoalStatus::Dropped
            } else {
                GoalStatus::Achieved
            };
            goal.set_status(status, deadline.unwrap_or(end), now);
        }
        goal_ids.push(goal.id.clone());
        wb.goals.push(goal);
    }

    // Check-ins every week, with a commitment each, reviewed at the next.
    wb.checkins.set_plan(
        Some(CadencePlan::new(Cadence::Weekly, start)),
        start,
        at(start),
    );
    for c in 0..size.checkins {
        let date = start
            .checked_add_days(Days::new(7 * c as u64))
            .unwrap_or(start);
        if date > end {
            break;
        }
        let reviews: BTreeMap<String, Review> = wb
            .checkins
            .commitments_to_review()
            .iter()
            .map(|c| {
                (
                    c.id.clone(),
                    if rng.below(4) == 0 {
                        Review::Missed
                    } else {
                        Review::Kept
                    },
                )
            })
            .collect();
        let draft = CheckInDraft {
            date,
            did: rng.pick(&FEELINGS).to_string(),
            blockers: "Less time than I hoped.".into(),
            next: format!("{} {}", rng.pick(&VERBS), rng.pick(&THINGS)),
            confidence: rng.range(3, 10),
            energy: rng.range(3, 10),
            progress: BTreeMap::new(),
        };
        let commitment = CommitmentDraft {
            text: format!("{} {}", rng.pick(&VERBS), rng.pick(&THINGS)),
            due: date.checked_add_days(Days::new(7)).unwrap_or(date),
            goal_id: goal_ids.get(c % goal_ids.len().max(1)).cloned(),
        };
        let ids = CheckInIds {
            checkin: id("ci"),
            commitments: vec![id("cm")],
        };
        let _ = checkins::record_checkin(
            &mut wb.checkins,
            draft,
            vec![commitment],
            reviews,
            ids,
            at(date),
        );
    }

    // Wins and session notes.
    for w in 0..size.wins {
        let date = day(&mut rng, start, 365 * 5);
        let draft = WinDraft {
            date,
            what_happened: format!("{} {}", rng.pick(&VERBS), rng.pick(&THINGS)),
            what_it_shows: "I follow through when it matters to me.".into(),
            goal_id: goal_ids.get(w % goal_ids.len().max(1)).cloned(),
            milestone_id: None,
        };
        let _ = wb.journal.add_win(id("w"), draft, at(date));
    }
    for _ in 0..size.session_notes {
        let date = day(&mut rng, start, 365 * 5);
        let draft = SessionDraft {
            date,
            agenda: "Where I'm stuck, and the next experiment".into(),
            notes: rng.pick(&FEELINGS).to_string(),
            agreed_actions: vec![format!("{} {}", rng.pick(&VERBS), rng.pick(&THINGS))],
        };
        let ids = [id("cm")];
        let due = date.checked_add_days(Days::new(14)).unwrap_or(date);
        let _ = journal::record_session_note(
            &mut wb.journal,
            &mut wb.checkins,
            id("sn"),
            draft,
            &ids,
            due,
            at(date),
        );
    }
    // The job search: applications moved along (some back, some closed), interviews on
    // the ones that got that far, contacts and conversations with them.
    const ORGS: [&str; 6] = [
        "Northwind Trust",
        "Copperleaf",
        "Harbour Health",
        "Lumen Studio",
        "City College",
        "Fieldworks",
    ];
    let path = [
        Stage::Interested,
        Stage::Applied,
        Stage::Interviewing,
        Stage::Offer,
        Stage::Accepted,
    ];
    for _ in 0..size.applications {
        let mut date = day(&mut rng, start, 365 * 5);
        let org = rng.pick(&ORGS);
        let role = rng.pick(&ROLES);
        let mut app = Application::new(
            id("a"),
            id("sc"),
            org,
            role,
            Stage::Interested,
            date,
            at(date),
        );
        app.found_via = "A job board".into();
        app.salary = "£40–45k".into();
        app.workplace = Workplace::Hybrid;
        let reach = 1 + rng.below(4) as usize;
        for stage in path.iter().take(reach + 1).skip(1) {
            date = day(&mut rng, date, 14);
            app.move_to(*stage, None, date, id("sc"), at(date));
            if *stage == Stage::Interviewing {
                app.interviews.push(Interview {
                    id: id("iv"),
                    round: "First".into(),
                    date,
                    time: chrono::NaiveTime::from_hms_opt(10, 0, 0),
                    kind: InterviewKind::Video,
                    with_whom: "The hiring manager".into(),
                    preparation: rng.pick(&THINGS).to_string(),
                    ..Interview::default()
                });
            }
        }
        if app.stage != Stage::Accepted && rng.below(3) == 0 {
            date = day(&mut rng, date, 30);
            app.move_to(
                Stage::Closed,
                Some(ClosedReason::NoReply),
                date,
                id("sc"),
                at(date),
            );
        } else if app.stage.is_open() {
            app.next_action = format!("{} {}", rng.pick(&VERBS), rng.pick(&THINGS));
            app.next_action_due = date.checked_add_days(Days::new(7));
        }
        wb.search.applications.push(app);
    }
    for c in 0..size.contacts {
        let date = day(&mut rng, start, 365 * 5);
        wb.search.contacts.push(Contact {
            id: id("pc"),
            name: format!("Contact {c}"),
            organisation: rng.pick(&ORGS).to_string(),
            role: rng.pick(&ROLES).to_string(),
            how_we_met: "A meetup".into(),
            keep_in_touch: KeepInTouch::ALL[c % KeepInTouch::ALL.len()],
            created_at: at(date),
            updated_at: at(date),
            ..Contact::default()
        });
    }
    for _ in 0..size.conversations {
        let date = day(&mut rng, start, 365 * 5);
        let contact = (!wb.search.contacts.is_empty())
            .then(|| rng.below(wb.search.contacts.len() as u64) as usize)
            .and_then(|i| wb.search.contacts.get(i));
        wb.search.conversations.push(Conversation {
            id: id("cv"),
            date,
            contact_id: contact.map(|c| c.id.clone()),
            with_whom: contact.map(|c| c.name.clone()).unwrap_or_default(),
            informational: rng.below(2) == 0,
            learned: rng.pick(&FEELINGS).to_string(),
            thank_you_sent: true,
            created_at: at(date),
            updated_at: at(date),
            ..Conversation::default()
        });
    }
    // The pitch, rewritten now and then: a couple of versions in a small workbook,
    // one every season or so over five years.
    let versions = if size.checkins > 100 { 12 } else { 2 };
    for v in 0..versions {
        let date = start
            .checked_add_days(Days::new(
                (v as u64 + 1) * (365 * 5) / (versions as u64 + 1),
            ))
            .unwrap_or(start);
        let _ = crate::pitch::save_version(
            &mut wb.pitches,
            id(crate::pitch::PREFIX),
            &format!("A {} who helps people do their best work", rng.pick(&ROLES)),
            &format!(
                "I'm a {}. Lately I've been busy with {}; next I want to build on {} and find a team that values it.",
                rng.pick(&ROLES),
                rng.pick(&THINGS),
                rng.pick(&THINGS),
            ),
            &format!("{} I keep learning: {}.", rng.pick(&FEELINGS), rng.pick(&THINGS)),
            at(date),
        );
    }
    // Setbacks: about one closed application in three written down, some made into a
    // commitment; outcomes from the first wheel to the latest, with a change a year.
    let closed: Vec<(String, NaiveDate)> = wb
        .search
        .applications
        .iter()
        .filter(|a| a.stage == Stage::Closed)
        .map(|a| (a.id.clone(), a.history.last().map_or(start, |h| h.on)))
        .collect();
    for (i, (app_id, date)) in closed.iter().enumerate() {
        if i % 3 != 0 {
            continue;
        }
        let draft = setbacks::SetbackDraft {
            date: *date,
            what_happened: "No reply after applying".into(),
            how_it_felt: "Flat for a day or two.".into(),
            learned: "My CV undersold the projects I led.".into(),
            try_next: format!("{} {}", rng.pick(&VERBS), rng.pick(&THINGS)),
            reframe: "One silence says little about me.".into(),
            belief: String::new(),
            application_id: Some(app_id.clone()),
        };
        let _ = setbacks::add_setback(&mut wb.setbacks, id("sb"), draft, at(*date));
    }
    if wb.setbacks.is_empty() {
        let date = end.checked_sub_days(Days::new(40)).unwrap_or(end);
        let draft = setbacks::SetbackDraft {
            date,
            what_happened: "Not picked for the project I asked to lead".into(),
            learned: "I asked late, after the team had formed.".into(),
            try_next: "Tell my manager early what I want next".into(),
            ..Default::default()
        };
        let _ = setbacks::add_setback(&mut wb.setbacks, id("sb"), draft, at(date));
    }
    let wheel = |w: Option<(DateTime<Utc>, Vec<crate::discover::Rating>)>| {
        w.map(|(t, scores)| (t.date_naive(), scores))
    };
    if let Some((on, scores)) = wheel(outcomes::earliest_wheel(&wb.discovery)) {
        let first = outcomes::Snapshot {
            as_of: Some(on),
            title: "Customer support agent".into(),
            pay: "£24k".into(),
            hours: "40 a week".into(),
            confidence: Some(3),
            wheel: scores,
            ..Default::default()
        };
        let _ = outcomes::set_snapshot(&mut wb.outcomes, true, first, at(on));
    }
    if let Some((on, scores)) = wheel(outcomes::latest_wheel(&wb.discovery)) {
        let latest = outcomes::Snapshot {
            as_of: Some(on),
            title: "UX researcher".into(),
            pay: "£38k".into(),
            hours: "37.5 a week, one day at home".into(),
            confidence: Some(7),
            wheel: scores,
            ..Default::default()
        };
        let _ = outcomes::set_snapshot(&mut wb.outcomes, false, latest, at(on));
    }
    let kinds = outcomes::EventKind::ALL;
    for year in 0..(size.applications / 80).max(1) as u64 {
        let date = day(&mut rng, start, 365)
            .max(start)
            .checked_add_days(Days::new(year * 365))
            .unwrap_or(start)
            .min(end);
        let kind = kinds[year as usize % 4];
        let what = format!("{} {}", rng.pick(&ROLES), rng.pick(&ORGS));
        let _ = outcomes::add_event(&mut wb.outcomes, id("oe"), date, kind, &what, "", at(date));
    }
    wb.updated_at = wb.updated_at.max(at(end));
    wb
}

#[cfg(test)]
mod tests {
    use super::*;

    fn end() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    #[test]
    fn the_same_seed_gives_the_same_workbook() {
        assert_eq!(
            workbook(7, Size::SMALL, end()),
            workbook(7, Size::SMALL, end())
        );
        assert_ne!(
            workbook(7, Size::SMALL, end()),
            workbook(8, Size::SMALL, end())
        );
    }

    #[test]
    fn small_sample_has_some_of_everything() {
        let wb = workbook(1, Size::SMALL, end());
        let s = wb.summary();
        assert_eq!(s.goals, 3);
        assert_eq!(s.milestones, 9);
        assert_eq!(s.results, content::ALL.len());
        assert_eq!(s.checkins, 4);
        assert_eq!(s.journal_entries, 5);
        assert!(!wb.checkins.commitments.is_empty());
        assert_eq!(wb.search.applications.len(), 3);
        assert_eq!(wb.search.contacts.len(), 3);
        assert_eq!(wb.search.conversations.len(), 4);
        assert_eq!(wb.pitches.len(), 2);
        assert!(!wb.setbacks.is_empty());
        assert!(wb.outcomes.start.is_some() && wb.outcomes.now.is_some());
        assert_eq!(wb.outcomes.events.len(), 1);
    }

    #[test]
    fn samples_round_trip_through_text() {
        let wb = workbook(3, Size::SMALL, end());
        let text = crate::transfer::to_text(&wb, wb.updated_at, false);
        assert_eq!(crate::transfer::read_text(&text).unwrap().workbook, wb);
    }
}
