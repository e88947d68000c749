//! Record ids: short, unique-enough strings made from a timestamp and caller-supplied
//! randomness (the browser layer supplies both; core stays deterministic).

/// Makes an id such as `g-lx3k9a-8f2c1d0e` from a prefix, milliseconds since the epoch
/// and 32 random bits. Ids sort roughly by creation time within a prefix.
pub fn make_id(prefix: &str, now_ms: u64, random: u32) -> String {
    format!("{prefix}-{}-{random:08x}", base36(now_ms))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    if n == 0 {
        return "0".into();
    }
    let mut out = Vec::new();
    while n > 0 {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Gives a new id to every record whose id is blank or repeats an earlier record's in
/// the same list (a file from another tool, or an old bug), so none is dropped when
/// records are matched by id. Returns how many were given one. Deterministic: the same
/// workbook is always repaired the same way.
pub fn repair_ids(wb: &mut crate::Workbook) -> usize {
    let mut repaired = 0;
    repaired += repair_list(&mut wb.goals, "g", |r| &mut r.id);
    for goal in &mut wb.goals {
        repaired += repair_list(&mut goal.milestones, "m", |r| &mut r.id);
    }
    repaired += repair_list(&mut wb.gap_maps, "gap", |r| &mut r.id);
    repaired += repair_list(&mut wb.checkins.checkins, "c", |r| &mut r.id);
    repaired += repair_list(&mut wb.checkins.commitments, "k", |r| &mut r.id);
    repaired += repair_list(&mut wb.journal.wins, "w", |r| &mut r.id);
    repaired += repair_list(&mut wb.journal.sessions, "s", |r| &mut r.id);
    repaired += repair_list(&mut wb.programs, "p", |r| &mut r.id);
    let search = &mut wb.search;
    repaired += repair_list(&mut search.applications, "a", |r| &mut r.id);
    for application in &mut search.applications {
        repaired += repair_list(&mut application.history, "sc", |r| &mut r.id);
        repaired += repair_list(&mut application.interviews, "iv", |r| &mut r.id);
    }
    repaired += repair_list(&mut search.contacts, "pc", |r| &mut r.id);
    repaired += repair_list(&mut search.conversations, "cv", |r| &mut r.id);
    repaired += repair_list(&mut wb.stories, "st", |r| &mut r.id);
    repaired += repair_list(&mut wb.pitches, crate::pitch::PREFIX, |r| &mut r.id);
    for story in &mut wb.stories {
        repaired += repair_list(&mut story.practice, "pr", |r| &mut r.id);
    }
    repaired += repair_list(&mut wb.setbacks, crate::setbacks::PREFIX, |r| &mut r.id);
    repaired += repair_list(&mut wb.outcomes.events, crate::outcomes::PREFIX, |r| {
        &mut r.id
    });
    repaired
}

fn repair_list<T>(list: &mut [T], prefix: &str, id: impl Fn(&mut T) -> &mut String) -> usize {
    // Only the ids are taken here, so that the work below is one piece of code rather
    // than a copy per kind of record (each copy is part of the first download).
    repair_slots(list.iter_mut().map(id).collect(), prefix)
}

fn repair_slots(mut slots: Vec<&mut String>, prefix: &str) -> usize {
    // Nearly every start finds nothing to repair: look first without copying any id (a
    // five-year workbook has thousands, read on every start).
    {
        let mut keys: Vec<&str> = slots.iter().map(|slot| slot.trim()).collect();
        crate::sort::sort_by(&mut keys, |a, b| a.cmp(b));
        if keys.first().is_none_or(|k| !k.is_empty()) && keys.windows(2).all(|w| w[0] != w[1]) {
            return 0;
        }
    }
    let mut taken: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut clashes = Vec::new();
    for (i, slot) in slots.iter().enumerate() {
        let key = slot.trim().to_string();
        if key.is_empty() || !taken.insert(key) {
            clashes.push(i);
        }
    }
    for &i in &clashes {
        let slot = &mut *slots[i];
        let stem = if slot.trim().is_empty() {
            prefix.to_string()
        } else {
            slot.clone()
        };
        let fresh = (2..)
            .map(|n| format!("{stem}-copy{n}"))
            .find(|c| !taken.contains(c))
            .unwrap_or_default();
        taken.insert(fresh.clone());
        *slot = fresh;
    }
    clashes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_and_blank_ids_get_new_ones_and_nothing_is_dropped() {
        use crate::journal::Win;
        let mut wb = crate::Workbook::new(chrono::DateTime::UNIX_EPOCH);
        for (id, text) in [("w1", "a"), ("w1", "b"), ("", "c"), ("w1-copy2", "d")] {
            wb.journal.wins.push(Win {
                id: id.into(),
                what_happened: text.into(),
                ..Default::default()
            });
        }
        assert_eq!(repair_ids(&mut wb), 2);
        let ids: Vec<&str> = wb.journal.wins.iter().map(|w| w.id.as_str()).collect();
        assert_eq!(ids, ["w1", "w1-copy3", "w-copy2", "w1-copy2"]);
        assert_eq!(repair_ids(&mut wb), 0, "a repaired workbook stays as it is");
    }

    #[test]
    fn ids_carry_prefix_and_differ_by_randomness() {
        let a = make_id("g", 1_700_000_000_000, 1);
        let b = make_id("g", 1_700_000_000_000, 2);
        assert!(a.starts_with("g-"));
        assert_ne!(a, b);
    }

    #[test]
    fn base36_of_zero_and_known_value() {
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
    }
}
