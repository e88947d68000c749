//! Recording a check-in and its commitments: the drafts the form fills in, what can stop
//! a record from being saved, and the all-or-nothing rules that write it.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, NaiveDate, Utc};

use super::{Accountability, CheckIn, Commitment, Origin, Review, RATING_RANGE};

/// What the person typed for a new commitment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommitmentDraft {
    pub text: String,
    pub due: NaiveDate,
    pub goal_id: Option<String>,
}

/// What the person typed for a check-in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckInDraft {
    pub date: NaiveDate,
    pub did: String,
    pub blockers: String,
    pub next: String,
    pub confidence: u8,
    pub energy: u8,
    /// Progress notes by goal id; blank notes are dropped.
    pub progress: BTreeMap<String, String>,
}

/// Fresh ids for a check-in and for each new commitment, in the drafts' order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckInIds {
    pub checkin: String,
    pub commitments: Vec<String>,
}

/// Something that stops a check-in or commitment from being saved. The UI words it
/// (`src/ui/words/forms.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    ConfidenceOutOfRange(u8),
    EnergyOutOfRange(u8),
    EmptyReflection,
    FutureDate(NaiveDate),
    MissingId,
    DuplicateId(String),
    /// Positions count from 1, as the person sees them.
    BlankCommitment {
        position: usize,
    },
    CommitmentDueBeforeCheckIn {
        position: usize,
        due: NaiveDate,
    },
    IdCountMismatch {
        commitments: usize,
        ids: usize,
    },
    UnknownCommitment(String),
}

/// The latest date a record may carry when written at `now`: the UTC date plus one day,
/// because a person's local date can run a day ahead of UTC.
pub(crate) fn latest_allowed_date(now: DateTime<Utc>) -> NaiveDate {
    let today = now.date_naive();
    today.succ_opt().unwrap_or(today)
}

impl Accountability {
    /// What would stop these commitments from being added.
    pub fn commitment_problems(&self, list: &[Commitment]) -> Vec<Problem> {
        let mut problems = self.new_id_problems(list.iter().map(|c| c.id.as_str()));
        for (i, c) in list.iter().enumerate() {
            if c.text.trim().is_empty() {
                problems.push(Problem::BlankCommitment { position: i + 1 });
            }
        }
        problems
    }

    /// Blank ids, and ids already taken by a commitment or repeated among `ids`.
    fn new_id_problems<'a>(&self, ids: impl Iterator<Item = &'a str>) -> Vec<Problem> {
        let mut seen: BTreeSet<&str> = self.commitments.iter().map(|c| c.id.as_str()).collect();
        let mut problems = Vec::new();
        for id in ids {
            if id.trim().is_empty() {
                problems.push(Problem::MissingId);
            } else if !seen.insert(id) {
                problems.push(Problem::DuplicateId(id.to_owned()));
            }
        }
        problems
    }

    /// Adds commitments made elsewhere (a session note, say); all or none.
    pub fn add_commitments(&mut self, list: Vec<Commitment>) -> Result<(), Vec<Problem>> {
        let problems = self.commitment_problems(&list);
        if !problems.is_empty() {
            return Err(problems);
        }
        self.commitments.extend(list);
        Ok(())
    }

    /// Records how commitments turned out; all or none. A commitment already reviewed
    /// may be reviewed again, which corrects it.
    pub fn apply_reviews(
        &mut self,
        reviews: &BTreeMap<String, Review>,
        reviewed_in: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), Vec<Problem>> {
        let problems = self.review_problems(reviews);
        if !problems.is_empty() {
            return Err(problems);
        }
        for c in &mut self.commitments {
            if let Some(review) = reviews.get(&c.id) {
                c.status = (*review).into();
                c.reviewed_in = reviewed_in.map(str::to_owned);
                c.updated_at = now;
            }
        }
        Ok(())
    }

    fn review_problems(&self, reviews: &BTreeMap<String, Review>) -> Vec<Problem> {
        reviews
            .keys()
            .filter(|id| self.commitment(id).is_none())
            .map(|id| Problem::UnknownCommitment(id.clone()))
            .collect()
    }
}

/// Saves a check-in with the commitments made at it and the reviews of earlier ones, all
/// at once: if anything is wrong, nothing changes and every problem is returned.
pub fn record_checkin(
    acc: &mut Accountability,
    draft: CheckInDraft,
    commitments: Vec<CommitmentDraft>,
    reviews: BTreeMap<String, Review>,
    ids: CheckInIds,
    now: DateTime<Utc>,
) -> Result<(), Vec<Problem>> {
    let mut problems = Vec::new();
    if !RATING_RANGE.contains(&draft.confidence) {
        problems.push(Problem::ConfidenceOutOfRange(draft.confidence));
    }
    if !RATING_RANGE.contains(&draft.energy) {
        problems.push(Problem::EnergyOutOfRange(draft.energy));
    }
    if [&draft.did, &draft.blockers, &draft.next]
        .iter()
        .all(|t| t.trim().is_empty())
    {
        problems.push(Problem::EmptyReflection);
    }
    if draft.date > latest_allowed_date(now) {
        problems.push(Problem::FutureDate(draft.date));
    }
    if ids.checkin.trim().is_empty() {
        problems.push(Problem::MissingId);
    } else if acc.checkin(&ids.checkin).is_some() {
        problems.push(Problem::DuplicateId(ids.checkin.clone()));
    }
    for (i, c) in commitments.iter().enumerate() {
        let position = i + 1;
        if c.text.trim().is_empty() {
            problems.push(Problem::BlankCommitment { position });
        } else if c.due < draft.date {
            problems.push(Problem::CommitmentDueBeforeCheckIn {
                position,
                due: c.due,
            });
        }
    }
    if ids.commitments.len() == commitments.len() {
        problems.extend(acc.new_id_problems(ids.commitments.iter().map(String::as_str)));
    } else {
        problems.push(Problem::IdCountMismatch {
            commitments: commitments.len(),
            ids: ids.commitments.len(),
        });
    }
    problems.extend(acc.review_problems(&reviews));
    if !problems.is_empty() {
        return Err(problems);
    }

    let checkin_id = ids.checkin;
    let origin = Origin::CheckIn(checkin_id.clone());
    let new_commitments: Vec<Commitment> = commitments
        .into_iter()
        .zip(ids.commitments)
        .map(|(draft, id)| Commitment::from_draft(id, draft, Some(origin.clone()), now))
        .collect();
    acc.apply_reviews(&reviews, Some(&checkin_id), now)?;
    let progress = draft
        .progress
        .into_iter()
        .map(|(goal, note)| (goal.trim().to_owned(), note.trim().to_owned()))
        .filter(|(goal, note)| !goal.is_empty() && !note.is_empty())
        .collect();
    acc.checkins.push(CheckIn {
        id: checkin_id,
        date: draft.date,
        did: draft.did.trim().to_owned(),
        blockers: draft.blockers.trim().to_owned(),
        next: draft.next.trim().to_owned(),
        confidence: draft.confidence,
        energy: draft.energy,
        progress,
        commitments_made: new_commitments.iter().map(|c| c.id.clone()).collect(),
        reviews,
        created_at: now,
        updated_at: now,
    });
    acc.commitments.extend(new_commitments);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checkins::test_support::*;
    use crate::checkins::{next_checkin, CommitmentStatus};

    fn draft(date: NaiveDate) -> CheckInDraft {
        CheckInDraft {
            date,
            did: "  Sent two applications ".into(),
            blockers: "A busy week".into(),
            next: "Ask Priya about her team".into(),
            confidence: 6,
            energy: 7,
            progress: BTreeMap::new(),
        }
    }

    #[test]
    fn recording_a_checkin_saves_it_with_new_commitments_and_reviews() {
        let mut acc = weekly_from(d(2026, 1, 5));
        acc.commitments
            .push(commitment("c1", "Update my CV", d(2026, 1, 10)));
        let mut progress = BTreeMap::new();
        progress.insert("g1".to_owned(), " Two more contacts ".to_owned());
        progress.insert("g2".to_owned(), "   ".to_owned());
        let reviews = BTreeMap::from([("c1".to_owned(), Review::Kept)]);
        let new = vec![CommitmentDraft {
            text: "Call Priya".into(),
            due: d(2026, 1, 16),
            goal_id: Some("g1".into()),
        }];
        let ids = CheckInIds {
            checkin: "k1".into(),
            commitments: vec!["c2".into()],
        };
        let result = record_checkin(
            &mut acc,
            CheckInDraft {
                progress,
                ..draft(d(2026, 1, 12))
            },
            new,
            reviews,
            ids,
            at(2026, 1, 12),
        );
        assert_eq!(result, Ok(()));
        assert_eq!(acc.checkin_count(), 1);
        let checkin = acc.checkin("k1").unwrap();
        assert_eq!(checkin.did, "Sent two applications");
        assert_eq!(checkin.commitments_made, ["c2"]);
        assert_eq!(checkin.reviews.get("c1"), Some(&Review::Kept));
        assert_eq!(
            checkin.progress,
            BTreeMap::from([("g1".to_owned(), "Two more contacts".to_owned())])
        );
        assert_eq!(checkin.created_at, at(2026, 1, 12));

        let old = acc.commitment("c1").unwrap();
        assert_eq!(old.status, CommitmentStatus::Kept);
        assert_eq!(old.reviewed_in.as_deref(), Some("k1"));
        assert_eq!(old.updated_at, at(2026, 1, 12));

        let made = acc.commitment("c2").unwrap();
        assert!(made.is_open());
        assert_eq!(made.goal_id.as_deref(), Some("g1"));
        assert_eq!(made.origin, Some(Origin::CheckIn("k1".into())));
        assert_eq!(acc.commitments_to_review(), [made]);
        assert_eq!(
            next_checkin(&acc, d(2026, 1, 12)).unwrap().due,
            d(2026, 1, 19)
        );
    }

    #[test]
    fn an_invalid_checkin_changes_nothing_and_names_every_problem() {
        let mut acc = weekly_from(d(2026, 1, 5));
        acc.commitments
            .push(commitment("c1", "Update my CV", d(2026, 1, 10)));
        let before = acc.clone();
        let bad = CheckInDraft {
            date: d(2026, 1, 12),
            confidence: 0,
            energy: 11,
            ..Default::default()
        };
        let new = vec![CommitmentDraft {
            text: "  ".into(),
            due: d(2026, 1, 16),
            goal_id: None,
        }];
        let reviews = BTreeMap::from([("c1".to_owned(), Review::Missed)]);
        let ids = CheckInIds {
            checkin: "k1".into(),
            commitments: vec!["c2".into()],
        };
        let problems =
            record_checkin(&mut acc, bad, new, reviews, ids, at(2026, 1, 12)).unwrap_err();
        assert_eq!(
            problems,
            [
                Problem::ConfidenceOutOfRange(0),
                Problem::EnergyOutOfRange(11),
                Problem::EmptyReflection,
                Problem::BlankCommitment { position: 1 },
            ]
        );
        assert_eq!(acc, before);
    }

    #[test]
    fn reviewing_an_unknown_commitment_is_refused() {
        let mut acc = Accountability::default();
        let reviews = BTreeMap::from([("nope".to_owned(), Review::Kept)]);
        let ids = CheckInIds {
            checkin: "k1".into(),
            commitments: vec![],
        };
        let problems = record_checkin(
            &mut acc,
            draft(d(2026, 1, 12)),
            vec![],
            reviews,
            ids,
            at(2026, 1, 12),
        )
        .unwrap_err();
        assert_eq!(problems, [Problem::UnknownCommitment("nope".into())]);
        assert!(acc.is_empty());
    }

    #[test]
    fn a_commitment_due_before_the_checkin_is_refused() {
        let mut acc = Accountability::default();
        let new = vec![CommitmentDraft {
            text: "Call Priya".into(),
            due: d(2026, 1, 11),
            goal_id: None,
        }];
        let ids = CheckInIds {
            checkin: "k1".into(),
            commitments: vec!["c1".into()],
        };
        let problems = record_checkin(
            &mut acc,
            draft(d(2026, 1, 12)),
            new,
            BTreeMap::new(),
            ids,
            at(2026, 1, 12),
        )
        .unwrap_err();
        assert_eq!(
            problems,
            [Problem::CommitmentDueBeforeCheckIn {
                position: 1,
                due: d(2026, 1, 11)
            }]
        );
    }

    #[test]
    fn missing_reused_or_miscounted_ids_are_refused() {
        let mut acc = with_checkins(Accountability::default(), &[d(2026, 1, 5)]);
        acc.commitments
            .push(commitment("c1", "Update my CV", d(2026, 1, 10)));
        let two = vec![
            CommitmentDraft {
                text: "One".into(),
                due: d(2026, 1, 16),
                goal_id: None,
            },
            CommitmentDraft {
                text: "Two".into(),
                due: d(2026, 1, 16),
                goal_id: None,
            },
        ];
        let reused = CheckInIds {
            checkin: "k1".into(),
            commitments: vec!["c1".into(), " ".into()],
        };
        let problems = record_checkin(
            &mut acc,
            draft(d(2026, 1, 12)),
            two.clone(),
            BTreeMap::new(),
            reused,
            at(2026, 1, 12),
        )
        .unwrap_err();
        assert_eq!(
            problems,
            [
                Problem::DuplicateId("k1".into()),
                Problem::DuplicateId("c1".into()),
                Problem::MissingId
            ]
        );
        let short = CheckInIds {
            checkin: String::new(),
            commitments: vec!["c2".into()],
        };
        let problems = record_checkin(
            &mut acc,
            draft(d(2026, 1, 12)),
            two,
            BTreeMap::new(),
            short,
            at(2026, 1, 12),
        )
        .unwrap_err();
        assert_eq!(
            problems,
            [
                Problem::MissingId,
                Problem::IdCountMismatch {
                    commitments: 2,
                    ids: 1
                }
            ]
        );
        assert_eq!(acc.checkin_count(), 1);
    }

    #[test]
    fn a_checkin_may_be_dated_tomorrow_in_utc_but_not_later() {
        let ids = |id: &str| CheckInIds {
            checkin: id.into(),
            commitments: vec![],
        };
        let mut acc = Accountability::default();
        let now = at(2026, 1, 10);
        let ok = record_checkin(
            &mut acc,
            draft(d(2026, 1, 11)),
            vec![],
            BTreeMap::new(),
            ids("k1"),
            now,
        );
        assert_eq!(ok, Ok(()));
        let too_late = record_checkin(
            &mut acc,
            draft(d(2026, 1, 12)),
            vec![],
            BTreeMap::new(),
            ids("k2"),
            now,
        );
        assert_eq!(too_late, Err(vec![Problem::FutureDate(d(2026, 1, 12))]));
    }

    #[test]
    fn a_reflection_needs_only_one_of_the_three_answers() {
        let mut acc = Accountability::default();
        let only_next = CheckInDraft {
            did: String::new(),
            blockers: String::new(),
            ..draft(d(2026, 1, 12))
        };
        let ids = CheckInIds {
            checkin: "k1".into(),
            commitments: vec![],
        };
        assert_eq!(
            record_checkin(
                &mut acc,
                only_next,
                vec![],
                BTreeMap::new(),
                ids,
                at(2026, 1, 12)
            ),
            Ok(())
        );
    }

    #[test]
    fn a_review_can_be_corrected_later() {
        let mut acc = Accountability::default();
        acc.commitments
            .push(commitment("c1", "Update my CV", d(2026, 1, 10)));
        let missed = BTreeMap::from([("c1".to_owned(), Review::Missed)]);
        acc.apply_reviews(&missed, Some("k1"), at(2026, 1, 12))
            .unwrap();
        let kept = BTreeMap::from([("c1".to_owned(), Review::Kept)]);
        acc.apply_reviews(&kept, None, at(2026, 1, 13)).unwrap();
        let c = acc.commitment("c1").unwrap();
        assert_eq!(c.status, CommitmentStatus::Kept);
        assert_eq!(c.reviewed_in, None);
        assert_eq!(c.updated_at, at(2026, 1, 13));
    }

    #[test]
    fn adding_commitments_is_all_or_nothing() {
        let mut acc = Accountability::default();
        acc.commitments
            .push(commitment("c1", "Update my CV", d(2026, 1, 10)));
        let list = vec![
            commitment("c2", "Fine", d(2026, 1, 10)),
            commitment("c1", "Clash", d(2026, 1, 10)),
            commitment("c3", "", d(2026, 1, 10)),
        ];
        assert_eq!(
            acc.add_commitments(list),
            Err(vec![
                Problem::DuplicateId("c1".into()),
                Problem::BlankCommitment { position: 3 }
            ])
        );
        assert_eq!(acc.commitments.len(), 1);
        assert_eq!(
            acc.add_commitments(vec![commitment("c2", "Fine", d(2026, 1, 10))]),
            Ok(())
        );
        assert_eq!(acc.commitments.len(), 2);
    }
}
