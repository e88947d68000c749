//! The workbook as field-level changes: what changed between two versions of it, and
//! applying one change to it. Record lists are compared by key and item by item, so an
//! edit costs the records it touched, not the whole workbook.

use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;

use super::path::{apply_list, apply_value, diff_list, diff_values, Edit, Path};
use crate::Workbook;

// Records go to and from JSON values through text: the app already holds the code that
// writes and reads every record as text (saving and loading), and serde's direct
// value (de)serialisers would add a second copy of it for every record type to the first
// download. A change is one record, so the detour costs microseconds.

/// A record as a JSON value.
pub(crate) fn to_value<T: Serialize>(t: &T) -> Value {
    serde_json::to_string(t)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null)
}

fn from_value<T: DeserializeOwned>(v: &Value) -> Option<T> {
    serde_json::from_str(&v.to_string()).ok()
}

/// Applies `edit` inside a field stored as a whole (profile, discovery, a plan).
fn apply_field<T: Serialize + DeserializeOwned>(
    field: &mut T,
    rest: &[String],
    edit: &Edit,
) -> bool {
    let mut v = to_value(field);
    if !apply_value(&mut v, rest, edit) {
        return false;
    }
    match from_value(&v) {
        Some(t) => {
            *field = t;
            true
        }
        None => false,
    }
}

fn diff_field<T: Serialize + PartialEq>(a: &T, b: &T, name: &[&str], out: &mut Vec<(Path, Edit)>) {
    if a != b {
        let mut path: Path = name.iter().map(|s| s.to_string()).collect();
        diff_values(&to_value(a), &to_value(b), &mut path, out);
    }
}

/// Calls `$m!(path…; field)` for every keyed list of records in the workbook.
macro_rules! record_lists {
    ($m:ident) => {
        $m!(["goals"]; goals);
        $m!(["gap_maps"]; gap_maps);
        $m!(["programs"]; programs);
        $m!(["checkins", "checkins"]; checkins.checkins);
        $m!(["checkins", "commitments"]; checkins.commitments);
        $m!(["journal", "wins"]; journal.wins);
        $m!(["journal", "sessions"]; journal.sessions);
        $m!(["search", "applications"]; search.applications);
        $m!(["search", "contacts"]; search.contacts);
        $m!(["search", "conversations"]; search.conversations);
        $m!(["stories"]; stories);
        $m!(["pitches"]; pitches);
        $m!(["setbacks"]; setbacks);
        $m!(["outcomes", "events"]; outcomes.events);
    };
}

/// Calls `$m!(path…; field)` for every part of the workbook changed as one JSON value.
macro_rules! whole_fields {
    ($m:ident) => {
        $m!(["created_at"]; created_at);
        $m!(["updated_at"]; updated_at);
        $m!(["profile"]; profile);
        $m!(["discovery"]; discovery);
        $m!(["deleted"]; deleted);
        $m!(["checkins", "plan"]; checkins.plan);
        $m!(["checkins", "earlier_plans"]; checkins.earlier_plans);
        $m!(["checkins", "plan_changed_at"]; checkins.plan_changed_at);
        $m!(["outcomes", "start"]; outcomes.start);
        $m!(["outcomes", "now"]; outcomes.now);
    };
}

/// Every field-level change that turns `before` into `after`. The schema version is not
/// a change: both sides are always this build's.
pub fn diff(before: &Workbook, after: &Workbook) -> Vec<(Path, Edit)> {
    let mut out = Vec::new();
    macro_rules! list {
        ([$($seg:literal),*]; $($f:ident).+) => {
            if before.$($f).+ != after.$($f).+ {
                let mut path: Path = vec![$($seg.to_string()),*];
                diff_list(
                    &before.$($f).+,
                    &after.$($f).+,
                    |r| r.id.as_str(),
                    |a, b| a == b,
                    to_value,
                    &mut path,
                    &mut out,
                );
            }
        };
    }
    macro_rules! whole {
        ([$($seg:literal),*]; $($f:ident).+) => {
            diff_field(&before.$($f).+, &after.$($f).+, &[$($seg),*], &mut out);
        };
    }
    record_lists!(list);
    whole_fields!(whole);
    out
}

/// Applies one change to the workbook. False when it leads nowhere (its record was
/// deleted) or does not fit this build's shape; the workbook is then unchanged.
pub fn apply(wb: &mut Workbook, path: &[String], edit: &Edit) -> bool {
    macro_rules! list {
        ([$($seg:literal),*]; $($f:ident).+) => {
            let prefix: &[&str] = &[$($seg),*];
            if path.len() > prefix.len() && path.iter().zip(prefix).all(|(a, b)| a == b) {
                return apply_list(
                    &mut wb.$($f).+,
                    |r| r.id.as_str(),
                    &path[prefix.len()..],
                    edit,
                    from_value,
                    apply_field,
                );
            }
        };
    }
    macro_rules! whole {
        ([$($seg:literal),*]; $($f:ident).+) => {
            let prefix: &[&str] = &[$($seg),*];
            if path.len() >= prefix.len() && path.iter().zip(prefix).all(|(a, b)| a == b) {
                return apply_field(&mut wb.$($f).+, &path[prefix.len()..], edit);
            }
        };
    }
    record_lists!(list);
    whole_fields!(whole);
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::goals::{Goal, Milestone};
    use crate::workbook::tests::at;

    fn goal(id: &str, title: &str) -> Goal {
        let mut g = Goal::new(id.into(), at(2026, 1, 1));
        g.title = title.into();
        g.notes = "n".into();
        g
    }

    fn replay(mut wb: Workbook, changes: &[(Path, Edit)]) -> Workbook {
        for (p, e) in changes {
            assert!(apply(&mut wb, p, e), "{p:?} did not apply");
        }
        wb
    }

    #[test]
    fn editing_one_goal_field_is_one_small_change() {
        let mut a = Workbook::new(at(2026, 1, 1));
        a.goals.push(goal("g1", "Old"));
        a.goals.push(goal("g2", "Other"));
        let mut b = a.clone();
        b.goals[0].title = "New".into();
        let d = diff(&a, &b);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].0, vec!["goals", "g1", "title"]);
        assert_eq!(replay(a, &d), b);
    }

    #[test]
    fn milestones_added_ticked_and_goals_removed_replay_exactly() {
        let mut a = Workbook::new(at(2026, 1, 1));
        let mut g = goal("g1", "One");
        g.milestones
            .push(Milestone::new("m1".into(), "First", None, at(2026, 1, 1)));
        a.goals.push(g);
        a.goals.push(goal("g2", "Two"));
        let mut b = a.clone();
        b.goals[0].milestones[0].notes = "done".into();
        b.goals[0]
            .milestones
            .push(Milestone::new("m2".into(), "Second", None, at(2026, 1, 2)));
        b.goals.remove(1);
        b.profile.name = "Sam".into();
        b.checkins.plan_changed_at = at(2026, 2, 1);
        let d = diff(&a, &b);
        assert_eq!(replay(a, &d), b);
    }

    #[test]
    fn a_change_to_a_deleted_record_leads_nowhere() {
        let mut wb = Workbook::new(at(2026, 1, 1));
        let path: Path = vec!["goals".into(), "gone".into(), "title".into()];
        assert!(!apply(&mut wb, &path, &Edit::Set("x".into())));
    }
}
