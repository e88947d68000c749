//! The whole-workbook report: one structured summary (profile, goals with milestones
//! and progress, recent check-ins and wins) that the printable `/report` page renders
//! and that [`to_markdown`] writes out for notes apps. User text is kept as typed;
//! Markdown output escapes it so it can't turn into formatting.

use chrono::NaiveDate;

use crate::{
    discover::{latest_profile, Headline},
    goals::{GoalStatus, MilestoneStatus},
    Workbook,
};

/// How many recent check-ins and wins the report shows.
pub const RECENT_CHECKINS: usize = 5;
pub const RECENT_WINS: usize = 8;

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub title: String,
    pub generated_on: NaiveDate,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A paragraph of plain text.
    Text(String),
    /// A labelled line: "Label: value" (the value may hold a number to format).
    Fact(String, Headline),
    /// A bulleted list.
    List(Vec<String>),
    /// A bulleted list of dated lines: "{date}: {text}".
    Dated(Vec<(NaiveDate, String)>),
    Goal(GoalBlock),
    /// A dated entry: the date as its heading, then detail lines.
    Entry {
        date: NaiveDate,
        lines: Vec<String>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct GoalBlock {
    pub title: String,
    pub status: String,
    pub outcome: String,
    pub deadline: Option<NaiveDate>,
    /// Progress in whole percent, when there is something to measure.
    pub progress: Option<u8>,
    pub why: Vec<String>,
    pub milestones: Vec<MilestoneLine>,
    pub plans: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MilestoneLine {
    pub title: String,
    pub done: bool,
    pub status: String,
    pub due: Option<NaiveDate>,
}

/// How much history a report holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The latest check-ins and wins: a summary to print or share.
    Recent,
    /// Every check-in and win: for a coach reading a client's whole file.
    Everything,
}

/// How many recent conversations the job-search section lists.
pub const RECENT_CONVERSATIONS: usize = 5;

/// Whether the job search names the people the person talked with. Names stay out
/// unless the person chooses to include them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum People {
    Unnamed,
    Named,
}

/// Builds the printable summary of `wb` as of `today` (recent history only, no names).
pub fn build(wb: &Workbook, today: NaiveDate) -> Report {
    build_for(wb, today, Scope::Recent, People::Unnamed)
}

/// Builds the report of `wb` as of `today`, with as much history as `scope` asks
/// (names of people included: a coach reading a file they were given).
pub fn build_with(wb: &Workbook, today: NaiveDate, scope: Scope) -> Report {
    build_for(wb, today, scope, People::Named)
}

/// The job search in a report: counts, stages, and the latest conversations.
fn search_section(search: &crate::search::Search, limit: usize, people: People) -> Option<Section> {
    use crate::search::{agenda, Stage};
    if search.applications.is_empty() && search.conversations.is_empty() {
        return None;
    }
    let sent = search
        .applications
        .iter()
        .filter(|a| a.applied_on().is_some())
        .count();
    let interviews: usize = search.applications.iter().map(|a| a.interviews.len()).sum();
    let mut blocks = vec![
        Block::Fact(
            "Applications".into(),
            search.applications.len().to_string().into(),
        ),
        Block::Fact("Sent".into(), sent.to_string().into()),
        Block::Fact("Interviews".into(), interviews.to_string().into()),
        Block::Fact(
            "Conversations".into(),
            search.conversations.len().to_string().into(),
        ),
    ];
    let stages: Vec<String> = agenda::stage_counts(search)
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(stage, n)| {
            let name = match stage {
                Stage::Interested => "Interested",
                Stage::Applied => "Applied",
                Stage::Interviewing => "Interviewing",
                Stage::Offer => "Offer",
                Stage::Accepted => "Accepted",
                Stage::Closed => "Closed",
            };
            format!("{name}: {n}")
        })
        .collect();
    if !stages.is_empty() {
        blocks.push(Block::List(stages));
    }
    let mut talks: Vec<_> = search.conversations.iter().collect();
    crate::sort::sort_by_key(&mut talks, |c| std::cmp::Reverse(c.date));
    let lines: Vec<(NaiveDate, String)> = talks
        .iter()
        .take(limit)
        .map(|c| {
            let what = if c.informational {
                "Informational interview"
            } else {
                "Conversation"
            };
            let who = match (people, c.with_whom.trim()) {
                (People::Named, name) if !name.is_empty() => format!("{what} with {name}"),
                _ => what.to_owned(),
            };
            match c.learned.trim() {
                "" => (c.date, who),
                learned => (c.date, format!("{who}: {learned}")),
            }
        })
        .collect();
    if !lines.is_empty() {
        blocks.push(Block::Dated(lines));
    }
    Some(Section {
        heading: "Job search".into(),
        blocks,
    })
}

/// "How far I've come": start against now, field by field, and the changes on the way.
fn outcomes_section(o: &crate::outcomes::Outcomes) -> Option<Section> {
    use crate::outcomes::{deltas, timeline, EventKind, Snapshot};
    if o.is_empty() {
        return None;
    }
    let dash = |t: &str| {
        let t = t.trim();
        if t.is_empty() {
            "\u{2014}".to_owned()
        } else {
            t.to_owned()
        }
    };
    let confidence = |c: Option<u8>| c.map_or_else(|| "\u{2014}".to_owned(), |c| format!("{c}/10"));
    let empty = Snapshot::default();
    let (start, now) = (o.start.as_ref(), o.now.as_ref());
    let mut blocks = Vec::new();
    if start.is_some() || now.is_some() {
        let (a, b) = (start.unwrap_or(&empty), now.unwrap_or(&empty));
        let dated: Vec<(NaiveDate, String)> = [(start, "Where I started"), (now, "Now")]
            .into_iter()
            .filter_map(|(s, label)| Some((s?.as_of?, label.to_owned())))
            .collect();
        if !dated.is_empty() {
            blocks.push(Block::Dated(dated));
        }
        let rows = [
            ("Role", &a.title, &b.title),
            ("Pay", &a.pay, &b.pay),
            ("Hours", &a.hours, &b.hours),
        ];
        for (label, then, now) in rows {
            blocks.push(Block::Fact(
                label.into(),
                format!("{} \u{2192} {}", dash(then), dash(now)).into(),
            ));
        }
        blocks.push(Block::Fact(
            "Confidence".into(),
            format!(
                "{} \u{2192} {}",
                confidence(a.confidence),
                confidence(b.confidence)
            )
            .into(),
        ));
        let d = deltas(a, b);
        let areas: Vec<String> = d
            .wheel
            .iter()
            .map(|area| {
                let name = crate::content::instrument(crate::content::WHEEL_ID)
                    .and_then(|i| i.label(&area.id))
                    .unwrap_or(&area.id);
                let v = |x: Option<u8>| x.map_or_else(|| "\u{2014}".to_owned(), |x| x.to_string());
                format!("{name}: {} \u{2192} {}", v(area.start), v(area.now))
            })
            .collect();
        if !areas.is_empty() {
            blocks.push(Block::Text("Satisfaction wheel, then and now:".into()));
            blocks.push(Block::List(areas));
        }
    }
    let events: Vec<(NaiveDate, String)> = timeline(o)
        .into_iter()
        .map(|e| {
            let kind = match e.kind {
                EventKind::Promotion => "Promotion",
                EventKind::Offer => "Offer",
                EventKind::Raise => "Raise",
                EventKind::RoleChange => "Role change",
                EventKind::Other => "Change",
            };
            (e.date, format!("{kind}: {}", e.what))
        })
        .collect();
    if !events.is_empty() {
        blocks.push(Block::Text("Along the way:".into()));
        blocks.push(Block::Dated(events));
    }
    Some(Section {
        heading: "How far I've come".into(),
        blocks,
    })
}

/// Builds the report of `wb` as of `today`: as much history as `scope` asks, names of
/// the people in the job search only as `people` says.
pub fn build_for(wb: &Workbook, today: NaiveDate, scope: Scope, people: People) -> Report {
    let (checkin_limit, win_limit, checkins_heading, wins_heading) = match scope {
        Scope::Recent => (
            RECENT_CHECKINS,
            RECENT_WINS,
            "Recent check-ins",
            "Recent wins",
        ),
        Scope::Everything => (usize::MAX, usize::MAX, "All check-ins", "All wins"),
    };
    let title = match wb.profile.greeting_name() {
        Some(name) => format!("{name}'s career workbook"),
        None => "My career workbook".to_string(),
    };
    let mut sections = Vec::new();

    let profile = latest_profile(&wb.discovery);
    let mut about = Vec::new();
    if let Some(s) = wb.profile.situation {
        about.push(Block::Fact("Where I am".into(), s.label().into()));
    }
    if let Some(v) = &profile.values {
        about.push(Block::Fact(
            "Top values".into(),
            v.top
                .iter()
                .map(|n| n.name.clone())
                .collect::<Vec<_>>()
                .join(", ")
                .into(),
        ));
    }
    if let Some(i) = &profile.interests {
        let types = i
            .top_types
            .iter()
            .map(|n| n.name.clone())
            .collect::<Vec<_>>()
            .join(", ");
        about.push(Block::Fact(
            "Interests".into(),
            format!("{} ({types})", i.code).into(),
        ));
    }
    if let Some(s) = &profile.skills {
        if !s.strengths.is_empty() {
            about.push(Block::Fact(
                "Motivated strengths".into(),
                s.strengths
                    .iter()
                    .map(|n| n.name.clone())
                    .collect::<Vec<_>>()
                    .join(", ")
                    .into(),
            ));
        }
        if !s.growth_areas.is_empty() {
            about.push(Block::Fact(
                "Growth areas".into(),
                s.growth_areas
                    .iter()
                    .map(|n| n.name.clone())
                    .collect::<Vec<_>>()
                    .join(", ")
                    .into(),
            ));
        }
    }
    if let Some(w) = &profile.wheel {
        about.push(Block::Fact("Satisfaction".into(), w.headline.clone()));
    }
    if let Some(s) = &profile.style {
        about.push(Block::Fact("Work style".into(), s.headline.clone()));
    }
    if let Some(v) = profile
        .vision
        .as_ref()
        .filter(|v| !v.statement.trim().is_empty())
    {
        about.push(Block::Fact("Vision".into(), v.statement.clone().into()));
    }
    if let Some(b) = &profile.beliefs {
        let reframes: Vec<String> = b
            .reframed
            .iter()
            .filter(|r| !r.reframe.trim().is_empty())
            .map(|r| format!("{} → {}", r.belief, r.reframe))
            .collect();
        if !reframes.is_empty() {
            about.push(Block::Text("Beliefs I've reframed:".into()));
            about.push(Block::List(reframes));
        }
    }
    if about.is_empty() {
        about.push(Block::Text("No discovery exercises finished yet.".into()));
    }
    sections.push(Section {
        heading: "About me".into(),
        blocks: about,
    });

    // The latest version of the person's pitch, in their words.
    if let Some(p) = crate::pitch::latest(&wb.pitches) {
        let blocks: Vec<Block> = [
            ("Headline", &p.headline),
            ("30-second pitch", &p.pitch),
            ("In a few lines", &p.about),
        ]
        .into_iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(label, text)| Block::Fact(label.into(), text.clone().into()))
        .collect();
        sections.push(Section {
            heading: "My pitch".into(),
            blocks,
        });
    }

    // Goals: active first, then paused, achieved and dropped; each by deadline.
    // A goal that counts the job search reads its progress from the records.
    let counted = crate::search::linked::counted_goals(&wb.goals, &wb.search, today);
    let mut goals: Vec<_> = counted.iter().collect();
    let rank = |s: GoalStatus| match s {
        GoalStatus::Active => 0,
        GoalStatus::Paused => 1,
        GoalStatus::Achieved => 2,
        GoalStatus::Dropped => 3,
    };
    crate::sort::sort_by_key(&mut goals, |g| {
        (rank(g.status), g.deadline.unwrap_or(NaiveDate::MAX))
    });
    let goal_blocks: Vec<Block> = goals
        .iter()
        .map(|g| {
            let mut why: Vec<String> = Vec::new();
            why.extend(g.links.values.iter().cloned());
            why.extend(g.links.strengths.iter().cloned());
            why.extend(g.links.interests.iter().cloned());
            why.extend(g.links.growth_areas.iter().cloned());
            if g.links.vision {
                why.push("My vision".into());
            }
            Block::Goal(GoalBlock {
                title: g.title.clone(),
                status: g.status.label().to_string(),
                outcome: g.outcome.clone(),
                deadline: g.deadline,
                progress: g
                    .progress()
                    .map(|p| (p.clamp(0.0, 1.0) * 100.0).round() as u8),
                why,
                milestones: g
                    .milestones
                    .iter()
                    .map(|m| MilestoneLine {
                        title: m.title.clone(),
                        done: m.status == MilestoneStatus::Done,
                        status: m.status.label().to_string(),
                        due: m.due,
                    })
                    .collect(),
                plans: g.obstacles.iter().map(|o| o.sentence()).collect(),
            })
        })
        .collect();
    sections.push(Section {
        heading: "Goals".into(),
        blocks: if goal_blocks.is_empty() {
            vec![Block::Text("No goals yet.".into())]
        } else {
            goal_blocks
        },
    });

    let mut checkins: Vec<_> = wb.checkins.checkins.iter().collect();
    crate::sort::sort_by_key(&mut checkins, |c| std::cmp::Reverse(c.date));
    let checkin_blocks: Vec<Block> = checkins
        .iter()
        .take(checkin_limit)
        .map(|c| {
            let mut lines = Vec::new();
            for (label, text) in [
                ("Did", &c.did),
                ("In the way", &c.blockers),
                ("Next", &c.next),
            ] {
                if !text.trim().is_empty() {
                    lines.push(format!("{label}: {text}"));
                }
            }
            lines.push(format!(
                "Confidence {}/10, energy {}/10",
                c.confidence, c.energy
            ));
            Block::Entry {
                date: c.date,
                lines,
            }
        })
        .collect();
    sections.push(Section {
        heading: checkins_heading.into(),
        blocks: if checkin_blocks.is_empty() {
            vec![Block::Text("No check-ins yet.".into())]
        } else {
            checkin_blocks
        },
    });

    let mut wins: Vec<_> = wb.journal.wins.iter().collect();
    crate::sort::sort_by_key(&mut wins, |w| std::cmp::Reverse(w.date));
    let win_lines: Vec<(NaiveDate, String)> = wins
        .iter()
        .take(win_limit)
        .map(|w| {
            let text = if w.what_it_shows.trim().is_empty() {
                w.what_happened.clone()
            } else {
                format!("{} ({})", w.what_happened, w.what_it_shows)
            };
            (w.date, text)
        })
        .collect();
    if !win_lines.is_empty() {
        sections.push(Section {
            heading: wins_heading.into(),
            blocks: vec![Block::Dated(win_lines)],
        });
    }
    let talk_limit = match scope {
        Scope::Recent => RECENT_CONVERSATIONS,
        Scope::Everything => usize::MAX,
    };
    sections.extend(search_section(&wb.search, talk_limit, people));
    sections.extend(outcomes_section(&wb.outcomes));

    Report {
        title,
        generated_on: today,
        sections,
    }
}

/// True when the report would have nothing of the person's in it.
pub fn is_empty(wb: &Workbook) -> bool {
    wb.is_blank()
}

mod markdown;
pub use markdown::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    #[test]
    fn the_job_search_shows_counts_and_stages_and_names_people_only_when_asked() {
        let text = include_str!("../tests/fixtures/workbook-v3.json");
        let wb = crate::transfer::read_text(text).unwrap().workbook;
        let section = |r: &Report| {
            r.sections
                .iter()
                .find(|s| s.heading == "Job search")
                .cloned()
                .expect("a job search section")
        };
        let unnamed = section(&build(&wb, today()));
        assert!(unnamed
            .blocks
            .contains(&Block::Fact("Sent".into(), "2".into())));
        assert!(unnamed
            .blocks
            .contains(&Block::Fact("Interviews".into(), "1".into())));
        assert!(unnamed.blocks.contains(&Block::List(vec![
            "Interviewing: 1".into(),
            "Closed: 1".into()
        ])));
        let md = to_markdown(&build(&wb, today()));
        assert!(md.contains("Informational interview: Research roles"));
        assert!(
            !md.contains("Jordan"),
            "no names unless the person includes them"
        );
        let named = to_markdown(&build_for(&wb, today(), Scope::Recent, People::Named));
        assert!(named.contains("Informational interview with Jordan Reyes"));
        let empty = crate::Workbook::new(wb.created_at);
        assert!(build(&empty, today())
            .sections
            .iter()
            .all(|s| s.heading != "Job search"));
    }

    #[test]
    fn everything_holds_every_checkin_and_win_and_recent_only_the_latest() {
        let wb = sample::workbook(11, sample::Size::FIVE_YEARS, today());
        let count = |r: &Report, heading: &str| -> usize {
            r.sections
                .iter()
                .find(|s| s.heading == heading)
                .map(|s| {
                    s.blocks
                        .iter()
                        .map(|b| match b {
                            Block::Entry { .. } => 1,
                            Block::Dated(lines) => lines.len(),
                            _ => 0,
                        })
                        .sum()
                })
                .unwrap_or(0)
        };
        let recent = build(&wb, today());
        assert_eq!(count(&recent, "Recent check-ins"), RECENT_CHECKINS);
        assert_eq!(count(&recent, "Recent wins"), RECENT_WINS);
        let all = build_with(&wb, today(), Scope::Everything);
        assert_eq!(count(&all, "All check-ins"), wb.checkins.checkins.len());
        assert_eq!(count(&all, "All wins"), wb.journal.wins.len());
        assert!(
            wb.checkins.checkins.len() > RECENT_CHECKINS && wb.journal.wins.len() > RECENT_WINS
        );
    }

    #[test]
    fn empty_workbook_report_says_what_is_missing() {
        let wb = Workbook::new(crate::workbook::tests::at(2026, 1, 1));
        let r = build(&wb, today());
        assert_eq!(r.title, "My career workbook");
        let md = to_markdown(&r);
        assert!(md.contains("No goals yet."));
        assert!(md.contains("No check-ins yet."));
        assert!(md.contains("No discovery exercises finished yet."));
    }

    #[test]
    fn sample_report_has_profile_goals_milestones_and_checkins() {
        let wb = sample::workbook(11, sample::Size::SMALL, today());
        let md = to_markdown(&build(&wb, today()));
        assert!(md.starts_with("# Sam's career workbook\n"));
        assert!(md.contains("**Top values:**"));
        assert!(md.contains("### Move towards a"));
        assert!(md.contains("- [x] ") || md.contains("- [ ] "));
        assert!(md.contains("## Recent check-ins"));
        assert!(md.contains("Confidence "));
        assert!(md.contains("> If work gets busy, then I will"));
    }

    fn is_iso_date(text: &str) -> bool {
        crate::forms::parse_date(text).is_some()
    }

    #[test]
    fn dates_stay_data_in_the_report_and_iso_in_markdown() {
        let wb = sample::workbook(11, sample::Size::SMALL, today());
        let r = build(&wb, today());
        let blocks: Vec<&Block> = r.sections.iter().flat_map(|s| &s.blocks).collect();
        assert!(blocks.iter().any(|b| matches!(b, Block::Entry { .. })));
        assert!(blocks
            .iter()
            .any(|b| matches!(b, Block::Dated(d) if !d.is_empty())));
        let md = to_markdown(&r);
        let checkins = md.split("## Recent check-ins").nth(1).unwrap();
        let headings: Vec<&str> = checkins
            .lines()
            .filter_map(|l| l.strip_prefix("### "))
            .collect();
        assert!(!headings.is_empty());
        assert!(headings.iter().all(|h| is_iso_date(h)), "{headings:?}");
        let wins = md.split("## Recent wins").nth(1).unwrap();
        let first = wins.lines().find_map(|l| l.strip_prefix("- ")).unwrap();
        assert!(is_iso_date(&first[..10]), "{first}");
        assert!(md.contains("_Written by Waymark on 2026-11-22._"));
    }

    #[test]
    fn active_goals_come_before_finished_ones() {
        let wb = sample::workbook(11, sample::Size::SMALL, today());
        let r = build(&wb, today());
        let statuses: Vec<&str> = r.sections[1]
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Goal(g) => Some(g.status.as_str()),
                _ => None,
            })
            .collect();
        let first_done = statuses
            .iter()
            .position(|s| *s != "Active")
            .unwrap_or(statuses.len());
        assert!(
            statuses[first_done..].iter().all(|s| *s != "Active"),
            "{statuses:?}"
        );
    }

    #[test]
    fn user_text_cannot_become_markdown() {
        assert_eq!(md_escape("# not a heading"), "\\# not a heading");
        assert_eq!(md_escape("*bold* [link](x)"), "\\*bold\\* \\[link\\](x)");
        assert_eq!(md_escape("1. item"), "\\1. item");
        assert_eq!(md_escape("line one\nline two"), "line one  \nline two");
        assert_eq!(md_escape("<script>"), "\\<script\\>");
    }

    #[test]
    fn the_latest_pitch_shows_in_its_own_words_and_earlier_ones_do_not() {
        let mut wb = Workbook::new(crate::workbook::tests::at(2026, 1, 1));
        let md = to_markdown(&build(&wb, today()));
        assert!(!md.contains("## My pitch"), "no pitch, no section");
        for (id, headline, day) in [
            ("pv-1", "Old line", 2),
            ("pv-2", "I help *small* charities grow", 3),
        ] {
            crate::pitch::save_version(
                &mut wb.pitches,
                id.into(),
                headline,
                "",
                "I work with people.",
                crate::workbook::tests::at(2026, 1, day),
            )
            .unwrap();
        }
        let md = to_markdown(&build(&wb, today()));
        let pitch = md.split("## My pitch").nth(1).unwrap();
        assert!(
            pitch.contains("**Headline:** I help \\*small\\* charities grow"),
            "{pitch}"
        );
        assert!(pitch.contains("**In a few lines:** I work with people."));
        assert!(
            !pitch.contains("30-second pitch"),
            "blank parts are left out"
        );
        assert!(!md.contains("Old line"));
    }

    #[test]
    fn markdown_file_name_has_the_date() {
        assert_eq!(
            markdown_file_name(today()),
            "waymark-workbook-2026-11-22.md"
        );
    }

    #[test]
    fn the_report_shows_where_i_started_against_now_and_the_changes_on_the_way() {
        use crate::outcomes::{add_event, set_snapshot, EventKind, Snapshot};
        let mut wb = Workbook::new(crate::workbook::tests::at(2026, 1, 1));
        let now = crate::workbook::tests::at(2026, 6, 1);
        let snap = |title: &str, c: u8| Snapshot {
            title: title.into(),
            confidence: Some(c),
            ..Default::default()
        };
        assert!(!to_markdown(&build(&wb, now.date_naive())).contains("How far I've come"));
        set_snapshot(&mut wb.outcomes, true, snap("Support agent", 3), now).unwrap();
        set_snapshot(&mut wb.outcomes, false, snap("Team lead", 7), now).unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 5, 1).unwrap();
        add_event(
            &mut wb.outcomes,
            "e1".into(),
            day,
            EventKind::Promotion,
            "Team lead",
            "",
            now,
        )
        .unwrap();
        let md = to_markdown(&build(&wb, now.date_naive()));
        assert!(md.contains("How far I've come"), "{md}");
        assert!(md.contains("Support agent → Team lead"), "{md}");
        assert!(md.contains("3/10 → 7/10"), "{md}");
        assert!(md.contains("Promotion: Team lead"), "{md}");
    }
}
