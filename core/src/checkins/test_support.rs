//! Small builders shared by the check-in tests.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::*;

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub fn at(y: i32, m: u32, day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, day, 9, 30, 0).single().unwrap()
}

pub fn weekly_from(start: NaiveDate) -> Accountability {
    Accountability {
        plan: Some(CadencePlan::new(Cadence::Weekly, start)),
        ..Default::default()
    }
}

pub fn monthly_from(start: NaiveDate) -> Accountability {
    Accountability {
        plan: Some(CadencePlan::new(Cadence::Monthly, start)),
        ..Default::default()
    }
}

/// Adds bare check-ins on the given dates (ids k1, k2, …).
pub fn with_checkins(mut acc: Accountability, dates: &[NaiveDate]) -> Accountability {
    for date in dates {
        let n = acc.checkins.len() + 1;
        acc.checkins.push(CheckIn {
            id: format!("k{n}"),
            date: *date,
            did: "Something".into(),
            confidence: 6,
            energy: 6,
            ..Default::default()
        });
    }
    acc
}

pub fn dues(list: &[ScheduledCheckIn]) -> Vec<NaiveDate> {
    list.iter().map(|p| p.due).collect()
}

pub fn weekly_then_monthly() -> Accountability {
    let mut acc = with_checkins(
        weekly_from(d(2026, 1, 5)),
        &[d(2026, 1, 5), d(2026, 1, 12), d(2026, 1, 19)],
    );
    acc.set_plan(
        Some(CadencePlan::new(Cadence::Monthly, d(2026, 2, 1))),
        d(2026, 1, 21),
        at(2026, 1, 21),
    );
    acc
}

pub fn commitment(id: &str, text: &str, due: NaiveDate) -> Commitment {
    Commitment::from_draft(
        id.into(),
        CommitmentDraft {
            text: text.into(),
            due,
            goal_id: None,
        },
        None,
        at(2026, 1, 5),
    )
}
